"""Session pages: front matter checked like a profile, every problem located, with a hint."""

from datetime import UTC, date, datetime

import pytest

from generator.program import default_program
from generator.session import json_schema, read_page

from conftest import TODAY

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)  # TODAY, at noon UTC
MENTORS = {"ada-example": "Ada Example", "bea-example": "Bea Example"}

VALID_SESSION = """\
---
title: Career changers circle
kind: circle
hosts: [ada-example]
goals: [career-change]
languages: [en]
timezone: Europe/Berlin
schedule:
  first: 2026-12-01 18:30
  every: 2 weeks
  times: 6
duration: 90 minutes
meets: online
places: 6
places_taken: 2
signup: https://forms.example.org/circle
---
A circle for people moving into tech.
"""


def check_session(text: str, today: date = TODAY, path: str = "content/circles/circle.md"):
    """Check a session page's text; return (page or None, problem lines)."""
    page, problems = read_page(path, text.encode("utf-8"), default_program(), MENTORS, today)
    return page, [problem.text() for problem in problems]

PATH = "content/circles/circle.md"


def test_a_valid_session_and_its_description():
    page, problems = check_session(VALID_SESSION)
    assert problems == []
    session = page.session
    assert (session.title, session.kind, session.hosts, session.duration) == (
        "Career changers circle", "circle", ("ada-example",), 90)
    assert session.places_left == 4
    assert page.description == "A circle for people moving into tech."


@pytest.mark.parametrize(("change", "lines"), [
    (("kind: circle\n", "kind: circle\nlocation: Berlin\ntitel: x\n"), [
        "4:1: error: location: unknown key; the fields are: title, kind, hosts, goals, languages, "
        "timezone, schedule, duration, meets, signup, speakers, skills, place, places, "
        "places_taken, signup_closes",
        "5:1: error: titel: unknown key; did you mean 'title'?"]),
    (("kind: circle", "kind: cirlce"), [
        "3:7: error: kind: 'cirlce' is not one of: circle, office-hours, event; did you mean "
        "'circle'?"]),
    (("timezone: Europe/Berlin", "timezone: Berlin"), [
        "7:11: error: timezone: 'Berlin' is not a time zone in the IANA database; write a zone "
        "name such as 'Europe/Berlin' or 'America/Sao_Paulo' (the list: "
        "https://en.wikipedia.org/wiki/List_of_tz_database_time_zones)"]),
    (("hosts: [ada-example]", "hosts: [ada-exampel, nobody-here]"), [
        "4:9: error: hosts[1]: 'ada-exampel' is not a mentor in the directory; did you mean "
        "'ada-example'?",
        "4:22: error: hosts[2]: 'nobody-here' is not a mentor in the directory; write the id of a "
        "mentor's profile, its file name in mentors/ without '.yml'; a profile with errors is "
        "left out until it is fixed"]),
    (("hosts: [ada-example]", "hosts: [Bea Example]"), [
        "4:9: error: hosts[1]: 'Bea Example' is not a mentor in the directory; did you mean "
        "'bea-example'?"]),
    (("signup: https://forms.example.org/circle", "signup: javascript:alert(1)"), [
        "16:9: error: signup: 'javascript:' links are not allowed; use a web address starting "
        "with https://"]),
    (("meets: online", "meets: online\nspeakers: [Rua Example]"), [
        "14:11: error: speakers: only events name outside speakers; set 'kind: event', or name "
        "guests in the description"]),
    (("meets: online", "meets: in-person"), [
        "13:8: error: meets: is 'in-person', but there is no 'place'; add a line like 'place: "
        "Central Library, room 2'"]),
    (("meets: online", "meets: online\nplace: Library"), [
        "14:8: error: place: is given for a session that meets online; set 'meets: hybrid', or "
        "remove the place (send the joining link to those who sign up)"]),
    (("places_taken: 2", "places_taken: 9"), [
        "15:15: error: places_taken: is 9, more than places (6); raise places or lower "
        "places_taken"]),
    (("duration: 90 minutes", "duration: 3 days"), [
        "12:11: error: duration: '3 days' is not a length of time; write it like '90 minutes', "
        "'1 hour' or '1 hour 30 minutes'"]),
    (("duration: 90 minutes", "duration: 20 hours"), [
        "12:11: error: duration: is 1200 minutes; it must be from 5 minutes to 12 hours"]),
    (("meets: online", "meets: online\nskills: [pyhton]"), [
        "14:10: error: skills[1]: 'pyhton' is not in the program's skills list; did you mean "
        "'python'?"]),
    (("meets: online", "meets: online\nsignup_closes: 2026-13-01"), [
        "14:16: error: signup_closes: '2026-13-01' is not a date; write it as YYYY-MM-DD, such "
        "as 2026-03-01"]),
    (("title: Career changers circle\n", ""), [
        "2:1: error: title: required field is missing; add a line like 'title: Career changers "
        "circle'"]),
    (("kind: circle\n", "kind: circle\nkind: event\n"), [
        "4:1: error: kind: appears twice (first on line 3); keep one of them"]),
    (("goals: [career-change]", "goals: &g [career-change]\nskills: *g"), [
        "5:8: error: goals: anchors like '&g' are not allowed; write each value out in full",
        "6:9: error: skills: aliases like '*g' are not allowed; write the value out in full"]),
    (("A circle for people moving into tech.\n", ""), [
        "18:1: error: description: is missing; write a few paragraphs below the second '---' "
        "line: what it is about, who it is for and how it runs"]),
    (("A circle for people moving into tech.\n", "- " * 30 + "x\n"), [
        "18:1: error: description: puts 30 lists inside each other; the limit is 10; write "
        "paragraphs and simple lists"]),
])
def test_mistakes_are_located_with_a_hint(change, lines):
    page, problems = check_session(VALID_SESSION.replace(*change))
    assert page is None
    assert problems == [f"{PATH}:{line}" for line in lines]


@pytest.mark.parametrize(("text", "line"), [
    ("Just text\n", "1:1: error: a session page starts with its fields between two '---' lines; "
                    "copy the first lines of a sample session"),
    ("---\ntitle: x\n", "1:1: error: a session page starts with its fields between two '---' "
                        "lines; copy the first lines of a sample session"),
    ("---\n---\nBody\n", "2:1: error: the fields between the '---' lines are empty; copy the "
                         "first lines of a sample session"),
    ("---\n" + "x" * 70_000, "1:1: error: file is 70,004 bytes; the limit is 65,536; shorten the "
                             "description"),
])
def test_a_page_without_front_matter_says_what_a_session_page_is(text, line):
    assert check_session(text) == (None, [f"{PATH}:{line}"])


def test_html_in_the_title_is_kept_as_text_for_the_pages_to_escape():
    page, problems = check_session(VALID_SESSION.replace(
        "title: Career changers circle", "title: '<img src=x onerror=alert(1)> circle'"))
    assert problems == []
    assert page.session.title == "<img src=x onerror=alert(1)> circle"


def test_json_schema_for_editors():
    schema = json_schema(default_program())
    assert schema["additionalProperties"] is False
    assert schema["required"] == ["title", "kind", "hosts", "goals", "languages", "timezone",
                                  "schedule", "duration", "meets", "signup"]
    assert schema["properties"]["kind"]["enum"] == ["circle", "office-hours", "event"]
    assert schema["properties"]["schedule"]["properties"]["times"]["oneOf"][1] == {
        "const": "ongoing"}
    assert schema["properties"]["schedule"]["additionalProperties"] is False

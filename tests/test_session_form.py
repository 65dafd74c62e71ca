"""The "Propose a circle or event" issue form, issues turned into session pages, and the workflow
that runs it."""

import subprocess
import sys

import pytest
import yaml

from generator.program import default_program
from generator.session_form import QUESTIONS, render_form, session_from_issue

from conftest import TODAY, VALID_PROFILE
from test_issue_form import body_of
from test_session import MENTORS, check_session
from test_workflows import workflow

FORM = yaml.safe_load(render_form(default_program()))
LOGINS = {"ada-example": "ada-example", "bea-example": "bea-gh"}
FOLDERS = ("circles", "office-hours", "events")
ANSWERS = {"title": "Career changers circle", "kind": "Circle (`circle`)",
           "hosts": "ada-example\nbea-example", "goals": ["career-change"], "languages": "en",
           "timezone": "Europe/Berlin", "schedule_first": "2026-12-01 18:30",
           "schedule_every": "2 weeks", "schedule_times": "6", "duration": "90 minutes",
           "meets": "Online (`online`)", "signup": "https://forms.example.org/circle",
           "places": "6", "description": "A circle for people moving into tech.\n\n### Why"}


def body(**answers) -> str:
    """An issue body as GitHub writes it from the form; answers are keyed by question id."""
    return body_of(FORM, **answers)


def convert(text: str, author: str = "ada-example", existing: dict | None = None):
    return session_from_issue(text, author, default_program(), TODAY, mentors=MENTORS,
                              logins=LOGINS, existing=existing or {}, folders=FOLDERS)


def problems(result) -> list[str]:
    return [problem.description() for problem in result.problems]


def test_the_form_asks_every_field_with_the_schedule_spread_out():
    ids = [element["id"] for element in FORM["body"][1:]]
    assert ids == [question.id for question in QUESTIONS] + ["description", "page-id"]
    assert "schedule-first" in ids and "schedule-times" in ids
    kind = next(element for element in FORM["body"][1:] if element["id"] == "kind")
    assert kind["type"] == "dropdown"
    assert FORM["labels"] == ["session-proposal"]


def test_a_filled_in_form_becomes_a_valid_session_page():
    result = convert(body(**ANSWERS))
    assert problems(result) == []
    assert result.path == "circles/career-changers-circle.md"
    assert result.hosts == ("ada-example", "bea-gh")
    assert result.text == (
        "---\ntitle: Career changers circle\nkind: circle\nhosts: [ada-example, bea-example]\n"
        "goals: [career-change]\nlanguages: [en]\ntimezone: Europe/Berlin\n"
        "schedule: {first: '2026-12-01 18:30', every: 2 weeks, times: 6}\n"
        "duration: 90 minutes\nmeets: online\nsignup: https://forms.example.org/circle\n"
        "places: 6\n---\nA circle for people moving into tech.\n\n### Why\n")
    page, found = check_session(result.text)
    assert found == [] and page.session.schedule.times == 6


def test_only_a_host_can_propose_a_session():
    result = convert(body(**ANSWERS), author="someone-else")
    assert problems(result) == [
        "Hosts: @someone-else is not one of the hosts; a session is proposed by one of its "
        "hosts: add the id of your own mentor profile"]
    assert not result.ok


def test_a_session_can_be_changed_by_its_host_only():
    existing = {"career-changers-circle": ("events/career-changers-circle.md", ("bea-example",))}
    assert convert(body(**ANSWERS), author="bea-gh", existing=existing).path == (
        "events/career-changers-circle.md")
    taken = convert(body(**ANSWERS), existing=existing)
    assert problems(taken) == [
        "Page id: events/career-changers-circle.md is a session you don't host; choose another "
        "id: the one made from the title is taken"]


@pytest.mark.parametrize(("answers", "expected"), [
    ({"title": "x\nkind: event\nhosts: [bea-example]"}, ["Title: must be on one line"]),
    ({"signup": "javascript:alert(1)"},
     ["Sign-up link: 'javascript:' links are not allowed; use a web address starting with "
      "https://"]),
    ({"schedule_times": "100000"},
     ["How many meetings: is 100,000; the limit is 52; a longer series is 'ongoing': the site "
      "then lists the next dates only"]),
    ({"schedule_first": "2026-02-30 18:30"},
     ["First meeting: '2026-02-30 18:30' is not a date and time; there is no such day or time "
      "of day; check it"]),
    ({"timezone": "Mars/Olympus"},
     ["Time zone: 'Mars/Olympus' is not a time zone in the IANA database; write a zone name "
      "such as 'Europe/Berlin' or 'America/Sao_Paulo' (the list: "
      "https://en.wikipedia.org/wiki/List_of_tz_database_time_zones)"]),
    ({"hosts": "ada-example\nnobody"},
     ["Hosts, item 2: 'nobody' is not a mentor in the directory; write the id of a mentor's "
      "profile, its file name in mentors/ without '.yml'; a profile with errors is left out "
      "until it is fixed"]),
    ({"description": "- " * 30 + "x"},
     ["Description: puts 30 lists inside each other; the limit is 10; write paragraphs and "
      "simple lists"]),
    ({"page_id": "../../etc/passwd"},
     ["Page id: '../../etc/passwd' is not a valid id; use lowercase letters, digits and single "
      "hyphens, at most 64 characters, such as 'career-changers'"]),
])
def test_hostile_answers_give_a_clear_problem_and_no_page(answers, expected):
    result = convert(body(**{**ANSWERS, **answers}))
    assert problems(result) == expected
    assert not result.ok


def test_command_line_writes_the_page_and_the_pull_request_text(tmp_path):
    (tmp_path / "mentors").mkdir()
    for mentor_id, login in LOGINS.items():
        (tmp_path / "mentors" / f"{mentor_id}.yml").write_text(
            VALID_PROFILE.replace("ada-example", login).replace("Ada Example", MENTORS[mentor_id]))
    (tmp_path / "issue.md").write_text(body(**ANSWERS))
    result = subprocess.run(
        [sys.executable, "-m", "generator.cli", "session-from-issue", "--body", "issue.md",
         "--author", "ada-example", "--number", "7", "--message", "message.md"],
        cwd=tmp_path, capture_output=True, text=True)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == "docs/circles/career-changers-circle.md\n"
    assert (tmp_path / "message.md").read_text() == (
        "Adds `docs/circles/career-changers-circle.md`, proposed by @ada-example (one of its "
        "hosts) from the form in #7. The page passed `mentors validate-sessions`.\n\n"
        "Other hosts, please confirm here that you host it: @bea-gh.\n\n"
        "Maintainers: check that nothing in it looks wrong, then merge.\n\nCloses #7\n")
    checked = subprocess.run([sys.executable, "-m", "generator.cli", "validate-sessions"],
                             cwd=tmp_path, capture_output=True, text=True)
    assert (checked.returncode, checked.stdout) == (0, "1 valid session page.\n")


def test_the_workflow_passes_the_issue_only_through_the_environment():
    data = workflow("session-from-issue.yml")
    assert data["on"] == {"issues": {"types": ["opened", "edited"]}}
    (job,) = data["jobs"].values()
    assert "contains(github.event.issue.labels.*.name, 'session-proposal')" in job["if"]
    write = next(step for step in job["steps"] if step.get("id") == "session")
    assert write["env"] == {"GH_TOKEN": "${{ github.token }}",
                            "ISSUE_BODY": "${{ github.event.issue.body }}"}
    assert write["run"].startswith("printf '%s' \"$ISSUE_BODY\" > \"$RUNNER_TEMP/issue.md\"\n")
    script = "\n".join(step.get("run", "") for step in job["steps"])
    assert "mentors session-from-issue --body" in script
    assert 'branch="session/$ISSUE_NUMBER"' in script

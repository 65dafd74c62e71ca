"""Staleness from last_confirmed or git history, the reconfirmation report, and pausing profiles."""

import json
from datetime import date
from pathlib import Path

import pytest

from generator.directory import load_directory
from generator.freshness import (
    CannotEdit,
    mark_not_accepting,
    pause_report,
    report,
    stale_profiles,
)
from generator.program import default_program

from conftest import TODAY, VALID_PROFILE
from test_directory import git


def directory_in(folder: Path, **profiles: str):
    (folder / "mentors").mkdir(exist_ok=True)
    for name, text in profiles.items():
        (folder / "mentors" / f"{name}.yml").write_text(text)
    directory, problems = load_directory([folder / "mentors"], default_program(),
                                         relative_to=folder, today=TODAY)
    assert [problem for problem in problems if problem.is_error] == []
    return directory


def test_staleness_uses_last_confirmed_or_the_last_commit(tmp_path):
    git(tmp_path, "init", "-q")
    (tmp_path / "mentors").mkdir()
    (tmp_path / "mentors" / "old.yml").write_text(VALID_PROFILE.replace("ada-example", "old"))
    (tmp_path / "mentors" / "new.yml").write_text(VALID_PROFILE.replace("ada-example", "new"))
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "profiles", when="2026-03-01T10:00:00Z")
    directory = directory_in(
        tmp_path, confirmed=VALID_PROFILE.replace("ada-example", "confirmed")
        + "last_confirmed: 2026-11-01\n",
        ancient=VALID_PROFILE.replace("ada-example", "ancient") + "last_confirmed: 2025-01-01\n")
    states = {mentor.id: (mentor.confirmed, mentor.stale, mentor.state)
              for mentor in directory.mentors}
    assert states == {
        "ancient": (date(2025, 1, 1), True, "stale"),
        "confirmed": (date(2026, 11, 1), False, "open"),
        "new": (date(2026, 3, 1), True, "stale"),  # 267 days after its only commit
        "old": (date(2026, 3, 1), True, "stale"),
    }
    assert [(item.mentor.id, item.days) for item in stale_profiles(directory)] == [
        ("ancient", 691), ("new", 267), ("old", 267)]
    assert [item.mentor.id for item in stale_profiles(directory, older_than=365)] == ["ancient"]


def test_capacity_states(tmp_path):
    directory = directory_in(
        tmp_path,
        full=VALID_PROFILE.replace("ada-example", "full") + "availability:\n  capacity: 2\n  mentees: 2\n",
        paused=VALID_PROFILE.replace("ada-example", "paused") + "availability:\n  accepting: false\n",
        unlimited=VALID_PROFILE.replace("ada-example", "unlimited") + "availability:\n  mentees: 9\n",
        **{"stale-and-full": VALID_PROFILE.replace("ada-example", "sf")
           + "last_confirmed: 2025-01-01\navailability:\n  capacity: 1\n  mentees: 1\n"})
    assert {mentor.id: mentor.state for mentor in directory.mentors} == {
        "full": "full", "paused": "closed", "unlimited": "open", "stale-and-full": "full"}
    unlimited = next(m for m in directory.mentors if m.id == "unlimited")
    assert unlimited.profile.availability.spots_left is None


def test_reports(tmp_path):
    directory = directory_in(tmp_path, bea=VALID_PROFILE.replace("ada-example", "bea")
                             + "last_confirmed: 2026-01-02\n")
    profiles = stale_profiles(directory)
    assert report(profiles, "text", 180) == (
        "mentors/bea.yml: @bea, last confirmed 2026-01-02 (325 days ago)")
    assert json.loads(report(profiles, "json", 180)) == [
        {"id": "bea", "path": "mentors/bea.yml", "github": "bea", "last_confirmed": "2026-01-02",
         "days": 325}]
    markdown = report(profiles, "markdown", 180)
    assert markdown.splitlines()[-1] == (
        "- [ ] @bea: `mentors/bea.yml`, last confirmed 2026-01-02 (325 days ago)")
    assert "sets `last_confirmed:` to today's date" in markdown
    assert report([], "text", 180) == "No stale profiles."


def test_a_paused_profile_needs_no_reminder(tmp_path):
    directory = directory_in(
        tmp_path, bea=VALID_PROFILE.replace("ada-example", "bea") + "last_confirmed: 2026-01-02\n",
        cy=VALID_PROFILE.replace("ada-example", "cy")
        + "last_confirmed: 2025-01-02\navailability: {accepting: false}\n")
    assert [item.mentor.id for item in stale_profiles(directory)] == ["bea"]


def test_pause_report_lists_each_file_changed(tmp_path):
    directory = directory_in(tmp_path, bea=VALID_PROFILE.replace("ada-example", "bea")
                             + "last_confirmed: 2026-01-02\n")
    profiles = stale_profiles(directory)
    assert pause_report(profiles, "text").splitlines() == [
        "mentors/bea.yml: set 'accepting: false' (@bea, last confirmed 2026-01-02 (325 days ago))",
        "Paused 1 profile: it shows as not accepting mentees, and is no longer listed as stale.",
    ]
    assert pause_report(profiles, "markdown") == (
        "- @bea: `mentors/bea.yml`, last confirmed 2026-01-02 (325 days ago): now "
        "`accepting: false`")
    assert json.loads(pause_report(profiles, "json"))[0]["path"] == "mentors/bea.yml"
    assert pause_report([], "text") == "No profile to pause."


def pause(text: str) -> str:
    return mark_not_accepting("mentors/ada.yml", text, default_program(), TODAY)


@pytest.mark.parametrize("ending, expected", [
    # Block style, comments kept.
    ("availability:  # for now\n  accepting: true  # back in May\n  capacity: 2\n",
     "availability:  # for now\n  accepting: false  # back in May\n  capacity: 2\n"),
    # A block without the key: the new entry goes after the last one, before what follows.
    ("availability:\n    capacity: 2\n\n# Where I am\nlocation: Berlin\n",
     "availability:\n    capacity: 2\n    accepting: false\n\n# Where I am\nlocation: Berlin\n"),
    # Flow style: only the value changes, the comma after it stays.
    ("availability: {accepting: true, capacity: 3}\n",
     "availability: {accepting: false, capacity: 3}\n"),
    ("availability: {capacity: 3}  # until June\n",
     "availability: {accepting: false, capacity: 3}  # until June\n"),
    ("availability: {}\n", "availability: {accepting: false}\n"),
    ("availability:\n", "availability: {accepting: false}\n"),
    ("availability: ~  # none\n", "availability: {accepting: false}  # none\n"),
    # No availability: added after the last field, before comments and a document end.
    ("pronouns: she/her", "pronouns: she/her\navailability:\n  accepting: false\n"),
    ("pronouns: she/her  # ask me\n\n# The end\n",
     "pronouns: she/her  # ask me\navailability:\n  accepting: false\n\n# The end\n"),
    ("pronouns: she/her\n...\n", "pronouns: she/her\navailability:\n  accepting: false\n...\n"),
    ("availability:\n  capacity: 2\n...\n# notes\n",
     "availability:\n  capacity: 2\n  accepting: false\n...\n# notes\n"),
    ("bio: |\n  Payments.\n\n  On-call.\n\n",
     "bio: |\n  Payments.\n\n  On-call.\n\navailability:\n  accepting: false\n"),
    # Already paused: nothing to change.
    ("availability: {accepting: false}\n", "availability: {accepting: false}\n"),
])
def test_mark_not_accepting_changes_only_that_value(ending, expected, check):
    text = pause(VALID_PROFILE + ending)
    assert text == VALID_PROFILE + expected
    profile, problems = check(text)
    assert problems == [] and profile.availability.accepting is False


def test_line_endings_and_byte_order_mark_are_kept():
    text = "\ufeff" + (VALID_PROFILE + "availability:\n  capacity: 2\n").replace("\n", "\r\n")
    assert pause(text) == text + "  accepting: false\r\n"


@pytest.mark.parametrize("text, message", [
    (VALID_PROFILE + "availability: {capacity: 2\n",
     "mentors/ada.yml: the file has an error, so it is not changed: availability: YAML syntax "
     "error: did not find expected ',' or '}'; check the indentation and quotes on this line and "
     "the one before"),
    (VALID_PROFILE.replace("Europe/Berlin", "Mars/Olympus"),
     "mentors/ada.yml: the file has an error, so it is not changed: timezone: 'Mars/Olympus' is "
     "not a time zone in the IANA database; write a zone name such as 'Europe/Berlin' or "
     "'America/Sao_Paulo' (the list: https://en.wikipedia.org/wiki/List_of_tz_database_time_zones)"),
])
def test_mark_not_accepting_changes_no_file_with_an_error(text, message):
    with pytest.raises(CannotEdit) as refused:
        pause(text)
    assert str(refused.value) == message

"""How recently a profile was confirmed and how soon its mentor replies, in a mentee's words."""

from datetime import timedelta

import pytest

from generator.directory import load_directory
from generator.program import default_program
from generator.trust import ago, trust_line

from conftest import TODAY, VALID_PROFILE


@pytest.mark.parametrize("days, said", [
    (-1, "today"), (0, "today"), (1, "yesterday"), (2, "2 days ago"), (13, "13 days ago"),
    (14, "2 weeks ago"), (21, "3 weeks ago"), (59, "8 weeks ago"), (60, "2 months ago"),
    (364, "12 months ago"), (365, "a year ago"), (800, "2 years ago"),
])
def test_ago(days, said):
    assert ago(TODAY - timedelta(days=days), TODAY) == said


def test_the_trust_line_says_what_the_profile_says(tmp_path):
    (tmp_path / "mentors").mkdir()
    for name, extra in (("ada.yml", "responds_within: 1\nlast_confirmed: 2026-11-02\n"),
                        ("bea.yml", "responds_within: 5\n"), ("cy.yml", "")):
        (tmp_path / "mentors" / name).write_text(
            VALID_PROFILE.replace("ada-example", name[:-4]) + extra)
    directory, _ = load_directory([tmp_path / "mentors"], default_program(), today=TODAY)
    assert [trust_line(mentor, TODAY) for mentor in directory.mentors] == [
        "Usually replies within a day · Confirmed 3 weeks ago", "Usually replies within 5 days",
        ""]

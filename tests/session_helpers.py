"""A valid session page to start from, and a checker for one page's text."""

from __future__ import annotations

from datetime import UTC, date, datetime

from generator.program import default_program
from generator.session import read_page

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

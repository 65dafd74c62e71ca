"""Shared fixtures: a valid profile to start from, and a checker for one file's text."""

from __future__ import annotations

from datetime import date

import pytest

from generator.loader import load
from generator.profile import check_profile
from generator.program import default_program

TODAY = date(2026, 11, 23)

VALID_PROFILE = """\
# yaml-language-server: $schema=../schema/mentor.schema.json
name: Ada Example
github: ada-example
headline: Staff Engineer, payments
timezone: Europe/Berlin
languages: [en, Portuguese]
skills:
  - Kubernetes
  - golang
goals: [promotion-readiness, technical-growth]
contact: {calendar: https://cal.example.org/ada}
"""
# VALID_PROFILE's way for mentees to reach Ada: a profile taking mentees needs one.
CONTACT = "contact: {calendar: https://cal.example.org/ada}\n"


@pytest.fixture
def check():
    """Check profile text; return (profile or None, problem lines)."""

    def run(text: str):
        root, problems = load("mentors/ada.yml", text.encode())
        if root is None:
            return None, [problem.text() for problem in problems]
        profile, problems = check_profile("mentors/ada.yml", root, default_program(), TODAY)
        return profile, [problem.text() for problem in problems]

    return run

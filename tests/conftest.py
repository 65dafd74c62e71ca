"""Shared fixtures: a valid profile to start from, and a checker for one file's text; and the
rule that keeps the tests of the template's own sample from failing in an organiser's program."""

from __future__ import annotations

from datetime import date

import pytest

from generator.loader import load
from generator.profile import check_profile
from generator.program import default_program

from sites import REPO, is_the_template

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
"""


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


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked `sample` check the sample program the template ships. Once an organiser has
    made the program their own, there is no sample to check: they are skipped, and `make check`
    checks the organiser's program instead."""
    if is_the_template(REPO):
        return
    skip = pytest.mark.skip(reason="this repository holds a program made from the template, not "
                            "its sample: run 'make check' to check the program")
    for item in items:
        if item.get_closest_marker("sample"):
            item.add_marker(skip)

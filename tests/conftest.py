"""Shared fixtures: a valid profile to start from, and a checker for one file's text; and the
rule that keeps the tests of the template's own sample from failing in an organiser's program."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

import pytest

from generator.loader import load
from generator.profile import check_profile
from generator.program import default_program

from sites import REPO, build, is_the_template, sample_program

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


# The program an organiser makes their own: only tests marked `sample` may read it.
PROGRAM = (REPO / "content", REPO / "mentors", REPO / "mkdocs.yml")
_READS: list[str] = []  # what tests read of it, in the order they read it


def _in_program(path: object) -> bool:
    if not isinstance(path, str | bytes | os.PathLike):
        return False
    text = os.fsdecode(path)
    where = Path(text) if os.path.isabs(text) else Path.cwd() / text
    return any(where == part or part in where.parents for part in PROGRAM)


def _audit(event: str, args: tuple) -> None:
    """Notes every file or folder of the program opened or listed, and every command run on it."""
    if event in ("open", "os.listdir", "os.scandir") and args and _in_program(args[0]):
        _READS.append(f"{event} {os.fsdecode(args[0])}")
    elif event == "subprocess.Popen":
        _, command, cwd, _ = args
        words = [os.fsdecode(word) for word in (command if isinstance(command, list | tuple)
                                                else [command])]
        reads_config = any(word in ("build", "serve") or "generator" in word or
                           word.endswith("mentors") for word in words)
        at_repo = cwd is not None and Path(os.fsdecode(cwd)).resolve() == REPO
        if any(_in_program(word) for word in words if os.path.isabs(word)) or (
                at_repo and reads_config):
            _READS.append(f"runs {' '.join(words)} in {os.fsdecode(cwd or '.')}")


sys.addaudithook(_audit)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    item.stash[_READS_BEFORE] = len(_READS)


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    """A test of the software that reads the repository's own program fails: it would break as
    soon as an organiser makes the program their own. It builds its site from
    tests/fixtures/sample (sites.sample_program) instead, or it checks the sample and says so."""
    found = _READS[item.stash.get(_READS_BEFORE, len(_READS)):]
    del _READS[:]
    if found and not item.get_closest_marker("sample"):
        raise AssertionError("reads the repository's own program, which organisers replace: "
                             + "; ".join(dict.fromkeys(found)) + " (use sites.sample_program() "
                             "or tests/fixtures/sample, or mark a test of the sample 'sample')")


_READS_BEFORE = pytest.StashKey[int]()


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


@pytest.fixture(scope="session")
def site_in_language(tmp_path_factory):
    """Builds (once per session and language) the sample program with `theme.language` set;
    gives the built site's folder."""
    built: dict[str, Path] = {}

    def build_in(language: str) -> Path:
        if language not in built:
            folder = sample_program(tmp_path_factory.mktemp(f"sample-{language}") / "program")
            config = folder / "mkdocs.yml"
            config.write_text(config.read_text("utf-8").replace(
                "  language: en\n", f"  language: {language}\n", 1), "utf-8")
            result = build(folder, "--strict")  # as the publishing workflow builds
            assert result.returncode == 0, result.stderr
            built[language] = folder / "site"
        return built[language]

    return build_in

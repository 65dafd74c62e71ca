"""The software's tests never depend on the program organisers replace: conftest notices a test
that reads content/, mentors/ or mkdocs.yml, or runs a command on them, and fails it."""

import subprocess
import sys

import conftest
from sites import REPO


def noticed(action) -> list[str]:
    """What the guard notes while `action` runs, taken back so that this test itself passes."""
    before = len(conftest._READS)
    action()
    found = conftest._READS[before:]
    del conftest._READS[before:]
    return found


def test_reading_or_listing_the_program_is_noticed():
    assert noticed(lambda: (REPO / "mkdocs.yml").read_bytes()) == [
        f"open {REPO / 'mkdocs.yml'}"]
    assert noticed(lambda: list((REPO / "mentors").glob("*.yml"))) == [
        f"os.scandir {REPO / 'mentors'}"]
    assert noticed(lambda: (REPO / "theme" / "partials" / "nav-item.html").read_bytes()) == []


def test_a_command_run_on_the_program_is_noticed():
    command = [sys.executable, "-m", "generator.cli", "validate"]
    assert noticed(lambda: subprocess.run(command, cwd=REPO, capture_output=True)) == [
        f"runs {' '.join(command)} in {REPO}"]
    assert noticed(lambda: subprocess.run(["git", "status"], cwd=REPO, capture_output=True)) == []

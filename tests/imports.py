"""Runs `mentors import` in the current folder, as an organiser would, for the import tests."""

from __future__ import annotations

from pathlib import Path

from generator import cli

DATA = Path(__file__).resolve().parent / "data" / "import"


def run_import(capsys, *args: str) -> tuple[int, list[str], str]:
    """The exit code, the printed lines and the error output of `mentors import ARGS`."""
    code = cli.main(["import", *args])
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err

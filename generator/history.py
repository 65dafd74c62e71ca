"""Dates from git history: when each profile file was last committed."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path


def last_commit_dates(paths: list[Path]) -> dict[Path, date]:
    """Last commit date of each path git tracks, from one `git log` per folder (not per file).

    Paths outside a repository, untracked files, or a machine without git get no date.
    """
    wanted = {path.resolve(): path for path in paths}
    dates: dict[Path, date] = {}
    for folder in {path.parent for path in wanted}:
        try:
            top = _git(folder, "rev-parse", "--show-toplevel").strip()
            log = _git(folder, "log", "--format=%x00%cs", "--name-only", "--no-renames", "--", ".")
        except (OSError, subprocess.CalledProcessError):
            continue
        root = Path(top).resolve()
        for block in log.split("\0")[1:]:  # newest commit first
            day, _, names = block.partition("\n")
            for name in filter(None, names.split("\n")):
                original = wanted.get(root / name)
                if original is not None and original not in dates:
                    dates[original] = date.fromisoformat(day)
    return dates


def _git(folder: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True,
                          check=True).stdout

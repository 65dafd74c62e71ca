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
            root = Path(_git(folder, "rev-parse", "--show-toplevel").strip()).resolve()
        except (OSError, subprocess.CalledProcessError):
            continue
        for name, days in commit_dates(folder).items():
            original = wanted.get(root / name)
            if original is not None:
                dates[original] = days[0]
    return dates


def _git(folder: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True,
                          check=True).stdout


def commit_dates(folder: Path) -> dict[str, list[date]]:
    """Every commit date of every file below `folder`, newest first, keyed by repository path."""
    try:
        log = _git(folder, "log", "--format=%x00%cs", "--name-only", "--no-renames", "--", ".")
    except (OSError, subprocess.CalledProcessError):
        return {}
    dates: dict[str, list[date]] = {}
    for block in log.split("\0")[1:]:
        day, _, names = block.partition("\n")
        for name in filter(None, names.split("\n")):
            dates.setdefault(name, []).append(date.fromisoformat(day))
    return dates


def versions_at(folder: Path, days: list[date]) -> dict[date, dict[str, bytes]]:
    """The files below `folder` as committed at the end of each day, keyed by repository path.

    Days before the first commit are left out. Each distinct file version is read once.
    """
    try:
        prefix = _git(folder, "rev-parse", "--show-prefix").strip()
        trees: dict[date, dict[str, str]] = {}
        for day in days:
            commit = _git(folder, "rev-list", "-1", f"--before={day.isoformat()} 23:59:59",
                          "HEAD").strip()
            if commit:
                listing = _git(folder, "ls-tree", "-r", commit, "--", ".")
                trees[day] = {prefix + line.split("\t", 1)[1]: line.split()[2]
                              for line in listing.splitlines() if line.split()[1] == "blob"}
        blobs = sorted({sha for tree in trees.values() for sha in tree.values()})
        contents = _cat_blobs(folder, blobs)
    except (OSError, subprocess.CalledProcessError):
        return {}
    return {day: {path: contents[sha] for path, sha in tree.items()} for day, tree in trees.items()}


def _cat_blobs(folder: Path, shas: list[str]) -> dict[str, bytes]:
    output = subprocess.run(["git", "cat-file", "--batch"], cwd=folder, check=True,
                            input="".join(f"{sha}\n" for sha in shas).encode(),
                            capture_output=True).stdout
    contents, position = {}, 0
    for sha in shas:
        header_end = output.index(b"\n", position)
        size = int(output[position:header_end].split()[2])
        contents[sha] = output[header_end + 1:header_end + 1 + size]
        position = header_end + 1 + size + 1  # the content is followed by a newline
    return contents


def additions(paths: list[Path]) -> dict[Path, int]:
    """How recently git added each path on the current branch: 0 for the newest addition.

    Read along the first parents only, so a merged pull request adds its files in its merge
    commit, whatever dates its own commits claim. Untracked paths and paths outside a repository
    get no entry.
    """
    repositories: dict[Path, dict[str, Path]] = {}  # root -> path in the repository -> path
    for path in paths:
        try:
            root = Path(_git(path.parent, "rev-parse", "--show-toplevel").strip()).resolve()
        except (OSError, subprocess.CalledProcessError):
            continue
        repositories.setdefault(root, {})[path.resolve().relative_to(root).as_posix()] = path
    found: dict[Path, int] = {}
    for root, wanted in repositories.items():
        try:
            log = _git(root, "--literal-pathspecs", "log", "--first-parent",
                       "--diff-merges=first-parent", "--no-renames", "--diff-filter=A",
                       "--format=%x00", "--name-only", "--", *wanted)
        except (OSError, subprocess.CalledProcessError):  # no commit yet
            continue
        for position, block in enumerate(log.split("\0")[1:]):
            for name in filter(None, block.split("\n")):
                if name in wanted:
                    found.setdefault(wanted[name], position)
    return found

"""What git history says about the profile folders: when each profile last changed, and what the
folders held on given days. Read once per build and shared by everything that needs it.

History is contributed data. A pull request merged with a merge commit brings its own commits into
the repository, with the dates, files and sizes its author chose. What the maintainers merged is
the first-parent chain of the checked-out branch (on GitHub, one merge or squash commit per pull
request, dated when it was merged), so only that chain is read, dated by committer date; at most
MAX_COMMITS commits of it, and never a file version larger than a profile may be.
"""

from __future__ import annotations

import bisect
import hashlib
import os
import posixpath
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cached_property
from pathlib import Path

from generator.loader import MAX_BYTES
from generator.problems import visible

# Commits read, newest first, among those on the first-parent chain that changed a profile folder.
# With squash merges that is one per merged pull request: decades for most programs.
MAX_COMMITS = 10_000
REGULAR_FILES = {"100644", "100755"}  # symbolic links and submodules are never profiles
_FIRST_SECOND = int(datetime(1, 1, 2, tzinfo=UTC).timestamp())
_LAST_SECOND = int(datetime(9999, 12, 30, tzinfo=UTC).timestamp())

UNREAD = ("git history was not read ({reason}), so profiles without last_confirmed have no date "
          "and are never marked stale")
CUT_SHORT = ("git history: read the newest {count:,} commits that changed the profiles and no "
             "more; profiles last changed on or before {day} have no date unless they set "
             "last_confirmed, and figures over time start after {day}")
SHALLOW = ("git history: this clone is shallow and has no commits before {day}, so profiles last "
           "changed on or before {day} have no date unless they set last_confirmed; fetch the "
           "whole history (git fetch --unshallow, or fetch-depth: 0 with actions/checkout)")
TOO_LARGE = ("git history: skipped {what}: {size:,} bytes is over the {limit:,}-byte limit for a "
             "profile")
MISSING = "git history: skipped {what}: its content is missing from this clone"


@dataclass(frozen=True)
class Change:
    """One file changed by a commit: its blob before and after (None where there was no file)."""

    path: str  # in the repository, with '/'
    before: str | None
    after: str | None


@dataclass(frozen=True)
class Commit:
    """A commit on the first-parent chain that changed a profile folder."""

    sha: str
    day: date  # committer date, in UTC
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class Version:
    """A file as it stood on some day, and the commit that last changed it by then (None when that
    commit is older than the history read)."""

    path: str
    blob: str
    commit: Commit | None

    def describe(self) -> str:
        if self.commit is None:
            return f"{visible(self.path)} (blob {self.blob[:12]})"
        return f"{visible(self.path)} from commit {self.commit.sha[:12]} ({self.commit.day})"


@dataclass(frozen=True)
class History:
    """The first-parent commits that changed the profile folders (one level deep), newest first,
    the folders' files at HEAD, and notes on what was left unread and why."""

    root: Path | None = None  # the repository's top folder
    head: dict[str, str] = field(default_factory=dict)  # path -> blob at HEAD
    commits: tuple[Commit, ...] = ()
    notes: tuple[str, ...] = ()
    # Each path asked about, relative to `root`: resolving a path asks the file system.
    _paths: dict[Path, str | None] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def _changes(self) -> dict[str, list[int]]:
        """For each path, the positions in `commits` of the commits that changed it."""
        found: dict[str, list[int]] = {}
        for position, commit in enumerate(self.commits):
            for change in commit.changes:
                found.setdefault(change.path, []).append(position)
        return found

    def last_changed(self, path: Path) -> date | None:
        """The day of the last commit that changed the file, if the history read has one."""
        relative = self._relative(path)
        positions = self._changes.get(relative, []) if relative is not None else []
        return self.commits[positions[0]].day if positions else None

    def added(self, path: Path) -> int | None:
        """How many commits back the file was last added (0: the newest commit read); files at
        HEAD added before the oldest commit read count as older than all; None: not committed."""
        relative = self._relative(path)
        if relative is None or relative not in self.head:
            return None
        for position in self._changes.get(relative, []):
            if any(change.path == relative and change.before is None
                   for change in self.commits[position].changes):
                return position
        return len(self.commits)

    def first_added(self, path: Path) -> date | None:
        """The day the file was first added, if the history read goes back that far."""
        relative = self._relative(path)
        days = [self.commits[position].day for position in self._changes.get(relative or "", [])
                if any(change.path == relative and change.before is None
                       for change in self.commits[position].changes)]
        return days[-1] if days else None  # the commits are newest first

    def versions(self, path: Path) -> list[Version]:
        """Each version of the file its commits left, oldest first (deletions leave none)."""
        relative = self._relative(path)
        return [Version(change.path, change.after, self.commits[position])
                for position in reversed(self._changes.get(relative or "", []))
                for change in self.commits[position].changes
                if change.path == relative and change.after is not None]

    def _relative(self, path: Path) -> str | None:
        if self.root is None:
            return None
        if path not in self._paths:
            self._paths[path] = Path(os.path.relpath(path.resolve(), self.root)).as_posix()
        return self._paths[path]

    def versions_at(self, days: Iterable[date]) -> dict[date, dict[str, Version]]:
        """The folders' files as committed at the end of each day, by path.

        Days before the oldest commit read are left out: what the folders held then is unknown.
        """
        result: dict[date, dict[str, Version]] = {}
        files = dict(self.head)  # the files after self.commits[position]
        position = 0
        for day in sorted(set(days), reverse=True):
            # The first commit in chain order dated on or before the day: git's own `--before`.
            while position < len(self.commits) and self.commits[position].day > day:
                for change in self.commits[position].changes:
                    if change.before is None:
                        files.pop(change.path, None)
                    else:
                        files[change.path] = change.before
                position += 1
            if position == len(self.commits):
                break
            result[day] = {path: Version(path, blob, self._changed_by(path, position))
                           for path, blob in files.items()}
        return result

    def _changed_by(self, path: str, position: int) -> Commit | None:
        positions = self._changes.get(path, [])
        found = bisect.bisect_left(positions, position)
        return self.commits[positions[found]] if found < len(positions) else None

    def read(self, versions: Iterable[Version], limit: int = MAX_BYTES
             ) -> tuple[dict[str, bytes], list[str]]:
        """The content of each version (by blob) that is at most `limit` bytes, and a note for each
        one skipped. Sizes are asked first: a larger blob is never read."""
        wanted = {version.blob: version for version in versions}
        if self.root is None or not wanted:
            return {}, []
        try:
            sizes = _blob_sizes(self.root, sorted(wanted))
            small = sorted(blob for blob, size in sizes.items()
                           if size is not None and size <= limit)
            contents = _cat_blobs(self.root, small)
        except (OSError, subprocess.CalledProcessError, ValueError) as error:
            return {}, [UNREAD.format(reason=_reason(error))]
        notes = [MISSING.format(what=wanted[blob].describe()) if size is None else
                 TOO_LARGE.format(what=wanted[blob].describe(), size=size, limit=limit)
                 for blob, size in sizes.items() if blob not in contents]
        return contents, notes


def blob_id(data: bytes) -> str:
    """The id git gives these bytes as a file's content (SHA-1 repositories): a file whose id is
    a version's blob holds that version."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


def read_history(folders: Iterable[Path], max_commits: int = MAX_COMMITS) -> History:
    """The history of the files directly in `folders`, along the first-parent chain of HEAD.

    Folders outside the first folder's repository are left out. Without git, outside a repository
    or before the first commit, the history is empty and its note says why. Read again in the
    same process (`mkdocs serve` rebuilding), the history is the last one read as long as HEAD,
    the shallow boundary and the folders are the same.
    """
    global _LAST
    existing = [folder for folder in folders if folder.is_dir()]
    if not existing:
        return History()
    try:
        top, shallow = os.fsdecode(_git(existing[0], "rev-parse", "--show-toplevel",
                                        "--git-path", "shallow")).splitlines()
        root = Path(top).resolve()
        prefixes = {prefix for folder in existing
                    if (prefix := _prefix(folder, root)) is not None}
        shallow_commits = _shallow_commits(existing[0] / shallow)
        read = (root, _head(root), frozenset(prefixes), frozenset(shallow_commits), max_commits)
        if _LAST is not None and _LAST[0] == read:
            return _LAST[1]
        log = _git(root, "log", "-z", "--first-parent", "--diff-merges=first-parent", "--raw",
                   "--no-renames", "--no-abbrev", "--no-color", "--no-show-signature",
                   f"--max-count={max_commits + 1}", "--format=%H%x09%ct", "--",
                   *(f":(glob){_glob_escape(prefix)}*" for prefix in sorted(prefixes)))
        head = {}
        for prefix in prefixes:
            head.update(_files_at_head(root, prefix))
        commits = _parse_log(log, {prefix.rstrip("/") for prefix in prefixes})
    except (OSError, subprocess.CalledProcessError, ValueError) as error:
        return History(notes=(UNREAD.format(reason=_reason(error)),))
    notes: tuple[str, ...] = ()
    if len(commits) > max_commits:
        notes = (CUT_SHORT.format(count=max_commits, day=commits[max_commits].day),)
        commits = commits[:max_commits]
    elif commits and commits[-1].sha in shallow_commits:
        # The first fetched commit seems to add every file: its parents were not fetched.
        notes = (SHALLOW.format(day=commits[-1].day),)
        commits = commits[:-1]
    history = History(root, head, tuple(commits), notes)
    _LAST = read, history
    return history


# What the last read_history read: the repository, its HEAD commit, the folders, the shallow
# boundary and the limit; and the history it found.
_LAST: tuple[tuple[object, ...], History] | None = None


def _head(root: Path) -> str | None:
    """The commit HEAD names; None before the first commit."""
    found = subprocess.run(["git", "rev-parse", "-q", "--verify", "HEAD^{commit}"], cwd=root,
                           capture_output=True)
    return found.stdout.decode().strip() if found.returncode == 0 else None


def _git(folder: Path, *args: str, data: bytes | None = None) -> bytes:
    # log.showRoot: the first commit lists the files it adds, whatever the user's settings say.
    return subprocess.run(["git", "-c", "log.showRoot=true", *args], cwd=folder, input=data,
                          capture_output=True, check=True).stdout


def _reason(error: Exception) -> str:
    if isinstance(error, FileNotFoundError) and error.filename == "git":
        return "git is not installed"
    if isinstance(error, subprocess.CalledProcessError):
        lines = os.fsdecode(error.stderr or b"").strip().splitlines()
        return visible(lines[0] if lines else f"git exited with status {error.returncode}")
    return visible(str(error))


def _prefix(folder: Path, root: Path) -> str | None:
    """The folder's path in the repository, ending in '/' ('' for the top folder)."""
    relative = Path(os.path.relpath(folder.resolve(), root)).as_posix()
    if relative == ".." or relative.startswith("../"):
        return None
    return "" if relative == "." else relative + "/"


def _glob_escape(text: str) -> str:
    return "".join("\\" + char if char in "*?[]\\" else char for char in text)


def _shallow_commits(path: Path) -> set[str]:
    """The commits a shallow clone has without their parents (git's `shallow` file)."""
    try:
        return set(path.read_text("ascii").split())
    except FileNotFoundError:  # not a shallow clone
        return set()


def _files_at_head(root: Path, prefix: str) -> dict[str, str]:
    """The regular files directly in the folder at HEAD, by path."""
    try:
        listing = _git(root, "ls-tree", "-z", f"HEAD:{prefix}")
    except subprocess.CalledProcessError:  # the folder is not in the last commit
        return {}
    files = {}
    for entry in filter(None, listing.split(b"\0")):
        info, _, name = entry.partition(b"\t")
        mode, kind, blob = info.decode().split()
        if mode in REGULAR_FILES and kind == "blob":
            files[prefix + os.fsdecode(name)] = blob
    return files


def _parse_log(log: bytes, folders: set[str]) -> list[Commit]:
    """Commits from `git log -z --raw --format=%H%x09%ct`, keeping changes directly in `folders`."""
    commits: list[tuple[str, date, list[Change]]] = []
    tokens = log.split(b"\0")
    position = 0
    while position < len(tokens):
        token = tokens[position].lstrip(b"\n")
        position += 1
        if token.startswith(b":") and commits and position < len(tokens):
            # ':mode mode blob blob status', then the path
            old_mode, new_mode, old, new, _ = token[1:].decode().split()
            path = os.fsdecode(tokens[position])
            position += 1
            if posixpath.dirname(path) in folders:
                commits[-1][2].append(Change(path, _blob(old_mode, old), _blob(new_mode, new)))
        elif token:
            sha, seconds = token.decode().split("\t")
            commits.append((sha, _day(int(seconds)), []))
    return [Commit(sha, day, tuple(changes)) for sha, day, changes in commits]


def _blob(mode: str, blob: str) -> str | None:
    return blob if mode in REGULAR_FILES and blob.strip("0") else None


def _day(seconds: int) -> date:
    # git keeps dates past the year 9999; Python's dates stop there.
    clamped = min(max(seconds, _FIRST_SECOND), _LAST_SECOND)
    return datetime.fromtimestamp(clamped, UTC).date()


def _blob_sizes(root: Path, blobs: list[str]) -> dict[str, int | None]:
    """Each blob's size in bytes, or None when the clone does not have it."""
    output = _git(root, "cat-file", "--batch-check", data="".join(f"{blob}\n" for blob in blobs)
                  .encode())
    sizes: dict[str, int | None] = {}
    for blob, line in zip(blobs, output.decode().splitlines(), strict=True):
        parts = line.split()
        sizes[blob] = int(parts[2]) if len(parts) == 3 and parts[1] == "blob" else None
    return sizes


def _cat_blobs(root: Path, blobs: list[str]) -> dict[str, bytes]:
    output = _git(root, "cat-file", "--batch", data="".join(f"{blob}\n" for blob in blobs).encode())
    contents, position = {}, 0
    for blob in blobs:
        header_end = output.index(b"\n", position)
        size = int(output[position:header_end].split()[2])
        contents[blob] = output[header_end + 1:header_end + 1 + size]
        position = header_end + 1 + size + 1  # the content is followed by a newline
    return contents

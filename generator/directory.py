"""The directory: every valid mentor, loaded, checked and dated, plus the problems found on the way."""

from __future__ import annotations

import os
import re
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Literal, get_args

from generator import loader, workers
from generator.history import History, blob_id, read_history
from generator.problems import Problem, Severity
from generator.profile import Profile, check_profile
from generator.program import Program
from generator.taxonomy import SkillMatch, Taxonomy
from generator.translation import _, active, ngettext

PROFILE_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_ID_LENGTH = 64
RESERVED_IDS = {"index", "all"}  # mentors/index is the directory page, mentors/all/ its list pages
DEFAULT_STALE_DAYS = 180
MAX_PROBLEMS_PER_FILE = 20
YAML_SUFFIXES = (".yml", ".yaml")  # what a folder's files are looked at for (in any case)
# What a profile naming a GitHub account that another profile already names does to a check:
# "fail" (pull requests, local builds) or "leave-out" (publishing: the site keeps every other
# profile). Either way the newer file is left out and both files are named.
ConflictMode = Literal["fail", "leave-out"]
CONFLICT_MODES: tuple[str, ...] = get_args(ConflictMode)


@dataclass(frozen=True)
class Mentor:
    """A valid profile with what the site needs beside it: its id, source file and date."""

    id: str
    source: str  # the file as messages show it, e.g. "mentors/ada-example.yml"
    profile: Profile
    confirmed: date | None  # last_confirmed, or else the file's last commit date
    skills: tuple[SkillMatch, ...]  # the profile's skills normalised, one per canonical skill
    stale: bool = False  # not confirmed within the program's threshold when the directory loaded

    @property
    def state(self) -> str:
        """Whether a mentee can ask now: 'open', or why not: 'closed', 'full' or 'stale'."""
        availability = self.profile.availability
        if not availability.accepting:
            return "closed"
        if availability.spots_left == 0:
            return "full"
        return "stale" if self.stale else "open"

    @property
    def channel(self) -> tuple[str, str] | None:
        """How this mentor wants requests: ('form' | 'calendar' | 'email', address), in that order."""
        return self.profile.contact.channel

    @property
    def initials(self) -> str:
        words = [word for word in re.split(r"[\s\-]+", self.profile.name) if word[:1].isalnum()]
        letters = [words[0][0], words[-1][0]] if len(words) > 1 else [self.profile.name[0]]
        return "".join(letters).upper()


@dataclass(frozen=True)
class Conflict:
    """Two profiles, each valid alone, that name the same GitHub account: the newer is left out."""

    login: str  # as the left-out file writes it
    kept: str  # the file added first, as messages show it
    left_out: str
    line: int  # of the left-out file's github: line
    column: int

    def problem(self, severity: Severity) -> Problem:
        return Problem(self.left_out, self.line, self.column,
                       _("'{login}' already has a profile: {file}", login=self.login,
                         file=self.kept), "github",
                       _("each person keeps one profile; update that file instead"), severity)


@dataclass(frozen=True)
class Directory:
    """All mentors of one program, in a stable order (by id)."""

    mentors: tuple[Mentor, ...]
    program: Program
    today: date  # the day it was loaded: staleness is relative to it
    stale_after_days: int = DEFAULT_STALE_DAYS
    conflicts: tuple[Conflict, ...] = ()
    # Each file's profile as checked (None: it has an error), by the git blob id of its content:
    # a reading of history finds most versions here instead of checking them again.
    checked: dict[str, Profile | None] = field(default_factory=dict, compare=False, repr=False)


def is_profile_name(name: str) -> bool:
    """Whether a file in the profiles folder is a profile (hidden files are not)."""
    return not name.startswith(".") and name.endswith(".yml")


def find_profiles(paths: list[Path], relative_to: Path) -> tuple[list[Path], list[Problem]]:
    """Profile files named by `paths` (folders are searched one level deep).

    A file is held to the same rules whether it is named or found in a folder; a folder only
    skips hidden files and those that are not YAML at all.
    """
    found, problems = _profile_files(paths, relative_to)
    return [Path(location) for location, _shown in found], problems


def _profile_files(paths: list[Path], relative_to: Path
                   ) -> tuple[list[tuple[str, str]], list[Problem]]:
    """find_profiles, each file as its path in a string (a Path object for each of thousands of
    files costs more than reading them), with its name as messages show it (see _display)."""
    files: list[tuple[str, str]] = []
    problems: list[Problem] = []
    for path in paths:
        shown = _display(path, relative_to)
        if path.is_dir():
            # One listing, whose entries know their own type: no call to the file system each.
            with os.scandir(path) as listing:
                entries = sorted((entry.name, entry.path, entry.is_symlink()) for entry in listing
                                 if not entry.name.startswith(".")
                                 and os.path.splitext(entry.name)[1].lower() in YAML_SUFFIXES
                                 and (entry.is_file() or entry.is_symlink()))
            candidates = [(location, os.path.join(shown, name) if shown != "." else name, link)
                          for name, location, link in entries]
        elif path.is_file() or path.is_symlink():
            candidates = [(str(path), shown, path.is_symlink())]
        else:
            problems.append(Problem(shown, 1, 1, _("no such file or folder")))
            continue
        for candidate, candidate_shown, link in candidates:
            problem = _not_a_profile_file(candidate, candidate_shown, link)
            if problem is None:
                files.append((candidate, candidate_shown))
            else:
                problems.append(problem)
    return files, problems


def _not_a_profile_file(location: str, shown: str, link: bool) -> Problem | None:
    """Why a file (`link`: a symbolic link) cannot be a profile, whatever its contents, or None."""
    if link:
        # A link would publish, or quote in error messages, whatever file it points to.
        return Problem(shown, 1, 1, _("is a symbolic link, not a profile file"),
                       hint=_("put the profile itself in the folder"))
    if location.endswith(".yml") and not os.path.basename(location).startswith("."):
        return None  # what Path(location).suffix would say, without making a Path
    path = Path(location)
    if path.suffix != ".yml":
        return Problem(shown, 1, 1, _("profile files end in '.yml', not '{suffix}'",
                                      suffix=path.suffix) if path.suffix
                       else _("profile files end in '.yml'"),
                       hint=_("rename it to '{name}'", name=f"{path.stem}.yml"))
    return None


@dataclass(frozen=True)
class _Valid:
    """A file that passed every check of its own: it is published unless another one conflicts."""

    path: Path
    shown: str
    profile: Profile
    github_key: loader.Scalar  # where its github: line is, for the conflict's message
    skills: tuple[SkillMatch, ...]  # the profile's skills normalised

    @cached_property
    def id(self) -> str:
        """The profile id: the file's name without '.yml'."""
        return self.path.stem


def load_directory(paths: list[Path], program: Program, *, relative_to: Path | None = None,
                   today: date | None = None, stale_after_days: int = DEFAULT_STALE_DAYS,
                   history: History | None = None, conflicts: ConflictMode = "fail",
                   checks: Checks | None = None) -> tuple[Directory, list[Problem]]:
    """Load, check and date every profile; report every problem in every file.

    Profiles without last_confirmed are dated by `history`, read here if not given. A caller that
    shows what history could not be read, and why, reads it itself and passes it.
    `conflicts` says whether two profiles for one GitHub account are an error or, when
    publishing, a warning; the newer one is left out either way. Files whose name and content
    `checks` already holds are not checked again; it is given the files of this load.
    """
    base = relative_to or Path.cwd()
    today = today or date.today()
    files, problems = _profile_files(paths, base)
    if history is None:
        history = read_history(sorted(Path(folder) for folder in {
            os.path.dirname(location) for location, _shown in files}))
    checks = checks or Checks()
    language = active().language  # the problems' words are in it
    same = (checks.program, checks.today, checks.language) == (program, today, language)
    known = checks.found if same else {}
    read = [_read(location, shown, checks.read.get(location), known) for location, shown in files]
    fresh = iter(workers.each(_check, [file for file in read if file.key not in known],
                              program, today))
    checks.program, checks.today, checks.language = program, today, language
    checks.found = {file.key: known.get(file.key) or next(fresh) for file in read}
    checks.read = {file.location: (file.status, file.blob) for file in read
                   if file.status is not None and file.blob is not None}
    valid: list[_Valid] = []
    checked: dict[str, Profile | None] = {}
    for result in checks.found.values():
        if result.valid is not None:
            valid.append(result.valid)
        if result.blob is not None:
            checked[result.blob] = result.profile
        problems.extend(result.problems)
    kept, found_conflicts, conflict_problems = _one_profile_per_account(valid, conflicts, history)
    problems.extend(conflict_problems)
    mentors = []
    last_mentors = checks.mentors if same else {}
    for entry in kept:
        confirmed = entry.profile.last_confirmed or history.last_changed(entry.path)
        stale = confirmed is not None and (today - confirmed).days > stale_after_days
        mentor = last_mentors.get(entry.shown)
        if (mentor is None or mentor.profile is not entry.profile or mentor.id != entry.id
                or (mentor.confirmed, mentor.stale) != (confirmed, stale)):
            mentor = Mentor(entry.id, entry.shown, entry.profile, confirmed, entry.skills, stale)
        mentors.append(mentor)
    checks.mentors = {mentor.source: mentor for mentor in mentors}
    mentors.sort(key=lambda mentor: mentor.id)
    problems.sort(key=lambda problem: (problem.path, problem.line, problem.column))
    return Directory(tuple(mentors), program, today, stale_after_days,
                     tuple(found_conflicts), checked), problems


@dataclass(frozen=True)
class _Checked:
    """One file checked on its own: its profile (None: an error), the git blob id of what was
    read (None: nothing could be), its first problems, and whether it is published."""

    profile: Profile | None
    blob: str | None
    problems: list[Problem]
    valid: _Valid | None


@dataclass
class Checks:
    """The files a load checked, by name and content, for its program, day and language: a later
    load in the same process (`mkdocs serve` rebuilding) checks only the files that changed.

    It also keeps each file's status when its content was read (see Status), so that a later
    load need not read a file again to know its content: only the files whose status changed."""

    program: Program | None = None
    today: date | None = None
    language: str | None = None
    found: dict[tuple[str, str | None], _Checked] = field(default_factory=dict)
    read: dict[str, tuple[Status, str]] = field(default_factory=dict)  # path: status, blob id
    # The mentors the last load made, by source: the same mentor again is the same object, which
    # work kept from the last build (generator/kept.py) recognises at once.
    mentors: dict[str, Mentor] = field(default_factory=dict)


# A file's inode, size, and times of last change (content, and anything: ctime) in nanoseconds.
# Writing a file changes its ctime, which no program can set back; like git's index, a file whose
# status is the one it had when it was read is taken to hold what was read then, once the status
# is older than the file system's timestamps can tell apart (see UNSETTLED_NS).
Status = tuple[int, int, int, int]
UNSETTLED_NS = 2_000_000_000  # a file changed this recently when read is read again next time


@dataclass(frozen=True)
class _Read:
    """A profile file's bytes and their git blob id, or the problem reading it."""

    location: str  # the file's path
    shown: str
    data: bytes | None  # None if unreadable, or if known by its status
    blob: str | None
    problem: Problem | None
    status: Status | None = None  # when read, if it can tell a later load the content is the same

    @property
    def key(self) -> tuple[str, str | None]:
        return self.shown, self.blob


def _read(location: str, shown: str, last: tuple[Status, str] | None,
          known: dict[tuple[str, str | None], _Checked]) -> _Read:
    """The file's content, or what the last load read of it if its status is the same and that
    content has been checked."""
    try:
        found = os.stat(location)
        status = (found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns)
        if last is not None and last[0] == status and (shown, last[1]) in known:
            return _Read(location, shown, None, last[1], None, status)
        with open(location, "rb") as file:
            data = file.read()
    except OSError as error:
        return _Read(location, shown, None, None, Problem(shown, 1, 1, cannot_read(error)))
    settled = time.time_ns() - max(found.st_mtime_ns, found.st_ctime_ns) > UNSETTLED_NS
    return _Read(location, shown, data, blob_id(data), None, status if settled else None)


def cannot_read(error: OSError) -> str:
    """The problem of a file that could not be read, with the system's reason."""
    return _("cannot read the file: {reason}", reason=error.strerror)


def _check(file: _Read, program: Program, today: date) -> _Checked:
    path = Path(file.location)
    id_problems = _check_id(path, file.shown)
    if file.data is None:
        assert file.problem is not None
        return _Checked(None, None, _first_problems(id_problems + [file.problem]), None)
    profile, root, found = _check_file(file.data, file.shown, program, today)
    valid = None
    if profile is not None and not id_problems:
        assert root is not None  # a profile is only ever read from a mapping
        valid = _Valid(path, file.shown, profile, root.entries["github"][0],
                       _normalise(profile, program.taxonomy))
    return _Checked(profile, file.blob, _first_problems(id_problems + found), valid)


def _one_profile_per_account(valid: list[_Valid], mode: ConflictMode, history: History
                             ) -> tuple[list[_Valid], list[Conflict], list[Problem]]:
    """Keeps the first-added profile of each GitHub account; the others conflict with it.

    Which was added first comes from the first-parent history; a file git doesn't know yet is
    the newest, and files added together go by name.
    """
    accounts: dict[str, list[_Valid]] = {}
    for entry in valid:
        accounts.setdefault(entry.profile.github.casefold(), []).append(entry)
    def age(entry: _Valid) -> int:
        """Larger for an older addition; a file not committed yet is the newest of all."""
        added = history.added(entry.path)
        return added if added is not None else -1

    kept, conflicts, problems = [], [], []
    for group in accounts.values():
        if len(group) == 1:
            kept.append(group[0])
            continue
        first, *later = sorted(group, key=lambda entry: (-age(entry), entry.shown))
        kept.append(first)
        for entry in later:
            conflict = Conflict(entry.profile.github, first.shown, entry.shown,
                                entry.github_key.line, entry.github_key.column)
            conflicts.append(conflict)
            problems.append(conflict.problem("error" if mode == "fail" else "warning"))
    return kept, conflicts, problems


def _check_file(data: bytes, shown: str, program: Program, today: date
                ) -> tuple[Profile | None, loader.Mapping | None, list[Problem]]:
    """One file's profile (None if it has an error), its parsed mapping and its problems."""
    parsed = loader.parse(shown, data)
    if parsed.root is None:
        return None, None, parsed.problems
    profile, profile_problems = check_profile(shown, parsed.root, program, today)
    if not parsed.problems:
        return profile, parsed.root, profile_problems
    # Read on past what could not be read: the rest of the file's problems are reported too,
    # except on the lines already explained (where they would only repeat the same mistake).
    explained = {problem.line for problem in parsed.problems}
    return None, None, parsed.problems + [problem for problem in profile_problems
                                          if problem.line not in explained]


def _first_problems(problems: list[Problem]) -> list[Problem]:
    """A file's first problems by position, then how many more: one file cannot flood the run."""
    problems = sorted(problems, key=lambda problem: (problem.line, problem.column))
    hidden = problems[MAX_PROBLEMS_PER_FILE:]
    if not hidden:
        return problems
    first = hidden[0]
    return problems[:MAX_PROBLEMS_PER_FILE] + [Problem(
        first.path, first.line, first.column,
        ngettext("{number} more problem in this file, from this line on, is not shown",
                 "{number} more problems in this file, from this line on, are not shown",
                 len(hidden), number=len(hidden)),
        hint=_("fix the ones above and check again"),
        severity="error" if any(problem.is_error for problem in hidden) else "warning")]


def _normalise(profile: Profile, skills: Taxonomy) -> tuple[SkillMatch, ...]:
    matches: dict[str, SkillMatch] = {}
    for written in profile.skills:
        match = skills.match(written)
        matches.setdefault(match.id, match)
    return tuple(matches.values())


# Latin letters that Unicode does not decompose into a plain letter and an accent.
_UNDECOMPOSED = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                               "ß": "ss", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d",
                               "Ð": "D", "þ": "th", "Þ": "TH", "ı": "i", "ħ": "h", "Ħ": "H"})


def slug(name: str) -> str:
    """A profile id made from a name: accents dropped, lowercase words joined by hyphens."""
    plain = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED)).encode(
        "ascii", "ignore").decode("ascii")
    return "-".join(re.findall(r"[a-z0-9]+", plain.lower()))[:MAX_ID_LENGTH].strip("-")


def _check_id(path: Path, shown: str) -> list[Problem]:
    stem = path.stem
    if stem in RESERVED_IDS:
        return [Problem(shown, 1, 1, _("'{id}' is reserved and cannot be a profile id", id=stem),
                        hint=_("rename the file after yourself, such as 'ada-example.yml'"))]
    if PROFILE_ID.fullmatch(stem) and len(stem) <= MAX_ID_LENGTH:
        return []
    suggestion = slug(stem) or "your-name"
    return [Problem(shown, 1, 1,
                    _("file name '{name}' is not a valid profile id", name=path.name),
                    hint=_("rename it to '{name}': lowercase letters, digits and single "
                           "hyphens, at most {limit} characters", name=f"{suggestion}.yml",
                           limit=MAX_ID_LENGTH))]


def _display(path: Path, base: Path) -> str:
    try:
        return os.path.relpath(path, base)
    except ValueError:  # another drive on Windows
        return str(path)

"""The directory: every valid mentor, loaded, checked and dated, plus the problems found on the way."""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from generator import loader
from generator.history import last_commit_dates
from generator.problems import Problem
from generator.profile import Profile, check_profile
from generator.program import Program
from generator.taxonomy import SkillMatch, Taxonomy

PROFILE_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_ID_LENGTH = 64
RESERVED_IDS = {"index", "all"}  # mentors/index is the directory page, mentors/all its full list
DEFAULT_STALE_DAYS = 180
MAX_PROBLEMS_PER_FILE = 20


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
        contact = self.profile.contact
        for kind in ("form", "calendar", "email"):
            if getattr(contact, kind):
                return kind, getattr(contact, kind)
        return None

    @property
    def initials(self) -> str:
        words = [word for word in re.split(r"[\s\-]+", self.profile.name) if word[:1].isalnum()]
        letters = [words[0][0], words[-1][0]] if len(words) > 1 else [self.profile.name[0]]
        return "".join(letters).upper()


@dataclass(frozen=True)
class Directory:
    """All mentors of one program, in a stable order (by id)."""

    mentors: tuple[Mentor, ...]
    program: Program
    today: date  # the day it was loaded: staleness is relative to it
    stale_after_days: int = DEFAULT_STALE_DAYS


def find_profiles(paths: list[Path], relative_to: Path) -> tuple[list[Path], list[Problem]]:
    """Profile files named by `paths` (folders are searched one level deep)."""
    files: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            for entry in sorted(path.iterdir()):
                if entry.name.startswith(".") or entry.suffix.lower() not in (".yml", ".yaml"):
                    continue
                if entry.is_symlink():
                    problems.append(_symlink(entry, relative_to))
                elif not entry.is_file():
                    continue
                elif entry.suffix == ".yml":
                    files.append(entry)
                else:
                    problems.append(Problem(
                        _display(entry, relative_to), 1, 1,
                        f"profile files end in '.yml', not '{entry.suffix}'",
                        hint=f"rename it to '{entry.stem}.yml'"))
        elif path.is_symlink():
            problems.append(_symlink(path, relative_to))
        elif path.is_file():
            files.append(path)
        else:
            problems.append(Problem(_display(path, relative_to), 1, 1, "no such file or folder"))
    return files, problems


def _symlink(path: Path, relative_to: Path) -> Problem:
    # A link would publish, or quote in error messages, whatever file it points to.
    return Problem(_display(path, relative_to), 1, 1, "is a symbolic link, not a profile file",
                   hint="put the profile itself in the folder")


def load_directory(paths: list[Path], program: Program, *, relative_to: Path | None = None,
                   today: date | None = None, stale_after_days: int = DEFAULT_STALE_DAYS
                   ) -> tuple[Directory, list[Problem]]:
    """Load, check and date every profile; report every problem in every file."""
    base = relative_to or Path.cwd()
    today = today or date.today()
    files, problems = find_profiles(paths, base)
    commit_dates = last_commit_dates(files)
    mentors: list[Mentor] = []
    logins: dict[str, str] = {}
    skills = program.taxonomy
    for path in files:
        shown = _display(path, base)
        id_problems = _check_id(path, shown)
        profile, root, found = _check_file(path, shown, program, today)
        login = profile.github.casefold() if profile is not None else ""
        if profile is not None and login in logins:
            assert root is not None  # a profile is only ever read from a mapping
            key, _ = root.entries["github"]
            found.append(Problem(
                shown, key.line, key.column, f"'{profile.github}' already has a profile: "
                f"{logins[login]}", "github", "each person keeps one profile; update that file "
                "instead"))
        elif profile is not None:
            logins[login] = shown
            if not id_problems:
                confirmed = profile.last_confirmed or commit_dates.get(path)
                stale = confirmed is not None and (today - confirmed).days > stale_after_days
                mentors.append(Mentor(path.stem, shown, profile, confirmed,
                                      _normalise(profile, skills), stale))
        problems.extend(_first_problems(id_problems + found))
    mentors.sort(key=lambda mentor: mentor.id)
    problems.sort(key=lambda problem: (problem.path, problem.line, problem.column))
    return Directory(tuple(mentors), program, today, stale_after_days), problems


def _check_file(path: Path, shown: str, program: Program, today: date
                ) -> tuple[Profile | None, loader.Mapping | None, list[Problem]]:
    """One file's profile (None if it has an error), its parsed mapping and its problems."""
    try:
        data = path.read_bytes()
    except OSError as error:
        return None, None, [Problem(shown, 1, 1, f"cannot read the file: {error.strerror}")]
    root, problems = loader.load(shown, data)
    if root is None:
        return None, None, problems
    profile, profile_problems = check_profile(shown, root, program, today)
    return profile, root, problems + profile_problems


def _first_problems(problems: list[Problem]) -> list[Problem]:
    """A file's first problems by position, then how many more: one file cannot flood the run."""
    problems = sorted(problems, key=lambda problem: (problem.line, problem.column))
    hidden = problems[MAX_PROBLEMS_PER_FILE:]
    if not hidden:
        return problems
    first = hidden[0]
    return problems[:MAX_PROBLEMS_PER_FILE] + [Problem(
        first.path, first.line, first.column,
        f"{len(hidden)} more problems in this file, from this line on, are not shown",
        hint="fix the ones above and check again",
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
        return [Problem(shown, 1, 1, f"'{stem}' is reserved and cannot be a profile id",
                        hint="rename the file after yourself, such as 'ada-example.yml'")]
    if PROFILE_ID.fullmatch(stem) and len(stem) <= MAX_ID_LENGTH:
        return []
    suggestion = slug(stem) or "your-name"
    return [Problem(shown, 1, 1,
                    f"file name '{path.name}' is not a valid profile id",
                    hint=f"rename it to '{suggestion}.yml': lowercase letters, digits and "
                    f"single hyphens, at most {MAX_ID_LENGTH} characters")]


def _display(path: Path, base: Path) -> str:
    try:
        return os.path.relpath(path, base)
    except ValueError:  # another drive on Windows
        return str(path)

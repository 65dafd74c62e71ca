"""Every valid session of a program, dated against the moment of the build: upcoming or past.

Session pages live in folders of the docs folder (`circles/`, `office-hours/`, `events/` by
default); each `.md` file there but `index.md` is a session, its file name its id. A session whose
last meeting has ended when the site is built moves to the archive.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from generator.directory import (
    MAX_ID_LENGTH,
    PROFILE_ID,
    Directory,
    _first_problems,
    cannot_read,
    slug,
)
from generator.problems import Problem
from generator.program import Program
from generator.session import Session, read_page
from generator.translation import _

LIST_FOLDER = "sessions"  # the list, the archive and the calendar files
RESERVED_IDS = {"index", "archive", "upcoming"}  # the pages and calendar of LIST_FOLDER
NEXT_SHOWN = 6  # upcoming meetings listed on a session's page and in its sessions index entry


@dataclass(frozen=True)
class Meeting:
    """One meeting of a session, as instants in the session's time zone."""

    start: datetime
    end: datetime


@dataclass(frozen=True)
class ListedSession:
    """A valid session page with what the site needs beside it: id, source and its meetings."""

    id: str
    source: str  # the file as messages show it: "content/circles/career-changers.md"
    src_uri: str  # the page in the docs folder: "circles/career-changers.md"
    session: Session
    description: str  # Markdown, checked; sanitised when rendered
    next: tuple[Meeting, ...]  # meetings that have not ended at build time, up to NEXT_SHOWN
    first: Meeting
    last: Meeting | None  # None for an ongoing series
    signup_closed: bool  # the last day to sign up has passed

    @property
    def past(self) -> bool:
        return not self.next

    @property
    def can_sign_up(self) -> bool:
        return not self.past and not self.signup_closed and self.session.places_left != 0


@dataclass(frozen=True)
class Sessions:
    """All sessions of one program: upcoming ones by their next meeting, past ones latest first."""

    upcoming: tuple[ListedSession, ...]
    past: tuple[ListedSession, ...]
    now: datetime

    @property
    def all(self) -> tuple[ListedSession, ...]:
        return self.upcoming + self.past

    def hosted_by(self, mentor_id: str) -> tuple[ListedSession, ...]:
        return tuple(listed for listed in self.all if mentor_id in listed.session.hosts)


def meetings(session: Session, now: datetime) -> tuple[tuple[Meeting, ...], Meeting, Meeting | None]:
    """The next meetings not yet ended at `now` (at most NEXT_SHOWN), the first and the last."""
    zone = ZoneInfo(session.timezone)
    length = timedelta(minutes=session.duration)
    upcoming: list[Meeting] = []
    first = last = None
    for local in session.schedule.local_times():
        start = local.replace(tzinfo=zone)
        meeting = Meeting(start, (start.astimezone(UTC) + length).astimezone(zone))
        first = first or meeting
        last = meeting
        if meeting.end > now:
            upcoming.append(meeting)
            if session.schedule.ongoing and len(upcoming) == NEXT_SHOWN:
                break
    assert first is not None and last is not None
    return tuple(upcoming[:NEXT_SHOWN]), first, None if session.schedule.ongoing else last


def find_pages(folders: list[Path], relative_to: Path) -> tuple[list[Path], list[Problem]]:
    """The session pages in `folders` (one level deep), less each folder's own index page."""
    pages: list[Path] = []
    problems: list[Problem] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for entry in sorted(folder.iterdir()):
            if entry.suffix != ".md" or entry.name == "index.md" or entry.name.startswith("."):
                continue
            if entry.is_symlink():
                problems.append(Problem(_shown(entry, relative_to), 1, 1,
                                        _("is a symbolic link, not a session page"),
                                        hint=_("put the page itself in the folder")))
            elif entry.is_file():
                pages.append(entry)
    return pages, problems


def load_sessions(folders: list[Path], docs_dir: Path, directory: Directory, *,
                  relative_to: Path, now: datetime | None = None
                  ) -> tuple[Sessions, list[Problem]]:
    """Load and check every session page; report every problem in every file."""
    now = now or datetime.now(UTC)
    program: Program = directory.program
    mentors = {mentor.id: mentor.profile.name for mentor in directory.mentors}
    pages, problems = find_pages(folders, relative_to)
    listed: list[ListedSession] = []
    seen: dict[str, str] = {}
    for path in pages:
        shown = _shown(path, relative_to)
        found = _check_id(path.stem, shown)
        if path.stem in seen:
            found.append(Problem(shown, 1, 1, _("another session has the id '{id}': {file}",
                                                id=path.stem, file=seen[path.stem]),
                                 hint=_("rename one of the files")))
        seen.setdefault(path.stem, shown)
        try:
            data = path.read_bytes()
        except OSError as error:
            problems.append(Problem(shown, 1, 1, cannot_read(error)))
            continue
        page, page_problems = read_page(shown, data, program, mentors, now.date())
        found += page_problems
        if page is not None and not any(problem.is_error for problem in found):
            upcoming, first, last = meetings(page.session, now)
            closes = page.session.signup_closes
            listed.append(ListedSession(
                path.stem, shown, path.relative_to(docs_dir).as_posix(), page.session,
                page.description, upcoming, first, last,
                closes is not None and _local_day(now, page.session.timezone) > closes))
        problems.extend(_first_problems(found))
    upcoming_sessions = sorted((s for s in listed if not s.past), key=lambda s: (s.next[0].start, s.id))
    past = sorted((s for s in listed if s.past), key=lambda s: (s.first.start, s.id), reverse=True)
    problems.sort(key=lambda problem: (problem.path, problem.line, problem.column))
    return Sessions(tuple(upcoming_sessions), tuple(past), now), problems


def _local_day(now: datetime, zone: str) -> date:
    return now.astimezone(ZoneInfo(zone)).date()


def _check_id(stem: str, shown: str) -> list[Problem]:
    if stem in RESERVED_IDS:
        return [Problem(shown, 1, 1, _("'{id}' is reserved and cannot be a session id", id=stem),
                        hint=_("name the file after the session, such as 'career-changers.md'"))]
    if PROFILE_ID.fullmatch(stem) and len(stem) <= MAX_ID_LENGTH:
        return []
    return [Problem(shown, 1, 1, _("file name '{name}' is not a valid session id",
                                   name=f"{stem}.md"),
                    hint=_("rename it to '{name}': lowercase letters, digits and single "
                           "hyphens, at most {limit} characters",
                           name=f"{slug(stem) or 'session-name'}.md", limit=MAX_ID_LENGTH))]


def _shown(path: Path, base: Path) -> str:
    try:
        return os.path.relpath(path, base)
    except ValueError:  # another drive on Windows
        return str(path)


__all__ = ["LIST_FOLDER", "ListedSession", "Meeting", "Sessions", "load_sessions"]

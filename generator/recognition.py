"""The "Our mentors" page: mentors who opted in (`recognition: true`) with the mentees they have
taken on and how long they have been in the program, and the program's alumni who now mentor.

Both figures come from the public profiles' first-parent git history (see history.py), never from
private data: the years from the day the profile was first added, the mentees from each rise of
`availability.mentees` across the profile's versions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from pathlib import Path

from generator.directory import Directory, Mentor
from generator.history import History
from generator.kept import Kept
from generator.loader import load
from generator.pages import render_template
from generator.profile import check_profile
from generator.program import Program
from generator.translation import N_, _

TITLE = N_("Our mentors")  # the page's title, in English: pages show it translated


@dataclass(frozen=True)
class Recognised:
    """A mentor on the page, with what their profile's history says of them."""

    mentor: Mentor
    since: date | None  # the day the profile was first added; None: before the history read
    mentees: int  # mentees taken on: the first count, then each rise of it, version by version

    def years(self, today: date) -> int | None:
        """Whole years in the program, or None when it is not known since when."""
        return None if self.since is None else (today - self.since).days // 365


def recognised(directory: Directory, history: History, base: Path) -> tuple[list[Recognised],
                                                                             list[str]]:
    """The mentors who opted in, longest in the program first, and notes on the file versions
    that could not be read. `base` is the folder mentors' sources are relative to. A mentor
    unchanged since the last call of this process, with the same history (`mkdocs serve`
    rebuilding), is not read again."""
    found, notes = [], []
    opted_in = [mentor for mentor in directory.mentors if mentor.profile.recognition]
    for entry, skipped in _RECOGNISED.each(
            opted_in, history, base, directory.program, directory.today,
            depends_on=(history, base, directory.program, directory.today)):
        found.append(entry)
        notes.extend(skipped)
    found.sort(key=lambda item: (item.since or directory.today, item.mentor.id))
    return found, notes


def _recognise(mentor: Mentor, history: History, base: Path, program: Program, today: date
               ) -> tuple[Recognised, list[str]]:
    """One mentor's entry, and notes on the versions of their profile that could not be read."""
    path = base / mentor.source
    versions = history.versions(path)
    contents, skipped = history.read(versions)
    counts = []
    for version in versions:
        if version.blob in contents:
            root, _ = load(version.path, contents[version.blob])
            profile = None if root is None else check_profile(version.path, root, program,
                                                              today)[0]
            if profile is not None:
                counts.append(profile.availability.mentees or 0)
    counts = counts or [mentor.profile.availability.mentees or 0]
    taken = counts[0] + sum(max(after - before, 0) for before, after in pairwise(counts))
    return Recognised(mentor, history.first_added(path), taken), skipped


_RECOGNISED: Kept[Mentor, tuple[Recognised, list[str]]] = Kept(
    _recognise, key=lambda mentor: mentor.id)


def render_recognition(directory: Directory, entries: list[Recognised],
                       href: Callable[[Mentor], str]) -> str:
    """The page body: the recognised mentors, then the alumni mentoring now."""
    alumni = [mentor for mentor in directory.mentors if mentor.profile.alumni]
    return render_template("recognition.html", title=_(TITLE), today=directory.today,
                           entries=[(item, href(item.mentor)) for item in entries],
                           alumni=[(mentor, href(mentor)) for mentor in alumni])

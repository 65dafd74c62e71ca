"""Program insights: whom the directory can serve, where it cannot, and how mentoring load is spread.

Figures come from the profiles alone. "Accepting" means a mentee can ask now: the mentor takes new
mentees, has places left and has confirmed the profile recently.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import PurePosixPath

from babel.lists import format_list

from generator.directory import Directory, Mentor, is_profile_name
from generator.history import History
from generator.kept import Kept
from generator.languages import languages
from generator.loader import load
from generator.profile import Profile, check_profile
from generator.program import Program
from generator.translation import _, active, ngettext
from generator.workday import WORKDAY, clock, utc_offset

BANDS = 6  # the 24 hours of the day in bands of four, for time-zone gaps
HEAVY_LOAD = 4  # mentees at once from which a mentor is listed as carrying a heavy load
GAP = 2  # fewer accepting mentors than this is a gap to recruit for
LISTED = 4  # a gap names this many choices, then says how many more


@dataclass(frozen=True)
class Coverage:
    """How one choice (a goal, a stage, a format, a language) is served."""

    id: str
    label: str
    mentors: int  # mentors who list it
    accepting: int  # of those, mentors a mentee can ask now
    open_places: int  # places left among accepting mentors with a set capacity
    unlimited: int  # accepting mentors who set no capacity


@dataclass(frozen=True)
class Insights:
    """Every figure the insights page and `mentors stats` show."""

    mentors: int
    states: dict[str, int]  # open, full, closed, stale
    goals: list[Coverage]
    stages: list[Coverage]
    formats: list[Coverage]
    experiences: list[Coverage]  # opt-in lived experiences, as mentors list them
    languages: list[Coverage]
    hours: list[int]  # accepting mentors within their working day at each UTC hour, 0 to 23
    skills: list[tuple[str, int]]  # the most offered skills and how many mentors offer each
    load: list[tuple[str, int]]  # mentors by how many mentees they have now: 0, 1, ... 5+
    heavy: list[tuple[str, str, int, int | None]]  # id, name, mentees, capacity
    gaps: list[str]  # recruitment targets, in plain words

    def as_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False)


def insights(directory: Directory, *, gap: int = GAP, heavy_load: int = HEAVY_LOAD,
             top_skills: int = 15) -> Insights:
    """The figures of a directory. Asked again in the same process (`mkdocs serve` rebuilding)
    about mentors whose counted facts are all what they were, the figures are the last ones."""
    global _LAST_FIGURES
    program = directory.program
    facts = _FACTS.each(directory.mentors, directory.today, depends_on=(directory.today,))
    asked = (facts, program, active(), gap, heavy_load, top_skills)
    if _LAST_FIGURES is not None and _LAST_FIGURES[0] == asked:
        return _LAST_FIGURES[1]

    def coverage(entries: list[tuple[str, str]], list_number: int) -> list[Coverage]:
        # For each entry: mentors listing it, accepting, open places, accepting without a limit.
        counts = {entry_id: [0, 0, 0, 0] for entry_id, _ in entries}
        for mentor in facts:
            for entry_id in mentor.listed[list_number]:
                found = counts.get(entry_id)
                if found is None:
                    continue
                found[0] += 1
                if mentor.state == "open":
                    found[1] += 1
                    if mentor.spots_left is None:
                        found[3] += 1
                    else:
                        found[2] += mentor.spots_left
        return [Coverage(entry_id, label, *counts[entry_id]) for entry_id, label in entries]

    spoken = sorted({code for mentor in facts for code in mentor.listed[-1]},
                    key=lambda code: languages().shown(code))
    figures = {name: coverage([(entry.id, entry.label) for entry in program.entries(name)],
                              number)
               for number, (name, _field) in enumerate(COUNTED_LISTS)}
    figures["languages"] = coverage([(code, languages().shown(code)) for code in spoken],
                                    len(COUNTED_LISTS))
    # For each UTC hour, how many accepting mentors are inside their 08:00-20:00 day.
    offsets = Counter(mentor.offset for mentor in facts if mentor.state == "open")
    hours = [sum(count for offset, count in offsets.items()
                 if WORKDAY[0] <= (hour + offset) % 24 < WORKDAY[1]) for hour in range(24)]
    skills = Counter(label for mentor in facts for label in mentor.skills)
    mentees = Counter(min(mentor.mentees, 5) for mentor in facts)
    states = Counter(mentor.state for mentor in facts)
    figured = Insights(
        mentors=len(facts),
        states={state: states[state] for state in ("open", "full", "closed", "stale")},
        hours=hours,
        skills=sorted(skills.items(), key=lambda item: (-item[1], item[0]))[:top_skills],
        load=[(str(count) if count < 5 else "5+", mentees[count]) for count in range(6)],
        heavy=[(mentor.id, mentor.name, mentor.mentees, mentor.capacity) for mentor in facts
               if mentor.mentees >= heavy_load],
        gaps=_gaps(figures, hours, gap) if facts else [],
        **figures,
    )
    _LAST_FIGURES = asked, figured
    return figured


# The lists whose coverage the insights count, as (list, profile field), in the page's order;
# the languages a mentor speaks come after them.
COUNTED_LISTS = (("goals", "goals"), ("stages", "mentee_stages"), ("formats", "formats"),
                 ("experiences", "experiences"))


@dataclass(frozen=True)
class _Counted:
    """What the insights count of one mentor."""

    id: str
    name: str
    state: str
    spots_left: int | None
    listed: tuple[frozenset[str], ...]  # the ids of each of COUNTED_LISTS, then languages
    offset: float  # hours from UTC today, where the mentor lives
    skills: tuple[str, ...]  # the labels of their skills
    mentees: int
    capacity: int | None


def _counted(mentor: Mentor, today: date) -> _Counted:
    """What the insights count of a mentor, on the day."""
    profile = mentor.profile
    return _Counted(mentor.id, profile.name, mentor.state, profile.availability.spots_left,
                    (*(frozenset(getattr(profile, field)) for _list, field in COUNTED_LISTS),
                     frozenset(profile.languages)),
                    utc_offset(profile.timezone, today),
                    tuple(match.label for match in mentor.skills),
                    profile.availability.mentees or 0, profile.availability.capacity)


# Each mentor's counted facts, kept from one build to the next of a process; and the last
# figures, with the facts and settings they were worked out from.
_FACTS: Kept[Mentor, _Counted] = Kept(_counted, key=lambda mentor: mentor.id)
_LAST_FIGURES: tuple[tuple[object, ...], Insights] | None = None


def summary(figures: Insights) -> str:
    """The sentence that opens the insights page and `mentors stats`."""
    if not figures.mentors:
        return _("No mentor profiles yet.")
    states = {state: active().number(count) for state, count in figures.states.items()}
    return ngettext("{count} mentor: {open} accepting, {full} full, {closed} not accepting and "
                    "{stale} not confirmed recently.",
                    "{count} mentors: {open} accepting, {full} full, {closed} not accepting and "
                    "{stale} not confirmed recently.", figures.mentors, **states)


def listing(labels: list[str], most: int = LISTED) -> str:
    """Labels as a sentence lists them: "a, b and c"; beyond `most`, "a, b, c, d and 13 more"."""
    if len(labels) > most:
        # Translators: {labels} lists a few choices, such as "Kubernetes, Go, Rust, Python".
        return ngettext("{labels} and {count} more", "{labels} and {count} more",
                        len(labels) - most, labels=", ".join(labels[:most]))
    return format_list(labels, locale=active().formats)


def _gaps(figures: dict[str, list[Coverage]], hours: list[int], gap: int) -> list[str]:
    """Where fewer than `gap` mentors can be asked now, as whom to recruit: one sentence for
    each kind of choice and number of mentors."""
    targets = []
    for name in ("goals", "stages", "formats", "experiences", "languages"):
        short: dict[int, list[str]] = {}
        for item in figures[name]:
            if item.accepting < gap:
                label = item.label if name in ("languages", "experiences") else item.label.lower()
                short.setdefault(item.accepting, []).append(label)
        for accepting, labels in sorted(short.items()):
            who = _whom(name, listing(labels))
            if accepting == 0:
                # Translators: {who} says whom, such as "who can help with getting promoted".
                targets.append(_("Recruit mentors {who}: no mentor is accepting new mentees.",
                                 who=who))
            else:
                # Translators: {who} says whom, such as "who can help with getting promoted".
                targets.append(ngettext(
                    "Recruit mentors {who}: only {count} mentor is accepting new mentees.",
                    "Recruit mentors {who}: only {count} mentors are accepting new mentees.",
                    accepting, who=who))
    width = 24 // BANDS
    for start in range(0, 24, width):
        fewest = min(hours[start:start + width])
        if fewest < gap:
            hours_of = {"start": clock(start * 60), "end": clock((start + width) * 60)}
            targets.append(
                _("Recruit mentors whose working day covers {start}-{end} UTC: at some hours no "
                  "accepting mentor is available.", **hours_of) if fewest == 0 else
                ngettext("Recruit mentors whose working day covers {start}-{end} UTC: at some "
                         "hours only {count} accepting mentor is available.",
                         "Recruit mentors whose working day covers {start}-{end} UTC: at some "
                         "hours only {count} accepting mentors are available.", fewest,
                         **hours_of))
    return targets


def _whom(name: str, labels: str) -> str:
    """Whom to recruit for the choices of one list, such as "who can help with a or b"."""
    if name == "goals":
        return _("who can help with {labels}", labels=labels)
    if name == "stages":
        return _("for {labels} mentees", labels=labels)
    if name == "formats":
        return _("who offer {labels}", labels=labels)
    if name == "experiences":
        return _("who share the lived experience {labels}", labels=labels)
    return _("who mentor in {labels}", labels=labels)


@dataclass(frozen=True)
class Moment:
    """The directory as it stood at the end of one month, from git history."""

    day: date
    profiles: int  # valid profiles then
    full: int  # with no places left
    stale: int  # not confirmed within the threshold on that day


def over_time(history: History, program: Program, stale_after_days: int, today: date,
              months: int = 12, checked: Mapping[str, Profile | None] | None = None
              ) -> tuple[list[Moment], list[str]]:
    """Month-end figures for the last `months` months, as far back as the history read goes, and
    notes on the file versions it skipped. `checked` holds profiles already checked today by
    blob id (Directory.checked): those versions are neither read nor checked again. Asked again
    in the same process about the same history (`mkdocs serve` rebuilding: read_history gives
    the last history back until HEAD moves), the figures are the last ones, unless `checked`
    says otherwise of a version they were worked out from."""
    global _LAST
    asked = (program, stale_after_days, today, months)
    known = checked or {}
    if (_LAST is not None and _LAST.history is history and _LAST.asked == asked
            and _LAST.agrees(known)):
        return _LAST.moments, _LAST.skipped
    days = [today]
    for _month in range(months - 1):
        days.insert(0, days[0].replace(day=1) - timedelta(days=1))
    trees = {day: [version for version in tree.values()
                   if is_profile_name(PurePosixPath(version.path).name)]
             for day, tree in history.versions_at(days).items()}
    # By blob: most files are unchanged month to month, and today's are the directory's own.
    profiles_by_blob: dict[str, Profile | None] = dict(checked or {})
    contents, skipped = history.read(version for versions in trees.values()
                                     for version in versions
                                     if version.blob not in profiles_by_blob)
    moments = []
    for day, versions in sorted(trees.items()):
        profiles = []
        for version in versions:
            if version.blob not in profiles_by_blob:
                if version.blob not in contents:
                    continue
                root, _ = load(version.path, contents[version.blob])
                profiles_by_blob[version.blob] = None if root is None else check_profile(
                    version.path, root, program, today)[0]
            profile = profiles_by_blob[version.blob]
            if profile is not None:
                committed = version.commit.day if version.commit else None
                profiles.append((profile, profile.last_confirmed or committed))
        moments.append(Moment(
            day, len(profiles),
            sum(1 for profile, _ in profiles if profile.availability.spots_left == 0),
            sum(1 for _, confirmed in profiles
                if confirmed is not None and (day - confirmed).days > stale_after_days)))
    blobs = {version.blob for versions in trees.values() for version in versions}
    _LAST = _OverTime(history, asked, {blob: profiles_by_blob[blob] for blob in blobs
                                       if blob in profiles_by_blob},
                      frozenset(blob for blob in blobs if blob not in profiles_by_blob),
                      moments, skipped)
    return moments, skipped


@dataclass(frozen=True)
class _OverTime:
    """The last figures over_time worked out, with what they were worked out from."""

    history: History
    asked: tuple[object, ...]
    profiles: dict[str, Profile | None]  # each version's profile (None: invalid), by blob
    unread: frozenset[str]  # blobs of versions that were skipped
    moments: list[Moment]
    skipped: list[str]

    def agrees(self, checked: Mapping[str, Profile | None]) -> bool:
        """Whether `checked` says of each version what these figures took it to be."""
        return (all(checked.get(blob, profile) == profile
                    for blob, profile in self.profiles.items())
                and not any(blob in checked for blob in self.unread))


_LAST: _OverTime | None = None


def render_text(figures: Insights) -> str:
    """The figures as plain-text tables, for `mentors stats`."""
    if not figures.mentors:
        return summary(figures)
    lines = [summary(figures), ""]
    for title, rows in (("Goals", figures.goals), ("Mentee stages", figures.stages),
                        ("Formats", figures.formats), ("Lived experiences", figures.experiences),
                        ("Languages", figures.languages)):
        width = max([len(row.label) for row in rows] + [len(title)])
        lines.append(f"{title:<{width}}  mentors  accepting  open places")
        lines += [f"{row.label:<{width}}  {row.mentors:>7}  {row.accepting:>9}  "
                  f"{row.open_places:>6}{' + unlimited' * bool(row.unlimited)}" for row in rows]
        lines.append("")
    lines.append("Accepting mentors in their working day, by UTC hour:")
    lines.append(" ".join(f"{hour:02d}:{count}" for hour, count in enumerate(figures.hours)))
    lines += ["", "Skills most offered: " + ", ".join(f"{label} ({count})"
                                                    for label, count in figures.skills)]
    lines += ["", "Mentors by current mentees: " + ", ".join(f"{label}: {count}"
                                                           for label, count in figures.load)]
    if figures.heavy:
        lines.append("Carrying many mentees: " + ", ".join(
            f"{name} ({mentees} of {capacity if capacity is not None else 'no limit'})"
            for _, name, mentees, capacity in figures.heavy))
    lines += ["", "Gaps:"] + [f"- {target}" for target in figures.gaps or ["none"]]
    return "\n".join(lines)

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
    program = directory.program
    mentors = directory.mentors

    def coverage(entries: list[tuple[str, str]], offers) -> list[Coverage]:
        result = []
        for entry_id, label in entries:
            listing = [mentor for mentor in mentors if entry_id in offers(mentor)]
            accepting = [mentor for mentor in listing if mentor.state == "open"]
            spots = [mentor.profile.availability.spots_left for mentor in accepting]
            result.append(Coverage(entry_id, label, len(listing), len(accepting),
                                   sum(spot for spot in spots if spot is not None),
                                   sum(1 for spot in spots if spot is None)))
        return result

    def from_list(name: str, field: str) -> list[Coverage]:
        entries = [(entry.id, entry.label) for entry in program.entries(name)]
        return coverage(entries, lambda mentor: getattr(mentor.profile, field))

    spoken = sorted({code for mentor in mentors for code in mentor.profile.languages},
                    key=lambda code: languages().shown(code))
    figures = {
        "goals": from_list("goals", "goals"),
        "stages": from_list("stages", "mentee_stages"),
        "formats": from_list("formats", "formats"),
        "experiences": from_list("experiences", "experiences"),
        "languages": coverage([(code, languages().shown(code)) for code in spoken],
                              lambda mentor: mentor.profile.languages),
    }
    hours = _hours([mentor for mentor in mentors if mentor.state == "open"], directory)
    skills = Counter(match.label for mentor in mentors for match in mentor.skills)
    mentees = Counter(min(mentor.profile.availability.mentees or 0, 5) for mentor in mentors)
    return Insights(
        mentors=len(mentors),
        states={state: sum(1 for mentor in mentors if mentor.state == state)
                for state in ("open", "full", "closed", "stale")},
        hours=hours,
        skills=sorted(skills.items(), key=lambda item: (-item[1], item[0]))[:top_skills],
        load=[(str(count) if count < 5 else "5+", mentees[count]) for count in range(6)],
        heavy=[(mentor.id, mentor.profile.name, mentor.profile.availability.mentees or 0,
                mentor.profile.availability.capacity) for mentor in mentors
               if (mentor.profile.availability.mentees or 0) >= heavy_load],
        gaps=_gaps(figures, hours, gap) if mentors else [],
        **figures,
    )


def _hours(accepting: list[Mentor], directory: Directory) -> list[int]:
    """For each UTC hour, how many accepting mentors are inside their 08:00-20:00 day."""
    offsets = Counter(utc_offset(mentor.profile.timezone, directory.today) for mentor in accepting)
    return [sum(count for offset, count in offsets.items()
                if WORKDAY[0] <= (hour + offset) % 24 < WORKDAY[1])
            for hour in range(24)]


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
    blob id (Directory.checked): those versions are neither read nor checked again."""
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
    return moments, skipped


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

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

from generator.directory import Directory, Mentor, is_profile_name
from generator.history import History
from generator.languages import languages
from generator.loader import load
from generator.profile import Profile, check_profile
from generator.program import Program
from generator.workday import WORKDAY, utc_offset

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
                    key=lambda code: languages().name(code))
    figures = {
        "goals": from_list("goals", "goals"),
        "stages": from_list("stages", "mentee_stages"),
        "formats": from_list("formats", "formats"),
        "experiences": from_list("experiences", "experiences"),
        "languages": coverage([(code, languages().name(code)) for code in spoken],
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
        return "No mentor profiles yet."
    states = figures.states
    return (f"{figures.mentors} {'mentor' if figures.mentors == 1 else 'mentors'}: "
            f"{states['open']} accepting, {states['full']} full, {states['closed']} not accepting "
            f"and {states['stale']} not confirmed recently.")


def listing(labels: list[str], most: int = LISTED) -> str:
    """Labels as a sentence lists them: "a, b and c"; beyond `most`, "a, b, c, d and 13 more"."""
    if len(labels) > most:
        return f"{', '.join(labels[:most])} and {len(labels) - most} more"
    return " and ".join(filter(None, [", ".join(labels[:-1]), labels[-1]]))


def _gaps(figures: dict[str, list[Coverage]], hours: list[int], gap: int) -> list[str]:
    """Where fewer than `gap` mentors can be asked now, as whom to recruit: one sentence for
    each kind of choice and number of mentors."""
    what = {"goals": "who can help with {labels}", "stages": "for {labels} mentees",
            "formats": "who offer {labels}",
            "experiences": "who share the lived experience {labels}",
            "languages": "who mentor in {labels}"}
    targets = []
    for name, phrase in what.items():
        short: dict[int, list[str]] = {}
        for item in figures[name]:
            if item.accepting < gap:
                label = item.label if name in ("languages", "experiences") else item.label.lower()
                short.setdefault(item.accepting, []).append(label)
        for accepting, labels in sorted(short.items()):
            count = ("no mentor is" if accepting == 0 else "only 1 mentor is" if accepting == 1
                     else f"only {accepting} mentors are")
            targets.append(f"Recruit mentors {phrase.format(labels=listing(labels))}: {count} "
                           "accepting new mentees.")
    width = 24 // BANDS
    for start in range(0, 24, width):
        fewest = min(hours[start:start + width])
        if fewest < gap:
            available = ("no accepting mentor is" if fewest == 0 else
                         f"only {fewest} accepting {'mentor is' if fewest == 1 else 'mentors are'}")
            targets.append(f"Recruit mentors whose working day covers {start:02d}:00-"
                           f"{start + width:02d}:00 UTC: at some hours {available} available.")
    return targets


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
    for _ in range(months - 1):
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

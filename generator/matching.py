"""Organiser-assisted matching for a cohort: the assignment of applicants to mentors with the
greatest total fit, within every mentor's places.

Fit and the rules are computed for all pairs at once as arrays; the assignment is SciPy's
`linear_sum_assignment` on a capacity-expanded matrix (one column per place a mentor can take in
this round), so the result is optimal for the stated objective, not a greedy guess. NumPy and
SciPy come with the optional `match` extra: building the site never needs them.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

import numpy as np
from scipy.optimize import linear_sum_assignment

from generator.applications import Application
from generator.directory import PROFILE_ID, Mentor
from generator.languages import languages
from generator.problems import UserError
from generator.profile import Count, Email, Group, ListOf, Pattern, spec
from generator.program import Program
from generator.translation import N_
from generator.workday import overlap_hours

FULL_OVERLAP = 4  # hours of shared working day from which overlap adds its whole weight
UNIT = 100  # fit points per unit of weight: fits are whole numbers, so ties are exact


@dataclass(frozen=True)
class Weights:
    """How much each part of fit counts; each part is a share from 0 to 1 times its weight."""

    goals: int = spec(Count(), "Share of the applicant's goals the mentor helps with.", 4,
                      default=4)
    skills: int = spec(Count(), "Share of the skills wanted that the mentor lists (other "
                       "spellings of a skill count).", 2, default=2)
    stage: int = spec(Count(), "The mentor lists the applicant's career stage.", 1, default=1)
    format: int = spec(Count(), "The mentor offers the applicant's preferred format.", 1,
                       default=1)
    experiences: int = spec(Count(), "Share of the preferred shared experiences the mentor "
                            "lists.", 2, default=2)
    overlap: int = spec(Count(), f"Hours of shared working day, up to {FULL_OVERLAP}.", 1,
                        default=1)

    @property
    def total(self) -> int:
        return sum(getattr(self, part.name) for part in fields(self))


@dataclass(frozen=True)
class Pair:
    """An applicant, by email address, and a mentor, by profile id."""

    mentee: str = spec(Email(public=False), "The applicant's email address.", "ana@example.org")
    mentor: str = spec(Pattern(PROFILE_ID.pattern, N_("a profile id"), "'ada-example'"),
                       "The mentor's profile id (the file name without .yml).", "ada-example")


@dataclass(frozen=True)
class Rules:
    """What a round must respect, and how fit is weighed: the organiser's rules file."""

    min_overlap_hours: int = spec(Count(), "Fewest hours of shared working day a pair needs.", 2,
                                  default=2)
    max_new_per_mentor: int = spec(Count(), "Most new mentees any one mentor gets this round.", 2,
                                   default=2)
    weights: Weights = spec(Group(Weights), "How much each part of fit counts.",
                            default=Weights())
    pin: tuple[Pair, ...] = spec(ListOf(Group(Pair), noun=N_("pair"), plural=N_("pairs")),
                                 "Pairs to keep whatever the fit.", default=())
    forbid: tuple[Pair, ...] = spec(ListOf(Group(Pair), noun=N_("pair"), plural=N_("pairs")),
                                    "Pairs never to propose.", default=())


@dataclass(frozen=True)
class Fit:
    """Why one applicant and one mentor fit, part by part."""

    points: int
    goals: tuple[str, ...]  # labels of goals they share
    skills: tuple[str, ...]
    stage: bool
    format: bool
    experiences: tuple[str, ...]
    overlap: float  # hours
    languages: tuple[str, ...]  # names of languages they share

    def percent(self, weights: Weights) -> int:
        return round(self.points * 100 / (UNIT * weights.total)) if weights.total else 0

    def reasons(self) -> str:
        parts = []
        if self.goals:
            parts.append("helps with " + ", ".join(self.goals))
        if self.skills:
            parts.append("knows " + ", ".join(self.skills))
        if self.stage:
            parts.append("mentors this career stage")
        if self.format:
            parts.append("offers the preferred format")
        if self.experiences:
            parts.append("shares " + ", ".join(self.experiences).lower())
        parts.append(f"{hours(self.overlap)} of shared working day")
        parts.append("speaks " + ", ".join(self.languages))
        return "; ".join(parts)


@dataclass(frozen=True)
class Match:
    """One proposed pair."""

    application: Application
    mentor: Mentor
    fit: Fit
    how: str  # "matched", "pinned" or "kept" (an existing pair, in a rematch)


@dataclass(frozen=True)
class Load:
    """A mentor's mentees before and after the round."""

    mentor: Mentor
    before: int
    new: int
    capacity: int | None


@dataclass
class Round:
    """The proposal: pairs, applicants left unmatched with the reason, and each mentor's load."""

    matches: list[Match]
    unmatched: list[tuple[Application, str]]
    loads: list[Load]
    notes: list[str]  # pins that break a rule, and the like
    rules: Rules
    table: Pairs  # fit and rules of every pair, for explaining the alternatives


class RoundError(UserError):
    """A pin or forbid that names no applicant or mentor, or a pin no place is left for."""


class Pairs:
    """Fit and the hard rules for every applicant and every mentor a mentee can ask now."""

    def __init__(self, applications: list[Application], mentors: list[Mentor], program: Program,
                 rules: Rules, today: date):
        self.applications = applications
        self.mentors = mentors
        self.program = program
        self.rules = rules
        n, m = len(applications), len(mentors)

        def table(items_of_mentees, items_of_mentors) -> tuple[np.ndarray, np.ndarray]:
            vocabulary = {item: position for position, item in enumerate(sorted(
                {item for items in (*items_of_mentees, *items_of_mentors) for item in items}))}
            mentees = np.zeros((n, len(vocabulary)), dtype=np.float64)
            offered = np.zeros((m, len(vocabulary)), dtype=np.float64)
            for row, items in enumerate(items_of_mentees):
                mentees[row, [vocabulary[item] for item in items]] = 1
            for row, items in enumerate(items_of_mentors):
                offered[row, [vocabulary[item] for item in items]] = 1
            return mentees, offered

        def shared(items_of_mentees, items_of_mentors) -> tuple[np.ndarray, np.ndarray]:
            """For each pair, how many items they share, and that as a share of the mentee's."""
            mentees, offered = table(items_of_mentees, items_of_mentors)
            count = mentees @ offered.T
            wanted = mentees.sum(axis=1, keepdims=True)
            return count, np.divide(count, wanted, out=np.zeros_like(count), where=wanted > 0)

        profiles = [mentor.profile for mentor in mentors]
        goals, self.goal_share = shared([a.goals for a in applications],
                                        [p.goals for p in profiles])
        _, self.skill_share = shared([[s.id for s in a.skills] for a in applications],
                                     [[s.id for s in mentor.skills] for mentor in mentors])
        _, self.stage = shared([[a.stage] for a in applications],
                               [p.mentee_stages for p in profiles])
        _, self.format = shared([[a.format] if a.format else [] for a in applications],
                                [p.formats for p in profiles])
        experiences, self.experience_share = shared([a.experiences for a in applications],
                                                    [p.experiences for p in profiles])
        spoken, _ = shared([a.languages for a in applications], [p.languages for p in profiles])
        # Overlap depends only on the zones and windows: worked out once per distinct pair of them.
        kinds = [(a.timezone, a.windows) for a in applications]
        zones = sorted({p.timezone for p in profiles})
        hours = {kind: [overlap_hours(kind[0], zone, today, kind[1]) for zone in zones]
                 for kind in dict.fromkeys(kinds)}
        by_zone = np.array([hours[kind] for kind in kinds],
                           dtype=np.float64).reshape(n, len(zones))
        self.overlap = by_zone[:, [zones.index(p.timezone) for p in profiles]].reshape(n, m)
        weights = rules.weights
        score = (weights.goals * self.goal_share + weights.skills * self.skill_share
                 + weights.stage * self.stage + weights.format * self.format
                 + weights.experiences * self.experience_share
                 + weights.overlap * np.minimum(self.overlap, FULL_OVERLAP) / FULL_OVERLAP)
        self.points = np.rint(score * UNIT).astype(np.int64)
        must = np.array([a.must_share and bool(a.experiences) for a in applications],
                        dtype=bool).reshape(n, 1)
        # Each rule as its own mask, in the order the reasons for not matching name them.
        self.language_ok = spoken > 0
        self.goal_ok = goals > 0
        self.overlap_ok = self.overlap >= rules.min_overlap_hours
        self.must_ok = ~must | (experiences > 0)
        self.allowed = np.ones((n, m), dtype=bool)
        mentee_row = {a.key: row for row, a in enumerate(applications)}
        mentor_column = {mentor.id: position for position, mentor in enumerate(mentors)}
        for pair in rules.forbid:
            if pair.mentee.casefold() in mentee_row and pair.mentor in mentor_column:
                self.allowed[mentee_row[pair.mentee.casefold()], mentor_column[pair.mentor]] = False
        self.eligible = (self.language_ok & self.goal_ok & self.overlap_ok & self.must_ok
                         & self.allowed)

    def fit(self, row: int, column: int) -> Fit:
        application, mentor = self.applications[row], self.mentors[column]
        profile = mentor.profile
        program = self.program
        offered_skills = {skill.id: skill.label for skill in mentor.skills}
        return Fit(
            points=int(self.points[row, column]),
            goals=tuple(program.entry("goals", goal).label for goal in application.goals
                        if goal in profile.goals),
            skills=tuple(offered_skills[skill.id] for skill in application.skills
                         if skill.id in offered_skills),
            stage=bool(self.stage[row, column]), format=bool(self.format[row, column]),
            experiences=tuple(program.entry("experiences", experience).label
                              for experience in application.experiences
                              if experience in profile.experiences),
            overlap=float(self.overlap[row, column]),
            languages=tuple(languages().name(code) for code in application.languages
                            if code in profile.languages))


def hours(count: float) -> str:
    return f"{count:g} {'hour' if count == 1 else 'hours'}"


def open_places(mentor: Mentor, rules: Rules) -> int:
    """Places a mentor can take in this round: remaining capacity, at most the round's cap."""
    if mentor.state != "open":
        return 0
    left = mentor.profile.availability.spots_left
    return rules.max_new_per_mentor if left is None else min(left, rules.max_new_per_mentor)


def solve(points: np.ndarray, eligible: np.ndarray, places: list[int]) -> list[tuple[int, int]]:
    """(row, column) pairs with the greatest total points, each column used at most `places`
    times and each row at most once, only where `eligible`.

    Each place is a column of the expanded matrix. An ineligible cell costs nothing, as leaving
    the row unmatched does, so it is dropped afterwards without changing the total. Every
    eligible cell also earns a tie-break smaller than one point in all, so among the best totals
    the one matching the most applicants is taken.
    """
    slots = np.repeat(np.arange(len(places)), places)
    if not len(slots) or not points.shape[0]:
        return []
    tie = 1 / (min(points.shape[0], len(slots)) + 1)
    cost = np.where(eligible[:, slots], -(points[:, slots] + tie), 0.0)
    rows, columns = linear_sum_assignment(cost)
    return [(int(row), int(slots[column])) for row, column in zip(rows, columns)
            if eligible[row, slots[column]]]


def propose(applications: list[Application], mentors: list[Mentor], program: Program,
            rules: Rules, today: date, kept: tuple[Pair, ...] = ()) -> Round:
    """The round: pins and `kept` pairs first, then the optimal assignment of everyone else.

    `kept` pairs (a rematch's other pairs) take their mentor's places and are not changed.
    """
    by_id = {mentor.id: mentor for mentor in mentors}
    by_key = {application.key: application for application in applications}
    places = {mentor.id: open_places(mentor, rules) for mentor in mentors}
    for pair in (*rules.pin, *rules.forbid):
        if pair.mentor not in by_id:
            raise RoundError(f"{pair.mentor}: no mentor has this profile id")
    for pair in rules.pin:
        if pair.mentee.casefold() not in by_key:
            raise RoundError(f"{pair.mentee}: no application has this email address")
    for pair in kept:
        if pair.mentor in places:
            places[pair.mentor] = max(places[pair.mentor] - 1, 0)
    pinned = {pair.mentee.casefold(): pair.mentor for pair in rules.pin}
    for mentee, mentor_id in pinned.items():
        if places[mentor_id] == 0:
            raise RoundError(f"{mentee}: cannot be pinned to {mentor_id}, who has no place left in "
                             "this round")
        places[mentor_id] -= 1
    candidates = [mentor for mentor in mentors if mentor.state == "open"]
    table = Pairs(applications, candidates, program, rules, today)
    column_of = {mentor.id: column for column, mentor in enumerate(candidates)}
    notes = []
    matches = []
    for row, application in enumerate(applications):
        pinned_to = pinned.get(application.key)
        if pinned_to is None:
            continue
        column = column_of.get(pinned_to)
        if column is None:  # pinned to a mentor not taking mentees: the organiser's call
            raise RoundError(f"{application.email}: cannot be pinned to {pinned_to}, who is not "
                             "taking new mentees")
        if not table.eligible[row, column]:
            notes.append(f"{application.name} is pinned to {by_id[pinned_to].profile.name} "
                         f"although {_broken_rule(table, row, column)}.")
        matches.append(Match(application, by_id[pinned_to], table.fit(row, column), "pinned"))
    free = [row for row, application in enumerate(applications)
            if application.key not in pinned]
    chosen = solve(table.points[free], table.eligible[free],
                   [places[mentor.id] for mentor in candidates])
    for position, column in chosen:
        row = free[position]
        matches.append(Match(applications[row], candidates[column], table.fit(row, column),
                             "matched"))
    matched = {match.application.key for match in matches}
    taken = {mentor.id: 0 for mentor in mentors}
    for match in matches:
        taken[match.mentor.id] += 1
    for pair in kept:
        taken[pair.mentor] = taken.get(pair.mentor, 0) + 1
    unmatched = [(application, why_unmatched(table, row))
                 for row, application in enumerate(applications) if application.key not in matched]
    loads = [Load(mentor, mentor.profile.availability.mentees or 0, taken[mentor.id],
                  mentor.profile.availability.capacity) for mentor in mentors
             if mentor.state == "open" or taken[mentor.id]]
    matches.sort(key=lambda match: match.application.row)
    return Round(matches, unmatched, loads, notes, rules, table)


def _broken_rule(table: Pairs, row: int, column: int) -> str:
    if not table.language_ok[row, column]:
        return "they share no language"
    if not table.goal_ok[row, column]:
        return "the mentor helps with none of the applicant's goals"
    if not table.overlap_ok[row, column]:
        return (f"they share {hours(float(table.overlap[row, column]))} of working day, fewer "
                f"than {table.rules.min_overlap_hours}")
    if not table.must_ok[row, column]:
        return "the mentor shares none of the experiences the applicant must share"
    return "the pair is also forbidden"


def why_unmatched(table: Pairs, row: int) -> str:
    """The first rule that leaves an applicant without a mentor, in plain words."""
    application = table.applications[row]
    program = table.program
    names = ", ".join(languages().name(code) for code in application.languages)
    goals = ", ".join(program.entry("goals", goal).label for goal in application.goals)
    steps = (
        (table.language_ok[row], f"no open mentor mentors in {names}"),
        (table.goal_ok[row], f"no open mentor who mentors in {names} helps with {goals}"),
        (table.overlap_ok[row], f"no open mentor for {goals} in {names} shares "
         f"{hours(table.rules.min_overlap_hours)} of working day with {application.timezone}"),
        (table.must_ok[row], "no such mentor shares one of the experiences marked 'must'"),
        (table.allowed[row], "every such mentor is forbidden for this applicant"),
    )
    possible = np.ones(len(table.mentors), dtype=bool)
    for mask, reason in steps:
        possible = possible & mask
        if not possible.any():
            return reason
    count = int(possible.sum())
    return (f"no places left for {goals}: the {count} "
            f"{'mentor who fits is' if count == 1 else 'mentors who fit are'} full this round")


def alternatives(table: Pairs, key: str, limit: int = 5) -> list[tuple[Mentor, Fit, str | None]]:
    """The mentors who fit an applicant best: (mentor, fit, the rule broken or None)."""
    rows = [row for row, application in enumerate(table.applications) if application.key == key]
    if not rows:
        raise RoundError(f"{key}: no application has this email address")
    row = rows[0]
    order = sorted(range(len(table.mentors)),
                   key=lambda column: (not table.eligible[row, column],
                                       -int(table.points[row, column]),
                                       table.mentors[column].id))
    return [(table.mentors[column], table.fit(row, column),
             None if table.eligible[row, column] else _broken_rule(table, row, column))
            for column in order[:limit]]

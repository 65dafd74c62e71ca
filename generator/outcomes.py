"""Cohort outcomes an organisation records in aggregate, shown with small counts suppressed.

The file holds totals only (no names, no individual answers). A count under SUPPRESS_BELOW is
shown as "<5", and survey averages from fewer responses are not shown, so no figure can point to
one person.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from generator.loader import load
from generator.problems import Problem
from generator.profile import (
    INVALID,
    Checker,
    Count,
    Group,
    ListOf,
    Score,
    Text,
    check_mapping,
    spec,
)
from generator.program import Program

SUPPRESS_BELOW = 5
MEASURES = ("enrolled", "completed", "retained_12_months", "promoted")


@dataclass(frozen=True)
class Survey:
    """Average answers on a 1 to 5 scale, and how many people answered."""

    responses: int = spec(Count(), "How many people answered the survey.", 28)
    confidence: float | None = spec(Score(), "Average confidence, 1 to 5.", 4.1, default=None)
    belonging: float | None = spec(Score(), "Average sense of belonging, 1 to 5.", 3.9,
                                   default=None)
    clarity: float | None = spec(Score(), "Average clarity about next steps, 1 to 5.", 4.2,
                                 default=None)


@dataclass(frozen=True)
class Cohort:
    """One cohort's totals."""

    name: str = spec(Text(40), "The cohort's name.", "2026 spring")
    enrolled: int = spec(Count(), "People who started.", 40)
    completed: int | None = spec(Count(), "People who finished.", 34, default=None)
    retained_12_months: int | None = spec(Count(), "Still in tech 12 months later.", 30,
                                          default=None)
    promoted: int | None = spec(Count(), "Promoted within 12 months.", 6, default=None)
    survey: Survey | None = spec(Group(Survey), "End-of-cohort survey.", default=None)

    def problems(self) -> list[tuple[str, str, str]]:
        """Totals that cannot be larger than the cohort: (field, message, hint)."""
        found = []
        for field in (*MEASURES[1:], "survey"):
            value = getattr(self, field)
            count = value.responses if isinstance(value, Survey) else value
            if count is not None and count > self.enrolled:
                found.append((field, f"is {count}, more than enrolled ({self.enrolled})",
                              "check the totals"))
        return found


@dataclass(frozen=True)
class Outcomes:
    """The whole file: cohorts, oldest first."""

    cohorts: tuple[Cohort, ...] = spec(ListOf(Group(Cohort), 1, noun="cohort"),
                                       "Each cohort's totals.", [])


def load_outcomes(path: Path, shown: str, program: Program) -> tuple[Outcomes | None,
                                                                        list[Problem]]:
    """The outcomes file checked like a profile: every problem located, none fatal to the build."""
    root, problems = load(shown, path.read_bytes())
    if root is None:
        return None, problems
    checker = Checker(shown, program, date.today())
    outcomes = check_mapping(Outcomes, root, "", checker)
    return (None if outcomes is INVALID else outcomes), problems + checker.problems


def visible(count: int | None) -> int | None:
    """A count the page may show, or None: not recorded, or too small to show."""
    return count if count is not None and count >= SUPPRESS_BELOW else None


def visible_score(survey: Survey | None, measure: str) -> float | None:
    """A survey average the page may show, or None: not recorded, or from too few answers."""
    if survey is None or survey.responses < SUPPRESS_BELOW:
        return None
    return getattr(survey, measure)


def shown(count: int | None) -> str:
    """A count as the page shows it."""
    if count is None:
        return "not recorded"
    return str(count) if visible(count) is not None else f"<{SUPPRESS_BELOW}"


def shown_score(survey: Survey | None, measure: str) -> str:
    """A survey average as the page shows it."""
    if survey is None or getattr(survey, measure) is None:
        return "not recorded"
    score = visible_score(survey, measure)
    return f"fewer than {SUPPRESS_BELOW} answers" if score is None else f"{score:.1f}"

"""Cohort outcomes an organisation records in aggregate, and the rule that keeps them anonymous.

The organisers keep their raw figures (totals and survey averages, never names or answers) in a
file outside the repository: the repository is public, so anything committed can be read. From
that file `mentors outcomes` writes `content/outcomes.yml` with `suppress` applied: a count under
SUPPRESS_BELOW is written "<5", a figure that would reveal one (completed beside enrolled) is
written "hidden", and survey averages from fewer answers are left out. The build reads only the
written file, and refuses one that suppression would change.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

import yaml
from babel.numbers import format_decimal

from generator.loader import Mapping, Node, Scalar, Sequence, load
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
from generator.translation import N_, _, active, ngettext

FILE = "outcomes.yml"  # in the docs folder: the figures as the site shows them
SUPPRESS_BELOW = 5
SMALL = f"<{SUPPRESS_BELOW}"  # a count too small to show
HIDDEN = "hidden"  # a count that, beside another, would reveal a small one
WAVES = ("start", "end")  # when a survey is sent during a cohort
Figure = int | str  # a count, SMALL or HIDDEN


class FigureKind(Count):
    """A count, or one already suppressed: "<5" or "hidden"."""

    def shown(self) -> str:
        return _("a whole number, '{small}' or '{hidden}'", small=SMALL, hidden=HIDDEN)

    def convert(self, value: str, node: Scalar, where: str, checker: Checker) -> Any:
        if value.strip() in (SMALL, HIDDEN):
            return value.strip()
        return super().convert(value, node, where, checker)

    def json_schema(self, program: Program) -> dict[str, Any]:
        return {"anyOf": [super().json_schema(program), {"enum": [SMALL, HIDDEN]}]}

    def describe(self, program: Program) -> str:
        return f"whole number, or '{SMALL}' or '{HIDDEN}' where the figure is suppressed"


@dataclass(frozen=True)
class MenteeSurvey:
    """The mentees' average answers on a 1 to 5 scale at one point of the cohort."""

    SCORES: ClassVar[dict[str, str]] = {  # labels in English; pages show them translated
        "confidence": N_("Confidence"), "belonging": N_("Belonging"), "clarity": N_("Clarity"),
        "felt_heard": N_("Felt heard"), "satisfaction": N_("Satisfaction")}

    responses: Figure = spec(FigureKind(), "How many mentees answered.", 27)
    confidence: float | None = spec(Score(), "Confident they can reach their career goals.", 4.1,
                                    default=None)
    belonging: float | None = spec(Score(), "Feel they belong in the tech industry.", 3.9,
                                   default=None)
    clarity: float | None = spec(Score(), "Clear about their next steps.", 4.2, default=None)
    felt_heard: float | None = spec(Score(), "Felt their mentor listened and took them seriously "
                                    "(end of cohort).", 4.5, default=None)
    satisfaction: float | None = spec(Score(), "Satisfied with the program (end of cohort).", 4.4,
                                      default=None)


@dataclass(frozen=True)
class MentorSurvey:
    """The mentors' average answers on a 1 to 5 scale at one point of the cohort."""

    SCORES: ClassVar[dict[str, str]] = {"equipped": N_("Felt equipped"),
                                        "satisfaction": N_("Satisfaction")}

    responses: Figure = spec(FigureKind(), "How many mentors answered.", 20)
    equipped: float | None = spec(Score(), "Felt equipped to support their mentees.", 4.0,
                                  default=None)
    satisfaction: float | None = spec(Score(), "Satisfied with the program (end of cohort).", 4.3,
                                      default=None)


Survey = MenteeSurvey | MentorSurvey


@dataclass(frozen=True)
class Mentees:
    """How many of one cohort's mentees started, finished and went on."""

    COUNTS: ClassVar[dict[str, str]] = {  # labels in English; pages show them translated
        "enrolled": N_("Enrolled"), "completed": N_("Completed"),
        "retained_12_months": N_("Retained 12 months"), "promoted": N_("Promoted")}

    enrolled: Figure = spec(FigureKind(), "Mentees who started.", 40)
    completed: Figure | None = spec(FigureKind(), "Mentees who finished.", 34, default=None)
    retained_12_months: Figure | None = spec(FigureKind(), "Still in tech 12 months later.", 30,
                                             default=None)
    promoted: Figure | None = spec(FigureKind(), "Promoted within 12 months.", 6, default=None)

    def problems(self) -> list[tuple[str, str, str]]:
        return _more_than(self.enrolled, {name: getattr(self, name)
                                          for name in list(self.COUNTS)[1:]},
                          lambda count, enrolled: _(
                              "is {count}, more than the mentees enrolled ({enrolled})",
                              count=count, enrolled=enrolled))


@dataclass(frozen=True)
class Mentors:
    """How many of one cohort's mentors started and finished."""

    COUNTS: ClassVar[dict[str, str]] = {"enrolled": N_("Enrolled"), "completed": N_("Completed")}

    enrolled: Figure = spec(FigureKind(), "Mentors who started.", 30)
    completed: Figure | None = spec(FigureKind(), "Mentors who finished.", 28, default=None)

    def problems(self) -> list[tuple[str, str, str]]:
        return _more_than(self.enrolled, {"completed": self.completed},
                          lambda count, enrolled: _(
                              "is {count}, more than the mentors enrolled ({enrolled})",
                              count=count, enrolled=enrolled))


# Each survey in a cohort: its field, whose answers it holds and when it was sent.
SURVEYS = {"mentee_survey_start": ("mentees", "start"), "mentee_survey_end": ("mentees", "end"),
           "mentor_survey_start": ("mentors", "start"), "mentor_survey_end": ("mentors", "end")}


@dataclass(frozen=True)
class Cohort:
    """One cohort's figures, mentees' and mentors' apart, and their surveys at the start and
    the end (the change between the two is the figure that matters)."""

    name: str = spec(Text(40), "The cohort's name.", "2026 spring")
    mentees: Mentees | None = spec(Group(Mentees), "The mentees' counts.", default=None)
    mentors: Mentors | None = spec(Group(Mentors), "The mentors' counts.", default=None)
    mentee_survey_start: MenteeSurvey | None = spec(
        Group(MenteeSurvey), "The mentees' survey at the start.", default=None)
    mentee_survey_end: MenteeSurvey | None = spec(
        Group(MenteeSurvey), "The mentees' survey at the end.", default=None)
    mentor_survey_start: MentorSurvey | None = spec(
        Group(MentorSurvey), "The mentors' survey at the start.", default=None)
    mentor_survey_end: MentorSurvey | None = spec(
        Group(MentorSurvey), "The mentors' survey at the end.", default=None)

    def survey(self, people: str, wave: str) -> Survey | None:
        """The survey of `people` ("mentees" or "mentors") sent at `wave` ("start" or "end")."""
        return getattr(self, f"{people[:-1]}_survey_{wave}")

    def problems(self) -> list[tuple[str, str, str]]:
        found = []
        for field, (people, _wave) in SURVEYS.items():
            group, survey = getattr(self, people), getattr(self, field)
            if group is not None and survey is not None:
                found += _more_than(group.enrolled, {field: survey.responses},
                                    partial(_answers_more_than, people))
        return found


def _answers_more_than(people: str, answers: int, enrolled: int) -> str:
    """A survey's answers, more than the `people` ("mentees" or "mentors") who could give them."""
    if people == "mentees":
        return ngettext("is {answers} answer, more than the mentees enrolled ({enrolled})",
                        "is {answers} answers, more than the mentees enrolled ({enrolled})",
                        answers, answers=answers, enrolled=enrolled)
    return ngettext("is {answers} answer, more than the mentors enrolled ({enrolled})",
                    "is {answers} answers, more than the mentors enrolled ({enrolled})",
                    answers, answers=answers, enrolled=enrolled)


@dataclass(frozen=True)
class Outcomes:
    """The whole file: cohorts, oldest first."""

    cohorts: tuple[Cohort, ...] = spec(ListOf(Group(Cohort), 1, noun=N_("cohort"),
                                              plural=N_("cohorts")),
                                       "Each cohort's figures.", [])


def _more_than(enrolled: Figure, counts: dict[str, Figure | None],
               message: Callable[[int, int], str]) -> list[tuple[str, str, str]]:
    """Counts larger than the group that started: (field, message, hint); `message` words one
    from the count and the number enrolled."""
    if not isinstance(enrolled, int):
        return []
    return [(field, message(count, enrolled), _("check the totals"))
            for field, count in counts.items() if isinstance(count, int) and count > enrolled]


@dataclass(frozen=True)
class Suppressed:
    """One figure `suppress` changed: where it is in the file, and why."""

    path: tuple[str | int, ...]  # keys and list positions, from the top of the file
    why: str

    @property
    def where(self) -> str:
        """The path as problems name fields: cohorts[1].mentees.promoted."""
        text = ""
        for part in self.path:
            text += f"[{part + 1}]" if isinstance(part, int) else f".{part}"
        return text.lstrip(".")


def suppress(outcomes: Outcomes) -> tuple[Outcomes, list[Suppressed]]:
    """The figures as they may be published, and each figure that had to change."""
    changed: list[Suppressed] = []
    cohorts = []
    for number, cohort in enumerate(outcomes.cohorts):
        at: tuple[str | int, ...] = ("cohorts", number)
        values: dict[str, Any] = {}
        for people in ("mentees", "mentors"):
            group = getattr(cohort, people)
            if group is not None:
                values[people] = _suppress_counts(group, (*at, people), changed)
        for field in SURVEYS:
            survey = getattr(cohort, field)
            if survey is not None:
                values[field] = _suppress_answers(survey, (*at, field), changed)
        cohorts.append(dataclasses.replace(cohort, **values))
    return Outcomes(tuple(cohorts)), changed


def _suppress_counts(group: Any, at: tuple[str | int, ...], changed: list[Suppressed]) -> Any:
    """Small counts written "<5"; completed "hidden" when it shows that few did not complete."""
    values: dict[str, Figure] = {}
    for field in group.COUNTS:
        count = getattr(group, field)
        if isinstance(count, int) and count < SUPPRESS_BELOW:
            changed.append(Suppressed((*at, field), _("is {count}, fewer than {least}",
                                                      count=count, least=SUPPRESS_BELOW)))
            values[field] = SMALL
    enrolled, completed = (values.get(name, getattr(group, name))
                           for name in ("enrolled", "completed"))
    if (isinstance(enrolled, int) and isinstance(completed, int)
            and 0 < enrolled - completed < SUPPRESS_BELOW):
        changed.append(Suppressed((*at, "completed"), _(
            "is {completed}: beside {enrolled} enrolled it shows that fewer than {least} did not "
            "complete", completed=completed, enrolled=enrolled, least=SUPPRESS_BELOW)))
        values["completed"] = HIDDEN
    return dataclasses.replace(group, **values)


def _suppress_answers(survey: Survey, at: tuple[str | int, ...],
                      changed: list[Suppressed]) -> Survey:
    """A survey with fewer than 5 answers keeps only "<5" answers, and no averages."""
    if not isinstance(survey.responses, int) or survey.responses >= SUPPRESS_BELOW:
        return survey
    changed += [Suppressed((*at, score), ngettext(
                    "is an average of {answers} answer, fewer than {least}",
                    "is an average of {answers} answers, fewer than {least}", survey.responses,
                    answers=survey.responses, least=SUPPRESS_BELOW))
                for score in survey.SCORES if getattr(survey, score) is not None]
    changed.append(Suppressed((*at, "responses"), _("is {count}, fewer than {least}",
                                                    count=survey.responses,
                                                    least=SUPPRESS_BELOW)))
    return type(survey)(responses=SMALL)


def load_outcomes(path: Path, shown: str, program: Program) -> tuple[Outcomes | None,
                                                                        list[Problem]]:
    """The organisers' raw figures, checked like a profile: every problem located."""
    root, problems = load(shown, path.read_bytes())
    if root is None:
        return None, problems
    checker = Checker(shown, program, date.today())
    outcomes = check_mapping(Outcomes, root, "", checker)
    return (None if outcomes is INVALID else outcomes), problems + checker.problems


def load_published(path: Path, shown: str, program: Program) -> tuple[Outcomes | None,
                                                                         list[Problem]]:
    """The file the site shows, checked like the raw one and refused if any figure in it should
    have been suppressed: in the repository, anyone can read it."""
    outcomes, problems = load_outcomes(path, shown, program)
    if outcomes is None:
        return None, problems
    root, _problems = load(shown, path.read_bytes())
    leaks = [Problem(shown, *_position(root, item.path),
                     _("{why}, and this file is public", why=item.why), item.where,
                     _("keep the raw figures in a file outside the repository and write this "
                       "one with 'mentors outcomes RAW.yml', which suppresses them"))
             for item in suppress(outcomes)[1]]
    return (None if leaks else outcomes), problems + leaks


def _position(node: Node | None, path: tuple[str | int, ...]) -> tuple[int, int]:
    """Line and column of the value at `path` in the loaded file."""
    for part in path:
        if isinstance(node, Mapping) and isinstance(part, str) and part in node.entries:
            node = node.entries[part][1]
        elif isinstance(node, Sequence) and isinstance(part, int) and part < len(node.items):
            node = node.items[part]
    return (node.line, node.column) if node is not None else (1, 1)


def published_yaml(outcomes: Outcomes, header: str) -> str:
    """The suppressed figures as the YAML file the site reads, behind a comment `header`."""

    def plain(value: Any) -> Any:
        if dataclasses.is_dataclass(value):
            return {field.name: plain(getattr(value, field.name))
                    for field in dataclasses.fields(value) if getattr(value, field.name) is not None}
        if isinstance(value, tuple):
            return [plain(item) for item in value]
        return value

    body = yaml.safe_dump(plain(outcomes), sort_keys=False, allow_unicode=True, width=100)
    return "".join(f"# {line}\n".replace("# \n", "#\n") for line in header.splitlines()) + body


def visible(count: Figure | None) -> int | None:
    """A count the page may draw, or None: not recorded, suppressed, or too small to show."""
    return count if isinstance(count, int) and count >= SUPPRESS_BELOW else None


def shown(count: Figure | None) -> str:
    """A count as the page shows it, in the site's language."""
    if count is None:
        return _("not recorded")
    if count == HIDDEN:
        # Translators: a count left out because, beside another, it would reveal a small one.
        return _("hidden")
    if isinstance(count, str):
        return count
    return active().number(count) if visible(count) is not None else SMALL


def visible_score(survey: Survey | None, measure: str) -> float | None:
    """A survey average the page may draw, or None: not recorded, or from too few answers."""
    if survey is None or visible(survey.responses) is None:
        return None
    return getattr(survey, measure)


def shown_score(survey: Survey | None, measure: str) -> str:
    """A survey average as the page shows it."""
    if survey is None:
        return _("not recorded")
    if visible(survey.responses) is None:
        return ngettext("fewer than {count} answer", "fewer than {count} answers", SUPPRESS_BELOW)
    score = getattr(survey, measure)
    return _("not recorded") if score is None else format_decimal(round(score, 1), "0.0",
                                                                  locale=active().formats)

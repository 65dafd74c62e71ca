"""The formal track's cohorts, as the organiser lists them under the plugin in `mkdocs.yml`.

Each cohort is checked like a profile (same field kinds, every problem located by line and column
in `mkdocs.yml`), then gives the banner on the home and directory pages, the cohort page's
timeline and a calendar file.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

import yaml

from generator.loader import Mapping, Node, Scalar, Sequence
from generator.problems import Problem
from generator.profile import (
    INVALID,
    Checker,
    Count,
    Day,
    Group,
    ListOf,
    Pattern,
    Text,
    Url,
    check_mapping,
    spec,
)
from generator.program import Program
from generator.settings import PLUGIN_NAME, TolerantLoader
from generator.translation import N_

COHORT_ID = r"[a-z0-9]+(?:-[a-z0-9]+)*"
# The milestones in the order they happen: the timeline, the calendar and the order check use it.
# Labels in English; the cohort page shows them in the site's language.
MILESTONES = (("applications_open", N_("Applications open")),
              ("applications_close", N_("Applications close")),
              ("kickoff", N_("Kickoff session")),
              ("midpoint", N_("Mid-point check-in")),
              ("closing", N_("Closing celebration")))

State = Literal["upcoming", "applications", "running", "finished"]


@dataclass(frozen=True)
class Cohort:
    """One cohort of the formal track: its dates, its application form and its places."""

    id: str = spec(Pattern(COHORT_ID, "an id such as '2026-spring'"),
                   "Short name for addresses: the calendar file is cohorts/<id>.ics.",
                   "2026-spring")
    name: str = spec(Text(60), "The cohort's name as people see it.", "Spring 2026 cohort")
    applications_open: date = spec(Day(), "First day of applications.", "2026-02-02")
    applications_close: date = spec(Day(), "Last day of applications.", "2026-02-15")
    kickoff: date = spec(Day(), "Day of the kickoff session.", "2026-03-04")
    midpoint: date = spec(Day(), "Day of the mid-point check-in.", "2026-06-03")
    closing: date = spec(Day(), "Day of the closing celebration.", "2026-09-02")
    application: str | None = spec(Url(), "The application form, in your form tool.",
                                   "https://forms.example.org/spring-2026", default=None)
    places: int | None = spec(Count(), "How many mentees the cohort can take.", 30, default=None)
    description: str | None = spec(Text(300), "One or two sentences about the cohort.",
                                   "Six months of mentoring, in pairs and circles.", default=None)

    def problems(self) -> list[tuple[str, str, str]]:
        """Milestones out of order: (field, message, hint), at the later field."""
        found = []
        for (before, before_label), (after, after_label) in itertools.pairwise(MILESTONES):
            first, then = getattr(self, before), getattr(self, after)
            if then < first or (after == "kickoff" and then == first):
                relation = "on the same day as" if then == first else "before"
                found.append((after, f"{then.isoformat()} is {relation} {before} "
                              f"({first.isoformat()})",
                              f"{after_label.lower()} must come after "
                              f"{before_label.lower()}"))
        return found

    def milestones(self) -> list[tuple[str, str, date]]:
        """(field, label, day) for each milestone, in order."""
        return [(field, label, getattr(self, field)) for field, label in MILESTONES]

    def state(self, today: date) -> State:
        if today < self.applications_open:
            return "upcoming"
        if today <= self.applications_close:
            return "applications"
        return "running" if today <= self.closing else "finished"


@dataclass(frozen=True)
class Cohorts:
    """The `cohorts:` setting: a list of cohorts."""

    cohorts: tuple[Cohort, ...] = spec(ListOf(Group(Cohort), noun="cohort"),
                                       "The formal track's cohorts.", [])


def load_cohorts(config_file: Path, shown: str, given: list[Any], program: Program
                 ) -> tuple[tuple[Cohort, ...], list[Problem]]:
    """The cohorts of the plugin settings, each problem located in the configuration file.

    `given` is the setting as MkDocs read it: used as it is (located at line 1) when the file
    does not hold it itself, as with `INHERIT`.
    """
    problems: list[Problem] = []
    node = _located_setting(config_file, shown, problems)
    if node is None:
        node = _node_from_data(given)
    checker = Checker(shown, program, date.today())
    value = check_mapping(Cohorts, Mapping({"cohorts": (Scalar("cohorts", node.line, node.column,
                                                                True), node)},
                                           node.line, node.column), "", checker)
    problems += checker.problems + _repeated_ids(node, shown)
    if value is INVALID or any(problem.is_error for problem in problems):
        return (), problems
    return tuple(sorted(value.cohorts, key=lambda cohort: cohort.applications_open)), problems


def _repeated_ids(node: Node, shown: str) -> list[Problem]:
    """Each id used by an earlier cohort, found on the nodes so the other checks need not pass."""
    seen: dict[str, int] = {}
    problems = []
    for position, item in enumerate(node.items if isinstance(node, Sequence) else ()):
        entry = item.entries.get("id") if isinstance(item, Mapping) else None
        if entry is None or not isinstance(entry[1], Scalar):
            continue
        cohort_id = entry[1].value.strip()
        if cohort_id in seen:
            problems.append(Problem(shown, entry[0].line, entry[0].column,
                                    f"'{cohort_id}' is also the id of cohort {seen[cohort_id]}",
                                    f"cohorts[{position + 1}].id", "give each cohort its own id"))
        seen.setdefault(cohort_id, position + 1)
    return problems


def featured(cohorts: tuple[Cohort, ...], today: date) -> Cohort | None:
    """The cohort the banner shows: one taking applications, else the next, else one running."""
    for wanted in ("applications", "upcoming", "running"):
        for cohort in cohorts:
            if cohort.state(today) == wanted:
                return cohort
    return None


def _located_setting(config_file: Path, shown: str, problems: list[Problem]) -> Node | None:
    """The `cohorts:` value in the file, as located nodes; None when the file does not hold it."""
    try:
        root = yaml.compose(config_file.read_text("utf-8"), Loader=TolerantLoader)
    except (OSError, yaml.YAMLError):
        return None  # MkDocs itself has read the settings; a file it cannot give is not ours
    plugins = _value(root, "plugins")
    for plugin in plugins.value if isinstance(plugins, yaml.SequenceNode) else ():
        setting = _value(_value(plugin, PLUGIN_NAME), "cohorts")
        if setting is not None:
            return _to_node(setting, shown, problems, "cohorts")
    return None


def _value(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    return next((value for name, value in node.value
                 if isinstance(name, yaml.ScalarNode) and name.value == key), None)


def _to_node(node: yaml.Node, shown: str, problems: list[Problem], where: str) -> Node:
    """A composed YAML node as the loader's nodes; duplicate keys are reported, as in profiles."""
    line, column = node.start_mark.line + 1, node.start_mark.column + 1
    if isinstance(node, yaml.ScalarNode):
        return Scalar(node.value, line, column, plain=node.style is None)
    if isinstance(node, yaml.SequenceNode):
        return Sequence([_to_node(item, shown, problems, f"{where}[{position + 1}]")
                         for position, item in enumerate(node.value)], line, column)
    entries: dict[str, tuple[Scalar, Node]] = {}
    for key, value in node.value:
        name = str(key.value) if isinstance(key, yaml.ScalarNode) else ""
        key_node = Scalar(name, key.start_mark.line + 1, key.start_mark.column + 1, True)
        if name in entries:
            problems.append(Problem(shown, key_node.line, key_node.column,
                                    f"appears twice (first on line {entries[name][0].line})",
                                    f"{where}.{name}", "keep one of them"))
            continue
        entries[name] = (key_node, _to_node(value, shown, problems, f"{where}.{name}"))
    return Mapping(entries, line, column)


def _node_from_data(value: Any) -> Node:
    """Settings MkDocs has already read, as nodes located at the top of the file."""
    if isinstance(value, dict):
        return Mapping({str(key): (Scalar(str(key), 1, 1, True), _node_from_data(item))
                        for key, item in value.items()}, 1, 1)
    if isinstance(value, list):
        return Sequence([_node_from_data(item) for item in value], 1, 1)
    return Scalar("" if value is None else str(value), 1, 1, not isinstance(value, str))

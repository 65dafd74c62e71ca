"""What every format's reader gives the import: rows of cells, each named by the profile field it
fills and by where it came from in the file, so that every problem names the cell to change."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from generator.loader import Scalar
from generator.problems import Problem, Severity
from generator.profile import Group, Profile


@dataclass(frozen=True)
class Cell:
    """One value as the file holds it, and how the report names its place."""

    text: str
    source: str  # "column 'Time zone'", "'skills.focus[2]'"
    column: int = 1  # the spreadsheet column, counted from 1; 1 elsewhere


@dataclass
class Row:
    """One mentor as read from the file, before any value is converted."""

    number: int  # the spreadsheet row (the header is row 1), or the entry counted from 1
    label: str  # how the report names it: "row 7", "entry 3 (line 40)"
    path: str  # the file as the report shows it
    cells: dict[str, list[Cell]] = field(default_factory=dict)  # field ("contact.email") -> cells
    kept: list[tuple[str, Cell]] = field(default_factory=list)  # (label, cell) for the bio
    problems: list[Problem] = field(default_factory=list)

    def add(self, name: str, cell: Cell) -> None:
        """A cell for a profile field; list fields take several."""
        if cell.text.strip():
            self.cells.setdefault(name, []).append(cell)

    def keep(self, label: str, cell: Cell) -> None:
        """Text with no field in a profile, kept in the bio under `label`."""
        if cell.text.strip():
            self.kept.append((label, cell))

    def report(self, cell: Cell | None, message: str, hint: str | None = None,
               severity: Severity = "error") -> None:
        self.problems.append(Problem(self.path, self.number, cell.column if cell else 1, message,
                                     cell.source if cell else None, hint, severity))

    def node(self, cell: Cell) -> Scalar:
        """The cell as a schema kind's check takes it: its problems come out at the cell."""
        return Scalar(cell.text, self.number, cell.column, plain=False)

    @property
    def refused(self) -> bool:
        return any(problem.is_error for problem in self.problems)


@dataclass
class Source:
    """One file's rows, what it holds that no profile field takes, and where each field goes."""

    path: str
    rows: list[Row] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # the file cannot be imported
    unit: str = "entry"  # what the file calls a mentor: "row", "entry"
    left_out: Counter[str] = field(default_factory=Counter)  # "'sort'" -> rows that held it
    why_left_out: dict[str, str] = field(default_factory=dict)
    left_out_hint: str | None = None  # how to import what was left out, where there is a way
    # How this format gives a field, for hints: "in the column 'Time zone'".
    where: Callable[[str], str] = lambda name: f"as '{name}'"


    def leave_out(self, name: str, why: str | None = None) -> None:
        """Something with no profile field, counted for the report."""
        self.left_out[name] += 1
        if why:
            self.why_left_out[name] = why


@dataclass(frozen=True)
class FieldSpec:
    """A profile field as the import fills it: its dotted name, kind and documentation."""

    name: str  # "timezone", "contact.email"
    kind: Any
    doc: str
    required: bool


def _fields() -> dict[str, FieldSpec]:
    found = {}
    for spec_field in dataclasses.fields(Profile):
        meta = spec_field.metadata
        if isinstance(meta["kind"], Group):
            for inner in dataclasses.fields(meta["kind"].schema):
                name = f"{spec_field.name}.{inner.name}"
                found[name] = FieldSpec(name, inner.metadata["kind"], inner.metadata["doc"], False)
        else:
            found[spec_field.name] = FieldSpec(spec_field.name, meta["kind"], meta["doc"],
                                               spec_field.default is dataclasses.MISSING)
    return found


FIELDS = _fields()  # every field a row can fill, in the schema's order
# Profile fields a directory format may add to an entry by their own name, for what the format
# has no key for.
ADDED_FIELDS = ("github", "timezone", "goals", "pronouns", "mentee_stages", "formats",
                "experiences")

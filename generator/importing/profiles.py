"""A row's values written as a profile file, then checked by the same loader and checks as every
profile: what the import writes is what `mentors validate` would accept, and each problem the
check finds is reported at the cell the value came from."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from typing import Any

from generator import loader
from generator.importing.convert import Conversion
from generator.importing.source import FIELDS, Row
from generator.profile import Profile, check_profile
from generator.profile_text import profile_text as profile_file
from generator.program import Program

_FIELD = re.compile(r"([a-z_.]+?)(?:\[(\d+)\])?")


def profile_text(conversion: Conversion) -> str:
    """The profile file: the modeline, then the fields in the schema's order, groups nested."""
    data: dict[str, Any] = {}
    for name in FIELDS:
        if name in conversion.values:
            group, _, key = name.rpartition(".")
            (data.setdefault(group, {}) if group else data)[key] = conversion.values[name].value
    return profile_file(data)


def check_row(row: Row, conversion: Conversion, text: str, program: Program, today: date
              ) -> Profile | None:
    """The checked profile, or None; the check's problems are added to the row at their cells,
    except for fields whose problems the row already holds."""
    root, problems = loader.load("import.yml", text.encode("utf-8"))
    profile = None
    if root is not None:
        profile, problems = check_profile("import.yml", root, program, today)
    said = {(existing.field, existing.message) for existing in row.problems}
    for problem in problems:
        found = _FIELD.fullmatch(problem.field or "")
        name = found[1] if found else None
        if name in conversion.failed:
            continue  # reported already, at its cell, when the value was converted
        converted = conversion.values.get(name or "")
        if converted is None:  # not a value the import wrote: a bug, said as it is
            row.problems.append(dataclasses.replace(problem, path=row.path, line=row.number))
            continue
        index = int(found[2]) - 1 if found and found[2] else 0
        cell = converted.cells[min(index, len(converted.cells) - 1)]
        if (cell.source, problem.message) not in said:  # else said when it was converted
            row.report(cell, problem.message, problem.hint, problem.severity)
    return profile if not row.refused else None

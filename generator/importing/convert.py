"""One row's cells as the values its profile will hold: ids from labels and phrases, language
codes from names, skills through the taxonomy, handles from web addresses, a time zone from a
place. What cannot be converted is reported at its cell; nothing is guessed or dropped quietly."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from generator.importing.source import FIELDS, Cell, Row
from generator.places import offset_zone, zone_for, zone_of_location
from generator.profile import (
    INVALID,
    Boolean,
    Checker,
    Count,
    Language,
    ListOf,
    ProgramId,
    Skill,
    Text,
    TimeZone,
)
from generator.program import Program
from generator.spreadsheets import named_runs
from generator.taxonomy import skill_key

# List cells hold several values separated by commas or line breaks (semicolons too, as some
# form tools join checkbox answers with them).
_SEPARATORS = re.compile(r"[,;\n]")
_LANGUAGE_SEPARATORS = re.compile(r"[,;/\n]|\s+(?:and|&)\s+", re.IGNORECASE)
# A phone number in free text: 9 to 15 digits in groups, perhaps after + and with ( ) . - or
# spaces between them. Web addresses are taken out first: their digits are not phone numbers.
_PHONE = re.compile(r"(?<![\w+])\+?\(?\d{1,4}\)?(?:[ .\-]?\(?\d{2,5}\)?){2,6}(?!\w)")
_WEB_ADDRESS = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
_YES = {"yes", "y", "true", "x", "1"}
_NO = {"no", "n", "false", "0"}


@dataclass(frozen=True)
class Converted:
    """A field's value as it will be written, with the cell each part of it came from."""

    value: Any
    cells: tuple[Cell, ...]  # one per item of a list; else the one cell


@dataclass(frozen=True)
class Conversion:
    """A row's values, and the fields already reported as wrong (their checks stay quiet)."""

    values: dict[str, Converted]
    failed: frozenset[str]


def convert_row(row: Row, program: Program, where: Callable[[str], str],
                default_goals: Sequence[str] = (), today: date | None = None) -> Conversion:
    """The profile values of one row, every problem reported on the row."""
    checker = Checker(row.path, program, today or date.today(), row.problems)
    values: dict[str, Converted] = {}
    failed: set[str] = set()
    for name, spec in FIELDS.items():
        cells = row.cells.get(name, [])
        if name == "bio":
            cells = cells + [cell for _, cell in row.kept]
        if name == "goals" and not cells and default_goals:
            cells = [Cell(", ".join(default_goals), "--goals")]
            row.report(None, f"no goals given; {', '.join(default_goals)} from --goals",
                       "check them with the mentor", severity="warning")
        before = len(row.problems)
        if not cells:
            value = (_zone_of_location(row.cells["location"][0], row, where)
                     if name == "timezone" and "location" in row.cells else None)
        elif name == "timezone":
            value = _timezone(cells, row, checker)
        else:
            value = _value(name, spec.kind, cells, row, checker)
        if any(problem.is_error for problem in row.problems[before:]):
            failed.add(name)
        elif value is not None:
            values[name] = value
        elif spec.required:
            failed.add(name)
            hint = f"give it {where(name)}"
            if name == "goals":
                hint += ", or run again with --goals and the ids of the goals these mentors offer"
            row.report(None, f"{name} is missing ({spec.doc.rstrip('.')})", hint)
    return Conversion(values, frozenset(failed))


CHANNELS = ("contact.form", "contact.calendar", "contact.email")


def pause_if_unreachable(conversion: Conversion, row: Row, program: Program) -> None:
    """A mentor the file gives no way to reach is written as not accepting, and the report says
    so: the profile stays valid, and no mentee meets a dead end."""
    values = conversion.values
    accepting = values.get("availability.accepting")
    if (program.request_form or any(name in values for name in CHANNELS)
            or (accepting is not None and accepting.value is False)):
        return
    values["availability.accepting"] = Converted(False, (Cell("no", "no contact given"),))
    row.report(None, "no contact form, booking link or email: written as not accepting mentees",
               "add one under 'contact:' and set 'accepting: true' under 'availability:'",
               severity="warning")


def _value(name: str, kind: Any, cells: list[Cell], row: Row, checker: Checker
           ) -> Converted | None:
    """A field's value by the kind the schema declares for it; None once reported."""
    if isinstance(kind, ListOf):
        return _items(name, kind.item, cells, row, checker)
    if isinstance(kind, Text) and kind.markdown:
        return _markdown_text(kind, cells, row, checker)
    for extra in cells[1:]:
        row.report(extra, f"is a second value for {name}", "keep the one the profile should show")
    cell = cells[0]
    text = cell.text.strip()
    if isinstance(kind, Text):
        return _text(" ".join(text.split()), cell, row)
    if isinstance(kind, Boolean):
        answer = text.casefold()
        if answer in _YES | _NO:
            return Converted(answer in _YES, (cell,))
        row.report(cell, f"'{text}' is not yes or no", "write yes or no")
        return None
    if isinstance(kind, Count):
        number = re.fullmatch(r"(\d{1,6})(?:\s+[^\W\d_][^\d]*)?", text)
        if number:
            return Converted(int(number[1]), (cell,))
        row.report(cell, f"'{text}' is not a whole number", "write one number, such as 3")
        return None
    if name == "contact.email" and text.casefold().startswith("mailto:"):
        text = text[len("mailto:"):]  # a spreadsheet's link cell, exported as its target
    # The schema's own kind reads pasted addresses and handles into the form profiles store.
    value = kind.check(row.node(Cell(text, cell.source, cell.column)), cell.source, checker)
    return None if value is INVALID else Converted(value, (cell,))


def _text(text: str, cell: Cell, row: Row) -> Converted | None:
    """Free text, published as written: a phone number in it is reported, never published."""
    without_links = _WEB_ADDRESS.sub(" ", text)
    for found in _PHONE.finditer(without_links):
        if 9 <= sum(char.isdigit() for char in found[0]) <= 15:
            row.report(cell, f"contains what looks like a phone number '{found[0].strip()}'",
                       "remove it: this text is published as written, on the site and in the "
                       "repository's history; mentees reach mentors through the contact fields")
            return None
    return Converted(text, (cell,))


def _markdown_text(kind: Text, cells: list[Cell], row: Row, checker: Checker
                   ) -> Converted | None:
    """The bio: the bio's own cell, then each kept value as a paragraph 'Label: text'.

    Each cell is checked alone first, so a problem names the cell it is in.
    """
    labels = {id(cell): label for label, cell in row.kept}
    paragraphs = []
    for cell in cells:
        lines = [line.rstrip() for line in cell.text.replace("\r\n", "\n").split("\n")]
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
        if id(cell) in labels:
            text = f"{labels[id(cell)]}: {' '.join(text.split())}"
        if kind.convert(text, row.node(cell), cell.source, checker) is INVALID:
            return None
        if _text(text, cell, row) is None:
            return None
        paragraphs.append(text)
    bio = "\n\n".join(paragraphs)
    if len(bio) > kind.max_length and row.kept:
        kept = ", ".join(dict.fromkeys(label for label, _ in row.kept))
        row.report(cells[0], f"with what is kept in it ({kept}), the bio is {len(bio):,} "
                   f"characters long; the limit is {kind.max_length:,}",
                   "shorten the bio or those values")
        return None
    return Converted(bio, tuple(cells))


def _items(name: str, item: Any, cells: list[Cell], row: Row, checker: Checker
           ) -> Converted | None:
    """A list field from cells that each hold one value or several."""
    found: list[tuple[Any, Cell]] = []
    for cell in cells:
        if isinstance(item, ProgramId):
            found += [(value, cell) for value in _program_ids(item.list_name, cell, row, checker)]
        elif isinstance(item, Language):
            pieces = _LANGUAGE_SEPARATORS.split(cell.text)
            found += [(item.convert(piece.strip(), row.node(cell), cell.source, checker), cell)
                      for piece in pieces if piece.strip()]
        elif isinstance(item, Skill):
            found += [(_skill(piece, checker.program), cell)
                      for piece in _SEPARATORS.split(cell.text) if piece.strip()]
        else:
            found += [(" ".join(piece.split()), cell)
                      for piece in _SEPARATORS.split(cell.text) if piece.strip()]
    if any(value is INVALID for value, _ in found):
        return None
    unique: dict[str, tuple[Any, Cell]] = {}
    for value, cell in found:  # "JS" and "JavaScript" are one skill, "pt" and "Portuguese" one
        key = checker.program.taxonomy.match(value).id if isinstance(item, Skill) else value
        unique.setdefault(key, (value, cell))
    if not unique:
        return None
    return Converted([value for value, _ in unique.values()],
                     tuple(cell for _, cell in unique.values()))


def _skill(written: str, program: Program) -> str:
    """A skill the taxonomy knows by this spelling, as its label; anything else as written
    (a likely typo then gets the profile check's warning, and is not changed)."""
    text = " ".join(written.split())
    match = program.taxonomy.match(text)
    return match.label if match.known and match.exact else text


@cache
def _vocabulary(program: Program, list_name: str) -> dict[str, frozenset[str]]:
    """Every id, label and phrase of one program list, by its key, with the ids it names."""
    words: dict[str, set[str]] = {}
    for entry in program.entries(list_name):
        for text in (entry.id, entry.label, *entry.phrases):
            words.setdefault(skill_key(text), set()).add(entry.id)
    return {key: frozenset(ids) for key, ids in words.items()}


def _program_ids(list_name: str, cell: Cell, row: Row, checker: Checker) -> list[Any]:
    """Ids from a cell of labels, ids or phrases. A label may hold a comma itself ("Trans,
    non-binary or gender-diverse"), so the longest run of pieces that names an entry is taken."""
    known = _vocabulary(checker.program, list_name)
    pieces = _SEPARATORS.split(cell.text)
    found: list[Any] = []
    for run, named in named_runs(pieces, lambda text: skill_key(text) in known):
        if not named:
            # The schema's own check says what is wrong, with "did you mean".
            found.append(ProgramId(list_name).convert(run, row.node(cell), cell.source, checker))
            continue
        written = " ".join(run.split())
        ids = sorted(known[skill_key(written)])
        if len(ids) > 1:
            row.report(cell, f"'{written}' could be any of {', '.join(ids)}",
                       f"write the id of the one meant, from the program's {list_name} list")
            found.append(INVALID)
        else:
            found.append(ids[0])
    return found


def _timezone(cells: list[Cell], row: Row, checker: Checker) -> Converted | None:
    """A zone name, a city, a place or a fixed offset given as the time zone."""
    for extra in cells[1:]:
        row.report(extra, "is a second value for timezone", "keep the one the profile should show")
    cell = cells[0]
    text = " ".join(cell.text.split())
    zone = zone_for(text)
    if zone is not None and zone == offset_zone(text):
        row.report(cell, f"'{text}' is a fixed offset: written as {zone}, which never changes "
                   "for daylight saving time", "write the zone's name, such as 'Europe/Berlin', "
                   "if the mentor's clocks change in summer", severity="warning")
    if zone is None:
        placed = zone_of_location(text)
        zone = placed.zone
        if zone is None and placed.country:
            row.report(cell, f"'{text}' could be any of {placed.country}'s {len(placed.zones)} "
                       "time zones", f"write the mentor's own, such as '{placed.zones[0]}'")
            return None
    if zone is None:
        TimeZone().convert(text, row.node(cell), cell.source, checker)
        return None
    return Converted(zone, (cell,))


def _zone_of_location(cell: Cell, row: Row, where: Callable[[str], str]) -> Converted | None:
    """The time zone a location names, where it names only one; otherwise the report asks."""
    location = " ".join(cell.text.split())
    placed = zone_of_location(location)
    if placed.zone is not None:
        row.report(cell, f"no time zone given; {placed.zone}, from the location '{location}'",
                   f"give the time zone {where('timezone')} if the mentor lives elsewhere",
                   severity="warning")
        return Converted(placed.zone, (cell,))
    if placed.country is not None:
        row.report(cell, f"no time zone given, and {placed.country} has {len(placed.zones)} time "
                   f"zones", f"give the mentor's time zone {where('timezone')}, such as "
                   f"'{placed.zones[0]}'")
    else:
        row.report(cell, f"no time zone given, and the location '{location}' names no city "
                   "or country with one time zone",
                   f"give the mentor's time zone {where('timezone')}, such as 'Europe/Berlin'")
    return None

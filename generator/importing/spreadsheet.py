"""A spreadsheet's CSV export: one mentor per row, one profile field per column.

A column is found by the field's name ('timezone', 'contact.email'), its last part ('email',
'hours per month') or the issue form's label for it ('Time zone', 'Booking link'), in any case;
an optional 'id' column names the file. `--map 'COLUMN=FIELD'` names any other column. List
fields may come from several columns; the bio too, each later column a paragraph of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import process

from generator.importing.source import FIELDS, Cell, Row, Source
from generator.issue_form import LABELS
from generator.problems import Problem, UserError
from generator.profile import ListOf
from generator.spreadsheets import header_key, read_table

ID_COLUMN = "id"  # the profile id (its file name); made from the name when there is none


def _spellings() -> dict[str, str]:
    """Header key -> field, for every way the contract lets a column name a field."""
    leaves = [name.rpartition(".")[2] for name in FIELDS]
    found = {header_key(ID_COLUMN): ID_COLUMN}
    for name in FIELDS:
        leaf = name.rpartition(".")[2]
        names = {name, name.replace("_", " "), LABELS.get(name, name)}
        if leaves.count(leaf) == 1:
            names |= {leaf, leaf.replace("_", " ")}
        found.update({header_key(spelling): name for spelling in names})
    return found


SPELLINGS = _spellings()


def field_named(text: str) -> str:
    """The field a --map names, by any spelling a column may use."""
    name = SPELLINGS.get(header_key(text))
    if name is None:
        close = process.extractOne(header_key(text), list(SPELLINGS), score_cutoff=75)
        hint = (f"did you mean '{SPELLINGS[close[0]]}'?" if close
                else f"the fields are: {', '.join([ID_COLUMN, *FIELDS])}")
        raise UserError(f"--map: '{text}' is not a profile field; {hint}")
    return name


def read_spreadsheet(data: bytes, shown: str, mapping: Sequence[str] = (),
                     default_goals: bool = False) -> Source:
    """The rows of a CSV export, their cells named by field; `mapping` holds 'COLUMN=FIELD'
    pairs. `default_goals`: --goals was given, so a goals column is not required."""
    source = Source(shown, unit="row", left_out_hint="To import a column, name its field with "
                    "--map 'COLUMN=FIELD'.")
    rows, unreadable = read_table(data, shown)
    if unreadable is not None:
        source.problems.append(unreadable)
        return source
    if not rows or not any(cell.strip() for cell in rows[0]):
        source.problems.append(Problem(shown, 1, 1, "file is empty",
                                       hint="export the sheet (or the form's answers) as CSV"))
        return source
    header = [cell.strip() for cell in rows[0]]
    columns = _columns(header, shown, mapping, source)
    required = [name for name, spec in FIELDS.items() if spec.required
                and not (name == "goals" and default_goals)
                and not (name == "timezone" and "location" in columns.values())]
    for missing in required:
        if missing not in columns.values():
            source.problems.append(Problem(
                shown, 1, 1, f"no column for {missing} ({FIELDS[missing].doc.rstrip('.')})",
                hint=f"add a column named '{missing}', or name the column that holds it with "
                f"--map 'COLUMN={missing}'"))
    if source.problems:
        return source
    first: dict[str, int] = {}
    for position, name in sorted(columns.items()):
        first.setdefault(name, position)
    source.where = lambda name: (f"in the column '{header[first[name]]}'" if name in first
                                 else f"in a column named '{name}'")
    for number, cells in enumerate(rows[1:], 2):
        if not any(cell.strip() for cell in cells):
            continue
        row = Row(number, f"row {number}", shown)
        for position, text in enumerate(cells):
            if position >= len(header):
                if text.strip():
                    source.leave_out("cells beyond the last column")
                continue
            cell = Cell(text, f"column '{header[position]}'", position + 1)
            field = columns.get(position)
            if field == "bio" and first["bio"] != position:
                row.keep(header[position].rstrip(" ?:"), cell)
            elif field is not None:
                row.add(field, cell)
            elif text.strip():
                source.leave_out(f"column '{header[position]}'")
        source.rows.append(row)
    return source


def _columns(header: list[str], shown: str, mapping: Sequence[str], source: Source
             ) -> dict[int, str]:
    """Column position -> field: the --map pairs first, then the contract's names."""
    keys = [header_key(cell) for cell in header]
    columns: dict[int, str] = {}
    for pair in mapping:
        column, separator, name = pair.rpartition("=")
        if not separator or not column.strip():
            raise UserError(f"--map takes COLUMN=FIELD, such as 'Your time zone=timezone', "
                            f"not '{pair}'")
        positions = [position for position, key in enumerate(keys) if key == header_key(column)]
        if not positions:
            raise UserError(f"--map: {shown} has no column '{column.strip()}'; its columns are: "
                            + ", ".join(f"'{cell}'" for cell in header if cell))
        columns.update(dict.fromkeys(positions, field_named(name)))
    for position, key in enumerate(keys):
        if position not in columns and key in SPELLINGS:
            columns[position] = SPELLINGS[key]
    by_field: dict[str, list[int]] = {}
    for position, name in sorted(columns.items()):
        by_field.setdefault(name, []).append(position)
    for name, positions in by_field.items():
        several = name == "bio" or (name in FIELDS and isinstance(FIELDS[name].kind, ListOf))
        if len(positions) > 1 and not several:
            names = " and ".join(f"{position + 1} ('{header[position]}')"
                                 for position in positions)
            source.problems.append(Problem(
                shown, 1, positions[1] + 1, f"columns {names} both give {name}",
                hint="rename or delete the one that should not be imported"))
    return columns

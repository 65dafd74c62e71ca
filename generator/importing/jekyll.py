"""The Jekyll `_data/mentors.yml` of Women Coding Community: a list of mentors with a position,
bio, location, languages, `skills` (areas, languages, focus, extra, mentee, experience),
`network` links, a mentorship `type` and `num_mentee`.

Focus areas become goals and mentee stages (FOCUS), the type becomes formats, network links with
a profile field fill it, and what has no field (the experience, the ideal mentee, extra topics,
other links) is kept in the bio. The old site's own bookkeeping (sort, index, months) is left
out and counted in the report. Values are read as text, never by YAML's own conversions, with
each entry's line.
"""

from __future__ import annotations

import re

import yaml

from generator.importing.source import ADDED_FIELDS, Cell, Row, Source
from generator.loader import Mapping, Node, Scalar, Sequence
from generator.problems import Problem
from generator.program import Program
from generator.taxonomy import skill_key

MAX_DEPTH = 6  # list -> mentor -> skills -> areas -> item, with room to spare
_Loader: type[yaml.SafeLoader | yaml.CSafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Each focus area as the goals and mentee stages of the default program lists it stands for.
FOCUS = {skill_key(focus): ids for focus, ids in {
    "Switch career to IT": (("career-change",), ("career-changer",)),
    "Change specialisation within IT": (("career-change",), ()),
    "Grow from beginner to mid-level": (("technical-growth",), ("early-career",)),
    "Grow from mid-level to senior-level": (("promotion-readiness",), ("mid-level",)),
    "Grow beyond senior level": (("staff-plus",), ("senior",)),
    "Switch from IC to management position": (("management",), ()),
}.items()}
TYPES = {"longterm": ("one-on-one",), "adhoc": ("office-hours",),
         "both": ("one-on-one", "office-hours")}
FIELDS = {"name": "name", "position": "headline", "location": "location", "bio": "bio",
          "languages": "languages"}
NETWORK_FIELDS = {"linkedin": "contact.linkedin", "github": "github", "website":
                  "contact.website", "mastodon": "contact.mastodon", "email": "contact.email"}
KEPT = {"experience": "Experience", "mentee": "Ideal mentee", "extra": "Also helps with"}
LEFT_OUT = {"sort": "the old site's order", "index": "the old site's numbering",
            "matched": "the old site's matching state",
            "availability": "months of the old site's cycle",
            "skills.years": "the experience, kept in the bio, says it",
            "image": "a picture inside the old site; a profile's photo is an https address"}
_LINE_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)
MAX_SKILLS = 20
_PIECES = re.compile(r"[,;\n]")


class _Unreadable(Exception):
    """The file is not plain YAML data: an alias, or nesting deeper than any mentor needs."""

    def __init__(self, mark: yaml.Mark, message: str):
        super().__init__(message)
        self.line, self.column = mark.line + 1, mark.column + 1


def read_jekyll(data: bytes, shown: str, program: Program) -> Source:
    """The mentors of a Women Coding Community mentors.yml, their values named by field."""
    source = Source(shown, where=lambda name: (
        "as a network link '- github: https://github.com/LOGIN'" if name == "github"
        else f"as '{name}:' in the mentor's entry"))
    try:
        root = _tree(yaml.compose(data.decode("utf-8-sig"), Loader=_Loader), 0, set())
    except UnicodeDecodeError as error:
        source.problems.append(Problem(shown, data[:error.start].count(b"\n") + 1, 1,
                                       "file is not UTF-8 text", hint="save it as UTF-8"))
        return source
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        source.problems.append(Problem(shown, mark.line + 1 if mark else 1,
                                       mark.column + 1 if mark else 1,
                                       f"YAML syntax error: {error.problem}"))
        return source
    except (yaml.YAMLError, RecursionError):
        source.problems.append(Problem(shown, 1, 1, "cannot be read as YAML"))
        return source
    except _Unreadable as error:
        source.problems.append(Problem(shown, error.line, error.column, str(error)))
        return source
    if not isinstance(root, Sequence):
        source.problems.append(Problem(
            shown, 1, 1, "the file must be a list of mentors, as _data/mentors.yml is: "
            "'- name: ...' for each"))
        return source
    for number, entry in enumerate(root.items, 1):
        row = Row(number, f"entry {number} (line {entry.line})", shown)
        source.rows.append(row)
        if not isinstance(entry, Mapping):
            row.report(None, "is not a mentor: each entry is a mapping such as "
                       "'- name: Ada Example'")
            continue
        for key, (_, value) in entry.entries.items():
            _read(key, value, row, source, program)
    return source


def _tree(node: yaml.Node | None, depth: int, seen: set[int]) -> Node | None:
    """The composed YAML as the loader's nodes; every scalar stays the text it was written as."""
    if node is None:
        return None
    line, column = node.start_mark.line + 1, node.start_mark.column + 1
    if id(node) in seen:  # an alias: the value it repeats is where the anchor is
        raise _Unreadable(node.start_mark, "anchors and aliases ('&name', '*name') are not "
                          "allowed; write each value out")
    seen.add(id(node))
    if depth > MAX_DEPTH:
        raise _Unreadable(node.start_mark, f"values are nested more than {MAX_DEPTH} levels deep")
    if isinstance(node, yaml.ScalarNode):
        return Scalar(node.value, line, column, plain=node.style is None)
    if isinstance(node, yaml.SequenceNode):
        return Sequence([_tree(item, depth + 1, seen) for item in node.value],  # type: ignore[misc]
                        line, column)
    entries: dict[str, tuple[Scalar, Node]] = {}
    for key_node, value_node in node.value:
        key = _tree(key_node, depth + 1, seen)
        if not isinstance(key, Scalar):
            raise _Unreadable(key_node.start_mark, "keys must be plain names such as 'name'")
        if key.value in entries:
            raise _Unreadable(key_node.start_mark, f"'{key.value}' appears twice in one mapping "
                              f"(first on line {entries[key.value][0].line})")
        entries[key.value] = (key, _tree(value_node, depth + 1, seen))  # type: ignore[assignment]
    return Mapping(entries, line, column)


def _texts(node: Node | None, where: str, row: Row) -> list[Cell]:
    """A text value, or a list of them, as cells; anything else is reported."""
    if isinstance(node, Scalar):
        blank = node.plain and node.value in ("", "~", "null")
        return [] if blank else [Cell(node.value, f"'{where}'")]
    if isinstance(node, Sequence) and all(isinstance(item, Scalar) for item in node.items):
        return [Cell(item.value, f"'{where}[{position}]'")  # type: ignore[union-attr]
                for position, item in enumerate(node.items, 1)]
    if node is not None:
        row.report(Cell("", f"'{where}'"), "must be text or a list of text")
    return []


def _read(key: str, value: Node | None, row: Row, source: Source, program: Program) -> None:
    if key in FIELDS or key in ADDED_FIELDS:
        for cell in _texts(value, key, row):
            text = _LINE_BREAK.sub("\n", cell.text) if key == "bio" else cell.text
            row.add(FIELDS.get(key, key), Cell(text, cell.source))
    elif key == "skills":
        if not isinstance(value, Mapping):
            row.report(Cell("", "'skills'"), "must be a mapping with areas, languages, focus "
                       "and extra")
            return
        for inner, (_, node) in value.entries.items():
            _skills(inner, node, row, source, program)
    elif key == "network":
        _network(value, row)
    elif key == "type":
        _type(_texts(value, key, row), row, program)
    elif key in ("num_mentee", "hours"):
        name = "availability.capacity" if key == "num_mentee" else "availability.hours_per_month"
        for cell in _texts(value, key, row):
            if cell.text.strip() != "0":  # 0: none in the old site's terms, no limit here
                row.add(name, cell)
    elif key == "disabled":
        for cell in _texts(value, key, row):
            if cell.text.strip().casefold() not in ("true", "false"):
                row.report(cell, f"'{cell.text}' is not true or false")
            elif cell.text.strip().casefold() == "true":
                row.add("availability.accepting", Cell("no", cell.source))
    elif key == "image" and isinstance(value, Scalar) and value.value.startswith("https://"):
        row.add("photo", Cell(value.value, "'image'"))
    else:
        source.leave_out(f"'{key}'", LEFT_OUT.get(key))


def _skills(key: str, value: Node | None, row: Row, source: Source, program: Program) -> None:
    where = f"skills.{key}"
    if key in ("areas", "languages"):
        for cell in _texts(value, where, row):
            row.add("skills", cell)
    elif key == "focus":
        for cell in _texts(value, where, row):
            _focus(cell, row, program)
    elif key in KEPT:
        for cell in _texts(value, where, row):
            row.keep(KEPT[key], cell)
            if key == "extra":
                _known_skills(cell, row, program)
    else:
        source.leave_out(f"'{where}'", LEFT_OUT.get(where))


def _focus(cell: Cell, row: Row, program: Program) -> None:
    """A focus area as goals and stages, or kept in the bio when the program has no such ids."""
    ids = FOCUS.get(skill_key(cell.text))
    if ids is None:
        row.keep("Focus", cell)
        row.report(cell, f"'{cell.text.strip()}' is not a focus area this import knows; kept in "
                   "the bio", "add the goals it stands for as 'goals:' in the mentor's entry",
                   severity="warning")
        return
    goals, stages = ids
    if not _in_program(program, "goals", goals) or not _in_program(program, "stages", stages):
        row.keep("Focus", cell)
        row.report(cell, f"the program has no goal for '{cell.text.strip()}'; kept in the bio",
                   "add the goals it stands for as 'goals:' in the mentor's entry",
                   severity="warning")
        return
    for goal in goals:
        row.add("goals", Cell(goal, cell.source, cell.column))
    for stage in stages:
        row.add("mentee_stages", Cell(stage, cell.source, cell.column))


def _type(cells: list[Cell], row: Row, program: Program) -> None:
    for cell in cells:
        formats = TYPES.get(skill_key(cell.text))
        if formats is None:
            row.report(cell, f"'{cell.text}' is not a mentorship type",
                       "write long-term, ad-hoc or both")
        elif _in_program(program, "formats", formats):
            for format_id in formats:
                row.add("formats", Cell(format_id, cell.source))
        else:
            row.keep("Mentoring", cell)
            row.report(cell, f"the program has no format for '{cell.text.strip()}'; kept in the "
                       "bio", severity="warning")


def _known_skills(cell: Cell, row: Row, program: Program) -> None:
    """Extra topics the taxonomy knows by name count as skills too, up to the profile's limit."""
    count = sum(len(_PIECES.split(skill.text)) for skill in row.cells.get("skills", []))
    for piece in _PIECES.split(cell.text):
        piece = piece.strip().rstrip(".")
        match = program.taxonomy.match(piece) if piece else None
        if match and match.known and match.exact and count < MAX_SKILLS:
            row.add("skills", Cell(piece, cell.source, cell.column))
            count += 1


def _network(value: Node | None, row: Row) -> None:
    if not isinstance(value, Sequence):
        if value is not None:
            row.report(Cell("", "'network'"), "must be a list of links such as "
                       "'- linkedin: https://...'")
        return
    for position, link in enumerate(value.items, 1):
        where = f"network[{position}]"
        if not isinstance(link, Mapping):
            row.report(Cell("", f"'{where}'"), "must be a link such as 'linkedin: https://...'")
            continue
        for key, (_, node) in link.entries.items():
            for cell in _texts(node, f"{where}.{key}", row):
                name = NETWORK_FIELDS.get(key.strip().casefold())
                if name:
                    row.add(name, cell)
                else:
                    row.keep(key.strip().capitalize(), cell)


def _in_program(program: Program, list_name: str, ids: tuple[str, ...]) -> bool:
    known = {entry.id for entry in program.entries(list_name)}
    return all(entry_id in known for entry_id in ids)

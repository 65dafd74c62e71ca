"""Safe YAML loading into a tree of plain nodes that remember their line and column.

Scalars stay text: nothing is converted by YAML's own (1.1) rules, so `no`, `012345` and `12:30`
keep the meaning they were written with until the schema converts them. Anchors, aliases, tags,
duplicate keys, deep nesting, oversized and non-UTF-8 files are refused with a located problem.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

import yaml

from generator.problems import Problem

try:  # libyaml parses about 7x faster; the pure-Python parser gives the same events.
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

MAX_BYTES = 64 * 1024
MAX_DEPTH = 4  # profile -> availability -> value, profile -> skills -> item; one spare level
MAX_PROBLEMS_PER_FILE = 20


@dataclass
class Scalar:
    """A text value as written, and whether it was written without quotes."""

    value: str
    line: int
    column: int
    plain: bool


@dataclass
class Sequence:
    items: list[Node]
    line: int
    column: int


@dataclass
class Mapping:
    """A mapping whose keys are text; each key keeps its own position for error messages."""

    entries: dict[str, tuple[Scalar, Node]]
    line: int
    column: int


@dataclass
class Refused:
    """Stands in for a value already reported as a problem, so later checks stay quiet about it."""

    line: int
    column: int


Node = Union[Scalar, Sequence, Mapping, Refused]


@dataclass
class _Open:
    """A mapping or sequence being filled while events arrive."""

    node: Mapping | Sequence
    refused: bool = False  # the container itself carried an anchor or tag
    pending_key: Scalar | None = None
    refused_keys: set[str] = field(default_factory=set)


def load(path: str, data: bytes) -> tuple[Mapping | None, list[Problem]]:
    """Parse one profile file; return its top-level mapping, or None with the reasons."""
    problems: list[Problem] = []

    def report(line: int, column: int, message: str, hint: str | None = None) -> None:
        problems.append(Problem(path, line, column, message, hint=hint))

    if len(data) > MAX_BYTES:
        report(1, 1, f"file is {len(data):,} bytes; the limit is {MAX_BYTES:,}",
               "a profile needs far less: shorten the bio")
        return None, problems
    text = _decode(data, report)
    if text is None:
        return None, problems
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()
    ):
        report(1, 1, "file is empty", "start from the example in the profile guide")
        return None, problems
    root = _build(text, report)
    if len(problems) > MAX_PROBLEMS_PER_FILE:
        hidden = len(problems) - MAX_PROBLEMS_PER_FILE
        del problems[MAX_PROBLEMS_PER_FILE:]
        report(1, 1, f"{hidden} more problems in this file not shown")
    if problems:
        return None, problems
    if not isinstance(root, Mapping):
        line, column = (root.line, root.column) if root is not None else (1, 1)
        report(line, column, "the file must be a mapping of fields like 'name: Ada'",
               "start from the example in the profile guide")
        return None, problems
    return root, problems


def _decode(data: bytes, report) -> str | None:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        report(line, column, f"file is not UTF-8 text (byte 0x{data[error.start]:02x})",
               "save the file with UTF-8 encoding")
        return None


def _build(text: str, report) -> Node | None:
    """Turn parser events into nodes; an explicit stack keeps deep nesting from recursing."""
    stack: list[_Open] = []
    root: Node | None = None
    documents = 0
    skip_depth = 0  # > 0 while discarding a subtree that is nested too deeply

    def attach(node: Node) -> None:
        nonlocal root
        if not stack:
            root = node
            return
        top = stack[-1]
        if isinstance(top.node, Sequence):
            top.node.items.append(node)
            return
        if top.pending_key is None:
            if isinstance(node, Scalar):
                top.pending_key = node
            else:
                if not isinstance(node, Refused):
                    report(node.line, node.column, "keys must be plain names like 'skills'")
                top.pending_key = Scalar("", node.line, node.column, plain=True)
                top.refused_keys.add("")
            return
        key = top.pending_key
        top.pending_key = None
        if key.value in top.refused_keys:
            return
        earlier = top.node.entries.get(key.value)
        if earlier is not None:
            report(key.line, key.column,
                   f"key '{key.value}' appears twice (first on line {earlier[0].line})",
                   "keep one of them")
            top.refused_keys.add(key.value)
            return
        top.node.entries[key.value] = (key, node)

    try:
        for event in yaml.parse(text, Loader=_Loader):
            mark = event.start_mark
            line, column = mark.line + 1, mark.column + 1
            if skip_depth:
                if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                    skip_depth += 1
                elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                    skip_depth -= 1
                continue
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    report(line, column, "file holds more than one YAML document",
                           "remove the '---' line and everything after it that is a second profile")
                    break
                continue
            if isinstance(event, yaml.AliasEvent):
                report(line, column, f"aliases like '*{event.anchor}' are not allowed",
                       "write the value out in full")
                attach(Refused(line, column))
                continue
            if not isinstance(event, (yaml.ScalarEvent, yaml.MappingStartEvent,
                                      yaml.SequenceStartEvent, yaml.MappingEndEvent,
                                      yaml.SequenceEndEvent)):
                continue
            refused = False
            if getattr(event, "anchor", None) is not None:
                report(line, column, f"anchors like '&{event.anchor}' are not allowed",
                       "write each value out in full")
                refused = True
            tag = getattr(event, "tag", None)
            if tag is not None and not (isinstance(event, yaml.ScalarEvent) and tag == "!"):
                report(line, column, f"tags like '{tag}' are not allowed",
                       "remove the tag; write plain values")
                refused = True
            if isinstance(event, yaml.ScalarEvent):
                node: Node = (Refused(line, column) if refused
                              else Scalar(event.value, line, column, plain=not event.style))
                attach(node)
            elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                if len(stack) >= MAX_DEPTH:
                    report(line, column, f"values are nested more than {MAX_DEPTH} levels deep",
                           "profiles need at most two levels, as in 'availability: capacity: 2'")
                    attach(Refused(line, column))
                    skip_depth = 1
                    continue
                container: Mapping | Sequence = (
                    Mapping({}, line, column) if isinstance(event, yaml.MappingStartEvent)
                    else Sequence([], line, column)
                )
                stack.append(_Open(container, refused))
            else:
                finished = stack.pop()
                node = finished.node
                attach(Refused(node.line, node.column) if finished.refused else node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        report(line, column, f"YAML syntax error: {error.problem or error}",
               _syntax_hint(error.problem or ""))
        return None
    except yaml.reader.ReaderError as error:  # control characters: a position, no mark
        line = text.count("\n", 0, error.position) + 1
        column = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
        report(line, column, f"contains the control character U+{error.character:04X}",
               "remove it; profiles are plain text")
        return None
    return root


def _syntax_hint(problem: str) -> str:
    if "mapping values are not allowed" in problem:
        return "if the value contains ': ', put the whole value in quotes"
    if "found character '\\t'" in problem or "tab" in problem:
        return "indent with spaces, not tabs"
    if "could not find expected ':'" in problem:
        return "each field needs the form 'key: value'"
    if "found undefined alias" in problem or "anchor" in problem:
        return "anchors and aliases are not allowed; write values out in full"
    return "check the indentation and quotes on this line and the one before"

"""Safe YAML loading into a tree of plain nodes that remember their line and column.

Scalars stay text: nothing is converted by YAML's own (1.1) rules, so `no`, `012345` and `12:30`
keep the meaning they were written with until the schema converts them. Anchors, aliases, tags,
duplicate keys, deep nesting, oversized and non-UTF-8 files are refused with a located problem
that names the field it is in, wherever there is one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import yaml

from generator.problems import Problem
from generator.syntax import Mistake, explain
from generator.translation import _, active, ngettext

_Loader: type[yaml.SafeLoader | yaml.CSafeLoader]
try:  # libyaml parses about 7x faster; the pure-Python parser gives the same events.
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

MAX_BYTES = 64 * 1024
MAX_DEPTH = 4  # profile -> availability -> value, profile -> skills -> item; one spare level
# Past this depth the rest of the file is not read: libyaml's time grows with the square of
# the nesting depth, and a 64 KB file of '[' would take seconds.
MAX_SKIPPED_DEPTH = 32
# Syntax errors read past in one file: each costs a reading of the whole file.
MAX_SYNTAX_ERRORS = 10
# libyaml 0.2.6 (bundled with PyYAML 6.0.4) stops at 1,000 levels, in flow collections before
# emitting the events that lead there.
_LIBYAML_DEPTH_CAP = "exceeded maximum nesting depth"
# Characters YAML refuses (PyYAML and libyaml alike); they are reported, then stood in for by
# U+FFFD so that the rest of the file can still be read and the field they are in named.
_REFUSED_CHARACTER = yaml.reader.Reader.NON_PRINTABLE
_TOP_LEVEL_KEY = re.compile(rb"^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:", re.M)
_OTHER_ENCODINGS = ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
                    (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16"))

_Report = Callable[..., None]  # report(line, column, message, hint=None, where=None)


def _span() -> Any:
    """Where a node starts and ends in the text, as character offsets (after any byte order
    mark): what an edit of the file replaces or inserts at. Not part of the node's value."""
    return field(default=(0, 0), compare=False, repr=False)


@dataclass
class Scalar:
    """A text value as written, and whether it was written without quotes."""

    value: str
    line: int
    column: int
    plain: bool
    span: tuple[int, int] = _span()


@dataclass
class Sequence:
    items: list[Node]
    line: int
    column: int
    span: tuple[int, int] = _span()


@dataclass
class Mapping:
    """A mapping whose keys are text; each key keeps its own position for error messages."""

    entries: dict[str, tuple[Scalar, Node]]
    line: int
    column: int
    span: tuple[int, int] = _span()


@dataclass
class Refused:
    """Stands in for a value already reported as a problem, so later checks stay quiet about it."""

    line: int
    column: int


Node = Scalar | Sequence | Mapping | Refused


@dataclass
class _Open:
    """A mapping or sequence being filled while events arrive."""

    node: Mapping | Sequence
    refused: bool = False  # the container itself carried an anchor or tag
    pending_key: Scalar | None = None
    last_key: Scalar | None = None  # the key read most recently, for locating syntax errors
    refused_keys: set[str] = field(default_factory=set)


@dataclass
class _Flaw:
    """A character the file may not hold, reported in the field it turns out to be in."""

    index: int  # in the decoded text
    message: str
    hint: str


@dataclass(frozen=True)
class Parsed:
    """A file as read: its fields, and the problems found in reading it.

    `root` is the top-level mapping even when some of the file could not be read, as long as it
    is a mapping: past a syntax error the rest of the file is still read (the line with the error
    is read as rewritten by syntax.explain), and every value that could not be read stands in as
    Refused. Only with no problems does `root` hold exactly what the file says.
    """

    root: Mapping | None
    problems: list[Problem]


def load(path: str, data: bytes) -> tuple[Mapping | None, list[Problem]]:
    """Parse one profile file; return its top-level mapping, or None with the reasons."""
    parsed = parse(path, data)
    return (None if parsed.problems else parsed.root), parsed.problems


def parse(path: str, data: bytes) -> Parsed:
    """Parse one profile file, reading on past its problems where the rest can still be read."""
    problems: list[Problem] = []

    def report(line: int, column: int, message: str, hint: str | None = None,
               where: str | None = None) -> None:
        problems.append(Problem(path, line, column, message, where, hint))

    if len(data) > MAX_BYTES:
        where, line, size = _largest_field(data)
        report(line, 1, too_large(len(data)),
               _("this field takes {size} of them: shorten it", size=active().number(size))
               if where
               else _("a profile needs far less: shorten the bio"), where)
        return Parsed(None, problems)
    for mark, encoding in _OTHER_ENCODINGS:
        if data.startswith(mark):
            report(1, 1, _("file is {encoding} text, not UTF-8", encoding=encoding),
                   _("save the file with UTF-8 encoding"))
            return Parsed(None, problems)
    text, flaws = _decode(data)
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()
    ):
        report(1, 1, _("file is empty"), _("start from the example in the profile guide"))
        return Parsed(None, problems)
    root = _read(text, flaws, report)
    problems.sort(key=lambda problem: (problem.line, problem.column))
    if root is None and problems:
        return Parsed(None, problems)
    if not isinstance(root, Mapping):
        line, column = (root.line, root.column) if root is not None else (1, 1)
        report(line, column, _("the file must be a mapping of fields like 'name: Ada'"),
               _("start from the example in the profile guide"))
        return Parsed(None, problems)
    return Parsed(root, problems)


def too_large(size: int) -> str:
    """The message for a file over MAX_BYTES (a profile's, a session page's)."""
    return ngettext("file is {count} byte; the limit is {limit}",
                    "file is {count} bytes; the limit is {limit}", size,
                    limit=active().number(MAX_BYTES))


def _largest_field(data: bytes) -> tuple[str | None, int, int]:
    """The top-level field taking the most bytes, its line and size, found without parsing."""
    keys = list(_TOP_LEVEL_KEY.finditer(data))
    best: tuple[str | None, int, int] = (None, 1, 0)
    line, counted = 1, 0
    for position, key in enumerate(keys):
        line += data.count(b"\n", counted, key.start())
        counted = key.start()
        end = keys[position + 1].start() if position + 1 < len(keys) else len(data)
        if end - key.start() > best[2]:
            best = (key.group(1).decode(), line, end - key.start())
    return best


def _decode(data: bytes) -> tuple[str, list[_Flaw]]:
    """The text, with the first byte that is not UTF-8 and the first refused character noted."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    flaws: list[_Flaw] = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        flaws.append(_Flaw(len(data[:error.start].decode("utf-8")),
                           _("file is not UTF-8 text (byte 0x{byte})",
                             byte=f"{data[error.start]:02x}"),
                           _("save the file with UTF-8 encoding")))
        text = data.decode("utf-8", errors="replace")
    refused = _REFUSED_CHARACTER.search(text)
    if refused:
        flaws.append(_Flaw(refused.start(),
                           _("contains the control character U+{code}",
                             code=f"{ord(refused.group()):04X}"),
                           _("remove it; profiles are plain text")))
        text = _REFUSED_CHARACTER.sub("\ufffd", text)
    return text, sorted(flaws, key=lambda flaw: flaw.index)


def _path(stack: list[_Open], key: str | None = None) -> str | None:
    """The field being read, named as the schema's messages name it: 'skills[2]', 'contact.form'."""
    path = ""
    for open_ in stack:
        if isinstance(open_.node, Sequence):
            path += f"[{len(open_.node.items) + 1}]"
        elif open_.pending_key is not None:
            path += ("." if path else "") + (open_.pending_key.value or "''")
        else:
            break
    if key is not None:
        path += ("." if path else "") + (key or "''")
    return path or None


def _events(text: str) -> Iterator[yaml.Event]:
    """The parser's events, the same whichever libyaml is installed (see _LIBYAML_DEPTH_CAP)."""
    seen = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            yield event
            seen += 1
        return
    except yaml.MarkedYAMLError as error:
        if error.problem != _LIBYAML_DEPTH_CAP or error.problem_mark is None:
            raise
        cut = error.problem_mark.index
    # The text before the level libyaml refused gives the same first events, and goes far
    # deeper than MAX_DEPTH + MAX_SKIPPED_DEPTH: the loader stops reading before it ends, and
    # reports the file like any other that is nested too deeply. (The pure-Python parser has
    # no cap, but its time grows with the square of the depth.)
    yield from itertools.islice(yaml.parse(text[:cut], Loader=_Loader), seen, None)


class _Failure(Exception):
    """A syntax error, with the field the parser was in when it stopped."""

    def __init__(self, error: yaml.MarkedYAMLError, where: str | None):
        super().__init__(str(error))
        self.error, self.where = error, where


def _read(text: str, flaws: list[_Flaw], report: _Report) -> Node | None:
    """The file's nodes, read on past each syntax error with its line rewritten; None if one of
    them could not be got past. Every syntax error is reported, then the other problems of the
    last reading (the earlier readings stopped at an error and found a part of them)."""
    mistakes: list[tuple[Mistake, str | None]] = []  # and the field the parser stopped in
    rewritten: set[int] = set()
    found: list[tuple[tuple[Any, ...], dict[str, Any]]] = []  # the reading's other problems

    def collect(*problem: Any, **named: Any) -> None:
        found.append((problem, named))

    for _reading in range(MAX_SYNTAX_ERRORS + 1):
        found.clear()
        try:
            root = _build(text, list(flaws), collect, rewritten)
            break
        except _Failure as failure:
            mistake = explain(failure.error, text)
            if mistake.line in rewritten:  # rewriting it was no help: read no further
                root = None
                break
            mistakes.append((mistake, failure.where))
            rewritten.add(mistake.line)
            shift = len(mistake.rewritten) - (mistake.end - mistake.start)
            text = text[:mistake.start] + mistake.rewritten + text[mistake.end:]
            flaws = [replace(flaw, index=flaw.index + shift) if flaw.index >= mistake.end
                     else flaw for flaw in flaws]
    else:  # too many syntax errors to read on past
        root = None
    for problem, keywords in found:
        report(*problem, **keywords)
    for mistake, where in mistakes:
        field_on_line = _field_on_line(root, mistake.line) if root is not None else None
        report(mistake.line, mistake.column, mistake.message, mistake.hint,
               field_on_line or where)
    return root


def _field_on_line(node: Node, line: int, path: str = "") -> str | None:
    """The field whose key (or list item) is on `line`, named as problems name fields."""
    children: list[tuple[str, int, Node]] = []
    if isinstance(node, Mapping):
        children = [(f"{path}.{key}" if path else key, key_node.line, value)
                    for key, (key_node, value) in node.entries.items()]
    elif isinstance(node, Sequence):
        children = [(f"{path}[{position}]", item.line, item)
                    for position, item in enumerate(node.items, 1)]
    for name, at, child in children:
        if at == line:
            return name
        inside = _field_on_line(child, line, name)
        if inside:
            return inside
    return None


def _build(text: str, flaws: list[_Flaw], report: _Report, rewritten: set[int]) -> Node | None:
    """Turn parser events into nodes; an explicit stack keeps deep nesting from recursing.

    A value on a line in `rewritten` (which syntax.explain rewrote) is Refused: it is not what
    the file says."""
    stack: list[_Open] = []
    root: Node | None = None
    documents = 0
    skip_depth = 0  # > 0 while discarding a subtree that is nested too deeply

    def at(index: int) -> tuple[int, int]:
        return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1

    def report_flaws(before: int, where: Callable[[], str | None] = lambda: None) -> None:
        """Report the flaws before `before` (a text index), as being in the field `where()`."""
        while flaws and flaws[0].index < before:
            flaw = flaws.pop(0)
            report(*at(flaw.index), flaw.message, flaw.hint, where())

    key: str | None = None  # the key the current event is, if it is one

    def here() -> str | None:
        # Named only when something is reported: working out the path for every event is slow.
        return _path(stack, key)

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
                top.pending_key = top.last_key = node
            else:
                if not isinstance(node, Refused):
                    report(node.line, node.column, _("keys must be plain names like 'skills'"),
                           where=_path(stack))
                top.pending_key = Scalar("", node.line, node.column, plain=True)
                top.refused_keys.add("")
            return
        key = top.pending_key
        top.pending_key = None
        if key.value in top.refused_keys:
            return
        earlier = top.node.entries.get(key.value)
        if earlier is not None:
            report(key.line, key.column, _("appears twice (first on line {line})",
                                           line=earlier[0].line),
                   _("keep one of them"), _path(stack, key.value))
            top.refused_keys.add(key.value)
            return
        top.node.entries[key.value] = (key, node)

    try:
        for event in _events(text):
            mark, end = event.start_mark, event.end_mark
            assert mark is not None and end is not None  # the parser marks every event
            line, column = mark.line + 1, mark.column + 1
            key = (event.value if isinstance(event, yaml.ScalarEvent) and stack
                   and isinstance(stack[-1].node, Mapping) and stack[-1].pending_key is None
                   else None)
            report_flaws(mark.index)  # before this event: in a comment or between values
            if isinstance(event, yaml.ScalarEvent):
                report_flaws(end.index, here)
            if skip_depth:
                if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                    skip_depth += 1
                    if skip_depth > MAX_SKIPPED_DEPTH:
                        break
                elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                    skip_depth -= 1
                continue
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    report(line, column, _("file holds more than one YAML document"),
                           _("remove the '---' line and everything after it that is a second "
                             "profile"))
                    break
                continue
            if isinstance(event, yaml.AliasEvent):
                report(line, column, _("aliases like '{alias}' are not allowed",
                                       alias=f"*{event.anchor}"),
                       _("write the value out in full"), here())
                attach(Refused(line, column))
                continue
            if not isinstance(event, (yaml.ScalarEvent, yaml.MappingStartEvent,
                                      yaml.SequenceStartEvent, yaml.MappingEndEvent,
                                      yaml.SequenceEndEvent)):
                continue
            refused = False
            anchor = getattr(event, "anchor", None)
            if anchor is not None:
                report(line, column, _("anchors like '{anchor}' are not allowed",
                                       anchor=f"&{anchor}"),
                       _("write each value out in full"), here())
                refused = True
            tag = getattr(event, "tag", None)
            if tag is not None and not (isinstance(event, yaml.ScalarEvent) and tag == "!"):
                report(line, column, _("tags like '{tag}' are not allowed", tag=tag),
                       _("remove the tag; write plain values"), here())
                refused = True
            if isinstance(event, yaml.ScalarEvent):
                node: Node = (Refused(line, column) if refused or (line in rewritten and key is None)
                              else Scalar(event.value, line, column, plain=not event.style,
                                          span=(mark.index, end.index)))
                attach(node)
            elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                if len(stack) >= MAX_DEPTH:
                    report(line, column, ngettext(
                        "values are nested more than {count} level deep",
                        "values are nested more than {count} levels deep", MAX_DEPTH),
                           _("profiles need at most two levels, as in 'availability: capacity: 2'"),
                           here())
                    attach(Refused(line, column))
                    skip_depth = 1
                    continue
                span = (mark.index, mark.index)
                container: Mapping | Sequence = (
                    Mapping({}, line, column, span) if isinstance(event, yaml.MappingStartEvent)
                    else Sequence([], line, column, span)
                )
                stack.append(_Open(container, refused))
            else:
                finished = stack.pop()
                node = finished.node
                node.span = (node.span[0], end.index)
                attach(Refused(node.line, node.column) if finished.refused else node)
    except yaml.MarkedYAMLError as error:
        report_flaws(len(text))
        raise _Failure(error, _stopped_in(error, stack)) from None
    report_flaws(len(text))
    return root


def _stopped_in(error: yaml.MarkedYAMLError, stack: list[_Open]) -> str | None:
    """The field the parser was reading when it stopped: named when the rest of the file cannot
    be read to find the field on the error's line."""
    unfinished = error.context in ("while scanning a quoted scalar", "while scanning a simple key")
    mark = (error.context_mark if unfinished else None) or error.problem_mark or error.context_mark
    line = mark.line + 1 if mark else 1
    where = _path(stack)
    top = stack[-1] if stack else None
    if top is not None and isinstance(top.node, Mapping) and top.pending_key is None:
        key = top.last_key
        where = _path(stack, key.value) if key is not None and key.line == line else where
    return where

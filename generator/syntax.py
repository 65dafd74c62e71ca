"""YAML syntax errors in a mentor's words, and the line rewritten so the rest can still be read.

The parser's own messages describe what it expected, not what the writer did: a line indented one
space too far, a tab, or curly quotes pasted from a word processor all come out as "mapping
values are not allowed in this context" or "found character that cannot start any token". These
common mistakes are recognised from the text of the line and the one above it, and said as what
to fix. Every syntax error also comes with its line rewritten (re-indented, or its value left out)
so that the loader can read on and report the problems in the rest of the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from generator.translation import _

# Every line break YAML knows.
LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
# A line holding a key: indentation, list dashes, the key, and what follows its colon.
_KEY_LINE = re.compile(r"(?P<indent>[ \t]*)(?P<dashes>(?:-[ \t]+)*)"
                       r"(?P<key>[^\s#'\"{}\[\],&*!|>%@`:-][^:#]*?)[ \t]*:(?=[ \t]|$)(?P<rest>.*)")
# What a line ends with when the lines under it belong to it: 'availability:', 'bio: |'.
_OPENS_BLOCK = re.compile(r":[ \t]*(?:[|>][-+0-9]*)?[ \t]*(?:#.*)?$|^[ \t]*-[ \t]*$")
_CURLY_QUOTES = "“”„‟«»‘’‚‛‹›"
_UNFINISHED = ("while scanning a quoted scalar", "while scanning a simple key")


@dataclass(frozen=True)
class Mistake:
    """One syntax error as a mentor reads it, and the text its line is read as from now on."""

    line: int  # 1-based, as the parser counts lines
    column: int
    message: str
    hint: str
    start: int  # where the line's text starts and ends in the file's text
    end: int
    rewritten: str  # without a line break


@dataclass(frozen=True)
class _Line:
    """A line of the text, with what the explanations ask of it."""

    number: int
    text: str

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip(" \t"))

    @property
    def key(self) -> re.Match[str] | None:
        return _KEY_LINE.match(self.text)

    @property
    def opens_block(self) -> bool:
        return _OPENS_BLOCK.search(self.text) is not None


def explain(error: yaml.MarkedYAMLError, text: str) -> Mistake:
    """What went wrong, located where the mistake starts, and the line to read instead."""
    problem, context = error.problem or "", error.context or ""
    mark = ((error.context_mark if context in _UNFINISHED else None) or error.problem_mark
            or error.context_mark)
    index = min(mark.index, len(text)) if mark else 0
    number, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    start = _line_start(text, index)
    found = LINE_BREAK.search(text, start)
    end = found.start() if found else len(text)
    line = _Line(number, text[start:end])
    above = _line_above(text, start, number)

    def mistake(message: str, hint: str, rewritten: str, at: int = 1) -> Mistake:
        return Mistake(number, at, message, hint, start, end, rewritten)

    key = line.key
    if "\t" in line.text[:line.indent]:
        width = (above.indent + (2 if above.opens_block else 0)) if above else 0
        return mistake(_("line {number} is indented with a tab", number=number),
                       _("indent with spaces: YAML does not read a tab as indentation"),
                       " " * width + line.text[line.indent:])
    if key and key["rest"].strip()[:1] in tuple(_CURLY_QUOTES):
        value = key["rest"].strip()
        quote = value[0]
        inner = value.strip(_CURLY_QUOTES)
        straight = (f'"{inner}"' if '"' not in inner else "'" + inner.replace("'", "''") + "'")
        return mistake(_("the value starts with the curly quote '{quote}', which YAML does not "
                         "read as a quote", quote=quote),
                       _("type straight quotes instead: {line}", line=f"{key['key']}: {straight}"),
                       _without_value(key), at=len(line.text) - len(key["rest"].lstrip()) + 1)
    if key and above and "mapping values are not allowed" in problem \
            and line.indent > above.indent and not above.opens_block:
        return mistake(_("line {number} is indented more than the line above it", number=number),
                       _line_up(key["key"], above), " " * above.indent + line.text[line.indent:])
    if key and above and "did not find expected key" in problem \
            and 0 < line.indent < above.indent:
        return mistake(_("line {number} is indented less than the line above it", number=number),
                       _line_up(key["key"], above), " " * above.indent + line.text[line.indent:])
    return mistake(_("YAML syntax error: {problem}", problem=problem or error),
                   _hint(problem, context),
                   _without_value(key) if key and key["rest"].strip() else "", at=column)


def _line_start(text: str, index: int) -> int:
    """Where the line holding `index` starts."""
    starts = [found.end() for found in LINE_BREAK.finditer(text, 0, index)]
    return starts[-1] if starts else 0


def _line_above(text: str, start: int, number: int) -> _Line | None:
    """The nearest line above with something on it other than a comment."""
    lines = LINE_BREAK.split(text[:start])[:-1] if start else []
    for offset, line in enumerate(reversed(lines), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            return _Line(number - offset, line)
    return None


def _line_up(key: str, above: _Line) -> str:
    above_key = above.key
    if above_key:
        return _("start '{key}:' in the same column as '{above}:' on line {number}", key=key,
                 above=above_key["key"], number=above.number)
    return _("start '{key}:' in the same column as line {number}", key=key, number=above.number)


def _without_value(key: re.Match[str]) -> str:
    """The key's line with its value left out, to read on past a value that cannot be read."""
    return f"{key['indent']}{key['dashes']}{key['key']}: ~"


def _hint(problem: str, context: str) -> str:
    if context == "while scanning a quoted scalar" and "end of stream" in problem:
        return _("the quote that starts here is never closed")
    if "invalid Unicode character escape" in problem:
        return _("write the character itself instead of a \\u escape")
    if "mapping values are not allowed" in problem:
        return _("if the value contains ': ', put the whole value in quotes")
    if "found character '\\t'" in problem or "tab" in problem:
        return _("indent with spaces, not tabs")
    if "could not find expected ':'" in problem:
        return _("each field needs the form 'key: value'")
    if "found undefined alias" in problem or "anchor" in problem:
        return _("anchors and aliases are not allowed; write values out in full")
    return _("check the indentation and quotes on this line and the one before")

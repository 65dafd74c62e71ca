"""GitHub Actions' workflow commands: the annotations we mean to give, and nothing else obeyed.

The runner reads every line a step prints. A line that starts with `::` after any spaces is a
command (`::add-mask::`, `::error::`, `::stop-commands::`, which stops all later ones), and so is
`##[command]` anywhere in a line. Profile file names, pull request file lists and quoted values
can put either in what we print, so under GitHub Actions every line of the command line's output
goes through `neutral`, except the annotations built here, whose user-given parts are escaped.
"""

from __future__ import annotations

import io
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

# Where the runner ends a line (.NET's ReadLine): \r\n, \r or \n.
_LINE_END = re.compile(r"(\r\n|\r|\n)")
_OLD_COMMAND = re.compile(r"(?<=#)#\[")  # `##[name]`, the older syntax, matched anywhere


def under_actions() -> bool:
    """Whether this process runs as a step of a GitHub Actions job."""
    return os.environ.get("GITHUB_ACTIONS") == "true"


def neutral(line: str) -> str:
    """One output line as the runner shows it without obeying it: the character that would make
    it a command is written as an escape (`\\x3a`, `\\x23`), as `problems.visible` writes others."""
    line = _OLD_COMMAND.sub(r"\\x23[", line)
    stripped = line.lstrip()
    if stripped.startswith("::"):
        start = len(line) - len(stripped)
        line = line[:start] + "\\x3a" + line[start + 1:]
    return line


def neutral_text(text: str) -> str:
    """Text of any number of lines, each made `neutral`; the line ends are kept as they are."""
    parts = _LINE_END.split(text)  # line, end, line, end, ..., line
    return "".join(part if index % 2 else neutral(part) for index, part in enumerate(parts))


def for_log(text: str) -> str:
    """Text for a line someone else prints (MkDocs' logger): neutral under GitHub Actions."""
    return neutral_text(text) if under_actions() else text


def annotation(severity: str, message: str, *, file: str, line: int, column: int,
               title: str) -> str:
    """An `::error`/`::warning` command showing `message` on a line of a file in a pull request.

    Escaped as GitHub's toolkit escapes them, so no part given by a contributor can end the
    command, start another line or add a property.
    """
    properties = (f"file={_escape_property(file)},line={line},col={column},"
                  f"title={_escape_property(title)}")
    return f"::{severity} {properties}::{_escape_data(message)}"


def _escape_data(value: str) -> str:
    # https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


class ShownNotObeyed(io.TextIOBase):
    """A text stream that passes every complete line through `neutral` before the runner reads it.

    An unfinished line waits for its end: the part before could be spaces, and the rest `::`.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._pending = ""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        text_so_far = self._pending + text
        ends = list(_LINE_END.finditer(text_so_far))
        complete = ends[-1].end() if ends else 0
        self._stream.write(neutral_text(text_so_far[:complete]))
        self._pending = text_so_far[complete:]
        return len(text)

    def command(self, line: str) -> None:
        """Writes one workflow command we mean to give, on a line of its own."""
        if _LINE_END.search(line):
            raise ValueError("a workflow command is one line; escape its data first")
        if self._pending:
            self.write("\n")
        self._stream.write(line + "\n")

    def flush(self) -> None:
        self._stream.flush()

    def close(self) -> None:
        if self._pending:
            self._stream.write(neutral(self._pending))
            self._pending = ""
        self.flush()
        super().close()


@contextmanager
def guarded_output() -> Iterator[None]:
    """Under GitHub Actions, standard output and error show every line and obey none of them."""
    if not under_actions():
        yield
        return
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = ShownNotObeyed(saved[0]), ShownNotObeyed(saved[1])
    try:
        yield
    finally:
        guarded = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = saved
        for stream in guarded:
            stream.close()


def give(command: str) -> None:
    """Prints a workflow command we mean the runner to obey (outside Actions: as a plain line)."""
    stream = sys.stdout
    if isinstance(stream, ShownNotObeyed):
        stream.command(command)
    else:
        print(command)


__all__ = ["ShownNotObeyed", "annotation", "for_log", "give", "guarded_output", "neutral",
           "neutral_text", "under_actions"]

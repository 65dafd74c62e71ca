"""Problems found in contributor files, kept as values until the command line or build prints them."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Literal

from generator.translation import _, ngettext
from generator.workflow_commands import annotation

Severity = Literal["error", "warning"]
# Unicode categories of characters that print as nothing, move the cursor or reorder text.
_INVISIBLE = {"Cc", "Cf", "Cs", "Zl", "Zp"}


class UserError(Exception):
    """A mistake in how a command was run or in a settings file, not in the code: the command
    line prints its message alone, never a traceback. Anything else that escapes is a bug."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file, located precisely enough for an editor to jump to it."""

    path: str
    line: int
    column: int
    message: str
    field: str | None = None
    hint: str | None = None
    severity: Severity = "error"

    def __post_init__(self) -> None:
        # Messages quote what a file says; its invisible characters are shown, never obeyed.
        for name in ("path", "message", "field", "hint"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, visible(value))

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def text(self) -> str:
        """The compiler-style line: `path:line:col: error: field: message; hint`.

        Its punctuation is the format editors read; only the severity's word is translated."""
        # Translators: the severity of a problem, as in "mentors/ada.yml:3:7: error: ...".
        label = _("error") if self.is_error else _("warning")
        return f"{self.path}:{self.line}:{self.column}: {label}: {self.description()}"

    def description(self) -> str:
        """Field, message and hint, without the location."""
        field = f"{self.field}: " if self.field else ""
        hint = f"; {self.hint}" if self.hint else ""
        return f"{field}{self.message}{hint}"

    def github_annotation(self, what: str | None = None) -> str:
        """A workflow command that shows the problem on the pull request diff; `what` is the
        kind of file, as its title says (a mentor profile by default)."""
        # Translators: the title of a problem shown on a pull request's changes.
        what = what or _("mentor profile")
        title = f"{what}: {self.field}" if self.field else what
        message = self.message + (f"; {self.hint}" if self.hint else "")
        return annotation(self.severity, message, file=self.path, line=self.line,
                          column=self.column, title=title)


def visible(text: str) -> str:
    """Text with control, format and line-separator characters written as escapes like \\u202e.

    A quoted value could otherwise start a new output line (and a forged workflow command) or
    reverse the text around it.
    """
    return "".join(char.encode("unicode_escape").decode("ascii")
                   if unicodedata.category(char) in _INVISIBLE else char for char in text)


def count_errors(problems: list[Problem]) -> int:
    return sum(1 for problem in problems if problem.is_error)


def by_place(problems: list[Problem], merge_from: int | None = None) -> dict[str, Problem]:
    """Problems summed up by file, as "mkdocs.yml (3)", with the first of each; a folder holding
    `merge_from` or more of the files is summed up as one, as "mentors/ (26 files)"."""
    files: dict[str, list[Problem]] = {}
    for problem in problems:
        files.setdefault(problem.path, []).append(problem)
    folders: dict[str, list[str]] = {}
    for path in files:
        folders.setdefault(path.rpartition("/")[0], []).append(path)
    places: dict[str, Problem] = {}
    for path, found in files.items():
        folder = path.rpartition("/")[0]
        if folder and merge_from and len(folders[folder]) >= merge_from:
            places.setdefault(ngettext("{folder}/ ({count} file)", "{folder}/ ({count} files)",
                                       len(folders[folder]), folder=folder), found[0])
        else:
            places[path if len(found) == 1 else f"{path} ({len(found)})"] = found[0]
    return places

"""Profiles gone stale: who to ask to reconfirm, and the edit that pauses a long-silent profile."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

from generator.directory import Directory, Mentor
from generator.loader import Mapping, Scalar, load


@dataclass(frozen=True)
class StaleProfile:
    """A mentor whose profile was last confirmed too long ago."""

    mentor: Mentor
    confirmed: date  # the mentor's own: a profile with no date is never stale
    days: int  # since it was last confirmed

    def as_dict(self) -> dict[str, object]:
        return {"id": self.mentor.id, "path": self.mentor.source,
                "github": self.mentor.profile.github,
                "last_confirmed": self.confirmed.isoformat(), "days": self.days}


def stale_profiles(directory: Directory, older_than: int | None = None) -> list[StaleProfile]:
    """Stale mentors, longest silent first; `older_than` days instead of the program's setting."""
    limit = directory.stale_after_days if older_than is None else older_than
    found = [StaleProfile(mentor, mentor.confirmed, (directory.today - mentor.confirmed).days)
             for mentor in directory.mentors if mentor.confirmed is not None]
    return sorted((item for item in found if item.days > limit),
                  key=lambda item: (-item.days, item.mentor.id))


def report(profiles: list[StaleProfile], style: str, stale_after_days: int) -> str:
    """The list as plain text, JSON, or a Markdown checklist to paste into an issue."""
    if style == "json":
        return json.dumps([item.as_dict() for item in profiles], indent=2)
    if style == "markdown":
        if not profiles:
            return "Every mentor profile has been confirmed recently. Thank you!"
        lines = [
            f"These profiles have not been confirmed for more than {stale_after_days} days. "
            "If yours is listed, please check it is still right and open a one-line pull request "
            "that sets `last_confirmed:` to today's date (or update your availability, or "
            "delete the file if you are leaving the program).",
            "",
        ]
        lines += [f"- [ ] @{item.mentor.profile.github}: `{item.mentor.source}`, last confirmed "
                  f"{item.confirmed.isoformat()} ({item.days} days ago)" for item in profiles]
        return "\n".join(lines)
    if not profiles:
        return "No stale profiles."
    return "\n".join(f"{item.mentor.source}: @{item.mentor.profile.github}, last confirmed "
                     f"{item.confirmed.isoformat()} ({item.days} days ago)"
                     for item in profiles)


class CannotEdit(ValueError):
    """The file is written in a way the automatic edit does not handle; a person should edit it."""


def mark_not_accepting(path: str, text: str) -> str:
    """The profile text with `availability: accepting: false`, every other line untouched."""
    root, problems = load(path, text.encode("utf-8"))
    if root is None:
        raise CannotEdit(f"{path}: {problems[0].description()}")
    lines = text.splitlines(keepends=True)
    entry = root.entries.get("availability")
    if entry is None:
        ending = "" if text.endswith("\n") else "\n"
        return text + ending + "availability:\n  accepting: false\n"
    key, node = entry
    if not isinstance(node, Mapping) or node.line == key.line:
        raise CannotEdit(f"{path}: write 'availability:' as a block of lines to change it")
    accepting = node.entries.get("accepting")
    if accepting is None:
        indent = " " * (node.column - 1)
        lines.insert(node.line - 1, f"{indent}accepting: false\n")
        return "".join(lines)
    value = accepting[1]
    if not isinstance(value, Scalar) or not value.plain:
        raise CannotEdit(f"{path}: write 'accepting:' as true or false to change it")
    line = lines[value.line - 1]
    start = value.column - 1
    lines[value.line - 1] = line[:start] + re.sub(r"^\S+", "false", line[start:])
    return "".join(lines)

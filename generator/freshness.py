"""Profiles gone stale: who to ask to reconfirm, and the edit that pauses a long-silent profile."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence as Seq
from dataclasses import dataclass, replace
from datetime import date

from generator.directory import Directory, Mentor
from generator.loader import Mapping, Node, Refused, Scalar, Sequence, load
from generator.problems import UserError
from generator.profile import Profile, check_profile
from generator.program import Program
from generator.reports import Reported


@dataclass(frozen=True)
class StaleProfile:
    """A mentor whose profile was last confirmed too long ago."""

    mentor: Mentor
    confirmed: date  # the mentor's own: a profile with no date is never stale
    days: int  # since it was last confirmed

    @property
    def silence(self) -> str:
        """'last confirmed 2026-01-02 (325 days ago)'."""
        return f"last confirmed {self.confirmed.isoformat()} ({self.days} days ago)"

    def as_dict(self) -> dict[str, object]:
        return {**_identity(self.mentor), "last_confirmed": self.confirmed.isoformat(),
                "days": self.days}


def stale_profiles(directory: Directory, older_than: int | None = None) -> list[StaleProfile]:
    """Stale mentors who take mentees, longest silent first; `older_than` days instead of the
    program's setting. A paused profile (`accepting: false`) promises mentees nothing, so it
    needs no reminder and is not paused again."""
    limit = directory.stale_after_days if older_than is None else older_than
    found = [StaleProfile(mentor, mentor.confirmed, (directory.today - mentor.confirmed).days)
             for mentor in directory.mentors if mentor.confirmed is not None
             and mentor.profile.availability.accepting]
    return sorted((item for item in found if item.days > limit),
                  key=lambda item: (-item.days, item.mentor.id))


def report(profiles: list[StaleProfile], style: str, stale_after_days: int,
           reports_read: Seq[Reported] | None = None) -> str:
    """The list as plain text, JSON, or a Markdown checklist to paste into an issue; with the
    profiles mentees reported as not answering (see reports.py), stale or not, when read."""
    reported = reports_read or ()
    stale = {item.mentor.id for item in profiles}
    reports = {item.mentor.id: item for item in reported}
    if style == "json":
        return json.dumps([{**item.as_dict(), **(reports[item.mentor.id].as_dict()
                                                 if item.mentor.id in reports else {})}
                           for item in profiles]
                          + [{**_identity(item.mentor), **item.as_dict()} for item in reported
                             if item.mentor.id not in stale], indent=2)
    if style == "markdown":
        if not profiles and not reported:
            return "Every mentor profile has been confirmed recently. Thank you!"
        lines = []
        if profiles:
            lines += [
                f"These profiles have not been confirmed for more than {stale_after_days} days. "
                "If yours is listed, please check it is still right and open a one-line pull "
                "request that sets `last_confirmed:` to today's date (or update your "
                "availability, or delete the file if you are leaving the program).",
                "",
            ]
            lines += [f"- [ ] @{item.mentor.profile.github}: `{item.mentor.source}`, "
                      f"{item.silence}" for item in profiles]
        if reported:
            lines += [*([""] if lines else []),
                      "Mentees reported that these mentors did not answer their request. If you "
                      "are listed, please answer your requests, or set `accepting: false` under "
                      "`availability:` while you can't take mentees; then close the reports.", ""]
            lines += [f"- [ ] @{item.mentor.profile.github}: `{item.mentor.source}`, "
                      f"{_reports(item)}" for item in reported]
        return "\n".join(lines)
    if not profiles and not reported:
        return "No stale profiles." if reports_read is None else "No stale or reported profiles."
    return "\n".join([f"{item.mentor.source}: @{item.mentor.profile.github}, {item.silence}"
                      + (f"; {_reports(reports[item.mentor.id])}" if item.mentor.id in reports
                         else "") for item in profiles]
                     + [f"{item.mentor.source}: @{item.mentor.profile.github}, {_reports(item)}"
                        for item in reported if item.mentor.id not in stale])


def _identity(mentor: Mentor) -> dict[str, object]:
    return {"id": mentor.id, "path": mentor.source, "github": mentor.profile.github}


def _reports(item: Reported) -> str:
    """'reported as not answering in #12 and #15, since 2026-10-01'."""
    numbers = [f"#{number}" for number in item.issues]
    listed = numbers[0] if len(numbers) == 1 else f"{', '.join(numbers[:-1])} and {numbers[-1]}"
    return f"reported as not answering in {listed}, since {item.since.isoformat()}"


def pause_report(paused: list[StaleProfile], style: str) -> str:
    """What `--pause` changed, file by file: text, JSON, or Markdown for the pull request."""
    if style == "json":
        return json.dumps([item.as_dict() for item in paused], indent=2)
    if style == "markdown":
        return "\n".join(f"- @{item.mentor.profile.github}: `{item.mentor.source}`, "
                         f"{item.silence}: now `{PAUSED}`" for item in paused)
    lines = [f"{item.mentor.source}: set '{PAUSED}' (@{item.mentor.profile.github}, "
             f"{item.silence})" for item in paused]
    if not paused:
        lines.append("No profile to pause.")
    elif len(paused) == 1:
        lines.append("Paused 1 profile: it shows as not accepting mentees, and is no longer "
                     "listed as stale.")
    else:
        lines.append(f"Paused {len(paused)} profiles: they show as not accepting mentees, and are "
                     "no longer listed as stale.")
    return "\n".join(lines)


class CannotEdit(UserError):
    """The automatic edit cannot be made safely; a person should edit the file."""


PAUSED = "accepting: false"
# Every line break YAML knows: an edit starts its new lines after one of them.
_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


def mark_not_accepting(path: str, text: str, program: Program, today: date) -> str:
    """The profile text with `availability.accepting` false and nothing else changed.

    The edit is made where the loader says each node is, in block or flow style, and the result
    is checked again: an edit that would change anything else is refused, never returned.
    """
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    body = text[len(bom):]
    root, before = _checked(path, body, program, today, "the file has an error, so it is not "
                            "changed")
    edited = _paused(path, body, root, _newline(body))
    _, after = _checked(path, edited, program, today, "the edit would make the file invalid, so "
                        "it is not changed; set 'accepting: false' by hand")
    if after != replace(before, availability=replace(before.availability, accepting=False)):
        raise CannotEdit(f"{path}: the edit would change more than 'accepting', so the file is "
                         "not changed; set 'accepting: false' by hand")
    return bom + edited


def _checked(path: str, text: str, program: Program, today: date, refusal: str
             ) -> tuple[Mapping, Profile]:
    """The file's node tree and profile, or CannotEdit naming its first error."""
    root, problems = load(path, text.encode("utf-8"))
    profile = None
    if root is not None:
        profile, problems = check_profile(path, root, program, today)
    errors = [problem for problem in problems if problem.is_error]
    if root is None or profile is None or errors:
        raise CannotEdit(f"{path}: {refusal}: {errors[0].description()}")
    return root, profile


def _paused(path: str, text: str, root: Mapping, newline: str) -> str:
    """The text with the edit made: a value replaced, or an entry added where it belongs."""
    entry = root.entries.get("availability")
    if entry is None:
        indent = " " * (root.column - 1)
        return _add_entry(text, root, f"availability:{newline}{indent}  {PAUSED}",
                          "availability: {" + PAUSED + "}", newline)
    availability = entry[1]
    if isinstance(availability, Scalar):  # left empty, or null: the defaults
        start, end = availability.span
        return text[:start] + (" " if start == end else "") + "{" + PAUSED + "}" + text[end:]
    accepting = availability.entries.get("accepting") if isinstance(availability, Mapping) \
        else None
    if isinstance(availability, Mapping) and accepting is None:
        return _add_entry(text, availability, PAUSED, PAUSED, newline)
    if accepting is None or not isinstance(accepting[1], Scalar):  # a valid file has neither
        raise CannotEdit(f"{path}: 'availability' is written in a way the edit does not know; "
                         "set 'accepting: false' by hand")
    start, end = accepting[1].span
    return text[:start] + "false" + text[end:]


def _add_entry(text: str, mapping: Mapping, block: str, flow: str, newline: str) -> str:
    """The text with an entry added: first in a flow mapping, after the last in a block one."""
    start = mapping.span[0]
    if text.startswith("{", start):
        return text[:start + 1] + flow + (", " if mapping.entries else "") + text[start + 1:]
    after = _end_of_content(mapping)
    line_start = after == 0 or _LINE_BREAK.match(text[after - 1]) is not None
    if not line_start:  # the value ends inside a line: the entry goes on the next one
        following = _LINE_BREAK.search(text, after)
        after = following.end() if following else len(text)
        line_start = following is not None
    indent = " " * (mapping.column - 1)
    return (text[:after] + ("" if line_start else newline) + indent + block + newline
            + text[after:])


def _end_of_content(node: Node) -> int:
    """Where the last value written in a node ends, before any comment or blank line after it."""
    if isinstance(node, Mapping) and node.entries:
        return _end_of_content(list(node.entries.values())[-1][1])
    if isinstance(node, Sequence) and node.items:
        return _end_of_content(node.items[-1])
    return node.span[1] if not isinstance(node, Refused) else 0


def _newline(text: str) -> str:
    """The line break the file already uses."""
    found = _LINE_BREAK.search(text)
    return found.group() if found else "\n"

"""Schema v1 of a session page (a circle, an office-hours slot or an event), declared once.

A session is a Markdown page whose front matter holds the fields below and whose body is the
description. The front matter is read with the project's own located loader, never MkDocs' parser,
and checked with the same machinery as profiles (`generator.profile`), so a session's errors read
like a profile's and its JSON Schema and field reference come from the same declaration.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from rapidfuzz import fuzz

from generator import loader
from generator.loader import Mapping, Node, Scalar, Sequence
from generator.problems import Problem
from generator.profile import (
    INVALID,
    Checker,
    Count,
    Group,
    Language,
    ListOf,
    ProgramId,
    ScalarKind,
    Text,
    TimeZone,
    Url,
    _did_you_mean,
    check_mapping,
    object_schema,
    spec,
)
from generator.program import Program
from generator.schedule import LocalDay, Minutes, Schedule
from generator.translation import N_, _

SCHEMA_VERSION = 1
# Labels in English (the field reference's); pages show them in the site's language.
KINDS = {"circle": N_("Circle"), "office-hours": N_("Office hours"), "event": N_("Event")}
MEETS = {"online": N_("Online"), "in-person": N_("In person"),
         "hybrid": N_("In person and online")}
MAX_DESCRIPTION = 5000
FRONT_MATTER_START = re.compile(rb"\A(?:\xef\xbb\xbf)?---[ \t]*\r?\n")
FRONT_MATTER_END = re.compile(rb"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.M)
DESCRIPTION = Text(MAX_DESCRIPTION, markdown=True)


@dataclass(frozen=True)
class Choice(ScalarKind):
    """One of a few fixed words, such as a session's kind."""

    options: tuple[tuple[str, str], ...]  # (id, label)

    what: ClassVar[str] = N_("one word")

    def convert(self, value: str, node: Scalar, where: str, checker: Checker) -> Any:
        text = value.strip()
        ids = [option for option, _label in self.options]
        if text in ids:
            return text
        choices = {label: option for option, label in self.options} | {i: i for i in ids}
        return checker.report(node, where, _("'{value}' is not one of: {ids}", value=text,
                                             ids=", ".join(ids)),
                              _did_you_mean(text, choices, scorer=fuzz.WRatio, cutoff=80)
                              or _("write one of: {ids}", ids=", ".join(ids)))

    def json_schema(self, program: Program) -> dict[str, Any]:
        return {"enum": [option for option, _label in self.options]}

    def describe(self, program: Program) -> str:
        return "one of " + ", ".join(f"`{option}` ({label.lower()})"
                                     for option, label in self.options)


@dataclass
class SessionChecker(Checker):
    """A checker that also knows the mentors who may host: their ids and names."""

    mentors: dict[str, str] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class HostId(ScalarKind):
    """The id of a mentor in the directory: their profile's file name without `.yml`."""

    what: ClassVar[str] = N_("a mentor id")

    def convert(self, value: str, node: Scalar, where: str, checker: Checker) -> Any:
        text = value.strip()
        mentors = checker.mentors if isinstance(checker, SessionChecker) else {}
        if text in mentors:
            return text
        choices = {name: mentor_id for mentor_id, name in mentors.items()}
        choices.update({mentor_id: mentor_id for mentor_id in mentors})
        return checker.report(
            node, where, _("'{value}' is not a mentor in the directory", value=text),
            _did_you_mean(text, choices, scorer=fuzz.WRatio, cutoff=85)
            or _("write the id of a mentor's profile, its file name in mentors/ without '.yml'; "
                 "a profile with errors is left out until it is fixed"))

    def json_schema(self, program: Program) -> dict[str, Any]:
        return {"type": "string", "pattern": r"^[a-z0-9]+(-[a-z0-9]+)*$"}

    def describe(self, program: Program) -> str:
        return "a mentor's id: their profile's file name in `mentors/` without `.yml`"


@dataclass(frozen=True)
class Session:
    """One session's front matter, exactly as its page says once it has been checked."""

    title: str = spec(Text(100), "The session's name.", "Career changers circle")
    kind: str = spec(Choice(tuple(KINDS.items())), "What sort of session it is.", "circle")
    hosts: tuple[str, ...] = spec(ListOf(HostId(), 1, 4, noun=N_("host"), plural=N_("hosts")),
                                  "The mentors who host it.", ["ada-example"])
    goals: tuple[str, ...] = spec(ListOf(ProgramId("goals"), 1, 5, noun=N_("goal"),
                                              plural=N_("goals")),
                                  "What it helps with.", ["career-change"])
    languages: tuple[str, ...] = spec(ListOf(Language(), 1, 5, noun=N_("language"),
                                                  plural=N_("languages")),
                                      "Languages it is held in.", ["en"])
    timezone: str = spec(TimeZone(), "The time zone of the schedule's times.", "Europe/Berlin")
    schedule: Schedule = spec(Group(Schedule), "When it meets.",
                              "{first: 2026-03-03 18:00, every: 2 weeks, times: 6}")
    duration: int = spec(Minutes(), "How long each meeting lasts.", "90 minutes")
    meets: str = spec(Choice(tuple(MEETS.items())), "Where it meets.", "online")
    signup: str = spec(Url(), "Where people sign up (a form, a booking or ticket page).",
                       "https://forms.example.org/career-changers-circle")
    speakers: tuple[str, ...] = spec(
        ListOf(Text(80), 0, 8, noun=N_("speaker"), plural=N_("speakers")),
        "Events only: outside speakers, by name, besides the hosts.", ["Rua Example"], default=())
    skills: tuple[str, ...] = spec(ListOf(ProgramId("skills"), 0, 10, noun=N_("skill"),
                                               plural=N_("skills")),
                                   "Skills it covers, as ids from the skills list.",
                                   ["python"], default=())
    place: str | None = spec(Text(120), "In person: where (a public venue, not a home address).",
                             "Central Library, room 2", default=None)
    places: int | None = spec(Count(), "How many can join; leave out for no limit.", 6,
                              default=None)
    places_taken: int = spec(Count(), "How many places are taken.", 2, default=0)
    signup_closes: date | None = spec(LocalDay(), "The last day to sign up, if there is one.",
                                      "2026-02-27", default=None)

    def rules(self) -> list[tuple[str | None, str, str]]:
        """Rules across fields: (field, or None for the front matter, message, hint)."""
        found: list[tuple[str | None, str, str]] = []
        if self.speakers and self.kind != "event":
            found.append(("speakers", _("only events name outside speakers"),
                          _("set 'kind: event', or name guests in the description")))
        if self.meets != "online" and self.place is None:
            found.append(("meets", _("is '{meets}', but there is no 'place'", meets=self.meets),
                          _("add a line like 'place: Central Library, room 2'")))
        if self.meets == "online" and self.place is not None:
            found.append(("place", _("is given for a session that meets online"),
                          _("set 'meets: hybrid', or remove the place (send the joining link "
                            "to those who sign up)")))
        if self.places is not None and self.places_taken > self.places:
            found.append(("places_taken", _("is {taken}, more than places ({places})",
                                            taken=self.places_taken, places=self.places),
                          _("raise places or lower places_taken")))
        return found

    @property
    def places_left(self) -> int | None:
        """Open places, or None when there is no limit."""
        return None if self.places is None else max(self.places - self.places_taken, 0)


@dataclass(frozen=True)
class SessionPage:
    """A checked session page: its front matter and its description (Markdown, checked)."""

    session: Session
    description: str


def read_page(path: str, data: bytes, program: Program, mentors: dict[str, str], today: date
              ) -> tuple[SessionPage | None, list[Problem]]:
    """Split a page into front matter and description, and check both; every problem at once."""
    if len(data) > loader.MAX_BYTES:
        return None, [Problem(path, 1, 1, loader.too_large(len(data)),
                              hint=_("shorten the description"))]
    split = front_matter(data)
    if split is None:
        return None, [Problem(path, 1, 1, _("a session page starts with its fields between two "
                                            "'---' lines"),
                              hint=_("copy the first lines of a sample session"))]
    head, body = split
    checker = SessionChecker(path, program, today, mentors=mentors)
    if not head.strip():
        checker.report(Scalar("", 2, 1, True), None,
                       _("the fields between the '---' lines are empty"),
                       _("copy the first lines of a sample session"))
        return None, checker.problems
    # The loader reads the front matter alone, after a blank line standing for the first '---',
    # so that every line it names is the page's own.
    root, problems = loader.load(path, b"\n" + head)
    body_line = data[:len(data) - len(body)].count(b"\n") + 1
    description = _description(body, body_line, checker)
    if root is None:
        return None, problems + checker.problems
    session = check_mapping(Session, root, "", checker)
    if session is not INVALID:
        _apply_rules(session, root, checker)
    problems += checker.problems
    if session is INVALID or description is INVALID or any(p.is_error for p in problems):
        return None, problems
    return SessionPage(session, description), problems


def front_matter(data: bytes) -> tuple[bytes, bytes] | None:
    """A page's front matter (between its '---' lines) and its body, or None if it has none."""
    start = FRONT_MATTER_START.match(data)
    end = FRONT_MATTER_END.search(data, start.end()) if start else None
    if start is None or end is None:
        return None
    return data[start.end():end.start()], data[end.end():]


def _description(body: bytes, line: int, checker: Checker) -> Any:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        line += body[:error.start].count(b"\n")
        return checker.report(Scalar("", line, 1, True), "description",
                              _("is not UTF-8 text (byte 0x{byte})",
                                byte=f"{body[error.start]:02x}"),
                              _("save the file with UTF-8 encoding"))
    node = Scalar(text, line, 1, plain=False)
    if not text.strip():
        return checker.report(node, "description", _("is missing"),
                              _("write a few paragraphs below the second '---' line: what it is "
                                "about, who it is for and how it runs"))
    return DESCRIPTION.check(node, "description", checker)


def _apply_rules(session: Session, root: Mapping, checker: Checker) -> None:
    """Reports the rules that span fields, each at the field it names."""
    schedule = root.entries["schedule"][1]
    located: list[tuple[Node | Scalar, str, str, str]] = []
    for name, message, hint in session.schedule.rules():
        where = f"schedule.{name}" if name else "schedule"
        located.append((_entry(schedule, name), where, message, hint))
    for name, message, hint in session.rules():
        located.append((_entry(root, name), name or "", message, hint))
    zone = ZoneInfo(session.timezone)
    moments = ([("first", session.schedule.first)] if session.schedule.first else
               [(f"dates[{n + 1}]", moment) for n, moment in enumerate(session.schedule.dates)])
    for where, moment in moments:
        if not _exists(moment, zone):
            node = _entry(schedule, where.split("[")[0])
            if isinstance(node, Sequence):
                node = node.items[int(where.split("[")[1][:-1]) - 1]
            located.append((node, f"schedule.{where}",
                            _("{moment} does not exist in {zone}: the clocks go forward then",
                              moment=f"{moment:%Y-%m-%d %H:%M}", zone=session.timezone),
                            _("choose another time")))
    for node, where, message, hint in located:
        checker.report(node, where or None, message, hint)


def _entry(mapping: Node, name: str | None) -> Node | Scalar:
    """The value of a field, or the key of the mapping itself when the field is not there."""
    if name and isinstance(mapping, Mapping) and name in mapping.entries:
        return mapping.entries[name][1]
    return mapping


def _exists(moment: datetime, zone: ZoneInfo) -> bool:
    """Whether a local time happens at all: times skipped when clocks go forward do not."""
    aware = moment.replace(tzinfo=zone)
    return aware.astimezone(ZoneInfo("UTC")).astimezone(zone).replace(tzinfo=None) == moment


def json_schema(program: Program) -> dict[str, Any]:
    """The JSON Schema of a session page's front matter, for editors."""
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": f"Session page front matter (schema v{SCHEMA_VERSION})",
        "description": "A circle, office hours or event of a Mentor Directory program.",
        **object_schema(Session, program),
    }


__all__ = ["KINDS", "MEETS", "Session", "SessionPage", "json_schema", "read_page"]

"""Cohort applications: the questions, declared once, and the form tool's CSV export read back.

The questions give the page organisers copy into their form tool and the CSV header; answers are
read back as the program's ids (a label or an id both work), with every bad value reported by row
and column. Applications are personal data: they are read from the organiser's own files and
never written into the repository or the site.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from generator.loader import Scalar
from generator.places import zone_for
from generator.problems import Problem
from generator.profile import (
    INVALID,
    Checker,
    Language,
    ProgramId,
    Skill,
    Text,
    TimeZone,
)
from generator.program import Program
from generator.spreadsheets import header_key, named_runs, read_table
from generator.taxonomy import SkillMatch
from generator.translation import _, ngettext
from generator.workday import WORKDAY, Window

MAX_GOALS = 3


@dataclass(frozen=True)
class Availability:
    """A time of day an applicant can meet, in their own time zone."""

    id: str
    label: str
    windows: tuple[Window, ...]


AVAILABILITY = (
    Availability("daytime", "Daytime, 08:00 to 20:00", (WORKDAY,)),
    Availability("mornings", "Mornings, 07:00 to 12:00", ((7, 12),)),
    Availability("afternoons", "Afternoons, 12:00 to 17:00", ((12, 17),)),
    Availability("evenings", "Evenings, 17:00 to 22:00", ((17, 22),)),
)
IMPORTANCE = (("prefer", "Prefer: a mentor who shares one is better"),
              ("must", "Must: only mentors who share at least one"))

Choices = Callable[[Program], list[tuple[str, str]]]  # (id, label) of each choice


def _program_list(name: str) -> Choices:
    return lambda program: [(entry.id, entry.label) for entry in program.entries(name)]


@dataclass(frozen=True)
class Question:
    """One question of the application form: its title is the CSV column's header."""

    key: str  # the field of Application it fills
    header: str
    answer: str  # the kind of question to create in the form tool
    help: str
    required: bool = False
    choices: Choices | None = None
    many: bool = False  # several answers in one cell
    aliases: tuple[str, ...] = ()  # other headers form tools give the same column


QUESTIONS = (
    Question("name", "Your name", "Short answer", "The name you would like your mentor to use.",
             True, aliases=("Name", "Full name")),
    Question("email", "Your email address", "Short answer",
             "Where the organisers write to you about your match.", True,
             aliases=("Email address", "Email", "E-mail", "E-mail address")),
    Question("goals", "Goals", "Checkboxes",
             f"Which goals matter most to you right now? Choose 1 to {MAX_GOALS}.", True,
             _program_list("goals"), many=True, aliases=("Goal",)),
    Question("skills", "Skills wanted", "Short answer",
             "Skills or fields your mentor should know well, separated by commas, such as "
             "Kubernetes, data engineering.", many=True, aliases=("Skills",)),
    Question("stage", "Career stage", "Multiple choice", "Where are you in your career?", True,
             _program_list("stages"), aliases=("Stage",)),
    Question("languages", "Languages", "Short answer",
             "Languages you are comfortable being mentored in, separated by commas, such as "
             "English, Portuguese.", True, many=True, aliases=("Language",)),
    Question("timezone", "Time zone", "Short answer",
             "Your time zone, such as Europe/Berlin or America/Sao_Paulo; a city such as Lagos, "
             "or UTC+2, works too.", True, aliases=("Timezone", "Time-zone")),
    Question("experiences", "Shared experience", "Checkboxes",
             "Lived experience you would like your mentor to share. Only the organisers see "
             "it.", choices=_program_list("experiences"), many=True,
             aliases=("Shared experiences", "Preferred shared experience",
                      "Preferred shared experiences")),
    Question("importance", "Shared experience importance", "Multiple choice",
             "If you chose a shared experience, how much does it matter? Prefer, when left "
             "empty.", choices=lambda program: list(IMPORTANCE),
             aliases=("Importance of shared experience",)),
    Question("format", "Preferred format", "Multiple choice",
             "How would you like to be mentored?", choices=_program_list("formats"),
             aliases=("Format",)),
    Question("availability", "Availability", "Checkboxes",
             "When are you usually free to meet, in your own time zone? Daytime, when left "
             "empty.", choices=lambda program: [(a.id, a.label) for a in AVAILABILITY],
             many=True, aliases=("When are you free?",)),
    Question("notes", "Anything else", "Paragraph",
             "Anything that would make mentoring work better for you.",
             aliases=("Comments", "Notes")),
)


@dataclass(frozen=True)
class Application:
    """One applicant's answers, as the program's ids."""

    row: int  # in the spreadsheet, the header being row 1
    name: str
    email: str
    goals: tuple[str, ...]
    skills: tuple[SkillMatch, ...]
    stage: str
    languages: tuple[str, ...]
    timezone: str
    experiences: tuple[str, ...] = ()
    must_share: bool = False  # "must": only mentors who share one of `experiences`
    format: str | None = None
    availability: tuple[str, ...] = ()  # ids from AVAILABILITY; empty means daytime
    notes: str | None = None

    @property
    def key(self) -> str:
        """How organisers name the applicant in pins, forbids and --explain: the email address."""
        return self.email.casefold()

    @property
    def windows(self) -> tuple[Window, ...]:
        chosen = [entry for entry in AVAILABILITY if entry.id in self.availability]
        return tuple(window for entry in chosen for window in entry.windows) or (WORKDAY,)


@dataclass
class Applications:
    """What one CSV export holds: usable applications and the rows that could not be used."""

    applications: list[Application] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # file problems and bad values
    unused: dict[int, str] = field(default_factory=dict)  # row -> why it was not used
    ignored_columns: list[str] = field(default_factory=list)  # headers no question uses
    empty_rows: int = 0


def questions_markdown(program: Program) -> str:
    """The questions as a page organisers copy into a form tool, with the CSV header."""
    lines = []
    for number, question in enumerate(QUESTIONS, 1):
        need = "required" if question.required else "optional"
        lines.append(f"{number}. **{question.header}** ({question.answer.lower()}, {need}): "
                     f"{question.help}")
        for _choice, label in question.choices(program) if question.choices else ():
            lines.append(f"    - {label}")
    header = io.StringIO()
    csv.writer(header, lineterminator="").writerow(question.header for question in QUESTIONS)
    return ("\n".join(lines) + "\n\nThe CSV header, for a form tool that imports one or to "
            "check an export:\n\n```csv\n" + header.getvalue() + "\n```\n")


def read_applications(data: bytes, shown: str, program: Program) -> Applications:
    """The applications in a CSV export (UTF-8, with or without a byte-order mark)."""
    result = Applications()
    rows, unreadable = read_table(data, shown)
    if unreadable is not None:
        result.problems.append(unreadable)
        return result
    if not rows or not any(cell.strip() for cell in rows[0]):
        result.problems.append(Problem(shown, 1, 1, _("file is empty"),
                                       hint=_("export the form's responses as CSV")))
        return result
    columns = _columns(rows[0], shown, result)
    if columns is None:
        return result
    checker = Checker(shown, program, date.today())
    latest: dict[str, Application] = {}
    for number, row in enumerate(rows[1:], 2):
        if not any(cell.strip() for cell in row):
            result.empty_rows += 1
            continue
        before = len(checker.problems)
        answers = {question.key: _answer(question, row, position, number, checker)
                   for question, position in columns.items()}
        errors = [problem for problem in checker.problems[before:] if problem.is_error]
        if errors:
            result.unused[number] = "; ".join(problem.description() for problem in errors)
            continue
        application = _application(number, answers, program)
        earlier = latest.get(application.key)
        if earlier is not None:
            result.unused[earlier.row] = _("replaced by row {row}, a later answer from the "
                                           "same email address", row=number)
        latest[application.key] = application
    result.problems += checker.problems
    result.applications = sorted(latest.values(), key=lambda application: application.row)
    return result


def _columns(header: list[str], shown: str, result: Applications) -> dict[Question, int] | None:
    """Which column answers each question: its shipped header first, else one alias."""
    keys = [header_key(cell) for cell in header]
    columns: dict[Question, int] = {}
    used: set[int] = set()
    for question in QUESTIONS:
        exact = [position for position, key in enumerate(keys)
                 if key == header_key(question.header)]
        found = exact or [position for position, key in enumerate(keys)
                          if key in {header_key(alias) for alias in question.aliases}]
        if len(found) > 1:
            names = _(" and ").join(f"{position + 1} ('{header[position].strip()}')"
                                    for position in found)
            result.problems.append(Problem(
                shown, 1, found[1] + 1, _("columns {columns} could both be '{question}'",
                                          columns=names, question=question.header),
                hint=_("rename the one that holds the answers to '{question}'",
                       question=question.header)))
        elif found:
            columns[question] = found[0]
            used.add(found[0])
        elif question.required:
            result.problems.append(Problem(
                shown, 1, 1, _("no column for the required question '{question}'",
                               question=question.header),
                hint=_("the columns are: {columns}",
                       columns=", ".join(f"'{cell.strip()}'" for cell in header))))
    result.ignored_columns = [cell.strip() for position, cell in enumerate(header)
                              if position not in used and cell.strip()]
    return None if result.problems else columns


def _answer(question: Question, row: list[str], position: int, number: int,
            checker: Checker) -> Any:
    """One cell as ids or text; None when blank; INVALID once reported."""
    value = row[position].strip() if position < len(row) else ""
    where = question.header
    node = Scalar(value, number, position + 1, plain=False)
    if not value:
        if question.required:
            return checker.report(node, where, _("is empty"), _("this question needs an answer"))
        return None
    if question.key == "email":
        if not re.fullmatch(r"[^@\s<>\"'(),;:\\]+@[^@\s<>\"'(),;:\\]+\.[^@\s<>\"'(),;:\\.]+",
                            value):
            return checker.report(node, where, _("'{address}' is not an email address",
                                                 address=value))
        return value
    if question.key == "timezone":
        return zone_for(value) or TimeZone().convert(value, node, where, checker)
    if question.choices is not None:
        return _choices(question, question.choices, value, node, checker)
    if question.many:
        item = Language() if question.key == "languages" else Skill(50)
        parts = [part for part in re.split(r"[,;\n]", value) if part.strip()]
        values = [item.convert(part, node, where, checker) for part in parts]
        return INVALID if INVALID in values else tuple(dict.fromkeys(values))
    return Text(2000 if question.key == "notes" else 80, markdown=question.key == "notes"
                ).convert(value, node, where, checker)


def _choices(question: Question, listed: Choices, value: str, node: Scalar, checker: Checker
             ) -> Any:
    """Choices by label or id. Form tools join several with ', ' or ';', and a label may hold a
    comma itself, so the longest run of pieces that names a choice is taken each time."""
    choices = listed(checker.program)
    known = {header_key(text): choice_id for choice_id, label in choices
             for text in (choice_id, label)}
    pieces = re.split(r"[,;\n]", value) if question.many else [value]
    found: list[str] = []
    for run, named in named_runs(pieces, lambda text: header_key(text) in known):
        if not named:
            return _unknown_choice(question, choices, run, node, checker)
        found.append(known[header_key(run)])
    found = list(dict.fromkeys(found))
    if question.key == "goals" and len(found) > MAX_GOALS:
        return checker.report(node, question.header, ngettext(
            "lists {number} {item}; the limit is {limit}",
            "lists {number} {items}; the limit is {limit}", len(found), number=len(found),
            item=_("goal"), items=_("goals"), limit=MAX_GOALS),
                              _("ask the applicant which matter most"))
    return tuple(found) if question.many else found[0]


def _unknown_choice(question: Question, choices: list[tuple[str, str]], piece: str, node: Scalar,
                    checker: Checker) -> Any:
    program_lists = {"goals": "goals", "stage": "stages", "experiences": "experiences",
                     "format": "formats"}
    if question.key in program_lists:
        ProgramId(program_lists[question.key]).convert(piece, node, question.header, checker)
        return INVALID
    options = ", ".join(f"'{choice_id}'" for choice_id, _label in choices)
    return checker.report(node, question.header, _("'{value}' is not one of the choices",
                                                   value=piece), _("use one of: {ids}", ids=options))


def _application(row: int, answers: dict[str, Any], program: Program) -> Application:
    taxonomy = program.taxonomy
    skills = {match.id: match for match in map(taxonomy.match, answers.get("skills") or ())}
    return Application(
        row=row, name=answers["name"], email=answers["email"], goals=answers["goals"],
        skills=tuple(skills.values()), stage=answers["stage"], languages=answers["languages"],
        timezone=answers["timezone"], experiences=answers.get("experiences") or (),
        must_share=answers.get("importance") == "must", format=answers.get("format"),
        availability=answers.get("availability") or (), notes=answers.get("notes"))

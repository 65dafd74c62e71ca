"""The "Propose a circle or event" issue form: written from the session schema, read back into a
session page.

Hosts who don't use git fill in a GitHub issue form; a workflow turns the issue into a pull
request adding the page. As with the profile form (`issue_form.py`, whose question and answer
helpers this module uses), the questions come from the schema, answers are written with
`yaml.safe_dump` (no answer can add YAML structure), and the page is checked by the same loader
and checks as any session page. The issue's author must be one of the session's hosts.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping as MappingType
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import yaml

from generator.directory import MAX_ID_LENGTH, PROFILE_ID, slug
from generator.issue_form import (
    Question,
    _element,
    _option,
    _option_id,
    _value,
    form_file,
    item_of,
    parse_body,
)
from generator.problems import Problem
from generator.profile import Group, ListOf, ProgramId
from generator.profile_text import TextDumper
from generator.program import Program
from generator.schedule import Times
from generator.session import Choice, Session, read_page
from generator.sessions import RESERVED_IDS
from generator.translation import _

ISSUE_LABEL = "session-proposal"
FORM_FILE = ".github/ISSUE_TEMPLATE/session-proposal.yml"
FOLDER_FOR_KIND = {"circle": "circles", "office-hours": "office-hours", "event": "events"}
LABELS = {
    "kind": "Kind", "hosts": "Hosts", "timezone": "Time zone", "schedule.first": "First meeting",
    "schedule.every": "Repeats every", "schedule.times": "How many meetings",
    "schedule.dates": "Dates, instead of a first meeting", "meets": "Where it meets",
    "signup": "Sign-up link", "places_taken": "Places taken", "signup_closes": "Sign-ups close",
}
DESCRIPTION_LABEL = "Description"
ID_LABEL = "Page id"
ID_DOC = ("The name of the page's file and the end of its address, such as `career-changers`: "
          "lowercase letters, digits and single hyphens. Leave empty to use the title. To change "
          "a session you host, give its id.")
INTRO = """\
Propose a circle, office hours or an event that you host. Fill in this form and a pull request \
adding the session's page is opened for you; a maintainer reviews it and it appears on the site, \
with a calendar file people can import.

- **You must be one of its hosts**, named by the id of your mentor profile. Other hosts are \
asked to confirm in the pull request.
- **Everything you write here is public.** For sessions online, don't give the joining link: \
send it to those who sign up.
- Times are written on the clock of the session's time zone, such as `2026-03-03 18:00`.
"""


def _questions() -> tuple[Question, ...]:
    """The schema's fields in order, the schedule's flattened."""
    found = []
    for spec_field in dataclasses.fields(Session):
        meta = spec_field.metadata
        entries = ([(f"{spec_field.name}.{sub.name}", sub, False) for sub in
                    dataclasses.fields(meta["kind"].schema)]
                   if isinstance(meta["kind"], Group) else
                   [(spec_field.name, spec_field, spec_field.default is dataclasses.MISSING)])
        for key, entry, required in entries:
            label = LABELS.get(key) or key.rpartition(".")[2].replace("_", " ").capitalize()
            found.append(Question(key, label, entry.metadata["kind"], entry.metadata["doc"],
                                  entry.metadata["example"], required))
    return tuple(found)


QUESTIONS = _questions()
BY_KEY = {question.key: question for question in QUESTIONS}
ORDER = {label: position for position, label in
         enumerate([question.label for question in QUESTIONS] + [DESCRIPTION_LABEL, ID_LABEL])}


def render_form(program: Program) -> str:
    """The issue form YAML for `.github/ISSUE_TEMPLATE/`, with the program's goals."""
    body: list[dict[str, Any]] = [{"type": "markdown", "attributes": {"value": INTRO}}]
    body += [_session_element(question, program) for question in QUESTIONS]
    body.append({"type": "textarea", "id": "description",
                 "attributes": {"label": DESCRIPTION_LABEL, "description": (
                     "What it is about, who it is for and how it runs. Markdown, at most 5,000 "
                     "characters.")},
                 "validations": {"required": True}})
    body.append({"type": "input", "id": "page-id",
                 "attributes": {"label": ID_LABEL, "description": ID_DOC,
                                "placeholder": "career-changers"},
                 "validations": {"required": False}})
    form = {"name": "Propose a circle or event",
            "description": "Host a circle, office hours or an event, without editing files.",
            "title": "Session: ", "labels": [ISSUE_LABEL], "body": body}
    return form_file("session-form", "session", form)


def _session_element(question: Question, program: Program) -> dict[str, Any]:
    """The profile form's element, but a dropdown for a choice and a text box for skill ids."""
    kind = question.kind
    if isinstance(kind, Choice):
        return {"type": "dropdown", "id": question.id,
                "attributes": {"label": question.label, "description": question.doc,
                               "options": [_option(label, option) for option, label
                                           in kind.options]},
                "validations": {"required": True}}
    if _is_skills(question):
        return {"type": "input", "id": question.id,
                "attributes": {"label": question.label, "description": (
                    f"{question.doc} Separate them with commas; the ids are those of "
                    "generator/data/skills.yml, such as `python` or `machine-learning`."),
                    "placeholder": ", ".join(question.example)},
                "validations": {"required": False}}
    return _element(question, program)


@dataclass
class IssueSession:
    """What an issue becomes: a page's path and text, or the problems to fix first."""

    path: str | None = None  # in the docs folder: "circles/career-changers.md"
    text: str | None = None
    updates: bool = False
    hosts: tuple[str, ...] = ()  # GitHub logins of the hosts, to ask them to confirm
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.text is not None


def session_from_issue(body: str, author: str, program: Program, today: date, *,
                       mentors: MappingType[str, str], logins: MappingType[str, str],
                       existing: MappingType[str, tuple[str, tuple[str, ...]]],
                       folders: tuple[str, ...]) -> IssueSession:
    """Turn an issue body into a checked session page proposed by `author`.

    `mentors` maps mentor ids to names and `logins` mentor ids to GitHub logins; `existing` maps
    each session id already in the repository to its page (in the docs folder) and its hosts.
    """
    answers = parse_body(body, ORDER)
    result = IssueSession()
    values: dict[str, Any] = {}
    for question in QUESTIONS:
        value = _answer(question, answers.get(question.label, ""))
        if value is None:
            if question.required:
                result.problems.append(Problem("issue", 1, 1, _("this question needs an answer"),
                                               question.label, _("fill it in")))
            continue
        group, _dot, name = question.key.rpartition(".")
        (values.setdefault(group, {}) if group else values)[name] = value
    hosts = [host for host in values.get("hosts", []) if isinstance(host, str)]
    mine = [host for host in hosts if logins.get(host, "").casefold() == author.casefold()]
    if hosts and not mine:
        result.problems.append(Problem(
            "issue", 1, 1, _("@{author} is not one of the hosts", author=author), LABELS["hosts"],
            _("a session is proposed by one of its hosts: add the id of your own mentor "
              "profile")))
    session_id = _choose_id(answers.get(ID_LABEL, ""), values.get("title"), author, logins,
                            existing, result)
    kind_folder = FOLDER_FOR_KIND.get(values.get("kind", ""), "")
    folder = kind_folder if kind_folder in folders else folders[0]
    result.path = existing[session_id][0] if session_id in existing else (
        f"{folder}/{session_id}.md")
    ordered = {name: values[name] for name in [f.name for f in dataclasses.fields(Session)]
               if name in values}
    description = answers.get(DESCRIPTION_LABEL, "").strip()
    text = ("---\n" + yaml.dump(ordered, Dumper=TextDumper, sort_keys=False, allow_unicode=True,
                                default_flow_style=None, width=100)
            + "---\n" + description + "\n")
    _page, checked = read_page(result.path, text.encode("utf-8"), program, dict(mentors), today)
    unanswered = {problem.field for problem in result.problems}
    for problem in checked:
        worded = _in_form_words(problem)
        if worded.field not in unanswered:
            result.problems.append(worded)
    result.problems.sort(key=lambda problem: ORDER.get((problem.field or "").split(",")[0],
                                                       len(ORDER)))
    if not any(problem.is_error for problem in result.problems):
        result.text = text
        result.hosts = tuple(logins[host] for host in hosts if host in logins)
    return result


def _answer(question: Question, answer: str) -> Any:
    """An answer as the value the page holds, for the questions this form asks its own way."""
    kind = question.kind
    if _is_skills(question):
        return [part.strip() for part in answer.split(",") if part.strip()] or None
    value = _value(question, answer)
    if isinstance(kind, Choice) and isinstance(value, str):
        return _option_id(value)
    if isinstance(kind, Times) and isinstance(value, str) and re.fullmatch(r"\d{1,6}", value):
        return int(value)
    return value


def _is_skills(question: Question) -> bool:
    kind = question.kind
    return isinstance(kind, ListOf) and isinstance(kind.item, ProgramId) and \
        kind.item.list_name == "skills"


def _choose_id(answer: str, title: Any, author: str, logins: MappingType[str, str],
               existing: MappingType[str, tuple[str, tuple[str, ...]]],
               result: IssueSession) -> str:
    """The page id: the one asked for (a session the author hosts, or a new one), or the title's."""
    chosen = answer.strip() or slug(title if isinstance(title, str) else "") or "session"
    problem = None
    if not PROFILE_ID.fullmatch(chosen) or len(chosen) > MAX_ID_LENGTH:
        problem = (_("'{id}' is not a valid id", id=chosen),
                   _("use lowercase letters, digits and single hyphens, at most {limit} "
                     "characters, such as 'career-changers'", limit=MAX_ID_LENGTH))
    elif chosen in RESERVED_IDS:
        problem = (_("'{id}' is reserved for the site's own pages", id=chosen),
                   _("choose another id"))
    elif chosen in existing:
        hosted = any(logins.get(host, "").casefold() == author.casefold()
                     for host in existing[chosen][1])
        if not hosted:
            problem = (_("{file} is a session you don't host", file=existing[chosen][0]),
                       _("choose another id") if answer.strip()
                       else _("choose another id: the one made from the title is taken"))
        result.updates = hosted
    if problem:
        result.problems.append(Problem("issue", 1, 1, problem[0], ID_LABEL, problem[1]))
    return chosen


def _in_form_words(problem: Problem) -> Problem:
    """A problem of the written page, named by the form's question instead of the YAML field."""
    found = re.fullmatch(r"([a-z_.]+?)(?:\[(\d+)\])?", problem.field or "")
    name = found.group(1) if found else ""
    question = BY_KEY.get(name)
    if question is None:
        # Translators: where a problem is when it belongs to no question of the form.
        where = DESCRIPTION_LABEL if name == "description" else problem.field or _("Session")
    else:
        where = item_of(question.label, found.group(2) if found else None)
    return dataclasses.replace(problem, path="issue", line=1, column=1, field=where)


__all__ = ["FORM_FILE", "ISSUE_LABEL", "IssueSession", "render_form", "session_from_issue"]

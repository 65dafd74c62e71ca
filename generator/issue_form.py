"""The "Add or update my mentor profile" issue form: written from the schema, read back into a file.

Mentors who don't use git fill in a GitHub issue form; a workflow turns the issue into a pull
request adding `mentors/<id>.yml`. The form's questions come from the schema dataclasses in
`profile.py` and the program lists, the answers are written with `yaml.safe_dump` (so no answer
can add YAML structure), and the file is checked by the same loader and checks as any profile.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping as MappingType
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import yaml

from generator import loader
from generator.directory import MAX_ID_LENGTH, PROFILE_ID, RESERVED_IDS, slug
from generator.problems import Problem
from generator.profile import (
    CHANNELS,
    UNREACHABLE,
    Boolean,
    Count,
    Group,
    Handle,
    Kind,
    Language,
    ListOf,
    Profile,
    ProgramId,
    Text,
    Url,
    check_profile,
)
from generator.profile_text import TextDumper, profile_text
from generator.program import Program
from generator.proposals import Proposal
from generator.translation import _

ISSUE_LABEL = "mentor-profile"
FORM_FILE = ".github/ISSUE_TEMPLATE/mentor-profile.yml"
NO_RESPONSE = "_No response_"  # what GitHub writes for a question left empty
YES, NO = "Yes", "No"
# Not asked: the login is the issue's author, the date is the day the form is read, an email
# address in a public repository stays in its history (the form offers links instead), and
# mentees' thanks are the organisers' to add.
NOT_ASKED = {"github", "last_confirmed", "contact.email", "thanks"}
LABELS = {
    "timezone": "Time zone", "mentee_stages": "Mentee stages",
    "experiences": "Lived experience (optional)", "availability.accepting": "Taking new mentees?",
    "availability.capacity": "Most mentees at once",
    "availability.mentees": "Mentees you have now", "availability.hours_per_month": "Hours per month",
    "availability.waitlist": "Waitlist link", "contact.calendar": "Booking link",
    "contact.website": "Website", "contact.form": "Contact form", "contact.linkedin": "LinkedIn",
    "contact.mastodon": "Mastodon", "photo": "Photo link", "meeting_modes": "Meeting modes",
    "years_in_tech": "Years in tech", "alumni": "Were you a mentee before?",
    "style": "How you like to work", "responds_within": "Days to reply",
    "availability.windows": "When you can meet", "recognition": "List me on 'Our mentors'",
}
# How to answer, where the field's kind doesn't say it well enough.
HOW = {
    "experiences": "Tick only what you choose to share, or nothing: nothing is assumed, and what "
                   "you tick is public, also in the repository's history.",
}
INTRO = """\
Thank you for volunteering as a mentor! Fill in this form and a pull request adding your profile \
is opened for you; a maintainer reviews it and it appears on the site.

- **Everything you write here is public**, on the site and in the repository's history. For \
contact, a booking link or a contact form is safer than an email address.
- Your GitHub account becomes the owner of the profile (its `github:` line), so only you can \
change it later. To update it, open this form again: your existing profile is updated.
- If an answer needs fixing, a comment on this issue says which; edit the issue to fix it.
"""
ID_LABEL = "Profile id"
ID_DOC = ("The name of your file and the end of your page's address, such as `ada-example`: "
          "lowercase letters, digits and single hyphens. Leave empty to use your name.")


@dataclass(frozen=True)
class Question:
    """One question of the form and the profile field its answer fills."""

    key: str  # the field as problems name it: "timezone", "availability.capacity"
    label: str
    kind: Kind
    doc: str
    example: Any
    required: bool
    default: Any = None  # the field's value when the file leaves it out

    @property
    def id(self) -> str:
        return self.key.replace(".", "-").replace("_", "-")

    @property
    def widget(self) -> str:
        kind = self.kind
        if isinstance(kind, ListOf):
            if isinstance(kind.item, ProgramId):
                return "checkboxes"
            return "input" if isinstance(kind.item, Language) else "textarea"
        if isinstance(kind, Boolean):
            return "dropdown"
        return "textarea" if isinstance(kind, Text) and kind.markdown else "input"


def _questions() -> tuple[Question, ...]:
    """The schema's fields in order, nested groups flattened, less those the form doesn't ask."""
    found = []
    for spec_field in dataclasses.fields(Profile):
        meta = spec_field.metadata
        entries = ([(f"{spec_field.name}.{sub.name}", sub) for sub in
                    dataclasses.fields(meta["kind"].schema)]
                   if isinstance(meta["kind"], Group) else [(spec_field.name, spec_field)])
        for key, entry in entries:
            if key in NOT_ASKED:
                continue
            label = LABELS.get(key) or key.rpartition(".")[2].replace("_", " ").capitalize()
            required = entry.default is dataclasses.MISSING
            found.append(Question(key, label, entry.metadata["kind"], entry.metadata["doc"],
                                  entry.metadata["example"], required,
                                  None if required else entry.default))
    return tuple(found)


QUESTIONS = _questions()
BY_KEY = {question.key: question for question in QUESTIONS}
ORDER = {label: position for position, label in
         enumerate([question.label for question in QUESTIONS] + [ID_LABEL])}


def render_form(program: Program) -> str:
    """The issue form YAML for `.github/ISSUE_TEMPLATE/`, with the program's own lists."""
    body: list[dict[str, Any]] = [{"type": "markdown", "attributes": {"value": INTRO}}]
    body += [_element(question, program) for question in QUESTIONS]
    body.append({"type": "input", "id": "profile-id",
                 "attributes": {"label": ID_LABEL, "description": ID_DOC,
                                "placeholder": "ada-example"},
                 "validations": {"required": False}})
    form = {"name": "Add or update my mentor profile",
            "description": "Become a mentor, or change your profile, without editing files.",
            "title": "Mentor profile: ", "labels": [ISSUE_LABEL], "body": body}
    return form_file("issue-form", "profile", form)


def form_file(command: str, schema: str, form: dict[str, Any]) -> str:
    """An issue form's YAML, headed by the command that writes it and what it is made from."""
    header = (f"# Written by `mentors {command}` from the {schema} schema and the program lists\n"
              "# in mkdocs.yml: change those, then run it again rather than editing this file.\n")
    return header + yaml.dump(form, Dumper=TextDumper, sort_keys=False, allow_unicode=True,
                              width=1000)


def _element(question: Question, program: Program) -> dict[str, Any]:
    kind, widget = question.kind, question.widget
    attributes: dict[str, Any] = {"label": question.label,
                                  "description": _description(question, program)}
    element: dict[str, Any] = {"type": widget, "id": question.id, "attributes": attributes}
    if widget == "checkboxes":
        assert isinstance(kind, ListOf) and isinstance(kind.item, ProgramId)  # as widget says
        attributes["options"] = [{"label": _option(entry.label, entry.id)}
                                 for entry in program.entries(kind.item.list_name)]
        return element
    if widget == "dropdown":
        attributes["options"] = [YES, NO]
        attributes["default"] = 0 if question.example else 1
        element["validations"] = {"required": True}
        return element
    example = question.example
    if isinstance(example, list):
        example = (", " if widget == "input" else "\n").join(example)
    if example is not None:
        attributes["placeholder"] = str(example)
    element["validations"] = {"required": question.required}
    return element


def _option(label: str, entry_id: str) -> str:
    """A box's label shows the id too: the parser reads it back, and mentors see what to write."""
    return f"{label} (`{entry_id}`)"


def _channel_questions() -> list[str]:
    """The labels of the questions a mentee can be reached through, in the form's order."""
    return [question.label for question in QUESTIONS
            if question.key in {f"contact.{channel}" for channel in CHANNELS}]


def _description(question: Question, program: Program) -> str:
    channels = _channel_questions()
    if question.label in channels and not program.request_form:
        other = next(label for label in channels if label != question.label)
        return (f"{_how(question, program)} While you take new mentees, answer this or "
                f"**{other}**: it is how mentees reach you.").strip()
    return _how(question, program)


def _how(question: Question, program: Program) -> str:
    kind = question.kind
    if question.key in HOW:
        how = HOW[question.key]
    elif isinstance(kind, ListOf):
        if isinstance(kind.item, ProgramId):
            how = "Tick at least one." if question.required else "Tick all that apply."
        elif isinstance(kind.item, Language):
            how = f"Separate them with commas. Each: {kind.item.describe(program)}."
        else:
            most = f", up to {kind.max_items}" if kind.max_items else ""
            how = (f"One per line (or separated by commas){most}. Each: "
                   f"{kind.item.describe(program)}.")
    elif isinstance(kind, Boolean):
        how = ""
    else:
        described = kind.describe(program)
        how = described[:1].upper() + described[1:] + "."
    return f"{question.doc} {how}".strip()


def parse_body(body: str, order: dict[str, int] = ORDER) -> dict[str, str]:
    """The answers in an issue body GitHub wrote from the form, by label, in the form's order.

    A `### Label` line opens a question only if it comes later in the form than the one being
    read, so a heading typed inside an answer cannot reopen an earlier question. `order` gives
    each label's position: this form's, or another form's (the session proposal's).
    """
    answers: dict[str, list[str]] = {}
    current, position = None, -1
    for line in body.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        heading = line[4:].strip() if line.startswith("### ") else None
        if heading in order and order[heading] > position:
            current, position = heading, order[heading]
            answers[current] = []
        elif current is not None:
            answers[current].append(line)
    result = {}
    for label, lines in answers.items():
        text = "\n".join(lines).strip()
        result[label] = "" if text == NO_RESPONSE else text
    return result


@dataclass
class IssueProfile:
    """What an issue becomes: a profile file's id and text, or the problems to fix first."""

    profile_id: str | None = None
    text: str | None = None
    updates: bool = False  # the author's existing profile is replaced
    problems: list[Problem] = field(default_factory=list)  # errors, and warnings worth a look

    @property
    def ok(self) -> bool:
        return self.text is not None


def profile_from_issue(body: str, author: str, program: Program, today: date,
                       existing: MappingType[str, str | None], profiles_dir: str = "mentors",
                       proposals: Sequence[Proposal] = ()) -> IssueProfile:
    """Turn an issue body into a checked profile file for `author`.

    `existing` maps each profile id already in the repository to its owner's login (None when
    its file has no valid `github:` line), so an issue updates its author's own profile and
    never someone else's. `proposals` are the new profiles of open pull requests: their ids
    and accounts are taken too.
    """
    answers = parse_body(body)
    result = IssueProfile()
    values: dict[str, Any] = {}
    for question in QUESTIONS:
        value = _value(question, answers.get(question.label, ""))
        if value is not None and isinstance(question.kind, Boolean) and value == question.default:
            continue  # a yes or no that changes nothing stays out of the file
        if value is None:
            if question.required:
                how = (_("tick at least one box") if question.widget == "checkboxes"
                       else _("fill it in"))
                result.problems.append(Problem("issue", 1, 1, _("this question needs an answer"),
                                               question.label, how))
            continue
        group, _dot, name = question.key.rpartition(".")
        (values.setdefault(group, {}) if group else values)[name] = value
    profile_id = _choose_id(answers.get(ID_LABEL, ""), values.get("name"), author, existing,
                            profiles_dir, result)
    _check_proposals(profile_id, author, proposals, profiles_dir, result)
    shown = f"{profiles_dir}/{profile_id}.yml"
    data = {"github": author, **values, "last_confirmed": today}
    text, profile, checked = _written(shown, data, program, today)
    if profile is not None and _as_stored(data, profile) != data:
        # Links pasted as people have them (a LinkedIn address for a handle) are written in the
        # form the profile stores, and the file is checked again as it will be committed.
        text, profile, checked = _written(shown, _as_stored(data, profile), program, today)
    unanswered = {problem.field for problem in result.problems}
    for problem in checked:
        worded = _in_form_words(problem)
        if worded.field not in unanswered:
            result.problems.append(worded)
    # In the order of the form's questions (a stable sort keeps a question's problems in order).
    result.problems.sort(key=lambda problem: ORDER.get((problem.field or "").split(",")[0],
                                                       len(ORDER)))
    if not any(problem.is_error for problem in result.problems):
        result.profile_id, result.text = profile_id, text
    return result


def _written(shown: str, data: dict[str, Any], program: Program, today: date
             ) -> tuple[str, Profile | None, list[Problem]]:
    """The profile file for these values, in the schema's order, and what checking it finds."""
    text = profile_text(data)
    root, problems = loader.load(shown, text.encode("utf-8"))
    if root is None:
        return text, None, problems
    profile, problems = check_profile(shown, root, program, today)
    return text, profile, problems


def _as_stored(data: dict[str, Any], profile: Profile) -> dict[str, Any]:
    """The values with each account and web address as the checked profile stores it."""
    stored = {name: dict(value) if isinstance(value, dict) else value
              for name, value in data.items()}
    for question in QUESTIONS:
        group, _dot, name = question.key.rpartition(".")
        values = stored.get(group) if group else stored
        if isinstance(question.kind, (Handle, Url)) and isinstance(values, dict) \
                and name in values:
            values[name] = getattr(getattr(profile, group) if group else profile, name)
    return stored


def _value(question: Question, answer: str) -> Any:
    """An answer as the value the profile file holds; None when there is no answer."""
    kind = question.kind
    if not answer.strip():
        return None
    if isinstance(kind, ListOf):
        if isinstance(kind.item, ProgramId):
            items = [_option_id(match.group(1)) for match in
                     re.finditer(r"^\s*- \[[xX]\] (.*)$", answer, re.MULTILINE)]
        else:
            items = [re.sub(r"^\s*[-*]\s+", "", part).strip()
                     for part in re.split(r"[,\n]", answer)]
        return [item for item in items if item] or None
    if isinstance(kind, Boolean):
        return {YES.casefold(): True, NO.casefold(): False}.get(answer.strip().casefold(), answer)
    if isinstance(kind, Count) and re.fullmatch(r"\s*\d{1,6}\s*", answer):
        return int(answer)
    return answer.strip()


def _option_id(option: str) -> str:
    """The id in a ticked box's label, `Label (`id`)`, or the label when it has none."""
    found = re.search(r"\(`([^`]+)`\)\s*$", option)
    return found.group(1) if found else option.strip()


def _choose_id(answer: str, name: Any, author: str, existing: MappingType[str, str | None],
               profiles_dir: str, result: IssueProfile) -> str:
    """The profile id: the author's existing one, the one asked for, or one made from the name."""
    mine = sorted(pid for pid, owner in existing.items()
                  if owner and owner.casefold() == author.casefold())
    chosen = answer.strip()
    if chosen:
        problem = None
        if not PROFILE_ID.fullmatch(chosen) or len(chosen) > MAX_ID_LENGTH:
            problem = (_("'{id}' is not a valid id", id=chosen),
                       _("use lowercase letters, digits and single hyphens, at most {limit} "
                         "characters, such as 'ada-example'", limit=MAX_ID_LENGTH))
        elif chosen in RESERVED_IDS:
            problem = (_("'{id}' is reserved for the site's own pages", id=chosen),
                       _("choose another id"))
        elif mine and chosen not in mine:
            problem = (_("you already have a profile, {file}",
                         file=f"{profiles_dir}/{mine[0]}.yml"),
                       _("leave the profile id empty to update it"))
        elif chosen in existing and chosen not in mine:
            problem = (_("{file} is another mentor's profile",
                         file=f"{profiles_dir}/{chosen}.yml"), _("choose another id"))
        if problem:
            result.problems.append(Problem("issue", 1, 1, problem[0], ID_LABEL, problem[1]))
            return author.lower()
        result.updates = chosen in mine
        return chosen
    if mine:
        result.updates = True
        return mine[0]
    made = slug(name if isinstance(name, str) else "") or author.lower()
    if made in existing or made in RESERVED_IDS:
        result.problems.append(Problem(
            "issue", 1, 1, _("the id made from your name, '{id}', is already taken", id=made),
            ID_LABEL, _("choose your own profile id")))
    return made


def _check_proposals(profile_id: str, author: str, proposals: Sequence[Proposal],
                     profiles_dir: str, result: IssueProfile) -> None:
    """Two pull requests for one account, or one id, would each pass and conflict once merged."""
    for proposal in proposals:
        path = f"{profiles_dir}/{proposal.profile_id}.yml"
        if proposal.login is not None and proposal.login.casefold() == author.casefold():
            result.problems.append(Problem(
                "issue", 1, 1, _("pull request #{number} already proposes a profile for you, "
                                 "{file}", number=proposal.pull_request, file=path), None,
                _("each person keeps one profile: wait until that pull request is merged or "
                  "closed, then edit this issue again")))
        elif proposal.profile_id == profile_id:
            result.problems.append(Problem(
                "issue", 1, 1, _("pull request #{number} already proposes {file} for another "
                                 "mentor", number=proposal.pull_request, file=path), ID_LABEL,
                _("choose another profile id")))


def _in_form_words(problem: Problem) -> Problem:
    """A problem of the written file, named by the form's question instead of the YAML field."""
    if problem.field == "contact" and problem.message == _(UNREACHABLE):
        first, second = _channel_questions()
        return dataclasses.replace(
            problem, field=f"{first}, {second}",
            message=_("no way for mentees to reach you: while you take new mentees, your "
                      "profile needs a {first} or a {second}", first=first.lower(),
                      second=second.lower()),
            hint=_("answer one of these questions, or answer '{no}' to '{question}'", no=NO,
                   question=LABELS["availability.accepting"]))
    found = re.fullmatch(r"([a-z_.]+?)(?:\[(\d+)\])?", problem.field or "")
    question = BY_KEY.get(found.group(1)) if found else None
    if found is None or question is None:
        # Translators: where a problem is when it belongs to no question of the form.
        where = problem.field or _("Profile")
    else:
        where = item_of(question.label, found.group(2))
    return dataclasses.replace(problem, field=where)


def item_of(label: str, item: str | None) -> str:
    """A question's label, and the item of its answer a problem is about, if any."""
    # Translators: a question of the form and one item of its answer; keep the comma after the
    # question, where the form's order of questions is read.
    return _("{question}, item {number}", question=label, number=item) if item else label


__all__ = ["FORM_FILE", "ISSUE_LABEL", "IssueProfile", "QUESTIONS", "parse_body",
           "profile_from_issue", "render_form"]

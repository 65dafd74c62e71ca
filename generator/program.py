"""The program's own vocabularies: goals, mentee stages, formats, lived experiences, skills, the
concrete help mentors offer, industries and meeting modes.

Defaults ship in `data/program.yml` and `data/skills.yml`; an organisation extends, trims or
replaces each list from its site configuration without touching code. The words of the lists in
another language ship in `locales/<language>/program.yml` (labels, descriptions and what mentees
type, by list and id), and organisers add or change them under `program: translations:`. In a
site of another language an entry shows that language's label, and a search finds it by that
language's phrases and still by the English ones.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

from generator.problems import UserError
from generator.translation import SOURCE_LANGUAGE, _, locale_file, locale_name

if TYPE_CHECKING:
    from generator.taxonomy import Taxonomy

LIST_NAMES = ("goals", "stages", "formats", "experiences", "skills", "offers", "industries",
              "meeting_modes")
# Keys each list's entries must have, and may have; skills carry aliases instead of a description,
# and may name broader skills (Rails is Ruby) and the areas they are within (Kubernetes is DevOps)
# so that a search for one reaches the other.
REQUIRED_KEYS = {"skills": ("id", "label")}
OPTIONAL_KEYS = {**dict.fromkeys(LIST_NAMES, ("phrases",)),
                 "skills": ("aliases", "broader", "within")}
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TRANSLATED_KEYS = ("label", "description", "phrases")  # what a translation gives an entry


@dataclass(frozen=True)
class Entry:
    """One choice a profile can name by id, with the words people see and type for it."""

    id: str
    label: str
    description: str = ""
    phrases: tuple[str, ...] = ()  # what mentees type for it; for a skill, its other spellings
    broader: tuple[str, ...] = ()  # skills only: ids of the skills it is built on or written in
    within: tuple[str, ...] = ()  # skills only: ids of the areas of work it belongs to


@dataclass(frozen=True)
class Program:
    """Every list a profile's id fields are checked against, and the skill taxonomy."""

    goals: tuple[Entry, ...]
    stages: tuple[Entry, ...]
    formats: tuple[Entry, ...]
    experiences: tuple[Entry, ...]
    skills: tuple[Entry, ...]
    offers: tuple[Entry, ...] = ()
    industries: tuple[Entry, ...] = ()
    meeting_modes: tuple[Entry, ...] = ()
    # The program's own request form (the request_form setting), if any: mentees ask through it,
    # so a mentor needs no contact of their own.
    request_form: str = ""
    language: str = SOURCE_LANGUAGE  # of the labels and phrases, as the site names it ("pt-BR")

    @cached_property
    def taxonomy(self) -> Taxonomy:
        """The skills list as a lookup, built once per program."""
        from generator.taxonomy import Taxonomy  # not at the top: it builds on Entry, defined here

        return Taxonomy(self.skills)

    def entries(self, list_name: str) -> tuple[Entry, ...]:
        return getattr(self, list_name)

    def entry(self, list_name: str, entry_id: str) -> Entry:
        return next(entry for entry in self.entries(list_name) if entry.id == entry_id)


class ProgramConfigError(UserError):
    """The organiser's program settings are wrong; the message lists every mistake."""

    def __init__(self, messages: list[str]):
        super().__init__("\n".join(messages))
        self.messages = messages


@cache
def default_program() -> Program:
    return _program_from_data(_default_data())


def load_program(options: dict[str, Any] | None, request_form: str = "",
                 language: str = SOURCE_LANGUAGE) -> Program:
    """The default lists with the organiser's `program:` settings applied, in the site's
    language, and the program's request form. Asked again with the same settings (`mkdocs
    serve` reads mkdocs.yml before each build), the program is the one made last."""
    global _LAST
    asked = (options, request_form, language)
    if _LAST is not None and _LAST[0] == asked:
        return _LAST[1]
    data = _default_data()
    messages: list[str] = []
    options = options or {}
    if not isinstance(options, dict):
        raise ProgramConfigError([_("program: must be a mapping of list names (goals, stages, "
                                    "...)")])
    for name in options:
        if name not in (*LIST_NAMES, "translations"):
            messages.append(_("{where}: unknown list; the lists are {lists} (and 'translations')",
                              where=f"program.{name}", lists=", ".join(LIST_NAMES)))
    for name in LIST_NAMES:
        if name in options:
            data[name] = _apply(name, options[name], data[name], messages)
    wanted = locale_name(language)
    data = _translated(data, _shipped_translation(wanted))
    for found, lists in _own_translations(options.get("translations"), data, messages).items():
        if locale_name(found) == wanted:  # the organiser's words come last: they win
            data = _translated(data, lists)
    skill_ids = {entry["id"] for entry in data["skills"]}
    for entry in data["skills"]:
        for relation in ("broader", "within"):
            for other in entry.get(relation, []):
                if other not in skill_ids:
                    messages.append(_("program.skills: '{skill}' names '{other}' as {relation}, "
                                      "which is not in the skills list", skill=entry["id"],
                                      other=other, relation=relation))
    if messages:
        raise ProgramConfigError(messages)
    program = _program_from_data(data, request_form, language)
    _LAST = copy.deepcopy(asked), program
    return program


# The settings load_program was last asked about, and the program they made.
_LAST: tuple[tuple[object, ...], Program] | None = None


def _default_data() -> dict[str, list[dict[str, Any]]]:
    """A fresh top-level copy each call: `load_program` swaps lists in it (entries are copied)."""
    return dict(_parsed_defaults())


@cache
def _parsed_defaults() -> dict[str, list[dict[str, Any]]]:
    data = resources.files("generator").joinpath("data")
    lists = yaml.safe_load(data.joinpath("program.yml").read_text("utf-8"))
    lists["skills"] = yaml.safe_load(data.joinpath("skills.yml").read_text("utf-8"))
    return lists


@cache
def _shipped_translation(language: str) -> dict[str, dict[str, dict[str, Any]]]:
    """The words of the default lists in a language, by list and id; empty for English and for a
    language none ship for."""
    found = locale_file(language, "program.yml")
    return (yaml.safe_load(found.read_text("utf-8")) or {}) if found else {}


def _translated(data: dict[str, list[dict[str, Any]]],
                lists: dict[str, dict[str, dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """The lists with the words given for their entries in another language."""
    copy = {name: [dict(entry) for entry in entries] for name, entries in data.items()}
    for name, entries in copy.items():
        for entry in entries:
            words = lists.get(name, {}).get(entry["id"])
            if words:
                _give(entry, words)
    return copy


def _give(entry: dict[str, Any], words: dict[str, Any]) -> None:
    """An entry in another language: its label and description, and its phrases before the
    English label and phrases, which still find it."""
    english = [entry["label"], *entry.pop("phrases", entry.pop("aliases", []))]
    entry["label"] = words.get("label", entry["label"])
    if "description" in words:
        entry["description"] = words["description"]
    entry["phrases"] = list(dict.fromkeys([*words.get("phrases", []), *english]))


def _own_translations(given: Any, data: dict[str, list[dict[str, Any]]],
                      messages: list[str]) -> dict[str, dict[str, dict[str, dict[str, Any]]]]:
    """`program: translations:` checked: by language, list and id, the entry's words."""
    if given is None:
        return {}
    where = "program.translations"
    shape = _("a mapping of languages to lists, such as '{example}'",
              example="es: {goals: {negotiation: {label: Negociación, phrases: [pedir un aumento]}}}")
    if not isinstance(given, dict):
        messages.append(_("{where}: must be {shape}", where=where, shape=shape))
        return {}
    found: dict[str, dict[str, dict[str, dict[str, Any]]]] = {}
    for language, lists in given.items():
        if not isinstance(lists, dict):
            messages.append(_("{where}: must be {shape}", where=f"{where}.{language}", shape=shape))
            continue
        for name, entries in lists.items():
            at = f"{where}.{language}.{name}"
            if name not in LIST_NAMES:
                messages.append(_("{where}: unknown list; the lists are {lists}", where=at,
                                  lists=", ".join(LIST_NAMES)))
                continue
            if not isinstance(entries, dict):
                messages.append(_("{where}: must map ids to their label, description and phrases",
                                  where=at))
                continue
            ids = {entry["id"] for entry in data[name]}
            for entry_id, words in entries.items():
                problems = _translation_problems(f"{at}.{entry_id}", words)
                if entry_id not in ids:
                    problems.insert(0, _("{where}: '{id}' is not in the {list} list", where=at,
                                         id=entry_id, list=name))
                messages.extend(problems)
                if not problems:
                    found.setdefault(str(language), {}).setdefault(name, {})[entry_id] = words
    return found


def _translation_problems(at: str, words: Any) -> list[str]:
    if not isinstance(words, dict):
        return [_("{where}: must be a mapping with {keys}", where=at,
                  keys=", ".join(TRANSLATED_KEYS))]
    problems = [_("{where}: unknown key '{key}'", where=at, key=key)
                for key in words if key not in TRANSLATED_KEYS]
    problems += [_("{where}: '{key}' must be text", where=at, key=key)
                 for key in ("label", "description")
                 if key in words and (not isinstance(words[key], str) or not words[key].strip())]
    phrases = words.get("phrases", [])
    if not isinstance(phrases, list) or not all(isinstance(phrase, str) for phrase in phrases):
        problems.append(_("{where}: '{key}' must be a list of text", where=at, key="phrases"))
    return problems


def _apply(name: str, change: Any, defaults: list[dict], messages: list[str]) -> list[dict]:
    where = f"program.{name}"
    if not isinstance(change, dict) or not change or set(change) - {"extend", "replace", "remove"}:
        messages.append(_("{where}: use 'extend:', 'replace:' or 'remove:' (see the organiser "
                          "guide)", where=where))
        return defaults
    if "extend" in change and "replace" in change:
        messages.append(_("{where}: use either 'extend:' or 'replace:', not both", where=where))
        return defaults
    entries = [dict(entry) for entry in defaults]
    if "replace" in change:
        entries = _checked_entries(f"{where}.replace", change["replace"], name, messages)
    if "extend" in change:
        for entry in _checked_entries(f"{where}.extend", change["extend"], name, messages):
            ids = [existing["id"] for existing in entries]
            if entry["id"] in ids:
                entries[ids.index(entry["id"])] = entry
            else:
                entries.append(entry)
    removals = change.get("remove", [])
    if not isinstance(removals, list):
        messages.append(_("{where}: must be a list of ids", where=f"{where}.remove"))
        removals = []
    for entry_id in removals:
        if entry_id not in [entry["id"] for entry in entries]:
            messages.append(_("{where}: '{id}' is not in the list", where=f"{where}.remove",
                              id=entry_id))
    entries = [entry for entry in entries if entry["id"] not in removals]
    if not entries:
        messages.append(_("{where}: the list would be empty", where=where))
    return entries


def _checked_entries(where: str, entries: Any, name: str, messages: list[str]) -> list[dict]:
    required = REQUIRED_KEYS.get(name, ("id", "label", "description"))
    optional = OPTIONAL_KEYS.get(name, ())
    if not isinstance(entries, list):
        messages.append(_("{where}: must be a list of entries with {keys}", where=where,
                          keys=", ".join(required)))
        return []
    checked = []
    for position, entry in enumerate(entries):
        at = f"{where}[{position}]"
        if not isinstance(entry, dict):
            messages.append(_("{where}: must be a mapping with {keys}", where=at,
                              keys=", ".join(required)))
            continue
        problems = [_("{where}: unknown key '{key}'", where=at, key=key) for key in entry
                    if key not in required and key not in optional]
        problems += [_("{where}: '{key}' is missing", where=at, key=key) for key in required
                     if not isinstance(entry.get(key), str) or not entry[key].strip()]
        if isinstance(entry.get("id"), str) and not ID_PATTERN.match(entry["id"]):
            problems.append(_("{where}: id '{id}' must be lowercase letters, digits and hyphens",
                              where=at, id=entry["id"]))
        for key in optional:
            words = entry.get(key, [])
            if not isinstance(words, list) or not all(isinstance(word, str) for word in words):
                problems.append(_("{where}: '{key}' must be a list of text", where=at, key=key))
        messages.extend(problems)
        if not problems:
            checked.append(entry)
    return checked


def _program_from_data(data: dict[str, list[dict[str, Any]]], request_form: str = "",
                       language: str = SOURCE_LANGUAGE) -> Program:
    def entries(name: str) -> tuple[Entry, ...]:
        return tuple(
            Entry(entry["id"], entry["label"].strip(), entry.get("description", "").strip(),
                  tuple(entry.get("phrases", entry.get("aliases", ()))),
                  tuple(entry.get("broader", ())), tuple(entry.get("within", ())))
            for entry in data[name]
        )

    return Program(**{name: entries(name) for name in LIST_NAMES}, request_form=request_form,
                   language=language)


__all__ = ["Entry", "Program", "ProgramConfigError", "default_program", "load_program"]

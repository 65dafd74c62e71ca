"""The search indexes the directory page loads: a compact match index and a lunr text index.

The match index holds what ranking needs (canonical skills and goals, facets, the vocabulary of
aliases and goal phrases) and what a result card shows. The lunr index covers the short text
fields (name, headline, location) for words that are neither a skill nor a goal. Long text such
as bios stays out: it would multiply what a phone downloads before the first result.
"""

from __future__ import annotations

import re
from typing import Any

import lunr
from lunr.index import Index
from lunr.lunr import get_default_builder
from lunr.stemmer import stemmer
from lunr.token import Token
from lunr.token_set import TokenSet

from generator.directory import Directory, Mentor
from generator.languages import languages
from generator.pages import availability_status, avatar_colour, contact_channel
from generator.taxonomy import skill_key

INDEX_VERSION = 1
# Words that carry no intent in "I want to get promoted" or "how do I become a manager".
STOPWORDS = frozenset("""
a about after an and any as at be been can could do does for from get getting help how i i'm im
in into is it looking me mentor mentoring more my need of on or please some someone somebody
the to want wanting who with would you your
""".split())


def stem(word: str) -> str:
    """The Porter stem lunr uses; the browser stems query words with lunr.js's copy of it."""
    return stemmer(Token(word)).string


def phrase_stems(phrase: str) -> list[str]:
    return [stem(word) for word in re.findall(r"[\w'#+.]+", phrase.casefold())
            if word not in STOPWORDS]


def match_index(directory: Directory) -> dict[str, Any]:
    """Everything the browser's matcher needs, as small as plain JSON allows.

    Skills and goals are numbers: skill i is i, goal j is -(j + 1) in the vocabulary.
    """
    program = directory.program
    skills: dict[str, int] = {}
    skill_rows: list[list[str]] = []

    def skill_number(skill_id: str, label: str) -> int:
        if skill_id not in skills:
            skills[skill_id] = len(skill_rows)
            skill_rows.append([skill_id, label])
        return skills[skill_id]

    vocab: dict[str, list[int]] = {}

    def add(written: str, target: int) -> None:
        key = skill_key(written)
        if key and target not in vocab.setdefault(key, []):
            vocab[key].append(target)

    for entry in program.skills:
        number = skill_number(entry.id, entry.label)
        for written in (entry.id, entry.label, *entry.phrases):
            add(written, number)
    for mentor in directory.mentors:
        for match in mentor.skills:
            number = skill_number(match.id, match.label)
            add(match.written, number)
    for position, goal in enumerate(program.goals):
        for written in (goal.id, goal.label, *goal.phrases):
            add(written, -(position + 1))

    lists = {name: {entry.id: position for position, entry in enumerate(program.entries(name))}
             for name in ("goals", "stages", "formats", "experiences")}
    language_codes = sorted({code for mentor in directory.mentors
                             for code in mentor.profile.languages})
    zones = sorted({mentor.profile.timezone for mentor in directory.mentors})
    return {
        "version": INDEX_VERSION,
        "skills": skill_rows,
        "goals": [[goal.id, goal.label] for goal in program.goals],
        "stages": [[entry.id, entry.label] for entry in program.stages],
        "formats": [[entry.id, entry.label] for entry in program.formats],
        "experiences": [[entry.id, entry.label] for entry in program.experiences],
        "languages": [[code, languages().name(code)] for code in language_codes],
        "zones": zones,
        "vocab": vocab,
        "goalStems": [[position, phrase_stems(phrase)]
                      for position, goal in enumerate(program.goals)
                      for phrase in (goal.label, *goal.phrases) if phrase_stems(phrase)],
        "stopwords": sorted(STOPWORDS),
        "mentors": [_mentor_row(mentor, skills, lists, language_codes, zones)
                    for mentor in directory.mentors],
    }


# What each position of a mentor row holds; ROW in match.js names the same positions (tested).
ROW = ("id", "name", "pronouns", "headline", "initials", "colour", "photo", "skills", "goals",
       "languages", "zone", "formats", "stages", "experiences", "state", "status", "channel",
       "target", "waitlist")


def _mentor_row(mentor: Mentor, skills: dict[str, int], lists: dict[str, dict[str, int]],
                language_codes: list[str], zones: list[str]) -> list[Any]:
    """One mentor as a positional row, in the order of ROW."""
    profile = mentor.profile
    state, sentence = availability_status(mentor)
    return [
        mentor.id,
        profile.name,
        profile.pronouns or "",
        profile.headline,
        mentor.initials,
        avatar_colour(mentor.id),
        profile.photo or "",
        [skills[match.id] for match in mentor.skills],
        [lists["goals"][goal] for goal in profile.goals],
        [language_codes.index(code) for code in profile.languages],
        zones.index(profile.timezone),
        [lists["formats"][item] for item in profile.formats],
        [lists["stages"][item] for item in profile.mentee_stages],
        [lists["experiences"][item] for item in profile.experiences],
        state,
        sentence,
        *contact_channel(mentor),
        profile.availability.waitlist or "",
    ]


def text_index(directory: Directory) -> dict[str, Any]:
    """A lunr index of name, headline and location; refs are positions in the match index."""
    documents = [
        {"ref": str(position), "name": mentor.profile.name, "headline": mentor.profile.headline,
         "location": mentor.profile.location or ""}
        for position, mentor in enumerate(directory.mentors)
    ]
    fields: list[dict[str, Any]] = [{"field_name": "name", "boost": 3},
                                    {"field_name": "headline"}, {"field_name": "location"}]
    if not documents:
        # lunr.py divides by the number of documents; with none, the index is simply empty.
        return Index({}, {}, TokenSet(), [field["field_name"] for field in fields],
                     get_default_builder().search_pipeline).serialize()
    return lunr.lunr(ref="ref", fields=fields, documents=documents).serialize()

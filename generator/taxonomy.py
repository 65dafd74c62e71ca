"""Skill normalisation: the many ways mentors write a skill, mapped to one canonical skill.

A skill's key ignores case, accents, spaces and punctuation except '#' and '+' ("React.js",
"react js" and "reactjs" share one; C# and C++ are not C), as `generator.text.key` says. A key
within typo distance of a known key (one edit from 4 characters, two from 8) is taken as a typo
of it, by the same rule the browser's matcher applies to queries.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from generator.program import Entry
from generator.text import key as skill_key
from generator.text import typo_distance


@dataclass(frozen=True)
class SkillMatch:
    """What a written skill means: a canonical skill, or itself when the taxonomy has no entry."""

    id: str
    label: str
    written: str
    known: bool  # in the taxonomy
    exact: bool  # matched by key; False when taken as a typo of a known skill


class Taxonomy:
    """Looks up skills by key; built once per program."""

    def __init__(self, skills: tuple[Entry, ...]):
        self.skills = skills
        self._matches: dict[str, SkillMatch] = {}  # validation and normalisation ask alike
        self.by_key: dict[str, Entry] = {}
        for entry in skills:
            for written in (entry.id, entry.label, *entry.phrases):
                self.by_key.setdefault(skill_key(written), entry)

    def match(self, written: str) -> SkillMatch:
        if written not in self._matches:
            self._matches[written] = self._match(written)
        return self._matches[written]

    def _match(self, written: str) -> SkillMatch:
        key = skill_key(written)
        entry = self.by_key.get(key)
        if entry is not None:
            return SkillMatch(entry.id, entry.label, written, known=True, exact=True)
        distance = typo_distance(len(key))
        if distance:
            close = process.extractOne(key, self.by_key.keys(), scorer=OSA.distance,
                                       score_cutoff=distance)
            if close is not None:
                entry = self.by_key[close[0]]
                return SkillMatch(entry.id, entry.label, written, known=True, exact=False)
        return SkillMatch(key or written, written, written, known=False, exact=True)

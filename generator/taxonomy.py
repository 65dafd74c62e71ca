"""Skill normalisation: the many ways mentors write a skill, mapped to one canonical skill.

A skill's key ignores case, spaces, hyphens, underscores, dots and slashes ("React.js", "react js"
and "reactjs" share one); '#' and '+' stay, so C# and C++ are not C. A key close to a known key
(see typo_distance) is taken as a typo of it: listed as that skill, with a warning to the mentor.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from generator.program import Entry

_SEPARATORS = re.compile(r"[\s\-_./]+")


def skill_key(text: str) -> str:
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", text).casefold().strip())


def typo_distance(written: str, known: str) -> int:
    """Edits tolerated between a written key and a known one: 1 once either has 5 characters, 2
    once both have 8.

    Set by the pair, not by the written key alone: a letter dropped from a 5-letter skill leaves
    4 ("cobl" for COBOL), while two real skills of 4 letters or fewer often differ by one letter
    (Next and Nuxt, SPSS and Sass, Vuex and Vue, R and C), so these are never taken as typos.
    """
    shorter, longer = sorted((len(written), len(known)))
    return 2 if shorter >= 8 else 1 if longer >= 5 else 0


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
        # Within 2 edits of the key, the closest known key that the pair's own limit allows.
        close = [(distance, candidate) for candidate, distance, _ in
                 process.extract(key, self.by_key.keys(), scorer=OSA.distance, score_cutoff=2,
                                 limit=None)
                 if distance <= typo_distance(key, candidate)]
        if close:
            entry = self.by_key[min(close, key=lambda pair: pair[0])[1]]
            return SkillMatch(entry.id, entry.label, written, known=True, exact=False)
        return SkillMatch(key or written, written, written, known=False, exact=True)

"""The match index the directory page loads: a small core, and chunks fetched when needed.

The core (`match-index.json`) holds what reading a query needs whatever the directory's size:
every list with the phrases mentees type for its entries, the skills' broader relations, the text
rules of `generator.text`, the meeting windows, how many mentors list each entry and who accepts
mentees. What grows with the mentors is split into chunks the browser fetches on demand, the way
Pagefind splits its index: the mentors listing each entry (postings, a few entries per chunk),
the words of names, headlines and locations (bucketed by their first letters, so a typed word
fetches one bucket), and the rows a result card shows, in pages of mentors. The core's `format`
declares all of that layout (row fields, facets, chunk paths and sizes), so the browser reads it
instead of keeping a copy. Long text such as bios stays out.
"""

from __future__ import annotations

import base64
import copy
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from generator import text
from generator.directory import Directory, Mentor
from generator.facts import background, meets
from generator.kept import Kept
from generator.languages import languages
from generator.pages import MATCH_INDEX, availability_status, avatar_colour, contact_channel
from generator.profile import Facet, facet_entries, facet_ids, facets
from generator.program import default_program
from generator.stemmer_js import algorithms
from generator.translation import _, active
from generator.trust import trust_line
from generator.workday import (
    DEFAULT_WINDOW,
    NAMED_WINDOWS,
    MeetingWindow,
    describe_default,
    read_window,
)

# The browser's matcher refuses an index of another version (INDEX_VERSION in match.js).
INDEX_VERSION = 7
# What each position of a mentor row holds, facets in the schema's order among them.
ROW = ("id", "name", "pronouns", "headline", "location", "initials", "colour", "photo",
       *(facet.key for facet in facets()), "zone", "state", "status", "channel", "target",
       "waitlist", "trust", "meets", "background", "windows")
NEAR_WORDS = "data/near-words.txt"
WORD_PREFIX = 2  # a word's bucket is chosen by its first letters: completions share its bucket
# Name, headline and location words: a name counts most, and only a name that much.
TEXT_FIELDS = (("name", 3), ("headline", 1), ("location", 1))


@dataclass(frozen=True)
class Chunking:
    """How finely the index is split (tests split a small directory finely)."""

    cards: int = 64  # mentor rows per card page; equally good matches are shuffled a page at a time
    postings: int = 4096  # positions per postings chunk (an entry listed more: its own chunk)
    words: int = 4096  # positions per words bucket, on average


@dataclass(frozen=True)
class MatchIndex:
    """The core and its chunks, each as the JSON data of a file, by path relative to the core."""

    core: dict[str, Any]
    chunks: dict[str, Any]

    def files(self) -> dict[str, Any]:
        return {MATCH_INDEX: self.core, **self.chunks}


def match_index(directory: Directory, chunking: Chunking = Chunking()) -> MatchIndex:
    """Everything the browser's matcher needs, as small as plain JSON allows.

    Each list is [id, label, phrases] per entry (skills add the positions of the skills they are
    broader of and within); rows refer to entries by position, postings to mentors by position.
    """
    program = directory.program
    skills = {entry.id: position for position, entry in enumerate(program.skills)}
    skill_rows: list[list[Any]] = [[entry.id, entry.label, list(entry.phrases),
                                    [skills[other] for other in entry.broader],
                                    [skills[other] for other in entry.within]]
                                   for entry in program.skills]
    spelled: dict[str, set[str]] = {}  # each skill's forms so far, as text.key gives them
    keys: dict[str, str] = {}  # text.key of each spelling met: most are met thousands of times
    for mentor in directory.mentors:
        for match in mentor.skills:
            if match.id not in skills:  # a skill the taxonomy does not know stays searchable
                skills[match.id] = len(skill_rows)
                skill_rows.append([match.id, match.label, [], [], []])
            row = skill_rows[skills[match.id]]
            forms = spelled.get(match.id)
            if forms is None:
                forms = spelled[match.id] = {text.key(written)
                                             for written in (row[0], row[1], *row[2])}
            written = keys.get(match.written)
            if written is None:
                written = keys[match.written] = text.key(match.written)
            if written not in forms:
                row[2].append(match.written)  # this spelling, typos included, finds it
                forms.add(written)
    spoken = sorted({code for mentor in directory.mentors for code in mentor.profile.languages})
    lists: dict[str, list[list[Any]]] = {
        "skills": skill_rows,
        "languages": [language_row(code, program.language) for code in spoken],
    }
    for facet in facets():
        if facet.key not in lists:
            lists[facet.key] = [[entry.id, entry.label, list(entry.phrases)]
                                for entry in facet_entries(facet, program)]
    positions = {name: {row[0]: position for position, row in enumerate(rows)}
                 for name, rows in lists.items()}
    zones = sorted({mentor.profile.timezone for mentor in directory.mentors})
    # Each distinct set of meeting windows once; a row names its set by position (-1: none set).
    window_sets = sorted({mentor.profile.availability.windows for mentor in directory.mentors
                          if mentor.profile.availability.windows})
    # Mentors accepting mentees first (as the static lists): `open` is then one run of bits, a few
    # bytes however many mentors there are, and the first results' cards share card pages.
    accepting_first = sorted(directory.mentors, key=lambda mentor: mentor.state != "open")
    entries = _ROWS.each(accepting_first, directory, positions, zones, window_sets,
                         depends_on=(directory.today, program, active().language, positions,
                                     zones, window_sets))
    table = [row for row, _words in entries]
    layout = {name: position for position, name in enumerate(ROW)}
    # Who lists each entry, an entry of each facet after another (the browser's concept order).
    postings: list[list[int]] = [[] for facet in facets() for _ in lists[facet.key]]
    first = 0
    for facet in facets():
        for position, row in enumerate(table):
            for n in row[layout[facet.key]]:
                postings[first + n].append(position)
        first += len(lists[facet.key])
    chunks: dict[str, Any] = {}
    postings_format = _postings_chunks(postings, chunks, chunking.postings)
    words_format = _word_chunks([words for _row, words in entries], chunks, chunking.words)
    for page in range(0, len(table), chunking.cards):
        chunks[CARDS.format(page // chunking.cards)] = table[page:page + chunking.cards]
    chunks[ZONES] = [[row[layout["zone"]] for row in table], [row[layout["windows"]] for row in table]]
    rules = {**text.rules(program.language), **_vocabulary_rules(
        {name: rows for name, rows in lists.items() if name in searched_lists()},
        program.language)}
    # Everyday words are read only once a query is typed: not what the first results wait for.
    chunks[NEAR] = rules.pop("near")
    core = {
        "format": {"version": INDEX_VERSION, "row": list(ROW),
                   "facets": [{"key": facet.key, "legend": _(facet.legend),
                               "searched": facet.searched} for facet in facets()],
                   "cards": {"path": CARDS, "size": chunking.cards},
                   "postings": postings_format, "words": words_format, "zones": ZONES,
                   "near": NEAR},
        "mentors": len(table),
        "counts": [len(listed) for listed in postings],
        "open": _bits(position for position, row in enumerate(table)
                      if row[layout["state"]] == "open"),
        "text": rules,
        "lists": lists,
        "zones": zones,
        "windows": {
            "default": DEFAULT_WINDOW.as_json(), "default_label": describe_default(),
            "named": [[named.id, named.describe(), named.window.as_json()]
                      for named in NAMED_WINDOWS],
            "sets": [[_window(written).as_json() for written in windows]
                     for windows in window_sets]},
    }
    return MatchIndex(core, chunks)


CARDS = "cards/{}.json"
POSTINGS = "postings/{}.json"
WORDS = "words/{}.json"
SPELLING = "spelling/{}.json"
ZONES = "zones.json"
NEAR = "near.json"  # everyday words a typo of the vocabulary would look like: never corrected


def _gaps(positions: Iterable[int]) -> list[int]:
    """Ascending positions as the gaps between them (the first from 0): small numbers compress."""
    gaps, last = [], 0
    for position in positions:
        gaps.append(position - last)
        last = position
    return gaps


def _bits(positions: Iterable[int]) -> str:
    """A set of positions as a bit set in base64, bit 0 of byte 0 for position 0."""
    found = list(positions)
    data = bytearray((max(found) // 8 + 1) if found else 0)
    for position in found:
        data[position // 8] |= 1 << (position % 8)
    return base64.b64encode(bytes(data)).decode("ascii")


def _postings_chunks(postings: list[list[int]], chunks: dict[str, Any],
                     target: int) -> dict[str, Any]:
    """Postings of consecutive entries, about `target` positions per chunk; `first` holds the
    first entry (concept number) of each chunk."""
    first: list[int] = []
    size = 0
    for concept, listed in enumerate(postings):
        if not first or (size and size + len(listed) > target):
            first.append(concept)
            chunks[POSTINGS.format(len(first) - 1)] = []
            size = 0
        chunks[POSTINGS.format(len(first) - 1)].append(_gaps(listed))
        size += len(listed)
    return {"path": POSTINGS, "first": first}


def bucket(word: str, buckets: int) -> int:
    """The words chunk a word's postings are in: a hash of its first letters (FNV-1a over code
    points, as textsearch.js computes it), so every word it begins is in the same chunk."""
    hashed = 2166136261
    for char in word[:WORD_PREFIX]:
        hashed = ((hashed ^ ord(char)) * 16777619) & 0xFFFFFFFF
    return hashed % buckets


def _word_chunks(rows: list[list[list[str]]], chunks: dict[str, Any], target: int
                 ) -> dict[str, Any]:
    """Name, headline and location words (each row's, in TEXT_FIELDS' order): per word, the
    mentors it scores each weight for (the name's, the highest, first: a word is a name when it
    has any); and the words of each length, which a typo of a word may be."""
    scores: dict[str, dict[int, int]] = {}
    for position, row in enumerate(rows):
        for (_field, weight), found_words in zip(TEXT_FIELDS, row, strict=True):
            for word in found_words:
                found = scores.setdefault(word, {})
                found[position] = max(found.get(position, 0), weight)
    weights = sorted({weight for _, weight in TEXT_FIELDS}, reverse=True)
    buckets = max(1, -(-sum(len(found) for found in scores.values()) // target))
    words: list[dict[str, list[list[int]]]] = [{} for _ in range(buckets)]
    lengths: dict[int, list[str]] = {}
    for word in sorted(scores):
        found = scores[word]
        words[bucket(word, buckets)][word] = [
            _gaps(sorted(p for p, score in found.items() if score == weight)) for weight in weights]
        lengths.setdefault(len(word), []).append(word)
    for n, chunk in enumerate(words):
        chunks[WORDS.format(n)] = chunk
    for length, spelled in lengths.items():
        chunks[SPELLING.format(length)] = spelled
    return {"path": WORDS, "buckets": buckets, "prefix": WORD_PREFIX, "weights": weights,
            "spelling": {"path": SPELLING, "lengths": sorted(lengths)}}


def language_row(code: str, site_language: str = "en") -> list[Any]:
    """A language as [code, name, phrases]: the name cards show (in the site's language:
    "español"), its other names ("Mandarin" for Chinese, and the English name on a site in
    another language, so that "Spanish" still finds it), and each name in the ways a mentee asks
    for a speaker of it ("Spanish-speaking", "que hable español")."""
    table = languages()
    spellings = tuple(dict.fromkeys((table.shown(code, site_language), table.name(code),
                                     *table.aliases[code])))
    return [code, spellings[0], [*spellings[1:], *(phrase.format(name=name)
                                                   for name in spellings
                                                   for phrase in text.speaking(site_language))]]


def _window(written: str) -> MeetingWindow:
    window = read_window(written)
    assert isinstance(window, MeetingWindow), written  # profiles hold only valid windows
    return window


@cache
def searched_lists() -> frozenset[str]:
    """The lists whose words a query is read for (vocabulary.js reads the same from the index's
    facets); the others are filters only."""
    return frozenset(facet.key for facet in facets() if facet.searched)


def written_forms(name: str, row: list[Any]) -> list[str]:
    """What a mentee may type for an entry of a list: its label and phrases, and a skill's id
    (never a language's code: "no" and "it" are words)."""
    return [*([row[0]] if name == "skills" else []), row[1], *row[2]]


def _vocabulary_rules(lists: dict[str, list[list[Any]]], language: str) -> dict[str, list[str]]:
    """Words this vocabulary makes doubtful: everyday words a typo of it would look like (never
    corrected: "reach" is not "React"), and skill aliases that are everyday words ("build",
    "rest"), read as the skill only beside another skill or alone. The rules of the last
    vocabulary are kept: a directory built again (`mkdocs serve`) mostly has the same one."""
    global _RULES
    if _RULES is not None and _RULES[0] == (lists, language):
        return _RULES[1]
    rules = _worked_out_rules(lists, language)
    _RULES = (copy.deepcopy(lists), language), rules
    return rules


# The last vocabulary (lists and language) _vocabulary_rules was asked about, and its rules.
_RULES: tuple[tuple[dict[str, list[list[Any]]], str], dict[str, list[str]]] | None = None


def _worked_out_rules(lists: dict[str, list[list[Any]]], language: str
                      ) -> dict[str, list[str]]:
    """_vocabulary_rules, worked out."""
    vocabulary: set[str] = set()
    weak = set(text.ambiguous(language))
    for name, rows in lists.items():
        for row in rows:
            for written in written_forms(name, row):
                vocabulary.update(text.words(written))
            if name == "skills":
                own = {text.key(row[0]), text.key(row[1])}
                weak.update(text.key(alias) for alias in row[2]
                            if len(text.words(alias)) == 1 and text.key(alias) not in own
                            and text.key(alias) in text.common_words())
    # Everyday words that are no form of a skill's one-word name but share its stem through the
    # site's language's stemmer ("idea" and "IDE" in Spanish, "payer" and "pay" in French): as
    # doubtful as a skill alias that is one. English sees no such word as a skill's other form.
    stem, english = text.stemmer(language), text.stemmer("en")
    # A site stemmed as English sites are has no such word: spare it stemming every common word.
    if algorithms(language) != ("english",) or text.stem_endings(language):
        names = {found[0] for row in lists.get("skills", [])
                 for written in written_forms("skills", row) if len(found := text.words(written)) == 1}
        name_stems, english_stems = {stem(name) for name in names}, {english(name) for name in names}
        weak.update(word for word in text.common_words(language) - names
                    if stem(word) in name_stems and english(word) not in english_stems)
    near = (stored_near_words() | language_near_words(language)
            | text.near(vocabulary - default_vocabulary(), language))
    # Places, not everyday words too, whose stem is a word's of the lists: "Madrid" is no other
    # form of "madre".
    stems = {stem(word) for word in vocabulary}
    places = {place for place in text.place_names(language) - text.english_words()
              if place not in vocabulary and stem(place) in stems}
    return {"near": sorted(near), "weak": sorted(weak), "places": sorted(places)}


@cache
def default_vocabulary() -> frozenset[str]:
    """The words of the default lists, with every language's phrases."""
    program = default_program()
    names = languages()
    lists = {facet.key: [[entry.id, entry.label, list(entry.phrases)]
                         for entry in facet_entries(facet, program)]
             for facet in facets() if facet.key in searched_lists() - {"skills", "languages"}}
    lists["skills"] = [[entry.id, entry.label, list(entry.phrases)] for entry in program.skills]
    lists["languages"] = [language_row(code) for code in names.names]
    return frozenset(word for name, rows in lists.items() for row in rows
                     for written in written_forms(name, row) for word in text.words(written))


@cache
def stored_near_words() -> frozenset[str]:
    """`near` for the default vocabulary, worked out once (it takes seconds) and kept in
    data/near-words.txt; tests/test_index.py checks it and rewrites it with UPDATE_GOLDEN=1."""
    data = resources.files("generator").joinpath(NEAR_WORDS).read_text("utf-8")
    return frozenset(line for line in data.splitlines() if line and not line.startswith("#"))


@cache
def language_near_words(language: str) -> frozenset[str]:
    """`near` for the default vocabulary among a site language's own common words ("lado" is not
    "lady" in Spanish): stored_near_words holds the English ones only. Worked out once per
    language and build, in about a second; none for English."""
    return frozenset(text.near(default_vocabulary(), language, english=False))


def _mentor_row(mentor: Mentor, directory: Directory, positions: dict[str, dict[str, int]],
                zones: list[str], window_sets: list[tuple[str, ...]]) -> list[Any]:
    """One mentor as a positional row, in the order of ROW."""
    profile = mentor.profile
    state, sentence = availability_status(mentor)
    windows = profile.availability.windows

    def listed(facet: Facet) -> list[int]:
        if facet.key == "skills":
            return [positions["skills"][match.id] for match in mentor.skills]
        return [positions[facet.key][item] for item in facet_ids(facet, profile)]

    return [
        mentor.id,
        profile.name,
        profile.pronouns or "",
        profile.headline,
        profile.location or "",
        mentor.initials,
        avatar_colour(mentor.id),
        profile.photo or "",
        *(listed(facet) for facet in facets()),
        zones.index(profile.timezone),
        state,
        sentence,
        *contact_channel(mentor),
        profile.availability.waitlist or "",
        trust_line(mentor, directory.today),
        meets(mentor, directory.program),
        background(mentor, directory.program),
        window_sets.index(windows) if windows else -1,
    ]


def _mentor_entry(mentor: Mentor, directory: Directory, positions: dict[str, dict[str, int]],
                  zones: list[str], window_sets: list[tuple[str, ...]]
                  ) -> tuple[list[Any], list[list[str]]]:
    """A mentor's row, and the words of its TEXT_FIELDS."""
    row = _mentor_row(mentor, directory, positions, zones, window_sets)
    return row, [text.words(row[ROW.index(field)] or "") for field, _ in TEXT_FIELDS]


# Each mentor's row and words, kept from one index to the next of a process (`mkdocs serve`).
_ROWS: Kept[Mentor, tuple[list[Any], list[list[str]]]] = Kept(_mentor_entry,
                                                              key=lambda mentor: mentor.id)

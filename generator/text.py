"""How typed text becomes words, keys and stems: one rule for the build and the browser.

The build maps the skills mentors write with these functions; the browser reads what mentees type
with `theme/assets/mentor-directory/text.js`, which follows the same rules (the word lists and
typo thresholds reach it through the match index). `tests/data/normaliser.json` holds strings
with the words, keys and stems both sides must give; pytest and `node --test` check it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import yaml
from babel import Locale, UnknownLocaleError
from babel.dates import get_timezone_location

from generator.places import zone_names
from generator.stemmer_js import python_stemmer
from generator.translation import locale_file

# Edits tolerated in a typed word or key: (from this many characters, edits), largest first.
TYPO_EDITS = ((8, 2), (4, 1))
# A last word still being typed completes a key from this many characters and this share of it.
PREFIX_MIN = 3
PREFIX_SHARE = 0.4

# Function words: they never make an intent on their own and never search names.
STOP = frozenset("""
1 a about above after again against all also am an and any are as at be because been before being
below between both but by can cant could couldnt did didnt do does doesnt doing dont down during
each either else even ever every few for from further get gets getting got had has have having
he her here hers him his how i id if ill im in into is isnt it its ive just me might more most
much must my myself no nor not now of off on once one only or other our ours out over own same she
should so some such than that the their them then there these they this those though through
to too under until up upon us very was we were what when where whether which while who whom
whose why will with within without would yet you youd youll your youre yours yourself
""".split())

# Words of a request rather than of what it asks for: "I'm looking for someone who can help".
FILLER = frozenset("""
advice advise anybody anyone ask asking become becoming chat feel feeling feels guidance guide
hello hey hi hope hoping interested keen kind like love mentee mentees mentor mentored mentoring
mentors mentorship please really somebody someone something talk talking thank thanks thing
things think thinking tips try trying want wanted wanting wants wish wonder wondering
""".split())

# Words that describe the field, the mentee or people around them but ask for nothing alone:
# "women in tech" is about women, "senior dev wondering how to reach staff level" about staff,
# "my manager gave me harsh feedback" about feedback. Such a word is read as an intent only when
# it is all the query says (or within a phrase written word for word: "become a manager").
GENERIC = frozenset("""
boss career careers code coding company dev developer developers devs engineer engineers field industry
job jobs junior level manager managers new people person programming role roles senior software team tech
technology work working
""".split())

# Skill names that are also everyday words: "go" is the Go language in "go microservices", not in
# "go into management". Read as the skill only beside another skill or alone (as are the skill
# aliases that are common words, such as "build" and "rest", which the match index lists).
AMBIGUOUS = frozenset({"go"})

# How a mentee starts describing themself ("I'm a senior front-end dev and ...", "I mostly do
# Java"): the skills named in such a description are what they have, not what they ask for. The
# description runs until a function or request word, or a word with one of the ENDINGS, ends it;
# a word of JOINS followed by another word of it carries it on ("I know SQL and Python").
SELF_DESCRIPTION = ("im a", "im an", "i am a", "i am an", "as a", "as an", "i was a", "i was an",
                    "ive been a", "ive been an", "i work as a", "i work as an",
                    "i know", "i mostly do", "i mainly do", "i mostly use",
                    "i work with", "i mostly work with", "i work in", "i mostly work in",
                    "i have experience with", "i have experience in", "i code in")

# Endings of words that end such a description ("aiming", "thinking").
ENDINGS = frozenset({"ing"})

# Words before a level the mentee aims for ("promotion to senior engineer", "path towards staff"):
# where they want to go, which the goal beside it says, not who they are.
AIMS = frozenset({"to", "into", "towards", "toward", "become", "becoming", "reach", "reaching"})

# Words that turn down what follows them ("principal engineer without becoming a manager",
# "a bootcamp instead of uni"): what they come before is not asked for. Not "not" or "never":
# "not getting promoted" and "never heard in meetings" tell what the mentee wants help with.
NEGATIONS = frozenset({"without", "instead", "rather"})

# A move between fields: a word for moving, then one of ORIGINS and what the mentee leaves, then
# one of AIMS and where they go ("shifting from mechanical engineering to IT", "moving from QA
# over to dev") asks what MOVE_MEANS reads as in the program's lists: a change of careers. Past
# forms ("moved") are not listed: a move made is background, not an ask.
MOVES = frozenset("""
change changing go going jump jumping migrate migrating move moving pivot pivoting shift shifting
switch switching transfer transferring transition transitioning
""".split())
ORIGINS = frozenset({"from"})
MOVE_MEANS = "career change"

# What the mentee says of the mentor they want, after a word for them and one of RELATIVES, up to
# one of CLAUSE_ENDS, where the mentee speaks of themself again or says what for ("a mentor who
# also got into tech later in life, to help me ..."): when it names a lived experience, it tells
# the mentor's path, and no goal of the mentee's is read in it.
RELATIVES = frozenset({"who", "whos", "that"})
CLAUSE_ENDS = frozenset({"i", "id", "ill", "im", "ive", "me", "my", "myself"})

# Words that say whose someone is ("my tech lead", "our director", "my parents"): a stage or a
# lived experience named right after one, from a word for people or a role (PEOPLE, ROLES,
# GENERIC), is someone the mentee speaks of, not who they are or what they ask ("in my final
# year" still says who they are, as "my kids" and "my disability" do).
POSSESSIVES = frozenset({"my", "our", "his", "her", "their"})
ROLES = frozenset("""
boss bosses ceo cto cofounder dad director directors exec execs executive executives father founder
head lead leader leaders leads manager managers mom mother mum parent parents principal supervisor
supervisors vp
""".split())

# Words for the mentor asked for: a phrase read from its words in any order does not reach across
# one ("first gen mentor helping students" is no "first gen student"), as what comes before
# describes the mentor and what comes after, the mentee.
SOMEONE = frozenset({"mentor", "mentors", "someone", "somebody", "anyone", "anybody"})

# Words for learning a skill: an everyday word that is also a skill's name is that skill right
# after one ("learn node", "learn go"), as it is beside another skill.
LEARNING = frozenset({"learn", "learning", "study", "studying", "master", "mastering", "practice",
                      "practise", "practising", "practicing"})

# Words between two asks that leave the choice open ("staff path vs management", "python or
# go"): a mentor for either meets them.
EITHER = frozenset({"or", "vs", "versus"})

# Words that join two of a kind ("python and go", "backend with node"): a skill's everyday name is
# the skill beside another across one, and a description of the mentee carries on across one.
JOINS = frozenset({"and", "or", "with"})

# Words for a person: a generic word shortly before one says who the mentee is ("a junior react
# dev", "senior engineers"), so it may name a stage; in a language whose search.yml gives
# `people_before: N`, also one up to N words after it ("desarrolladora junior").
PEOPLE = frozenset("""
coder coders designer designers dev developer developers devs engineer engineers folks grad grads
person people programmer programmers student students
""".split())

# How a mentee may say they want a mentor who speaks a language, besides its name.
SPEAKING = ("{name} speaking", "{name} speaker", "speaks {name}", "speak {name}")

# Everyday words of a language, one a line: data/ holds English's, locales/<language>/ another's.
COMMON_WORDS = "common-words.txt"

# The lists a language adds its own words to, in locales/<language>/search.yml.
SEARCH_LISTS = ("stop", "filler", "generic", "people", "self", "endings", "aims", "negations",
                "either", "joins", "moves", "origins", "relatives", "clause_ends",
                "possessives", "roles", "learning", "someone")

_APOSTROPHES = re.compile("['\u2019]")
_WORD = re.compile(r"[^\W_]+[#+]*")
_NOT_KEY = re.compile(r"[^\w#+]|_")


def fold(text: str) -> str:
    """Lower case without accents: "Résumé" and "resume" are one word."""
    lowered = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", text).lower())
    return "".join(char for char in lowered if not unicodedata.category(char).startswith("M"))


def words(text: str) -> list[str]:
    """The words of a text: letters and digits, with a trailing # or + kept (C#, C++)."""
    return _WORD.findall(_APOSTROPHES.sub("", fold(text)))


def key(text: str) -> str:
    """A text with case, accents, spaces and punctuation ignored (# and + kept): "React.js",
    "react js" and "reactjs" share one key; C# and C++ are not C."""
    return _NOT_KEY.sub("", fold(text))


@cache
def stemmer(language: str = "en") -> Callable[[str], str]:
    """How a site in this language stems words: with Snowball's algorithm for the language and
    the English one (many mentees type English): the shorter of the two stems, the language's
    own on a tie ("programacion" and "programming" are both "program"), its ending mended where
    the language says (stem_endings). The browser stems with the same algorithms (stemmer_js.py)
    and these rules (text.js)."""
    found = [python_stemmer(language), python_stemmer("en")]
    stemmers = [stem for stem in dict.fromkeys(found) if stem is not None]
    endings = stem_endings(language)

    @cache
    def stem(word: str) -> str:
        shortest = min((stem(word) for stem in stemmers), key=len)  # min keeps the first of a tie
        for end, mended in endings:
            if shortest.endswith(end):
                return shortest[:-len(end)] + mended
        return shortest

    return stem


def stem_endings(language: str) -> list[tuple[str, str]]:
    """Endings a language's Snowball stemmer leaves on some forms of a word and not on others,
    and what they become (search.yml's `stem_endings`: French "reprendre" stems as "reprendr",
    "reprends" as "reprend"). The browser mends its stems with the same (text.js)."""
    return [(str(end), str(mended))
            for end, mended in (_search_words(language).get("stem_endings") or {}).items()]


def stem(word: str) -> str:
    """A word's stem on an English site."""
    return stemmer()(word)


def typo_distance(length: int) -> int:
    """Edits tolerated in a word or key of this length."""
    return next((edits for least, edits in TYPO_EDITS if length >= least), 0)


@cache
def common_words(language: str = "en") -> frozenset[str]:
    """Everyday words, never taken for a typo of something in the vocabulary: English ones ("reach"
    is not React) and, on a site in another language, that language's too ("lado" is not "lady")."""
    return english_words() | own_common_words(language) | place_names(language)


@cache
def english_words() -> frozenset[str]:
    """Everyday English words of 4 letters or more (SCOWL, in data/common-words.txt)."""
    return _lines(resources.files("generator").joinpath("data", COMMON_WORDS))


@cache
def place_names(language: str = "en") -> frozenset[str]:
    """The words (of 4 letters or more) of the names of countries and territories and of the
    cities time zones are named after, in English and the site's language (CLDR through Babel,
    and tzdata's zone names), as keys: a mentee who moved to Germany or South Korea is not
    asking for German or Korean, nor one in Madrid for a mother ("madre")."""
    cities = [zone.rsplit("/", 1)[-1].replace("_", " ") for zone in zone_names().values() if "/" in zone]
    names: set[str] = set(cities)
    for locale in {"en", language}:
        try:
            parsed = Locale.parse(locale.replace("-", "_"))
        except (UnknownLocaleError, ValueError):
            continue  # a language CLDR does not know: English's names still count
        names.update(parsed.territories.values())
        names.update(get_timezone_location(zone, locale=parsed, return_city=True)
                     for zone in zone_names().values() if "/" in zone and not zone.startswith("Etc/"))
    return frozenset(word for name in names for word in words(name) if len(word) >= 4)


@cache
def own_common_words(language: str) -> frozenset[str]:
    """A site language's own everyday words (`locales/<language>/common-words.txt`), as keys:
    written with accents, compared without them. None for English, or for a language none ship
    for."""
    found = locale_file(language, COMMON_WORDS)
    return frozenset(key(line) for line in _lines(found)) if found else frozenset()


def _lines(found: Traversable) -> frozenset[str]:
    """The lines of a word list, without its # comments."""
    text = found.read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def near(vocabulary: Iterable[str], language: str = "en", *, english: bool = True) -> set[str]:
    """The common words that a typo of a vocabulary word could be, by the browser's rule (a word
    of length L is read as any word within typo_distance(L) edits), its own words included: the
    browser leaves out the words of skills nobody offers, and "help" (of "help desk") must not
    then be read as a typo of Helm. Common words of the site's language count too; with
    `english=False` only those (the English ones near the default lists are worked out once and
    stored: index.stored_near_words)."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    known = set(vocabulary)
    by_length: dict[int, list[str]] = {}
    for word in common_words(language) if english else own_common_words(language):
        by_length.setdefault(len(word), []).append(word)
    found: set[str] = set()
    for word in known if by_length else ():  # no own words (English): nothing to compare
        for length in range(len(word) - 2, len(word) + 3):
            edits = typo_distance(length)
            if edits and abs(length - len(word)) <= edits:
                found.update(match for match, _, _ in process.extract(
                    word, by_length.get(length, []), scorer=OSA.distance, score_cutoff=edits,
                    limit=None) if match != word)
    return found


@cache
def _search_words(language: str) -> dict[str, Any]:
    """`locales/<language>/search.yml`, empty where none ships."""
    found = locale_file(language, "search.yml")
    return (yaml.safe_load(found.read_text("utf-8")) or {}) if found else {}


def language_words(language: str) -> dict[str, frozenset[str]]:
    """A language's own word lists (keyed as SEARCH_LISTS names them), read beside the English
    ones on a site in that language: many mentees type English."""
    lists = _search_words(language)
    return {name: frozenset(fold(word) for word in lists.get(name, ())) for name in SEARCH_LISTS}


def ambiguous(language: str) -> frozenset[str]:
    """Skill names that are everyday words: AMBIGUOUS, and on a site in another language that
    language's (search.yml's `ambiguous`: "bem" is BEM in Portuguese only beside a skill)."""
    return AMBIGUOUS | {fold(word) for word in _search_words(language).get("ambiguous", ())}


def speaking(language: str) -> tuple[str, ...]:
    """How a mentee asks for a speaker of a language, {name} standing for the language's name:
    English's ("Spanish speaking") and, on a site in another language, that language's too
    (search.yml's `speaking`: "que hable {name}")."""
    return (*SPEAKING, *_search_words(language).get("speaking", ()))


def rules(language: str = "en") -> dict[str, Any]:
    """The word lists and thresholds, for the browser's copy of these functions: English and,
    on a site in another language, that language's too."""
    own = language_words(language)
    english = {"stop": STOP, "filler": FILLER, "generic": GENERIC, "people": PEOPLE,
               "self": frozenset(SELF_DESCRIPTION), "endings": ENDINGS, "aims": AIMS,
               "negations": NEGATIONS, "either": EITHER, "joins": JOINS, "moves": MOVES,
               "origins": ORIGINS, "relatives": RELATIVES, "clause_ends": CLAUSE_ENDS,
               "possessives": POSSESSIVES, "roles": ROLES, "learning": LEARNING,
               "someone": SOMEONE}
    lists = {name: sorted(english[name] | own[name]) for name in SEARCH_LISTS}
    return {**lists, "self": [phrase.split() for phrase in lists["self"]],
            "people_before": int(_search_words(language).get("people_before", 0)),
            "stem_endings": [list(ending) for ending in stem_endings(language)],
            "typo": [list(rule) for rule in TYPO_EDITS], "prefix": [PREFIX_MIN, PREFIX_SHARE],
            "move_means": MOVE_MEANS}

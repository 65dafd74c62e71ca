"""Schema v1 of a mentor profile, declared once.

The dataclasses below are the schema: each field's metadata names its kind and documentation.
Validation, the editor JSON Schema and the field reference in the docs are all derived from them.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any, ClassVar

from rapidfuzz import fuzz, process

from generator.addresses import GITHUB, HOST, LINKEDIN, MASTODON, Account, web_address_pattern
from generator.languages import languages
from generator.loader import Mapping, Node, Refused, Scalar, Sequence
from generator.markdown_text import literal
from generator.problems import Problem, Severity
from generator.program import Entry, Program
from generator.translation import N_, _, active, ngettext
from generator.workday import NAMED_WINDOWS, read_window

SCHEMA_VERSION = 1
# First line of every profile: editors with the YAML language server check and complete it.
MODELINE = "# yaml-language-server: $schema=../schema/mentor.schema.json"
INVALID: Any = object()  # a value already reported as a problem
_NULL_WORDS = {"", "~", "null", "Null", "NULL"}
# Characters that do not show as themselves, refused by one rule in every text field (see
# hidden_character): look-alike names and reordered text are made of them.
# Direction marks, overrides and isolates can make text display differently from what it is.
_DIRECTION = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_LINE_SEPARATORS = re.compile("[\u2028\u2029]")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")  # Unicode category Cc
_CONTROL_IN_MARKDOWN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # Cc less tab and newline
# Letters and marks that print as nothing, beside the format characters (category Cf).
_BLANK = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180f\u2800\u3164\uffa0")
# Joiners and variation selectors are part of emoji and of several scripts: allowed between
# characters that are not ASCII, where they cannot disguise a name in Latin letters.
_JOINERS = frozenset("\u200c\u200d") | frozenset(map(chr, range(0xFE00, 0xFE10)))
_MISPLACED_JOINER = re.compile("(?<![^\x00-\x7f\\s])[\u200c\u200d\ufe00-\ufe0f]"
                               "|[\u200c\u200d](?![^\x00-\x7f\\s])")
# Python-Markdown parses each list inside another by recursing: a few hundred on one line
# ("- - - - x") exhaust Python's stack and would stop the site build.
MAX_MARKDOWN_NESTING = 10
_NESTED_LISTS = re.compile(r"^(?:[ \t>]*(?:[*+-]|[0-9]{1,9}[.)])(?=[ \t]|$))+", re.M)
_LIST_MARKER = re.compile(r"[*+-]|[0-9]{1,9}[.)]")


@dataclass
class Checker:
    """Collects the problems of one file while its fields are checked."""

    path: str
    program: Program
    today: date
    problems: list[Problem] = field(default_factory=list)

    def report(self, node: Node | Scalar, where: str | None, message: str,
               hint: str | None = None, severity: Severity = "error") -> Any:
        self.problems.append(
            Problem(self.path, node.line, node.column, message, where, hint, severity)
        )
        return INVALID


class Kind:
    """How one field is written, checked and documented."""

    def check(self, node: Node, where: str, checker: Checker) -> Any:
        raise NotImplementedError

    def json_schema(self, program: Program) -> dict[str, Any]:
        raise NotImplementedError

    def describe(self, program: Program) -> str:
        raise NotImplementedError


class ScalarKind(Kind):
    """A kind written as a single value: refuses lists and mappings, then converts the text."""

    what: ClassVar[str] = N_("text")  # what the value must be, for "must be text, not a list"

    def check(self, node: Node, where: str, checker: Checker) -> Any:
        if isinstance(node, Refused):
            return INVALID
        if isinstance(node, Sequence):
            return checker.report(node, where, _("must be {what}, not a list", what=self.shown()))
        if not isinstance(node, Scalar):
            return checker.report(node, where, _("must be {what}, not a mapping",
                                                 what=self.shown()))
        return self.convert(node.value, node, where, checker)

    def shown(self) -> str:
        """What the value must be, in the language in use."""
        return _(self.what)

    def convert(self, value: str, node: Scalar, where: str, checker: Checker) -> Any:
        raise NotImplementedError


def _suggest(typed: str, choices: dict[str, str], scorer=fuzz.ratio, cutoff: float = 75
             ) -> str | None:
    """The suggestion for the closest of `choices` (keyed by what it is compared against)."""
    if len(typed.strip()) < 3:  # anything is "close" to one or two letters
        return None
    match = process.extractOne(typed.casefold(), {k: k.casefold() for k in choices},
                               scorer=scorer, score_cutoff=cutoff)
    return choices[match[2]] if match else None


def _did_you_mean(typed: str, choices: dict[str, str], **options: Any) -> str | None:
    suggestion = _suggest(typed, choices, **options)
    return _("did you mean '{suggestion}'?", suggestion=suggestion) if suggestion else None


def too_long(length: int, limit: int) -> str:
    """The message for text longer than its limit, in characters."""
    return ngettext("is {count} character long; the limit is {limit}",
                    "is {count} characters long; the limit is {limit}", length,
                    limit=active().number(limit))


def hidden_character(text: str, markdown: bool = False) -> tuple[str, str | None] | None:
    """Why text holds a character that does not show as itself (message, hint), or None.

    The one rule for every field a person writes as text: a name that looks like another, or
    text that displays in another order than it is, is made of such characters.
    """
    direction = _DIRECTION.search(text)
    if direction:
        return (_("contains the invisible text-direction character U+{code}",
                  code=f"{ord(direction.group()):04X}"),
                _("remove it: such characters can make text display differently from what it is"))
    if _LINE_SEPARATORS.search(text) or (_CONTROL_IN_MARKDOWN if markdown else _CONTROL
                                         ).search(text):
        if not markdown and "\n" in text:
            return _("must be on one line"), None
        return _("contains control characters"), _("remove them")
    if text.isascii():
        return None
    found = [text.index(char) for char in set(text) - _JOINERS
             if char in _BLANK or unicodedata.category(char) == "Cf"]
    joiner = _MISPLACED_JOINER.search(text)
    if joiner:
        found.append(joiner.start())
    if not found:
        return None
    char = text[min(found)]
    return (_("contains the invisible character U+{code} ({name})", code=f"{ord(char):04X}",
              name=_character_name(char)),
            _("remove it: invisible characters can make different text look the same"))


def _character_name(char: str) -> str:
    """A character's Unicode name, as messages about a character that does not show name it."""
    # Translators: what a message says of a character that has no Unicode name.
    return unicodedata.name(char, _("without a name"))


@dataclass(frozen=True)
class Text(ScalarKind):
    """Free text on one line, or Markdown over several."""

    max_length: int
    markdown: bool = False

    def convert(self, value: str, node: Scalar, where: str, checker: Checker) -> Any:
        text = unicodedata.normalize("NFC", value).strip()
        if not text:
            return checker.report(node, where, _("must not be empty"))
        hidden = hidden_character(text, self.markdown)
        if hidden:
            return checker.report(node, where, *hidden)
        if len(text) > self.max_length:
            return checker.report(node, where, too_long(len(text), self.max_length),
                                  _("shorten it"))
        address = _ADDRESS_IN_TEXT.search(text)
        if address:
            return checker.report(
                node, where, _("contains the email address '{address}'", address=address.group()),
                _("remove it: this text is published as written, in every page and file of the "
                  "site; an address for mentees goes in contact.email, which the site keeps out "
                  "of its files"))
        nesting = max((len(_LIST_MARKER.findall(run.group()))
                       for run in _NESTED_LISTS.finditer(text)), default=0) if self.markdown else 0
        if nesting > MAX_MARKDOWN_NESTING:
            return checker.report(
                node, where, ngettext("puts {lists} list inside each other; the limit is {limit}",
                                      "puts {lists} lists inside each other; the limit is {limit}",
                                      nesting, lists=nesting, limit=MAX_MARKDOWN_NESTING),
                _("write paragraphs and simple lists"))
        return text

    def json_schema(self, program: Program) -> dict[str, Any]:
        return {"type": "string", "minLength": 1, "maxLength": self.max_length}

    def describe(self, program: Program) -> str:
        if self.markdown:
            return (f"Markdown, at most {self.max_length:,} characters and "
                    f"{MAX_MARKDOWN_NESTING} lists inside each other")
        return f"text, at most {self.max_length:,} characters"


@dataclass(frozen=True)
class Skill(Text):
    """A skill as the mentor writes it; a likely misspelling of a known skill gets a warning."""

    def convert(self, value: str, node: Scalar, where: str, checker: Checker) -> Any:
        text = super().convert(value, node, where, checker)
        if text is not INVALID:
            match = checker.program.taxonomy.match(text)
            if not match.exact:
                checker.report(node, where, _("'{text}' looks like '{skill}'", text=text,
                                              skill=match.label),
                               _("write '{skill}' if that is what you mean; it is listed as "
                                 "{skill} until then", skill=match.label), severity="warning")
        return text


@dataclass(frozen=True)
class FirstName(Text):
    """A first name on its own, as a mentee agreed to be named: no surname, handle or address."""

    def convert(self, value: str, node: Scalar, where: str, checker: Checker) -> Any:
        text = super().convert(value, node, where, checker)
        if text is not INVALID and (len(text.split()) > 2 or not re.fullmatch(
                r"[^\W\d_]+(?:[ '’.-][^\W\d_]+)*\.?", text)):
            return checker.report(node, where, _("'{text}' is not a first name", text=text),
                                  _("write only a first name, such as 'Priya', or leave it out "
                                    "to show 'a mentee'"))
        return text

    def describe(self, program: Program) -> str:
        return f"a first name, at most {self.max_length} characters"


@dataclass(frozen=True)
class Pattern(ScalarKind):
    """Text that must match a pattern, with a hint for the usual ways of getting it wrong."""

    regex: str
    # Each pattern says what it wants, with an example; the other kinds say it once, as a class
    # variable.
    noun: str  # "a profile id", marked with N_ for the catalogue
    example: str  # "'ada-example'"

    def shown(self) -> str:
        return _("{noun} such as {example}", noun=_(self.noun), example=self.example)

    def convert(self, value: str, node: Scalar, where: str, checker: Checker) -> Any:
        value = value.strip()
        if re.fullmatch(self.regex, value):
            return value
        hint = _("write {what}", what=self.shown())
        if "://" in value:
            hint = _("write just the name, not a web address: {what}", what=self.shown())
        return checker.report(node, where, _("'{value}' is not {noun}", value=value,
                                             noun=_(self.noun)), hint)

    def json_schema(self, program: Program) -> dict[str, Any]:
        return {"type": "string", "pattern": self.regex}

    def describe(self, program: Program) -> str:
        return f"{self.noun} such as {self.example}"


@dataclass(frozen=True)
class Handle(ScalarKind):
    """An account: its handle, or the address of its profile page as people paste it. The
    handle is what the profile holds (see addresses.py)."""

    account: Account

    def convert(self, value: str, node: Scalar, where: str, checker: Checker) -> Any:
        text = value.strip()
        reading = self.account.read(text)
        if reading.value is not None:
            return reading.value
        return checker.report(node, where, _("'{value}' is not {noun}", value=text,
                                             noun=_(self.account.noun)), reading.hint)

    def json_schema(self, program: Program) -> dict[str, Any]:
        return {"type": "string", "pattern": self.account.schema_pattern}

    def describe(self, program: Program) -> str:
        return f"{self.account.what}, {self.account.forms}"


@cache
def _time_zones() -> dict[str, str]:
    # The tzdata package's list, not the machine's: the system folder also holds names such as
    # 'localtime' that no browser knows, and a profile must check the same everywhere.
    names = resources.files("tzdata").joinpath("zones").read_text("utf-8").split()
    return {zone: zone for zone in names}


@dataclass(frozen=True)
class TimeZone(ScalarKind):
    """An IANA zone name, checked against the zone database."""

    def convert(self, value: str, node: Scalar, where: str, checker: Checker) -> Any:
        value = value.strip()
        zones = _time_zones()
        if value in zones:
            return value
        return checker.report(
            node, where, _("'{value}' is not a time zone in the IANA database", value=value),
            _did_you_mean(value, zones) or _(
                "write a zone name such as 'Europe/Berlin' or 'America/Sao_Paulo' (the list: "
                "https://en.wikipedia.org/wiki/List_of_tz_database_time_zones)"),
        )

    def json_schema(self, program: Program) -> dict[str, Any]:
        return {"type": "string", "pattern": r"^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$",
                "examples": ["Europe/Berlin", "America/Sao_Paulo", "Asia/Kolkata"]}

    def describe(self, program: Program) -> str:
        return "IANA time zone name, such as `Europe/Berlin`"


MAX_WINDOW_LENGTH = 40


@dataclass(frozen=True)
class Window(ScalarKind):
    """A time someone can meet in their own zone: a named window or days and hours (see
    workday.read_window)."""

    what: ClassVar[str] = N_("a meeting window")

    def convert(self, value: str, node: Scalar, where: str, checker: Checker) -> Any:
        text = " ".join(value.split())
        hidden = hidden_character(text)
        if hidden:
            return checker.report(node, where, *hidden)
        if len(text) > MAX_WINDOW_LENGTH:
            return checker.report(node, where, too_long(len(text), MAX_WINDOW_LENGTH),
                                  _("write days and hours such as 'weekdays 18:00-21:00'"))
        reading = read_window(text)
        return checker.report(node, where, *reading) if isinstance(reading, tuple) else text

    def json_schema(self, program: Program) -> dict[str, Any]:
        return {"anyOf": [{"enum": [named.id for named in NAMED_WINDOWS]},
                          {"type": "string", "maxLength": MAX_WINDOW_LENGTH,
                           "pattern": r"[0-9]{1,2}:[0-9]{2}\s*(-|–|to)\s*[0-9]{1,2}:[0-9]{2}$"}]}

    def describe(self, program: Program) -> str:
        named = ", ".join(f"`{window.id}`" for window in NAMED_WINDOWS)
        return (f"{named}, or days and hours in your time zone such as `weekdays 18:00-21:00` or "
                "`sat 10:00-14:00`")


@dataclass(frozen=True)
class ListOf(Kind):
    """A list whose items share one kind; repeated items are dropped with a warning."""

    item: Kind
    min_items: int = 0
    max_items: int | None = None
    # What an item is called, one and more (messages say "lists 21 skills"); each marked with N_.
    noun: str = N_("item")
    plural: str = N_("items")

    def check(self, node: Node, where: str, checker: Checker) -> Any:
        if isinstance(node, Refused):
            return INVALID
        if not isinstance(node, Sequence):
            return checker.report(node, where, _("must be a list of {items}", items=_(self.plural)),
                                  _("put each on its own line starting with '- ', or write [a, b]"))
        if len(node.items) < self.min_items:
            return checker.report(node, where, ngettext(
                "must list at least {count} {item}", "must list at least {count} {items}",
                self.min_items, item=_(self.noun), items=_(self.plural)))
        if self.max_items is not None and len(node.items) > self.max_items:
            return checker.report(node, where, ngettext(
                "lists {number} {item}; the limit is {limit}",
                "lists {number} {items}; the limit is {limit}", len(node.items),
                number=len(node.items), item=_(self.noun), items=_(self.plural),
                limit=self.max_items), _("keep the ones you most want to share"))
        values: list[Any] = []
        seen: dict[str, int] = {}
        for position, item in enumerate(node.items):
            value = self.item.check(item, f"{where}[{position + 1}]", checker)
            if value is INVALID:
                values.append(INVALID)
                continue
            if isinstance(value, str):  # only text can repeat
                key = value.casefold()
                if key in seen:
                    checker.report(item, f"{where}[{position + 1}]",
                                   _("'{value}' is listed twice (also item {position})",
                                     value=value, position=seen[key]),
                                   _("remove one of them"), severity="warning")
                    continue
                seen[key] = position + 1
            values.append(value)
        return INVALID if INVALID in values else tuple(values)

    def json_schema(self, program: Program) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "array", "items": self.item.json_schema(program),
                                  "uniqueItems": True}
        if self.min_items:
            schema["minItems"] = self.min_items
        if self.max_items is not None:
            schema["maxItems"] = self.max_items
        return schema

    def describe(self, program: Program) -> str:
        size = (f"{self.min_items}–{self.max_items} " if self.max_items
                else f"at least {self.min_items} " if self.min_items else "")
        return f"list of {size}{self.plural}; each: {self.item.describe(program)}"


@dataclass(frozen=True)
class Language(ScalarKind):
    """An ISO 639-1 code, or an English language name normalised to its code."""

    what: ClassVar[str] = N_("a language")

    def convert(self, value: str, node: Scalar, where: str, checker: Checker) -> Any:
        table = languages()
        code = table.code_for(value)
        if code:
            return code
        close = _suggest(value, {name: code for code, name in table.names.items()})
        return checker.report(
            node, where, _("'{value}' is not an ISO 639-1 language code or English name",
                           value=value.strip()),
            _("did you mean '{language}' ({code})?", language=table.name(close), code=close)
            if close else _("write a two-letter code such as 'en' or 'pt'"),
        )

    def json_schema(self, program: Program) -> dict[str, Any]:
        table = languages()
        return {"anyOf": [{"enum": sorted(table.names)}, {"enum": sorted(table.names.values())}]}

    def describe(self, program: Program) -> str:
        return "ISO 639-1 code such as `en` or `pt` (English names such as `Portuguese` also work)"


@dataclass(frozen=True)
class ProgramId(ScalarKind):
    """An id from one of the program's lists (goals, stages, formats, offers, ...)."""

    list_name: str

    what: ClassVar[str] = N_("an id")

    def convert(self, value: str, node: Scalar, where: str, checker: Checker) -> Any:
        value = value.strip()
        entries = checker.program.entries(self.list_name)
        if any(entry.id == value for entry in entries):
            return value
        # Ids, labels and the phrases mentees type are all fair guesses at what was meant.
        choices = {phrase: entry.id for entry in entries for phrase in entry.phrases}
        choices.update({entry.label: entry.id for entry in entries})
        choices.update({entry.id: entry.id for entry in entries})
        hint = _did_you_mean(value, choices, scorer=fuzz.WRatio, cutoff=85) or _(
            "use one of: {ids}", ids=", ".join(entry.id for entry in entries))
        return checker.report(node, where, _("'{value}' is not in the program's {list} list",
                                             value=value, list=self.list_name), hint)

    def id_for(self, written: str, program: Program) -> str | None:
        """The id meant by an id or a label, in any case and with spaces for hyphens, or None.

        Files hold ids; a person answering a question may type either ('career change',
        'Changing careers').
        """
        words = " ".join(re.split(r"[\s_-]+", written.strip().casefold()))
        for entry in program.entries(self.list_name):
            if words in (" ".join(entry.id.split("-")), " ".join(entry.label.casefold().split())):
                return entry.id
        return None

    def json_schema(self, program: Program) -> dict[str, Any]:
        return {"enum": [entry.id for entry in program.entries(self.list_name)]}

    def describe(self, program: Program) -> str:
        return f"an id from the {self.list_name} list below"


# The part of an email address before '@': letters and digits of any script, and . _ + ' -.
_MAILBOX = r"[\w+'-]+(?:\.[\w+'-]+)*"
MAX_EMAIL_LENGTH = 254
# An address written in free text, found more loosely than one is accepted (and in time that
# grows with the text, not its square); not a Mastodon handle ('@ada@example.social').
_ADDRESS_IN_TEXT = re.compile(rf"(?<![@\w.+'-])[\w.+'-]+@{HOST}", re.IGNORECASE)
_URL = re.compile(rf"(https?)://({HOST})(?::\d{{1,5}})?(?:[/?#][^\s\"'<>\\`]*)?", re.IGNORECASE)
_WHITESPACE_NAMES = {" ": N_("contains a space, which a web address cannot hold"),
                     "\t": N_("contains a tab, which a web address cannot hold"),
                     "\n": N_("contains a line break, which a web address cannot hold")}
_UNSAFE_IN_URL = re.compile(r"[\s\"'<>\\`\x00-\x1f\x7f]|[\u0080-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")


@dataclass(frozen=True)
class Url(ScalarKind):
    """A web address: https (or http where allowed) with a real host name, nothing else.

    Written without a scheme, as people copy it from a page ('cal.example.org/ada'), it is taken
    as https.
    """

    https_only: bool = False

    what: ClassVar[str] = N_("a web address")

    def convert(self, value: str, node: Scalar, where: str, checker: Checker) -> Any:
        url = value.strip()
        scheme = re.match(r"([a-zA-Z][a-zA-Z0-9+.-]*):", url)
        if scheme and "." in scheme.group(1) and re.match(r"\d{1,5}(?:[/?#]|$)",
                                                          url[scheme.end():]):
            scheme = None  # 'cal.example.org:8443/ada': a host and its port
        if "&#" in url or re.search(r"&[a-zA-Z]+;", url):
            return checker.report(node, where,
                                  _("contains HTML character references such as '&#58;'"),
                                  _("write the address as plain text, starting with https://"))
        if scheme and scheme.group(1).lower() not in ("http", "https"):
            return checker.report(node, where, _("'{scheme}:' links are not allowed",
                                                 scheme=scheme.group(1).lower()),
                                  _("use a web address starting with https://"))
        unsafe = _UNSAFE_IN_URL.search(url)
        if unsafe:
            return checker.report(node, where, _unsafe_in_url(unsafe.group()),
                                  _("copy the address again from the browser's address bar"))
        full = url if scheme else f"https://{url}"
        match = _URL.fullmatch(full)
        if not match:
            if re.match(r"https?://[^/?#]*@", full, re.IGNORECASE):
                return checker.report(node, where, _("must not contain a user name before '@'"),
                                      _("such addresses can disguise the real site"))
            return checker.report(node, where, _("'{url}' is not a full web address", url=url),
                                  _("write it like https://example.org/page"))
        if self.https_only and match.group(1).lower() != "https":
            return checker.report(node, where, _("must start with https://"),
                                  _("the site is served over https and browsers block http "
                                    "images"))
        return match.group(1).lower() + full[len(match.group(1)):]

    def json_schema(self, program: Program) -> dict[str, Any]:
        return {"type": "string", "pattern": web_address_pattern(self.https_only)}

    def describe(self, program: Program) -> str:
        schemes = "`https://`" if self.https_only else "`https://` or `http://`"
        return f"web address starting with {schemes} (`https://` is added if you leave it out)"


def _unsafe_in_url(char: str) -> str:
    """Why a web address cannot hold a character it holds."""
    if char in _WHITESPACE_NAMES:
        return _(_WHITESPACE_NAMES[char])
    if char.isprintable():
        return _("contains '{character}', which a web address cannot hold", character=char)
    return _("contains the invisible character U+{code}, which a web address cannot hold",
             code=f"{ord(char):04X}")


@dataclass(frozen=True)
class Email(ScalarKind):
    """An email address and nothing else: the page builds a mailto link from it, and anything
    a link can carry beside the address (cc, bcc, body) would reach a mentee's email."""

    public: bool = True  # in a profile, published: warn; in an organiser's private file, not
    what: ClassVar[str] = N_("an email address")

    def convert(self, value: str, node: Scalar, where: str, checker: Checker) -> Any:
        address = unicodedata.normalize("NFC", value).strip()
        hidden = hidden_character(address)
        if hidden:
            return checker.report(node, where, *hidden)
        if len(address) > MAX_EMAIL_LENGTH:
            return checker.report(node, where, too_long(len(address), MAX_EMAIL_LENGTH),
                                  _("write a shorter address"))
        wrong = _address_mistake(address)
        if wrong:
            return checker.report(node, where, _("'{address}' is not an email address",
                                                 address=address), wrong)
        if self.public:
            checker.report(node, where, _("an email address in a public repository stays in its "
                                          "git history, even after you remove it"),
                           _("consider a contact form or calendar link instead"),
                           severity="warning")
        return address

    def json_schema(self, program: Program) -> dict[str, Any]:
        return {"type": "string", "format": "email", "maxLength": MAX_EMAIL_LENGTH}

    def describe(self, program: Program) -> str:
        return "email address (public: consider a form or calendar link instead)"


def _address_mistake(address: str) -> str | None:
    """What keeps text from being a plain address like name@example.org (as a hint), or None."""
    if address.lower().startswith("mailto:"):
        return _("write it without 'mailto:'")
    if "@" not in address:
        return _("write it like name@example.org")
    stray = re.search(r"[^\w.+'@-]", address)
    if stray:
        if stray.group() == " ":
            return _("remove the space: write just the address, like name@example.org")
        return _("remove '{character}': write just the address, like name@example.org",
                 character=stray.group())
    if address.count("@") > 1:
        return _("it has more than one '@'; write just the address, like name@example.org")
    name, domain = address.split("@")
    if not re.fullmatch(_MAILBOX, name):
        return _("the part before '@' cannot be empty, start or end with '.', or hold '..'")
    if not re.fullmatch(HOST, domain, re.IGNORECASE):
        return _("'{domain}' is not a domain name; write it like name@example.org",
                 domain=domain)
    return None


@dataclass(frozen=True)
class Boolean(ScalarKind):
    """`true` or `false`, nothing YAML 1.1 would also read as a boolean."""

    what: ClassVar[str] = N_("true or false")

    def convert(self, value: str, node: Scalar, where: str, checker: Checker) -> Any:
        if node.plain and value.lower() in ("true", "false"):
            return value.lower() == "true"
        return checker.report(node, where, _("'{value}' is not true or false", value=value),
                              _("write true or false, without quotes"))

    def json_schema(self, program: Program) -> dict[str, Any]:
        return {"type": "boolean"}

    def describe(self, program: Program) -> str:
        return "`true` or `false`"


@dataclass(frozen=True)
class Agreed(Boolean):
    """`true`, written to record that someone agreed: `false` is refused, with what to do."""

    refusal: str  # why false cannot stand (marked with N_, as is the hint)
    hint: str

    def convert(self, value: str, node: Scalar, where: str, checker: Checker) -> Any:
        agreed = super().convert(value, node, where, checker)
        if agreed is False:
            return checker.report(node, where, _(self.refusal), _(self.hint))
        return agreed

    def json_schema(self, program: Program) -> dict[str, Any]:
        return {"const": True}

    def describe(self, program: Program) -> str:
        return "`true`"


@dataclass(frozen=True)
class Count(ScalarKind):
    """A whole number, zero or more (or from `least` to `most`), written as plain digits."""

    least: int = 0
    most: int | None = None
    why: str = ""  # the hint for a number out of range (marked with N_)
    what: ClassVar[str] = N_("a whole number")

    def convert(self, value: str, node: Scalar, where: str, checker: Checker) -> Any:
        if node.plain and re.fullmatch(r"0|[1-9][0-9]{0,5}", value):
            number = int(value)
            if number < self.least or (self.most is not None and number > self.most):
                return checker.report(node, where, _("is {number}; write a number from {least} "
                                                     "to {most}", number=number, least=self.least,
                                                     most=self.most),
                                      _(self.why) if self.why else None)
            return number
        if re.fullmatch(r"0[0-9]+", value):
            return checker.report(node, where, _("'{value}' has a leading zero", value=value),
                                  _("write {number} (YAML reads numbers with a leading zero as "
                                    "octal)", number=int(value)))
        if re.fullmatch(r"-[0-9]+", value):
            return checker.report(node, where, _("must be {least} or more", least=self.least))
        if node.plain and re.fullmatch(r"[0-9]+", value):
            return checker.report(node, where, _("'{value}' is too large", value=value),
                                  _("write a number up to {most}",
                                    most=999999 if self.most is None else self.most))
        return checker.report(node, where, _("'{value}' is not a whole number", value=value),
                              _("write digits only, without quotes, such as 3"))

    def json_schema(self, program: Program) -> dict[str, Any]:
        schema = {"type": "integer", "minimum": self.least}
        return schema if self.most is None else {**schema, "maximum": self.most}

    def describe(self, program: Program) -> str:
        if self.most is not None:
            return f"whole number from {self.least} to {self.most}"
        return f"whole number, {self.least} or more"


@dataclass(frozen=True)
class Score(ScalarKind):
    """An average on a 1 to 5 scale, such as 4.2."""

    what: ClassVar[str] = N_("a number from 1 to 5")

    def convert(self, value: str, node: Scalar, where: str, checker: Checker) -> Any:
        if node.plain and re.fullmatch(r"[1-5](\.[0-9]{1,2})?", value) and float(value) <= 5:
            return float(value)
        return checker.report(node, where, _("'{value}' is not a number from 1 to 5",
                                             value=value),
                              _("write the average on the 1 to 5 scale, such as 4.2"))

    def json_schema(self, program: Program) -> dict[str, Any]:
        return {"type": "number", "minimum": 1, "maximum": 5}

    def describe(self, program: Program) -> str:
        return "number from 1 to 5"


@dataclass(frozen=True)
class Day(ScalarKind):
    """A calendar date written YYYY-MM-DD; with `past`, not after tomorrow (a confirmation)."""

    past: bool = False
    # For a day after tomorrow (marked with N_).
    future_hint: str = N_("write the date you last checked your profile")
    what: ClassVar[str] = N_("a date")

    def convert(self, value: str, node: Scalar, where: str, checker: Checker) -> Any:
        value = value.strip()
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError
            day = date.fromisoformat(value)
        except ValueError:
            return checker.report(node, where, _("'{value}' is not a date", value=value),
                                  _("write it as YYYY-MM-DD, such as 2026-03-01"))
        return self.accept(day, value, node, where, checker)

    def accept(self, day: date, value: str, node: Scalar, where: str, checker: Checker) -> Any:
        """The day, or INVALID once reported; kinds with their own range override this."""
        if self.past and day > checker.today + timedelta(days=1):
            return checker.report(node, where, _("{day} is in the future", day=value),
                                  _(self.future_hint))
        return day

    def json_schema(self, program: Program) -> dict[str, Any]:
        return {"type": "string", "format": "date"}

    def describe(self, program: Program) -> str:
        return "date, YYYY-MM-DD"


@dataclass(frozen=True)
class Group(Kind):
    """A nested mapping whose fields are those of another schema dataclass."""

    schema: type

    def check(self, node: Node, where: str, checker: Checker) -> Any:
        return check_mapping(self.schema, node, f"{where}.", checker)

    def json_schema(self, program: Program) -> dict[str, Any]:
        return object_schema(self.schema, program)

    def describe(self, program: Program) -> str:
        return "mapping with the fields below"


@dataclass(frozen=True)
class Choice:
    """An option of a facet on a field that is not a list of ids: the values it takes in."""

    entry: Entry
    takes: Callable[[Any], bool]


@dataclass(frozen=True)
class Facet:
    """A profile field the directory can be filtered by, as the match index and the page name it.

    A list of ids offers its list's entries; any other field offers its `choices`."""

    key: str  # in the match index, the page's URL and its filters: "stages"
    legend: str  # the filter's heading, in English (shown through _): "Mentee stage"
    field: str = ""  # the profile field: "mentee_stages"
    choices: tuple[Choice, ...] = ()
    searched: bool = True  # its entries' words are read in a query; False: a filter only


YEARS = (Choice(Entry("under-3", N_("Under 3 years")), lambda years: years < 3),
         Choice(Entry("3-to-9", N_("3 to 9 years")), lambda years: 3 <= years < 10),
         Choice(Entry("10-to-19", N_("10 to 19 years")), lambda years: 10 <= years < 20),
         Choice(Entry("20-plus", N_("20 years or more")), lambda years: years >= 20))
ALUMNI = (Choice(Entry("alumni", N_("Former mentee, now mentoring"),
                       phrases=("former mentee", "alumni", "alumnus", "alumna")),
                 lambda alumni: alumni),)


def spec(kind: Kind, doc: str, example: Any = None, facet: Facet | None = None,
         **default: Any) -> Any:
    """Declare one schema field: its kind, its documentation, an example value and, for a list
    mentees filter by, its facet."""
    return field(metadata={"kind": kind, "doc": doc, "example": example, "facet": facet},
                 **default)


@dataclass(frozen=True)
class Availability:
    """How much mentoring someone can take on now."""

    accepting: bool = spec(Boolean(), "Whether you take new mentees now.", True, default=True)
    capacity: int | None = spec(Count(), "Most mentees you take at once; leave out for no limit.",
                                3, default=None)
    mentees: int | None = spec(Count(), "How many mentees you have now.", 1, default=None)
    hours_per_month: int | None = spec(Count(), "Hours a month you can give.", 4, default=None)
    waitlist: str | None = spec(Url(), "Where mentees can join your waitlist while you are full.",
                                "https://forms.example.org/ada-waitlist", default=None)
    windows: tuple[str, ...] = spec(
        ListOf(Window(), max_items=7, noun=N_("window"), plural=N_("windows")),
        "When you can meet, in your own time zone; without it, 08:00 to 20:00 every day.",
        ["weekday-evenings", "sat 10:00-14:00"], default=())

    def problems(self) -> list[tuple[str, str, str]]:
        """Rules across fields: (field, message, hint)."""
        if self.capacity is not None and self.mentees is not None and self.mentees > self.capacity:
            return [("mentees", _("is {mentees}, more than capacity ({capacity})",
                                  mentees=self.mentees, capacity=self.capacity),
                     _("raise capacity or lower mentees"))]
        return []

    @property
    def spots_left(self) -> int | None:
        """Open places, or None when capacity is not limited."""
        if self.capacity is None:
            return None
        return max(self.capacity - (self.mentees or 0), 0)



_Date = date  # Thanks has a field named date


@dataclass(frozen=True, kw_only=True)
class Thanks:
    """A mentee's thank-you note, added by the organisers once the mentee agreed to publish it."""

    text: str = spec(Text(300), "What the mentee wrote, as they agreed to publish it.",
                     "Helped me prepare for my first staff interview loop, and I got the role.")
    name: str | None = spec(FirstName(30), "The mentee's first name, if they agreed to it; "
                            "without it the note is from 'a mentee'.", "Priya", default=None)
    date: _Date = spec(Day(past=True, future_hint=N_("write the day the mentee wrote it")),
                       "When the mentee wrote it.", "2026-05-02")
    consent: bool = spec(
        Agreed(N_("is false: a thank-you note is published only with the mentee's consent"),
               N_("remove the note, or set 'consent: true' once the mentee agrees")),
        "The mentee agreed to publish this note, with their first name if it is given.", True)


CHANNELS = ("form", "calendar", "email")  # the contact fields a mentee can ask through


@dataclass(frozen=True)
class Contact:
    """Ways a mentee can reach a mentor, in the mentor's order of preference."""

    calendar: str | None = spec(Url(), "Booking link for a first call.",
                                "https://cal.example.org/ada", default=None)
    website: str | None = spec(Url(), "Personal site.", "https://ada.example.org", default=None)
    form: str | None = spec(Url(), "Contact form.", "https://forms.example.org/ada", default=None)
    linkedin: str | None = spec(Handle(LINKEDIN), "LinkedIn profile.", "ada-example",
                                default=None)
    mastodon: str | None = spec(Handle(MASTODON), "Mastodon account.", "@ada@example.social",
                                default=None)
    email: str | None = spec(Email(), "Email address (public).", "ada@example.org", default=None)

    @property
    def channel(self) -> tuple[str, str] | None:
        """How a mentee asks: ('form' | 'calendar' | 'email', address), first in that order."""
        for kind in CHANNELS:
            if getattr(self, kind):
                return kind, getattr(self, kind)
        return None


@dataclass(frozen=True)
class Profile:
    """One mentor's profile, exactly as their YAML file says once it has been checked."""

    name: str = spec(Text(80), "Your name as mentees will see it.", "Ada Example")
    github: str = spec(Handle(GITHUB), "GitHub login of the person allowed to edit this file.",
                       "ada-example")
    headline: str = spec(Text(120), "Your role in a few words.", "Staff Engineer, payments")
    timezone: str = spec(TimeZone(), "Where your working hours are.", "Europe/Berlin")
    languages: tuple[str, ...] = spec(ListOf(Language(), 1, noun=N_("language"),
                                                  plural=N_("languages")),
                                      "Languages you can mentor in.", ["en", "pt"],
                                      Facet("languages", N_("Languages")))
    skills: tuple[str, ...] = spec(ListOf(Skill(50), 1, 20, noun=N_("skill"), plural=N_("skills")),
                                   "Skills, written the way you say them.", ["Kubernetes", "Go"],
                                   Facet("skills", N_("Skills")))
    goals: tuple[str, ...] = spec(ListOf(ProgramId("goals"), 1, noun=N_("goal"), plural=N_("goals")),
                                  "What you can help mentees with.",
                                  ["promotion-readiness", "technical-growth"],
                                  Facet("goals", N_("Goals")))
    pronouns: str | None = spec(Text(30), "How to refer to you.", "she/her", default=None)
    photo: str | None = spec(Url(https_only=True), "Photo; without one, your initials are shown.",
                             "https://example.org/ada.jpg", default=None)
    location: str | None = spec(Text(80), "City or region.", "Berlin, Germany", default=None)
    mentee_stages: tuple[str, ...] = spec(ListOf(ProgramId("stages"), noun=N_("stage"),
                                                 plural=N_("stages")),
                                          "Career stages you mentor best.",
                                          ["early-career", "mid-level"],
                                          Facet("stages", N_("Mentee stage")), default=())
    formats: tuple[str, ...] = spec(ListOf(ProgramId("formats"), noun=N_("format"),
                                           plural=N_("formats")),
                                    "Ways you like to mentor.", ["one-on-one"],
                                    Facet("formats", N_("Format")), default=())
    offers: tuple[str, ...] = spec(ListOf(ProgramId("offers"), noun=N_("offer"), plural=N_("offers")),
                                   "Concrete help you offer beyond conversation.",
                                   ["mock-interviews", "cv-review"], Facet("offers", N_("Offers")),
                                   default=())
    meeting_modes: tuple[str, ...] = spec(
        ListOf(ProgramId("meeting_modes"), noun=N_("meeting mode"), plural=N_("meeting modes")),
        "How you can meet; in person needs your city in `location`.", ["video", "chat"],
        Facet("meeting_modes", N_("Meeting mode"), searched=False), default=())
    industry: tuple[str, ...] = spec(
        ListOf(ProgramId("industries"), noun=N_("industry"), plural=N_("industries")),
        "Industries you have worked in.", ["fintech", "public-sector"],
        Facet("industries", N_("Industry"), searched=False), default=())
    years_in_tech: int | None = spec(Count(most=70), "Years you have worked in tech.", 12,
                                     Facet("years", N_("Years in tech"), choices=YEARS, searched=False),
                                     default=None)
    experiences: tuple[str, ...] = spec(
        ListOf(ProgramId("experiences"), noun=N_("experience"), plural=N_("experiences")),
        "Opt-in: lived experience you choose to share, for mentees seeking shared experience.",
        ["first-generation"], Facet("experiences", N_("Shared lived experience")), default=())
    alumni: bool = spec(Boolean(), "Whether you were a mentee yourself before mentoring.", False,
                        Facet("alumni", N_("Former mentees"), choices=ALUMNI, searched=False),
                        default=False)
    bio: str | None = spec(Text(2000, markdown=True), "A few paragraphs about you.",
                           "I have built payment systems for ten years.", default=None)
    style: str | None = spec(
        Text(280), "How you like to work: structured or open conversation, challenge or "
        "encouragement.", "Structured: we agree goals first, and I will challenge you kindly.",
        default=None)
    responds_within: int | None = spec(
        Count(1, 30, N_("if you often need longer, say so in your bio, or pause with "
                        "'accepting: false' under 'availability:'")),
        "How many days you usually take to answer a request.", 3, default=None)
    availability: Availability = spec(Group(Availability), "Your capacity right now.",
                                      default=Availability())
    contact: Contact = spec(Group(Contact), "How mentees can reach you.", default=Contact())
    recognition: bool = spec(
        Boolean(), "Whether the 'Our mentors' page may list you, with how many mentees you have "
        "taken on and your years in the program.", False, default=False)
    thanks: tuple[Thanks, ...] = spec(
        ListOf(Group(Thanks), max_items=10, noun=N_("thank-you note"),
               plural=N_("thank-you notes")),
        "Added by the organisers: mentees' thank-you notes, each with the mentee's consent.",
        [{"text": "Helped me prepare for my first staff interview loop.", "name": "Priya",
          "date": "2026-05-02", "consent": True}], default=())
    last_confirmed: date | None = spec(
        Day(past=True), "When you last confirmed this profile; defaults to the file's last commit date.",
        "2026-03-01", default=None)


@cache
def facets() -> tuple[Facet, ...]:
    """The profile fields mentees filter by, in the schema's order, each naming its field."""
    return tuple(dataclasses.replace(spec_field.metadata["facet"], field=spec_field.name)
                 for spec_field in dataclasses.fields(Profile) if spec_field.metadata["facet"])


def facet_entries(facet: Facet, program: Program) -> tuple[Entry, ...]:
    """A facet's options: its choices, or the entries of the program list its field names
    (skills and languages are the match index's own)."""
    if facet.choices:  # labels in English where declared, in the site's language here
        return tuple(dataclasses.replace(choice.entry, label=_(choice.entry.label))
                     for choice in facet.choices)
    kind = next(spec_field for spec_field in dataclasses.fields(Profile)
                if spec_field.name == facet.field).metadata["kind"]
    assert isinstance(kind, ListOf) and isinstance(kind.item, ProgramId), facet
    return program.entries(kind.item.list_name)


def facet_ids(facet: Facet, profile: Profile) -> tuple[str, ...]:
    """The ids of a facet's options a profile falls under."""
    value = getattr(profile, facet.field)
    if facet.choices:
        return tuple(choice.entry.id for choice in facet.choices
                     if value is not None and choice.takes(value))
    return value


def _is_blank(node: Node) -> bool:
    return isinstance(node, Scalar) and (
        (node.plain and node.value in _NULL_WORDS) or not node.value.strip()
    )


def _example_line(key: str, example: Any) -> str:
    if isinstance(example, list):
        return f"{key}: [{', '.join(example)}]"
    return f"{key}: {str(example).lower() if isinstance(example, bool) else example}"


def _unknown_key_hint(key: str, fields: dict[str, Any]) -> str:
    """What was probably meant; a look-alike letter is named, since the message cannot show it."""
    hint = (_did_you_mean(key, {name: name for name in fields})
            or _("the fields are: {fields}", fields=", ".join(fields)))
    foreign = next((char for char in key if not char.isascii()), None)
    if foreign is None:
        return hint
    return _("it contains U+{code} ({name}), not a plain letter; {hint}",
             code=f"{ord(foreign):04X}", name=_character_name(foreign), hint=hint)


# Rules across fields, given each field that was written: its value, or INVALID. Each rule reads
# only the fields it needs, so it holds even while other fields have errors.
Rules = Callable[[dict[str, Any], Checker], list[tuple[str, str, str]]]


def check_mapping(schema: type, node: Node, prefix: str, checker: Checker,
                  rules: Rules | None = None) -> Any:
    """Check a mapping against a schema dataclass; return an instance, or INVALID.

    `rules` are checked beside the fields; the instance's own `problems()`, once they are valid.
    """
    if isinstance(node, Refused):
        return INVALID
    if not isinstance(node, Mapping):
        return checker.report(node, prefix.rstrip(".") or None,
                              _("must be a mapping of fields, not a list")
                              if isinstance(node, Sequence)
                              else _("must be a mapping of fields, not a single value"))
    fields = {f.name: f for f in dataclasses.fields(schema)}
    valid = True
    for key, (key_node, _value) in node.entries.items():
        if key not in fields:
            valid = False
            checker.report(key_node, f"{prefix}{key or repr(key)}", _("unknown key"),
                           _unknown_key_hint(key, fields))
    values: dict[str, Any] = {}
    for name, spec_field in fields.items():
        where = f"{prefix}{name}"
        entry = node.entries.get(name)
        required = spec_field.default is dataclasses.MISSING
        if entry is None or _is_blank(entry[1]):
            if required:
                example = _example_line(name, spec_field.metadata["example"])
                at = entry[0] if entry else node
                message = _("is empty") if entry else _("required field is missing")
                checker.report(at, where, message, _("add a line like '{example}'",
                                                     example=example))
                values[name] = INVALID
            continue
        values[name] = spec_field.metadata["kind"].check(entry[1], where, checker)
    valid = valid and all(value is not INVALID for value in values.values())
    for name, message, hint in rules(values, checker) if rules else ():
        at = node.entries[name][0] if name in node.entries else node
        checker.report(at, f"{prefix}{name}", message, hint)
        valid = False
    if not valid:
        return INVALID
    instance = schema(**values)
    instance_rules = getattr(instance, "problems", None)
    for name, message, hint in instance_rules() if instance_rules else ():
        checker.report(node.entries[name][1], f"{prefix}{name}", message, hint)
        valid = False
    return instance if valid else INVALID


# A profile that takes mentees with no way to reach it (issue_form.py words it for the form).
UNREACHABLE = N_("no way for mentees to reach you: a profile that accepts mentees needs a contact "
                 "form, a booking link or an email address")


def _reachable(values: dict[str, Any], checker: Checker) -> list[tuple[str, str, str]]:
    """A profile taking mentees needs a way for them to ask: its own, or the program's form."""
    availability = values.get("availability", Availability())
    contact = values.get("contact", Contact())
    if (availability is INVALID or contact is INVALID or not availability.accepting
            or contact.channel or checker.program.request_form):
        return []
    return [("contact", _(UNREACHABLE),
             _("add one under 'contact:', such as 'form: https://forms.example.org/ada', or set "
               "'accepting: false' under 'availability:' until you have one"))]


IN_PERSON = "in-person"  # the meeting mode that needs a place


def _in_person_somewhere(values: dict[str, Any], checker: Checker) -> list[tuple[str, str, str]]:
    """Meeting in person means meeting somewhere: the profile says where."""
    modes = values.get("meeting_modes", ())
    if modes is INVALID or IN_PERSON not in modes or "location" in values:
        return []
    return [("meeting_modes", _("'{mode}' needs your city: mentees need to know where you can "
                                "meet", mode=IN_PERSON),
             _("add a line like 'location: Lisbon, Portugal'"))]


def _profile_rules(values: dict[str, Any], checker: Checker) -> list[tuple[str, str, str]]:
    return _reachable(values, checker) + _in_person_somewhere(values, checker)


def check_profile(path: str, root: Mapping, program: Program, today: date
                  ) -> tuple[Profile | None, list[Problem]]:
    """Validate a loaded profile; every problem in the file is reported, not just the first."""
    checker = Checker(path, program, today)
    profile = check_mapping(Profile, root, "", checker, _profile_rules)
    return (None if profile is INVALID else profile), checker.problems


def object_schema(schema: type, program: Program) -> dict[str, Any]:
    properties = {}
    for spec_field in dataclasses.fields(schema):
        meta = spec_field.metadata
        prop = meta["kind"].json_schema(program)
        prop["description"] = meta["doc"]
        if meta["example"] is not None:
            prop["examples"] = [meta["example"]]
        properties[spec_field.name] = prop
    required = [f.name for f in dataclasses.fields(schema) if f.default is dataclasses.MISSING
                and f.default_factory is dataclasses.MISSING]
    result: dict[str, Any] = {"type": "object", "additionalProperties": False,
                              "properties": properties}
    if required:
        result["required"] = required
    return result


def json_schema(program: Program) -> dict[str, Any]:
    """The JSON Schema editors use to check and complete profiles."""
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": f"Mentor profile (schema v{SCHEMA_VERSION})",
        "description": "One mentor of a Mentor Directory program: mentors/<id>.yml.",
        **object_schema(Profile, program),
    }


def field_table(schema: type, program: Program) -> str:
    """A Markdown table of a schema's fields, nested groups' fields after their group's row."""
    rows = ["| Field | Required | What to write |", "|---|---|---|"]

    def add_rows(schema: type, prefix: str) -> None:
        for spec_field in dataclasses.fields(schema):
            meta = spec_field.metadata
            required = "yes" if spec_field.default is dataclasses.MISSING else "no"
            rows.append(f"| `{prefix}{spec_field.name}` | {required} | {meta['doc']} "
                        f"{meta['kind'].describe(program)}. |")
            kind = meta["kind"]
            if isinstance(kind, Group):
                add_rows(kind.schema, f"{prefix}{spec_field.name}.")
            elif isinstance(kind, ListOf) and isinstance(kind.item, Group):
                add_rows(kind.item.schema, f"{prefix}{spec_field.name}[].")

    add_rows(schema, "")
    return "\n".join(rows)


def reference_markdown(program: Program, goal_link: Callable[[str], str | None] = lambda _: None
                       ) -> str:
    """The field reference for the docs: every field, then the ids each list accepts.

    `goal_link` gives a Markdown link target for a goal's guide, or None where there is none.
    """
    sections = [field_table(Profile, program)]
    for list_name, heading in (("goals", "Goals"), ("stages", "Mentee stages"),
                               ("formats", "Formats"), ("offers", "Offers"),
                               ("meeting_modes", "Meeting modes"), ("industries", "Industries"),
                               ("experiences", "Lived experiences")):
        lines = [f"### {heading}", "", "| id | Label | Meaning |", "|---|---|---|"]
        for entry in program.entries(list_name):
            link = goal_link(entry.id) if list_name == "goals" else None
            # Labels and descriptions come from the organiser's settings: text, not Markdown.
            label = f"[{literal(entry.label)}]({link})" if link else literal(entry.label)
            lines.append(f"| `{entry.id}` | {label} | {literal(entry.description)} |")
        sections.append("\n".join(lines))
    return "\n\n".join(sections) + "\n"

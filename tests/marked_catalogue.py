"""A catalogue that marks every message it gives «like this», to find English a page shows that
never went through the catalogue.

With `marked(language)` in force, every message of the interface comes out wrapped in «», in the
plural form the count calls for, while dates, numbers and language names follow the language as
they would in a real build (they come from Babel, not the catalogue). `leaks` then reads a page's
visible text (and the attributes a reader meets: aria-label, placeholder, title, alt, label):
whatever is left outside «» must be data, such as names, program labels and numbers.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from html.parser import HTMLParser

from babel import Locale
from babel.support import NullTranslations

from generator import translation
from generator.translation import Catalogue, locale_name

OPEN, CLOSE = "«", "»"
MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")  # an innermost marked message
# What data is joined with on a page: lists, facts side by side, a location after a name.
SEPARATORS = re.compile(r", |; | · |: | \(|\) ?|\n|\x00")
VISIBLE_ATTRIBUTES = ("aria-label", "placeholder", "title", "alt", "label")
UNREAD = {"script", "style", "code"}  # not read as words of the interface (code is syntax)
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


class Marked(NullTranslations):
    """Translations that wrap each message in «», noting which messages were asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[str] = set()

    def gettext(self, message: str) -> str:
        self.asked.add(message)
        return f"{OPEN}{message}{CLOSE}"

    def ngettext(self, singular: str, plural: str, n: int) -> str:  # type: ignore[override]
        self.asked.add(singular)
        return f"{OPEN}{singular if n == 1 else plural}{CLOSE}"


@contextmanager
def marked(language: str = "es") -> Iterator[Marked]:
    """Every message «marked», with `language`'s plural rules, dates and numbers, while the block
    runs: for what renders here and for a build run here (its `theme.language` is ignored)."""
    translations = Marked()
    found = Catalogue(language, Locale.parse(locale_name(language)), translations, True)
    before = translation._active, translation.catalogue
    translation._active = found
    translation.catalogue = lambda _language: found  # what translation.use() installs
    try:
        yield translations
    finally:
        translation._active, translation.catalogue = before


def strings_of(*values: object) -> set[str]:
    """Every string held in dataclasses, mappings and sequences: the data a page may show."""
    found: set[str] = set()
    seen: set[int] = set()
    stack = list(values)
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            found.add(value)
        elif id(value) in seen or value is None or isinstance(value, int | float):
            continue
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            seen.add(id(value))
            stack += [getattr(value, field.name) for field in dataclasses.fields(value)]
        elif isinstance(value, dict):
            seen.add(id(value))
            stack += [*value.keys(), *value.values()]
        elif isinstance(value, list | tuple | set | frozenset):
            seen.add(id(value))
            stack += list(value)
    return found


def _pieces(text: str) -> list[str]:
    """A text and the parts its separators join, each without the spaces and the full stop
    around it: each may stand alone on a page ("Staff Engineer, payments." shows a headline)."""
    return [part.strip().strip(".") for part in [text, *SEPARATORS.split(text)]]


class _Reader(HTMLParser):
    """The text nodes and visible attributes of the elements `within` chooses (all by default),
    outside those `skip` leaves out."""

    def __init__(self, within: Callable[[str, dict[str, str]], bool],
                 skip: Callable[[str, dict[str, str]], bool]) -> None:
        super().__init__(convert_charrefs=True)
        self.within, self.skip = within, skip
        self.open: list[tuple[str, bool, bool]] = []  # tag, inside the region, left out
        self.text: list[str] = []
        self.attributes: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {name: value or "" for name, value in attrs}
        inside = bool(self.open and self.open[-1][1]) or self.within(tag, found)
        left_out = bool(self.open and self.open[-1][2]) or tag in UNREAD or self.skip(tag, found)
        if inside and not left_out:
            self.attributes += [found[name] for name in VISIBLE_ATTRIBUTES if found.get(name)]
        if tag not in VOID:
            self.open.append((tag, inside, left_out))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.open.pop()

    def handle_endtag(self, tag: str) -> None:
        for position in range(len(self.open) - 1, -1, -1):
            if self.open[position][0] == tag:
                del self.open[position:]
                return

    def handle_data(self, data: str) -> None:
        if self.open and self.open[-1][1] and not self.open[-1][2]:
            self.text.append(data)


def leaks(html: str, data: Iterable[str], *,
          within: Callable[[str, dict[str, str]], bool] = lambda tag, attrs: True,
          skip: Callable[[str, dict[str, str]], bool] = lambda tag, attrs: False) -> list[str]:
    """The words a page shows outside «marked» messages that are not data, in page order.

    The text nodes are read in order, so that a message spanning elements (a link's words inside
    a sentence) is matched whole; what is left is split where data is joined (", ", " · ", ...),
    and each part must be one of `data` (or a part of one) or hold no letter (numbers, symbols).
    `within` chooses the elements whose text is read (with everything inside them), `skip` the
    elements left out (say, Markdown a mentor wrote).
    """
    reader = _Reader(within, skip)
    reader.feed(html)
    reader.close()
    allowed = {piece for text in data for piece in _pieces(text)}
    found = []
    for text in ["\x00".join(reader.text), *reader.attributes]:
        while MARKED.search(text):
            text = MARKED.sub("\x00", text)
        found += [part for part in _pieces(text)[1:]
                  if part not in allowed and re.search(r"[^\W\d_]", part)]
    return sorted(set(found), key=found.index)

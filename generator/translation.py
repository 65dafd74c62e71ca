"""The interface's words in the program's language, from one gettext catalogue per language.

The catalogues (`generator/locales/<language>/LC_MESSAGES/messages.po`) hold every string the
product shows: the build's pages and templates, the command line's messages and, delivered as
data (catalogue-<language>.js), the browser scripts' messages. The language follows MkDocs'
`theme.language`; a language without a catalogue shows English (the build says so).
`make messages` extracts the strings the code uses into `messages.pot` and updates every
catalogue; the tests fail when a catalogue misses one.

Strings are written with named `{placeholders}` in all three places (Python, Jinja and the
scripts), and plurals through `ngettext` with the catalogue's plural rules.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import NullTranslations, Translations

DOMAIN = "messages"
SCRIPT_SOURCES = "theme/assets/mentor-directory/"  # the browser scripts, in the repository
SOURCE_LANGUAGE = "en"
# Numbers whose plural categories (CLDR's "one", "few", "many", "other"...) tell the browser which
# of a message's plural forms to show: each category a catalogue's language has meets one of them.
_PLURAL_SAMPLES = (0, 1, 2, 3, 5, 11, 21, 22, 100, 101, 102, 1000000)
# Where a language's dates and numbers follow a regional variant: English pages write the day
# first ("3 March 2026") and a 24-hour clock, as the program's international readers expect.
_FORMATS = {"en": "en_GB"}


def locale_name(language: str) -> str:
    """A site's language as a catalogue folder is named: "pt-BR" is pt_BR."""
    return language.replace("-", "_")


@dataclass(frozen=True)
class Catalogue:
    """One language's translations of the interface, with its plural rules and formats."""

    language: str  # as the site names it, for <html lang> and the browser's Intl: "pt-BR"
    locale: Locale
    translations: NullTranslations
    found: bool  # whether the language has a catalogue (otherwise English is shown)

    def gettext(self, message: str, /, **values: Any) -> str:
        """The message in this language, its {placeholders} filled in."""
        text = self.translations.gettext(message)
        return text.format(**values) if values else text

    def ngettext(self, singular: str, plural: str, count: int, /, **values: Any) -> str:
        """The form of the message for `count` (also given as {count})."""
        return self.translations.ngettext(singular, plural, count).format(
            count=self.number(count), **values)

    @property
    def formats(self) -> Locale:
        """The locale whose conventions dates and numbers follow."""
        return Locale.parse(_FORMATS.get(str(self.locale), str(self.locale)))

    def number(self, value: float) -> str:
        """A number as this language writes it: 1,234.5 or 1 234,5."""
        return format_decimal(value, locale=self.formats)

    def day(self, value: date) -> str:
        """A date written out: "3 March 2026", "3 de marzo de 2026"."""
        return format_date(value, format="long", locale=self.formats)

    @property
    def right_to_left(self) -> bool:
        """Whether the language is written right to left (charts are drawn mirrored)."""
        return self.locale.character_order == "right-to-left"

    def for_browser(self, messages: tuple[tuple[str, str | None], ...]) -> dict[str, Any]:
        """The translations of the scripts' messages, as the browser reads them (messages.js):
        a string for each message, and for a plural one its form per plural category. Empty
        without a catalogue: the scripts then show their English."""
        if type(self.translations) is NullTranslations:
            return {}
        found: dict[str, Any] = {}
        for singular, plural in messages:
            found[singular] = self.translations.gettext(singular) if plural is None else {
                str(self.locale.plural_form(count)): self.translations.ngettext(
                    singular, plural, count) for count in _PLURAL_SAMPLES}
        return found


def _locales() -> Traversable:
    """The folder of the catalogues and of each language's words, inside the installed package."""
    return resources.files("generator").joinpath("locales")


def locale_file(language: str, *path: str) -> Traversable | None:
    """A file a language ships in `locales/<language>/` (pt-BR's in `locales/pt_BR/`, else in
    `locales/pt/`): its catalogue, program words, search words; None where none ships."""
    name = locale_name(language)
    for folder in dict.fromkeys((name, name.split("_")[0])):
        found = _locales().joinpath(folder, *path)
        if found.is_file():
            return found
    return None


@cache
def catalogue(language: str) -> Catalogue:
    """The catalogue of a site language ("es", "pt-BR", "fr"); English for one without any."""
    try:
        locale = Locale.parse(locale_name(language or SOURCE_LANGUAGE))
    except (UnknownLocaleError, ValueError):
        locale = Locale.parse(SOURCE_LANGUAGE)
    po = locale_file(language or SOURCE_LANGUAGE, "LC_MESSAGES", f"{DOMAIN}.po")
    if po is None:
        return Catalogue(language, locale, NullTranslations(), locale.language == SOURCE_LANGUAGE)
    with po.open("rb") as file:
        compiled = io.BytesIO()
        write_mo(compiled, read_po(file, locale=str(locale)))
    compiled.seek(0)
    return Catalogue(language, locale, Translations(compiled, domain=DOMAIN), True)


@cache
def script_messages() -> tuple[tuple[str, str | None], ...]:
    """The messages the browser scripts show (singular and plural), as messages.pot lists them."""
    with _locales().joinpath(f"{DOMAIN}.pot").open("rb") as file:
        template = read_po(file)
    found: list[tuple[str, str | None]] = []
    for message in template:
        if message.id and any(path.startswith(SCRIPT_SOURCES) for path, _ in message.locations):
            found.append((message.id[0], message.id[1]) if isinstance(message.id, tuple | list)
                         else (str(message.id), None))
    return tuple(found)


def catalogue_script(found: Catalogue) -> str:
    """catalogue-<language>.js (catalogue.js for English): the locale of the language's dates and
    numbers (the same as the build's) and its translations of the scripts' messages."""
    data = json.dumps(found.for_browser(script_messages()), ensure_ascii=False, sort_keys=True)
    formats = str(found.formats).replace("_", "-")  # as Intl names it: "en-GB", "pt-BR"
    return (f"// The scripts' messages in {found.language}, from generator/locales (generated).\n"
            f"export const formats = {json.dumps(formats)};\nexport default {data};\n")


_active = catalogue(SOURCE_LANGUAGE)


def use(language: str) -> Catalogue:
    """Show the interface in a language from now on (the build's and the command's language)."""
    global _active
    _active = catalogue(language)
    return _active


def active() -> Catalogue:
    """The catalogue in use."""
    return _active


def _(message: str, /, **values: Any) -> str:
    """A message in the language in use, its {placeholders} filled in."""
    return _active.gettext(message, **values)


def ngettext(singular: str, plural: str, count: int, /, **values: Any) -> str:
    """A message with a count, in the language in use and the form its plural rules give."""
    return _active.ngettext(singular, plural, count, **values)


def N_(message: str, /) -> str:
    """A message declared before any language is in use (a constant, read at import), marked so
    that `make messages` finds it: it is shown through `_` where it is used."""
    return message

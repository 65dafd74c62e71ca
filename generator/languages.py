"""ISO 639-1 language codes, the English names people type instead of them, and each language's
name as the site's language writes it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from generator.translation import SOURCE_LANGUAGE, active, catalogue


@dataclass(frozen=True)
class Languages:
    """Lookup from code or any accepted English name (case-insensitive) to the code."""

    names: dict[str, str]  # code -> display name
    by_typed: dict[str, str]  # lowercased code or name -> code
    aliases: dict[str, tuple[str, ...]]  # code -> its other names ("Mandarin" for Chinese)

    def code_for(self, typed: str) -> str | None:
        return self.by_typed.get(typed.strip().casefold())

    def name(self, code: str) -> str:
        """The English name: what profiles may write, and what mentees type into the search."""
        return self.names[code]

    def shown(self, code: str, language: str | None = None) -> str:
        """The name pages show, in the site's language (or `language`): "español" on a Spanish
        site, the English name on an English one (or where that language has no name for it)."""
        locale = active().locale if language is None else catalogue(language).locale
        if locale.language == SOURCE_LANGUAGE:
            return self.names[code]
        return locale.languages.get(code) or self.names[code]


@cache
def languages() -> Languages:
    text = resources.files("generator").joinpath("data/languages.tsv").read_text("utf-8")
    names: dict[str, str] = {}
    by_typed: dict[str, str] = {}
    others: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        code, *aliases = line.split("\t")
        names[code] = aliases[0]
        others[code] = tuple(dict.fromkeys(alias for alias in aliases[1:] if alias != aliases[0]))
        by_typed[code] = code
        for alias in aliases:
            by_typed.setdefault(alias.casefold(), code)
    return Languages(names, by_typed, others)

"""The sample site built in each shipped language: no English left in the pages it generates."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from generator.program import LIST_NAMES, default_program, load_program
from generator.translation import catalogue

from sites import REPO

LANGUAGES = ("es", "pt-BR", "fr")
# The pages the plugin makes (the program's own pages are the organisers' to translate).
GENERATED = ("mentors/index.html", "mentors/*/index.html", "mentors/all/*/index.html",
             "insights/index.html", "our-mentors/index.html", "cohorts/index.html",
             "sessions/index.html", "sessions/*/index.html")
PLACEHOLDER = re.compile(r"\{\w+\}")
INVISIBLE = re.compile(r"<(script|style|template)\b.*?</\1>", re.S)
TAG = re.compile(r"<[^>]+>")
ATTRIBUTE = re.compile(r'\b(?:aria-label|title|placeholder|alt)="([^"]*)"')


def _english(language: str) -> set[str]:
    """What would show if something missed the catalogue: each interface string's fixed words
    (between placeholders) and each list label, where the language says something else."""
    found = catalogue(language)
    with (REPO / "generator" / "locales" / "messages.pot").open("rb") as file:
        template = read_po(file)
    english: set[str] = set()
    for message in template:
        if not message.id or any(path.startswith("theme/") for path, _ in message.locations):
            continue
        singular = message.id[0] if isinstance(message.id, tuple) else message.id
        if found.translations.gettext(singular) == singular and not isinstance(message.id, tuple):
            continue  # the same in this language ("Mastodon", "OK")
        english.update(part.strip(" .,:;()") for part in PLACEHOLDER.split(singular))
    program = load_program(None, language=language)
    for name in LIST_NAMES:
        if name == "skills":
            continue
        for entry in default_program().entries(name):
            if program.entry(name, entry.id).label != entry.label:
                english.add(entry.label)
    # Short fragments ("of", "on") are words of other sentences too.
    return {text for text in english if len(text.split()) >= 2 or len(text) >= 8}


def _visible(page: str) -> str:
    body = INVISIBLE.sub(" ", page)
    return html.unescape(" ".join([TAG.sub(" ", body), *ATTRIBUTE.findall(body)]))


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_english_in_the_generated_pages(language, site_in_language):
    built: Path = site_in_language(language)
    english = _english(language)
    leaks = []
    for pattern in GENERATED:
        for path in sorted(built.glob(pattern)):
            text = " ".join(_visible(path.read_text("utf-8")).split())
            leaks += [f"{path.relative_to(built)}: {found!r}" for found in sorted(english)
                      if re.search(rf"(?<!\w){re.escape(found)}(?!\w)", text)]
    assert leaks == []

"""What the interface would show in English if a string missed a language's catalogue."""

from __future__ import annotations

import html
import re

from babel.messages.pofile import read_po

from generator.program import LIST_NAMES, default_program, load_program
from generator.translation import SCRIPT_SOURCES, catalogue

from sites import REPO

LANGUAGES = ("es", "pt-BR", "fr")  # the languages a catalogue ships for, besides English
PLACEHOLDER = re.compile(r"\{\w+\}")
INVISIBLE = re.compile(r"<(script|style|template)\b.*?</\1>", re.S)
TAG = re.compile(r"<[^>]+>")
ARTICLE = re.compile(r'<article class="md-content__inner[^"]*">(.*)</article>', re.S)
# What mentors, mentees and hosts wrote: bios and session descriptions, thank-you notes, titles.
DATA = re.compile(r'<div class="mdir-bio">.*?</div>|<blockquote>.*?</blockquote>'
                  r'|<p class="mdir-style">.*?</p>'
                  r'|<h[23] class="mdir-session__title">.*?</h[23]>', re.S)
ATTRIBUTE = re.compile(r'\b(?:aria-label|title|placeholder|alt)="([^"]*)"')


def english_strings(language: str, *, scripts: bool = False) -> set[str]:
    """What would show if something missed the catalogue: each interface string's fixed words
    (between placeholders) and each list label, where the language says something else; the
    scripts' strings too with `scripts` (the pages as the build writes them hold none)."""
    found = catalogue(language)
    with (REPO / "generator" / "locales" / "messages.pot").open("rb") as file:
        template = read_po(file)
    english: set[str] = set()
    for message in template:
        if not message.id or (not scripts and any(path.startswith(SCRIPT_SOURCES)
                                                  for path, _ in message.locations)):
            continue
        singular = message.id[0] if isinstance(message.id, tuple) else message.id
        translated = (found.translations.ngettext(singular, message.id[1], 2)
                      if isinstance(message.id, tuple) else found.translations.gettext(singular))
        # Words the language keeps ("Mastodon", "pull request") are no sign of a missed string.
        english.update(part for part in (part.strip(" .,:;()") for part in
                                         PLACEHOLDER.split(singular)) if part not in translated)
    program = load_program(None, language=language)
    for name in LIST_NAMES:
        if name == "skills":
            continue
        for entry in default_program().entries(name):
            if program.entry(name, entry.id).label != entry.label:
                english.add(entry.label)
    # Short fragments ("of", "on") are words of other sentences too.
    return {text for text in english if len(text.split()) >= 2 or len(text) >= 8}


def visible_text(page: str) -> str:
    """The text of an HTML page's content a reader meets, its labels too, without markup; not
    the site's navigation (the organiser's words) nor what people wrote (bios, notes, titles)."""
    found = ARTICLE.search(page)
    body = DATA.sub(" ", INVISIBLE.sub(" ", found[1] if found else page))
    return html.unescape(" ".join([TAG.sub(" ", body), *ATTRIBUTE.findall(body)]))

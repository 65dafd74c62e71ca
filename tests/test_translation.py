"""The catalogues: complete for every string the code uses, and read as each language's rules say."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from generator import translation
from generator.translation import catalogue, catalogue_script, script_messages

from sites import REPO

LOCALES = REPO / "generator" / "locales"
LANGUAGES = sorted(path.parent.parent.name for path in LOCALES.glob("*/LC_MESSAGES/messages.po"))
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _read(path: Path):
    with path.open("rb") as file:
        return read_po(file)


def test_the_template_lists_every_string_the_code_uses(tmp_path):
    """messages.pot is what `make messages` extracts now: run it after changing a string."""
    fresh = tmp_path / "messages.pot"
    subprocess.run([Path(sys.executable).with_name("pybabel"), "-q", "extract",
                    "--mapping-file", "pyproject.toml", "--no-wrap", "--sort-by-file",
                    "--omit-header", "--add-location=file", "--keywords", "ngettext:1,2",
                    "--add-comments", "Translators:",
                    "--output-file", str(fresh), "."], cwd=REPO, check=True)
    assert fresh.read_text("utf-8") == (LOCALES / "messages.pot").read_text("utf-8"), (
        "generator/locales/messages.pot is out of date: run `make messages` and translate what "
        "is new in each catalogue")


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_catalogue_translates_every_string(language):
    template = _read(LOCALES / "messages.pot")
    found = _read(LOCALES / language / "LC_MESSAGES" / "messages.po")
    missing, placeholders = [], []
    for message in template:
        if not message.id:
            continue
        translated = found.get(message.id)
        strings = ([] if translated is None or translated.fuzzy else
                   list(translated.string) if isinstance(translated.string, tuple)
                   else [translated.string])
        if not strings or not all(strings):
            missing.append(message.id)
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        wanted = set(PLACEHOLDER.findall(ids[-1])) | ({"count"} if len(ids) > 1 else set())
        placeholders += [(message.id, text) for text in strings
                         if not set(PLACEHOLDER.findall(text)) <= wanted]
    assert missing == [], f"{language}: not translated"
    assert placeholders == [], f"{language}: placeholders the English does not have"


def test_plural_forms_follow_the_language():
    french, english = catalogue("fr"), catalogue("en")
    assert english.ngettext("{count} mentor", "{count} mentors", 1) == "1 mentor"
    assert english.ngettext("{count} mentor", "{count} mentors", 1500) == "1,500 mentors"
    assert french.number(1500) == "1\u202f500"


def test_dates_are_written_in_the_language():
    day = date(2026, 3, 3)
    assert [catalogue(code).day(day) for code in ("en", "es", "pt-BR", "fr")] == [
        "3 March 2026", "3 de marzo de 2026", "3 de março de 2026", "3 mars 2026"]


def test_a_language_without_a_catalogue_shows_english():
    arabic = catalogue("ar")
    assert (arabic.found, arabic.right_to_left) == (False, True)
    assert arabic.gettext("Not accepting new mentees") == "Not accepting new mentees"
    assert catalogue_script(arabic).endswith("export default {};\n")


@pytest.mark.parametrize("language", ["es", "pt-BR", "fr"])
def test_the_browser_gets_every_script_message(language):
    script = catalogue_script(catalogue(language))
    data = json.loads(script.split("export default ", 1)[1].removesuffix(";\n"))
    assert set(data) == {singular for singular, _ in script_messages()}
    assert all("other" in data[singular] for singular, plural in script_messages() if plural)


def test_the_browser_writes_dates_and_numbers_as_the_build_does():
    """English pages write "3 March 2026" and a 24-hour clock (en-GB) on both sides."""
    def formats(script: str) -> str:
        return next(line for line in script.splitlines() if line.startswith("export const formats"))

    assert [formats(catalogue_script(catalogue(code))) for code in ("en", "pt-BR", "fr")] == [
        'export const formats = "en-GB";', 'export const formats = "pt-BR";',
        'export const formats = "fr";']
    committed = REPO / "theme" / "assets" / "mentor-directory" / "catalogue.js"
    assert formats(committed.read_text("utf-8")) == formats(catalogue_script(catalogue("en")))


def test_use_switches_the_language_of_the_build():
    try:
        translation.use("es")
        assert translation.active().language == "es"
    finally:
        translation.use("en")


def test_no_message_hides_inside_an_f_string():
    """The extractor cannot see a message written in an f-string's braces: f"{_('Skills')}"."""
    hidden = [f"{path.relative_to(REPO)}:{number}" for path in sorted((REPO / "generator").glob("*.py"))
              for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
              if re.search(r"\{(?:_|ngettext)\(['\"]", line)]
    assert hidden == []

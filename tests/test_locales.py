"""The program lists and search words shipped for each language: complete and well formed."""

from __future__ import annotations

import pytest
import yaml

from generator import text
from generator.program import LIST_NAMES, _default_data, _own_translations, load_program

from sites import REPO

LOCALES = REPO / "generator" / "locales"
SHIPPED = sorted(path.parent.name for path in LOCALES.glob("*/program.yml"))
TRANSLATED = [name for name in LIST_NAMES if name != "skills"]  # skills: only where words differ


def _lists(folder: str) -> dict:
    return yaml.safe_load((LOCALES / folder / "program.yml").read_text("utf-8"))


@pytest.mark.parametrize("folder", SHIPPED)
def test_the_shipped_words_are_read_without_problems(folder):
    messages: list[str] = []
    _own_translations({folder: _lists(folder)}, _default_data(), messages)
    assert messages == []


@pytest.mark.parametrize("folder", SHIPPED)
def test_every_entry_has_a_label_and_description(folder):
    lists = _lists(folder)
    missing = [f"{name}.{entry['id']}" for name in TRANSLATED for entry in _default_data()[name]
               if not {"label", "description"} <= set(lists.get(name, {}).get(entry["id"], {}))]
    assert missing == []


@pytest.mark.parametrize("folder", SHIPPED)
def test_no_phrase_names_two_entries_of_a_list(folder):
    """Except lived experiences: "mamá" names both the women and the parent-carer ones."""
    program = load_program(None, language=folder)
    twice = []
    for name in set(TRANSLATED) - {"experiences"}:
        seen: dict[str, str] = {}
        for entry in program.entries(name):
            for phrase in {text.key(phrase) for phrase in (entry.label, *entry.phrases)}:
                if seen.setdefault(phrase, entry.id) != entry.id:
                    twice.append(f"{name}: '{phrase}' is {seen[phrase]} and {entry.id}")
    assert twice == []


@pytest.mark.parametrize("folder", SHIPPED)
def test_function_words_are_never_what_a_mentee_asks_for(folder):
    """A stop word that is also a skill's or an entry's name would hide it from the search."""
    program = load_program(None, language=folder)
    stop = text.language_words(folder)["stop"] | text.language_words(folder)["filler"]
    named = {text.fold(written) for name in LIST_NAMES for entry in program.entries(name)
             for written in (entry.id, entry.label, *(entry.phrases if name == "skills" else ()))}
    assert sorted(stop & named) == []


@pytest.mark.parametrize("folder", SHIPPED)
def test_the_search_words_of_the_language_are_given(folder):
    words = text.language_words(folder)
    assert all(words[name] for name in text.SEARCH_LISTS), "every list of search.yml has words"

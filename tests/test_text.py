"""The text rules the build and the browser share: words, keys, stems, typo distance, word lists."""

import json
from pathlib import Path

import pytest
import yaml
from rapidfuzz.distance import OSA

from generator import text
from generator.directory import load_directory
from generator.index import NEAR, default_vocabulary, match_index, searched_lists, written_forms
from generator.profile import facet_entries, facets
from generator.program import default_program, load_program

from conftest import TODAY, VALID_PROFILE

FIXTURE = json.loads((Path(__file__).parent / "data" / "normaliser.json").read_text("utf-8"))


@pytest.mark.parametrize("case", FIXTURE["cases"], ids=lambda case: case["text"])
def test_python_reads_the_shared_fixture_as_recorded(case):
    # tests/js/text.test.mjs checks the browser's copy against the same file.
    assert text.words(case["text"]) == case["words"]
    assert text.key(case["text"]) == case["key"]
    stem = text.stemmer(case.get("language", "en"))
    assert [stem(word) for word in case["words"]] == case["stems"]


def test_a_language_mends_the_endings_its_stemmer_leaves_on_some_forms():
    stem = text.stemmer("fr")
    assert {stem("reprendre"), stem("reprends"), stem("reprend")} == {"reprend"}
    assert text.rules("fr")["stem_endings"] == [["ndr", "nd"]] and text.rules()["stem_endings"] == []


def test_typo_distance_is_the_recorded_rule():
    assert [[length, text.typo_distance(length)] for length in range(12)] == FIXTURE["typo"]


def test_word_lists_do_not_overlap_and_travel_to_the_browser():
    assert not text.STOP & text.FILLER and not text.STOP & text.GENERIC
    assert not text.FILLER & text.GENERIC
    rules = text.rules()
    assert set(rules["stop"]) == text.STOP and rules["typo"] == [[8, 2], [4, 1]]


def test_common_words_are_never_taken_for_typos_of_the_vocabulary():
    near = text.near({"react", "swift", "kubernetes"})
    assert {"reach", "shift"} <= near  # "reach staff level" is no React, "night shift" no Swift
    assert "react" not in near and "kubernets" not in near  # a vocabulary word; a typo


LOCALES = Path(__file__).parent.parent / "generator" / "locales"
OWN_WORDS = ["es", "pt_BR", "fr"]  # the languages that ship their common words


def one_word(entries) -> set[str]:
    """The keys of the labels and phrases (and skill ids) that are one word."""
    return {text.key(written) for entry in entries
            for written in (entry.get("id", ""), entry.get("label", ""), *entry.get("phrases", ()))
            if len(text.words(written)) == 1}


@pytest.mark.parametrize("folder", OWN_WORDS)
def test_a_languages_common_words_are_single_words_never_its_own_phrases_or_a_skill(folder):
    path = LOCALES / folder / "common-words.txt"
    lines = [line for line in path.read_text("utf-8").splitlines() if not line.startswith("#")]
    assert 6000 <= len(lines) <= 12000 and len(set(lines)) == len(lines)
    assert [line for line in lines if line != line.lower() or text.words(line) != [text.key(line)]
            or len(text.key(line)) < 4] == []
    program = yaml.safe_load((LOCALES / folder / "program.yml").read_text("utf-8"))
    phrases = one_word(entry for entries in program.values() for entry in entries.values())
    skills = one_word({"id": entry.id, "label": entry.label, "phrases": entry.phrases}
                      for entry in default_program().skills)
    # A phrase must stay matchable ("sueldo"), a skill stay a skill ("java", "hugo"), never an
    # everyday word; words of longer phrases may be ("trabajo" of "buscar trabajo").
    assert sorted(text.own_common_words(folder) & (phrases | skills)) == []


def test_a_sites_language_adds_its_everyday_words_never_taken_for_typos():
    vocabulary = {"lady", "team", "peer", "sueldo", "moms", "noir", "negra", "autista"}
    near = text.near(vocabulary, "es") | text.near(vocabulary, "fr") | text.near(vocabulary, "pt-BR")
    # "lado", "tema", "peor" and "suelo" are Spanish, "mois" and "soir" French, "regra" and
    # "paulista" Portuguese: none is a typo of the English or the program's own words.
    assert {"lado", "tema", "peor", "suelo", "mois", "soir", "voir", "regra", "paulista"} <= near
    assert not vocabulary & near  # typed exactly, "lady", "team" and "sueldo" still match
    english = text.near(vocabulary)
    assert not {"lado", "tema", "suelo", "mois", "regra", "paulista"} & english  # as before
    assert text.common_words("en") == text.common_words() and text.own_common_words("en") == set()


def test_a_languages_words_are_compared_without_accents_and_by_region():
    assert {"bogota", "peor"} <= text.own_common_words("es")  # written "bogotá"
    assert text.own_common_words("pt-BR") == text.own_common_words("pt_BR") != set()
    assert text.own_common_words("fr-CA") == text.own_common_words("fr")  # no fr_CA: French's
    assert text.common_words("es") == (text.common_words() | text.own_common_words("es")
                                       | text.place_names("es"))


def test_places_are_never_taken_for_typos_of_languages():
    """"Moving to Germany" asks for no German speaker; nor "Alemania" on a Spanish site."""
    near = text.near({"german", "aleman"}, "es")  # the language's name in English and Spanish
    assert {"germany", "alemania"} <= near
    assert "alemania" not in text.near({"german", "aleman"})
    assert "espana" in text.place_names("es") and "espana" not in text.place_names("en")
    assert text.place_names("xx") == text.place_names("en")  # a language CLDR does not know
    # and the cities time zones are named after, in the site's language (that "Madrid" is no
    # other form of "madre": tests/test_reading.py).
    assert {"madrid", "bogota", "lagos", "paulo"} <= text.place_names("es")


def near_words(tmp_path, language: str) -> list[str]:
    """The everyday words of the match index of a one-mentor site in this language."""
    (tmp_path / "mentors").mkdir(parents=True)
    (tmp_path / "mentors" / "ada.yml").write_text(VALID_PROFILE)
    program = load_program(None, language=language)
    site, problems = load_directory([tmp_path / "mentors"], program, today=TODAY)
    assert [problem for problem in problems if problem.is_error] == []
    return match_index(site).chunks[NEAR]


def test_on_a_spanish_site_spanish_words_are_never_typos_of_the_english_vocabulary(tmp_path):
    # The stored near words cover English common words only: "lado" is one edit from "lady", a
    # word of the default (English) lists, and "suelo" from "sueldo", a Spanish phrase.
    near = set(near_words(tmp_path, "es"))
    assert {"lado", "tema", "peor", "suelo"} <= near and "sueldo" not in near
    english = set(near_words(tmp_path / "en", "en"))
    assert not {"lado", "tema", "peor", "suelo"} & english


@pytest.mark.parametrize("language", ["es", "pt-BR", "fr"])
def test_other_forms_of_the_programs_words_are_still_read_as_them(language):
    # "estudiantes" is nearer to "estudiante" (a stage, read word for word) than to any other
    # word of the lists: only the typo rule reads it as the stage, so no list holds such a form.
    program = load_program(None, language=language)
    rows = {facet.key: [[entry.id, entry.label, entry.phrases] for entry in
                        (program.skills if facet.key == "skills" else facet_entries(facet, program))]
            for facet in facets() if facet.key in searched_lists() - {"languages"}}
    vocabulary = default_vocabulary() | {word for name, entries in rows.items() for row in entries
                                         for written in written_forms(name, row)
                                         for word in text.words(written)}
    stem = text.stemmer(language)
    for word in text.near(vocabulary, language, english=False) - vocabulary:
        edits = text.typo_distance(len(word))
        close = [(OSA.distance(word, known), known) for known in vocabulary
                 if abs(len(known) - len(word)) <= edits]
        least = min(distance for distance, _ in close)
        nearest = {known for distance, known in close if distance == least}
        assert any(stem(known) != stem(word) for known in nearest), (word, nearest)
    assert not {"estudiantes", "becarias", "examenes", "etudiants", "estudantes"} & (
        text.own_common_words("es") | text.own_common_words("fr") | text.own_common_words("pt-BR"))

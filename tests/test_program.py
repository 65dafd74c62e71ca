"""The program's lists in the site's language: shipped words, the organiser's, and their mistakes."""

from __future__ import annotations

import pytest

from generator.program import ProgramConfigError, load_program

NEGOTIATION = {"label": "Negociar", "phrases": ["subir el sueldo"]}


def test_an_entry_in_another_language_is_still_found_by_its_english_words():
    negotiation = load_program(None, language="es").entry("goals", "negotiation")
    english = load_program(None).entry("goals", "negotiation")
    assert negotiation.label != english.label and negotiation.description != english.description
    assert english.label in negotiation.phrases and set(english.phrases) <= set(negotiation.phrases)


def test_the_organisers_words_come_first_and_the_shipped_ones_stay():
    shipped = load_program(None, language="es").entry("goals", "negotiation")
    own = load_program({"translations": {"es": {"goals": {"negotiation": NEGOTIATION}}}},
                       language="es").entry("goals", "negotiation")
    assert own.label == "Negociar" and own.description == shipped.description
    assert own.phrases[:2] == ("subir el sueldo", shipped.label)
    assert set(shipped.phrases) <= set(own.phrases)


def test_words_for_another_language_leave_this_site_alone():
    site = load_program({"translations": {"pt-BR": {"goals": {"negotiation": NEGOTIATION}}}},
                        language="es")
    assert site.entry("goals", "negotiation").label != "Negociar"
    assert load_program({"translations": {"pt-BR": {"goals": {"negotiation": NEGOTIATION}}}},
                        language="pt_BR").entry("goals", "negotiation").label == "Negociar"


def test_every_mistake_in_the_translations_is_named_at_once():
    with pytest.raises(ProgramConfigError) as raised:
        load_program({"translations": {"es": {
            "goal": {},
            "goals": {"nope": {"label": "x"}, "negotiation": {"labl": "x", "phrases": "x"}},
            "stages": ["student"]}}}, language="es")
    assert raised.value.messages == [
        "program.translations.es.goal: unknown list; the lists are goals, stages, formats, "
        "experiences, skills, offers, industries, meeting_modes",
        "program.translations.es.goals: 'nope' is not in the goals list",
        "program.translations.es.goals.negotiation: unknown key 'labl'",
        "program.translations.es.goals.negotiation: 'phrases' must be a list of text",
        "program.translations.es.stages: must map ids to their label, description and phrases",
    ]

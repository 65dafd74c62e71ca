"""What the browser reads in queries on a site in another language: the rules each language's
search.yml gives words to, with the site's own stemmer (tests/js/intents.test.mjs reads English)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from generator import translation
from generator.directory import load_directory
from generator.index import match_index
from generator.program import load_program

from conftest import TODAY, VALID_PROFILE
from sites import REPO

SKILLED = VALID_PROFILE.replace("  - golang\n", "  - golang\n  - Vite\n  - React\n  - IDEs\n")


def reads(tmp_path: Path, language: str, queries: list[str]) -> list[list[str]]:
    """The intents of each query on a one-mentor site in `language`, as "kind:entry"."""
    translation.use(language)
    try:
        (tmp_path / "mentors").mkdir()
        (tmp_path / "mentors" / "ada.yml").write_text(SKILLED, "utf-8")
        mentors, _ = load_directory([tmp_path / "mentors"], load_program(None, language=language),
                                    today=TODAY)
        for path, data in match_index(mentors).files().items():
            (tmp_path / "index" / path).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / "index" / path).write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    finally:
        translation.use("en")
    stemmers = REPO / "tests" / "data" / "stemmers" / f"stemmers-{language.split('-')[0]}.js"
    ran = subprocess.run(["node", str(REPO / "tests" / "js" / "reading.mjs"), str(tmp_path / "index"),
                          stemmers.as_uri()], input=json.dumps(queries), text=True,
                         capture_output=True, check=True)
    return json.loads(ran.stdout)


def test_a_french_word_is_no_other_form_of_a_skill_named_by_a_french_word(tmp_path):
    """"vit" (lives) stems as "vite" (quickly), the name of a build tool."""
    assert reads(tmp_path, "fr", ["quelqu'un en React qui vit la même chose au boulot", "vite"]) == [
        ["skills:react"], ["skills:vite"]]


def test_a_french_verb_is_read_in_any_of_its_forms(tmp_path):
    """Snowball stems "reprendre" as "reprendr" and "reprends" as "reprend": search.yml mends it."""
    assert reads(tmp_path, "fr", ["je reprends le travail", "je veux reprendre le travail"]) == [
        ["goals:returning-to-work"], ["goals:returning-to-work"]]


def test_an_everyday_word_is_a_skill_its_stem_names_only_beside_another_skill(tmp_path):
    """The Spanish stemmer makes "idea" and "IDE" one stem: "no idea" asks for no IDE."""
    assert reads(tmp_path, "es", ["no tengo idea de por donde empezar con React", "ide",
                                  "React e idea"]) == [
        ["goals:getting-started", "skills:react"], ["skills:ides"], ["skills:react", "skills:ides"]]


def test_someone_the_mentee_speaks_of_is_no_stage(tmp_path):
    """"mi líder técnico" is the mentee's lead, where "soy líder técnico" says who they are."""
    assert reads(tmp_path, "es", ["mi líder técnico no me deja hablar en las reuniones",
                                  "soy líder técnico"]) == [
        ["goals:leadership-presence"], ["stages:lead"]]


def test_a_city_is_no_other_form_of_a_word_of_the_lists(tmp_path):
    """The Spanish stemmer makes "Madrid" and "madre" (mother) one stem."""
    assert reads(tmp_path, "es", ["vivo en Madrid y busco mentora de react"]) == [
        ["experiences:women", "skills:react"]]

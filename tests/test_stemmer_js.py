"""The browser's stemmers, generated from the installed snowballstemmer, stem as the build's do."""

import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from functools import cache
from importlib import metadata
from pathlib import Path

import pytest
import yaml

from generator import text
from generator.stemmer_js import (
    Untranslatable,
    python_stemmer,
    site_stemmers,
    stemmer_js,
    translate,
)

from sites import REPO

STEMS = REPO / "tests" / "data" / "stems"
# In every language: the empty word, and characters beyond the BMP, which a JavaScript string
# counts twice ("𠮷ies" stems to "𠮷ie" only when cursors count characters, as Python's do).
EVERY_LANGUAGE = ["", "𠮷", "𠮷ies", "x𠮷ies", "𠀀ab𠀀ement", "a𠀀ement", "𝒜bc", "runs😀"]
RUN = """import { readFileSync } from "node:fs";
import { stem } from "./stemmer.mjs";
process.stdout.write(JSON.stringify(JSON.parse(readFileSync(0, "utf8")).map(stem)));
"""


def fixture(language: str) -> list[str]:
    lines = (STEMS / f"{language}.txt").read_text("utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("# ")]


def strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(key)
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


@cache
def program_words() -> list[str]:
    """Every word of the program lists the site ships (English), as the site's words."""
    lists = [yaml.safe_load((REPO / "generator" / "data" / name).read_text("utf-8"))
             for name in ("program.yml", "skills.yml")]
    return sorted({word for string in strings(lists) for word in text.words(string)})


def browser_stems(module: str, words: list[str], folder: Path) -> list[str]:
    """Each word's stem from the generated module, in one node process."""
    (folder / "stemmer.mjs").write_text(module, "utf-8")
    (folder / "run.mjs").write_text(RUN, "utf-8")
    ran = subprocess.run(["node", str(folder / "run.mjs")], input=json.dumps(words),
                         capture_output=True, text=True, encoding="utf-8", check=True)
    return json.loads(ran.stdout)


@pytest.mark.parametrize("language", ["en", "es", "pt", "fr", "ar"])
def test_the_browser_stems_every_word_as_the_build(language, tmp_path):
    words = fixture(language) + EVERY_LANGUAGE + (program_words() if language == "en" else [])
    stem = python_stemmer(language)
    module = stemmer_js(language)
    assert stem is not None and module is not None
    browser = browser_stems(module, words, tmp_path)
    assert len(browser) == len(words)
    assert [(word, stem(word), js) for word, js in zip(words, browser) if js != stem(word)] == []


def test_the_program_lists_are_among_the_words_checked():
    assert len(program_words()) > 1000 and {"bootcamp", "kubernetes", "c#"} <= set(program_words())


def test_site_languages_have_their_stemmers_and_others_none():
    assert python_stemmer("pt-BR") is python_stemmer("pt_BR") is python_stemmer("pt")
    assert [python_stemmer(code)(word) for code, word in [
        ("en", "deploying"), ("en-GB", "mentors"), ("es", "programación"), ("pt", "programação"),
        ("fr", "développeuses"), ("ar", "المبرمجون")]] == [
        "deploy", "mentor", "program", "program", "développ", "مبرمج"]
    assert python_stemmer("de") is None and stemmer_js("de") is None and python_stemmer("") is None


def test_the_module_says_where_it_comes_from_and_imports_nothing():
    module = stemmer_js("en")
    assert module is not None
    assert module.startswith(
        f"// Generated from snowballstemmer {metadata.version('snowballstemmer')} "
        "(snowballstemmer/english_stemmer.py) by\n// generator/stemmer_js.py. BSD-3-Clause:\n"
        "// Copyright (c) 2001, Dr Martin Porter\n")
    assert not re.search(r"^import", module, re.M)
    assert module.count("export ") == 1 and "export function stem(word) {" in module


TINY = '''from .basestemmer import BaseStemmer
from .among import Among


class TinyStemmer(BaseStemmer):
    g_v = {"a", "e"}
    a_0 = [
        Among("s", -1, 1)
    ]
    I_p1 = 0

    def _stem(self):
        self.limit_backward = self.cursor
        self.cursor = self.limit
        try:
            BODY
        except lab0: pass
        return True


class lab0(BaseException): pass
'''


def test_the_translator_takes_the_python_snowball_writes(tmp_path):
    # A final s after a vowel goes.
    body = "\n            ".join([
        "self.ket = self.cursor", "if self.find_among_b(TinyStemmer.a_0) == 0:", "    raise lab0()",
        "self.bra = self.cursor", "if not self.in_grouping_b(TinyStemmer.g_v):", "    raise lab0()",
        "self.slice_del()"])
    module = translate(TINY.replace("BODY", body), "tiny.py")
    assert browser_stems(module, ["as", "es", "bs", "s", "a", ""], tmp_path) == [
        "a", "e", "bs", "s", "a", ""]


@pytest.mark.parametrize(("body", "message"), [
    ("for char in self.current: pass", "tiny.py:16: cannot translate For: for char in self.current:"),
    ("self.insert(0, 0, 'x')", "tiny.py:16: cannot translate Call: self.insert(0, 0, 'x')"),
    ("self.I_p1 = self.current[1:]", "tiny.py:16: cannot translate Subscript: self.current[1:]"),
    ("self.I_p1 = self.I_p1 * 2", "tiny.py:16: cannot translate BinOp: self.I_p1 * 2"),
    ("raise lab1()", "tiny.py:16: cannot translate Raise: raise lab1()"),
    ("self.I_p1 = TinyStemmer.g_x", "tiny.py:16: cannot translate Attribute: TinyStemmer.g_x"),
])
def test_the_translator_refuses_python_it_does_not_know(body, message):
    with pytest.raises(Untranslatable) as refused:
        translate(TINY.replace("BODY", body), "tiny.py")
    assert str(refused.value) == message


@pytest.mark.parametrize(("old", "new", "message"), [
    ('Among("s", -1, 1)', 'Among("s", -1, 1, TinyStemmer.r_x)',
     "tiny.py:8: cannot translate Call (an among row is Among(string within the BMP, int, int)): "
     "Among('s', -1, 1, TinyStemmer.r_x)"),
    ('Among("s", -1, 1)', 'Among("𝒜", -1, 1)',
     "tiny.py:8: cannot translate Call (an among row is Among(string within the BMP, int, int)): "
     "Among('𝒜', -1, 1)"),
    ("I_p1 = 0", "I_p1 = None",
     "tiny.py:10: cannot translate Constant (a variable that is no integer, boolean or string): None"),
    ("from .among import Among", "import os", "tiny.py:2: cannot translate Import: import os"),
])
def test_the_translator_refuses_tables_and_modules_it_does_not_know(old, new, message):
    with pytest.raises(Untranslatable) as refused:
        translate(TINY.replace("BODY", "pass").replace(old, new), "tiny.py")
    assert str(refused.value) == message


NODE_STEMMERS = REPO / "tests" / "data" / "stemmers"


def test_the_node_tests_stem_as_sites_in_each_shipped_language_do():
    # tests/js/ reads these; refresh with UPDATE_GOLDEN=1 after upgrading snowballstemmer.
    built = {name: module for language, page in [("en", "en"), ("es", "es"), ("pt-BR", "pt"),
                                                 ("fr", "fr")]
             for name, module in site_stemmers(language, page).items()}
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(NODE_STEMMERS, ignore_errors=True)
        NODE_STEMMERS.mkdir()
        for name, module in built.items():
            (NODE_STEMMERS / name).write_text(module, "utf-8")
    assert {file.name: file.read_text("utf-8") for file in NODE_STEMMERS.glob("*.js")} == built

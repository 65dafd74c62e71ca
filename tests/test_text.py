"""The text rules the build and the browser share: words, keys, stems, typo distance, word lists."""

import json
from pathlib import Path

import pytest

from generator import text

FIXTURE = json.loads((Path(__file__).parent / "data" / "normaliser.json").read_text("utf-8"))


@pytest.mark.parametrize("case", FIXTURE["cases"], ids=lambda case: case["text"])
def test_python_reads_the_shared_fixture_as_recorded(case):
    # tests/js/text.test.mjs checks the browser's copy against the same file.
    assert text.words(case["text"]) == case["words"]
    assert text.key(case["text"]) == case["key"]
    stem = text.stemmer(case.get("language", "en"))
    assert [stem(word) for word in case["words"]] == case["stems"]


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

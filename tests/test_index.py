"""The match index the directory page loads: its declared layout, vocabulary and mentor rows."""

import json
import os
import re
import shutil
import subprocess
import sys

import pytest
import yaml
from search_fixture import MENTORS

from generator import text
from generator.directory import load_directory
from generator.index import (
    INDEX_VERSION,
    NEAR,
    NEAR_WORDS,
    ROW,
    Chunking,
    MatchIndex,
    default_vocabulary,
    language_row,
    match_index,
    stored_near_words,
)
from generator.profile import facets
from generator.program import default_program, load_program

from conftest import TODAY, VALID_PROFILE
from sites import REPO

NODE_FIXTURE = REPO / "tests" / "data" / "match-index"


def directory(tmp_path, profiles: dict[str, str], program=None):
    (tmp_path / "mentors").mkdir()
    for name, text_ in profiles.items():
        (tmp_path / "mentors" / name).write_text(text_)
    result, problems = load_directory([tmp_path / "mentors"], program or default_program(),
                                      today=TODAY)
    assert [problem for problem in problems if problem.is_error] == []
    return result


def card_rows(index: MatchIndex) -> list[list]:
    """Every mentor's card row, from the card chunks in order."""
    pages = index.core["format"]["cards"]
    return [row for page in range(len(index.chunks)) if pages["path"].format(page) in index.chunks
            for row in index.chunks[pages["path"].format(page)]]


def test_the_index_declares_its_layout_and_the_browser_reads_that_version(tmp_path):
    index = match_index(directory(tmp_path, {"ada.yml": VALID_PROFILE})).core
    assert {key: value for key, value in index["format"].items()
            if key in ("version", "row", "facets")} == {
        "version": INDEX_VERSION, "row": list(ROW),
        "facets": [{"key": facet.key, "legend": facet.legend, "searched": facet.searched}
                   for facet in facets()]}
    assert [(facet["key"], facet["searched"]) for facet in index["format"]["facets"]] == [
        ("languages", True), ("skills", True), ("goals", True), ("stages", True),
        ("formats", True), ("offers", True), ("meeting_modes", False), ("industries", False),
        ("years", False), ("experiences", True), ("alumni", False)]
    script = (REPO / "theme/assets/mentor-directory/match.js").read_text(encoding="utf-8")
    assert int(re.search(r"export const INDEX_VERSION = (\d+);", script)[1]) == INDEX_VERSION
    assert set(index) == {"format", "text", "lists", "zones", "windows", "mentors", "counts",
                          "open"}


def test_match_index(tmp_path):
    ada = VALID_PROFILE + ("availability:\n  capacity: 2\n  mentees: 2\nformats: [circle]\n"
                           "experiences: [first-generation, women]\nlocation: Lisbon\n")
    bea = (VALID_PROFILE.replace("ada-example", "bea").replace("  - golang\n", "  - Basket Weaving\n")
           .replace("  - Kubernetes\n", "  - Kubernets\n"))
    split = match_index(directory(tmp_path, {"ada.yml": ada, "bea.yml": bea}))
    index = split.core
    lists = index["lists"]
    skills = [row[0] for row in lists["skills"]]
    kubernetes = lists["skills"][skills.index("kubernetes")]
    assert kubernetes[:3] == ["kubernetes", "Kubernetes", ["k8s", "kube", "Kubernets"]]
    # built on nothing; within DevOps and container orchestration
    assert kubernetes[3:] == [[], [skills.index("devops"), skills.index("container-orchestration")]]
    assert lists["skills"][skills.index("rails")][3:] == [[skills.index("ruby")],
                                                          [skills.index("backend-frameworks")]]
    assert lists["languages"] == [
        ["en", "English", ["English speaking", "English speaker", "speaks English", "speak English"]],
        ["pt", "Portuguese", ["Portuguese speaking", "Portuguese speaker", "speaks Portuguese",
                              "speak Portuguese"]]]
    women = next(row for row in lists["experiences"] if row[0] == "women")
    assert women[1] == "Woman in tech" and "woman mentor" in women[2]
    assert "ask for a raise" in next(row for row in lists["goals"] if row[0] == "negotiation")[2]
    bea_row, ada_row = card_rows(split)  # accepting mentees first: `open` is one run of bits
    row = dict(zip(ROW, ada_row))
    assert len(ada_row) == len(ROW)
    assert [row[name] for name in ("id", "name", "pronouns", "headline", "location", "initials",
                                   "photo")] == ["ada", "Ada Example", "", "Staff Engineer, payments",
                                                 "Lisbon", "AE", ""]
    assert row["skills"] == [skills.index("kubernetes"), skills.index("go")]
    assert row["languages"] == [0, 1] and index["zones"][row["zone"]] == "Europe/Berlin"
    assert [lists["formats"][n][0] for n in row["formats"]] == ["circle"]
    assert [lists["experiences"][n][0] for n in row["experiences"]] == ["first-generation", "women"]
    assert [row[name] for name in ("state", "status", "channel", "target", "waitlist")] == [
        "full", "Full: 2 of 2 places taken", "calendar", "https://cal.example.org/ada", ""]
    bea = dict(zip(ROW, bea_row))
    assert lists["skills"][bea["skills"][1]] == ["basketweaving", "Basket Weaving", [], [], []]
    assert (bea["state"], bea["status"]) == ("open", "Accepting mentees (no fixed limit)")


def test_text_rules_name_everyday_words_the_vocabulary_makes_doubtful(tmp_path):
    index = match_index(directory(tmp_path, {"ada.yml": VALID_PROFILE}))
    rules, near = index.core["text"], set(index.chunks[index.core["format"]["near"]])
    assert {"shift", "scale", "part"} <= near  # not Swift, Scala, Dart
    assert {"build", "rest", "go"} <= set(rules["weak"])  # aliases that are everyday words
    assert "kubernetes" not in rules["weak"] and "kubernetes" not in near
    # A word of the vocabulary too, as the browser drops the words of skills nobody offers:
    # "help" (of "help desk") is never read as Helm.
    assert {"help", "react"} <= near  # "react" is one edit from "reach"
    assert rules["typo"] == [[8, 2], [4, 1]] and "want" in rules["filler"]


def test_places_that_share_a_stem_with_the_lists_are_named_for_the_browser(tmp_path):
    """Spanish stems "Madrid" as "madre" (mother): the browser must not read one as the other."""
    program = load_program(None, language="es")
    rules = match_index(directory(tmp_path, {"ada.yml": VALID_PROFILE}, program)).core["text"]
    assert "madrid" in rules["places"]
    assert not {"united", "states"} & set(rules["places"])  # everyday words too: left alone


def test_an_organisers_own_phrases_are_protected_from_everyday_words(tmp_path):
    program = load_program({"skills": {"extend": [{"id": "vite", "label": "Vite"}]}})
    near = match_index(directory(tmp_path, {"ada.yml": VALID_PROFILE}, program)).chunks[NEAR]
    assert {"vote", "kite"} <= set(near)  # one edit from "vite", everyday words


def test_stored_near_words_are_those_of_the_default_lists():
    # Worked out in seconds, so stored; refresh with UPDATE_GOLDEN=1 after changing the lists.
    current = text.near(default_vocabulary())
    if os.environ.get("UPDATE_GOLDEN"):
        path = REPO / "generator" / NEAR_WORDS
        header = "".join(line + "\n" for line in path.read_text("utf-8").splitlines()
                         if line.startswith("#"))
        path.write_text(header + "".join(f"{word}\n" for word in sorted(current)), "utf-8")
        stored_near_words.cache_clear()
    assert stored_near_words() == current


def test_the_node_tests_index_is_built_from_the_search_fixture(tmp_path):
    # tests/js/ reads this index; refresh with UPDATE_GOLDEN=1 after changing the lists or rules.
    built = {path: json.dumps(data, ensure_ascii=False, indent=0) + "\n"
             for path, data in match_index(directory(tmp_path, MENTORS)).files().items()}
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(NODE_FIXTURE, ignore_errors=True)
        for path, written in built.items():
            (NODE_FIXTURE / path).parent.mkdir(parents=True, exist_ok=True)
            (NODE_FIXTURE / path).write_text(written, "utf-8")
    stored = {file.relative_to(NODE_FIXTURE).as_posix(): file.read_text("utf-8")
              for file in NODE_FIXTURE.rglob("*.json")}
    assert stored == built


def test_a_language_is_found_by_its_other_names():
    code, name, phrases = language_row("zh")
    assert (code, name) == ("zh", "Chinese")
    assert phrases[:2] == ["Mandarin", "Cantonese"]
    assert {"Mandarin speaking", "speaks Cantonese", "Chinese speaker"} <= set(phrases)


def test_trust_facts_and_meeting_windows_reach_the_cards_and_the_overlap_filter(tmp_path):
    ada = VALID_PROFILE + (
        "location: Lisbon, Portugal\noffers: [mock-interviews, sponsorship]\n"
        "meeting_modes: [video, in-person]\nindustry: [fintech, healthcare]\nyears_in_tech: 12\n"
        "alumni: true\nresponds_within: 3\nlast_confirmed: 2026-11-02\n"
        "availability:\n  windows: [weekday-evenings, 'sat 10:00-14:00']\n")
    bea = VALID_PROFILE.replace("ada-example", "bea")
    split = match_index(directory(tmp_path, {"ada.yml": ada, "bea.yml": bea}))
    index = split.core
    lists = index["lists"]
    ada_row, bea_row = (dict(zip(ROW, row)) for row in card_rows(split))
    assert [lists["offers"][n][0] for n in ada_row["offers"]] == ["mock-interviews", "sponsorship"]
    assert [lists["industries"][n][0] for n in ada_row["industries"]] == ["fintech", "healthcare"]
    assert [lists["years"][n][1] for n in ada_row["years"]] == ["10 to 19 years"]
    assert [lists["alumni"][n][1] for n in ada_row["alumni"]] == ["Former mentee, now mentoring"]
    assert (bea_row["years"], bea_row["alumni"], bea_row["trust"], bea_row["windows"]) == (
        [], [], "", -1)
    assert ada_row["trust"] == "Usually replies within 3 days · Confirmed 3 weeks ago"
    assert ada_row["meets"] == "Video call, In person (Lisbon, Portugal)"
    assert ada_row["background"] == "12 years in tech · Finance and fintech, Healthcare · " \
                                    "Former mentee"
    windows = index["windows"]
    assert windows["default"] == [0b1111111, 8 * 60, 20 * 60]
    assert windows["named"][2] == ["weekday-evenings", "Weekday evenings (17:00–22:00)",
                                   [0b11111, 1020, 1320]]
    assert windows["sets"][ada_row["windows"]] == [[0b11111, 1020, 1320], [0b100000, 600, 840]]
    # Filter-only lists add no words a query is read for.
    assert "govtech" not in default_vocabulary() and "sponsor" in default_vocabulary()


# Filters a mentee may set beside a query, taken in turn.
FILTER_SETS = [{}, {"accepting": False}, {"timezone": "Asia/Tokyo", "overlapHours": 2},
               {"experiences": ["women"], "accepting": False}, {"skills": ["python", "react"]},
               {"languages": ["es"], "formats": ["one-to-one"], "skills": ["javascript", "css"],
                "skillsMode": "all", "accepting": False},
               {"timezone": "Europe/Berlin", "when": ["weekday-evenings"]}]


def evaluation_queries() -> list[str]:
    """The query strings of the evaluation sets (only those: not what they expect)."""
    folder = REPO / "tests" / "benchmarks"
    return [entry["query"] for name in ("queries.yml", "understanding.yml")
            for entry in yaml.safe_load((folder / name).read_text("utf-8"))]


@pytest.mark.sample  # the corpus generator takes its prose from the sample bios
def test_a_query_ranks_the_same_with_only_the_chunks_it_fetches_as_with_the_whole_index(
        tmp_path):
    # A generated corpus split finely, so that queries cross many chunks of every kind.
    sys.path.insert(0, str(REPO / "tests" / "benchmarks"))
    import corpus

    corpus.write_corpus(tmp_path / "mentors", 600, seed=11)
    mentors, problems = load_directory([tmp_path / "mentors"], default_program(), today=TODAY)
    assert [problem for problem in problems if problem.is_error] == []
    index = match_index(mentors, Chunking(cards=16, postings=64, words=64))
    for path, data in index.files().items():
        (tmp_path / "index" / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "index" / path).write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    queries = [[query, FILTER_SETS[n % len(FILTER_SETS)]]
               for n, query in enumerate(["", *evaluation_queries()])]
    ran = subprocess.run(["node", str(REPO / "tests" / "js" / "equivalence.mjs"),
                          str(tmp_path / "index")], input=json.dumps(queries), text=True,
                         capture_output=True, check=True)
    report = json.loads(ran.stdout)
    assert report["differences"] == []
    assert report["compared"] == len(queries) > 250
    # And each query fetched a small part of the index.
    assert report["fetched"] / report["compared"] < report["files"] / 4

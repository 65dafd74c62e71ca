"""The indexes the directory page loads: vocabulary, goal stems, mentor rows, lunr text index."""

import re

import lunr.index

from generator.directory import load_directory
from generator.index import ROW, match_index, phrase_stems, text_index
from generator.program import default_program

from conftest import TODAY, VALID_PROFILE
from sites import REPO


def directory(tmp_path, profiles: dict[str, str]):
    (tmp_path / "mentors").mkdir()
    for name, text in profiles.items():
        (tmp_path / "mentors" / name).write_text(text)
    result, problems = load_directory([tmp_path / "mentors"], default_program(), today=TODAY)
    assert [problem for problem in problems if problem.is_error] == []
    return result


def test_rows_hold_the_positions_match_js_reads():
    script = (REPO / "theme/assets/mentor-directory/match.js").read_text(encoding="utf-8")
    named = re.search(r"export const ROW = \{(.*?)\};", script, re.S).group(1)
    positions = {name: int(position) for name, position in re.findall(r"(\w+): (\d+)", named)}
    assert positions == {name: position for position, name in enumerate(ROW)}


def test_match_index(tmp_path):
    ada = VALID_PROFILE + "availability:\n  capacity: 2\n  mentees: 2\nformats: [circle]\n"
    bea = VALID_PROFILE.replace("ada-example", "bea").replace("  - golang\n", "  - Gatsby\n")
    index = match_index(directory(tmp_path, {"ada.yml": ada, "bea.yml": bea}))
    skills = [skill_id for skill_id, _ in index["skills"]]
    kubernetes = skills.index("kubernetes")
    assert kubernetes in index["vocab"]["k8s"]
    assert index["vocab"]["golang"] == [skills.index("go")]
    assert index["vocab"]["gatsby"] == [skills.index("gatsby")]  # unknown skills stay searchable
    promotion = [goal_id for goal_id, _ in index["goals"]].index("promotion-readiness")
    assert index["vocab"]["getpromoted"] == [-(promotion + 1)]
    assert [promotion, ["promot"]] in index["goalStems"]
    ada_row, bea_row = index["mentors"]
    assert len(ada_row) == len(ROW)
    assert ada_row[:7] == ["ada", "Ada Example", "", "Staff Engineer, payments", "AE", ada_row[5], ""]
    assert ada_row[7] == [kubernetes, skills.index("go")]
    assert ada_row[9] == [0, 1] and index["languages"] == [["en", "English"], ["pt", "Portuguese"]]
    assert index["zones"][ada_row[10]] == "Europe/Berlin"
    assert ada_row[11] == [1]  # circle
    assert ada_row[14:] == ["full", "Full: 2 of 2 places taken", "calendar",
                            "https://cal.example.org/ada", ""]
    assert bea_row[14:16] == ["open", "Accepting mentees (no fixed limit)"]


def test_goal_phrases_are_stemmed_without_stopwords():
    assert phrase_stems("I want to get promoted") == ["promot"]
    assert phrase_stems("negotiate my offer") == ["negoti", "offer"]


def test_text_index_loads_and_finds_names_and_headlines(tmp_path):
    data = text_index(directory(tmp_path, {
        "ada.yml": VALID_PROFILE + "location: Lisbon\n",
        "bea.yml": VALID_PROFILE.replace("ada-example", "bea").replace("Ada Example", "Bea Okoro")
        .replace("Staff Engineer, payments", "Data scientist")}))
    index = lunr.index.Index.load(data)
    assert [hit["ref"] for hit in index.search("okoro")] == ["1"]
    assert [hit["ref"] for hit in index.search("lisbon")] == ["0"]
    assert [hit["ref"] for hit in index.search("scientist")] == ["1"]

"""The agreement of two labellings: one annotator's relevant mentors scored as results by the other's."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "benchmarks"))

import agreement

import harness


def test_a_second_labelling_meets_the_target_only_where_it_finds_the_first_ones_mentors():
    first = {f"m{n}" for n in range(10)}
    assert agreement.agreement(first, first).meets
    assert agreement.agreement(first, first | {"x"}).meets  # 10 of 11: precision 0.91
    assert not agreement.agreement(first, first | {"x", "y", "z"}).meets  # 10 of 13: 0.77
    assert not agreement.agreement(first, {"m0", "m1"}).meets  # recall 0.2
    assert not agreement.agreement(first, set()).meets


def test_the_second_labelling_holds_the_development_queries_in_their_order():
    first, problems = harness.read_queries(agreement.FIRST)
    second, more = harness.read_queries(agreement.SECOND)
    assert problems + more == []
    assert [(query.query, query.group) for query in second] == [
        (query.query, query.group) for query in first]


def test_two_files_of_other_queries_are_refused_with_the_reason(tmp_path, capsys):
    one, other = tmp_path / "one.yml", tmp_path / "other.yml"
    one.write_text("- query: python mentor\n  group: sentence\n  skills: [python]\n")
    other.write_text("- query: java mentor\n  group: sentence\n  skills: [java]\n")
    assert agreement.main([str(one), str(other)]) == 1
    assert capsys.readouterr().err == f"{other} must hold the queries of {one}, in the same order\n"

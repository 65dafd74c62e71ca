"""mentors.json as written part by part (each mentor on a core of its own) is the whole document
dumped at once, each profile's fields as dataclasses.asdict gives them."""

import dataclasses
import json
import shutil
import sys
from pathlib import Path

import pytest

from generator import export, workers
from generator.directory import Directory, load_directory
from generator.profile import SCHEMA_VERSION
from generator.program import default_program

from conftest import TODAY

sys.path.insert(0, str(Path(__file__).resolve().parent / "benchmarks"))

import corpus

HOSTILE = Path(__file__).parent / "hostile" / "inert"


@pytest.fixture(scope="module")
def directory(tmp_path_factory) -> Directory:
    folder = tmp_path_factory.mktemp("export")
    corpus.write_corpus(folder / "mentors", workers.MIN_ITEMS + 50)
    for profile in HOSTILE.iterdir():
        shutil.copy(profile, folder / "mentors" / profile.name)
    loaded, _ = load_directory([folder / "mentors"], default_program(), relative_to=folder,
                               today=TODAY)
    return loaded


def dumped(directory: Directory) -> str:
    return json.dumps({"schema_version": SCHEMA_VERSION,
                       "mentors": [export._mentor(mentor, "mentors/{id}/")
                                   for mentor in directory.mentors]},
                      ensure_ascii=False, indent=1)


def test_the_parts_make_the_whole_document(directory, monkeypatch):
    # As in a build on an idle machine: every core free, no other thread running.
    monkeypatch.setattr(workers.os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    monkeypatch.setattr(workers.threading, "active_count", lambda: 1)
    assert export.export_json(directory) == dumped(directory)
    empty = Directory((), directory.program, TODAY)
    assert export.export_json(empty) == dumped(empty)


def test_a_profiles_fields_are_what_asdict_gives(directory):
    for mentor in directory.mentors:
        assert export._fields(mentor.profile) == dataclasses.asdict(mentor.profile), mentor.id

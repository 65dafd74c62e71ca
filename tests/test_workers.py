"""Work spread over the cores gives what one item after the other gives, in the same order; and
a directory loaded on every core is the directory loaded on one."""

import os
import sys
import threading
from pathlib import Path

import pytest

from generator import workers
from generator.directory import load_directory
from generator.program import default_program

from conftest import TODAY

sys.path.insert(0, str(Path(__file__).resolve().parent / "benchmarks"))

import corpus

MANY = workers.MIN_ITEMS + 50


def square_where(item: int, offset: int) -> tuple[int, int]:
    return item * item + offset, os.getpid()


multicore = pytest.mark.skipif(workers.cores() < 2 or sys.platform != "linux",
                               reason="needs two cores and fork")


@pytest.fixture(autouse=True)
def idle(monkeypatch):
    """Every core idle, whatever else the machine runs meanwhile."""
    monkeypatch.setattr(workers.os, "getloadavg", lambda: (0.0, 0.0, 0.0))


@pytest.fixture
def one_thread(monkeypatch):
    """As in a build: no thread but this one (other tests may leave a server's running)."""
    monkeypatch.setattr(workers.threading, "active_count", lambda: 1)


@multicore
@pytest.mark.usefixtures("one_thread")
def test_many_items_are_done_by_workers_in_order():
    results = workers.each(square_where, range(MANY), 3)
    assert [value for value, _ in results] == [item * item + 3 for item in range(MANY)]
    assert {pid for _, pid in results} - {os.getpid()}


def test_few_items_are_done_here():
    results = workers.each(square_where, range(workers.MIN_ITEMS - 1), 0)
    assert {pid for _, pid in results} == {os.getpid()}


def test_on_a_busy_machine_items_are_done_here(monkeypatch):
    monkeypatch.setattr(workers.os, "getloadavg", lambda: (float(workers.cores()), 0.0, 0.0))
    results = workers.each(square_where, range(MANY), 0)
    assert {pid for _, pid in results} == {os.getpid()}


def test_with_another_thread_running_items_are_done_here():
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        results = workers.each(square_where, range(MANY), 0)
    finally:
        stop.set()
        thread.join()
    assert {pid for _, pid in results} == {os.getpid()}


@multicore
@pytest.mark.usefixtures("one_thread")
def test_a_directory_loaded_on_every_core_is_the_same(tmp_path, monkeypatch):
    mentors = tmp_path / "mentors"
    corpus.write_corpus(mentors, MANY)
    (mentors / "mentor-00003.yml").write_text("name: [\n", encoding="utf-8")
    (mentors / "Bad Name.yml").write_text("skils: []\n", encoding="utf-8")

    def load():
        directory, problems = load_directory([mentors], default_program(), relative_to=tmp_path,
                                             today=TODAY)
        return directory, [problem.text() for problem in problems]

    spread = load()
    monkeypatch.setattr(workers, "MIN_ITEMS", 10 ** 9)
    assert load() == spread
    assert len(spread[0].mentors) == MANY - 1 and len(spread[1]) > 2


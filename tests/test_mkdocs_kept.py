"""A site built again in one process after its sources change, as `mkdocs serve` builds it, is
byte for byte the site a clean build makes of the changed sources (`mkdocs build`, or the first
build of `mkdocs serve`); the mentor pages, static list pages and data files that did not change
are not written again, unless the frame around the pages changed."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from conftest import VALID_PROFILE
from rebuilds import Rebuilds
from sites import build, sample_program
from test_directory import git
from test_mkdocs_frame import files

sys.path.insert(0, str(Path(__file__).resolve().parent / "benchmarks"))

import corpus

CORPUS = 70  # with the sample's 26 mentors: four static list pages, two pages of cards
# Files of the site the first change leaves alone, and the one it changes (Linh's headline).
UNTOUCHED = ("mentors/bea-villanueva/index.html", "mentors/all/3/index.html",
             "mentors/cards/1.json")
EDITED = "mentors/linh-tran/index.html"


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, path
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def assert_clean(folder: Path, served: Path, name: str, command: str) -> None:
    """`served` holds every file a clean build of a copy of `folder` writes, byte for byte: by
    `mkdocs build`, or by the first build of `mkdocs serve`."""
    copy = folder.parent / name
    shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("site", "served"))
    if command == "build":
        result = build(copy, "--strict", env={"PYTHONHASHSEED": "0"})
        assert result.returncode == 0, result.stderr[-3000:]
    else:
        first = Rebuilds(copy, copy / "site", folder.parent / f"{name}.log", command)
        try:
            assert first.build() == "built"
        finally:
            first.close()
    ours, clean = files(served), files(copy / "site")
    assert sorted(ours) == sorted(clean)
    assert [path for path in ours if ours[path] != clean[path]] == []


def written(site: Path, paths: tuple[str, ...]) -> dict[str, tuple[int, int]]:
    """Each file's inode and time of writing: a file written again has a new one."""
    return {path: (stat.st_ino, stat.st_mtime_ns)
            for path in paths for stat in [(site / path).stat()]}


@pytest.mark.parametrize("command", ["serve", "build"])
def test_a_site_built_again_after_changes_is_the_clean_build(tmp_path, command):
    folder = sample_program(tmp_path / "program")
    corpus.write_corpus(folder / "mentors", CORPUS)
    # With an address, the site map lists every page.
    replace(folder / "mkdocs.yml", "# site_url: https://your-org.github.io/your-repo/",
            "site_url: https://fixture-org.github.io/mentors/")
    git(folder, "init", "-q")
    git(folder, "add", ".")
    git(folder, "commit", "-qm", "program", when="2026-05-04T10:00:00Z")
    mentors, served = folder / "mentors", folder / "served"
    rebuilds = Rebuilds(folder, served, tmp_path / "rebuilds.log", command)
    try:
        assert rebuilds.build() == "built"
        before = written(served, (*UNTOUCHED, EDITED))

        replace(mentors / "linh-tran.yml", "\nheadline: ", "\nheadline: Edited, ")
        assert rebuilds.build() == "built"
        assert_clean(folder, served, "clean-edited", command)
        after = written(served, (*UNTOUCHED, EDITED))
        assert [path for path in UNTOUCHED if after[path] != before[path]] == []
        assert after[EDITED] != before[EDITED]

        # A mentor stops taking mentees (the lists put them last), one leaves, one joins.
        replace(mentors / "mentor-00003.yml", "accepting: true", "accepting: false")
        (mentors / "mentor-00004.yml").unlink()
        (mentors / "ada-example.yml").write_text(VALID_PROFILE, encoding="utf-8")
        assert rebuilds.build() == "built"
        assert_clean(folder, served, "clean-joined", command)
        assert not (served / "mentors" / "mentor-00004").exists()

        # A photo from a new host: the policy in every built page's frame allows it, so the
        # kept pages are built after all (`mkdocs serve` puts no policy in its pages).
        before = written(served, UNTOUCHED)
        replace(mentors / "ada-example.yml", "\nheadline: ",
                "\nphoto: https://images.example.net/ada.jpg\nheadline: ")
        assert rebuilds.build() == "built"
        assert_clean(folder, served, "clean-photo", command)
        after = written(served, UNTOUCHED)
        assert (after[UNTOUCHED[0]] != before[UNTOUCHED[0]]) == (command == "build")

        # A profile with an error stops the strict build; once it is fixed, the site is whole.
        broken = (mentors / "mentor-00005.yml").read_text(encoding="utf-8")
        (mentors / "mentor-00005.yml").write_text(broken + "skils: []\n", encoding="utf-8")
        assert rebuilds.build() == "failed: Abort"
        (mentors / "mentor-00005.yml").write_text(broken, encoding="utf-8")
        assert rebuilds.build() == "built"
        assert_clean(folder, served, "clean-fixed", command)

        # A commit: the history that dates the profiles moves on.
        git(folder, "add", ".")
        git(folder, "commit", "-qm", "changes", when="2026-09-14T10:00:00Z")
        assert rebuilds.build() == "built"
        assert_clean(folder, served, "clean-committed", command)
    finally:
        rebuilds.close()

"""The hostile session pages through `mentors validate-sessions`: one run over all of them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import VALID_PROFILE
from test_hostile import ANNOTATION

HOSTILE = Path(__file__).parent / "hostile" / "sessions"
EXPECTED = yaml.safe_load((HOSTILE / "expected.yml").read_text(encoding="utf-8"))
MENTORS = shutil.which("mentors", path=str(Path(sys.executable).parent)) or "mentors"
FOLDER = "content/circles/"


def corpus(kind: str) -> list[str]:
    return sorted(path.name for path in (HOSTILE / kind).iterdir())


@pytest.fixture(scope="module")
def output(tmp_path_factory) -> subprocess.CompletedProcess:
    """One run over every hostile page, hosted by ada-example, in GitHub Actions mode."""
    folder = tmp_path_factory.mktemp("hostile-sessions")
    (folder / "mentors").mkdir()
    (folder / "mentors" / "ada-example.yml").write_text(VALID_PROFILE, encoding="utf-8")
    (folder / FOLDER).mkdir(parents=True)
    (folder / "mkdocs.yml").write_text("site_name: Hostile\ndocs_dir: content\n"
                                       "plugins:\n  - mentor-directory\n")
    for kind in ("refused", "inert"):
        for name in corpus(kind):
            shutil.copy2(HOSTILE / kind / name, folder / FOLDER / name, follow_symlinks=False)
    return subprocess.run([MENTORS, "validate-sessions"], cwd=folder, capture_output=True,
                          encoding="utf-8", env={"PATH": "/usr/bin:/bin", "GITHUB_ACTIONS": "true"})


def test_corpus_has_an_expectation_for_every_page_and_no_other():
    refused, inert = corpus("refused"), corpus("inert")
    assert sorted(EXPECTED["refused"]) == refused
    assert sorted(EXPECTED["inert"]) == inert
    assert set(EXPECTED["no field"]) <= set(refused)


def test_the_run_fails_without_a_traceback(output):
    assert (output.returncode, output.stderr) == (1, "")


def test_every_refused_page_gets_exactly_its_expected_lines(output):
    found: dict[str, list[str]] = {}
    for line in output.stdout.splitlines()[:-1]:
        if not line.startswith("::"):
            found.setdefault(line.split(":", 1)[0].removeprefix(FOLDER), []).append(line)
    assert found == {name: EXPECTED["refused"][name].splitlines() for name in corpus("refused")}


def test_summary_counts_the_inert_pages_as_valid(output):
    errors = sum(len(EXPECTED["refused"][name].splitlines()) for name in corpus("refused"))
    assert output.stdout.splitlines()[-1] == (
        f"{len(corpus('inert'))} valid session pages; {errors} errors in "
        f"{len(corpus('refused'))} files.")


def test_every_line_is_annotated_with_its_file_line_and_field(output):
    lines = output.stdout.splitlines()[:-1]
    texts, annotations = lines[0::2], lines[1::2]
    assert [line for line in texts if line.startswith("::")] == []
    without_field = set()
    for text, annotation in zip(texts, annotations):
        found = ANNOTATION.fullmatch(annotation)
        assert found, annotation
        assert text.startswith(f"{found['file']}:{found['line']}:{found['column']}: error: ")
        if found["field"] is None:
            without_field.add(found["file"].removeprefix(FOLDER))
    assert without_field == set(EXPECTED["no field"])

"""The hostile corpus through `mentors validate`: one run over all of it, as in a pull request."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import VALID_PROFILE

HOSTILE = Path(__file__).parent / "hostile"
EXPECTED = yaml.safe_load((HOSTILE / "expected.yml").read_text(encoding="utf-8"))
MENTORS = shutil.which("mentors", path=str(Path(sys.executable).parent)) or "mentors"
VALID = {"ada-example.yml": VALID_PROFILE,
         "bea-example.yml": VALID_PROFILE.replace("Ada Example", "Bea Example")
         .replace("ada-example", "bea-example")}
# What GitHub Actions reads as an annotation; the file, line and field come from the problem.
ANNOTATION = re.compile(r"::error file=(?P<file>[^,]+),line=(?P<line>\d+),col=(?P<column>\d+),"
                        r"title=(?:mentor profile|session page)(?:%3A (?P<field>.+?))?::.+")


def corpus(kind: str) -> list[str]:
    return sorted(path.name for path in (HOSTILE / kind).iterdir())


@pytest.fixture(scope="module")
def output(tmp_path_factory) -> subprocess.CompletedProcess:
    """One run over every hostile file and two valid profiles, in GitHub Actions mode."""
    folder = tmp_path_factory.mktemp("hostile")
    mentors = folder / "mentors"
    mentors.mkdir()
    for kind in ("refused", "inert"):
        for name in corpus(kind):
            shutil.copy2(HOSTILE / kind / name, mentors / name, follow_symlinks=False)
    for name, text in VALID.items():
        (mentors / name).write_text(text, encoding="utf-8")
    return subprocess.run([MENTORS, "validate"], cwd=folder, capture_output=True,
                          encoding="utf-8", env={"PATH": "/usr/bin:/bin", "GITHUB_ACTIONS": "true"})


def problem_lines(output: subprocess.CompletedProcess) -> list[str]:
    """The compiler-style lines, without the annotations after each and the summary."""
    return [line for line in output.stdout.splitlines()[:-1] if not line.startswith("::")]


def expected_lines(name: str) -> list[str]:
    return EXPECTED["refused"][name].splitlines()


def test_corpus_has_an_expectation_for_every_file_and_no_other():
    refused, inert = corpus("refused"), corpus("inert")
    assert len(refused) + len(inert) >= 40
    assert sorted(EXPECTED["refused"]) == refused
    assert sorted(EXPECTED["inert"]) == inert
    assert set(EXPECTED["no field"]) <= set(refused)
    assert len({*refused, *inert, *VALID}) == len(refused) + len(inert) + len(VALID)


def test_the_run_fails_without_a_traceback(output):
    assert output.returncode == 1
    assert output.stderr == ""
    assert "Traceback" not in output.stdout


def test_every_refused_file_gets_exactly_its_expected_lines(output):
    found: dict[str, list[str]] = {}
    for line in problem_lines(output):
        found.setdefault(line.split(":", 1)[0].removeprefix("mentors/"), []).append(line)
    assert found == {name: expected_lines(name) for name in corpus("refused")}


def test_summary_counts_the_valid_profiles_and_every_refused_file(output):
    errors = sum(len(expected_lines(name)) for name in corpus("refused"))
    assert output.stdout.splitlines()[-1] == (
        f"{len(corpus('inert')) + len(VALID)} valid profiles; {errors} errors in "
        f"{len(corpus('refused'))} files.")


def test_every_line_names_the_file_line_and_field_and_nothing_forges_an_annotation(output):
    lines = output.stdout.splitlines()[:-1]
    texts, annotations = lines[0::2], lines[1::2]
    assert [line for line in texts if line.startswith("::")] == []
    assert len(texts) == len(annotations)
    without_field = set()
    for text, annotation in zip(texts, annotations):
        found = ANNOTATION.fullmatch(annotation)
        assert found, annotation
        assert text.startswith(f"{found['file']}:{found['line']}:{found['column']}: error: ")
        assert int(found["line"]) >= 1
        if found["field"] is None:
            without_field.add(found["file"].removeprefix("mentors/"))
        else:
            assert text.split(": error: ", 1)[1].startswith(found["field"] + ": "), text
    assert without_field == set(EXPECTED["no field"])

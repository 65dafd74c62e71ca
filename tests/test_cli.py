"""The `mentors` command as a contributor runs it."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import cli

from conftest import VALID_PROFILE

REPO = Path(__file__).resolve().parent.parent
MENTORS = shutil.which("mentors", path=str(Path(sys.executable).parent)) or "mentors"


def run(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([MENTORS, *args], cwd=cwd, capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", **(env or {})})


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "mentors").mkdir()
    (tmp_path / "mentors" / "ada-example.yml").write_text(VALID_PROFILE)
    return tmp_path


def test_validate_reports_all_files_and_exits_1(project):
    (project / "mentors" / "bea.yml").write_text(
        VALID_PROFILE.replace("ada-example", "bea").replace("skills:", "skils:"))
    (project / "mentors" / "cy.yml").write_text("name: &a x\n")
    result = run("validate", cwd=project)
    assert result.returncode == 1
    assert result.stderr == ""
    assert result.stdout.splitlines() == [
        "mentors/bea.yml:2:1: error: skills: required field is missing; add a line like "
        "'skills: [Kubernetes, Go]'",
        "mentors/bea.yml:7:1: error: skils: unknown key; did you mean 'skills'?",
        "mentors/cy.yml:1:7: error: name: anchors like '&a' are not allowed; write each value out "
        "in full",
        "1 valid profile; 3 errors in 2 files.",
    ]


def test_validate_clean_folder_exits_0(project):
    result = run("validate", cwd=project)
    assert (result.returncode, result.stdout) == (0, "1 valid profile.\n")


@pytest.mark.parametrize("name, expected", [
    ("bea.yaml", "mentors/bea.yaml:1:1: error: profile files end in '.yml', not '.yaml'; rename "
     "it to 'bea.yml'"),
    ("bea.YML", "mentors/bea.YML:1:1: error: profile files end in '.yml', not '.YML'; rename it "
     "to 'bea.yml'"),
])
def test_a_file_named_on_the_command_line_meets_the_folder_rules(project, name, expected):
    (project / "mentors" / name).write_text(VALID_PROFILE.replace("ada-example", "bea"))
    in_folder = run("validate", cwd=project)
    assert (in_folder.returncode, in_folder.stdout.splitlines()) == (
        1, [expected, "1 valid profile; 1 error in 1 file."])
    named = run("validate", f"mentors/{name}", cwd=project)
    assert (named.returncode, named.stdout.splitlines()) == (
        1, [expected, "0 valid profiles; 1 error in 1 file."])


def test_validate_prints_github_annotations_in_actions(project):
    (project / "mentors" / "ada-example.yml").write_text(VALID_PROFILE + "skils: [x]\n")
    result = run("validate", "mentors/ada-example.yml", cwd=project,
                 env={"GITHUB_ACTIONS": "true"})
    assert result.stdout.splitlines()[:2] == [
        "mentors/ada-example.yml:11:1: error: skils: unknown key; did you mean 'skills'?",
        "::error file=mentors/ada-example.yml,line=11,col=1,title=mentor profile%3A skils::"
        "unknown key; did you mean 'skills'?",
    ]


def test_validate_uses_the_program_lists_from_mkdocs_yml(project):
    (project / "mkdocs.yml").write_text(
        "site_name: x\nmarkdown_extensions:\n  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
        "plugins:\n  - mentor-directory:\n      program:\n        goals:\n          remove: "
        "[technical-growth]\n")
    result = run("validate", cwd=project)
    assert result.stdout.splitlines()[0].startswith(
        "mentors/ada-example.yml:10:30: error: goals[2]: 'technical-growth' is not in the "
        "program's goals list; use one of: getting-started,")


def test_bad_program_settings_are_a_clear_error(project):
    (project / "mkdocs.yml").write_text(
        "plugins:\n  - mentor-directory:\n      program:\n        goals:\n          add: []\n")
    result = run("validate", cwd=project)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == ("mentors: error: program.goals: use 'extend:', 'replace:' or "
                             "'remove:' (see the organiser guide)\n")


@pytest.mark.parametrize("config, message", [
    ("plugins:\n  - mentor-directory:\n      colour: red\n",
     "mentors: error: mkdocs.yml: unknown mentor-directory option 'colour'\n"),
    ("plugins:\n  - mentor-directory\n  colour: [\n",
     "mentors: error: mkdocs.yml:3:3: YAML syntax error: expected <block end>, but found '?'\n"),
    ("plugins:\n  - mentor-directory:\n      stale_after_days: soon\n",
     "mentors: error: mkdocs.yml: mentor-directory option 'stale_after_days' must be a whole "
     "number\n"),
    ("plugins:\n  - mentor-directory: [mentors]\n", "mentors: error: mkdocs.yml: the "
     "mentor-directory options must be a mapping, such as 'stale_after_days: 365'\n"),
])
def test_mistakes_in_the_settings_are_a_clear_error(project, config, message):
    (project / "mkdocs.yml").write_text(config)
    result = run("validate", cwd=project)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", message)


def test_a_mistake_in_the_code_is_a_crash_with_a_traceback(project, monkeypatch, capsys):
    def broken(args):
        return int("twelve")  # a programming error, nothing the user did

    monkeypatch.setattr(cli, "_stats", broken)
    monkeypatch.chdir(project)
    assert cli.main(["stats"]) == 70
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "Traceback (most recent call last):"
    assert err[-2:] == [
        "ValueError: invalid literal for int() with base 10: 'twelve'",
        "mentors: internal error: this is a bug in the mentors command, not a mistake in your "
        "files or settings; please report it, with the traceback above",
    ]


def test_new_writes_a_valid_profile_without_questions(project):
    result = run("new", "--no-input", "--name", "Zoë Müller", "--github", "zoe-m", "--headline",
                 "Data engineer", "--timezone", "Europe/Zurich", "--languages", "de, English",
                 "--skills", "Python, dbt", "--goals", "job-search,confidence", cwd=project)
    assert result.returncode == 0, result.stderr
    path = project / "mentors" / "zoe-muller.yml"
    text = path.read_text()
    assert text.startswith("# yaml-language-server: $schema=../schema/mentor.schema.json\n")
    assert "languages: [de, en]\n" in text
    assert run("validate", str(path), cwd=project).returncode == 0


def test_new_refuses_a_bad_value_with_the_validator_message(project):
    result = run("new", "--no-input", "--id", "x", "--name", "X", "--github", "x",
                 "--headline", "h", "--timezone", "Europe/Berln", cwd=project)
    assert result.returncode == 2
    assert result.stderr == ("mentors: error: --timezone: timezone: 'Europe/Berln' is not a time "
                             "zone in the IANA database; did you mean 'Europe/Berlin'?\n")


def test_new_asks_again_until_an_answer_is_valid(project, monkeypatch, capsys):
    answers = iter(["Ada Two", "ada-two", "Engineer", "Mars/Olympus", "Europe/Lisbon", "pt",
                    "Go", "promotion", "promotion-readiness", ""])
    monkeypatch.setattr("builtins.input", lambda prompt: next(answers))
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.chdir(project)
    assert cli.main(["new"]) == 0
    out = capsys.readouterr().out
    assert "  timezone: 'Mars/Olympus' is not a time zone in the IANA database" in out
    assert "  goals[1]: 'promotion' is not in the program's goals list; did you mean " \
           "'promotion-readiness'?" in out
    assert "goals: [promotion-readiness]" in (project / "mentors" / "ada-two.yml").read_text()


def test_stale_lists_and_pauses_profiles(project):
    (project / "mentors" / "old.yml").write_text(
        VALID_PROFILE.replace("ada-example", "old-login") + "last_confirmed: 2020-01-02\n")
    older = (VALID_PROFILE.replace("ada-example", "older-login")
             + "availability: {capacity: 3}\nlast_confirmed: 2019-05-06\n...\n")
    (project / "mentors" / "older.yml").write_bytes(older.replace("\n", "\r\n").encode())
    (project / "mkdocs.yml").write_text(
        "plugins:\n  - mentor-directory:\n      stale_after_days: 365\n")
    listed = run("stale", "--format", "markdown", cwd=project)
    assert listed.returncode == 0
    assert listed.stdout.splitlines()[-1].startswith(
        "- [ ] @old-login: `mentors/old.yml`, last confirmed 2020-01-02 (")
    assert "more than 365 days" in listed.stdout
    paused = run("stale", "--pause", cwd=project)
    assert paused.returncode == 0
    assert (project / "mentors" / "old.yml").read_text().endswith(
        "last_confirmed: 2020-01-02\navailability:\n  accepting: false\n")
    assert (project / "mentors" / "older.yml").read_bytes() == older.replace(
        "{capacity: 3}", "{accepting: false, capacity: 3}").replace("\n", "\r\n").encode()
    assert run("validate", cwd=project).returncode == 0


def test_conflicts_lists_profiles_left_out_for_an_account_that_has_one(project):
    result = run("conflicts", cwd=project)
    assert (result.returncode, result.stdout) == (
        0, "No two profiles name the same GitHub account.\n")
    assert run("conflicts", "--format", "markdown", cwd=project).stdout == ""
    (project / "mentors" / "ada-two.yml").write_text(VALID_PROFILE)
    (project / "mentors" / "broken.yml").write_text("name: [\n")  # for validate, not listed here
    result = run("conflicts", cwd=project)
    assert (result.returncode, result.stdout) == (0, (
        "mentors/ada-two.yml:3:1: warning: github: 'ada-example' already has a profile: "
        "mentors/ada-example.yml; each person keeps one profile; update that file instead\n"))

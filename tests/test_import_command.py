"""`mentors import` as an organiser runs it: files never overwritten without --update, ids that
never take another mentor's, a dry run, the folders it refuses, and no network at all."""

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import VALID_PROFILE
from imports import DATA, run_import

HEADER = "name,github,headline,timezone,languages,skills,goals,contact.calendar"
ROW = "Ada Example,ada-example,Engineer,Europe/Berlin,en,Go,technical-growth,https://cal.example.org/ada"
ADA = """\
# yaml-language-server: $schema=../schema/mentor.schema.json
name: Ada Example
github: ada-example
headline: Engineer
timezone: Europe/Berlin
languages: [en]
skills: [Go]
goals: [technical-growth]
contact:
  calendar: https://cal.example.org/ada
"""


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def sheet(*rows: str, header: str = HEADER) -> str:
    Path("people.csv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return "people.csv"


def test_a_profile_is_written_once_and_then_left_as_it_is(folder, capsys):
    assert run_import(capsys, sheet(ROW))[:2] == (0, [
        "Importing 1 row from people.csv into mentors/.", "row 2: wrote mentors/ada-example.yml",
        "1 profile written."])
    assert (folder / "mentors" / "ada-example.yml").read_text(encoding="utf-8") == ADA
    assert run_import(capsys, "people.csv")[:2] == (0, [
        "Importing 1 row from people.csv into mentors/.",
        "row 2: mentors/ada-example.yml already holds these answers",
        "0 profiles written; 1 unchanged."])


def test_an_existing_profile_is_replaced_only_with_update(folder, capsys):
    run_import(capsys, sheet(ROW))
    changed = ROW.replace("Engineer", "Staff Engineer")
    assert run_import(capsys, sheet(changed))[:2] == (1, [
        "Importing 1 row from people.csv into mentors/.",
        "row 2: refused:",
        "  mentors/ada-example.yml already exists, for this GitHub account; run again with "
        "--update to replace it with this row's answers",
        "0 profiles written; 1 refused."])
    assert run_import(capsys, "people.csv", "--update")[:2] == (0, [
        "Importing 1 row from people.csv into mentors/.", "row 2: updated mentors/ada-example.yml",
        "0 profiles written; 1 updated."])
    assert "headline: Staff Engineer\n" in (folder / "mentors" / "ada-example.yml").read_text()


def test_a_mentors_profile_is_found_by_github_login_whatever_its_file_is_called(folder, capsys):
    (folder / "mentors").mkdir()
    (folder / "mentors" / "ada.yml").write_text(VALID_PROFILE, encoding="utf-8")
    code, lines, _ = run_import(capsys, sheet(ROW.replace("ada-example,", "Ada-Example,")),
                                "--update")
    assert (code, lines[1]) == (0, "row 2: updated mentors/ada.yml")
    assert sorted(path.name for path in (folder / "mentors").iterdir()) == ["ada.yml"]


def test_another_mentors_file_name_is_never_taken(folder, capsys):
    (folder / "mentors").mkdir()
    (folder / "mentors" / "ada-example.yml").write_text(
        VALID_PROFILE.replace("github: ada-example", "github: someone-else"), encoding="utf-8")
    code, lines, _ = run_import(capsys, sheet(ROW.replace("ada-example", "ada-e")))
    assert (code, lines[1:]) == (0, [
        "row 2: wrote mentors/ada-e.yml, with warnings:",
        "  mentors/ada-example.yml is another mentor's profile; written as mentors/ada-e.yml; "
        "check that the file name suits the mentor",
        "1 profile written (1 with warnings)."])
    assert "github: someone-else" in (folder / "mentors" / "ada-example.yml").read_text()


def test_two_mentors_of_one_name_get_an_id_each(folder, capsys):
    code, lines, _ = run_import(capsys, sheet(ROW, ROW.replace("ada-example", "ada-x")))
    assert (code, lines[1:]) == (0, [
        "row 2: wrote mentors/ada-example.yml",
        "row 3: wrote mentors/ada-x.yml, with warnings:",
        "  row 2 takes the id 'ada-example'; written as mentors/ada-x.yml; check that the file "
        "name suits the mentor",
        "2 profiles written (1 with warnings)."])


def test_a_row_with_no_free_id_is_refused(folder, capsys):
    (folder / "mentors").mkdir()
    for name, login in (("ada-example", "someone-else"), ("ada-x", "bea")):
        (folder / "mentors" / f"{name}.yml").write_text(
            VALID_PROFILE.replace("github: ada-example", f"github: {login}"), encoding="utf-8")
    code, lines, _ = run_import(capsys, sheet(ROW.replace("ada-example", "ada-x")))
    assert (code, lines[1:]) == (1, [
        "row 2: refused:",
        "  mentors/ada-example.yml is another mentor's profile, and mentors/ada-x.yml is another "
        "mentor's profile; give the mentor an id of their own, in the 'id' column of a CSV file",
        "0 profiles written; 1 refused."])


@pytest.mark.parametrize("given, message", [
    ("ada", None),
    ("Ada Example", "  column 'id': 'Ada Example' is not a valid profile id; use lowercase "
     "letters, digits and single hyphens, at most 64 characters, such as 'ada-example'"),
    ("index", "  column 'id': 'index' is reserved for the site's own pages; choose another id"),
    ("bea", "  column 'id': mentors/bea.yml is another mentor's profile; give the mentor an id of "
     "their own, in the 'id' column of a CSV file"),
])
def test_an_id_column_names_the_file(folder, capsys, given, message):
    (folder / "mentors").mkdir()
    (folder / "mentors" / "bea.yml").write_text(
        VALID_PROFILE.replace("github: ada-example", "github: bea"), encoding="utf-8")
    code, lines, _ = run_import(capsys, sheet(f"{ROW},{given}", header=f"{HEADER},id"))
    if message is None:
        assert (code, lines[1]) == (0, "row 2: wrote mentors/ada.yml")
    else:
        assert (code, lines[1:3]) == (1, ["row 2: refused:", message])


def test_a_link_in_the_profiles_folder_is_never_written_through(folder, capsys):
    (folder / "mentors").mkdir()
    Path("elsewhere.txt").write_text("keep me\n", encoding="utf-8")
    (folder / "mentors" / "ada-example.yml").symlink_to(folder / "elsewhere.txt")
    code, lines, _ = run_import(capsys, sheet(ROW, ROW.replace("Ada Example", "Ada X")
                                              .replace("ada-example", "ada-x")))
    assert (code, lines[1:]) == (1, [
        "row 2: refused:",
        "  mentors/ada-example.yml is a symbolic link, not a profile; remove the link, or give "
        "the mentor an id of their own, in the 'id' column of a CSV file",
        "row 3: wrote mentors/ada-x.yml",
        "1 profile written; 1 refused."])
    assert Path("elsewhere.txt").read_text(encoding="utf-8") == "keep me\n"


def test_a_dry_run_writes_nothing(folder, capsys):
    code, lines, _ = run_import(capsys, sheet(ROW), "--dry-run")
    assert (code, lines[1:]) == (0, ["row 2: would write mentors/ada-example.yml",
                                     "Nothing written (--dry-run): 1 profile to write."])
    assert not (folder / "mentors").exists()


def test_the_program_lists_of_mkdocs_yml_are_used(folder, capsys):
    Path("mkdocs.yml").write_text(
        "plugins:\n  - mentor-directory:\n      profiles: people\n      program:\n"
        "        goals:\n          extend:\n            - id: open-source\n"
        "              label: Contributing to open source\n"
        "              description: First pull requests.\n", encoding="utf-8")
    code, lines, _ = run_import(capsys, sheet(ROW.replace("technical-growth",
                                                          "contributing to Open Source")))
    assert (code, lines[1]) == (0, "row 2: wrote people/ada-example.yml")
    assert "goals: [open-source]\n" in (folder / "people" / "ada-example.yml").read_text()


@pytest.mark.parametrize("args, message", [
    (["people.txt"], "mentors: error: cannot tell the format of people.txt from its name; add "
     "--format (coding-coach, csv, wcc)"),
    (["mentors/people.csv"], "mentors: error: mentors/people.csv is inside the profiles folder "
     "(mentors): keep the file you import from in a private folder outside the repository; it "
     "may hold personal data that must never be published"),
    (["docs/people.csv"], "mentors: error: docs/people.csv is inside the site's content (docs): "
     "keep the file you import from in a private folder outside the repository; it may hold "
     "personal data that must never be published"),
    (["people.json", "--map", "a=name"], "mentors: error: --map names the columns of a CSV file"),
    (["people.csv", "--goals", "growth"], "mentors: error: --goals: 'growth' is not a goal id; "
     "the goals are: getting-started, career-change, technical-growth, promotion-readiness, "
     "leadership-presence, management, staff-plus, visibility-sponsorship, job-search, "
     "negotiation, difficult-feedback, work-life-boundaries, confidence, returning-to-work, "
     "certifications, networking"),
])
def test_mistakes_in_the_command_are_usage_errors(folder, capsys, args, message):
    for name in ("people.txt", "people.json", "mentors/people.csv", "docs/people.csv"):
        Path(name).parent.mkdir(exist_ok=True)
        Path(name).write_text(f"{HEADER}\n{ROW}\n", encoding="utf-8")
    sheet(ROW)
    code, _, err = run_import(capsys, *args)
    assert (code, err) == (2, message + "\n")


def test_the_format_option_reads_a_file_of_any_name(folder, capsys):
    Path("export.txt").write_text(f"{HEADER}\n{ROW}\n", encoding="utf-8")
    code, lines, _ = run_import(capsys, "export.txt", "--format", "csv")
    assert (code, lines[-1]) == (0, "1 profile written.")


def test_no_import_opens_a_network_connection(folder, capsys, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("mentors import opened a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    for args in ([str(DATA / "signups.csv"), "--map", "Public email=contact.email"],
                 [str(DATA / "codingcoach-mentors.json"), "--goals", "technical-growth"],
                 [str(DATA / "wcc-mentors.yml")]):
        code, lines, _ = run_import(capsys, *args)
        assert code == 1 and lines[-1].startswith(("30 profiles written", "31 profiles written"))


def test_the_installed_command_lists_import(folder):
    result = subprocess.run([str(Path(sys.executable).parent / "mentors"), "import", "--help"],
                            capture_output=True, text=True)
    assert result.returncode == 0
    assert "--map COLUMN=FIELD" in result.stdout and "--update" in result.stdout

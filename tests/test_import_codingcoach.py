"""Coding Coach's mentors.json imported: the fictional fixture of 40 entries in its 2019 layout,
each refused entry with its exact message, and files that are not a mentor list."""

import json
from pathlib import Path

import pytest

from generator.directory import load_directory
from generator.places import country_zones
from generator.program import default_program

from imports import DATA, run_import

MENTORS = str(DATA / "codingcoach-mentors.json")
ENTRY = {"name": "Ada Example", "title": "Engineer", "country": "NG", "spokenLanguages": ["en"],
         "tags": ["go"], "channels": [{"type": "github", "id": "ada-example"}]}


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_fixture_imports_every_entry_it_can_and_refuses_the_rest(folder, capsys):
    code, lines, _ = run_import(capsys, MENTORS, "--goals", "technical-growth")
    assert code == 1
    assert lines[:6] == [
        f"Importing 40 entries from {MENTORS} into mentors/.",
        "Not imported, as no profile field takes them: 'id' in 39 entries (an account's email "
        "address: never published); 'slack' channels in 1 entry (member ids in Coding Coach's "
        "own Slack).",
        "entry 1: wrote mentors/aditya-rao.yml, with warnings:",
        "  no goals given; technical-growth from --goals; check them with the mentor",
        "  no contact form, booking link or email: written as not accepting mentees; add one "
        "under 'contact:' and set 'accepting: true' under 'availability:'",
        "  'country': no time zone given; Asia/Kolkata, from the location 'India'; give the time "
        "zone as \"timezone\" in the entry if the mentor lives elsewhere"]
    assert lines[lines.index("entry 31: skipped: the same mentor and answers as entry 3"):] == [
        "entry 31: skipped: the same mentor and answers as entry 3",
        "entry 32: refused:",
        f"  'country': no time zone given, and United States has {len(country_zones('US'))} "
        "time zones; give the mentor's time zone as \"timezone\" in the entry, such as "
        "'America/New_York'",
        "entry 33: refused:",
        "  timezone is missing (Where your working hours are); give it as \"timezone\" in the "
        "entry",
        "  'country': 'EU' is not a country code; write the two-letter ISO 3166 code, such as "
        "'DE'",
        "entry 34: refused:",
        "  'spokenLanguages[2]': 'sp' is not an ISO 639-1 language code or English name; write a "
        "two-letter code such as 'en' or 'pt'",
        "entry 35: refused:",
        "  is not a mentor: each entry is an object such as {\"name\": ..., \"title\": ..., "
        "\"tags\": [...], \"channels\": [...]}",
        "entry 36: refused:",
        "  'channels[2]': must be {\"type\": ..., \"id\": ...}, both text",
        "entry 37: refused:",
        "  'description': contains what looks like a phone number '+254 712 345 678'; remove it: "
        "this text is published as written, on the site and in the repository's history; "
        "mentees reach mentors through the contact fields",
        "entry 38: refused:",
        "  github is missing (GitHub login of the person allowed to edit this file); give it as a "
        "channel {\"type\": \"github\", \"id\": \"LOGIN\"}",
        "entry 39: refused:",
        "  'channels[3]': is a second value for contact.email; keep the one the profile should "
        "show",
        "entry 40: refused:",
        "  'avatar': must start with https://; the site is served over https and browsers block "
        "http images",
        "30 profiles written (30 with warnings); 1 entry skipped as repeated; 9 refused.",
    ]
    directory, problems = load_directory([folder / "mentors"], default_program())
    assert len(directory.mentors) == 30
    assert [problem for problem in problems if problem.is_error] == []


def test_channels_fill_contact_fields_and_the_rest_is_kept_in_the_bio(folder, capsys):
    run_import(capsys, MENTORS, "--goals", "technical-growth")
    assert (folder / "mentors" / "aditya-rao.yml").read_text(encoding="utf-8") == """\
# yaml-language-server: $schema=../schema/mentor.schema.json
name: Aditya Rao
github: aditya-rao-demo
headline: Senior Frontend Engineer
timezone: Asia/Kolkata
languages: [en, hi]
skills: [React, JavaScript, CSS]
goals: [technical-growth]
photo: https://avatars.example.org/aditya-rao.png
location: India
bio: |-
  Happy to review your React code!

  Twitter: https://twitter.com/aditya_codes_demo
availability:
  accepting: false
contact:
  linkedin: aditya-rao-example
"""
    ebere = (folder / "mentors" / "ebere-obi.yml").read_text(encoding="utf-8")
    assert "contact:\n  website: https://ebere.example.org\n  email: ebere@example.org\n" in ebere


def test_an_entry_may_add_goals_and_a_time_zone_by_the_profiles_own_names(folder, capsys):
    run_import(capsys, MENTORS, "--goals", "technical-growth")
    daniela = (folder / "mentors" / "daniela-costa.yml").read_text(encoding="utf-8")
    assert "timezone: America/Sao_Paulo\n" in daniela
    assert "goals: [getting-started, career-change]\n" in daniela


def test_the_accounts_email_address_is_never_published(folder, capsys):
    run_import(capsys, MENTORS, "--goals", "technical-growth")
    written = "".join(path.read_text(encoding="utf-8") for path in (folder / "mentors").iterdir())
    assert "@example.com" not in written  # every 'id' is an @example.com address
    assert "U0DEMO0001" not in written  # the Slack member id


def test_without_goals_every_entry_asks_for_them(folder, capsys):
    Path("mentors.json").write_text(json.dumps([ENTRY]), encoding="utf-8")
    code, lines, _ = run_import(capsys, "mentors.json")
    assert (code, lines[1:3]) == (1, [
        "entry 1: refused:",
        "  goals is missing (What you can help mentees with); give it as \"goals\" in the entry, "
        "or run again with --goals and the ids of the goals these mentors offer"])


def test_a_country_by_the_reserved_code_uk(folder, capsys):
    Path("mentors.json").write_text(json.dumps([dict(ENTRY, country="UK", goals="confidence")]),
                                    encoding="utf-8")
    code, _, _ = run_import(capsys, "mentors.json")
    text = (folder / "mentors" / "ada-example.yml").read_text(encoding="utf-8")
    assert code == 0
    assert "timezone: Europe/London\n" in text and "location: Britain (UK)\n" in text


@pytest.mark.parametrize("value, message", [
    ({"tags": "go", "title": 7}, "  'title': must be text or a list of text"),
    ({"channels": "ada"}, "  'channels': must be a list of {\"type\": ..., \"id\": ...}"),
])
def test_values_of_the_wrong_shape_are_refused(folder, capsys, value, message):
    Path("mentors.json").write_text(json.dumps([dict(ENTRY, goals=["confidence"], **value)]),
                                    encoding="utf-8")
    _, lines, _ = run_import(capsys, "mentors.json")
    assert message in lines


@pytest.mark.parametrize("data, message", [
    (b'[{"name": "Ada"} {"name": "Bo"}]', "mentors.json:1:18: error: JSON syntax error: "
     "Expecting ',' delimiter"),
    (b'{"name": "Ada"}', "mentors.json:1:1: error: the file must be a list of mentors, as Coding "
     "Coach's src/mentors.json is: [{\"name\": ..., \"title\": ...}, ...]"),
    (b'["Ad\xe9"]', "mentors.json:1:1: error: file is not UTF-8 text; save it as UTF-8"),
    (b"[" * 100_000, "mentors.json:1:1: error: is nested too deeply to be a mentor list"),
])
def test_a_file_that_is_not_a_mentor_list(folder, capsys, data, message):
    Path("mentors.json").write_bytes(data)
    code, lines, _ = run_import(capsys, "mentors.json")
    assert (code, lines[0]) == (1, message)

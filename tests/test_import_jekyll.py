"""Women Coding Community's Jekyll _data/mentors.yml imported: the fictional fixture of 38 entries
in its layout, each refused entry with its exact message, and files that are not a mentor list."""

from pathlib import Path

import pytest

from generator.directory import load_directory
from generator.program import default_program, load_program

from imports import DATA, run_import

MENTORS = str(DATA / "wcc-mentors.yml")
ENTRY = """\
- name: Ada Example
  position: Engineer
  location: Lagos, Nigeria
  languages: English
  type: long-term
  skills:
    areas: [Backend Developer]
    languages: Go
    focus:
      - Switch career to IT
  network:
  - github: https://github.com/ada-example
"""


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_fixture_imports_every_entry_it_can_and_refuses_the_rest(folder, capsys):
    code, lines, _ = run_import(capsys, MENTORS)
    assert code == 1
    assert lines[:2] == [
        f"Importing 38 entries from {MENTORS} into mentors/.",
        "Not imported, as no profile field takes them: 'matched' in 37 entries (the old site's "
        "matching state); 'sort' in 37 entries (the old site's order); 'index' in 37 entries "
        "(the old site's numbering); 'image' in 37 entries (a picture inside the old site; a "
        "profile's photo is an https address); 'availability' in 37 entries (months of the old "
        "site's cycle); 'skills.years' in 37 entries (the experience, kept in the bio, says it)."]
    assert lines[lines.index("entry 26 (line 782): wrote mentors/amina-yusuf.yml, with "
                             "warnings:") + 1:][:2] == [
        "  no contact form, booking link or email: written as not accepting mentees; add one "
        "under 'contact:' and set 'accepting: true' under 'availability:'",
        "  'skills.focus[2]': 'Starting a side project' is not a focus area this import knows; "
        "kept in the bio; add the goals it stands for as 'goals:' in the mentor's entry"]
    skipped = "entry 31 (line 935): skipped: the same mentor and answers as entry 3 (line 67)"
    assert lines[lines.index(skipped):] == [
        skipped,
        "entry 32 (line 966): refused:",
        "  github is missing (GitHub login of the person allowed to edit this file); give it as "
        "a network link '- github: https://github.com/LOGIN'",
        "entry 33 (line 995): refused:",
        "  'type': 'weekly' is not a mentorship type; write long-term, ad-hoc or both",
        "entry 34 (line 1025): refused:",
        "  'location': no time zone given, and Spain has 3 time zones; give the mentor's time "
        "zone as 'timezone:' in the mentor's entry, such as 'Europe/Madrid'",
        "entry 35 (line 1055): refused:",
        "  'languages': 'Ukranian' is not an ISO 639-1 language code or English name; did you "
        "mean 'Ukrainian' (uk)?",
        "entry 36 (line 1085): refused:",
        "  'bio': contains the email address 'jess.taylor@example.org'; remove it: this text is "
        "published as written, in every page and file of the site; an address for mentees goes "
        "in contact.email, which the site keeps out of its files",
        "entry 37 (line 1115): refused:",
        "  'disabled': 'maybe' is not true or false",
        "entry 38 (line 1145): refused:",
        "  is not a mentor: each entry is a mapping such as '- name: Ada Example'",
        "30 profiles written (30 with warnings); 1 entry skipped as repeated; 7 refused.",
    ]
    directory, problems = load_directory([folder / "mentors"], default_program())
    assert len(directory.mentors) == 30
    assert [problem for problem in problems if problem.is_error] == []


def test_focus_type_and_network_become_fields_and_the_rest_stays_in_the_bio(folder, capsys):
    run_import(capsys, MENTORS)
    # Entry 2: a Medium link in the network, a long-term type, one mentee, focus areas.
    assert (folder / "mentors" / "beatrix-horvath.yml").read_text(encoding="utf-8") == """\
# yaml-language-server: $schema=../schema/mentor.schema.json
name: Beatrix Horváth
github: beatrix-horvath-demo
headline: Data Engineer, Example Analytics
timezone: Europe/Budapest
languages: [hu, en]
skills: [Data engineering, Python, SQL, Apache Airflow, dbt, Data modeling]
goals: [technical-growth, career-change]
location: Budapest, Hungary
mentee_stages: [early-career, career-changer]
formats: [one-on-one]
bio: |-
  Beatrix has mentored for a few cycles: Data Engineer.

  Experience: 5-7 Years

  Ideal mentee: Someone curious who wants to grow.

  Also helps with: Airflow, dbt, Data modelling

  Medium: https://medium.example.org/@beatrix
availability:
  accepting: false
  capacity: 1
  hours_per_month: 2
contact:
  linkedin: beatrix-horvath-example
"""


def test_line_breaks_known_extras_and_a_disabled_mentor(folder, capsys):
    run_import(capsys, MENTORS)
    adaeze = (folder / "mentors" / "adaeze-nwachukwu.yml").read_text(encoding="utf-8")
    assert ("bio: |-\n  I build payment services.\n  Before that I taught maths for five years.\n"
            "  I love helping career changers.\n") in adaeze
    assert "skills: [Backend Developer, Distributed systems, Java, Kotlin, System design, " \
           "Interviewing]\n" in adaeze  # 'System design' and 'Interview preparation' from extra
    yasmin = (folder / "mentors" / "yasmin-khalil.yml").read_text(encoding="utf-8")
    assert "availability:\n  accepting: false\n" in yasmin
    xiadani = (folder / "mentors" / "xiadani-flores.yml").read_text(encoding="utf-8")
    assert "timezone: America/Mexico_City\n" in xiadani  # added to the entry, in lower case


def test_a_focus_without_goals_in_this_program_is_kept_in_the_bio(folder, capsys):
    Path("mentors.yml").write_text(ENTRY, encoding="utf-8")
    Path("mkdocs.yml").write_text("plugins:\n  - mentor-directory:\n      program:\n"
                                  "        goals: {remove: [career-change]}\n", encoding="utf-8")
    code, lines, _ = run_import(capsys, "mentors.yml")
    assert lines[1:3] == [
        "entry 1 (line 1): refused:",
        "  goals is missing (What you can help mentees with); give it as 'goals:' in the "
        "mentor's entry, or run again with --goals and the ids of the goals these mentors offer"]
    code, lines, _ = run_import(capsys, "mentors.yml", "--goals", "confidence")
    assert code == 0
    assert "  'skills.focus[1]': the program has no goal for 'Switch career to IT'; kept in the " \
           "bio; add the goals it stands for as 'goals:' in the mentor's entry" in lines
    text = (folder / "mentors" / "ada-example.yml").read_text(encoding="utf-8")
    assert "bio: 'Focus: Switch career to IT'\n" in text
    assert load_program({"goals": {"remove": ["career-change"]}})  # the settings were valid


@pytest.mark.parametrize("text, message", [
    ("- name: &a Ada\n- name: *a\n", "mentors.yml:1:9: error: anchors and aliases ('&name', "
     "'*name') are not allowed; write each value out"),
    ("- name: Ada\n  name: Bo\n", "mentors.yml:2:3: error: 'name' appears twice in one mapping "
     "(first on line 1)"),
    ("name: Ada\n", "mentors.yml:1:1: error: the file must be a list of mentors, as "
     "_data/mentors.yml is: '- name: ...' for each"),
    ("- name: [Ada\n", "mentors.yml:2:1: error: YAML syntax error: did not find expected ',' or "
     "']'"),
    ("- " + "[" * 10 + "]" * 10 + "\n", "mentors.yml:1:9: error: values are nested more than 6 "
     "levels deep"),
    ("- {[a]: b}\n", "mentors.yml:1:4: error: keys must be plain names such as 'name'"),
])
def test_a_file_that_is_not_plain_yaml_data(folder, capsys, text, message):
    Path("mentors.yml").write_text(text, encoding="utf-8")
    code, lines, _ = run_import(capsys, "mentors.yml")
    assert (code, lines[0]) == (1, message)


def test_yes_and_no_stay_text(folder, capsys):
    # YAML 1.1 reads 'no' as false: the Norwegian language code must stay 'no'.
    Path("mentors.yml").write_text(ENTRY.replace("languages: English", "languages: no"),
                                   encoding="utf-8")
    code, _, _ = run_import(capsys, "mentors.yml")
    text = (folder / "mentors" / "ada-example.yml").read_text(encoding="utf-8")
    assert code == 0 and "languages: ['no']\n" in text

"""A spreadsheet's CSV export imported: the column contract, --map, and the fictional sign-up sheet
of 47 messy rows, each refused row with its exact message."""

from pathlib import Path

import pytest

from generator.directory import load_directory
from generator.places import country_zones
from generator.program import default_program

from imports import DATA, run_import

SIGNUPS = str(DATA / "signups.csv")
MAPS = ("--map", "Public email=contact.email", "--map", "Ideal mentee=bio")
HEADER = "name,github,headline,timezone,languages,skills,goals,contact.calendar"
ROW = "Ada Example,ada-example,Engineer,Europe/Berlin,en,Go,technical-growth,https://cal.example.org/ada"
NO_CONTACT = ("  no contact form, booking link or email: written as not accepting mentees; add one "
              "under 'contact:' and set 'accepting: true' under 'availability:'")
PHONE_HINT = ("remove it: this text is published as written, on the site and in the "
              "repository's history; mentees reach mentors through the contact fields")


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_signup_sheet_imports_every_row_it_can_and_refuses_the_rest(folder, capsys):
    code, lines, _ = run_import(capsys, SIGNUPS, *MAPS)
    assert code == 1
    assert lines[:2] == [
        f"Importing 47 rows from {SIGNUPS} into mentors/.",
        "Not imported, as no profile field takes them: column 'Timestamp' in 47 rows; column "
        "'Email Address' in 47 rows; column 'How did you hear about us?' in 47 rows. To import a "
        "column, name its field with --map 'COLUMN=FIELD'."]
    refused = lines[lines.index("row 33: skipped: the same mentor and answers as row 3"):]
    assert refused == [
        "row 33: skipped: the same mentor and answers as row 3",
        "row 34: refused:",
        "  column 'Time zone': 'Europe/Berln' is not a time zone in the IANA database; did you "
        "mean 'Europe/Berlin'?",
        "row 35: refused:",
        "  column 'Languages': 'Klingon' is not an ISO 639-1 language code or English name; write "
        "a two-letter code such as 'en' or 'pt'",
        "row 36: refused:",
        "  column 'Goals': 'Get a promotion' is not in the program's goals list; did you mean "
        "'promotion-readiness'?",
        "row 37: refused:",
        f"  column 'Location': no time zone given, and United States has "
        f"{len(country_zones('US'))} time zones; give the mentor's time zone in the column "
        "'Time zone', such as 'America/New_York'",
        "row 38: refused:",
        "  column 'Bio': contains the email address 'jonas.weber@example.org'; remove it: this "
        "text is published as written, in every page and file of the site; an address for "
        "mentees goes in contact.email, which the site keeps out of its files",
        "row 39: refused:",
        f"  column 'Bio': contains what looks like a phone number '+234 803 555 0147'; "
        f"{PHONE_HINT}",
        "row 40: refused:",
        "  github is missing (GitHub login of the person allowed to edit this file); give it in "
        "the column 'GitHub'",
        "row 41: refused:",
        "  row 42 also names the GitHub account 'mina-sato-demo', with different answers; keep "
        "the one row that is right for this mentor, and delete the others",
        "row 42: refused:",
        "  row 41 also names the GitHub account 'mina-sato-demo', with different answers; keep "
        "the one row that is right for this mentor, and delete the others",
        "row 43: refused:",
        "  column 'Most mentees at once': 'a few' is not a whole number; write one number, such "
        "as 3",
        "row 44: refused:",
        "  column 'Taking new mentees?': 'maybe' is not yes or no; write yes or no",
        "row 45: refused:",
        "  column 'Booking link': 'javascript:' links are not allowed; use a web address "
        "starting with https://",
        "row 46: refused:",
        "  column 'Mentees you have now': is 2, more than capacity (1); raise capacity or lower "
        "mentees",
        "row 47: refused:",
        "  column 'Name': contains the invisible character U+200B (ZERO WIDTH SPACE); remove it: "
        "invisible characters can make different text look the same",
        "row 48: refused:",
        "  column 'Headline': is 138 characters long; the limit is 120; shorten it",
        "31 profiles written (21 with warnings); 1 row skipped as repeated; 15 refused.",
    ]
    directory, problems = load_directory([folder / "mentors"], default_program())
    assert len(directory.mentors) == 31
    assert [problem for problem in problems if problem.is_error] == []


def test_messy_values_become_a_tidy_profile(folder, capsys):
    run_import(capsys, SIGNUPS, *MAPS)
    # Row 3: extra spaces, a handle written with '@', a zone in lower case with a space, names
    # of languages, abbreviations of skills, labels and ids in mixed case, an address without
    # https://, a LinkedIn address.
    assert (folder / "mentors" / "bruno-ferreira.yml").read_text(encoding="utf-8") == """\
# yaml-language-server: $schema=../schema/mentor.schema.json
name: bruno ferreira
github: bruno-ferreira-demo
headline: Frontend developer
timezone: America/Sao_Paulo
languages: [pt, en]
skills: [JavaScript, React, CSS]
goals: [career-change, job-search]
pronouns: he/him
location: São Paulo, Brazil
mentee_stages: [career-changer]
formats: [office-hours]
bio: Ex-accountant, now frontend developer.
availability:
  accepting: true
  capacity: 2
  hours_per_month: 2
contact:
  calendar: https://cal.example.org/bruno
  linkedin: bruno-ferreira-example
"""
    amara = (folder / "mentors" / "amara-okonkwo.yml").read_text(encoding="utf-8")
    assert "bio: |-\n  I have built payment systems for nine years.\n  I like helping people grow " \
           "into their first senior role.\n\n  Ideal mentee: Someone who ships and wants to " \
           "grow\n" in amara
    chen = (folder / "mentors" / "chen-jia.yml").read_text(encoding="utf-8")
    assert "experiences: [immigrant]" in chen and "  email: chen.jia@example.org" in chen


def test_warnings_are_listed_under_the_profile_written(folder, capsys):
    _, lines, _ = run_import(capsys, SIGNUPS, *MAPS)
    at = lines.index("row 10: wrote mentors/ibrahim-diallo.yml, with warnings:")
    assert lines[at + 1:at + 3] == [
        NO_CONTACT,
        "  column 'Time zone': 'UTC+1' is a fixed offset: written as Etc/GMT-1, which never "
        "changes for daylight saving time; write the zone's name, such as 'Europe/Berlin', if "
        "the mentor's clocks change in summer"]
    at = lines.index("row 24: wrote mentors/wei-zhang.yml, with warnings:")
    assert lines[at + 1:at + 3] == [
        NO_CONTACT,
        "  column 'Skills': 'Kubernets' looks like 'Kubernetes'; write 'Kubernetes' if that is "
        "what you mean; it is listed as Kubernetes until then"]
    assert "availability:\n  accepting: false\n" in (
        folder / "mentors" / "wei-zhang.yml").read_text(encoding="utf-8")


def test_a_column_named_by_a_field_its_last_part_or_its_form_label(folder, capsys):
    Path("people.csv").write_text(
        "Name,GitHub,Headline,Time zone,Languages,Skills,Goals,Email,Hours per month,"
        "contact.website\n"
        "Ada Example,ada-example,Engineer,Lagos,en,Go,technical-growth,ada@example.org,3,"
        "ada.example.org\n", encoding="utf-8")
    code, _, _ = run_import(capsys, "people.csv")
    assert code == 0
    text = (folder / "mentors" / "ada-example.yml").read_text(encoding="utf-8")
    assert text.endswith("availability:\n  hours_per_month: 3\ncontact:\n"
                         "  website: https://ada.example.org\n  email: ada@example.org\n")


def test_a_missing_column_stops_the_import_before_anything_is_written(folder, capsys):
    Path("people.csv").write_text("Name,Headline,Languages,Skills\nAda,Engineer,en,Go\n",
                                  encoding="utf-8")
    code, lines, _ = run_import(capsys, "people.csv")
    assert code == 1
    assert lines == [
        "people.csv:1:1: error: no column for github (GitHub login of the person allowed to edit "
        "this file); add a column named 'github', or name the column that holds it with --map "
        "'COLUMN=github'",
        "people.csv:1:1: error: no column for timezone (Where your working hours are); add a "
        "column named 'timezone', or name the column that holds it with --map 'COLUMN=timezone'",
        "people.csv:1:1: error: no column for goals (What you can help mentees with); add a "
        "column named 'goals', or name the column that holds it with --map 'COLUMN=goals'",
        "Nothing was imported: people.csv cannot be read as a spreadsheet's CSV export.",
    ]
    assert not (folder / "mentors").exists()


def test_a_location_column_or_goals_option_stands_in_for_those_columns(folder, capsys):
    Path("people.csv").write_text("name,github,headline,location,languages,skills,"
                                  "contact.calendar\nAda Example,ada-example,Engineer,Lagos,en,"
                                  "Go,https://cal.example.org/ada\n", encoding="utf-8")
    code, lines, _ = run_import(capsys, "people.csv", "--goals", "technical-growth")
    assert code == 0
    assert lines[1:4] == [
        "row 2: wrote mentors/ada-example.yml, with warnings:",
        "  no goals given; technical-growth from --goals; check them with the mentor",
        "  column 'location': no time zone given; Africa/Lagos, from the location 'Lagos'; give "
        "the time zone in a column named 'timezone' if the mentor lives elsewhere"]


def test_two_columns_for_one_field_stop_the_import(folder, capsys):
    Path("people.csv").write_text(f"{HEADER},email,Contact email\n{ROW},a@example.org,"
                                  "b@example.org\n", encoding="utf-8")
    code, lines, _ = run_import(capsys, "people.csv", "--map", "Contact email=email")
    assert (code, lines[0]) == (1, "people.csv:1:10: error: columns 9 ('email') and 10 ('Contact "
                                   "email') both give contact.email; rename or delete the one "
                                   "that should not be imported")


def test_several_columns_fill_a_list_and_later_bio_columns_are_paragraphs(folder, capsys):
    Path("people.csv").write_text(
        f"{HEADER},Area 1,Area 2,bio,Why do you mentor?\n"
        f"{ROW},Rust,Kubernetes,I build things.,To give back.\n", encoding="utf-8")
    code, _, _ = run_import(capsys, "people.csv", "--map", "Area 1=skills", "--map",
                            "area 2=skills", "--map", "Why do you mentor?=bio")
    text = (folder / "mentors" / "ada-example.yml").read_text(encoding="utf-8")
    assert code == 0
    assert "skills: [Go, Rust, Kubernetes]" in text
    assert "bio: |-\n  I build things.\n\n  Why do you mentor: To give back.\n" in text


@pytest.mark.parametrize("option, message", [
    ("Your name=name", "mentors: error: --map: people.csv has no column 'Your name'; its columns "
     "are: 'name', 'github', 'headline', 'timezone', 'languages', 'skills', 'goals', 'contact.calendar'"),
    ("name=nmae", "mentors: error: --map: 'nmae' is not a profile field; did you mean 'name'?"),
    ("name", "mentors: error: --map takes COLUMN=FIELD, such as 'Your time zone=timezone', not "
     "'name'"),
])
def test_a_mistake_in_map_is_a_usage_error(folder, capsys, option, message):
    Path("people.csv").write_text(f"{HEADER}\n{ROW}\n", encoding="utf-8")
    code, _, err = run_import(capsys, "people.csv", "--map", option)
    assert (code, err) == (2, message + "\n")


def test_semicolons_and_a_byte_order_mark_as_some_spreadsheets_write(folder, capsys):
    Path("people.csv").write_bytes(
        "\ufeff" .encode() + f"{HEADER.replace(',', ';')}\n{ROW.replace(',', ';')}\n".encode())
    code, lines, _ = run_import(capsys, "people.csv")
    assert (code, lines[-1]) == (0, "1 profile written.")


@pytest.mark.parametrize("data, message", [
    (b"", "people.csv:1:1: error: file is empty; export the sheet (or the form's answers) as CSV"),
    ("name\n".encode("utf-16"), "people.csv:1:1: error: file is UTF-16 text, not UTF-8; export "
     "it again as CSV with UTF-8 encoding"),
    (b"name\nAd\xe9\n", "people.csv:2:1: error: file is not UTF-8 text (byte 0xe9); export it "
     "again as CSV with UTF-8 encoding"),
])
def test_a_file_that_cannot_be_read(folder, capsys, data, message):
    Path("people.csv").write_bytes(data)
    code, lines, _ = run_import(capsys, "people.csv")
    assert (code, lines[0]) == (1, message)


def test_empty_rows_and_cells_past_the_last_column(folder, capsys):
    Path("people.csv").write_text(f"{HEADER}\n,,,,\n{ROW},stray\n", encoding="utf-8")
    code, lines, _ = run_import(capsys, "people.csv")
    assert code == 0
    assert lines[1:] == ["Not imported, as no profile field takes them: cells beyond the last "
                         "column in 1 row. To import a column, name its field with --map "
                         "'COLUMN=FIELD'.", "row 3: wrote mentors/ada-example.yml",
                         "1 profile written."]


def test_a_header_quoted_in_the_report_shows_its_invisible_characters(folder, capsys):
    Path("people.csv").write_text(f"{HEADER},Note\u202e\n{ROW},x\n", encoding="utf-8")
    _, lines, _ = run_import(capsys, "people.csv")
    assert lines[1].startswith("Not imported, as no profile field takes them: column "
                               "'Note\\u202e' in 1 row.")

"""A row's values written as a profile and checked like any profile, each problem at its cell."""

from datetime import date

from generator.importing.convert import convert_row
from generator.importing.profiles import check_row, profile_text
from generator.importing.source import Cell, Row
from generator.program import default_program

TODAY = date(2026, 11, 23)


def checked(cells: dict[str, list[str]]):
    row = Row(5, "row 5", "signups.csv")
    for position, (name, texts) in enumerate(cells.items(), 1):
        for text in texts:
            row.add(name, Cell(text, f"column '{name.title()}'", position))
    conversion = convert_row(row, default_program(), str, (), TODAY)
    text = profile_text(conversion)
    profile = check_row(row, conversion, text, default_program(), TODAY)
    return profile, text, [problem.description() for problem in row.problems]


ADA = {"name": ["Ada Example"], "github": ["ada-example"], "headline": ["Engineer"],
       "timezone": ["Europe/Berlin"], "languages": ["en"], "goals": ["technical-growth"],
       "contact.calendar": ["https://cal.example.org/ada"]}


def test_the_profile_file_is_laid_out_like_the_guides_example():
    profile, text, problems = checked({**ADA, "skills": ["Go, Kubernetes"],
                                       "contact.website": ["https://ada.example.org"],
                                       "availability.capacity": ["2"],
                                       "bio": ["First line.\nSecond line."]})
    assert problems == [] and profile is not None
    assert text == """\
# yaml-language-server: $schema=../schema/mentor.schema.json
name: Ada Example
github: ada-example
headline: Engineer
timezone: Europe/Berlin
languages: [en]
skills: [Go, Kubernetes]
goals: [technical-growth]
bio: |-
  First line.
  Second line.
availability:
  capacity: 2
contact:
  calendar: https://cal.example.org/ada
  website: https://ada.example.org
"""


def test_the_checks_problems_name_the_cell_of_the_list_item():
    profile, _, problems = checked({**ADA, "skills": ["Go", "Kubernets", "x" * 51]})
    assert profile is None
    assert problems == [
        "column 'Skills': 'Kubernets' looks like 'Kubernetes'; write 'Kubernetes' if that is what "
        "you mean; it is listed as Kubernetes until then",
        "column 'Skills': is 51 characters long; the limit is 50; shorten it"]


def test_a_field_already_reported_is_not_reported_again_by_the_check():
    profile, _, problems = checked({**ADA, "skills": ["Go"], "languages": ["Klingon"]})
    assert profile is None
    assert problems == ["column 'Languages': 'Klingon' is not an ISO 639-1 language code or "
                        "English name; write a two-letter code such as 'en' or 'pt'"]


def test_rules_across_fields_name_the_later_field():
    _, _, problems = checked({**ADA, "skills": ["Go"], "availability.capacity": ["1"],
                              "availability.mentees": ["3"]})
    assert problems == ["column 'Availability.Mentees': is 3, more than capacity (1); raise "
                        "capacity or lower mentees"]

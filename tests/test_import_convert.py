"""One row's cells as a profile's values: every conversion, and the exact message of each refusal."""

from datetime import date

import pytest

from generator.importing.convert import convert_row
from generator.importing.source import Cell, Row
from generator.places import country_zones
from generator.program import default_program, load_program

TODAY = date(2026, 11, 23)
REQUIRED = {"name": "Ada Example", "github": "ada-example", "headline": "Engineer",
            "timezone": "Europe/Berlin", "languages": "en", "skills": "Go",
            "goals": "technical-growth"}


def convert(cells: dict[str, str], kept: dict[str, str] | None = None, program=None,
            default_goals=()):
    """The values and problem lines of one row whose columns are named after the fields."""
    row = Row(2, "row 2", "signups.csv")
    for position, (name, text) in enumerate({**REQUIRED, **cells}.items(), 1):
        if text is not None:
            row.add(name, Cell(text, f"column '{name}'", position))
    for label, text in (kept or {}).items():
        row.keep(label, Cell(text, f"column '{label}'", 99))
    conversion = convert_row(row, program or default_program(),
                             lambda name: f"in the column '{name}'", default_goals, TODAY)
    return ({name: value.value for name, value in conversion.values.items()},
            [problem.description() for problem in row.problems])


def test_program_ids_come_from_ids_labels_and_phrases_in_any_case():
    values, problems = convert({"goals": "Technical growth, promotion-readiness,\nLEVEL UP;"
                                "  get promoted ", "formats": "one on one, Office Hours",
                                "mentee_stages": "Early career\nmid-level"})
    assert problems == []
    assert values["goals"] == ["technical-growth", "promotion-readiness"]
    assert values["formats"] == ["one-on-one", "office-hours"]
    assert values["mentee_stages"] == ["early-career", "mid-level"]


def test_a_label_holding_a_comma_is_one_choice():
    values, _ = convert({"experiences": "Trans, non-binary or gender-diverse, First generation"})
    assert values["experiences"] == ["gender-diverse", "first-generation"]


def test_an_unknown_choice_is_refused_with_did_you_mean():
    _, problems = convert({"goals": "Technical growth, Get a promotion"})
    assert problems == ["column 'goals': 'Get a promotion' is not in the program's goals list; "
                        "did you mean 'promotion-readiness'?"]


def test_a_phrase_two_entries_share_is_refused_as_ambiguous():
    program = load_program({"goals": {"extend": [{
        "id": "pay-rise", "label": "A pay rise", "description": "Asking for more.",
        "phrases": ["get promoted"]}]}})
    _, problems = convert({"goals": "get promoted"}, program=program)
    assert problems == ["column 'goals': 'get promoted' could be any of pay-rise, "
                        "promotion-readiness; write the id of the one meant, from the program's "
                        "goals list"]


def test_languages_by_code_or_name_separated_every_usual_way():
    values, problems = convert({"languages": "English and Portuguese / DE; en"})
    assert (values["languages"], problems) == (["en", "pt", "de"], [])


def test_an_unknown_language_is_refused_with_did_you_mean():
    _, problems = convert({"languages": "English, Portugese"})
    assert problems == ["column 'languages': 'Portugese' is not an ISO 639-1 language code or "
                        "English name; did you mean 'Portuguese' (pt)?"]


def test_skills_known_to_the_taxonomy_take_its_label_once_and_others_stay_as_written():
    values, problems = convert({"skills": "JS, JavaScript,  golang , Kubernets, Lisp machines"})
    assert values["skills"] == ["JavaScript", "Go", "Kubernets", "Lisp machines"]
    assert problems == []  # the typo is the profile check's to report: test_import_profiles.py


@pytest.mark.parametrize("name, written, value", [
    ("github", "https://github.com/ada-example/", "ada-example"),
    ("github", "github.com/ada-example?tab=repositories", "ada-example"),
    ("github", "@ada-example", "ada-example"),
    ("contact.linkedin", "https://www.linkedin.com/in/ada-example/", "ada-example"),
    ("contact.linkedin", "uk.linkedin.com/in/ada-example?trk=x", "ada-example"),
    ("contact.linkedin", "ada-example", "ada-example"),
    ("contact.mastodon", "https://Example.Social/@ada", "@ada@example.social"),
    ("contact.mastodon", "ada@example.social", "@ada@example.social"),
    ("contact.email", "mailto:ada@example.org", "ada@example.org"),
    ("contact.calendar", "cal.example.org/ada", "https://cal.example.org/ada"),
    ("contact.website", "https://ada.example.org", "https://ada.example.org"),
])
def test_handles_from_the_web_addresses_pasted_instead(name, written, value):
    values, _ = convert({name: written})
    assert values[name] == value


@pytest.mark.parametrize("written, value", [
    ("Yes", True), ("y", True), ("TRUE", True), ("x", True), ("no", False), ("0", False),
])
def test_yes_and_no_as_spreadsheets_write_them(written, value):
    values, problems = convert({"availability.accepting": written})
    assert (values["availability.accepting"], problems) == (value, [])


@pytest.mark.parametrize("written, value", [(" 3 ", 3), ("2 mentees", 2), ("4 hours", 4)])
def test_a_number_with_its_unit(written, value):
    values, problems = convert({"availability.capacity": written})
    assert (values["availability.capacity"], problems) == (value, [])


@pytest.mark.parametrize("name, written, message", [
    ("availability.capacity", "2-4", "'2-4' is not a whole number; write one number, such as 3"),
    ("availability.capacity", "a few", "'a few' is not a whole number; write one number, such "
     "as 3"),
    ("availability.accepting", "maybe", "'maybe' is not yes or no; write yes or no"),
])
def test_numbers_and_yes_or_no_that_are_neither_are_refused(name, written, message):
    _, problems = convert({name: written})
    assert problems == [f"column '{name}': {message}"]


PHONE_HINT = ("remove it: this text is published as written, on the site and in the "
              "repository's history; mentees reach mentors through the contact fields")


@pytest.mark.parametrize("field, text, number", [
    ("bio", "WhatsApp me on +234 803 555 0147 any evening.", "+234 803 555 0147"),
    ("bio", "Office: (020) 7946 0958", "(020) 7946 0958"),
    ("headline", "Engineer, call 415.555.0132", "415.555.0132"),
    ("location", "Berlin 030-1234-5678", "030-1234-5678"),
])
def test_a_phone_number_in_free_text_is_refused(field, text, number):
    _, problems = convert({field: text})
    assert problems == [f"column '{field}': contains what looks like a phone number '{number}'; "
                        f"{PHONE_HINT}"]


@pytest.mark.parametrize("text", [
    "Since 2019-2023 I led 12 teams of 5-7 people.",
    "See https://www.linkedin.com/in/ada-example-7069baa5123456789/ for more.",
    "I have 10-15 years of experience, on call 24/7.",
])
def test_numbers_that_are_not_phone_numbers_stay(text):
    values, problems = convert({"bio": text})
    assert (values["bio"], problems) == (text, [])


def test_an_email_address_in_kept_text_is_refused_at_its_own_cell():
    _, problems = convert({"bio": "Hello."}, kept={"Ideal mentee": "mail ada@example.org"})
    assert problems == [
        "column 'Ideal mentee': contains the email address 'ada@example.org'; remove it: this "
        "text is published as written, in every page and file of the site; an address for "
        "mentees goes in contact.email, which the site keeps out of its files"]


def test_kept_values_are_paragraphs_of_the_bio():
    values, _ = convert({"bio": "I build things.\r\nMostly bridges.  \n\n\n\nAnd roads."},
                        kept={"Experience": "5-7  years", "Ideal mentee": "Curious\npeople"})
    assert values["bio"] == ("I build things.\nMostly bridges.\n\nAnd roads.\n\n"
                             "Experience: 5-7 years\n\nIdeal mentee: Curious people")


def test_a_bio_too_long_with_what_is_kept_in_it_says_so():
    _, problems = convert({"bio": "word " * 390}, kept={"Experience": "x" * 100})
    assert problems == ["column 'bio': with what is kept in it (Experience), the bio is 2,063 "
                        "characters long; the limit is 2,000; shorten the bio or those values"]


def test_single_line_text_is_tidied_not_recased():
    values, _ = convert({"name": "  ada   van der\nexample "})
    assert values["name"] == "ada van der example"


def test_a_zone_name_city_or_place_in_the_time_zone_column():
    for written, zone in (("europe/lisbon", "Europe/Lisbon"), ("Lagos", "Africa/Lagos"),
                          ("London, UK", "Europe/London")):
        values, problems = convert({"timezone": written})
        assert (values["timezone"], problems) == (zone, [])


def test_a_fixed_offset_is_written_with_a_warning():
    values, problems = convert({"timezone": "UTC+1"})
    assert values["timezone"] == "Etc/GMT-1"
    assert problems == ["column 'timezone': 'UTC+1' is a fixed offset: written as Etc/GMT-1, "
                        "which never changes for daylight saving time; write the zone's name, "
                        "such as 'Europe/Berlin', if the mentor's clocks change in summer"]


def test_a_time_zone_from_the_location_is_written_with_a_warning():
    values, problems = convert({"timezone": None, "location": "Nairobi, Kenya"})
    assert values["timezone"] == "Africa/Nairobi"
    assert problems == ["column 'location': no time zone given; Africa/Nairobi, from the "
                        "location 'Nairobi, Kenya'; give the time zone in the column 'timezone' "
                        "if the mentor lives elsewhere"]


def test_a_location_with_several_zones_asks_for_one():
    _, problems = convert({"timezone": None, "location": "Austin, USA"})
    assert problems == [f"column 'location': no time zone given, and United States has "
                        f"{len(country_zones('US'))} time zones; give the mentor's time zone in "
                        "the column 'timezone', such as 'America/New_York'"]


def test_a_location_without_a_known_place_asks_for_a_zone():
    _, problems = convert({"timezone": None, "location": "Watford"})
    assert problems == ["column 'location': no time zone given, and the location 'Watford' names "
                        "no city or country with one time zone; give the mentor's time zone in "
                        "the column 'timezone', such as 'Europe/Berlin'"]


def test_a_country_in_the_time_zone_column_with_several_zones_is_refused():
    _, problems = convert({"timezone": "Spain"})
    assert problems == [f"column 'timezone': 'Spain' could be any of Spain's "
                        f"{len(country_zones('ES'))} time zones; write the mentor's own, such as "
                        "'Europe/Madrid'"]


def test_a_misspelt_zone_is_refused_with_did_you_mean():
    _, problems = convert({"timezone": "Europe/Berln"})
    assert problems == ["column 'timezone': 'Europe/Berln' is not a time zone in the IANA "
                        "database; did you mean 'Europe/Berlin'?"]


def test_a_missing_required_value_says_where_to_give_it():
    _, problems = convert({"github": None, "goals": None})
    assert problems == [
        "github is missing (GitHub login of the person allowed to edit this file); give it in "
        "the column 'github'",
        "goals is missing (What you can help mentees with); give it in the column 'goals', or "
        "run again with --goals and the ids of the goals these mentors offer"]


def test_goals_from_the_command_line_are_reported():
    values, problems = convert({"goals": None}, default_goals=["technical-growth", "confidence"])
    assert values["goals"] == ["technical-growth", "confidence"]
    assert problems == ["no goals given; technical-growth, confidence from --goals; check them "
                        "with the mentor"]


def test_a_second_value_for_a_single_field_is_refused():
    row = Row(2, "row 2", "signups.csv")
    for name, text in REQUIRED.items():
        row.add(name, Cell(text, f"column '{name}'"))
    row.add("contact.email", Cell("ada@example.org", "'channels[1]'"))
    row.add("contact.email", Cell("ada@work.example.org", "'channels[2]'"))
    convert_row(row, default_program(), str, (), TODAY)
    assert [problem.description() for problem in row.problems] == [
        "'channels[2]': is a second value for contact.email; keep the one the profile should show",
        "'channels[1]': an email address in a public repository stays in its git history, even "
        "after you remove it; consider a contact form or calendar link instead"]

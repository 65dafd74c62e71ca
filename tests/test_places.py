"""Time zones from what people write, from tzdata's own tables and nothing else."""

import pytest

from generator.places import (
    Placed,
    city_zone,
    country_code,
    country_zone,
    country_zones,
    offset_zone,
    zone_for,
    zone_of_location,
)


@pytest.mark.parametrize("typed, zone", [
    ("Europe/Berlin", "Europe/Berlin"),
    ("europe/lisbon", "Europe/Lisbon"),
    ("America/Sao Paulo", "America/Sao_Paulo"),
    ("Lagos", "Africa/Lagos"),
    ("  São Paulo ", "America/Sao_Paulo"),
    ("Buenos Aires", "America/Argentina/Buenos_Aires"),  # the current name, not the old link
    ("UTC+2", "Etc/GMT-2"),
    ("gmt-5", "Etc/GMT+5"),
    ("UTC", "UTC"),
    ("Mars/Olympus", None),
    ("UTC+15", None),
    ("Springfield", None),
])
def test_zone_for_reads_names_offsets_and_cities(typed, zone):
    assert zone_for(typed) == zone


def test_offsets_are_etc_zones_with_posix_signs():
    assert (offset_zone("UTC+5:00"), offset_zone("GMT - 3"), offset_zone("Lagos")) == (
        "Etc/GMT-5", "Etc/GMT+3", None)


@pytest.mark.parametrize("typed, code", [
    ("Germany", "DE"), ("the Netherlands", "NL"), ("UK", "GB"), ("England", "GB"),
    ("Britain (UK)", "GB"), ("South Korea", "KR"), ("Korea (South)", "KR"), ("U.S.A.", "US"),
    ("Bosnia and Herzegovina", "BA"), ("Côte d'Ivoire", "CI"), ("Texas", None), ("GA", None),
])
def test_countries_by_name_and_everyday_alias_never_by_code(typed, code):
    assert country_code(typed) == code


def test_a_country_counts_only_when_all_its_zones_keep_the_same_time():
    assert country_zone("DE") == "Europe/Berlin"  # Busingen keeps Berlin's time
    assert country_zone("IN") == "Asia/Kolkata"
    assert country_zone("ES") is None  # the Canary Islands are an hour behind Madrid
    assert country_zone("US") is None
    assert country_zone("XX") is None


def test_a_city_counts_only_when_one_zone_is_named_after_it():
    assert city_zone("Nairobi") == "Africa/Nairobi"
    assert city_zone("Cambridge") is None


@pytest.mark.parametrize("location, placed", [
    ("London, UK", Placed("Europe/London")),
    ("Amsterdam/Netherlands", Placed("Europe/Amsterdam")),
    ("UK/Birmingham", Placed("Europe/London", "Britain (UK)", ("Europe/London",))),
    ("Chesham, Buckinghamshire, UK", Placed("Europe/London", "Britain (UK)", ("Europe/London",))),
    ("Lagos", Placed("Africa/Lagos")),
    ("Watford", Placed(None)),
    ("", Placed(None)),
])
def test_a_location_names_a_city_or_a_country(location, placed):
    assert zone_of_location(location) == placed


@pytest.mark.parametrize("location, country, code", [
    ("València, Spain", "Spain", "ES"),
    ("Austin, USA", "United States", "US"),
    ("London, Canada", "Canada", "CA"),  # London is a city, but not in Canada
    ("Lagos, Portugal", "Portugal", "PT"),
])
def test_a_location_in_a_country_of_several_zones_has_none(location, country, code):
    assert zone_of_location(location) == Placed(None, country, country_zones(code))
    assert len(country_zones(code)) > 1

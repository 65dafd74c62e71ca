"""Working-day overlap in Python: the rule match.js and the insights page also state."""

from datetime import date

import pytest

from generator.workday import overlap_hours

WINTER = date(2026, 1, 15)
SUMMER = date(2026, 7, 15)


@pytest.mark.parametrize(("zone_a", "zone_b", "day", "hours"), [
    ("Europe/Berlin", "Europe/Berlin", WINTER, 12),
    ("Europe/Berlin", "Europe/London", WINTER, 11),
    ("Europe/Berlin", "America/New_York", WINTER, 6),
    ("Europe/Berlin", "America/New_York", SUMMER, 6),
    ("America/Sao_Paulo", "Europe/Berlin", SUMMER, 7),  # no daylight saving in Brazil
    ("Asia/Tokyo", "America/Los_Angeles", WINTER, 5),
    ("Asia/Tokyo", "America/New_York", SUMMER, 1),
    ("Asia/Tokyo", "Pacific/Auckland", WINTER, 8),  # across the date line, Auckland in summer
    ("Asia/Kolkata", "Europe/London", WINTER, 6.5),  # half-hour offset
    ("Asia/Kathmandu", "Europe/London", WINTER, 6),  # +05:45: 6.25 h, shown to the half hour
])
def test_working_days_overlap(zone_a, zone_b, day, hours):
    assert overlap_hours(zone_a, zone_b, day) == hours == overlap_hours(zone_b, zone_a, day)


def test_chosen_windows_replace_the_working_day():
    evenings = ((17, 22),)
    assert overlap_hours("Europe/Berlin", "Europe/Berlin", WINTER, evenings) == 3
    assert overlap_hours("America/New_York", "Europe/Berlin", WINTER, evenings) == 0
    assert overlap_hours("America/Los_Angeles", "Asia/Tokyo", WINTER, evenings) == 5
    assert overlap_hours("Europe/Berlin", "Europe/Berlin", WINTER, ((22, 2),), ((0, 24),)) == 4

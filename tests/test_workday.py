"""Working-day overlap in Python: the rule match.js and the insights page also state."""

from datetime import date

import pytest

from generator.workday import MeetingWindow, describe_window, overlap_hours, read_window

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


@pytest.mark.parametrize(("written", "days", "shown"), [
    ("weekday-evenings", 0b0011111, "Weekdays 17:00–22:00"),
    ("Weekday evenings", 0b0011111, "Weekdays 17:00–22:00"),
    ("weekends", 0b1100000, "Weekends 09:00–18:00"),
    ("weekdays 18:00-21:00", 0b0011111, "Weekdays 18:00–21:00"),
    ("Sat 10:00 – 14:00", 0b0100000, "Saturdays 10:00–14:00"),
    ("sundays 9:30 to 11:00", 0b1000000, "Sundays 09:30–11:00"),
    ("mon-thu 07:30-09:00", 0b0001111, "Monday to Thursday 07:30–09:00"),
    ("fri-mon 20:00-23:00", 0b1110001, "Friday to Monday 20:00–23:00"),
    ("22:00-02:00", 0b1111111, "Every day 22:00–02:00"),  # a night shift, past midnight
    ("daily 00:00-24:00", 0b1111111, "Every day 00:00–24:00"),
])
def test_meeting_windows_are_read_in_the_words_people_write(written, days, shown):
    window = read_window(written)
    assert isinstance(window, MeetingWindow)
    assert (window.days, window.describe()) == (days, shown)


def test_a_named_window_is_shown_by_its_label():
    assert describe_window("weekday-evenings") == "Weekday evenings (17:00–22:00)"
    assert describe_window("sat 10:00-14:00") == "Saturdays 10:00–14:00"

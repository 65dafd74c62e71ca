"""Schedules: local times, repeats and their ends, the dates they give and the words and RRULE."""

from datetime import datetime

import pytest

from generator.schedule import Schedule

from test_session import VALID_SESSION, check_session

SCHEDULE = "schedule:\n  first: 2026-12-01 18:30\n  every: 2 weeks\n  times: 6\n"


def with_schedule(lines: str) -> str:
    return VALID_SESSION.replace(SCHEDULE, "schedule:\n" + lines)


def schedule_of(lines: str) -> Schedule:
    page, problems = check_session(with_schedule(lines))
    assert problems == []
    return page.session.schedule


@pytest.mark.parametrize(("lines", "message"), [
    ("  first: 2026-12-01\n",
     "9:10: error: schedule.first: '2026-12-01' is not a date and time; write the date and the "
     "local time, such as 2026-03-03 18:00"),
    ("  first: 2026-02-30 18:00\n",
     "9:10: error: schedule.first: '2026-02-30 18:00' is not a date and time; there is no such "
     "day or time of day; check it"),
    ("  first: 2026-12-01T18:30+01:00\n",
     "9:10: error: schedule.first: '2026-12-01T18:30+01:00' is not a date and time; write the "
     "local time as HH:MM, without seconds or an offset: the time zone field says where it is"),
    ("  first: 2996-12-01 18:30\n",
     "9:10: error: schedule.first: 2996-12-01 is more than 10 years from today; check the year"),
    ("  first: 2026-12-01 18:30\n  every: fortnight\n  times: 6\n",
     "10:10: error: schedule.every: 'fortnight' is not a repeat this site knows; write 'week', "
     "'2 weeks' (up to 4) or 'month'"),
    ("  first: 2026-12-01 18:30\n  every: 2 weeks\n  times: 100000\n",
     "11:10: error: schedule.times: is 100,000; the limit is 52; a longer series is 'ongoing': "
     "the site then lists the next dates only"),
    ("  first: 2026-12-01 18:30\n  every: 2 weeks\n",
     "10:10: error: schedule.every: needs an end; add 'times: 6' (how many meetings in all), or "
     "'times: ongoing' for a series with no end"),
    ("  first: 2026-12-01 18:30\n  times: 3\n",
     "10:10: error: schedule.times: needs 'every'; add a line like 'every: 2 weeks', or remove it"),
    ("  every: week\n  times: 3\n",
     "9:3: error: schedule: needs 'first' or 'dates'; add a line like 'first: 2026-03-03 18:00' "
     "under 'schedule:'"),
    ("  first: 2026-12-01 18:30\n  dates: [2026-12-08 18:30]\n",
     "10:10: error: schedule.dates: cannot be given with 'first'; keep 'first' (with 'every' and "
     "'times' to repeat it) or 'dates', not both"),
    ("  dates: [2026-12-08 18:30, 2026-12-08 18:30]\n",
     "9:10: error: schedule.dates: lists 2026-12-08 18:30 twice; remove one"),
    ("  first: 2027-03-28 02:30\n",
     "9:10: error: schedule.first: 2027-03-28 02:30 does not exist in Europe/Berlin: the clocks "
     "go forward then; choose another time"),
    ("  dates: [2027-03-28 02:30]\n",
     "9:11: error: schedule.dates[1]: 2027-03-28 02:30 does not exist in Europe/Berlin: the "
     "clocks go forward then; choose another time"),
])
def test_schedule_mistakes_are_located_with_a_hint(lines, message):
    page, problems = check_session(with_schedule(lines))
    assert page is None
    assert problems == [f"content/circles/circle.md:{message}"]


def test_every_two_weeks_six_times():
    schedule = schedule_of("  first: 2026-12-01 18:30\n  every: 2 weeks\n  times: 6\n")
    assert [f"{moment:%m-%d}" for moment in schedule.local_times()] == [
        "12-01", "12-15", "12-29", "01-12", "01-26", "02-09"]
    assert schedule.in_words() == "every 2 weeks on Tuesday at 18:30, 6 times"
    assert schedule.rrule() == {"FREQ": "WEEKLY", "INTERVAL": 2, "COUNT": 6}


def test_every_month_on_the_same_weekday_of_the_month():
    schedule = schedule_of("  first: 2026-12-08 18:30\n  every: month\n  times: 3\n")
    assert [f"{moment:%Y-%m-%d}" for moment in schedule.local_times()] == [
        "2026-12-08", "2027-01-12", "2027-02-09"]
    assert schedule.in_words() == "every month on the second Tuesday at 18:30, 3 times"
    assert schedule.rrule() == {"FREQ": "MONTHLY", "BYDAY": "2TU", "COUNT": 3}


def test_a_fifth_weekday_repeats_as_the_last_one():
    schedule = schedule_of("  first: 2026-12-29 18:30\n  every: month\n  times: 3\n")
    assert [f"{moment:%Y-%m-%d}" for moment in schedule.local_times()] == [
        "2026-12-29", "2027-01-26", "2027-02-23"]
    assert schedule.in_words() == "every month on the last Tuesday at 18:30, 3 times"
    assert schedule.rrule()["BYDAY"] == "-1TU"


def test_an_ongoing_series_has_no_end_and_no_count():
    schedule = schedule_of("  first: 2026-12-01 18:30\n  every: week\n  times: ongoing\n")
    moments = schedule.local_times()
    assert [next(moments) for _ in range(3)][-1] == datetime(2026, 12, 15, 18, 30)
    assert schedule.ongoing
    assert schedule.in_words() == "every week on Tuesday at 18:30, ongoing"
    assert schedule.rrule() == {"FREQ": "WEEKLY"}


def test_a_list_of_dates_is_met_in_order():
    schedule = schedule_of("  dates:\n    - 2026-12-09 10:00\n    - 2026-12-02 18:00\n")
    assert list(schedule.local_times()) == [datetime(2026, 12, 2, 18), datetime(2026, 12, 9, 10)]
    assert schedule.in_words() == ""
    assert schedule.rrule() is None

"""Calendar files, read back with icalendar and expanded as calendar apps expand them."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import recurring_ical_events
from icalendar import Calendar

from generator.calendar_files import calendar

from test_session import NOW, VALID_SESSION
from test_sessions import load, with_schedule

NAMES = {"ada-example": "Ada Example"}
YEAR = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2028, 1, 1, tzinfo=UTC))


def written(tmp_path, pages: dict[str, str], site_url: str | None = "https://org.example/mentors/"):
    sessions, problems = load(tmp_path, pages)
    assert problems == []
    data = calendar(sessions.all, name="Circles", stamp=NOW, host_names=NAMES, site_url=site_url,
                    page_url=lambda listed: f"https://org.example/mentors/{listed.id}/")
    return sessions, Calendar.from_ical(data), data


def expanded(cal: Calendar) -> list[datetime]:
    return sorted(event.start for event in recurring_ical_events.of(cal).between(*YEAR))


def test_every_meeting_the_site_lists_is_in_the_calendar_at_the_same_instant(tmp_path):
    sessions, cal, _ = written(tmp_path, {
        "circles/weekly.md": with_schedule("  first: 2027-03-16 18:30\n  every: week\n  times: 4\n"),
        "circles/monthly.md": with_schedule("  first: 2027-01-29 09:00\n  every: month\n  times: 3\n"),
        "events/dates.md": with_schedule("  dates: [2027-05-02 10:00, 2027-05-09 11:30]\n")})
    site = sorted(meeting.start for listed in sessions.all for meeting in listed.next)
    assert expanded(cal) == site
    berlin = ZoneInfo("Europe/Berlin")
    assert [f"{moment.astimezone(berlin):%m-%d %H:%M}" for moment in site] == [
        "01-29 09:00", "02-26 09:00", "03-16 18:30", "03-23 18:30", "03-26 09:00",
        "03-30 18:30", "04-06 18:30", "05-02 10:00", "05-09 11:30"]


def test_an_ongoing_series_repeats_without_end_and_each_meeting_lasts_the_duration(tmp_path):
    _, cal, _ = written(tmp_path, {"circles/ongoing.md": with_schedule(
        "  first: 2026-12-01 18:30\n  every: 2 weeks\n  times: ongoing\n")})
    events = recurring_ical_events.of(cal).between(*YEAR)
    assert len(events) == 29  # every other Tuesday from 1 December 2026 to the end of 2027
    assert {event.end - event.start for event in events} == {timedelta(minutes=90)}


def test_the_event_names_its_zone_and_carries_the_page_and_sign_up(tmp_path):
    _, cal, data = written(tmp_path, {"circles/circle.md": VALID_SESSION})
    event = cal.events[0]
    assert event["UID"] == "circle@org.example"
    assert event["SUMMARY"] == "Career changers circle"
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert dict(event["RRULE"]) == {"FREQ": ["WEEKLY"], "INTERVAL": [2], "COUNT": [6]}
    assert event["LOCATION"] == "Online"
    assert event["URL"] == "https://org.example/mentors/circle/"
    assert str(event["DESCRIPTION"]).splitlines() == [
        "Hosted by Ada Example.", "In English.", "Sign up: https://forms.example.org/circle",
        "More: https://org.example/mentors/circle/"]
    assert [zone.tz_name for zone in cal.timezones] == ["Europe/Berlin"]
    assert b"\r\n" in data and all(len(line) <= 75 for line in data.split(b"\r\n"))


def test_text_from_the_page_is_escaped_not_interpreted(tmp_path):
    page = VALID_SESSION.replace("title: Career changers circle",
                                 "title: 'Circle; with, commas\\nand END:VEVENT'").replace(
        "meets: online", "meets: in-person\nplace: 'Hall 1; Room 2, BEGIN:VALARM'")
    _, cal, data = written(tmp_path, {"circles/circle.md": page})
    assert len(cal.events) == 1 and not cal.events[0].subcomponents
    assert cal.events[0]["LOCATION"] == "Hall 1; Room 2, BEGIN:VALARM"
    assert b"SUMMARY:Circle\\; with\\, commas" in data


def test_without_a_site_address_events_still_get_a_stable_uid(tmp_path):
    _, cal, _ = written(tmp_path, {"circles/circle.md": VALID_SESSION}, site_url=None)
    assert cal.events[0]["UID"] == "circle@mentor-directory.invalid"


def test_the_zones_come_in_one_order_so_two_builds_write_one_file(tmp_path):
    _, cal, _ = written(tmp_path, {
        "circles/a.md": with_schedule("  first: 2027-03-16 18:30\n").replace(
            "Europe/Berlin", "America/Bogota"),
        "circles/b.md": with_schedule("  first: 2027-03-17 18:30\n"),
        "circles/c.md": with_schedule("  first: 2027-03-18 18:30\n").replace(
            "Europe/Berlin", "Asia/Kolkata")})
    zones = [str(part["TZID"]) for part in cal.subcomponents if part.name == "VTIMEZONE"]
    assert zones == ["America/Bogota", "Asia/Kolkata", "Europe/Berlin"]

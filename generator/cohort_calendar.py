"""A cohort's milestones as an iCalendar file (RFC 5545), so people add the dates to their calendar.

Written with the `icalendar` library: folding, escaping and line endings follow the standard
without our own code for them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event

from generator.cohorts import Cohort
from generator.translation import _

PRODUCT = "-//Mentor Directory//Cohorts//EN"


def calendar_file(cohort: Cohort, *, site_name: str, host: str, page_url: str | None,
                  today: date) -> bytes:
    """One all-day event per milestone. UIDs stay the same across builds, so a calendar that
    imported the file updates its events when a date changes."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"{site_name}: {cohort.name}")
    stamp = datetime.combine(today, datetime.min.time(), tzinfo=UTC)
    for field, label, day in cohort.milestones():
        event = Event()
        event.add("uid", f"{cohort.id}-{field.replace('_', '-')}@{host}")
        event.add("dtstamp", stamp)
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        event.add("summary", _("{cohort}: {milestone}", cohort=cohort.name, milestone=_(label)))
        if cohort.description:
            event.add("description", cohort.description)
        if page_url:
            event.add("url", page_url)
        event.add("transp", "TRANSPARENT")  # a reminder, not a meeting that makes you busy
        calendar.add_component(event)
    return calendar.to_ical()

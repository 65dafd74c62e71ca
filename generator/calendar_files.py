"""iCalendar (RFC 5545) files of sessions, written with the `icalendar` library.

One event per session: its first meeting with the session's time zone (TZID, with a VTIMEZONE the
library derives from the zone database), its recurrence as an RRULE or its other dates as RDATEs,
so calendar apps show every meeting at the right local time across daylight-saving changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from babel.lists import format_list
from icalendar import Calendar, Event, vRecur

from generator.languages import languages
from generator.schedule import MAX_YEARS
from generator.session import MEETS
from generator.sessions import ListedSession
from generator.translation import _, active

PRODUCT = "-//Mentor Directory//Sessions//EN"


def calendar(sessions: Iterable[ListedSession], *, name: str, stamp: datetime,
             page_url: Callable[[ListedSession], str | None], host_names: dict[str, str],
             site_url: str | None = None) -> bytes:
    """A calendar holding one event per session; `page_url` gives a session page's address."""
    cal = Calendar()
    cal.add("prodid", PRODUCT)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    domain = urlsplit(site_url).hostname if site_url else None
    earliest = stamp.date()
    for listed in sessions:
        cal.add_component(_event(listed, stamp, page_url(listed), host_names,
                                 domain or "mentor-directory.invalid"))
        earliest = min(earliest, listed.first.start.date())
    # Zone rules for every meeting: from the first listed to as far ahead as dates may be written.
    cal.add_missing_timezones(first_date=earliest - timedelta(days=1),
                              last_date=date(stamp.year + MAX_YEARS + 1, 1, 1))
    # icalendar adds the zones in no fixed order: sorted, two builds of one site write one file.
    zones = sorted((part for part in cal.subcomponents if part.name == "VTIMEZONE"),
                   key=lambda zone: str(zone["TZID"]))
    cal.subcomponents[:] = [*zones, *(part for part in cal.subcomponents
                                      if part.name != "VTIMEZONE")]
    return cal.to_ical()


def _event(listed: ListedSession, stamp: datetime, url: str | None, host_names: dict[str, str],
           domain: str) -> Event:
    session = listed.session
    zone = ZoneInfo(session.timezone)
    starts = [local.replace(tzinfo=zone) for local in session.schedule.dates] or [
        listed.first.start]
    event = Event()
    event.add("uid", f"{listed.id}@{domain}")
    event.add("dtstamp", stamp)
    event.add("summary", session.title)
    event.add("dtstart", min(starts))
    event.add("duration", timedelta(minutes=session.duration))
    rule = session.schedule.rrule()
    if rule:
        event.add("rrule", vRecur(rule))
    for start in sorted(starts)[1:]:
        event.add("rdate", start)
    event.add("location", session.place or _(MEETS["online"]))
    event.add("description", _description(listed, url, host_names))
    event.add("status", "CONFIRMED")
    if url:
        event.add("url", url)
    return event


def _description(listed: ListedSession, url: str | None, host_names: dict[str, str]) -> str:
    """Plain text: who hosts it, in which languages, how to sign up and where to read more."""
    session = listed.session
    people = [host_names.get(host, host) for host in session.hosts] + list(session.speakers)
    spoken = [languages().shown(code) for code in session.languages]
    lines = [_("Hosted by {people}.", people=format_list(people, locale=active().formats)),
             _("In {languages}.", languages=format_list(spoken, locale=active().formats)),
             _("Sign up: {address}", address=session.signup)]
    if url:
        lines.append(_("More: {address}", address=url))
    return "\n".join(lines)


__all__ = ["calendar"]

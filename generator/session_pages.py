"""HTML for sessions: the list of upcoming ones, the archive, each session's page and the sessions
a mentor hosts, rendered with the same autoescaping environment as the mentor pages.

Times are written in the session's own zone, so the page reads right without scripts; the page
script rewrites each `<time data-session-time>` into the visitor's zone, with the session's beside.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from babel.dates import get_day_names
from markupsafe import Markup

from generator.bio import render_bio
from generator.directory import Directory, Mentor
from generator.languages import languages
from generator.pages import _environment
from generator.program import Entry
from generator.session import KINDS, MEETS
from generator.sessions import ListedSession, Meeting, Sessions
from generator.translation import _, active, ngettext
from generator.workday import clock

Link = Callable[[str], str]  # a file's src_uri ("mentors/ada.md") -> its URL from the current page


@dataclass(frozen=True)
class Facts:
    """What a session's card and page show beside its title, worked out once."""

    kind: str
    meets: str
    rule: str  # "every 2 weeks on Tuesday at 18:30, ongoing", or "" for set dates
    goals: list[Entry]
    languages: list[str]
    places: str  # "2 of 6 places left", "All 6 places are taken", "No limit on places"
    state: str  # open, full, closed or past: the status colour
    status: str  # the sentence beside the colour


def facts(listed: ListedSession, directory: Directory) -> Facts:
    session = listed.session
    program = directory.program
    left = session.places_left
    if left is None:
        places = _("No limit on places")
    else:
        assert session.places is not None  # only a session with places has places left
        places = (ngettext("The {count} place is taken", "All {count} places are taken",
                           session.places) if left == 0 else
                  ngettext("{left} of {count} place left", "{left} of {count} places left",
                           session.places, left=active().number(left)))
    if listed.past:
        state, status = "past", _("Ended on {day}", day=_day(listed.last or listed.first))
    elif listed.signup_closed and session.signup_closes is not None:
        state, status = "closed", _("Sign-ups closed on {day}",
                                    day=_long_day(session.signup_closes))
    elif left == 0:
        state, status = "full", places
    else:
        state, status = "open", places
    return Facts(_(KINDS[session.kind]), _(MEETS[session.meets]), session.schedule.in_words(),
                 [program.entry("goals", goal) for goal in session.goals],
                 [languages().shown(code) for code in session.languages], places, state, status)


def _long_day(day: date) -> str:
    """'Tuesday 1 December 2026'."""
    # Translators: a day of the week and a date, such as "Tuesday 1 December 2026".
    return _("{weekday} {date}", weekday=get_day_names("wide", locale=active().formats)[
        day.weekday()], date=active().day(day))


def _day(meeting: Meeting) -> str:
    return _long_day(meeting.start.date())


def when(meeting: Meeting) -> str:
    """A meeting as its own zone's clock shows it: 'Tuesday 1 December 2026, 18:30–19:45'."""
    start, end = meeting.start, meeting.end
    if end.date() == start.date():
        # Translators: a meeting's day and its start and end times, "Tuesday 1 December 2026,
        # 18:30–19:45".
        return _("{day}, {start}–{end}", day=_day(meeting), start=_time(start), end=_time(end))
    # Translators: a meeting that ends on the next day: "Tuesday 1 December 2026, 23:00–Wednesday
    # 2 December 2026, 00:30".
    return _("{day}, {start}–{end_day}, {end}", day=_day(meeting), start=_time(start),
             end_day=_long_day(end.date()), end=_time(end))


def _time(moment: datetime) -> str:
    return clock(moment.hour * 60 + moment.minute)


def length(minutes: int) -> str:
    """'75 minutes', '1 hour', '1 hour 30 minutes'."""
    hours, rest = divmod(minutes, 60)
    if not rest:
        return ngettext("{count} hour", "{count} hours", hours)
    if not hours:
        return ngettext("{count} minute", "{count} minutes", rest)
    # Translators: a length of time such as "1 hour 30 minutes".
    return _("{hours} {minutes}", hours=ngettext("{count} hour", "{count} hours", hours),
             minutes=ngettext("{count} minute", "{count} minutes", rest))


def _instant(moment: datetime) -> str:
    return moment.isoformat(timespec="minutes")


def _render(template: str, **context: object) -> str:
    """A session template, with the helpers every one of them uses."""
    return _environment().get_template(template).render(when=when, instant=_instant, **context)


def render_list(sessions: Sessions, directory: Directory, link: Link, *, archive: str,
                calendar: str) -> str:
    """The "Circles and events" page: upcoming sessions, the filters, the archive link."""
    upcoming = sessions.upcoming
    program = directory.program
    used_goals = {goal for listed in upcoming for goal in listed.session.goals}
    used_languages = sorted({code for listed in upcoming for code in listed.session.languages})
    return _render(
        "sessions.html",
        cards=[(listed, facts(listed, directory), link(listed.src_uri)) for listed in upcoming],
        kinds=[(kind, _(label)) for kind, label in KINDS.items()
               if any(listed.session.kind == kind for listed in upcoming)],
        goals=[entry for entry in program.goals if entry.id in used_goals],
        languages=[(code, languages().shown(code)) for code in used_languages],
        archive=archive, archived=len(sessions.past), calendar=calendar,
        names=mentor_names(directory),
    )


def render_archive(sessions: Sessions, directory: Directory, link: Link, *, back: str) -> str:
    """Sessions whose last meeting has ended, the most recent first."""
    return _render(
        "session_archive.html",
        cards=[(listed, facts(listed, directory), link(listed.src_uri))
               for listed in sessions.past], back=back, names=mentor_names(directory))


def render_session(listed: ListedSession, directory: Directory, link: Link, *, back: str,
                   calendar: str, guides: dict[str, str], edit_url: str | None) -> str:
    """One session's page: status and sign-up, next dates, description, hosts and facts."""
    mentors = {mentor.id: mentor for mentor in directory.mentors}
    hosts: list[tuple[Mentor, str]] = [(mentors[host], link(f"mentors/{host}.md"))
                                       for host in listed.session.hosts]
    return _render(
        "session.html",
        listed=listed, session=listed.session, facts=facts(listed, directory), hosts=hosts,
        description=Markup(render_bio(listed.description)), back=back, calendar=calendar,
        guides=guides, length=length(listed.session.duration), long_day=_long_day,
        edit_url=edit_url, skills=[directory.program.entry("skills", skill)
                               for skill in listed.session.skills])


def render_hosting(hosted: tuple[ListedSession, ...], directory: Directory, link: Link,
                   name: str) -> Markup:
    """The sessions one mentor hosts, for their profile page; nothing when there are none."""
    if not hosted:
        return Markup("")
    return Markup(_render(
        "session_hosting.html",
        cards=[(listed, facts(listed, directory), link(listed.src_uri)) for listed in hosted],
        name=name, names=mentor_names(directory)))


def mentor_names(directory: Directory) -> dict[str, str]:
    """Each mentor's name by id: made once per directory (each host's page asks for it)."""
    global _NAMES
    if _NAMES is None or _NAMES[0] is not directory:
        _NAMES = directory, {mentor.id: mentor.profile.name for mentor in directory.mentors}
    return _NAMES[1]


_NAMES: tuple[Directory, dict[str, str]] | None = None  # the last directory's (it is frozen)


__all__ = ["mentor_names", "render_archive", "render_hosting", "render_list", "render_session",
           "when"]

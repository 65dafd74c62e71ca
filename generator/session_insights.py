"""Insights on group sessions: how hosting adds to a mentor's load, and which goals have circles.

Kept apart from `insights.py` (figures from profiles alone): these figures need the sessions too.
A host's load counts their one-on-one mentees and the upcoming sessions they host together, so a
mentor who is full with mentees and runs two circles is seen as carrying both.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from generator.directory import Directory
from generator.insights import HEAVY_LOAD
from generator.pages import _environment
from generator.program import Entry
from generator.session import KINDS
from generator.sessions import Sessions

SOON = timedelta(weeks=4)  # "meetings in the next four weeks"


@dataclass(frozen=True)
class HostLoad:
    """One host's group sessions beside their one-on-one mentees."""

    id: str
    name: str
    mentees: int
    sessions: int  # upcoming sessions they host
    meetings_soon: int  # meetings of those sessions in the next four weeks

    @property
    def heavy(self) -> bool:
        return self.mentees + self.sessions >= HEAVY_LOAD


@dataclass(frozen=True)
class SessionFigures:
    """What the insights page shows about group sessions."""

    kinds: dict[str, int]  # upcoming sessions by kind
    hosts: list[HostLoad]  # most loaded first
    circles: list[tuple[Entry, int]]  # goals with upcoming circles, and how many
    no_circle: list[Entry]  # goals without one


def session_figures(sessions: Sessions, directory: Directory) -> SessionFigures:
    upcoming = sessions.upcoming
    soon = sessions.now + SOON
    hosts = []
    for mentor in directory.mentors:
        hosted = [listed for listed in upcoming if mentor.id in listed.session.hosts]
        if hosted:
            hosts.append(HostLoad(
                mentor.id, mentor.profile.name, mentor.profile.availability.mentees or 0,
                len(hosted), sum(1 for listed in hosted for meeting in listed.next
                                 if meeting.start < soon)))
    hosts.sort(key=lambda host: (-(host.mentees + host.sessions), host.name))
    circles = [listed for listed in upcoming if listed.session.kind == "circle"]
    counts = [(goal, sum(1 for listed in circles if goal.id in listed.session.goals))
              for goal in directory.program.goals]
    return SessionFigures(
        kinds={kind: sum(1 for listed in upcoming if listed.session.kind == kind) for kind in KINDS},
        hosts=hosts,
        circles=[(goal, count) for goal, count in counts if count],
        no_circle=[goal for goal, count in counts if not count])


def render_session_insights(sessions: Sessions, directory: Directory, list_link: str) -> str:
    """The insights page's section on group sessions."""
    return _environment().get_template("session_insights.html").render(
        figures=session_figures(sessions, directory), kinds=KINDS, heavy_load=HEAVY_LOAD,
        total=len(sessions.upcoming), list_link=list_link)


__all__ = ["HostLoad", "SessionFigures", "render_session_insights", "session_figures"]

"""Insights on group sessions: hosting counted with mentees, and goals with and without circles."""

from generator.session_insights import render_session_insights, session_figures

from conftest import VALID_PROFILE
from test_session import VALID_SESSION
from test_sessions import load, mentors, with_schedule

BUSY = VALID_PROFILE + "availability:\n  capacity: 3\n  mentees: 3\n"


def test_hosting_counts_with_mentees_and_circles_cover_their_goals(tmp_path):
    sessions, _ = load(tmp_path, profile=BUSY, pages={
        "circles/changers.md": VALID_SESSION,
        "events/talk.md": VALID_SESSION.replace("kind: circle", "kind: event").replace(
            "goals: [career-change]", "goals: [networking]"),
        "circles/over.md": with_schedule("  first: 2026-01-05 10:00\n").replace(
            "goals: [career-change]", "goals: [negotiation]")})
    directory = mentors(tmp_path, BUSY)
    figures = session_figures(sessions, directory)
    assert figures.kinds == {"circle": 1, "office-hours": 0, "event": 1}
    (host,) = figures.hosts
    assert (host.name, host.mentees, host.sessions, host.meetings_soon, host.heavy) == (
        "Ada Example", 3, 2, 4, True)
    assert [(goal.id, count) for goal, count in figures.circles] == [("career-change", 1)]
    assert "negotiation" in [goal.id for goal in figures.no_circle]
    html = render_session_insights(sessions, directory, "../sessions/")
    assert "<th scope=\"row\">Ada Example</th><td>3</td><td>2</td><td>4</td><td>Heavy: check in</td>" in html
    assert "Goals with an upcoming circle: Changing careers (1)." in html

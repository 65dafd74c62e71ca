"""The cohorts setting: located problems, which cohort the banner shows, the calendar file, and a
real build with the banner, the cohort page and the .ics files."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from generator.cohort_calendar import calendar_file
from generator.cohorts import featured, load_cohorts
from generator.program import default_program

from conftest import VALID_PROFILE
from sites import FIXTURE_CONFIG, build, make_site

COHORT = """\
        - id: {id}
          name: {name}
          applications_open: {open}
          applications_close: {close}
          kickoff: {kickoff}
          midpoint: {midpoint}
          closing: {closing}
          application: https://forms.example.org/{id}
          places: 20
"""


def cohort_yaml(cohort_id: str, start: date, name: str | None = None) -> str:
    """A cohort whose applications open on `start`, with every later milestone in order."""
    return COHORT.format(id=cohort_id, name=name or f"Cohort {cohort_id}", open=start,
                         close=start + timedelta(days=14), kickoff=start + timedelta(days=30),
                         midpoint=start + timedelta(days=120), closing=start + timedelta(days=200))


def config(*cohorts: str) -> str:
    return FIXTURE_CONFIG.replace("  - mentor-directory\n", "  - mentor-directory:\n"
                                  "      cohorts:\n" + "".join(cohorts))


def load(tmp_path: Path, text: str):
    path = tmp_path / "mkdocs.yml"
    path.write_text(text)
    return load_cohorts(path, "mkdocs.yml", [], default_program())


def test_a_valid_setting_gives_cohorts_in_date_order(tmp_path):
    cohorts, problems = load(tmp_path, config(cohort_yaml("autumn", date(2027, 8, 1)),
                                              cohort_yaml("spring", date(2027, 1, 11))))
    assert problems == []
    assert [cohort.id for cohort in cohorts] == ["spring", "autumn"]
    assert cohorts[0].applications_close == date(2027, 1, 25)


def test_problems_are_located_in_mkdocs_yml(tmp_path):
    text = config(cohort_yaml("spring", date(2027, 1, 11))
                  .replace("kickoff: 2027-02-10", "kickoff: 2027-01-20")
                  .replace("places: 20", "places: twenty\n          colour: red"),
                  cohort_yaml("spring", date(2027, 8, 1)).replace("2027-08-01", "1 August"))
    cohorts, problems = load(tmp_path, text)
    assert cohorts == ()
    assert [problem.text() for problem in problems] == [
        "mkdocs.yml:27:11: error: cohorts[1].colour: unknown key; the fields are: id, name, "
        "applications_open, applications_close, kickoff, midpoint, closing, application, "
        "places, description",
        "mkdocs.yml:26:19: error: cohorts[1].places: 'twenty' is not a whole number; write "
        "digits only, without quotes, such as 3",
        "mkdocs.yml:30:30: error: cohorts[2].applications_open: '1 August' is not a date; write "
        "it as YYYY-MM-DD, such as 2026-03-01",
        "mkdocs.yml:28:11: error: cohorts[2].id: 'spring' is also the id of cohort 1; give each "
        "cohort its own id",
    ]
    fixed = text.replace("places: twenty\n          colour: red", "places: 20").replace(
        "1 August", "2027-08-01")
    _, problems = load(tmp_path, fixed)
    assert [problem.text() for problem in problems] == [
        "mkdocs.yml:22:20: error: cohorts[1].kickoff: 2027-01-20 is before applications_close "
        "(2027-01-25); kickoff session must come after applications close",
        "mkdocs.yml:27:11: error: cohorts[2].id: 'spring' is also the id of cohort 1; give each "
        "cohort its own id",
    ]


def test_a_repeated_key_is_reported(tmp_path):
    text = config(cohort_yaml("spring", date(2027, 1, 11)) + "          name: Again\n")
    _, problems = load(tmp_path, text)
    assert [problem.text() for problem in problems] == [
        "mkdocs.yml:27:11: error: cohorts[1].name: appears twice (first on line 19); keep one "
        "of them"]


def test_the_banner_shows_open_applications_then_the_next_then_one_under_way(tmp_path):
    cohorts, _ = load(tmp_path, config(cohort_yaml("a", date(2027, 1, 11)),
                                       cohort_yaml("b", date(2027, 8, 1))))
    assert featured(cohorts, date(2026, 12, 1)).id == "a"  # upcoming
    assert featured(cohorts, date(2027, 1, 25)).id == "a"  # last day of applications
    assert featured(cohorts, date(2027, 1, 26)).id == "b"  # a under way, b next
    assert featured(cohorts, date(2027, 8, 5)).id == "b"
    assert featured(cohorts, date(2028, 2, 17)).id == "b"  # closing day of b
    assert featured(cohorts, date(2028, 2, 18)) is None


def test_the_calendar_file_has_one_event_per_milestone(tmp_path):
    (cohort,), _ = load(tmp_path, config(cohort_yaml("spring", date(2027, 1, 11),
                                                     "Spring, with a comma")))
    data = calendar_file(cohort, site_name="Fixture program", host="example.org",
                         page_url="https://example.org/cohorts/", today=date(2026, 11, 30))
    assert data.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    events = Calendar.from_ical(data).walk("VEVENT")
    assert [(str(event["SUMMARY"]), event["DTSTART"].dt, str(event["UID"])) for event in events] \
        == [("Spring, with a comma: Applications open", date(2027, 1, 11),
             "spring-applications-open@example.org"),
            ("Spring, with a comma: Applications close", date(2027, 1, 25),
             "spring-applications-close@example.org"),
            ("Spring, with a comma: Kickoff session", date(2027, 2, 10),
             "spring-kickoff@example.org"),
            ("Spring, with a comma: Mid-point check-in", date(2027, 5, 11),
             "spring-midpoint@example.org"),
            ("Spring, with a comma: Closing celebration", date(2027, 7, 30),
             "spring-closing@example.org")]
    assert all(event["DTEND"].dt - event["DTSTART"].dt == timedelta(days=1) for event in events)
    assert b"SUMMARY:Spring\\, with a comma: Applications open\r\n" in data


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    today = date.today()
    folder = make_site(tmp_path_factory.mktemp("cohorts"), {"ada.yml": VALID_PROFILE}, config(
        cohort_yaml("now", today - timedelta(days=3), "Open <b>now</b>"),
        cohort_yaml("later", today + timedelta(days=60)),
        cohort_yaml("past", today - timedelta(days=400))))
    (folder / "content" / "index.md").write_text(
        "# Home\n\n<!-- mentor-directory:cohort-banner -->\n\n[Cohorts](cohorts.md)\n")
    result = build(folder, "--strict")
    assert result.returncode == 0, result.stderr
    return folder / "site"


def test_home_and_directory_show_the_banner(site):
    close = (date.today() + timedelta(days=11))
    expected = f"Applications are open until {close.day} {close:%B %Y}. 20 places."
    home = (site / "index.html").read_text()
    assert '<p class="admonition-title">Open &lt;b&gt;now&lt;/b&gt;</p>' in home
    assert expected in home
    assert '<a class="md-button" href="cohorts/#cohort-now">Dates and calendar</a>' in home
    assert ('<a class="md-button md-button--primary" href="https://forms.example.org/now" '
            'rel="noopener noreferrer">Apply for Open &lt;b&gt;now&lt;/b&gt;</a>') in home
    directory = (site / "mentors" / "index.html").read_text()
    assert '<a class="md-button" href="../cohorts/#cohort-now">' in directory
    assert directory.index("<h1>") < directory.index("mdir-cohort-banner") < directory.index(
        "data-directory-form")


def test_the_cohort_page_shows_each_timeline_and_links_its_calendar(site):
    page = (site / "cohorts" / "index.html").read_text()
    assert page.index('id="cohort-now"') < page.index('id="cohort-later"')
    started = date.today() - timedelta(days=3)
    assert (f'<li class="mdir-timeline__past"><time datetime="{started.isoformat()}">'
            f"{started.day} {started:%B %Y}</time>: Applications open (done)</li>") in page
    assert '<a href="now.ics" download>Add these dates to your calendar (.ics)</a>' in page
    assert "<li>Cohort past: " in page
    assert (site / "cohorts" / "now.ics").read_bytes().count(b"BEGIN:VEVENT") == 5


def test_a_bad_setting_stops_the_build_with_located_problems(tmp_path):
    folder = make_site(tmp_path, {"ada.yml": VALID_PROFILE},
                       config(cohort_yaml("x", date(2027, 1, 11)).replace("2027-01-11", "soon")))
    result = build(folder)
    assert result.returncode != 0
    assert ("mentor-directory: the cohorts setting has problems:\nmkdocs.yml:20:30: error: "
            "cohorts[1].applications_open: 'soon' is not a date; write it as YYYY-MM-DD, such as "
            "2026-03-01") in result.stderr

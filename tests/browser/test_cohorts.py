"""The formal track in Chromium: the cohort banner on the home page and the directory, the
cohort page's timeline, and its calendar file, on a fixture site under a sub-path."""

from datetime import date, timedelta

import pytest
from icalendar import Calendar

from conftest import VALID_PROFILE
from sites import build, make_site
from test_cohorts import cohort_yaml, config

from .conftest import axe_violations, directory_ready, serve

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def cohort_site(tmp_path_factory):
    today = date.today()
    folder = make_site(tmp_path_factory.mktemp("cohort-site"), {"ada.yml": VALID_PROFILE}, config(
        cohort_yaml("spring", today - timedelta(days=2), "Spring cohort"),
        cohort_yaml("autumn", today + timedelta(days=90), "Autumn cohort")))
    (folder / "content" / "index.md").write_text(
        "# Home\n\n<!-- mentor-directory:search-box -->\n\n"
        "<!-- mentor-directory:cohort-banner -->\n")
    result = build(folder, "--strict")
    assert result.returncode == 0, result.stderr
    server, url = serve(folder / "site")
    yield url
    server.shutdown()


def test_from_the_home_banner_to_the_timeline_and_the_calendar(page, cohort_site):
    page.goto(cohort_site)
    banner = page.get_by_role("region", name="Next cohort")
    assert banner.locator(".admonition-title").inner_text() == "Spring cohort"
    apply = banner.get_by_role("link", name="Apply for Spring cohort")
    assert apply.get_attribute("href") == "https://forms.example.org/spring"
    banner.get_by_role("link", name="Dates and calendar").click()
    page.wait_for_url(cohort_site + "cohorts/#cohort-spring")
    assert page.locator("#cohort-spring").is_visible()
    steps = page.locator("#cohort-spring ~ ol.mdir-timeline").first.locator("li")
    assert steps.count() == 5
    assert steps.first.inner_text().endswith(": Applications open (done)")
    assert steps.nth(2).inner_text().endswith(": Kickoff session")
    link = page.get_by_role("link", name="Add these dates to your calendar (.ics)").first
    response = page.request.get(link.evaluate("link => link.href"))
    assert response.ok and response.headers["content-type"] == "text/calendar"
    events = Calendar.from_ical(response.body()).walk("VEVENT")
    assert [str(event["SUMMARY"]) for event in events][-1] == "Spring cohort: Closing celebration"
    assert axe_violations(page) == []


def test_the_directory_shows_the_banner_under_its_heading(page, cohort_site):
    page.goto(cohort_site + "mentors/")
    directory_ready(page)
    banner = page.get_by_role("region", name="Next cohort")
    assert "Applications are open until" in banner.inner_text()
    box = banner.bounding_box()
    assert page.locator("h1").bounding_box()["y"] < box["y"] < page.locator(
        "[data-directory-search]").bounding_box()["y"]
    assert axe_violations(page) == []

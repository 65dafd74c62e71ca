"""Circles, office hours and events in Chromium: the list and its filters, a session's page in the
visitor's time zone, a host's profile, the directory's links, axe on each, and hostile pages."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect

from conftest import VALID_PROFILE
from sites import build, make_site
from test_hostile_sessions import EXPECTED, HOSTILE

from .conftest import directory_ready, page_violations, serve
from .test_hostile import FIND_ACTIVE_PARTS

SESSION = "circles/career-changers/"
CARDS = "[data-session-list] > [data-session-id]"


def shown_cards(page) -> list[str]:
    return page.locator(CARDS).evaluate_all(
        "cards => cards.filter(card => !card.hidden).map(card => card.dataset.sessionId)")


def list_ready(page) -> None:
    page.wait_for_selector("[data-session-filters]:not([hidden])")


def times_ready(page) -> None:
    page.wait_for_selector("time[data-session-time][data-localised]")


def links_ready(page) -> None:
    directory_ready(page)
    page.wait_for_function("() => window.mentorDirectorySessions")
    page.evaluate("window.mentorDirectorySessions.ready")


def test_the_list_filters_by_kind_goal_language_and_places(page, sample_site):
    page.goto(sample_site + "sessions/")
    list_ready(page)
    assert sorted(shown_cards(page)) == ["ask-about-visibility", "career-changers", "returners",
                                         "story-sessions"]
    status = page.locator("[data-session-count]")
    assert status.get_attribute("role") == "status"
    page.get_by_label("Kind").select_option("circle")
    assert sorted(shown_cards(page)) == ["career-changers", "returners"]
    assert status.inner_text() == "2 upcoming sessions match."
    page.get_by_label("Only sessions with places left").check()
    assert shown_cards(page) == ["career-changers"]
    page.wait_for_url(sample_site + "sessions/?kind=circle&places=open")
    page.get_by_label("Kind").select_option("")
    page.get_by_label("Language").select_option("mi")
    assert shown_cards(page) == ["story-sessions"]
    page.get_by_label("Helps with").select_option("returning-to-work")
    assert shown_cards(page) == []
    assert status.inner_text() == "No upcoming session matches. Try fewer filters."
    page.goto(sample_site + "sessions/?goal=career-change")  # a shared address keeps its filters
    list_ready(page)
    assert shown_cards(page) == ["career-changers"]


def test_a_session_page_shows_its_dates_in_the_visitors_zone(browser, sample_site):
    context = browser.new_context(timezone_id="Asia/Tokyo")
    page = context.new_page()
    page.goto(sample_site + SESSION)
    times_ready(page)
    first = page.locator("time[data-session-time]").first
    start = datetime.fromisoformat(first.get_attribute("datetime"))
    tokyo, london = start.astimezone(ZoneInfo("Asia/Tokyo")), start.astimezone(ZoneInfo("Europe/London"))

    def day(moment):  # a full date as Intl writes it in the English of the site (en-GB)
        return f"{moment:%A}, {moment.day} {moment:%B %Y}"

    assert first.inner_text().startswith(f"{day(tokyo)}, {tokyo:%H:%M}–")
    assert first.inner_text().endswith(", your time")
    beside = page.locator("time[data-session-time] + .mdir-session__zone").first.inner_text()
    assert beside.startswith(f" ({day(london)}, {london:%H:%M}–") or beside.startswith(
        f"({day(london)}, {london:%H:%M}–")
    assert beside.endswith("in Europe/London)")
    assert page.locator("[data-session-zone-note]").inner_text() == (
        "Times are shown in your time zone (Asia/Tokyo), with the session's beside them.")
    assert page.get_by_role("link", name="Sign up").get_attribute("href") == (
        "https://forms.example.org/career-changers-circle")
    context.close()


def test_without_scripts_dates_are_in_the_sessions_own_zone(browser, sample_site):
    context = browser.new_context(java_script_enabled=False, timezone_id="Asia/Tokyo")
    page = context.new_page()
    page.goto(sample_site + SESSION)
    first = page.locator("time[data-session-time]").first
    start = datetime.fromisoformat(first.get_attribute("datetime")).astimezone(
        ZoneInfo("Europe/London"))
    assert first.inner_text().startswith(f"{start:%A} {start.day} {start:%B %Y}, {start:%H:%M}–")
    assert first.inner_text().endswith(" (Europe/London)")
    assert page.locator("[data-session-zone-note]").inner_text() == (
        "Times are in Europe/London time.")
    context.close()


def test_the_calendar_file_and_every_link_resolve_under_the_sub_path(page, sample_site):
    page.goto(sample_site + SESSION)
    hrefs = page.locator(".mdir-session-page a[href]").evaluate_all("links => links.map(l => l.href)")
    site = urlsplit(sample_site)
    local = sorted({href for href in hrefs if urlsplit(href).netloc == site.netloc})
    assert sample_site + "sessions/career-changers.ics" in local
    for href in local:
        assert urlsplit(href).path.startswith(site.path), href
        response = page.request.get(urljoin(href, urlsplit(href).path))
        assert response.status == 200, href
    calendar = page.request.get(sample_site + "sessions/career-changers.ics").text()
    assert "RRULE:FREQ=WEEKLY;INTERVAL=2" in calendar and "TZID=Europe/London" in calendar


def test_a_hosts_profile_lists_their_sessions_and_leads_to_them(page, sample_site):
    page.goto(sample_site + "mentors/efua-boateng/")
    section = page.get_by_role("region", name="Circles and events")
    section.get_by_role("link", name="Career changers circle").click()
    page.wait_for_url(sample_site + SESSION)
    page.get_by_role("link", name="Efua Boateng").click()
    page.wait_for_url(sample_site + "mentors/efua-boateng/")


def test_the_directory_offers_circles_and_events_for_a_search(page, sample_site):
    page.goto(sample_site + "mentors/?search=circle+for+career+changers")
    links_ready(page)
    box = page.locator("[data-session-links]")
    assert box.is_visible()
    assert box.get_by_role("heading").inner_text() == "Circles and events for this"
    box.get_by_role("link", name="Career changers circle").wait_for()
    # Typing a new search updates the links as the results change.
    search = page.locator("[data-directory-search]")
    search.fill("back after a career break")
    expect(box.locator("li a")).to_have_text(["Returners circle"])
    search.fill("kubernetes")
    expect(box).to_be_hidden()
    page.goto(sample_site + "mentors/?goals=networking")
    links_ready(page)
    assert sorted(box.locator("li a").all_inner_texts()) == [
        "Ask about visibility and conference talks", "Story sessions: many paths into tech"]


PAGES = {
    "session list": ("sessions/", list_ready),
    "session list, filtered to nothing": ("sessions/?goal=returning-to-work&places=open", list_ready),
    "session page": (SESSION, times_ready),
    "full session page": ("circles/returners/", times_ready),
    "past session page": ("circles/leadership-presence/", None),
    "archive": ("sessions/archive/", None),
    "host's profile": ("mentors/efua-boateng/", times_ready),
    "directory with session links": ("mentors/?search=career+change", links_ready),
    "insights": ("insights/", None),
}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", PAGES)
def test_no_axe_violations(browser, sample_site, name, scheme):
    path, prepare = PAGES[name]
    assert page_violations(browser, sample_site + path, prepare, scheme) == []


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """The inert hostile pages, hosted by ada-example, built strictly and served."""
    folder = make_site(tmp_path_factory.mktemp("hostile-sessions"), {
        "ada-example.yml": VALID_PROFILE})
    (folder / "content" / "circles").mkdir()
    for name in EXPECTED["inert"]:
        (folder / "content" / "circles" / name).write_text(
            (HOSTILE / "inert" / name).read_text(encoding="utf-8"), encoding="utf-8")
    result = build(folder, "--strict")
    assert result.returncode == 0, result.stderr
    server, url = serve(folder / "site")
    yield url
    server.shutdown()


TITLES = {"markup-everywhere": '<img src=x onerror="window.__pwned=1" id=pwned-title> circle',
          "template-syntax": "{{ 7*7 }} {% raw %} ${7*7} circle"}


@pytest.mark.parametrize("path", ["circles/markup-everywhere/", "circles/template-syntax/",
                                  "sessions/", "mentors/ada-example/",
                                  "mentors/?search=career+change"])
def test_hostile_session_text_stays_text(page, hostile_site, path):
    page.goto(hostile_site + path)
    if path.startswith("mentors/?"):
        links_ready(page)
        assert sorted(page.locator("[data-session-links] li a").all_inner_texts()) == sorted(
            TITLES.values())
    else:
        times_ready(page)
    assert page.evaluate(FIND_ACTIVE_PARTS) == []
    if path.startswith("circles/"):
        assert page.locator(".mdir-session-page h1").inner_text() == TITLES[path.split("/")[1]]

"""The sample site in Chromium, as a mentee and a mentor meet it, under a GitHub Pages sub-path."""

from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import expect

from conftest import CONTACT, VALID_PROFILE
from sites import SAMPLE, build, make_site
from test_site import HOSTILE

from .conftest import directory_ready, serve

SAMPLE_IDS = sorted(path.stem for path in (SAMPLE / "mentors").glob("*.yml"))


def test_directory_finds_every_sample_mentor(page, sample_site):
    page.goto(sample_site + "mentors/")
    directory_ready(page)
    everyone = page.evaluate("window.mentorDirectory.search('', {accepting: false})")
    assert sorted(result["id"] for result in everyone) == SAMPLE_IDS
    page.get_by_label("Only mentors accepting new mentees").uncheck()
    page.wait_for_url(sample_site + "mentors/?accepting=all")
    cards = page.locator("[data-directory-results] [data-mentor-id]")
    assert sorted(cards.evaluate_all("cards => cards.map(card => card.dataset.mentorId)")) == SAMPLE_IDS
    assert page.title() == "Find a mentor - Mentor Directory"


def test_from_home_to_a_mentor_and_back(page, sample_site):
    page.goto(sample_site)
    page.get_by_role("link", name="See every mentor").click()
    page.wait_for_url(sample_site + "mentors/")
    directory_ready(page)
    card = page.locator("[data-directory-results] [data-mentor-id]").first
    mentor_id = card.get_attribute("data-mentor-id")
    name = card.locator("h2 a").inner_text()
    card.locator("h2 a").click()
    page.wait_for_url(sample_site + f"mentors/{mentor_id}/")
    assert page.locator("h1").inner_text() == name
    page.get_by_role("link", name="All mentors").click()
    page.wait_for_url(sample_site + "mentors/")


@pytest.mark.parametrize("path", ["", "mentors/", f"mentors/{SAMPLE_IDS[0]}/", "profiles/"])
def test_every_link_and_asset_resolves_under_the_sub_path(page, sample_site, path):
    failed: list[str] = []
    page.on("response", lambda response: response.status >= 400 and failed.append(response.url))
    page.goto(sample_site + path)
    page.wait_for_load_state("networkidle")
    hrefs = page.locator("a[href]").evaluate_all("links => links.map(link => link.href)")
    site = urlsplit(sample_site)
    for href in sorted(set(hrefs)):
        parts = urlsplit(href)
        if parts.netloc != site.netloc:
            continue
        assert parts.path.startswith(site.path), f"{href} leaves the sub-path"
        response = page.request.get(urljoin(href, parts.path))
        if response.status != 200:
            failed.append(href)
    assert failed == []


def test_phone_layout_has_no_sideways_scrolling(browser, sample_site):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    page = context.new_page()
    for path in ("mentors/", f"mentors/{SAMPLE_IDS[0]}/"):
        page.goto(sample_site + path)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), path
    context.close()


def test_dark_mode_follows_the_system_setting(browser, sample_site):
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(sample_site + "mentors/")
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    context.close()


def test_directory_works_without_javascript(browser, sample_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(sample_site + "mentors/")
    cards = page.locator("[data-directory-results] [data-mentor-id]")
    assert sorted(cards.evaluate_all("cards => cards.map(card => card.dataset.mentorId)")) == SAMPLE_IDS
    assert page.locator("[data-directory-form]").is_hidden()
    cards.locator("h2 a").first.click()
    assert page.locator("h1").count() == 1
    context.close()


@pytest.mark.parametrize("scripts", [True, False], ids=["with scripts", "without scripts"])
def test_home_asks_what_help_is_wanted_and_searches_the_directory(browser, sample_site, scripts):
    context = browser.new_context(java_script_enabled=scripts, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(sample_site)
    assert page.locator("h1").inner_text().rstrip("¶") == "What would you like help with?"
    box = page.get_by_label("Describe it in your own words: a skill, a goal, or both")
    assert box.is_visible() and box.bounding_box()["y"] < 844
    open_mentors = page.locator(".mdir-goal-mentors li")
    assert open_mentors.count() == 6
    assert open_mentors.locator(".mdir-status--open").count() == 6
    box.fill("kubernetes")
    box.press("Enter")
    page.wait_for_url(sample_site + "mentors/?search=kubernetes")
    if scripts:
        directory_ready(page)
        assert page.locator("[data-directory-search]").input_value() == "kubernetes"
    assert page.locator("[data-directory-results] [data-mentor-id]").count() > 0
    context.close()


def test_email_is_assembled_only_when_asked(page, tmp_path):
    folder = make_site(tmp_path, {"ada.yml": VALID_PROFILE.replace(
        CONTACT, "contact:\n  email: ada@example.org\n")})
    assert build(folder).returncode == 0
    server, url = serve(folder / "site")
    try:
        page.goto(url + "mentors/ada/")
        assert "ada@example.org" not in page.content()
        page.get_by_role("button", name="Show email address").click()
        link = page.get_by_role("link", name="ada@example.org")
        assert link.get_attribute("href") == "mailto:ada@example.org"
    finally:
        server.shutdown()


def test_hostile_profile_runs_no_script(page, tmp_path):
    folder = make_site(tmp_path, {"bea.yml": HOSTILE})
    assert build(folder, "--strict").returncode == 0
    server, url = serve(folder / "site")
    try:
        for path in ("mentors/", "mentors/bea/"):
            page.goto(url + path)
            page.wait_for_load_state("networkidle")
            assert page.locator("img[src='x']").count() == 0
            assert page.evaluate("window.__injected === undefined")
        assert page.locator("h1").inner_text() == "<script>alert(1)</script> Bea"
    finally:
        server.shutdown()


@pytest.mark.parametrize("path", ["", "mentors/", f"mentors/{SAMPLE_IDS[0]}/", "guides/negotiation/"])
def test_pages_contact_no_one_but_the_site(page, sample_site, path):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(sample_site + path)
    page.wait_for_load_state("networkidle")
    if path == "mentors/":
        directory_ready(page)
        page.locator("[data-directory-search]").fill("kubernetes")
    assert requested and [url for url in requested if not url.startswith(sample_site)] == []


def test_on_a_phone_the_first_result_shows_above_the_fold_and_filters_wait_behind_one_control(
        browser, sample_site):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(sample_site + "mentors/")
    directory_ready(page)
    page.locator("[data-directory-search]").fill("kubernetes")
    card = page.locator("[data-directory-results] [data-mentor-id]").first
    expect(card).to_be_visible()
    assert card.bounding_box()["y"] < 844
    toggle = page.locator("[data-directory-filters-toggle]")
    summary = page.locator("[data-directory-filters-summary]")
    assert not toggle.evaluate("details => details.open") and summary.inner_text() == "Filters"
    summary.click()
    page.locator("details[data-facet='languages'] > summary").click()
    page.locator("input[name='languages'][value='ja']").check()
    expect(summary).to_have_text("Filters (1 on)")
    context.close()

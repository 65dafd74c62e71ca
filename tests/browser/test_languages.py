"""The sample site in each shipped language, and right to left in Arabic, as a mentee uses it."""

from __future__ import annotations

import re

import pytest

from generator.program import load_program
from generator.translation import catalogue

from languages import LANGUAGES, english_strings

from .conftest import axe_violations, directory_ready, serve

GOAL = "technical-growth"  # the goal most sample mentors help with
MENTOR = "mentors/aoi-fujimoto/"  # a sample mentor who takes requests through the composer


@pytest.fixture(scope="module")
def served(site_in_language):
    """The sample site in a language, served; its URL."""
    servers: dict[str, tuple] = {}

    def serve_in(language: str) -> str:
        if language not in servers:
            servers[language] = serve(site_in_language(language))
        return servers[language][1]

    yield serve_in
    for server, _ in servers.values():
        server.shutdown()


def english_on(page, language: str) -> list[str]:
    """Interface strings shown in English on the page as it is now (text and labels), in its
    content: not the site's navigation (the organiser's words) nor mentors' bios."""
    shown = " ".join(page.evaluate("""() => {
        const content = document.querySelector("article").cloneNode(true);
        content.querySelectorAll(".mdir-bio").forEach((bio) => bio.remove());
        return [content.innerText,
          ...[...content.querySelectorAll('[aria-label],[placeholder],[title]')].flatMap((node) =>
            ['aria-label', 'placeholder', 'title'].map((name) => node.getAttribute(name) || ''))]
          .join(' ');
    }""").split())
    return sorted(found for found in english_strings(language, scripts=True)
                  if re.search(rf"(?<!\w){re.escape(found)}(?!\w)", shown))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_search_in_the_language_of_the_site(page, served, language):
    page.goto(served(language) + "mentors/")
    directory_ready(page)
    goal = load_program(None, language=language).entry("goals", GOAL)
    page.locator("#mdir-query").fill(goal.phrases[0])  # the language's own words for it
    understood = page.locator("[data-directory-understood]")
    understood.get_by_text(goal.label).wait_for()
    results = page.locator("[data-directory-results] [data-mentor-id]")
    assert results.count() > 0
    assert english_on(page, language) == []
    assert axe_violations(page) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_composer_speaks_the_language(page, served, language):
    page.goto(served(language) + MENTOR)
    request = catalogue(language).gettext("Request mentorship")
    page.get_by_role("button", name=request).or_(page.get_by_role("link", name=request)).click()
    dialog = page.locator("dialog[data-composer]")
    dialog.wait_for()
    assert english_on(page, language) == []
    assert axe_violations(page) == []


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", ["insights/", MENTOR])
def test_pages_in_the_language(page, served, language, path):
    page.goto(served(language) + path)
    assert page.locator("html").get_attribute("lang") == language.split("-")[0]  # as Material
    assert english_on(page, language) == []
    assert axe_violations(page) == []


def test_right_to_left(page, served):
    """Arabic has no catalogue: English words, laid out right to left, still accessible."""
    site = served("ar")
    page.goto(site + "mentors/")
    directory_ready(page)
    assert page.locator("body").get_attribute("dir") == "rtl"  # as Material sets it
    card = page.locator("[data-directory-results] .mdir-card").first
    avatar = card.locator("[data-slot=avatar]").bounding_box()
    body = card.locator(".mdir-card__body").bounding_box()
    assert avatar["x"] > body["x"], "the avatar starts the line, on the right"
    page.locator("#mdir-query").fill("kubernetes")
    page.locator("[data-directory-results] [data-mentor-id]").first.wait_for()
    assert axe_violations(page) == []
    for path in ("insights/", MENTOR):
        page.goto(site + path)
        assert axe_violations(page) == []
        if path == "insights/":  # charts mirrored: labels and bars start on the right
            chart = page.locator(".mdir-chart__svg").first.bounding_box()
            label = page.locator(".mdir-chart__label").first.bounding_box()
            assert abs(label["x"] + label["width"] - (chart["x"] + chart["width"])) < 2
    request = "Request mentorship"
    page.get_by_role("button", name=request).or_(page.get_by_role("link", name=request)).click()
    page.locator("dialog[data-composer]").wait_for()
    assert axe_violations(page) == []

"""Accessibility as people meet it: axe on every page type, keyboard only, reduced motion."""

import pytest
from playwright.sync_api import TimeoutError

from conftest import VALID_PROFILE
from sites import build, make_site
from test_palette import TEAL_CONFIG
from test_site import FULL

from .conftest import axe_violations, directory_ready, page_violations, serve
from .test_pages import SAMPLE_IDS

CARDS = "[data-directory-results] [data-mentor-id]"


def with_results(page) -> None:
    directory_ready(page)
    assert page.locator(CARDS).count() > 0


def without_results(page) -> None:
    directory_ready(page)
    assert page.locator(CARDS).count() == 0


def with_facets_open(page) -> None:
    directory_ready(page)
    for summary in page.locator("details[data-facet] > summary").all():
        summary.click()


def mentor_page_ready(page) -> None:
    page.wait_for_selector("[data-request][data-bound]")


def with_request_open(page) -> None:
    mentor_page_ready(page)
    page.locator("[data-request]").click()


# Every page type, in the state a visitor sees it: (path, what brings it there once loaded).
PAGE_TYPES = {
    "home": ("", None),
    "directory, empty search": ("mentors/", directory_ready),
    "directory, with results": ("mentors/?search=kubernetes", with_results),
    "directory, no results": ("mentors/?search=quantum+basket+weaving", without_results),
    "directory, facets open": ("mentors/", with_facets_open),
    "mentor page": (f"mentors/{SAMPLE_IDS[0]}/", mentor_page_ready),
    "mentor page, request open": (f"mentors/{SAMPLE_IDS[0]}/", with_request_open),
    "guide": ("guides/negotiation/", None),
    "template": ("templates/meeting-agenda/", None),
    "profile guide, many code blocks": ("profiles/", None),
}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", PAGE_TYPES)
def test_no_axe_violations(browser, sample_site, name, scheme):
    path, prepare = PAGE_TYPES[name]
    assert page_violations(browser, sample_site + path, prepare, scheme) == []


# The focused element, or for Material's visually hidden palette switch the label after it,
# is on screen with an outline or a shadow around it.
FOCUS_IS_VISIBLE = """() => {
  const element = document.activeElement;
  if (!element || element === document.body) return false;
  const next = element.nextElementSibling;
  return [element, ...(next?.tagName === "LABEL" ? [next] : [])].some(shown => {
    const style = getComputedStyle(shown);
    const box = shown.getBoundingClientRect();
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    return box.width > 1 && box.height > 1 && shown.checkVisibility({ opacityProperty: true })
      && (outline || style.boxShadow !== "none");
  });
}"""
FOCUSED = """() => {
  const element = document.activeElement;
  return `${element.tagName.toLowerCase()} "${(element.innerText || element.value ||
    element.getAttribute("aria-label") || "").trim().slice(0, 40)}"`;
}"""


def tab_to(page, matches: str, limit: int = 80) -> None:
    """Presses Tab until the focused element matches `matches` (a JS predicate on it); every
    element the focus passes on the way must show that it has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        try:  # some focus styles fade in
            page.wait_for_function(FOCUS_IS_VISIBLE, timeout=2000)
        except TimeoutError:
            raise AssertionError(f"no visible focus on {page.evaluate(FOCUSED)}") from None
        if page.evaluate(f"(element => {matches})(document.activeElement)"):
            return
    raise AssertionError(f"Tab never reached an element where {matches}")


def test_keyboard_only_from_home_to_a_sent_request(page, sample_site):
    page.context.route("https://cal.example.net/**",
                       lambda route: route.fulfill(body="<title>Booking</title>Booked"))
    page.goto(sample_site)
    tab_to(page, "element.matches('.mdir-search-box input')")
    page.keyboard.type("kubernetes")
    page.keyboard.press("Enter")
    page.wait_for_url(sample_site + "mentors/?search=kubernetes")
    directory_ready(page)

    tab_to(page, "element.matches('summary') && element.innerText === 'Languages'")
    page.keyboard.press("Enter")
    tab_to(page, "element.matches('input') && element.labels[0].innerText.trim().startsWith('Japanese')")
    page.keyboard.press("Space")
    page.wait_for_url(sample_site + "mentors/?search=kubernetes&languages=ja")
    count = page.locator("[data-directory-count]")
    assert count.get_attribute("role") == "status" and count.get_attribute("aria-live") == "polite"
    assert count.inner_text() == "1 mentor matches."
    assert page.locator(CARDS).evaluate_all("cards => cards.map(c => c.dataset.mentorId)") == [
        "aoi-fujimoto"]

    tab_to(page, "element.matches('[data-mentor-id] h2 a')")
    page.keyboard.press("Enter")
    page.wait_for_url(sample_site + "mentors/aoi-fujimoto/")
    mentor_page_ready(page)

    tab_to(page, "element.matches('[data-request]')")
    page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog", name="Request mentorship from Aoi Fujimoto")
    assert dialog.is_visible()
    assert page.evaluate("document.activeElement.labels[0].innerText") == "Your name"
    page.keyboard.type("Sam Mentee")
    tab_to(page, "element.id === 'mdir-request-help'", limit=1)
    page.keyboard.type("Moving from on-call work to platform engineering")
    tab_to(page, "element.matches('[data-composer-send]')", limit=20)
    assert page.evaluate("document.activeElement.innerText") == "Book a first call"
    with page.context.expect_page() as booking:
        page.keyboard.press("Enter")
    booking.value.wait_for_load_state()
    assert booking.value.url == "https://cal.example.net/aoi"


def test_motion_stops_when_the_system_asks(browser, sample_site):
    context = browser.new_context(reduced_motion="reduce")
    page = context.new_page()
    page.goto(sample_site + "mentors/")
    directory_ready(page)
    page.locator(CARDS).first.locator("[data-request]").click()
    moving = page.evaluate("""() => [...document.querySelectorAll("*")].flatMap(element => {
      const style = getComputedStyle(element);
      const longest = value => Math.max(...value.split(",").map(parseFloat));
      return longest(style.transitionDuration) > 0.001 || longest(style.animationDuration) > 0.001
        || style.scrollBehavior === "smooth" ? [element.tagName + "." + element.className] : [];
    })""")
    assert moving == []
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_palette_that_material_makes_hard_to_read_passes_axe(browser, tmp_path, scheme):
    folder = make_site(tmp_path, {"ada.yml": VALID_PROFILE, "cy.yml": FULL}, TEAL_CONFIG)
    assert build(folder, "--strict").returncode == 0
    server, url = serve(folder / "site")
    context = browser.new_context(color_scheme=scheme)
    try:
        page = context.new_page()
        for path, prepare in (("", None), ("mentors/", with_results), ("mentors/cy/", None)):
            page.goto(url + path)
            if prepare:
                prepare(page)
            assert axe_violations(page) == [], path
    finally:
        context.close()
        server.shutdown()

"""Nothing moves when the directory's script takes over the page it was served as (issue 13).

The match index is held back until the served page has painted, so the script always takes over a
page already on screen, as on a slow phone; the browser's own layout-shift entries say what moved.
"""

import pytest
from playwright.sync_api import Route

from .conftest import directory_ready

# Every layout shift from navigation on (not only after input), with the elements that moved.
RECORD_SHIFTS = """
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    window.__shifts.push({ value: entry.value, moved: entry.sources.map((source) => source.node
      ? `${source.node.nodeName.toLowerCase()}.${source.node.className || ""}` : "?") });
  }
}).observe({ type: "layout-shift", buffered: true });
"""
PAINTED = "new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))"
PHONE = {"width": 390, "height": 844}
WIDE = {"width": 1280, "height": 900}


def where(locator) -> tuple[float, float]:
    """The top left corner of an element on the page (the results list grows and shrinks)."""
    box = locator.bounding_box()
    return box["x"], box["y"]


@pytest.mark.parametrize("viewport", [PHONE, WIDE], ids=["phone", "wide"])
def test_nothing_moves_when_the_script_takes_over_the_served_directory(page, sample_site, viewport):
    held: list[Route] = []
    page.route("**/match-index.json", lambda route: held.append(route))
    page.add_init_script(RECORD_SHIFTS)
    page.set_viewport_size(viewport)
    page.goto(sample_site + "mentors/")
    page.evaluate(PAINTED)
    assert held, "the script asked for no match index"
    # Before the script: the search box and the first result are on screen as served.
    search = page.get_by_role("searchbox", name="What would you like help with?")
    first_card = page.locator("[data-directory-results] [data-mentor-id]").first
    assert search.is_visible() and first_card.is_visible()
    assert first_card.locator(".mdir-status--open").count() == 1
    results = page.locator("[data-directory-results]")
    before = [where(search), where(results)]

    held[0].continue_()
    directory_ready(page)
    page.evaluate(PAINTED)
    after = [where(search), where(results)]
    shifts = page.evaluate("window.__shifts")
    if viewport == PHONE:
        assert (after, shifts) == (before, [])
    else:
        # Wide screens open the filters above the results once the script has built them.
        assert after[0] == before[0]
        assert sum(shift["value"] for shift in shifts) < 0.1, shifts


def test_what_is_typed_before_the_script_takes_over_is_searched(page, sample_site):
    held: list[Route] = []
    page.route("**/match-index.json", lambda route: held.append(route))
    page.goto(sample_site + "mentors/")
    page.get_by_role("searchbox", name="What would you like help with?").fill("kubernetes")
    held[0].continue_()
    directory_ready(page)
    page.wait_for_url(sample_site + "mentors/?search=kubernetes")
    assert page.locator("[data-directory-search]").input_value() == "kubernetes"
    first = page.locator("[data-directory-results] [data-mentor-id]").first
    assert first.locator(".mdir-tag--match").all_inner_texts() == ["Kubernetes"]

"""The insights page in Chromium: charts drawn, with text alternatives, tables, and no axe findings."""

import pytest

from .conftest import axe_violations


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_charts_render_with_text_alternatives_and_pass_axe(browser, sample_site, scheme):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(sample_site + "insights/")
    charts = page.locator("svg[role=img]")
    # 5 coverage, hours, skills, load; outcomes: mentees, mentors, 4 measures at start and end,
    # and the end of cohort.
    assert charts.count() == 15
    for chart in charts.all():
        box = chart.bounding_box()
        assert box["width"] > 300 and box["height"] > 40
        names = chart.evaluate("svg => svg.getAttribute('aria-labelledby').split(' ').map("
                               "id => document.getElementById(id).textContent)")
        assert len(names) == 2 and all(len(name) > 10 for name in names), names
        table = chart.locator("xpath=ancestor::figure//table")
        assert table.locator("tbody tr").count() >= 3
    page.locator("details.mdir-chart__data summary").first.click()
    assert axe_violations(page) == []
    context.close()


def test_small_counts_never_reach_the_page(page, sample_site):
    page.goto(sample_site + "insights/")
    rows = page.locator("#outcomes ~ figure table tbody tr", has_text="2026 spring pilot")
    cells = [row.locator("td").all_text_contents() for row in rows.all()]
    assert cells == [
        ["9", "hidden", "not recorded", "<5"], ["6", "6"], ["3.4", "fewer than 5 answers"],
        ["3.2", "fewer than 5 answers"], ["3.0", "fewer than 5 answers"],
        ["not recorded", "fewer than 5 answers"], ["fewer than 5 answers"] * 3]
    assert page.request.get(sample_site + "outcomes.yml").status == 404

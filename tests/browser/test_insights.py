"""The insights page in Chromium: charts drawn, with text alternatives, tables, and no axe findings."""

import pytest

from .conftest import axe_violations


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_charts_render_with_text_alternatives_and_pass_axe(browser, sample_site, scheme):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(sample_site + "insights/")
    charts = page.locator("svg[role=img]")
    assert charts.count() == 10  # 5 coverage, hours, skills, load, 2 outcomes
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
    cells = rows.first.locator("td").all_text_contents()
    assert cells == ["9", "7", "not recorded", "<5"]
    survey = rows.nth(1).locator("td").all_text_contents()
    assert survey == ["fewer than 5 answers"] * 3
    assert page.request.get(sample_site + "outcomes.yml").status == 404

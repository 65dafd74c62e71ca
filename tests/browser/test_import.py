"""A sign-up sheet imported, built and searched in Chromium, as an organiser moving to the
directory would: what the sheet said is what a mentee finds."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from imports import DATA
from sites import build, make_site

from .conftest import directory_ready, serve

MENTORS = str(Path(sys.executable).parent / "mentors")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = make_site(tmp_path_factory.mktemp("import"), {})
    imported = subprocess.run(
        [MENTORS, "import", str(DATA / "signups.csv"), "--map", "Public email=contact.email",
         "--map", "Ideal mentee=bio"], cwd=folder, capture_output=True, text=True)
    assert imported.returncode == 1, imported.stderr  # the sheet's refused rows
    assert imported.stdout.splitlines()[-1].startswith("31 profiles written")
    result = build(folder, "--strict")
    assert result.returncode == 0, result.stderr
    server, url = serve(folder / "site")
    yield url + "mentors/"
    server.shutdown()


def test_an_imported_mentor_is_found_by_what_the_sheet_said(page, site):
    page.goto(site)
    directory_ready(page)
    page.locator("[data-directory-search]").fill("jetpack compose")
    page.wait_for_url(re.compile(r"\?search=jetpack\+compose$"))
    cards = page.locator("[data-directory-results] [data-mentor-id]")
    assert cards.evaluate_all("cards => cards.map(card => card.dataset.mentorId)") == [
        "fatima-zahra-bennani"]
    cards.first.get_by_role("link", name="Fatima Zahra Bennani").click()
    page.wait_for_url("**/mentors/fatima-zahra-bennani/")
    main = page.locator("main").inner_text()
    assert "Self-taught Android developer." in main
    assert "Ideal mentee: Beginners who are stuck on their first app" in main


def test_labels_and_phrases_from_the_sheet_became_the_programs_goals(page, site):
    page.goto(site)
    directory_ready(page)
    # Row 3 wrote "career-change, JOB SEARCH" and row 12 "job search, negotiation".
    found = page.evaluate("window.mentorDirectory.search('find a job', {}).then(rs => rs.map(r => r.id))")
    assert {"bruno-ferreira", "lucia-romero"} <= set(found)


def test_no_refused_row_reached_the_site(page, site):
    page.goto(site)
    directory_ready(page)
    everyone = page.evaluate("window.mentorDirectory.search('', {accepting: false})"
                             ".then(results => results.map(r => r.id))")
    assert len(everyone) == 31
    assert not {"jonas-weber", "kemi-adeyemi", "mina-sato", "farid-rahimi"} & set(everyone)

"""What tells a mentee a mentor will answer and can help, in Chromium: reply times and freshness
on the cards, offers found by words, the new filters, meeting windows in the overlap filter, and
the mentor's page with thanks, how they work and the report link."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from conftest import VALID_PROFILE
from sites import build, make_site

from .conftest import axe_violations, directory_ready, serve


def mentor(name: str, extra: str) -> str:
    login = name.lower().replace(" ", "-")
    return VALID_PROFILE.replace("Ada Example", name).replace("ada-example", login) + extra


MENTORS = {
    "ama.yml": mentor("Ama Owusu", (
        "location: Accra, Ghana\noffers: [mock-interviews, referrals]\n"
        "meeting_modes: [video, in-person]\nindustry: [healthcare]\nyears_in_tech: 12\n"
        "alumni: true\nstyle: Structured, with homework between sessions.\nresponds_within: 2\n"
        "recognition: true\nlast_confirmed: 2026-11-01\n"
        "availability:\n  windows: [weekday-evenings]\n"
        "thanks:\n  - text: Ama ran three mock interviews with me.\n    name: Kofi\n"
        "    date: 2026-09-01\n    consent: true\n")),
    "ben.yml": mentor("Ben Adler", (
        "offers: [sponsorship]\nindustry: [fintech]\nyears_in_tech: 25\n"
        "availability:\n  windows: [weekends]\n")),
    "cai.yml": mentor("Cai Brook", ""),
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = make_site(tmp_path_factory.mktemp("trust"), MENTORS)
    result = build(folder, "--strict")
    assert result.returncode == 0, result.stderr
    server, url = serve(folder / "site")
    yield url
    server.shutdown()


@pytest.fixture
def directory(page, site):
    page.goto(site + "mentors/")
    directory_ready(page)
    return page


def card(page, mentor_id: str):
    return page.locator(f"[data-directory-results] [data-mentor-id={mentor_id}]")


def ids(page, text: str, filters: dict | None = None) -> list[str]:
    return sorted(result["id"] for result in page.evaluate(
        "([text, filters]) => window.mentorDirectory.search(text, filters)", [text, filters or {}]))


def test_cards_say_how_soon_a_mentor_replies_and_what_they_offer(directory):
    ama, cai = card(directory, "ama"), card(directory, "cai")
    assert re.fullmatch(r"Usually replies within 2 days · Confirmed (\d+ (days|weeks|months) ago|"
                        r"yesterday|today)", ama.locator("[data-slot=trust]").inner_text())
    assert ama.locator("[data-slot=offers]").inner_text() == "Mock interviews, Referrals"
    assert ama.locator("[data-slot=meets]").inner_text() == "Video call, In person (Accra, Ghana)"
    assert ama.locator("[data-slot=background]").inner_text() == \
        "12 years in tech · Healthcare · Former mentee"
    # A mentor who says none of it shows none of those rows (built by the script, like Ama's).
    assert cai.locator("[data-slot=trust]").is_hidden()
    for fact in ("offers", "meets", "background"):
        assert cai.locator(f"[data-fact={fact}]").is_hidden()
        assert ama.locator(f"[data-fact={fact}]").is_visible()


def test_offers_are_found_by_words_and_every_new_filter_narrows(directory):
    assert ids(directory, "someone to refer me") == ["ama"]
    assert ids(directory, "mock interview practice") == ["ama"]
    assert ids(directory, "I need a sponsor") == ["ben"]
    assert ids(directory, "", {"offers": ["sponsorship"]}) == ["ben"]
    assert ids(directory, "", {"industries": ["fintech"]}) == ["ben"]
    assert ids(directory, "", {"meeting_modes": ["in-person"]}) == ["ama"]
    assert ids(directory, "", {"years": ["20-plus"]}) == ["ben"]
    assert ids(directory, "", {"alumni": ["alumni"]}) == ["ama"]
    search = directory.locator("[data-directory-search]")
    search.fill("someone to refer me")
    directory.wait_for_url(re.compile(r"search=someone"))
    assert card(directory, "ama").locator("[data-slot=why]").inner_text().startswith(
        "Why this match: Referrals")
    search.fill("")
    directory.locator("details[data-facet=industries] summary").click()
    directory.get_by_label(re.compile(r"^ Healthcare")).check()
    directory.wait_for_url(re.compile(r"industries=healthcare"))
    shown = directory.locator("[data-directory-results] [data-mentor-id]")
    assert shown.evaluate_all("cards => cards.map(card => card.dataset.mentorId)") == ["ama"]
    assert [directory.locator(f"details[data-facet={key}] summary").inner_text() for key in
            ("offers", "meeting_modes", "industries", "years", "alumni")] == [
        "Offers", "Meeting mode", "Industry", "Years in tech", "Former mentees"]


def test_the_overlap_filter_compares_meeting_windows(directory, site):
    # Everyone is in Berlin: evenings meet evenings, and a weekend-only mentor meets neither.
    hours = directory.evaluate("""async () => Object.fromEntries(await Promise.all(
        ['', 'weekday-evenings', 'weekends'].map(async (when) => [when, Object.fromEntries(
          (await window.mentorDirectory.search('', {timezone: 'Europe/Berlin', when: when ? [when] : []}))
          .map((result) => [result.id, result.reasons.overlapHours]))])))""")
    assert hours == {"": {"ama": 3, "ben": 9, "cai": 12},
                     "weekday-evenings": {"ama": 5, "ben": 0, "cai": 3},
                     "weekends": {"ama": 0, "ben": 9, "cai": 9}}
    assert ids(directory, "", {"timezone": "Europe/Berlin", "when": ["weekday-evenings"],
                               "overlapHours": 4}) == ["ama"]
    # A wide window shows the filters open.
    assert directory.locator("[data-directory-filters-toggle]").get_attribute("open") is not None
    directory.get_by_label("I can meet").select_option("weekends")
    directory.wait_for_url(re.compile(r"when=weekends"))
    expected = directory.evaluate("""async () => (await window.mentorDirectory.search('',
        {when: ['weekends']})).find((result) => result.id === 'ben').reasons.overlapHours""")
    assert f"{expected} h overlap with your day" in \
        card(directory, "ben").locator("[data-slot=why]").inner_text()
    directory.get_by_label("Overlap with my day", exact=False).select_option("1")
    directory.wait_for_url(re.compile(r"overlap=1"))
    assert "ama" not in directory.locator("[data-directory-results] [data-mentor-id]").evaluate_all(
        "cards => cards.map(card => card.dataset.mentorId)")
    directory.reload()
    directory_ready(directory)
    assert directory.get_by_label("I can meet").input_value() == "weekends"


def test_the_mentor_page_shows_how_they_work_their_thanks_and_a_report_link(page, site):
    page.goto(site + "mentors/ama/")
    assert page.locator("#style + p").inner_text() == "Structured, with homework between sessions."
    assert page.locator(".mdir-thanks figcaption").inner_text() == "Kofi, September 2026"
    assert "Weekday evenings (17:00–22:00)" in page.locator(".mdir-facts").inner_text()
    link = page.get_by_role("link", name="Tell the organisers")
    query = parse_qs(urlsplit(link.get_attribute("href")).query)
    assert query == {"template": ["unresponsive-profile.yml"], "profile": ["ama"],
                     "title": ["No answer from mentor ama"]}
    assert axe_violations(page) == []


def test_the_recognition_page_lists_who_opted_in_and_the_alumni(page, site):
    page.goto(site + "our-mentors/")
    names = page.locator(".mdir-recognition__list li a").all_inner_texts()
    assert names == ["Ama Owusu"]
    assert page.locator(".mdir-recognition__alumni li a").all_inner_texts() == ["Ama Owusu"]
    page.locator(".mdir-recognition__list a").click()
    page.wait_for_url(site + "mentors/ama/")
    page.go_back()
    assert axe_violations(page) == []

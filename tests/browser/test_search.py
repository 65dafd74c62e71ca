"""Finding a mentor in Chromium: typed queries, facets, URL state, keyboard, screen-reader status."""

import re

import pytest

from generator.index import INDEX_VERSION

from conftest import CONTACT, VALID_PROFILE
from sites import build, make_site

from .conftest import directory_ready, serve


def mentor(name: str, skills: str, goals: str, *, languages="[en]", zone="Europe/Berlin",
           extra: str = "") -> str:
    login = name.lower().replace(" ", "-")
    base = VALID_PROFILE.replace(CONTACT, "") if "contact:" in extra else VALID_PROFILE
    return (base.replace("Ada Example", name).replace("ada-example", login)
            .replace("Europe/Berlin", zone).replace("[en, Portuguese]", languages)
            .replace("  - Kubernetes\n  - golang\n", "".join(f"  - {s}\n" for s in skills.split("|")))
            .replace("[promotion-readiness, technical-growth]", goals) + extra)


MENTORS = {
    "kai.yml": mentor("Kai Berg", "k8s|golang", "[staff-plus, promotion-readiness]",
                      extra="experiences: [lgbtqia]\n"),
    "rosa.yml": mentor("Rosa Diaz", "ReactJS|TypeScript", "[promotion-readiness, confidence]",
                       languages="[es, en]", zone="America/Bogota",
                       extra="experiences: [women, lgbtqia]\n"),
    "dev.yml": mentor("Dev Rao", "'c#'|'.NET'", "[management]", zone="Asia/Kolkata"),
    "ana.yml": mentor("Ana Lima", "python", "[career-change, getting-started]",
                      languages="[pt, en]", zone="America/Sao_Paulo",
                      extra="formats: [circle]\nmentee_stages: [career-changer]\n"
                            "experiences: [women]\n"),
    "lee.yml": mentor("Lee Min", "java", "[negotiation, job-search]", languages="[en, ko]",
                      zone="Asia/Seoul", extra="headline: Payments platform lead\n").replace(
                          "headline: Staff Engineer, payments\n", ""),
    "sam.yml": mentor("Sam Okoro", "excel", "[confidence, work-life-boundaries]",
                      extra="experiences: [first-generation]\n"),
    "zed.yml": mentor("Zed Full", "react", "[promotion-readiness]",
                      extra="availability:\n  capacity: 1\n  mentees: 1\n"),
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = make_site(tmp_path_factory.mktemp("search"), MENTORS)
    result = build(folder, "--strict")
    assert result.returncode == 0, result.stderr
    server, url = serve(folder / "site")
    yield url + "mentors/"
    server.shutdown()


@pytest.fixture
def directory(page, site):
    page.goto(site)
    directory_ready(page)
    return page


def ids(page, text: str, filters: dict | None = None) -> list[str]:
    return [result["id"] for result in page.evaluate(
        "([text, filters]) => window.mentorDirectory.search(text, filters)", [text, filters or {}])]


@pytest.mark.parametrize("query, first", [
    ("kubernets", "kai"), ("k8s", "kai"), ("ReactJS", "rosa"), ("react.js", "rosa"),
    ("c#", "dev"), (".net", "dev"), ("golang", "kai"), ("pyhton", "ana"), ("typscript", "rosa"),
    ("kube", "kai"), ("get promoted", None), ("become a manager", "dev"),
    ("switch careers into tech", "ana"), ("negotiate my offer", "lee"),
    ("impostor syndrome", None), ("react promotion", "rosa"), ("platform", "lee"),
    ("Ana", "ana"),
])
def test_typed_queries_rank_the_right_mentor_first(directory, query, first):
    results = ids(directory, query)
    assert results, query
    if first:
        assert results[0] == first, (query, results)


def test_goal_phrases_find_every_mentor_with_the_goal(directory):
    assert sorted(ids(directory, "get promoted")) == ["kai", "rosa"]
    assert sorted(ids(directory, "impostor syndrome")) == ["rosa", "sam"]
    assert sorted(ids(directory, "get promoted", {"accepting": False})) == ["kai", "rosa", "zed"]


def test_results_carry_reasons(directory):
    # A typo counts as fully as the right spelling: Kai matches everything asked; Rosa, who helps
    # with promotion but lists no Kubernetes, matches part of it and says what she lacks.
    ranking = directory.evaluate("""async () => {
        return window.mentorDirectory.rank('kubernets promotion',
            {languages: ['en'], timezone: 'Europe/Paris'}).then(({ all, part }) => ({ all, part }));
    }""")
    assert [result["id"] for result in ranking["all"]] == ["kai"]
    assert [result["id"] for result in ranking["part"]] == ["rosa"]
    result, other = ranking["all"][0], ranking["part"][0]
    assert (result["matchesAll"], other["matchesAll"]) == (True, False)
    assert result["score"] > other["score"]
    reasons = result["reasons"]
    assert reasons["skills"] == [{"label": "Kubernetes", "typed": "kubernets", "corrected": True}]
    assert reasons["goals"] == [{"label": "Promotion readiness", "typed": "promotion",
                                 "corrected": False}]
    assert reasons["overlapHours"] == 12
    assert reasons["languages"] == ["English"]
    assert other["reasons"]["missing"] == ["Kubernetes"]
    assert ids(directory, "kubernets promotion", {"languages": ["en"]}) == ["kai"]


def test_filters_narrow_results(directory):
    assert ids(directory, "", {"languages": ["pt"]}) == ["ana"]
    assert sorted(ids(directory, "", {"skills": ["react", "typescript"], "skillsMode": "all"})) == ["rosa"]
    assert sorted(ids(directory, "", {"skills": ["react", "python"]})) == ["ana", "rosa"]
    assert ids(directory, "", {"formats": ["circle"], "stages": ["career-changer"]}) == ["ana"]
    assert ids(directory, "", {"experiences": ["first-generation"]}) == ["sam"]
    assert "zed" not in ids(directory, "")
    assert "zed" in ids(directory, "", {"accepting": False})
    assert ids(directory, "", {"timezone": "Asia/Tokyo", "overlapHours": 10}) == ["lee"]
    assert sorted(ids(directory, "", {"timezone": "Asia/Tokyo", "overlapHours": 8})) == ["dev", "lee"]


def test_a_zone_the_browser_does_not_know_leaves_overlap_unknown(directory):
    overlaps = directory.evaluate("""async () => {
        const { overlapHours } = await import(new URL('../assets/mentor-directory/match.js', location.href));
        return [overlapHours('Mars/Olympus_Mons', 'Europe/Berlin'),
                overlapHours('Europe/Berlin', 'Europe/Paris', new Date(2026, 0, 15))];
    }""")
    assert overlaps == [None, 12]


def test_ties_rotate_with_a_daily_seed(directory, site):
    orders = directory.evaluate("""async () => {
        const { createMatcher } = await import(new URL('../assets/mentor-directory/match.js', location.href));
        const index = await (await fetch('match-index.json')).json();
        const matcher = createMatcher(index, { load: async (path) => (await fetch(path)).json() });
        await matcher.loadAll();
        const order = (seed) => matcher.search('', {}, { seed }).map((r) => r.id).join(' ');
        return [order('2026-1-1'), order('2026-1-1'), order('2026-1-2'), order('2026-1-3')];
    }""")
    assert orders[0] == orders[1]
    assert len(set(orders)) > 1


def test_typing_updates_results_url_and_status(directory, site):
    box = directory.locator("[data-directory-search]")
    box.fill("kubernets")
    directory.wait_for_url(re.compile(r"\?search=kubernets$"))
    cards = directory.locator("[data-directory-results] [data-mentor-id]")
    assert cards.evaluate_all("cards => cards.map(card => card.dataset.mentorId)") == ["kai"]
    status = directory.locator("[data-directory-count]")
    assert status.get_attribute("aria-live") == "polite"
    assert status.inner_text() == "1 mentor matches."
    assert "Kubernetes (you typed “kubernets”)" in cards.first.locator(".mdir-why").inner_text()


def test_page_shows_the_api_ranking(directory):
    expected = ids(directory, "")
    shown = directory.locator("[data-directory-results] [data-mentor-id]").evaluate_all(
        "cards => cards.map(card => card.dataset.mentorId)")
    assert shown == expected


def test_facets_update_counts_and_history(directory, site):
    directory.locator("details[data-facet=languages] summary").click()
    portuguese = directory.get_by_label(re.compile(r"^ Portuguese"))
    assert portuguese.locator("xpath=..").inner_text().endswith("(1)")
    portuguese.check()
    directory.wait_for_url(re.compile(r"languages=pt"))
    assert directory.locator("[data-directory-results] [data-mentor-id]").count() == 1
    english = directory.locator("details[data-facet=languages] label", has_text="English")
    assert english.inner_text().strip().endswith("(6)")  # other languages still count
    directory.go_back()
    directory.wait_for_url(site)
    assert not portuguese.is_checked()
    assert directory.locator("[data-directory-results] [data-mentor-id]").count() == 6
    directory.go_forward()
    assert portuguese.is_checked()


def test_state_in_the_url_is_restored(page, site):
    page.goto(site + "?search=promotion&accepting=all&goals=confidence")
    directory_ready(page)
    assert page.locator("[data-directory-search]").input_value() == "promotion"
    assert not page.get_by_label("Only mentors accepting new mentees").is_checked()
    assert page.locator("[data-directory-results] [data-mentor-id]").evaluate_all(
        "cards => cards.map(card => card.dataset.mentorId)") == ["rosa"]
    # Material opens its site search for '?q=': a shared directory link must not.
    assert not page.locator("#__search").is_checked()


def test_keyboard_only_search(directory):
    directory.locator("[data-directory-search]").focus()
    directory.keyboard.type("negotiate my offer")
    directory.keyboard.press("Enter")
    # Focus moves to the first result once its chunks are fetched and it is shown.
    directory.wait_for_function("() => document.activeElement.closest('[data-mentor-id]')")
    focused = directory.evaluate("document.activeElement.closest('[data-mentor-id]').dataset.mentorId")
    assert focused == "lee"
    directory.keyboard.press("Enter")
    directory.wait_for_url(re.compile(r"/mentors/lee/$"))


def test_no_results_says_so(directory):
    directory.locator("[data-directory-search]").fill("quantum basket weaving")
    directory.wait_for_url(re.compile(r"search=quantum"))
    assert directory.locator("[data-directory-count]").inner_text().startswith("No mentors match.")
    assert directory.locator("[data-directory-results] [data-mentor-id]").count() == 0


@pytest.mark.parametrize("query, expected", [
    # Lived experience, alone and combined: only mentors who listed it.
    ("woman mentor", {"ana", "rosa"}), ("queer", {"kai", "rosa"}), ("queer woman", {"rosa"}),
    ("women in tech", {"ana", "rosa"}),
    # Whole sentences and paraphrased goals.
    ("I was a nurse for 8 years and want to move into tech", {"ana"}),
    ("senior dev wondering how to reach staff level", {"kai"}),
    ("how do i ask for a raise", {"lee"}), ("I feel like a fraud at work", {"rosa", "sam"}),
    # Typos in every word, and a narrower skill reaching a broader one.
    ("pyhton carreer chnage", {"ana"}), ("ASP.NET Core", {"dev"}),
    # Several constraints at once.
    ("Spanish-speaking woman mentor for promotion", {"rosa"}), ("python mentoring circle", {"ana"}),
])
def test_queries_in_mentees_own_words(directory, query, expected):
    assert set(ids(directory, query)) == expected, query


def test_nobody_matching_everything_says_what_was_understood(directory):
    directory.locator("[data-directory-search]").fill("kubernetes career change")
    directory.wait_for_url(re.compile(r"search=kubernetes"))
    status = directory.locator("[data-directory-count]")
    assert status.inner_text() == (
        "No mentor matches everything you asked (Kubernetes · Changing careers): no mentor offers "
        "all of it together. 2 mentors match part of it.")
    assert directory.locator("[data-directory-understood]").inner_text() == (
        "Looking for: Kubernetes · Changing careers")
    assert directory.locator("[data-directory-results] [data-mentor-id]").count() == 0
    partial = directory.locator("[data-directory-partial] [data-mentor-id]")
    assert sorted(partial.evaluate_all("cards => cards.map(card => card.dataset.mentorId)")) == [
        "ana", "kai"]
    assert directory.locator("[data-directory-partial-heading]").inner_text() == (
        "Matching part of what you asked")
    kai = directory.locator("[data-directory-partial] [data-mentor-id=kai] .mdir-why").inner_text()
    assert kai.startswith("Why this match: Kubernetes") and kai.endswith("not: Changing careers")


def test_both_groups_show_with_their_counts(directory):
    directory.locator("[data-directory-search]").fill("react promotion")
    directory.wait_for_url(re.compile(r"search=react"))
    assert directory.locator("[data-directory-count]").inner_text() == (
        "1 mentor matches. 1 more matches part of it.")
    assert directory.locator("[data-directory-results] [data-mentor-id]").evaluate_all(
        "cards => cards.map(card => card.dataset.mentorId)") == ["rosa"]
    assert directory.locator("[data-directory-partial-heading]").inner_text() == (
        "1 mentor matches part of what you asked")
    assert directory.locator("[data-directory-partial] [data-mentor-id]").evaluate_all(
        "cards => cards.map(card => card.dataset.mentorId)") == ["kai"]


def test_experience_words_offer_the_shared_lived_experience_filter(directory):
    directory.locator("[data-directory-search]").fill("neurodivergent")
    directory.wait_for_url(re.compile(r"search=neurodivergent"))
    assert directory.locator("[data-directory-count]").inner_text().startswith("No mentors match.")
    suggest = directory.locator("[data-directory-suggest]")
    assert suggest.inner_text().startswith("Lived experience matches only mentors who chose to list it.")
    suggest.get_by_role("button", name="Open the Shared lived experience filter").click()
    facet = directory.locator("details[data-facet=experiences]")
    assert facet.get_attribute("open") is not None
    assert directory.evaluate("document.activeElement.closest('details').dataset.facet") == "experiences"


def test_the_experiences_filter_ranks_shared_experience_first(directory):
    directory.locator("details[data-facet=experiences] summary").click()
    for label in ("Woman in tech", "LGBTQIA+"):
        directory.get_by_label(re.compile(rf"^ {re.escape(label)}")).check()
    directory.wait_for_url(re.compile(r"experiences=women%2Clgbtqia|experiences=women,lgbtqia"))
    assert directory.locator("[data-directory-results] [data-mentor-id]").evaluate_all(
        "cards => cards.map(card => card.dataset.mentorId)") == ["rosa"]
    assert sorted(directory.locator("[data-directory-partial] [data-mentor-id]").evaluate_all(
        "cards => cards.map(card => card.dataset.mentorId)")) == ["ana", "kai"]


def test_an_index_of_another_version_is_refused(browser, site):
    page = browser.new_page()
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))

    def older(route):
        index = route.fetch().json()
        index["format"]["version"] = 1
        route.fulfill(json=index)

    page.route("**/match-index.json", older)
    page.goto(site)
    page.wait_for_function("() => window.mentorDirectory")
    page.wait_for_function("() => document.querySelector('[data-directory-count]')"
                           ".textContent.includes('Search is unavailable')")
    assert any(f"match-index.json is version 1, but this page reads version {INDEX_VERSION}" in error
               for error in errors), errors
    page.close()

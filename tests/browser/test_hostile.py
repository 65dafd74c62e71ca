"""The inert half of the hostile corpus, built and opened in Chromium: no payload ever runs."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
import yaml

from conftest import VALID_PROFILE
from sites import build, make_site
from test_hostile import EXPECTED, HOSTILE

from .conftest import directory_ready, serve

INERT = EXPECTED["inert"]
# What a payload leaves behind if it became markup or ran: an element it made (payloads name them
# with "pwned" in an id, class or attribute name; text saying "pwned" is escaped, so fine), an
# event handler, a script URL, or the global its scripts set.
FIND_ACTIVE_PARTS = """() => {
  const found = [];
  for (const element of document.querySelectorAll("*")) {
    const name = element.tagName.toLowerCase();
    if (/pwned/i.test(element.id) || /pwned/i.test(element.getAttribute("class") || "")) {
      found.push(`${name}#${element.id}.${element.getAttribute("class")}`);
    }
    for (const attribute of element.attributes) {
      if (/pwned/i.test(attribute.name) || /^on/i.test(attribute.name)) {
        found.push(`${name} ${attribute.name}=${attribute.value}`);
      }
      if (/^(href|src|action|formaction|xlink:href|data|poster)$/i.test(attribute.name)
          && /^\\s*(javascript|data|vbscript):/i.test(attribute.value)) {
        found.push(`${name} ${attribute.name}=${attribute.value}`);
      }
    }
  }
  if (window.__pwned !== undefined) found.push(`window.__pwned = ${window.__pwned}`);
  return found;
}"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """One build of every inert profile and a plain one, served under a sub-path."""
    mentors = {name: (HOSTILE / "inert" / name).read_text(encoding="utf-8") for name in INERT}
    folder = make_site(tmp_path_factory.mktemp("hostile"), {**mentors, "ada.yml": VALID_PROFILE})
    result = build(folder, "--strict")
    assert result.returncode == 0, result.stderr
    server, url = serve(folder / "site")
    yield url
    server.shutdown()


def active_parts(page) -> list[str]:
    return page.evaluate(FIND_ACTIVE_PARTS)


def open_directory(page, url: str) -> None:
    """The directory with its script started and every request it makes (images too) settled."""
    page.goto(url)
    directory_ready(page)
    page.wait_for_load_state("networkidle")


def test_directory_and_a_search_for_each_run_no_payload(page, site):
    # One visit for every case: loading the directory is most of what a case would cost.
    open_directory(page, site + "mentors/?accepting=all")
    cards = page.locator("[data-directory-results] [data-mentor-id]")
    shown = cards.evaluate_all("cards => cards.map(card => card.dataset.mentorId)")
    assert [Path(name).stem for name in sorted(INERT) if Path(name).stem not in shown] == []
    assert active_parts(page) == []
    for name in sorted(INERT):
        page.locator("[data-directory-search]").fill(INERT[name]["search"])
        page.wait_for_function(
            "id => [...document.querySelectorAll('[data-directory-results] [data-mentor-id]')]"
            ".map(card => card.dataset.mentorId).join() === id", arg=Path(name).stem)
        assert active_parts(page) == [], name


@pytest.mark.parametrize("name", sorted(INERT))
def test_profile_page_and_request_composer_run_no_payload(page, site, name):
    mentor_id = Path(name).stem
    page.goto(site + f"mentors/{mentor_id}/")
    page.wait_for_load_state("networkidle")
    written = yaml.safe_load((HOSTILE / "inert" / name).read_text(encoding="utf-8"))["name"]
    assert page.locator("h1").all_inner_texts() == [written]
    assert active_parts(page) == []
    if page.locator("[data-request]").count():  # the request composer shows the name again
        page.locator("[data-request]").click()
        page.locator("[data-composer]").wait_for(state="visible")
        assert page.locator("[data-composer-mentor]").inner_text() == written
        assert active_parts(page) == []


def test_a_hostile_search_in_the_address_runs_nothing(page, site):
    query = "<img id=pwned-q src=x onerror=alert(1)>\"'><script>window.__pwned=1</script>"
    open_directory(page, site + f"mentors/?accepting=all&search={quote(query)}")
    assert page.locator("[data-directory-search]").input_value() == query
    assert active_parts(page) == []

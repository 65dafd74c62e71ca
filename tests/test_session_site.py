"""Sessions in a real `mkdocs build`: pages, list, archive, host pages, calendars, index, and
pages MkDocs never parses."""

import json
from pathlib import Path

import pytest
from icalendar import Calendar

from conftest import VALID_PROFILE
from inert import active_parts
from sites import build, make_site
from test_session import VALID_SESSION

ONGOING = VALID_SESSION.replace("  every: 2 weeks\n  times: 6\n", "  every: 2 weeks\n  times: ongoing\n")
PAST = VALID_SESSION.replace("title: Career changers circle", "title: Spring circle").replace(
    "  first: 2026-12-01 18:30\n  every: 2 weeks\n  times: 6\n", "  first: 2021-03-02 18:30\n")
HOSTILE = ONGOING.replace("title: Career changers circle",
                          "title: '<script>alert(1)</script> circle'").replace(
    "A circle for people moving into tech.",
    "Hi <script>alert(2)</script> [x](javascript:alert(3)) <img src=x onerror=alert(4)>")
# MkDocs' own front matter parser would expand this alias and obey the tag.
UNSAFE = "---\ntitle: &a x\nkind: !!python/object/apply:os.system [echo pwned]\nhosts: *a\n---\nHi\n"


def session_site(folder: Path, pages: dict[str, str]) -> Path:
    site = make_site(folder, {"ada-example.yml": VALID_PROFILE})
    for name, text in pages.items():
        path = site / "content" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return site


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    folder = session_site(tmp_path_factory.mktemp("sessions"), {
        "circles/changers.md": ONGOING, "circles/hostile.md": HOSTILE, "events/spring.md": PAST,
        "circles/index.md": "# About our circles\n"})
    result = build(folder, "--strict")
    assert result.returncode == 0, result.stderr
    return folder / "site"


def read(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def test_the_list_shows_upcoming_sessions_and_links_the_archive(site):
    page = read(site, "sessions/index.html")
    assert '<a href="../circles/changers/">Career changers circle</a>' in page
    assert '<a href="archive/">Past circles and events (1)</a>' in page
    assert '<a href="upcoming.ics" download>' in page
    assert "Spring circle" not in page
    assert '<a href="../../events/spring/">Spring circle</a>' in read(site, "sessions/archive/index.html")


def test_a_session_page_links_its_host_calendar_and_list(site):
    page = read(site, "circles/changers/index.html")
    assert "<title>Career changers circle - Fixture program</title>" in page
    assert '<a href="../../mentors/ada-example/">Ada Example</a>' in page
    assert '<a href="../../sessions/changers.ics" download>' in page
    assert 'href="https://forms.example.org/circle" rel="nofollow noopener noreferrer">Sign up</a>' in page
    assert 'edit/main/content/circles/changers.md' in page
    assert "<p>A circle for people moving into tech.</p>" in page


def test_the_hosts_profile_lists_the_sessions_they_host(site):
    page = read(site, "mentors/ada-example/index.html")
    assert '<h2 id="sessions">Circles and events</h2>' in page
    for link in ('<a href="../../circles/changers/">', '<a href="../../events/spring/">'):
        assert link in page


def test_hostile_text_renders_inert(site):
    page = read(site, "circles/hostile/index.html")
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt; circle - Fixture program</title>" in page
    assert "<h1>&lt;script&gt;alert(1)&lt;/script&gt; circle</h1>" in page
    content = page[page.index('<article class="mdir-session-page"'):]
    content = content[:content.index("</article>")]
    parts = active_parts(content)
    assert parts.found == [] and parts.scripts == []
    for path in ("sessions/index.html", "mentors/ada-example/index.html"):
        listing = read(site, path)
        assert "&lt;script&gt;alert(1)&lt;/script&gt; circle" in listing
        assert "<script>alert(1)" not in listing


def test_the_folder_index_stays_an_ordinary_page(site):
    assert "About our circles" in read(site, "circles/index.html")


def test_calendars_index_and_schema_are_published(site):
    upcoming = Calendar.from_ical((site / "sessions" / "upcoming.ics").read_bytes())
    assert sorted(str(event["SUMMARY"]) for event in upcoming.events) == [
        "<script>alert(1)</script> circle", "Career changers circle"]
    assert len(Calendar.from_ical((site / "sessions" / "spring.ics").read_bytes()).events) == 1
    index = json.loads(read(site, "sessions/sessions.json"))
    assert index["version"] == 1
    assert [session["url"] for session in index["sessions"]] == ["circles/changers/",
                                                                 "circles/hostile/"]
    schema = json.loads(read(site, "schema/session.schema.json"))
    assert schema["title"] == "Session page front matter (schema v1)"


def test_mkdocs_never_parses_a_session_page_and_a_bad_one_is_left_out(tmp_path):
    folder = session_site(tmp_path, {"circles/unsafe.md": UNSAFE, "circles/ok.md": ONGOING})
    result = build(folder)
    assert result.returncode == 0, result.stderr
    assert "WARNING -  mentor-directory: content/circles/unsafe.md:2:8: error: title: anchors " \
           "like '&a' are not allowed; write each value out in full" in result.stderr
    assert "tags like 'tag:yaml.org,2002:python/object/apply:os.system' are not allowed" in result.stderr
    assert "1 session page(s) left out of the site until fixed" in result.stderr
    assert not (folder / "site" / "circles" / "unsafe").exists()
    assert (folder / "site" / "circles" / "ok" / "index.html").exists()
    assert build(folder, "--strict").returncode == 1

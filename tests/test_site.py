"""A real `mkdocs build` of a small fixture site: the pages, files and failures it produces."""

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import CONTACT, VALID_PROFILE
from inert import active_parts
from sites import FIXTURE_CONFIG, REPO, build, make_site

GOLDEN = Path(__file__).parent / "golden"

HOSTILE = VALID_PROFILE.replace(CONTACT, "").replace("name: Ada Example", "name: '<script>alert(1)</script> Bea'") \
    .replace("ada-example", "bea-hostile") + """\
headline: '"><img src=x onerror=alert(2)>'
skills: ['<b onmouseover=alert(3)>React</b>', '</script><script>alert(4)</script>']
bio: |
  Hello <script>alert(5)</script> [click](javascript:alert(6)) <a href="https://x.example" onclick="alert(7)">x</a>
  ![img](https://example.org/x.png)
contact:
  email: bea@example.org
"""
HOSTILE = HOSTILE.replace("headline: Staff Engineer, payments\n", "").replace(
    "skills:\n  - Kubernetes\n  - golang\n", "")

FULL = VALID_PROFILE.replace(CONTACT, "").replace("Ada Example", "Cy Full").replace("ada-example", "cy-full") + """\
pronouns: they/them
location: Lagos, Nigeria
mentee_stages: [early-career]
formats: [circle, reverse-mentoring]
offers: [cv-review, introductions]
meeting_modes: [video, in-person]
industry: [public-sector]
years_in_tech: 9
experiences: [first-generation]
alumni: true
bio: |
  I run **mentoring circles** for people moving into data work.

  - SQL
  - dbt
style: "Open conversation <b>first</b>, then a plan we both write down."
responds_within: 4
availability:
  capacity: 2
  mentees: 2
  windows: [weekday-evenings, 'sat 10:00-13:00']
contact:
  calendar: https://cal.example.org/cy
  mastodon: '@cy@example.social'
recognition: true
thanks:
  - text: "Cy read my CV <script>alert(1)</script> line by line."
    name: Amaka
    date: 2026-06-03
    consent: true
  - text: Patient and practical.
    date: 2026-08-19
    consent: true
last_confirmed: 2026-10-01
"""
# Words relative to the build day ("2 months ago") change as the days go by: the golden copy
# holds a mark in their place.
AGO = re.compile(r"\b(?:today|yesterday|a year ago|\d+ (?:day|week|month|year)s ago)\b")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    folder = make_site(tmp_path_factory.mktemp("fixture"), {
        "ada.yml": VALID_PROFILE, "bea.yml": HOSTILE, "cy.yml": FULL})
    result = build(folder, "--strict")
    assert result.returncode == 0, result.stderr
    return folder / "site"


def read(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def test_directory_lists_every_mentor_as_a_card(site):
    page = read(site, "mentors/index.html")
    static_list = page.split("<template data-card-template>")[0]
    assert re.findall(r'data-mentor-id="([^"]+)"', static_list) == ["ada", "bea", "cy"]
    assert '<a data-slot="link" href="ada/">Ada Example</a>' in page
    assert "Accepting mentees (no fixed limit)" in page
    assert "Full: 2 of 2 places taken" in page
    assert "data-directory-count>3 mentors, 2 accepting new mentees.</p>" in page


def test_the_directory_asks_at_once_for_what_its_first_results_need(site):
    """On a slow network each level of imports would cost a round trip, and the script would wait
    for the theme's, which comes last in the page."""
    page = read(site, "mentors/index.html")
    scripts = "../assets/mentor-directory/"
    preloaded = re.findall(r'<link rel="modulepreload" href="([^"]+)">', page)
    assert preloaded[0] == f"{scripts}directory.js"
    assert {f"{scripts}{name}" for name in ("match.js", "rank.js", "chunks.js", "catalogue.js",
                                            "stemmers-en.js")} <= set(preloaded)
    assert all((site / "mentors" / href).is_file() for href in preloaded)
    assert '<link rel="preload" href="match-index.json" as="fetch" crossorigin>' in page
    # In the head, before the theme's inline script: that one waits for the stylesheets.
    head = page[:page.index("</head>")]
    assert head.index('rel="modulepreload"') < head.index("<script>")
    assert page.count('rel="modulepreload"') == head.count('rel="modulepreload"')
    content = page[page.index('<div class="mdir-directory"'):page.index("</article>")]
    assert content.rstrip().endswith(f'<script type="module" async src="{scripts}directory.js">'
                                     "</script>")


def test_the_directory_lists_mentors_accepting_now_first(tmp_path):
    """The served cards are the first results the script shows before any search."""
    paused = VALID_PROFILE.replace("Ada Example", "Abe Paused").replace("ada-example", "abe-paused")
    folder = make_site(tmp_path, {"abe.yml": paused + "availability:\n  accepting: false\n",
                                  "zoe.yml": VALID_PROFILE.replace("ada-example", "zoe-example")})
    assert build(folder, "--strict").returncode == 0
    page = read(folder / "site", "mentors/index.html").split("<template data-card-template>")[0]
    assert re.findall(r'data-mentor-id="([^"]+)"', page) == ["zoe", "abe"]


def test_mentor_page_matches_the_golden_copy(site):
    page = read(site, "mentors/cy/index.html")
    article = AGO.sub("some time ago", re.search(r'<article class="mdir-profile".*?</article>',
                                                   page, re.S).group())
    golden = GOLDEN / "mentor-page.html"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(article + "\n", encoding="utf-8")
    assert article + "\n" == golden.read_text(encoding="utf-8"), (
        "mentor page changed: if intended, run UPDATE_GOLDEN=1 pytest tests/test_site.py")


def test_mentor_page_title_and_edit_link(site):
    page = read(site, "mentors/ada/index.html")
    assert "<title>Ada Example - Fixture program</title>" in page
    assert 'href="https://github.com/example-org/fixture/edit/main/mentors/ada.yml"' in page
    assert "<h1>Ada Example</h1>" in page


def test_hostile_profile_text_is_inert(site):
    for path in ("mentors/bea/index.html", "mentors/index.html"):
        parts = active_parts(read(site, path))
        assert parts.found == [], path
        assert [script for script in parts.scripts if "alert(" in script.text] == [], path
    page = read(site, "mentors/bea/index.html")
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt; Bea - Fixture program</title>" in page
    bio = re.search(r'<div class="mdir-bio">(.*?)</div>', page, re.S).group(1)
    assert bio == (
        '<p>Hello &lt;script&gt;alert(5)&lt;/script&gt; <a rel="nofollow noopener noreferrer ugc">'
        'click</a> &lt;a href="https://x.example" onclick="alert(7)"&gt;x&lt;/a&gt;\n</p>')


def test_email_never_appears_as_text(site):
    for path in site.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".json", ".js", ".xml"):
            assert "bea@example.org" not in path.read_text(encoding="utf-8", errors="ignore"), path


def test_json_export_and_published_schema(site):
    export = json.loads(read(site, "mentors.json"))
    assert [mentor["id"] for mentor in export["mentors"]] == ["ada", "bea", "cy"]
    cy = export["mentors"][2]
    assert cy["url"] == "mentors/cy/"
    assert cy["availability"] == {"accepting": True, "capacity": 2, "mentees": 2,
                                  "hours_per_month": None, "waitlist": None,
                                  "windows": ["weekday-evenings", "sat 10:00-13:00"],
                                  "spots_left": 0}
    assert {key: cy[key] for key in ("offers", "meeting_modes", "industry", "years_in_tech",
                                     "alumni", "responds_within", "recognition")} == {
        "offers": ["cv-review", "introductions"], "meeting_modes": ["video", "in-person"],
        "industry": ["public-sector"], "years_in_tech": 9, "alumni": True, "responds_within": 4,
        "recognition": True}
    assert cy["style"] == "Open conversation <b>first</b>, then a plan we both write down."
    assert cy["thanks"][0] == {"text": "Cy read my CV <script>alert(1)</script> line by line.",
                               "name": "Amaka", "date": "2026-06-03", "consent": True}
    assert cy["state"] == "full"
    assert cy["contact"] == {"calendar": "https://cal.example.org/cy",
                             "mastodon": "@cy@example.social", "email": False}
    assert export["mentors"][1]["contact"] == {"email": True}
    # The bio as the mentor's page shows it: sanitised HTML, never the Markdown as written.
    page = read(site, "mentors/bea/index.html")
    assert export["mentors"][1]["bio_html"] == re.search(
        r'<div class="mdir-bio">(.*?)</div>', page, re.S).group(1)
    assert "<script>" not in export["mentors"][1]["bio_html"]
    assert cy["bio_html"] == ("<p>I run <strong>mentoring circles</strong> for people moving into data "
                         "work.</p>\n<ul>\n<li>SQL</li>\n<li>dbt</li>\n</ul>")
    assert export["mentors"][0]["bio_html"] is None
    schema = json.loads(read(site, "schema/mentor.schema.json"))
    assert schema["title"] == "Mentor profile (schema v1)"


def test_mentor_pages_and_cards_stay_out_of_nav_and_search(site):
    home = read(site, "index.html")
    assert "mentors/ada/" not in home
    index = json.loads(read(site, "search/search_index.json"))
    directory = [doc for doc in index["docs"] if doc["location"].startswith("mentors/")]
    assert [doc["location"] for doc in directory] == ["mentors/"]
    assert directory[0]["text"] == (
        "Find a mentor What would you like help with? <p>Skills, goals or shared experience in your "
        "own words, or a name. Typos are fine.</p> Filters <p>3 mentors, 2 accepting new mentees.</p>")


def test_field_reference_is_generated_into_the_guide(site):
    page = read(site, "profiles/index.html")
    assert "<code>availability.capacity</code>" in page
    assert "<code>promotion-readiness</code>" in page


def test_the_programs_request_form_reaches_mentors_without_a_contact(tmp_path):
    folder = make_site(tmp_path, {"ada.yml": VALID_PROFILE.replace(CONTACT, "")},
                       FIXTURE_CONFIG.replace("  - mentor-directory\n", "  - mentor-directory:\n"
                                              "      request_form: https://forms.example.org/ask\n"))
    result = build(folder, "--strict")
    assert result.returncode == 0, result.stderr
    without = make_site(tmp_path / "without", {"ada.yml": VALID_PROFILE.replace(CONTACT, "")})
    result = build(without, "--strict")
    assert result.returncode == 1
    assert "mentors/ada.yml:2:1: error: contact: no way for mentees to reach you" in result.stderr


def test_strict_build_fails_with_every_validation_error(tmp_path):
    folder = make_site(tmp_path, {
        "ada.yml": VALID_PROFILE,
        "bad.yml": VALID_PROFILE.replace("ada-example", "bad") + "skils: [x]\n",
        "worse.yml": "name: [\n"})
    result = build(folder, "--strict")
    assert result.returncode == 1
    assert "WARNING -  mentor-directory: mentors/bad.yml:12:1: error: skils: unknown key; did " \
           "you mean 'skills'?" in result.stderr
    assert "WARNING -  mentor-directory: mentors/worse.yml:2:1: error: name[1]: YAML syntax error" \
           in result.stderr
    assert "2 profile file(s) left out of the site until fixed" in result.stderr
    assert "Traceback" not in result.stderr
    result = build(folder)
    assert result.returncode == 0
    assert (folder / "site" / "mentors" / "ada" / "index.html").exists()
    assert not (folder / "site" / "mentors" / "bad").exists()


def test_bad_program_settings_stop_the_build_with_a_message(tmp_path):
    config = FIXTURE_CONFIG.replace("  - mentor-directory\n", "  - mentor-directory:\n      "
                                    "program:\n        goals:\n          extend:\n            - "
                                    "{id: Open Source}\n")
    result = build(make_site(tmp_path, {"ada.yml": VALID_PROFILE}, config))
    assert result.returncode == 1
    assert "mentor-directory: program.goals.extend[0]: 'label' is missing" in result.stderr
    assert "Traceback" not in result.stderr


def test_every_page_carries_its_policy_before_any_script(site):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 7  # home, profiles, directory, 3 mentors, insights, 404
    for path in pages:
        text = path.read_text(encoding="utf-8")
        assert text.count('<meta http-equiv="Content-Security-Policy"') == 1, path
        assert text.index("Content-Security-Policy") < text.index("<script"), path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_serve_rebuilds_when_a_profile_or_the_theme_changes(tmp_path):
    folder = make_site(tmp_path, {"ada.yml": VALID_PROFILE})
    port = free_port()
    # What `make serve PORT=...` runs.
    server = subprocess.Popen([sys.executable, "-m", "generator.serve", str(port)],
                              cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    url = f"http://127.0.0.1:{port}/mentors/ada/"
    stylesheet = f"http://127.0.0.1:{port}/assets/mentor-directory/directory.css"
    try:
        assert wait_for(lambda: "<h1>Ada Example</h1>" in fetch(url))
        profile = folder / "mentors" / "ada.yml"
        profile.write_text(profile.read_text().replace("Ada Example", "Ada Renamed"))
        assert wait_for(lambda: "<h1>Ada Renamed</h1>" in fetch(url))
        css = folder / "theme" / "assets" / "mentor-directory" / "directory.css"
        css.write_text(css.read_text() + "\n.changed-while-serving {}\n")
        assert wait_for(lambda: ".changed-while-serving" in fetch(stylesheet))
        # The live-reload script `mkdocs serve` injects is inline: a policy would block it.
        assert "livereload" in fetch(url) and "Content-Security-Policy" not in fetch(url)
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_serve_on_a_busy_port_says_so_in_one_line(tmp_path):
    folder = make_site(tmp_path, {"ada.yml": VALID_PROFILE})
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([sys.executable, "-m", "generator.serve", str(port)], cwd=folder,
                                capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", (
        f"make serve: port {port} is already in use (is the site being served in another "
        f"window?); stop that, or choose another port: make serve PORT={port + 1}\n"))
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "PORT := 8000\n" in makefile and "-m generator.serve $(PORT)\n" in makefile


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode()
    except OSError:
        return ""


def wait_for(condition, seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.3)
    return False


def test_home_page_markers_become_a_search_box_and_open_mentors(tmp_path):
    full = FULL.replace("capacity: 2\n  mentees: 2", "capacity: 2\n  mentees: 0")
    folder = make_site(tmp_path, {"ada.yml": VALID_PROFILE, "cy.yml": full},
                       config=FIXTURE_CONFIG + "use_directory_urls: false\n")
    (folder / "content" / "index.md").write_text(
        "# Hello\n\n<!-- mentor-directory:search-box -->\n\n<!-- mentor-directory:open-mentors 1 -->\n"
        "\n<!-- mentor-directory:open-mentors many -->\n")
    result = build(folder)
    assert result.returncode == 0, result.stderr
    assert ("WARNING -  mentor-directory: index.md: open-mentors takes a number of mentors, "
            "not 'many'") in result.stderr
    home = (folder / "site" / "index.html").read_text()
    assert '<form class="mdir-search-box" role="search" aria-label="Find a mentor" ' \
           'action="mentors/index.html" method="get">' in home
    assert len(re.findall(r'<li><a href="mentors/(?:ada|cy)\.html">', home)) == 1


def test_a_site_without_mentors_builds_and_says_so(tmp_path):
    # An organiser who deletes the sample mentors before adding their own gets a site, not a crash.
    folder = make_site(tmp_path, {})
    result = build(folder, "--strict")
    assert result.returncode == 0, result.stderr
    directory = (folder / "site" / "mentors" / "index.html").read_text(encoding="utf-8")
    assert ('<p class="mdir-summary">There are no mentors in the directory yet. Mentors: '
            '<a href="../profiles/">add your profile</a>.</p>') in directory
    assert "data-directory" not in directory  # the search script has nothing to bind to
    insights = (folder / "site" / "insights" / "index.html").read_text(encoding="utf-8")
    assert '<p class="mdir-insights__summary">No mentor profiles yet.</p>' in insights
    assert "Gaps to recruit for" not in insights and 'role="img"' not in insights
    index = json.loads((folder / "site" / "mentors" / "match-index.json").read_text())
    assert index["mentors"] == 0 and index["lists"]["goals"]


def test_every_link_on_the_directory_and_mentor_pages_has_an_address(site):
    # Search engines and assistive tools treat an <a> without href as no link at all.
    for page in ("mentors/index.html", "mentors/ada/index.html"):
        html = read(site, page)
        assert re.findall(r"<a(?=[\s>])(?![^>]*\bhref=)[^>]*>", html) == [], page


def test_the_recognition_page_lists_who_opted_in_and_the_alumni(site):
    page = read(site, "our-mentors/index.html")
    body = re.search(r'<div class="mdir-recognition">.*?</div>', page, re.S).group()
    assert '<a href="../mentors/cy/">Cy Full</a>: Staff Engineer, payments.' in body
    # Without git history there is no year to count from: only what the profile says now.
    assert '<span class="mdir-recognition__figures">2 mentees taken on · 2 thank-you notes' \
           '</span>' in body
    assert "Ada Example" not in body  # never listed without opting in
    alumni = body.split('id="alumni"')[1]
    assert '<a href="../mentors/cy/">Cy Full</a>' in alumni
    assert "<title>Our mentors - Fixture program</title>" in page

"""The built site in the program's language: the sample program built with a catalogue that marks
every message (marked_catalogue.py) shows no English outside the marks on the pages the plugin
writes, only data; and the words that are not messages (dates, numbers, language names) follow
the language."""

from __future__ import annotations

import random
import re
import zoneinfo
from contextlib import chdir
from datetime import date, timedelta

import pytest
from babel.messages.pofile import read_po
from fictional_round import applications, mentors
from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator import translation
from generator.applications import Applications
from generator.directory import Directory
from generator.languages import languages
from generator.matching import Rules, propose
from generator.pages import Links, month, render_directory
from generator.program import default_program
from generator.request import RequestSettings
from generator.round_report import report_html
from generator.session_pages import length
from generator.settings import directory_title
from generator.trust import ago
from generator.workday import MeetingWindow, read_window

from marked_catalogue import leaks, marked, strings_of
from sites import REPO, sample_program

# The pages the plugin writes, and content pages it writes into (markers, template downloads).
PAGES = ["mentors/index.html", "mentors/all/2/index.html", "mentors/linh-tran/index.html",
         "mentors/farhan-chowdhury/index.html", "mentors/hector-villalobos/index.html",
         "insights/index.html", "cohorts/index.html", "our-mentors/index.html",
         "sessions/index.html", "sessions/archive/index.html",
         "circles/career-changers/index.html", "events/story-sessions/index.html",
         "index.html", "guides/negotiation/index.html"]


# The classes of what the plugin writes (its templates, and the download link of a template
# page); the theme's and the organiser's pages use other mdir- classes around their own words.
PLUGIN_CLASSES = {found for path in [*(REPO / "generator" / "templates").glob("*.html"),
                                     REPO / "generator" / "mkdocs_plugin.py"]
                  for found in re.findall(r"mdir-[a-z][\w-]*", path.read_text("utf-8"))}
BRANDS = {"LinkedIn", "Mastodon"}  # names a contact link shows as they are


def _ours(tag: str, attrs: dict[str, str]) -> bool:
    """What the plugin wrote, with everything inside it."""
    return not PLUGIN_CLASSES.isdisjoint(attrs.get("class", "").split())


def _written_by_people(tag: str, attrs: dict[str, str]) -> bool:
    """Markdown a mentor or a host wrote (bios, session descriptions), rendered."""
    return "mdir-bio" in attrs.get("class", "").split()


@pytest.fixture(scope="module")
def spanish(tmp_path_factory):
    """The sample program built in Spanish with every message marked: (site folder, the
    messages asked for, the data its pages may show)."""
    folder = sample_program(tmp_path_factory.mktemp("spanish") / "program")
    config_file = folder / "mkdocs.yml"
    config_file.write_text(config_file.read_text("utf-8").replace("  language: en\n",
                                                                  "  language: es\n"), "utf-8")
    for profile in sorted((folder / "mentors").glob("*.yml"))[:6]:  # for a second list page
        (profile.parent / f"{profile.stem}-again.yml").write_text(re.sub(
            r"^github: (.*)$", r"github: \1-again", profile.read_text("utf-8"), flags=re.M),
            "utf-8")
    with marked("es") as translations, chdir(folder):  # where `mkdocs build` runs
        config = load_config(str(config_file), site_dir=str(folder / "site"))
        build(config)
        plugin = config.plugins["mentor-directory"]
        directory = plugin._directory
        days = [date(2024, 1, 1) + timedelta(days=n) for n in range(5 * 366)]
        data = strings_of(directory, plugin._sessions.sessions, plugin._cohorts,
                          plugin._outcomes, config.site_name, dict(plugin.config)) | BRANDS | {
            mentor.initials for mentor in directory.mentors} | {
            zone.replace("_", " ") for zone in zoneinfo.available_timezones()} | {
            languages().shown(code) for code in languages().names} | {
            text for day in days for text in (translation.active().day(day), month(day),
                                               month(day, short=True))}
    yield folder / "site", translations.asked, data


def test_every_message_a_page_asks_for_is_in_the_template(spanish):
    """A message made up at run time (`_(f"...")`, `_(label)` of an unmarked constant) would
    never reach a translator."""
    _, asked, _ = spanish
    with (REPO / "generator" / "locales" / "messages.pot").open("rb") as file:
        listed = {message.id[0] if isinstance(message.id, tuple) else message.id
                  for message in read_po(file) if message.id}
    assert asked - listed == set()


@pytest.mark.parametrize("page", PAGES)
def test_a_page_shows_no_english_outside_its_messages(spanish, page):
    site, _, data = spanish
    html = (site / page).read_text("utf-8")
    assert "«" in html, "the page shows none of the plugin's messages"
    assert leaks(html, data, within=_ours, skip=_written_by_people) == []


def test_the_checker_finds_english_left_in_a_page():
    page = ('<div class="mdir-card"><h2>«Skills»</h2><p>Ada Example · Show more mentors</p>'
            '<p>«Read the «guide», then ask»</p><input placeholder="Your name"></div>'
            '<p class="theme">Theme words</p>')
    assert leaks(page, {"Ada Example"}, within=_ours) == ["Show more mentors", "Your name"]


def test_language_names_follow_the_site_language():
    table = languages()
    assert [table.shown(code) for code in ("es", "pt", "ar")] == ["Spanish", "Portuguese",
                                                                 "Arabic"]
    try:
        translation.use("es")
        assert [table.shown(code) for code in ("es", "pt", "en")] == ["español", "portugués",
                                                                     "inglés"]
        assert table.name("es") == "Spanish"  # what profiles write and mentees type stays
        translation.use("pt-BR")
        assert table.shown("es") == "espanhol"
    finally:
        translation.use("en")


def test_dates_times_and_numbers_follow_the_site_language():
    window = read_window("mon-thu 07:00-09:30")
    assert isinstance(window, MeetingWindow)
    assert (window.describe(), ago(date(2026, 1, 1), date(2026, 3, 3)), length(90)) == (
        "Monday to Thursday 07:00–09:30", "2 months ago", "1 hour 30 minutes")
    with marked("es"):
        assert (window.describe(), ago(date(2026, 1, 1), date(2026, 3, 3)), length(90)) == (
            "««lunes to jueves» 7:00–9:30»", "«2 months ago»", "««1 hour» «30 minutes»»")
        assert (month(date(2026, 3, 3)), translation.active().number(1500)) == (
            "marzo de 2026", "1.500")
    with marked("fr"):
        assert translation.active().number(1500) == "1\u202f500"


def test_the_directory_title_follows_the_language_unless_the_organiser_set_one():
    with marked("es"):
        assert (directory_title(""), directory_title("Encuentra a tu mentora")) == (
            "«Find a mentor»", "Encuentra a tu mentora")
    assert directory_title("") == "Find a mentor"


def test_the_request_template_reaches_the_page_translated():
    with marked("es"):
        settings = RequestSettings("Fixture program").for_page()
    assert settings["subject"] == "«Mentorship request via {site}»"
    assert settings["body"].startswith("«Hi {mentor},\n")


def test_the_matching_report_shows_no_english_outside_its_messages():
    """The organisers' report of a matching round (match_report.html). The reasons and notes
    come from matching.py, whose words are not messages yet: they count as data here."""
    rng = random.Random(7)
    program = default_program()
    found, pool = applications(rng, 14, program), mentors(rng, 6, program)
    with marked("es"):
        result = propose(found, pool, program, Rules(), date(2026, 11, 30))
        html = report_html(result, Applications(found, unused={17: "«a reason»"},
                                                ignored_columns=["Timestamp"], empty_rows=2),
                           program, source="private/round.csv", today=date(2026, 11, 30))
        data = strings_of(found, pool, program, "Timestamp") | {
            languages().shown(code) for code in languages().names} | {
            translation.active().day(date(2026, 11, 30))} | {
            match.fit.reasons() for match in result.matches} | {
            reason for _application, reason in result.unmatched} | set(result.notes)
    assert result.matches and result.unmatched
    assert leaks(html, data) == []


def test_the_empty_directory_shows_no_english_outside_its_messages():
    empty = Directory((), default_program(), date(2026, 11, 30))
    with marked("es"):
        html = render_directory(empty, Links(), RequestSettings("Fixture program"),
                                title="Encuentra a tu mentora", guide="../profiles/")
    assert "«add your profile»" in html
    assert leaks(html, {"Encuentra a tu mentora"}) == []

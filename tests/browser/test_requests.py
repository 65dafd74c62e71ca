"""Requesting a mentor in Chromium: each channel, full, paused and stale mentors, no stored data."""

import re
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from playwright.sync_api import expect

from sites import FIXTURE_CONFIG, build, make_site

from .conftest import directory_ready, serve
from .test_search import mentor

MENTORS = {
    "form.yml": mentor("Fola Form", "python", "[confidence]",
                       extra="contact:\n  form: https://forms.example.org/fola\n"),
    "cal.yml": mentor("Cal Endar", "python", "[confidence, negotiation]",
                      extra="contact:\n  calendar: https://cal.example.org/cal\n"),
    "mail.yml": mentor("Mai Lee", "python", "[confidence]",
                       extra="contact:\n  email: mai.lee@example.org\n"),
    "jose.yml": mentor("Jose Lima", "python", "[confidence]",
                       extra="contact:\n  email: josé@example.org\n"),
    "full.yml": mentor("Fay Full", "python", "[confidence]", extra=(
        "availability:\n  capacity: 2\n  mentees: 2\n"
        "  waitlist: https://forms.example.org/fay-waitlist\n")),
    "paused.yml": mentor("Pat Paused", "python", "[confidence]",
                         extra="availability:\n  accepting: false\n"),
    "old.yml": mentor("Olu Old", "python", "[confidence]", extra="last_confirmed: 2025-01-15\n"),
}
ISSUES_FORM = "https://github.com/example-org/program/issues/new?template=request.yml&mentor={mentor}"


def serve_site(tmp_path_factory, config=FIXTURE_CONFIG):
    folder = make_site(tmp_path_factory.mktemp("requests"), MENTORS, config)
    result = build(folder, "--strict")
    assert result.returncode == 0, result.stderr
    return folder / "site", *serve(folder / "site")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder, server, url = serve_site(tmp_path_factory)
    yield folder, url
    server.shutdown()


def open_composer(page, url: str, mentor_id: str):
    page.goto(url + f"mentors/{mentor_id}/")
    page.wait_for_selector("[data-request][data-bound]")  # the script has bound its click
    page.get_by_role("button", name="Request mentorship").or_(
        page.get_by_role("link", name="Request mentorship")).click()
    dialog = page.get_by_role("dialog", name=re.compile("^Request mentorship from"))
    dialog.get_by_label("Your name").fill("Sam Mentee")
    dialog.get_by_label("What would you like help with?").fill("Preparing for a promotion case")
    return dialog


@pytest.mark.parametrize("mentor_id, label, href", [
    ("form", "Open the mentor's contact form", "https://forms.example.org/fola"),
    ("cal", "Book a first call", "https://cal.example.org/cal"),
])
def test_form_and_calendar_channels(page, site, mentor_id, label, href):
    dialog = open_composer(page, site[1], mentor_id)
    send = dialog.get_by_role("link", name=label)
    assert send.get_attribute("href") == href
    message = dialog.get_by_label("Your message").input_value()
    assert message.startswith("Hi ")
    assert "Preparing for a promotion case" in message and message.endswith("Sam Mentee")


def test_email_is_assembled_only_when_sending(page, site):
    dialog = open_composer(page, site[1], "mail")
    send = dialog.get_by_role("link", name="Write the email")
    assert send.get_attribute("href") == "#"
    assert "mai.lee@example.org" not in page.content()
    send.evaluate("link => link.addEventListener('click', event => event.preventDefault())")
    send.click()
    href = send.get_attribute("href")
    address, _, query = href.partition("?")
    assert address == "mailto:mai.lee@example.org"
    fields = parse_qs(query)
    assert fields["subject"] == ["Mentorship request via Fixture program"]
    assert fields["body"][0].startswith("Hi Mai,\n\nI found your profile on Fixture program")
    dialog.get_by_role("button", name="Close", exact=True).click()
    # The dialog's close event, which takes the address out again, comes as a task of its own.
    expect(page.locator("[data-composer-send]")).to_have_attribute("href", "#")


def test_an_address_in_another_script_arrives_as_written(page, site):
    """The build obscures the address's UTF-8 bytes; the page must turn back those same bytes."""
    dialog = open_composer(page, site[1], "jose")
    send = dialog.get_by_role("link", name="Write the email")
    send.evaluate("link => link.addEventListener('click', event => event.preventDefault())")
    send.click()
    address, _, query = send.get_attribute("href").partition("?")
    assert address == "mailto:jos%C3%A9@example.org"
    assert unquote(address) == "mailto:josé@example.org"
    assert sorted(parse_qs(query)) == ["body", "subject"]
    assert parse_qs(query)["body"][0].startswith("Hi Jose,")
    page.keyboard.press("Escape")
    page.get_by_role("button", name="Show email address").click()
    link = page.get_by_role("link", name="josé@example.org")
    assert link.get_attribute("href") == "mailto:jos%C3%A9@example.org"


def test_copy_message(browser, site):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    dialog = open_composer(page, site[1], "cal")
    dialog.get_by_role("button", name="Copy message").click()
    expect(dialog.locator("[data-composer-status]")).to_have_text("Message copied.")
    assert page.evaluate("navigator.clipboard.readText()").endswith("Sam Mentee")
    context.close()


@pytest.mark.parametrize("mentor_id, text, waitlist", [
    ("full", "All places are taken right now.", "https://forms.example.org/fay-waitlist"),
    ("paused", "Not accepting new mentees right now.", None),
])
def test_full_and_paused_mentors_cannot_be_requested(page, site, mentor_id, text, waitlist):
    page.goto(site[1] + f"mentors/{mentor_id}/")
    assert page.get_by_role("button", name="Request mentorship").count() == 0
    closed = page.locator(".mdir-request-closed")
    assert closed.inner_text().startswith(text)
    links = closed.get_by_role("link", name="Join the waitlist")
    assert (links.get_attribute("href") if links.count() else None) == waitlist


def test_stale_mentor_is_marked_and_left_out_of_default_results(page, site):
    page.goto(site[1] + "mentors/")
    directory_ready(page)
    shown = page.locator("[data-directory-results] [data-mentor-id]")
    ids = shown.evaluate_all("cards => cards.map(card => card.dataset.mentorId)")
    assert sorted(ids) == ["cal", "form", "jose", "mail"]
    page.get_by_label("Only mentors accepting new mentees").uncheck()
    page.wait_for_url(re.compile(r"accepting=all"))
    old = page.locator("[data-mentor-id=old]")
    assert old.locator(".mdir-status").inner_text() == "Not confirmed since 15 January 2025"
    assert old.get_by_role("button", name="Request mentorship").count() == 1
    full = page.locator("[data-mentor-id=full]")
    assert full.locator(".mdir-request-closed").inner_text() == (
        "All places are taken right now. Join the waitlist")
    page.goto(site[1] + "mentors/old/")
    assert "may be out of date: it was last confirmed on 15 January 2025" in page.inner_text("main")


def test_request_from_a_result_card_carries_the_searched_goals(page, site):
    page.goto(site[1] + "mentors/?goals=negotiation")
    directory_ready(page)
    page.wait_for_selector("[data-mentor-id=cal] [data-request][data-bound]")
    page.locator("[data-mentor-id=cal]").get_by_role("button", name="Request mentorship").click()
    dialog = page.get_by_role("dialog", name=re.compile("^Request mentorship from"))
    assert dialog.get_by_label("Negotiation").is_checked()
    assert not dialog.get_by_label("Confidence").is_checked()
    page.keyboard.press("Escape")
    expect(page.locator("[data-mentor-id=cal]").get_by_role("button", name="Request mentorship")
           ).to_be_focused()


def test_program_form_through_github_issues_warns_that_requests_are_public(page, tmp_path_factory):
    config = FIXTURE_CONFIG.replace("  - mentor-directory\n",
                                    f"  - mentor-directory:\n      request_form: \"{ISSUES_FORM}\"\n")
    _folder, server, url = serve_site(tmp_path_factory, config)
    try:
        dialog = open_composer(page, url, "mail")
        send = dialog.get_by_role("link", name="Open the program's request form")
        target = urlsplit(send.get_attribute("href"))
        assert (target.netloc, parse_qs(target.query)["mentor"]) == ("github.com", ["mail"])
        assert dialog.locator("[data-composer-public]").is_visible()
        assert "anyone can read" in dialog.locator("[data-composer-public]").inner_text()
    finally:
        server.shutdown()


def test_no_email_address_in_any_built_file(site):
    folder, _ = site
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"mai.lee@example.org" not in data, path
            assert "josé@example.org".encode() not in data, path


@pytest.mark.parametrize("width", [390, 1280])
def test_the_composer_starts_with_its_heading_and_a_way_out(browser, site, width):
    page = browser.new_page(viewport={"width": width, "height": 844})
    try:
        dialog = open_composer(page, site[1], "mail")
        heading = dialog.get_by_role("heading", name=re.compile("^Request mentorship from"))
        assert heading.bounding_box()["y"] - dialog.bounding_box()["y"] < 30
        message = dialog.get_by_label("Your message").input_value()
        assert "[your goals]" not in message and "[when you are usually free]" not in message
        close = dialog.get_by_role("button", name="Close the request")
        assert close.bounding_box()["y"] < heading.bounding_box()["y"] + heading.bounding_box()["height"]
        close.click()
        expect(dialog).to_be_hidden()
    finally:
        page.close()

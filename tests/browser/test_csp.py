"""The Content-Security-Policy in Chromium: the site's own parts run, anything added to content doesn't."""

from conftest import VALID_PROFILE
from sites import build, make_site

from .conftest import REPORT_CSP_VIOLATIONS, directory_ready, serve

INJECTED = """\
# Injected

<script>window.__ran = true</script>

<img alt="" src="https://tracker.example/pixel.png">
"""


def test_policy_blocks_what_content_adds_and_allows_mentor_photos(browser, tmp_path):
    folder = make_site(tmp_path, {
        "ada.yml": VALID_PROFILE + "photo: https://avatars.example/ada.png\n"})
    (folder / "content" / "injected.md").write_text(INJECTED)
    assert build(folder, "--strict").returncode == 0
    server, url = serve(folder / "site")
    context = browser.new_context()
    context.add_init_script(REPORT_CSP_VIOLATIONS)
    page = context.new_page()
    violations: list[str] = []
    page.on("console", lambda message: message.text.startswith("CSP violation")
            and violations.append(message.text.split(" at ")[0]))
    try:
        page.goto(url + "injected/")
        page.wait_for_load_state("networkidle")
        assert page.evaluate("window.__ran") is None
        assert sorted(violations) == [
            "CSP violation: img-src blocked https://tracker.example/pixel.png",
            "CSP violation: script-src-elem blocked inline",
        ]
        violations.clear()
        page.goto(url + "mentors/ada/")
        page.wait_for_load_state("networkidle")
        assert page.locator("img[src='https://avatars.example/ada.png']").count() == 1
        page.goto(url + "mentors/")
        directory_ready(page)
        assert violations == []
    finally:
        context.close()
        server.shutdown()

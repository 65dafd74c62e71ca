"""A real Chromium (Debian's, never a downloaded one) and built sites served under a sub-path."""

from __future__ import annotations

import functools
import os
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from sites import build, sample_program

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
# Without these, Chromium keeps trying to reach Google's services from a closed network.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
PREFIX = "/mentor-directory/"  # like a GitHub Pages project site
AXE = Path(__file__).resolve().parent.parent / "vendor" / "axe-core" / "axe.min.js"
HERE = Path(__file__).resolve().parent


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Marks every test in this folder `browser`, so that `pytest -m "not browser"` skips them."""
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"Chromium not found at {CHROMIUM}; .ci/run installs Debian's chromium")
        pytest.skip("Chromium is not installed (apt-get install chromium); CI runs these tests")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class SubPathHandler(SimpleHTTPRequestHandler):
    """Serves a folder only below PREFIX, so any link that escapes the sub-path gets a 404."""

    def translate_path(self, path: str) -> str:
        if not path.startswith(PREFIX):
            return "/nonexistent"
        return super().translate_path("/" + path[len(PREFIX):])

    def log_message(self, *args) -> None:
        pass


def serve(folder: Path, handler: type[SubPathHandler] = SubPathHandler):
    """Serves the folder at PREFIX on a free local port; returns the server and the site's URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory):
    """The tests' copy of the sample program, built with `mkdocs build --strict`, at a sub-path
    URL."""
    folder = sample_program(tmp_path_factory.mktemp("sample") / "program")
    result = build(folder, "--strict")
    assert result.returncode == 0, result.stderr
    out = folder / "site"
    server, url = serve(out)
    yield url
    server.shutdown()


def _is_our_error(message) -> bool:
    """Console errors count, except failed loads from other hosts (this machine is offline)."""
    if message.type != "error":
        return False
    url = message.location.get("url", "")
    return not (message.text.startswith("Failed to load resource")
                and not url.startswith("http://127.0.0.1:"))


# Every page reports what its Content-Security-Policy blocked, as a console error the fixture sees.
REPORT_CSP_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => console.error(
  `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}` +
  ` at ${event.sourceFile}:${event.lineNumber}`));
"""


@pytest.fixture
def page(browser):
    """A fresh page that fails the test on any console error, page error, CSP violation or dialog."""
    context = browser.new_context()
    context.add_init_script(REPORT_CSP_VIOLATIONS)
    page = context.new_page()
    trouble: list[str] = []
    page.on("console", lambda message: _is_our_error(message) and trouble.append(message.text))
    page.on("pageerror", lambda error: trouble.append(str(error)))
    page.on("dialog", lambda dialog: (trouble.append(f"dialog: {dialog.message}"),
                                      dialog.dismiss()))
    yield page
    context.close()
    assert trouble == []


def directory_ready(page) -> None:
    """Waits until the directory script has started (it binds through Material's document$,
    which may come after the load event) and its indexes are loaded."""
    page.wait_for_function("() => window.mentorDirectory")
    page.evaluate("window.mentorDirectory.ready")


def axe_violations(page) -> list[str]:
    """axe-core's findings on the page as it is now, every rule and impact."""
    # Evaluated through the DevTools protocol: a <script> tag would be blocked by the page's CSP.
    page.evaluate(AXE.read_text(encoding="utf-8") + "\n;undefined")
    return page.evaluate("axe.run(document).then(result => result.violations.map(v => "
                         "`${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(' ')).join(', ')}`))")


def page_violations(browser, url: str, prepare, scheme: str) -> list[str]:
    """axe-core's findings on a page opened fresh in a colour scheme, once `prepare(page)` (if
    any) has brought it to the state to check."""
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(url)
    if prepare:
        prepare(page)
    violations = axe_violations(page)
    context.close()
    return violations

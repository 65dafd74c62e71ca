"""Reports that a mentor does not answer: the link from a mentor's page, the issue form, and the
open reports read back for `mentors stale --reported` (their bodies are hostile input)."""

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

from generator.program import default_program
from generator.reports import FORM_NAME, LABEL, render_form, report_link

from conftest import VALID_PROFILE
from test_issue_form import body_of

MENTORS = str(Path(sys.executable).parent / "mentors")
FORM = yaml.safe_load(render_form(default_program()))


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([MENTORS, *args], cwd=cwd, capture_output=True, text=True)


@pytest.mark.parametrize("repo, link", [
    ("https://github.com/example-org/mentors", "https://github.com/example-org/mentors/issues/new"
     f"?template={FORM_NAME}&title=No+answer+from+mentor+ada&profile=ada"),
    ("https://github.com/example-org/mentors.git/", "https://github.com/example-org/mentors/issues"
     f"/new?template={FORM_NAME}&title=No+answer+from+mentor+ada&profile=ada"),
    ("https://gitlab.com/example-org/mentors", None),
    ("https://github.com/example-org/mentors/issues?x=\"><script>", None),
    (None, None),
])
def test_the_link_fills_in_the_profile_and_nothing_else(repo, link):
    assert report_link(repo, "ada") == link


def test_the_form_asks_for_nothing_personal():
    assert FORM["labels"] == [LABEL]
    questions = [element for element in FORM["body"] if element["type"] != "markdown"]
    assert [element["id"] for element in questions] == ["profile", "waited"]
    assert "This issue is public." in FORM["body"][0]["attributes"]["value"]


def reports(*bodies: str, created: str = "2026-11-02T08:00:00Z") -> str:
    return json.dumps([{"number": 10 + n, "body": text, "createdAt": created}
                       for n, text in enumerate(bodies)])


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "mentors").mkdir()
    (tmp_path / "mentors" / "ada.yml").write_text(VALID_PROFILE + "last_confirmed: 2026-11-01\n")
    (tmp_path / "mentors" / "bo.yml").write_text(VALID_PROFILE.replace("ada-example", "bo-login")
                                                 + "last_confirmed: 2020-01-02\n")
    return tmp_path


def test_stale_lists_the_reported_profiles_too(project):
    (project / "reported.json").write_text(reports(
        body_of(FORM, profile="ada", waited="2 to 4 weeks ago"),
        body_of(FORM, profile="ADA ", waited="More than a month ago"),
        body_of(FORM, profile="bo", waited="1 to 2 weeks ago"),
        # Hostile or mistaken bodies name no profile of the directory: they are left out.
        body_of(FORM, profile="../mkdocs", waited="x"),
        body_of(FORM, profile="::add-mask::ada", waited="x"),
        body_of(FORM, profile="nobody-here", waited="x"),
        "### Profile\n\n" + "a" * 100_000,
        "no form at all"))
    listed = run("stale", "--reported", "reported.json", cwd=project)
    assert listed.returncode == 0, listed.stderr
    bo_days = (date.today() - date(2020, 1, 2)).days
    assert listed.stdout.splitlines() == [
        f"mentors/bo.yml: @bo-login, last confirmed 2020-01-02 ({bo_days} days ago); reported as not "
        "answering in #12, since 2026-11-02",
        "mentors/ada.yml: @ada-example, reported as not answering in #10 and #11, since "
        "2026-11-02"]
    as_json = json.loads(run("stale", "--reported", "reported.json", "--format", "json",
                             cwd=project).stdout)
    assert [(item["id"], item["reports"]) for item in as_json] == [("bo", [12]), ("ada", [10, 11])]
    markdown = run("stale", "--reported", "reported.json", "--format", "markdown",
                   cwd=project).stdout
    assert "- [ ] @ada-example: `mentors/ada.yml`, reported as not answering in #10 and #11, " \
           "since 2026-11-02" in markdown
    (project / "reported.json").write_text("[]")
    (project / "mentors" / "bo.yml").unlink()
    assert run("stale", "--reported", "reported.json", cwd=project).stdout == \
        "No stale or reported profiles.\n"


@pytest.mark.parametrize("text", ["{", '{"number": 1}', '[{"number": "1", "body": "", '
                                  '"createdAt": "2026-11-02T08:00:00Z"}]',
                                  '[{"number": 1, "body": "", "createdAt": "yesterday"}]'])
def test_a_list_of_reports_that_is_not_what_gh_writes_is_refused(project, text):
    (project / "reported.json").write_text(text)
    result = run("stale", "--reported", "reported.json", cwd=project)
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1].startswith("mentors: error: the list of reports ")

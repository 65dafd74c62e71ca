"""Sample data still in use: found and located, said in the build without failing it, and
shown on GitHub Actions as warnings."""

import os
import re
import subprocess
import sys

from generator.sample import find_sample

from conftest import VALID_PROFILE
from sites import FIXTURE_CONFIG, build, make_program, make_site

MARKED = VALID_PROFILE.replace(
    "name: Ada Example", "# mentor-directory:sample: a fictional mentor.\nname: Ada Example")
SAMPLE_CONFIG = FIXTURE_CONFIG.replace("  - mentor-directory\n", """\
  - mentor-directory:
      request_form: https://forms.example.org/request?mentor={mentor}
""")


def test_every_kind_of_sample_data_is_located(tmp_path):
    folder = make_site(tmp_path, {"ada.yml": MARKED, "bea.yml": VALID_PROFILE.replace(
        "ada-example", "bea")}, SAMPLE_CONFIG)
    (folder / "content" / "circles").mkdir()
    (folder / "content" / "circles" / "c.md").write_text(
        "---\n# mentor-directory:sample: a fictional circle.\ntitle: C\n---\n")
    (folder / ".github").mkdir()
    (folder / ".github" / "CODEOWNERS").write_text(
        "# Replace @example-org/maintainers with your team.\n/generator/ @example-org/maintainers\n")
    step = '(start guide: "Replace the sample data")'
    assert [problem.text() for problem in find_sample(folder / "mkdocs.yml", "mentors")] == [
        "mkdocs.yml:1:1: error: site_url is not set, so links to the site (in calendar files, "
        "the search engines' sitemap, the profile check's summary) can't be made; set it to your "
        "site's address (start guide: \"Name your site\")",
        "mkdocs.yml:2:30: error: still names the template's placeholder 'example-org'; name your "
        "own repository (start guide: \"Name your site\")",
        "mkdocs.yml:17:21: error: https://forms.example.org/request?mentor={mentor} is an example "
        "address, not your program's; put your own form or page there, or delete the sample "
        f"cohort or setting {step}",
        "mentors/ada.yml:2:1: error: is the template's fictional sample; delete the file, or once "
        f"it holds your program's own words, the line with 'mentor-directory:sample' {step}",
        "content/circles/c.md:2:1: error: is the template's fictional sample; delete the file, or "
        f"once it holds your program's own words, the line with 'mentor-directory:sample' {step}",
        ".github/CODEOWNERS:2:13: error: still names the template's placeholder team "
        "@example-org/…; name your own team or people (start guide: \"Name who looks after the "
        "site\")",
    ]


def test_a_program_of_its_own_has_none(tmp_path):
    assert find_sample(make_program(tmp_path, {"ada.yml": VALID_PROFILE}) / "mkdocs.yml",
                       "mentors") == []


def test_the_build_says_what_is_left_and_still_publishes(tmp_path):
    folder = make_site(tmp_path, {"ada.yml": MARKED}, SAMPLE_CONFIG)
    (folder / "content" / "faq.md").write_text("# FAQ\n\nAsk [contact email or form].\n")
    result = build(folder, "--strict")
    assert result.returncode == 0, result.stderr
    assert (
        "INFO    -  mentor-directory: sample data still in use: mkdocs.yml (3), mentors/ada.yml; "
        "the start guide says how to replace each, and 'mentors check' lists each one\n"
        "INFO    -  mentor-directory: 1 placeholder to fill in: content/faq.md; the start "
        "guide's step \"Fill in your program's details\" covers them, and 'mentors check' lists "
        "each one\n") in result.stderr
    # On GitHub, each place is a warning on the run's page, which a strict build doesn't count.
    actions = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=folder, capture_output=True,
        text=True, env={**os.environ, "GITHUB_ACTIONS": "true", "NO_MKDOCS_2_WARNING": "1"})
    assert actions.returncode == 0, actions.stderr
    assert re.findall(r"^::warning .*$", actions.stdout, re.M) == [
        "::warning file=mkdocs.yml,line=1,col=1,title=mentor-directory%3A sample data still in "
        "use::sample data still in use: mkdocs.yml (3); site_url is not set, so links to the site "
        "(in calendar files, the search engines' sitemap, the profile check's summary) can't be "
        "made; set it to your site's address (start guide: \"Name your site\")",
        "::warning file=mentors/ada.yml,line=2,col=1,title=mentor-directory%3A sample data still "
        "in use::sample data still in use: mentors/ada.yml; is the template's fictional sample; "
        "delete the file, or once it holds your program's own words, the line with "
        "'mentor-directory:sample' (start guide: \"Replace the sample data\")",
        "::warning file=content/faq.md,line=3,col=5,title=mentor-directory%3A 1 placeholder to "
        "fill in::1 placeholder to fill in: content/faq.md; placeholder [contact email or form] "
        "is not filled in; replace it with your program's own details, or delete the sentence "
        "(start guide: \"Fill in your program's details\")",
    ]

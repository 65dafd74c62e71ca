"""The "Start your program" guide, followed step by step as a new organiser would follow it.

The edits come from the guide's own YAML blocks and words, applied to a copy of the repository
the way the guide says to, so the guide cannot drift from `mkdocs.yml`; then the site is really
built, the organisers' check passes on the result, and so do the software's own tests run there:
they don't depend on the sample the organiser has replaced.
"""

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.placeholders import PROGRAM_PAGES, in_markdown
from generator.sample import STEPS

from conftest import VALID_PROFILE
from sites import REPO, build
from test_directory import git

pytestmark = pytest.mark.sample  # the start guide as the template ships it
GUIDE = (REPO / "content" / "start.md").read_text(encoding="utf-8")
SITE_URL = "https://your-org.github.io/mentors/"
EXAMPLE_FORMS, FORMS = "forms.example.org", "forms.lisbon-wit.test"  # step 9: "your own form"
REPO_URL = "https://github.com/your-org/mentors"


def step(number: int) -> str:
    """The text of one numbered step of the guide."""
    found = re.search(rf"^## {number}\. .*?(?=^## |\Z)", GUIDE, re.S | re.M)
    assert found, f"step {number} is missing"
    return found.group()


def yaml_blocks(number: int) -> list[str]:
    """The YAML blocks of one step, without the indentation of the list they sit in."""
    blocks = re.findall(r"^( *)```yaml\n(.*?)^\1```", step(number), re.S | re.M)
    return ["\n".join(line[len(indent):] for line in text.rstrip("\n").split("\n"))
            for indent, text in blocks]


def replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"mkdocs.yml does not have exactly one:\n{old}"
    return text.replace(old, new)


def copy_repository(folder: Path) -> Path:
    """What "Use this template" gives: the repository's files (those git would commit)."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=REPO, capture_output=True, check=True).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = REPO / name
        if source.is_file() or source.is_symlink():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, folder / name, follow_symlinks=False)
    return folder


def run_here(folder: Path, *command: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *command], cwd=folder, capture_output=True, text=True,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})


def without_brackets(text: str) -> str:
    """A placeholder filled in: its words, without the brackets (nested ones too)."""
    return text.replace("[", "").replace("]", "")


@pytest.fixture(scope="module")
def program(tmp_path_factory) -> Path:
    """A copy of the template with every step of the guide done, and its site built."""
    folder = copy_repository(tmp_path_factory.mktemp("program"))
    config = (folder / "mkdocs.yml").read_text(encoding="utf-8")

    # Step 5: each line of the block replaces the line for the same setting (site_url is
    # commented out in the template: the guide says to delete the '# ').
    for line in yaml_blocks(5)[0].splitlines():
        key = line.split(":")[0]
        found = re.findall(rf"^(?:# )?{key}:.*$", config, re.M)
        assert len(found) == 1, key
        config = config.replace(found[0], line)
    # Step 6: primary and accent, in both palette entries.
    for line in yaml_blocks(6)[0].splitlines():
        key, value = line.strip().split(": ")
        config, count = re.subn(rf"^(\s+){key}: .*$", rf"\g<1>{key}: {value}", config, flags=re.M)
        assert count == 2, key
    # Step 7: the logo file, and a logo line under theme.
    (folder / "content" / "assets").mkdir(parents=True, exist_ok=True)
    (folder / "content" / "assets" / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/>'
        "</svg>\n")
    (logo,) = yaml_blocks(7)
    config = replace_once(config, logo.rsplit("\n", 1)[0] + "\n", logo + "\n")
    # Steps 8 and 9: the guide's plugin blocks start with the template's own lines.
    for number in (8, 9):
        (block,) = yaml_blocks(number)
        new = re.search(r"^      (program|request_form):", block, re.M).start()
        config = replace_once(config, block[:new], block.replace(EXAMPLE_FORMS, FORMS) + "\n")
    # Step 8 too: a removed goal's guide goes, with its row in the guides' table and its line in
    # the navigation.
    removed = re.search(r"^ *remove: \[(.*)\]$", yaml_blocks(8)[0], re.M).group(1)
    assert f"`content/guides/{removed}.md`" in step(8)
    nav_line = re.search(r"and the line `(.*?)`", step(8)).group(1)
    config, count = re.subn(rf"^ *{re.escape(nav_line)}\n", "", config, flags=re.M)
    assert count == 1, nav_line
    (folder / "mkdocs.yml").write_text(config, encoding="utf-8")
    (folder / "content" / "guides" / f"{removed}.md").unlink()
    table = folder / "content" / "guides" / "index.md"
    rows = table.read_text(encoding="utf-8").splitlines(keepends=True)
    row = re.search(r"the row that starts with `(.*?)`", step(8)).group(1)
    assert sum(line.startswith(row) for line in rows) == 1
    table.write_text("".join(line for line in rows if not line.startswith(row)), encoding="utf-8")

    # Step 10: a real profile first, then the guide's commands remove the samples.
    (folder / "mentors" / "ada-example.yml").write_text(
        VALID_PROFILE.replace("technical-growth", "open-source"))
    git(folder, "init", "--quiet", "--initial-branch=main")
    git(folder, "add", ".")
    git(folder, "commit", "--quiet", "-m", "Steps 5 to 9, and my profile")
    # Step 8 too: the "Update derived files" workflow's pull request, merged.
    assert "**Update derived files** workflow" in step(8) and "`mentors generate`" in step(8)
    assert run_here(folder, "-m", "generator.cli", "generate").returncode == 0
    git(folder, "commit", "--quiet", "-am", "Update the profile form and schema")
    (commands,) = re.findall(r"^ *```sh\n(.*?)^ *```", step(10), re.S | re.M)
    commands = [line.strip().replace("your-id", "ada-example") for line in commands.splitlines()]
    assert commands[-1] == "git push"
    for command in commands[:-1]:
        git(folder, *shlex.split(command)[1:])
    assert sorted(path.name for path in (folder / "mentors").iterdir()) == ["ada-example.yml"]
    # Step 10 still: the sample cohort's lines in mkdocs.yml, and the home page's sample comment.
    assert "the `cohorts:` line and the lines indented under it" in step(10)
    config = (folder / "mkdocs.yml").read_text(encoding="utf-8")
    cohorts = re.search(r"^( *)cohorts:\n(?:\1 +.*\n)+", config, re.M)
    (folder / "mkdocs.yml").write_text(config.replace(cohorts.group(), ""), encoding="utf-8")
    assert "delete its first comment, the one that starts with `<!-- mentor-directory:sample`" \
        in step(10)
    home = folder / "content" / "index.md"
    comment = re.search(r"<!-- mentor-directory:sample.*?-->\n", home.read_text(), re.S).group()
    home.write_text(home.read_text().replace(comment, ""))

    # Step 11: every placeholder in the pages the step names, filled in.
    pages = re.findall(r"^- `content/([a-z-]+\.md)`:", step(11), re.M)
    assert pages == list(PROGRAM_PAGES)
    for page in pages:
        path = folder / "content" / page
        lines = path.read_text(encoding="utf-8").split("\n")
        for found in reversed(in_markdown("\n".join(lines), page)):
            line = lines[found.line - 1]
            start = found.column - 1
            lines[found.line - 1] = (line[:start] + without_brackets(found.text)
                                     + line[start + len(found.text):])
        path.write_text("\n".join(lines), encoding="utf-8")

    # Step 12: the code owners.
    team = re.search(r"replace `(@[\w/-]+)` with your own team, such as `(@[\w/-]+)`",
                     step(12)).groups()
    owners = folder / ".github" / "CODEOWNERS"
    owners.write_text(owners.read_text().replace(*team))
    git(folder, "add", "--all")
    git(folder, "commit", "--quiet", "-m", "Steps 10 to 12")

    result = build(folder, "--strict")
    assert result.returncode == 0, result.stderr
    assert "still in use" not in result.stderr and "to fill in" not in result.stderr
    return folder


def page(program: Path, path: str) -> str:
    return (program / "site" / path).read_text(encoding="utf-8")


def test_the_guide_has_every_step_in_order():
    titles = re.findall(r"^## (\d+)\. (.*)$", GUIDE, re.M)
    assert [int(number) for number, _ in titles] == list(range(1, len(titles) + 1))
    for words in ("Use this template", "Source**, choose **GitHub Actions",
                  "Allow GitHub Actions to create and approve pull requests", "`mentor-profile`",
                  "`maintainer-approved`", "@example-org/maintainers", "Check profiles",
                  "Profile ownership"):
        assert words in GUIDE, words


def test_the_ruleset_keeps_approvals_and_checks_for_the_commit_that_is_merged():
    # A push after an approval dismisses it, and a pull request is checked together with
    # everything merged before it (two profiles for one account are each valid alone).
    ruleset = step(13)
    for setting in ("Required approvals** to `1`",
                    "**Dismiss stale pull request approvals when new commits are pushed**",
                    "**Require approval of the most recent reviewable push**",
                    "**Require review from Code Owners**",
                    "**Require branches to be up to date before merging**",
                    "add **Check profiles** and **Profile ownership**"):
        assert setting in ruleset, setting


def test_the_site_has_the_programs_name_and_address(program):
    home = page(program, "index.html")
    assert "<title>Lisbon Women in Tech Mentors</title>" in home
    assert f'<link rel="canonical" href="{SITE_URL}">' in home
    guide = page(program, "profiles/index.html")
    assert f'<link rel="canonical" href="{SITE_URL}profiles/">' in guide
    sitemap = re.findall(r"<loc>(.*?)</loc>", page(program, "sitemap.xml"))
    assert f"{SITE_URL}mentors/ada-example/" in sitemap
    assert all(url.startswith(SITE_URL) for url in sitemap)


def test_edit_links_point_at_the_new_repository(program):
    guide = page(program, "profiles/index.html")
    assert f'href="{REPO_URL}/edit/main/content/profiles.md"' in guide
    mentor = page(program, "mentors/ada-example/index.html")
    assert f"{REPO_URL}/edit/main/mentors/ada-example.yml" in mentor
    assert "example-org/mentor-directory" not in guide


def test_colours_and_logo(program):
    home = page(program, "index.html")
    assert 'data-md-color-primary="teal"' in home
    assert 'data-md-color-accent="deep-orange"' in home
    assert '<img src="assets/logo.svg" alt="logo">' in home
    assert (program / "site" / "assets" / "logo.svg").is_file()


def test_the_goal_list_and_the_request_form(program):
    guide = page(program, "profiles/index.html")
    assert "<code>open-source</code></td>\n<td>Open source</td>" in guide
    assert "<code>certifications</code>" not in guide
    assert f"{FORMS}/request" in page(program, "mentors/ada-example/index.html")


def test_the_new_lists_reach_the_checks_and_the_issue_form(program):
    mentors = [sys.executable, "-m", "generator.cli"]
    result = subprocess.run([*mentors, "validate", "--summary", "summary.md"], cwd=program,
                            capture_output=True, text=True)
    assert (result.returncode, result.stdout) == (0, "1 valid profile.\n")
    assert f"[profile guide]({SITE_URL}profiles/)" in (program / "summary.md").read_text()
    result = subprocess.run([*mentors, "issue-form", "--output", "-"], cwd=program,
                            capture_output=True, text=True)
    assert "- label: Open source (`open-source`)\n" in result.stdout
    assert "certifications" not in result.stdout


def test_the_checks_messages_name_steps_the_guide_has():
    titles = re.findall(r"^## \d+\. (.*)$", GUIDE, re.M)
    assert set(STEPS) <= set(titles), set(STEPS) - set(titles)


def test_step_14_the_organisers_check_passes(program):
    assert "`make check`" in step(14) and "**Check your program**" in step(14)
    result = run_here(program, "-m", "generator.cli", "check")
    assert (result.returncode, result.stdout.splitlines()[-1]) == (
        0, "Your program is ready to go live."), result.stdout


def test_the_softwares_own_tests_pass_in_the_program(program):
    # The tests of the template's sample are skipped there, saying why; every other test of the
    # software that reads a program or builds a site runs, and passes.
    result = run_here(program, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m",
                      "not browser", "-rs", *PRODUCT_TESTS)
    assert result.returncode == 0, result.stdout[-3000:]
    skipped = re.findall(r"^SKIPPED \[\d+\] (tests/\S+?\.py)(?::\d+)?: (.*)$", result.stdout,
                         re.M)
    assert {reason for _, reason in skipped} == {
        "this repository holds a program made from the template, not its sample: run 'make "
        "check' to check the program"}
    assert {path for path, _ in skipped} == {"tests/test_content.py", "tests/test_sample_data.py",
                                             "tests/test_start_guide.py",
                                             "tests/test_ownership.py"}, result.stdout[-3000:]


# The test modules that build sites or read a program's files: each of them failed in a program
# made from the template before the software's tests stopped reading the sample. (The whole
# suite runs in the program too; these are the ones worth the time here.)
PRODUCT_TESTS = ["tests/test_content.py", "tests/test_sample_data.py", "tests/test_start_guide.py",
                 "tests/test_ownership.py", "tests/test_site.py", "tests/test_cli.py",
                 "tests/test_issue_form.py", "tests/test_session_form.py", "tests/test_matching.py",
                 "tests/test_outcomes.py", "tests/test_sample.py", "tests/test_check_command.py",
                 "tests/test_insights.py", "tests/test_hostile.py", "tests/test_sessions.py",
                 "tests/test_session_site.py"]

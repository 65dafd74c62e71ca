"""The "Start your program" guide, followed step by step as a new organiser would follow it.

The edits come from the guide's own YAML blocks, applied to a copy of the repository the way the
guide says to, so the guide cannot drift from `mkdocs.yml`; then the site is really built.
"""

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import VALID_PROFILE
from sites import REPO, build
from test_directory import git

pytestmark = pytest.mark.sample  # the start guide as the template ships it
GUIDE = (REPO / "content" / "start.md").read_text(encoding="utf-8")
SITE_URL = "https://your-org.github.io/mentors/"
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
        if source.is_file():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, folder / name)
    return folder


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
        config = replace_once(config, block[:new], block + "\n")
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
    (commands,) = re.findall(r"^ *```sh\n(.*?)^ *```", step(10), re.S | re.M)
    commands = [line.strip().replace("your-id", "ada-example") for line in commands.splitlines()]
    assert commands[-1] == "git push"
    for command in commands[:-1]:
        git(folder, *shlex.split(command)[1:])
    assert sorted(path.name for path in (folder / "mentors").iterdir()) == ["ada-example.yml"]

    result = build(folder, "--strict")
    assert result.returncode == 0, result.stderr
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
    ruleset = step(12)
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
    assert "forms.example.org/request" in page(program, "mentors/ada-example/index.html")


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

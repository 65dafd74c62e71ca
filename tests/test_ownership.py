"""The ownership check on pull requests, run against real git history in a temporary repository."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.ownership import (
    Approval,
    Change,
    check_ownership,
    git_reader,
    login_of,
    parse_approval,
    parse_files,
)
from generator.problems import UserError

from conftest import VALID_PROFILE
from test_directory import git

CLI = [sys.executable, "-m", "generator.cli"]
REPO = Path(__file__).resolve().parent.parent


def profile(login: str) -> str:
    return VALID_PROFILE.replace("github: ada-example", f"github: {login}")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository whose base commit has Ada's and Bea's profiles, a broken one and the site."""
    (tmp_path / "mentors").mkdir()
    (tmp_path / "mentors" / "ada.yml").write_text(profile("Ada-Example"))
    (tmp_path / "mentors" / "bea.yml").write_text(profile("bea"))
    (tmp_path / "mentors" / "broken.yml").write_text("name: [\n")
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n")
    git(tmp_path, "init", "--quiet", "--initial-branch=main")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "--quiet", "-m", "base")
    return tmp_path


def head(repo: Path) -> str:
    return subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True,
                          text=True, check=True).stdout.strip()


def commit(repo: Path) -> str:
    git(repo, "add", "--all")
    git(repo, "commit", "--quiet", "-m", "pull request")
    return head(repo)


def check(repo: Path, base: str, changes: list[Change], author: str = "ada-example") -> list[str]:
    problems = check_ownership(author, changes, git_reader(repo, base), git_reader(repo, head(repo)))
    return [f"{problem.path}: {problem.message}" for problem in problems]


def test_a_mentor_may_change_and_delete_only_their_own_profile(repo):
    base = head(repo)
    (repo / "mentors" / "ada.yml").write_text(profile("ada-example") + "pronouns: she/her\n")
    (repo / "mentors" / "bea.yml").write_text(profile("bea") + "pronouns: she/her\n")
    commit(repo)
    changes = [Change("modified", "mentors/ada.yml"), Change("modified", "mentors/bea.yml")]
    # The login is compared without regard to case: GitHub logins are case-insensitive.
    assert check(repo, base, changes) == [
        "mentors/bea.yml: this profile belongs to 'bea' (its github: line), so only they can "
        "change or delete it"]
    assert check(repo, base, [Change("removed", "mentors/ada.yml")]) == []
    assert check(repo, base, [Change("removed", "mentors/bea.yml")]) == [
        "mentors/bea.yml: this profile belongs to 'bea' (its github: line), so only they can "
        "change or delete it"]


def test_the_base_branch_decides_so_rewriting_the_github_line_does_not_take_a_file(repo):
    base = head(repo)
    (repo / "mentors" / "bea.yml").write_text(profile("ada-example"))
    commit(repo)
    assert check(repo, base, [Change("modified", "mentors/bea.yml")]) == [
        "mentors/bea.yml: this profile belongs to 'bea' (its github: line), so only they can "
        "change or delete it"]


def test_a_profile_cannot_be_handed_to_someone_else(repo):
    base = head(repo)
    (repo / "mentors" / "ada.yml").write_text(profile("bea"))
    commit(repo)
    assert check(repo, base, [Change("modified", "mentors/ada.yml")]) == [
        "mentors/ada.yml: the github: line must name you ('ada-example'), not 'bea'; each person "
        "adds and changes only their own profile"]


def test_a_new_profile_must_name_its_author(repo):
    base = head(repo)
    (repo / "mentors" / "cy.yml").write_text(profile("cy"))
    (repo / "mentors" / "dee.yml").write_text(profile("dee-login"))
    (repo / "mentors" / "eve.yml").write_text("name: Eve\n")
    commit(repo)
    changes = [Change("added", "mentors/cy.yml"), Change("copied", "mentors/dee.yml", "x.yml"),
               Change("added", "mentors/eve.yml")]
    assert check(repo, base, changes, author="dee-login") == [
        "mentors/cy.yml: the github: line must name you ('dee-login'), not 'cy'; each person adds "
        "and changes only their own profile",
        "mentors/eve.yml: the file must keep a valid github: line that names you: "
        "'github: dee-login'",
    ]


def test_a_base_file_without_a_readable_owner_needs_a_maintainer(repo):
    base = head(repo)
    (repo / "mentors" / "broken.yml").write_text(profile("ada-example"))
    commit(repo)
    assert check(repo, base, [Change("modified", "mentors/broken.yml")]) == [
        "mentors/broken.yml: the current version has no valid github: line, so it is not clear "
        "whose profile this is; a maintainer needs to review this change"]


def test_renames_count_as_deleting_the_old_file_and_adding_the_new_one(repo):
    base = head(repo)
    git(repo, "mv", "mentors/ada.yml", "mentors/ada-example.yml")
    git(repo, "mv", "mentors/bea.yml", "mentors/bea-two.yml")
    commit(repo)
    changes = [Change("renamed", "mentors/ada-example.yml", "mentors/ada.yml"),
               Change("renamed", "mentors/bea-two.yml", "mentors/bea.yml")]
    assert check(repo, base, changes) == [
        "mentors/bea.yml: this profile belongs to 'bea' (its github: line), so only they can "
        "change or delete it",
        "mentors/bea-two.yml: the github: line must name you ('ada-example'), not 'bea'; each "
        "person adds and changes only their own profile",
    ]


def test_anything_but_a_profile_file_needs_a_maintainer(repo):
    base = head(repo)
    (repo / "mkdocs.yml").write_text("site_name: mine\n")
    (repo / "mentors" / "notes.md").write_text("hi\n")
    (repo / "mentors" / "sub").mkdir()
    (repo / "mentors" / "sub" / "ada.yml").write_text(profile("ada-example"))
    (repo / "mentors" / ".hidden.yml").write_text(profile("ada-example"))
    commit(repo)
    paths = ["mkdocs.yml", "mentors/notes.md", "mentors/sub/ada.yml", "mentors/.hidden.yml"]
    assert check(repo, base, [Change("added" if "mkdocs" not in path else "modified", path)
                              for path in paths]) == [
        f"{path}: this is not a mentor profile (mentors/<id>.yml); changes to other files need a "
        "maintainer's review" for path in paths]
    # A rename out of the profiles folder is a change to another file too.
    assert check(repo, base, [Change("renamed", "docs/ada.yml", "mentors/ada.yml")]) == [
        "docs/ada.yml: this is not a mentor profile (mentors/<id>.yml); changes to other files "
        "need a maintainer's review"]


def test_a_symlinked_profile_has_no_owner(repo):
    base = head(repo)
    (repo / "mentors" / "link.yml").symlink_to("ada.yml")
    commit(repo)
    assert check(repo, base, [Change("added", "mentors/link.yml")]) == [
        "mentors/link.yml: the file must keep a valid github: line that names you: "
        "'github: ada-example'"]


def test_login_is_read_with_the_profile_rules():
    assert login_of("x.yml", b"github: Ada-Example\nname: [unfinished]\n") == "Ada-Example"
    assert login_of("x.yml", b"github: '@ada'\n") == "ada"
    assert login_of("x.yml", b"github: https://github.com/Ada-Example/\n") == "Ada-Example"
    assert login_of("x.yml", b"github: https://github.com/ada/payments\n") is None
    assert login_of("x.yml", b"github: &a ada\n") is None
    assert login_of("x.yml", b"name: [\n") is None
    assert login_of("x.yml", b"- github: ada\n") is None


def test_an_unknown_commit_is_a_clear_error(repo):
    with pytest.raises(UserError, match="commit 'deadbeef' is not in the repository at"):
        git_reader(repo, "deadbeef")


def page(start: int, count: int) -> list[dict]:
    return [{"sha": "0" * 40, "filename": f"mentors/m{n}.yml", "status": "added",
             "additions": 10, "deletions": 0, "changes": 10} for n in range(start, start + count)]


@pytest.mark.parametrize("layout", ["concatenated", "lines", "slurp", "jq"])
def test_every_page_of_the_file_list_is_read(layout):
    pages = [page(0, 100), page(100, 100), page(200, 50)]
    text = {"concatenated": "".join(json.dumps(p) for p in pages),
            "lines": "\n".join(json.dumps(p, indent=2) for p in pages) + "\n",
            "slurp": json.dumps(pages),
            "jq": "\n".join(json.dumps(item) for p in pages for item in p)}[layout]
    changes = parse_files(text)
    assert len(changes) == 250
    assert changes[0] == Change("added", "mentors/m0.yml")
    assert changes[249] == Change("added", "mentors/m249.yml")


def test_renames_keep_their_previous_name_and_bad_lists_are_refused():
    text = json.dumps([{"filename": "mentors/b.yml", "status": "renamed",
                        "previous_filename": "mentors/a.yml"}])
    assert parse_files(text) == [Change("renamed", "mentors/b.yml", "mentors/a.yml")]
    assert parse_files("") == []
    with pytest.raises(UserError, match=r"^the list of changed files is not JSON: "):
        parse_files("[{]")
    with pytest.raises(UserError, match=r"^the list of changed files has an entry without a "
                                         r"filename and status$"):
        parse_files('{"message": "Not Found"}')


def run_cli(repo: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, "check-ownership", *args], cwd=repo, capture_output=True,
                          text=True, env={"PATH": "/usr/bin:/bin", **(env or {})})


def test_command_line_prints_each_problem_and_a_summary(repo, tmp_path_factory):
    base = head(repo)
    (repo / "mentors" / "ada.yml").write_text(profile("ada-example") + "pronouns: she/her\n")
    (repo / "mentors" / "bea.yml").unlink()
    pull = commit(repo)
    files = tmp_path_factory.mktemp("api") / "files.json"
    files.write_text(json.dumps(page(0, 0) + [
        {"filename": "mentors/ada.yml", "status": "modified"},
        {"filename": "mentors/bea.yml", "status": "removed"}]) + "[]")
    summary = files.parent / "summary.md"
    result = run_cli(repo, "--author", "ada-example", "--base", base, "--head", pull, "--files",
                     str(files), "--changed-files", "2", env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert (result.returncode, result.stderr) == (1, "")
    assert result.stdout.splitlines() == [
        "mentors/bea.yml: this profile belongs to 'bea' (its github: line), so only they can "
        "change or delete it",
        "1 change needs a maintainer's review: a maintainer can accept the pull request by adding "
        "the 'maintainer-approved' label. An approval covers only the commit it was given for: "
        "after a new push, the label is removed and needs adding again.",
    ]
    assert summary.read_text() == (
        "## Profile ownership\n\n"
        "- `mentors/bea.yml`: This profile belongs to 'bea' \\(its github: line\\), so only they "
        "can change or delete it.\n\n"
        "1 change needs a maintainer's review: a maintainer can accept the pull request by adding "
        "the 'maintainer-approved' label. An approval covers only the commit it was given for: "
        "after a new push, the label is removed and needs adding again.\n")

    files.write_text(json.dumps([{"filename": "mentors/ada.yml", "status": "modified"}]))
    result = run_cli(repo, "--author", "ada-example", "--base", base, "--head", pull, "--files",
                     str(files))
    assert (result.returncode, result.stdout) == (
        0, "Every change is to a profile that belongs to ada-example.\n")

    # GitHub lists at most 3,000 files: a longer pull request cannot be checked file by file.
    result = run_cli(repo, "--author", "ada-example", "--base", base, "--head", pull, "--files",
                     str(files), "--changed-files", "3500")
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == (
        "(pull request): GitHub listed only 1 of its 3,500 changed files, so a maintainer needs to "
        "review it")

    result = run_cli(repo, "--author", "ada-example", "--base", "0" * 40, "--head", pull,
                     "--files", str(files))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (f"mentors: error: commit '{'0' * 40}' is not in the repository at "
                             ".; fetch it first\n")


def status(state: str, creator: str, when: str, number: int,
           context: str = "maintainer-approved") -> dict:
    """One commit status as `gh api repos/O/R/commits/SHA/statuses` lists it."""
    return {"id": number, "state": state, "context": context, "created_at": when,
            "description": f"{state} by @{creator}", "creator": {"login": creator}}


def test_an_approval_counts_only_if_the_workflow_recorded_it_and_did_not_withdraw_it():
    ours = status("success", "github-actions[bot]", "2026-11-20T10:00:00Z", 1)
    forged = status("success", "mallory", "2026-11-21T10:00:00Z", 2)
    other = status("success", "github-actions[bot]", "2026-11-22T10:00:00Z", 3, context="ci")
    withdrawn = status("failure", "github-actions[bot]", "2026-11-23T10:00:00Z", 4)
    assert parse_approval(json.dumps([forged, other]) + json.dumps([ours])) == Approval(
        "success by @github-actions[bot]")
    assert parse_approval(json.dumps([withdrawn, forged, ours])) is None
    assert parse_approval(json.dumps([forged])) is None
    assert parse_approval("[]") is None
    with pytest.raises(UserError, match=r"^the list of commit statuses is not JSON: "):
        parse_approval("[{]")


def test_an_approval_recorded_on_the_head_commit_accepts_what_the_check_refuses(
        repo, tmp_path_factory):
    base = head(repo)
    (repo / "mentors" / "bea.yml").write_text(profile("bea") + "pronouns: she/her\n")
    pull = commit(repo)
    folder = tmp_path_factory.mktemp("api")
    (folder / "files.json").write_text(json.dumps([{"filename": "mentors/bea.yml",
                                                    "status": "modified"}]))
    approved = status("success", "github-actions[bot]", "2026-11-20T10:00:00Z", 1)
    approved["description"] = "Approved by @maintainer"
    (folder / "approved.json").write_text(json.dumps([approved]))
    # Approved for an earlier commit only: nothing is recorded on this one.
    (folder / "none.json").write_text("[]")
    args = ["--author", "ada-example", "--base", base, "--head", pull, "--files",
            str(folder / "files.json"), "--approvals"]
    result = run_cli(repo, *args, str(folder / "approved.json"))
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.splitlines() == [
        "mentors/bea.yml: this profile belongs to 'bea' (its github: line), so only they can "
        "change or delete it",
        f"1 change needs a maintainer's review, and a maintainer accepted it for commit "
        f"{pull[:12]} (Approved by @maintainer). A new push needs a new approval.",
    ]
    result = run_cli(repo, *args, str(folder / "none.json"))
    assert result.returncode == 1
    assert result.stdout.splitlines()[-1] == (
        "1 change needs a maintainer's review: a maintainer can accept the pull request by adding "
        "the 'maintainer-approved' label. An approval covers only the commit it was given for: "
        "after a new push, the label is removed and needs adding again.")


@pytest.mark.sample  # the profile guide as the template ships it
def test_a_renamed_account_is_refused_once_exactly_as_the_profile_guide_says(repo,
                                                                          tmp_path_factory):
    guide = (REPO / "content" / "profiles.md").read_text(encoding="utf-8")
    section = guide.split("### If you rename your GitHub account\n", 1)[1].split("\n## ", 1)[0]
    (quoted,) = re.findall(r"```text\n *(.*)\n *```", section)
    # The guide's example: Ada's profile names her old username; she opens the pull request
    # from her renamed account, changing only the github: line.
    (repo / "mentors" / "ada-example.yml").write_text(profile("ada-old"))
    commit(repo)
    base = head(repo)
    (repo / "mentors" / "ada-example.yml").write_text(profile("ada-new"))
    pull = commit(repo)
    files = tmp_path_factory.mktemp("api") / "files.json"
    files.write_text(json.dumps([{"filename": "mentors/ada-example.yml", "status": "modified"}]))
    result = run_cli(repo, "--author", "ada-new", "--base", base, "--head", pull, "--files",
                     str(files))
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == quoted
    # Once merged, the new username owns it: the mentor changes it alone again.
    (repo / "mentors" / "ada-example.yml").write_text(profile("ada-new") + "pronouns: she/her\n")
    commit(repo)
    assert check(repo, pull, [Change("modified", "mentors/ada-example.yml")],
                 author="ada-new") == []

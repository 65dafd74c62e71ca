"""New profiles in open pull requests, read from their head commits in a real repository."""

import json
import subprocess
from pathlib import Path

import pytest

from generator.problems import UserError
from generator.proposals import Proposal, open_proposals

from conftest import VALID_PROFILE
from test_directory import git


def profile(login: str) -> str:
    return VALID_PROFILE.replace("github: ada-example", f"github: {login}")


def commit_files(repo: Path, files: dict[str, str]) -> str:
    """A commit on its own branch adding `files`; its id, as `headRefOid` gives it."""
    branch = "pr-" + "-".join(Path(name).stem for name in files)
    git(repo, "switch", "--quiet", "--create", branch, "main")
    for name, text in files.items():
        (repo / name).write_text(text)
    git(repo, "add", "--all")
    git(repo, "commit", "--quiet", "-m", "pull request")
    sha = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True, text=True,
                         check=True).stdout.strip()
    git(repo, "switch", "--quiet", "main")
    return sha


def pull(number: int, head: str, author: str, paths: list[str], branch: str = "add-profile",
         fork: bool = True) -> dict:
    return {"number": number, "headRefName": branch, "headRefOid": head,
            "isCrossRepository": fork, "author": {"login": author},
            "files": [{"path": path} for path in paths]}


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "mentors").mkdir()
    (tmp_path / "mentors" / "ada.yml").write_text(profile("ada"))
    git(tmp_path, "init", "--quiet", "--initial-branch=main")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "--quiet", "-m", "base")
    return tmp_path


def test_a_new_profile_counts_when_its_author_or_the_issue_workflow_proposes_it(repo):
    own = commit_files(repo, {"mentors/bea.yml": profile("Bea")})
    stranger = commit_files(repo, {"mentors/cy.yml": profile("cy"), "mentors/ada.yml": "x\n",
                                   "README.md": "hi\n"})
    bot = commit_files(repo, {"mentors/dee.yml": profile("dee")})
    pulls = [pull(1, own, "bea", ["mentors/bea.yml"]),
             # Someone else's pull request cannot take cy's account, and editing ada.yml is an
             # edit, not a new profile.
             pull(2, stranger, "mallory", ["mentors/cy.yml", "mentors/ada.yml", "README.md"]),
             pull(3, bot, "app/github-actions", ["mentors/dee.yml"], "profile/40", fork=False),
             # The issue being handled has its own branch: its pull request is not a rival.
             pull(4, bot, "app/github-actions", ["mentors/eve.yml"], "profile/41", fork=False),
             # Not fetched: a workflow branch still takes the id.
             pull(5, "f" * 40, "app/github-actions", ["mentors/fay.yml"], "profile/42",
                  fork=False)]
    assert open_proposals(json.dumps(pulls), repo, "mentors", {"ada"}, issue=41) == [
        Proposal(1, "bea", "Bea"), Proposal(3, "dee", "dee"), Proposal(5, "fay", None)]


def test_a_list_that_is_not_what_gh_prints_is_a_clear_error(repo):
    with pytest.raises(UserError, match=r"^the list of open pull requests is not JSON: "):
        open_proposals("[{]", repo, "mentors", set())
    with pytest.raises(UserError, match=r"^the list of open pull requests needs number, "):
        open_proposals('[{"number": 1}]', repo, "mentors", set())

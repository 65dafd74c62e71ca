"""Git history read as data from strangers, in real repositories: only what was merged dates a
profile, large or odd history is skipped with a note, and a site builds without any history."""

import subprocess
from datetime import date
from pathlib import Path

import pytest

from generator.directory import load_directory
from generator.freshness import stale_profiles
from generator.history import read_history
from generator.insights import over_time
from generator.program import default_program

from conftest import TODAY, VALID_PROFILE
from sites import MKDOCS, build, make_site
from test_directory import git

MERGED = "2026-11-20T12:00:00Z"  # when GitHub merges the pull request
FORGED = "2001-01-01T00:00:00Z"  # what the pull request's author wrote into its commits


def profile(login: str) -> str:
    return VALID_PROFILE.replace("ada-example", login)


def sha(repo: Path, revision: str = "HEAD") -> str:
    return subprocess.run(["git", "rev-parse", revision], cwd=repo, capture_output=True, text=True,
                          check=True).stdout.strip()


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A program whose two mentors joined on 1 September and never set last_confirmed."""
    (tmp_path / "mentors").mkdir()
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "mentors" / "ana.yml").write_text(profile("ana"))
    (tmp_path / "mentors" / "bo.yml").write_text(profile("bo"))
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "Ana and Bo join", when="2026-09-01T10:00:00Z")
    return tmp_path


def touch_victims_then_add_own_profile(repo: Path, committed: str) -> None:
    """The pull request: change two other mentors' files, change them back, add one's own. Its
    diff shows one new file; every commit carries 2001 as its author date."""
    mentors = repo / "mentors"
    for victim in ("ana", "bo"):
        (mentors / f"{victim}.yml").write_text(profile(victim) + "# touched\n")
    git(repo, "commit", "-qam", "touch", when=committed, authored=FORGED)
    for victim in ("ana", "bo"):
        (mentors / f"{victim}.yml").write_text(profile(victim))
    git(repo, "commit", "-qam", "restore", when=committed, authored=FORGED)
    (mentors / "eve.yml").write_text(profile("eve"))
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "Add my profile", when=committed, authored=FORGED)


def dates(repo: Path, history=None) -> dict[str, tuple[date | None, str]]:
    directory, problems = load_directory([repo / "mentors"], default_program(), relative_to=repo,
                                         today=TODAY, history=history)
    assert problems == []
    return {mentor.id: (mentor.confirmed, mentor.state) for mentor in directory.mentors}


def figures(history) -> list[tuple[str, int, int]]:
    moments, skipped = over_time(history, default_program(), 180, TODAY)
    assert skipped == []
    return [(moment.day.isoformat(), moment.profiles, moment.stale) for moment in moments]


def test_a_merged_pull_request_cannot_date_other_mentors_profiles(repo):
    # The pull request's commits are dated 2001 through and through (author and committer);
    # GitHub's merge commit is dated when it is merged.
    git(repo, "checkout", "-q", "-b", "eve")
    touch_victims_then_add_own_profile(repo, committed=FORGED)
    git(repo, "checkout", "-q", "main")
    git(repo, "merge", "-q", "--no-ff", "-m", "Merge pull request #7 from eve/main", "eve",
        when=MERGED)

    assert dates(repo) == {"ana": (date(2026, 9, 1), "open"), "bo": (date(2026, 9, 1), "open"),
                           "eve": (date(2026, 11, 20), "open")}
    directory, _ = load_directory([repo / "mentors"], default_program(), today=TODAY)
    assert stale_profiles(directory) == []
    # No month before the program began, and nobody stale in it.
    assert figures(read_history([repo / "mentors"])) == [
        ("2026-09-30", 2, 0), ("2026-10-31", 2, 0), ("2026-11-23", 3, 0)]


@pytest.mark.parametrize("merge, victims", [
    # A rebase merge puts each of the pull request's commits on the main branch, re-dated by
    # GitHub to the moment of the merge: the two victims look edited today, so they are never
    # asked to reconfirm. This is why content/start.md tells organisers to allow squash merges
    # only.
    ("rebase", date(2026, 11, 20)),
    # A squash merge is one commit holding only the final change: the victims keep their date.
    ("squash", date(2026, 1, 5)),
])
def test_squash_merges_keep_the_pull_requests_own_commits_off_the_main_branch(tmp_path, merge,
                                                                               victims):
    (tmp_path / "mentors").mkdir()
    git(tmp_path, "init", "-q", "-b", "main")
    for victim in ("ana", "bo"):
        (tmp_path / "mentors" / f"{victim}.yml").write_text(profile(victim))
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "Ana and Bo join", when="2026-01-05T10:00:00Z")
    if merge == "rebase":
        touch_victims_then_add_own_profile(tmp_path, committed=MERGED)
    else:
        (tmp_path / "mentors" / "eve.yml").write_text(profile("eve"))
        git(tmp_path, "add", ".")
        git(tmp_path, "commit", "-qm", "Add my profile (#7)", when=MERGED, authored=FORGED)

    state = "stale" if merge == "squash" else "open"
    assert dates(tmp_path) == {"ana": (victims, state), "bo": (victims, state),
                               "eve": (date(2026, 11, 20), "open")}


def oversized(login: str) -> str:
    """A profile padded past the loader's size limit."""
    return profile(login) + "# " + "x" * 70_000 + "\n"


def test_a_version_over_the_size_limit_is_never_read(repo):
    # Reaching the main branch's own history takes a direct push or a rebase merge; the name is
    # as hostile as the size.
    name = "big\n::error::forged.yml"
    (repo / "mentors" / name).write_text(oversized("big"))
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "big", when="2026-10-02T10:00:00Z")
    big = sha(repo)
    (repo / "mentors" / name).unlink()
    git(repo, "commit", "-qam", "remove it", when="2026-11-02T10:00:00Z")

    history = read_history([repo / "mentors"])
    assert history.notes == ()
    moments, skipped = over_time(history, default_program(), 180, TODAY)
    assert skipped == [f"git history: skipped mentors/big\\n::error::forged.yml from commit "
                       f"{big[:12]} (2026-10-02): {len(oversized('big')):,} bytes is over the "
                       "65,536-byte limit for a profile"]
    assert [(moment.day.isoformat(), moment.profiles) for moment in moments] == [
        ("2026-09-30", 2), ("2026-10-31", 2), ("2026-11-23", 2)]


def test_the_number_of_commits_read_is_bounded(repo):
    for day, login in (("2026-10-03", "cy"), ("2026-11-04", "di")):
        (repo / "mentors" / f"{login}.yml").write_text(profile(login))
        git(repo, "add", ".")
        git(repo, "commit", "-qm", login, when=f"{day}T10:00:00Z")

    history = read_history([repo / "mentors"], max_commits=2)
    assert history.notes == (
        "git history: read the newest 2 commits that changed the profiles and no more; profiles "
        "last changed on or before 2026-09-01 have no date unless they set last_confirmed, and "
        "figures over time start after 2026-09-01",)
    assert dates(repo, history) == {"ana": (None, "open"), "bo": (None, "open"),
                                    "cy": (date(2026, 10, 3), "open"),
                                    "di": (date(2026, 11, 4), "open")}
    assert figures(history) == [("2026-10-31", 3, 0), ("2026-11-23", 4, 0)]


def test_a_shallow_clone_dates_only_what_it_has(repo, tmp_path_factory):
    (repo / "mentors" / "cy.yml").write_text(profile("cy"))
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "cy", when="2026-10-03T10:00:00Z")
    (repo / "mentors" / "ana.yml").write_text(profile("ana") + "pronouns: she/her\n")
    git(repo, "commit", "-qam", "ana", when="2026-11-04T10:00:00Z")
    clone = tmp_path_factory.mktemp("clone")
    git(clone, "clone", "-q", "--depth", "2", f"file://{repo}", ".")

    history = read_history([clone / "mentors"])
    assert history.notes == (
        "git history: this clone is shallow and has no commits before 2026-10-03, so profiles "
        "last changed on or before 2026-10-03 have no date unless they set last_confirmed; fetch "
        "the whole history (git fetch --unshallow, or fetch-depth: 0 with actions/checkout)",)
    assert dates(clone, history) == {"ana": (date(2026, 11, 4), "open"), "bo": (None, "open"),
                                     "cy": (None, "open")}


NOT_A_REPOSITORY = (
    "git history was not read (fatal: not a git repository (or any of the parent directories): "
    ".git), so profiles without last_confirmed have no date and are never marked stale")


def test_outside_a_repository_nothing_is_dated(tmp_path):
    (tmp_path / "mentors").mkdir()
    (tmp_path / "mentors" / "ana.yml").write_text(profile("ana"))
    history = read_history([tmp_path / "mentors"])
    assert history.notes == (NOT_A_REPOSITORY,)
    assert dates(tmp_path, history) == {"ana": (None, "open")}
    assert over_time(history, default_program(), 180, TODAY) == ([], [])
    # What the weekly reminder job prints.
    stale = subprocess.run([str(Path(MKDOCS).parent / "mentors"), "stale"], cwd=tmp_path,
                           capture_output=True, text=True)
    assert (stale.returncode, stale.stdout, stale.stderr) == (
        0, "No stale profiles.\n", f"mentors: {NOT_A_REPOSITORY}\n")


def test_the_site_builds_without_git_and_says_why_nothing_is_dated(tmp_path):
    site = make_site(tmp_path, {"ana.yml": profile("ana")})
    result = build(site, "--strict", env={"PATH": str(Path(MKDOCS).parent)})
    assert result.returncode == 0, result.stderr
    assert ("INFO    -  mentor-directory: git history was not read (git is not installed), so "
            "profiles without last_confirmed have no date and are never marked stale\n"
            in result.stderr)
    assert (site / "site" / "mentors" / "ana" / "index.html").is_file()


def test_the_build_logs_what_it_skipped_in_history(tmp_path):
    site = make_site(tmp_path, {"ana.yml": profile("ana")})
    git(site, "init", "-q", "-b", "main")
    git(site, "add", ".")
    git(site, "commit", "-qm", "the site", when="2026-09-01T10:00:00Z")
    (site / "mentors" / "big.yml").write_text(oversized("big"))
    git(site, "add", ".")
    git(site, "commit", "-qm", "big", when="2026-10-02T10:00:00Z")
    big = sha(site)
    git(site, "rm", "-q", "mentors/big.yml")
    git(site, "commit", "-qm", "remove it", when="2026-11-02T10:00:00Z")

    result = build(site, "--strict")
    assert result.returncode == 0, result.stderr
    assert (f"INFO    -  mentor-directory: git history: skipped mentors/big.yml from commit "
            f"{big[:12]} (2026-10-02): {len(oversized('big')):,} bytes is over the 65,536-byte "
            "limit for a profile\n" in result.stderr)

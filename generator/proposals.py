"""Profiles that open pull requests propose: not merged yet, but their account and id are taken.

The issue form checks them before it opens a pull request, so that one person's two issues, or
two mentors choosing one id, don't become two pull requests that each pass alone and conflict
once both are merged.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator.ownership import git_reader, is_profile_path, login_of
from generator.problems import UserError

# Branches the issue workflow pushes: `profile/<issue number>`, one per issue.
ISSUE_BRANCHES = "profile/"
ISSUE_BRANCH = ISSUE_BRANCHES + "{number}"


@dataclass(frozen=True)
class Proposal:
    """A new profile file in an open pull request, and the GitHub account it names."""

    pull_request: int
    profile_id: str
    login: str | None  # None when the file has no valid github: line


def open_proposals(text: str, repo: Path, profiles_dir: str, existing: Collection[str],
                   issue: int | None = None) -> list[Proposal]:
    """The new profiles in the open pull requests that `gh pr list --state open --json
    number,headRefName,headRefOid,isCrossRepository,author,files` lists.

    Profiles already in `existing` are edits, not claims. A file counts when its pull request was
    opened by the account it names (the ownership check requires that) or comes from the issue
    workflow's own branches, so a stranger's pull request cannot block someone's issue. The
    files are read from each head commit in `repo` as data (fetch them first); the branch of
    `issue` itself is skipped.
    """
    try:
        pulls = json.loads(text)
    except json.JSONDecodeError as error:
        raise UserError(f"the list of open pull requests is not JSON: {error}") from None
    if not isinstance(pulls, list) or not all(_is_pull(pull) for pull in pulls):
        raise UserError("the list of open pull requests needs number, headRefName, headRefOid, "
                         "isCrossRepository, author and files for each")
    own = None if issue is None else ISSUE_BRANCH.format(number=issue)
    found = []
    for pull in pulls:
        ours = not pull["isCrossRepository"] and pull["headRefName"].startswith(ISSUE_BRANCHES)
        if ours and pull["headRefName"] == own:
            continue
        paths = [item["path"] for item in pull["files"] if is_profile_path(item["path"],
                                                                          profiles_dir)]
        new = [path for path in paths if PurePosixPath(path).stem not in existing]
        try:
            read = git_reader(repo, pull["headRefOid"]) if new else None
        except UserError:  # not fetched: the files cannot be read, only their names
            read = None
        for path in new:
            data = read(path) if read else None
            login = None if data is None else login_of(path, data)
            author = pull["author"].get("login") or ""
            if ours or (login is not None and login.casefold() == author.casefold()):
                found.append(Proposal(pull["number"], PurePosixPath(path).stem, login))
    return found


def _is_pull(pull: object) -> bool:
    return (isinstance(pull, dict) and isinstance(pull.get("number"), int)
            and isinstance(pull.get("headRefName"), str)
            and isinstance(pull.get("headRefOid"), str)
            and isinstance(pull.get("isCrossRepository"), bool)
            and isinstance(pull.get("author"), dict)
            and isinstance(pull.get("files"), list)
            and all(isinstance(item, dict) and isinstance(item.get("path"), str)
                    for item in pull["files"]))


__all__ = ["ISSUE_BRANCH", "Proposal", "open_proposals"]

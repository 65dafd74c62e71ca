"""Who may change which profile: the check every pull request must pass before it is merged.

CODEOWNERS cannot say "each mentor owns their own file" (owners need write access to the whole
repository), so this check compares the pull request's author with the `github:` line of every
profile it touches. The base branch's version decides who owns a file; the pull request's version
of a new or changed file must name its author, so nobody adds or hands over a profile for
someone else. Everything else needs a maintainer.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath

from generator import loader
from generator.problems import Problem, UserError
from generator.profile import INVALID, Checker, Kind, Profile
from generator.program import default_program
from generator.translation import _

APPROVAL_LABEL = "maintainer-approved"  # a maintainer adds it to accept what this check refuses
# The workflow records each approval as a commit status of this name on the commit the label was
# given for, so an approval never carries over to a later push.
APPROVAL_STATUS = APPROVAL_LABEL
WORKFLOW_BOT = "github-actions[bot]"  # who sets statuses with the workflow's token
Reader = Callable[[str], "bytes | None"]  # a file's content at one commit; None when it is absent

_GITHUB: Kind = next(f for f in dataclasses.fields(Profile) if f.name == "github").metadata["kind"]


@dataclass(frozen=True)
class Change:
    """One entry of GitHub's "list pull request files" answer."""

    status: str  # added, removed, modified, renamed, copied, changed or unchanged
    filename: str
    previous_filename: str | None = None


def check_ownership(author: str, changes: list[Change], read_base: Reader, read_head: Reader,
                    profiles_dir: str = "mentors") -> list[Problem]:
    """Every change the author may not make alone, as problems naming the file and the reason."""
    problems: list[Problem] = []
    for change in changes:
        if change.status == "renamed" and change.previous_filename:
            steps = [("removed", change.previous_filename), ("added", change.filename)]
        elif change.status == "copied":  # the original is unchanged; the copy is a new file
            steps = [("added", change.filename)]
        else:
            steps = [(change.status, change.filename)]
        for status, path in steps:
            if status == "unchanged":
                continue
            reason = _refusal(author, status, path, read_base, read_head, profiles_dir)
            if reason:
                problems.append(Problem(path, 1, 1, reason))
    return problems


def _refusal(author: str, status: str, path: str, read_base: Reader, read_head: Reader,
             profiles_dir: str) -> str | None:
    if not is_profile_path(path, profiles_dir):
        return _("this is not a mentor profile ({files}); changes to other files need a "
                 "maintainer's review", files=f"{profiles_dir}/<id>.yml")
    base = read_base(path)
    # A "new" file may exist on the base branch by now: then it is someone's file already.
    if status != "added" or base is not None:
        owner = None if base is None else login_of(path, base)
        if owner is None:
            return _("the current version has no valid github: line, so it is not clear whose "
                     "profile this is; a maintainer needs to review this change")
        if owner.casefold() != author.casefold():
            return _("this profile belongs to '{owner}' (its github: line), so only they can "
                     "change or delete it", owner=owner)
    if status == "removed":
        return None
    head = read_head(path)
    login = None if head is None else login_of(path, head)
    if login is None:
        return _("the file must keep a valid github: line that names you: 'github: {author}'",
                 author=author)
    if login.casefold() != author.casefold():
        return _("the github: line must name you ('{author}'), not '{login}'; each person adds "
                 "and changes only their own profile", author=author, login=login)
    return None


def is_profile_path(path: str, profiles_dir: str = "mentors") -> bool:
    """Whether a repository path is a profile file: directly in the profiles folder, ending .yml."""
    where = PurePosixPath(path)
    return (where.parent == PurePosixPath(profiles_dir) and where.suffix == ".yml"
            and not where.name.startswith("."))


def login_of(path: str, data: bytes) -> str | None:
    """The `github:` login of a profile file's text, checked as validation checks it; None if the
    file is not valid YAML or has no valid `github:` line (the rest of the file may be wrong)."""
    root, _problems = loader.load(path, data)
    if root is None or "github" not in root.entries:
        return None
    checker = Checker(path, default_program(), date.today())
    login = _GITHUB.check(root.entries["github"][1], "github", checker)
    return None if login is INVALID else login


@dataclass(frozen=True)
class Approval:
    """A maintainer's acceptance of one commit, as the workflow recorded it on that commit."""

    description: str  # "Approved by @login", as the workflow wrote it


def parse_files(text: str) -> list[Change]:
    """Changes from `gh api --paginate repos/O/R/pulls/N/files` (GitHub lists 3,000 at most)."""
    changes = []
    for item in _pages(text, _("the list of changed files")):
        if not (isinstance(item, dict) and isinstance(item.get("filename"), str)
                and isinstance(item.get("status"), str)):
            raise UserError(_("the list of changed files has an entry without a filename and "
                              "status"))
        previous = item.get("previous_filename")
        changes.append(Change(item["status"], item["filename"],
                              previous if isinstance(previous, str) else None))
    return changes


def parse_approval(text: str) -> Approval | None:
    """The approval of a commit, from `gh api --paginate repos/O/R/commits/SHA/statuses`.

    Only statuses the workflow itself set count (anyone who can push to the base repository could
    set one, but not the pull request's author); the newest decides, so a withdrawal wins.
    """
    ours = [item for item in _pages(text, _("the list of commit statuses"))
            if isinstance(item, dict) and item.get("context") == APPROVAL_STATUS
            and isinstance(item.get("creator"), dict)
            and item["creator"].get("login") == WORKFLOW_BOT
            and isinstance(item.get("created_at"), str) and isinstance(item.get("id"), int)]
    if not ours:
        return None
    newest = max(ours, key=lambda item: (item["created_at"], item["id"]))
    if newest.get("state") != "success":
        return None
    description = newest.get("description")
    return Approval(description if isinstance(description, str) else "")


def _pages(text: str, what: str) -> list[object]:
    """The items of a paginated GitHub list, however `gh` printed it.

    GitHub answers 100 items a page; `gh api --paginate` prints each page's JSON array right after
    the previous one (`[...][...]`), `--slurp` wraps them in one more array and `--jq '.[]'` prints
    one object a line. All three are read here.
    """
    decoder = json.JSONDecoder()
    items: list[object] = []
    position = 0
    while True:
        while position < len(text) and text[position].isspace():
            position += 1
        if position == len(text):
            break
        try:
            value, position = decoder.raw_decode(text, position)
        except json.JSONDecodeError as error:
            raise UserError(_("{what} is not JSON: {error}", what=what, error=error)) from None
        for item in value if isinstance(value, list) else [value]:
            items.extend(item if isinstance(item, list) else [item])
    return items


def git_reader(repo: Path, commit: str) -> Reader:
    """Reads files as they are at one commit of a local repository (never from the work tree)."""
    found = subprocess.run(["git", "rev-parse", "--verify", "--quiet", f"{commit}^{{commit}}"],
                           cwd=repo, capture_output=True, text=True)
    if commit.startswith("-") or found.returncode != 0:
        raise UserError(_("commit '{commit}' is not in the repository at {repo}; fetch it first",
                          commit=commit, repo=repo))
    sha = found.stdout.strip()

    def read(path: str) -> bytes | None:
        shown = subprocess.run(["git", "cat-file", "blob", f"{sha}:{path}"], cwd=repo,
                               capture_output=True)
        return shown.stdout if shown.returncode == 0 else None

    return read


__all__ = ["APPROVAL_LABEL", "APPROVAL_STATUS", "Approval", "Change", "check_ownership",
           "git_reader", "is_profile_path", "login_of", "parse_approval", "parse_files"]

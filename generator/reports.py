"""Reports that a mentor does not answer: the issue form a mentee opens from the mentor's page, and
the open reports `mentors stale --reported` lists for the organisers.

A report is a public issue, so it asks for nothing personal: the profile's id (filled in from the
page) and roughly how long ago the mentee wrote. Organisers know a profile is reported by the
issue form's label: the stale workflow exports the open issues with `gh issue list` and passes
them to `mentors stale`. Issue bodies are hostile input: only a well-formed id of a profile in
the directory is read from one, and nothing else of it is ever printed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import urlencode

from generator.directory import PROFILE_ID, Directory, Mentor
from generator.issue_form import form_file, parse_body
from generator.problems import UserError
from generator.program import Program

LABEL = "unresponsive-profile"
FORM_NAME = "unresponsive-profile.yml"
FORM_FILE = f".github/ISSUE_TEMPLATE/{FORM_NAME}"
PROFILE = "Profile"  # the questions' labels, as GitHub writes them into the issue body
WAITED = "When did you write to them?"
WAITED_CHOICES = ("1 to 2 weeks ago", "2 to 4 weeks ago", "More than a month ago")
ORDER = {PROFILE: 0, WAITED: 1}
_GITHUB_REPO = re.compile(r"https://github\.com/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/"
                          r"([A-Za-z0-9._-]{1,100}?)(?:\.git)?/?")
INTRO = """\
Use this form when you asked a mentor for mentoring through this site and heard nothing back, so \
the organisers can check the profile is still current. Then ask another mentor: you don't need to \
wait for this.

**This issue is public.** Don't write your name, your contact details or what you asked the \
mentor: the form needs only the mentor's profile, which the link from their page fills in.
"""


def report_link(repo_url: str | None, mentor_id: str) -> str | None:
    """Where a mentee reports this mentor: a new issue from the form, the profile filled in; None
    for a repository that is not on GitHub."""
    found = _GITHUB_REPO.fullmatch(repo_url or "")
    if found is None:
        return None
    query = urlencode({"template": FORM_NAME, "title": f"No answer from mentor {mentor_id}",
                       "profile": mentor_id})
    return f"https://github.com/{found[1]}/{found[2]}/issues/new?{query}"


def render_form(program: Program) -> str:
    """The issue form; the same for every program (it takes the program for `mentors generate`)."""
    form = {
        "name": "A mentor did not answer",
        "description": "Tell the organisers a mentor has not answered your request.",
        "title": "No answer from mentor ", "labels": [LABEL],
        "body": [
            {"type": "markdown", "attributes": {"value": INTRO}},
            {"type": "input", "id": "profile",
             "attributes": {"label": PROFILE, "description": "The end of the mentor's page "
                            "address, such as ada-example: the link from their page fills it in.",
                            "placeholder": "ada-example"},
             "validations": {"required": True}},
            {"type": "dropdown", "id": "waited",
             "attributes": {"label": WAITED, "options": list(WAITED_CHOICES)},
             "validations": {"required": True}},
        ],
    }
    return form_file("report-form", "report", form)


@dataclass(frozen=True)
class Reported:
    """A mentor with open reports that they do not answer."""

    mentor: Mentor
    issues: tuple[int, ...]  # the open reports' numbers, oldest first
    since: date  # when the oldest was opened

    def as_dict(self) -> dict[str, Any]:
        return {"reports": list(self.issues), "reported_since": self.since.isoformat()}


def reported_profiles(text: str, directory: Directory) -> list[Reported]:
    """The mentors named by the open reports that `gh issue list --label unresponsive-profile
    --state open --json number,body,createdAt` lists, most reported first. Reports naming no
    profile of the directory are left out."""
    try:
        issues = json.loads(text)
    except json.JSONDecodeError as error:
        raise UserError(f"the list of reports is not JSON: {error}") from None
    read = [_read(issue) for issue in issues] if isinstance(issues, list) else [None]
    if None in read:
        raise UserError("the list of reports needs number, body and createdAt for each issue: "
                        f"gh issue list --label {LABEL} --state open --json number,body,createdAt")
    mentors = {mentor.id: mentor for mentor in directory.mentors}
    found: dict[str, list[tuple[date, int]]] = {}
    for number, body, opened in (issue for issue in read if issue is not None):
        profile = parse_body(body, ORDER).get(PROFILE, "").strip().lower()
        if PROFILE_ID.fullmatch(profile) and profile in mentors:
            found.setdefault(profile, []).append((opened, number))
    result = [Reported(mentors[profile], tuple(number for _, number in sorted(reports)),
                       min(reports)[0]) for profile, reports in found.items()]
    return sorted(result, key=lambda item: (-len(item.issues), item.since, item.mentor.id))


def _read(issue: Any) -> tuple[int, str, date] | None:
    """An issue's number, body and the day it was opened; None if it lacks one of them."""
    if not (isinstance(issue, dict) and isinstance(issue.get("number"), int)
            and isinstance(issue.get("body"), str) and isinstance(issue.get("createdAt"), str)):
        return None
    try:
        opened = datetime.fromisoformat(issue["createdAt"].replace("Z", "+00:00")).date()
    except ValueError:
        return None
    return issue["number"], issue["body"], opened

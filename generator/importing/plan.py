"""Each row checked, then the file it becomes: its mentor's existing profile (by GitHub login),
else an id made from the name, or from the login when another mentor has that one; never a file
that belongs to someone else, and never two rows for one account with different answers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from generator import ownership
from generator.directory import MAX_ID_LENGTH, PROFILE_ID, RESERVED_IDS, find_profiles, slug
from generator.importing.convert import convert_row, pause_if_unreachable
from generator.importing.profiles import check_row, profile_text
from generator.importing.source import Row, Source
from generator.importing.spreadsheet import ID_COLUMN
from generator.profile import Profile
from generator.program import Program

OWN_ID_HINT = "give the mentor an id of their own, in the 'id' column of a CSV file"
Action = Literal["written", "updated", "unchanged", "repeated", "refused"]


@dataclass
class Outcome:
    """What became of one row."""

    row: Row
    action: Action = "refused"
    target: Path | None = None
    text: str = ""
    profile: Profile | None = None
    same_as: Row | None = None  # the earlier row a repeated one is the same as


def plan(source: Source, program: Program, goals: list[str], folder: Path, update: bool
         ) -> list[Outcome]:
    """Each row checked, then given a file: its mentor's existing profile, else an id made from
    the name (or, when another mentor has that one, from the GitHub login)."""
    today = date.today()
    outcomes = []
    for row in source.rows:
        if row.refused and not row.cells:  # not a mentor at all: there is nothing to check
            outcomes.append(Outcome(row))
            continue
        conversion = convert_row(row, program, source.where, goals, today)
        pause_if_unreachable(conversion, row, program)
        text = profile_text(conversion)
        profile = check_row(row, conversion, text, program, today)
        outcomes.append(Outcome(row, text=text, profile=profile))
    files, _ = find_profiles([folder], folder) if folder.is_dir() else ([], [])
    owners = {path.stem: ownership.login_of(str(path), path.read_bytes()) for path in files}
    by_login = {owner.casefold(): profile_id for profile_id, owner in owners.items() if owner}
    _repeated(outcomes)
    taken: dict[str, Outcome] = {}
    for outcome in outcomes:
        if outcome.row.refused or outcome.action == "repeated":
            continue
        assert outcome.profile is not None  # rows that are not refused have one
        profile_id = (by_login.get(outcome.profile.github.casefold())
                      or _new_id(outcome.row, outcome.profile, owners, taken, folder))
        if profile_id is None:
            continue
        taken[profile_id] = outcome
        outcome.target = folder / f"{profile_id}.yml"
        if profile_id not in owners:
            outcome.action = "written"
        elif outcome.target.read_bytes() == outcome.text.encode("utf-8"):
            outcome.action = "unchanged"
        elif update:
            outcome.action = "updated"
        else:
            outcome.row.report(None, f"{outcome.target} already exists, for this GitHub account",
                               "run again with --update to replace it with this row's answers")
    return outcomes


def _repeated(outcomes: list[Outcome]) -> None:
    """Rows for one GitHub account: a repeat of the same answers is skipped; different answers
    refuse every one of those rows, as which is right is not the import's to guess."""
    accounts: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        if outcome.profile is not None:
            accounts.setdefault(outcome.profile.github.casefold(), []).append(outcome)
    for group in accounts.values():
        first, *later = group
        if all(outcome.text == first.text for outcome in later):
            for outcome in later:
                outcome.action, outcome.same_as = "repeated", first.row
            continue
        labels = [outcome.row.label for outcome in group]
        assert first.profile is not None
        for outcome in group:
            others = _joined([label for label in labels if label != outcome.row.label])
            outcome.row.report(None, f"{others} also name{'s' if len(group) == 2 else ''} the "
                               f"GitHub account '{first.profile.github}', with different "
                               "answers",
                               "keep the one row that is right for this mentor, and delete "
                               "the others")


def _new_id(row: Row, profile: Profile, owners: dict[str, str | None],
            taken: dict[str, Outcome], folder: Path) -> str | None:
    """An id no profile and no earlier row has: the row's own, or one made from the name."""
    given = row.cells.get(ID_COLUMN)
    if given:
        chosen = given[0].text.strip()
        problem = _id_problem(chosen, owners, taken, folder)
        if problem:
            row.report(given[0], *problem)
            return None
        return chosen
    name_id, login_id = slug(profile.name), slug(profile.github)
    why_not = (_id_problem(name_id, owners, taken, folder) if name_id
               else (f"the name '{profile.name}' gives no id", ""))
    if why_not is None:
        return name_id
    login_problem = _id_problem(login_id, owners, taken, folder)
    if login_problem is None:
        row.report(None, f"{why_not[0]}; written as {folder / login_id}.yml",
                   "check that the file name suits the mentor", severity="warning")
        return login_id
    also = f", and {login_problem[0]}" if login_id != name_id else ""
    row.report(None, f"{why_not[0]}{also}", why_not[1] if not also else OWN_ID_HINT)
    return None


def _id_problem(profile_id: str, owners: dict[str, str | None], taken: dict[str, Outcome],
                folder: Path) -> tuple[str, str] | None:
    if not PROFILE_ID.fullmatch(profile_id) or len(profile_id) > MAX_ID_LENGTH:
        return (f"'{profile_id}' is not a valid profile id",
                f"use lowercase letters, digits and single hyphens, at most {MAX_ID_LENGTH} "
                "characters, such as 'ada-example'")
    if profile_id in RESERVED_IDS:
        return f"'{profile_id}' is reserved for the site's own pages", "choose another id"
    if (folder / f"{profile_id}.yml").is_symlink():  # writing would change the file it names
        return (f"{folder / profile_id}.yml is a symbolic link, not a profile",
                "remove the link, or " + OWN_ID_HINT)
    if profile_id in owners:
        return (f"{folder / profile_id}.yml is another mentor's profile",
                OWN_ID_HINT)
    if profile_id in taken:
        return (f"{taken[profile_id].row.label} takes the id '{profile_id}'",
                OWN_ID_HINT)
    return None


def _joined(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"

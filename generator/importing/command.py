"""`mentors import FILE`: one checked profile per mentor in the profiles folder, and a report of
every row: written, written with warnings, unchanged, repeated, or refused and why."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from generator import ownership
from generator.directory import MAX_ID_LENGTH, PROFILE_ID, RESERVED_IDS, find_profiles, slug
from generator.importing.codingcoach import read_codingcoach
from generator.importing.convert import convert_row
from generator.importing.jekyll import read_jekyll
from generator.importing.profiles import check_row, profile_text
from generator.importing.source import Row, Source
from generator.importing.spreadsheet import ID_COLUMN, read_spreadsheet
from generator.match_command import Settings
from generator.problems import Problem, UserError, visible
from generator.profile import Profile
from generator.program import Program
from generator.settings import read_config

MAX_BYTES = 20 * 1024 * 1024
FORMATS = {"csv": "a spreadsheet's CSV export", "coding-coach": "Coding Coach's mentors.json",
           "wcc": "the Jekyll _data/mentors.yml of Women Coding Community"}
OWN_ID_HINT = "give the mentor an id of their own, in the 'id' column of a CSV file"
SUFFIXES = {".csv": "csv", ".tsv": "csv", ".json": "coding-coach", ".yml": "wcc", ".yaml": "wcc"}


def add_command(commands: Any, settings: Settings) -> None:
    """Adds `import` to the `mentors` command; `settings` reads the site's options as the other
    commands do."""
    command = commands.add_parser(
        "import", help="write profiles from a spreadsheet's CSV export or another directory's "
        "data file, and report every row")
    command.add_argument("file", type=Path, metavar="FILE",
                         help="a CSV export, Coding Coach's mentors.json, or a Jekyll "
                         "_data/mentors.yml like Women Coding Community's")
    command.add_argument("--format", choices=sorted(FORMATS),
                         help="the file's format (default: from its name: .csv, .json, .yml)")
    command.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                         help="CSV: the profile field a column holds, when its header is not "
                         "the field's name (repeatable)")
    command.add_argument("--goals", metavar="IDS",
                         help="comma-separated goals for mentors whose row gives none (Coding "
                         "Coach entries have none); each such profile is reported")
    command.add_argument("--update", action="store_true",
                         help="replace a mentor's existing profile with the row's answers")
    command.add_argument("--dry-run", action="store_true",
                         help="report what would be written, and write nothing")
    command.set_defaults(run=lambda args: _import(args, settings))


@dataclass
class Outcome:
    """What became of one row."""

    row: Row
    action: str = "refused"  # written, updated, unchanged, repeated or refused
    target: Path | None = None
    text: str = ""
    profile: Profile | None = None
    same_as: Row | None = None  # the earlier row a repeated one is the same as


def _import(args: argparse.Namespace, settings: Settings) -> int:
    options, program, base = settings(args)
    folder = base / options.profiles
    _refuse_site_folders(args.file, args.config, folder, base)
    kind = args.format or SUFFIXES.get(args.file.suffix.lower())
    if kind is None:
        raise UserError(f"cannot tell the format of {args.file} from its name; add --format "
                        f"({', '.join(sorted(FORMATS))})")
    if args.map and kind != "csv":
        raise UserError("--map names the columns of a CSV file")
    goals = [goal.strip() for goal in (args.goals or "").split(",") if goal.strip()]
    _check_goals(goals, program)
    if args.file.stat().st_size > MAX_BYTES:
        raise UserError(f"{args.file} is larger than {MAX_BYTES // 1024 // 1024} MB")
    data = args.file.read_bytes()
    shown = str(args.file)
    source = (read_spreadsheet(data, shown, args.map, bool(goals)) if kind == "csv"
              else read_codingcoach(data, shown) if kind == "coding-coach"
              else read_jekyll(data, shown, program))
    if source.problems:
        for problem in source.problems:
            print(problem.text())
        print(f"Nothing was imported: {shown} cannot be read as {FORMATS[kind]}.")
        return 1
    outcomes = _plan(source, program, goals, folder, args.update)
    if not args.dry_run:
        for outcome in outcomes:
            if outcome.action in ("written", "updated") and outcome.target is not None:
                outcome.target.parent.mkdir(parents=True, exist_ok=True)
                outcome.target.write_text(outcome.text, encoding="utf-8")
    print("\n".join(_report(source, outcomes, folder, args.dry_run)))
    return 1 if any(outcome.action == "refused" for outcome in outcomes) else 0


def _check_goals(goals: list[str], program: Program) -> None:
    ids = [entry.id for entry in program.goals]
    for goal in goals:
        if goal not in ids:
            raise UserError(f"--goals: '{goal}' is not a goal id; the goals are: {', '.join(ids)}")


def _refuse_site_folders(file: Path, config: Path, profiles: Path, base: Path) -> None:
    """The file may hold personal data, and one inside the profiles folder would be read as a
    profile: it never comes from where the site is built from or to."""
    site = read_config(config) if config.is_file() else {}
    folders = {"the profiles folder": profiles,
               "the site's content": base / str(site.get("docs_dir") or "docs"),
               "the built site": base / str(site.get("site_dir") or "site")}
    for what, folder in folders.items():
        if file.resolve().is_relative_to(folder.resolve()):
            raise UserError(f"{file} is inside {what} ({folder}): keep the file you import from "
                            "in a private folder outside the repository; it may hold personal "
                            "data that must never be published")


def _plan(source: Source, program: Program, goals: list[str], folder: Path, update: bool
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


def _report(source: Source, outcomes: list[Outcome], folder: Path, dry_run: bool) -> list[str]:
    """The lines `mentors import` prints: each row in order, then the totals."""
    lines = [f"Importing {_count(len(outcomes), source.unit)} from {source.path} into "
             f"{folder}/."]
    if source.left_out:
        lines.append("Not imported, as no profile field takes them: " + "; ".join(
            f"{visible(name)} in {_count(count, source.unit)}"
            + (f" ({source.why_left_out[name]})" if name in source.why_left_out else "")
            for name, count in source.left_out.items()) + "."
            + (f" {source.left_out_hint}" if source.left_out_hint else ""))
    for outcome in outcomes:
        row = outcome.row
        warnings = [problem for problem in row.problems if not problem.is_error]
        if row.refused:
            lines.append(f"{row.label}: refused:")
            lines += [f"  {problem.description()}" for problem in _by_column(row.problems)
                      if problem.is_error]
            continue
        if outcome.action == "repeated":
            assert outcome.same_as is not None
            lines.append(f"{row.label}: skipped: the same mentor and answers as "
                         f"{outcome.same_as.label}")
            continue
        if outcome.action == "unchanged":
            lines.append(f"{row.label}: {outcome.target} already holds these answers")
            continue
        verb = {("written", False): "wrote", ("written", True): "would write",
                ("updated", False): "updated", ("updated", True): "would update"}[
                    (outcome.action, dry_run)]
        lines.append(f"{row.label}: {verb} {outcome.target}" + (", with warnings:" if warnings
                                                                 else ""))
        lines += [f"  {problem.description()}" for problem in _by_column(warnings)]
    lines.append(_totals(outcomes, source.unit, dry_run))
    return lines


def _count(number: int, unit: str) -> str:
    plural = "entries" if unit == "entry" else f"{unit}s"
    return f"{number} {unit if number == 1 else plural}"


def _joined(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _by_column(problems: list[Problem]) -> list[Problem]:
    """A row's problems in the order of its columns; those about the whole row first."""
    return sorted(problems, key=lambda problem: problem.column if problem.field else 0)


def _totals(outcomes: list[Outcome], unit: str, dry_run: bool) -> str:
    def count(action: str) -> list[Outcome]:
        return [outcome for outcome in outcomes if outcome.action == action]

    written = count("written")
    warned = [outcome for outcome in written if outcome.row.problems]
    refused = count("refused")
    parts = [f"{len(written)} {'profile' if len(written) == 1 else 'profiles'} "
             f"{'to write' if dry_run else 'written'}"
             + (f" ({len(warned)} with warnings)" if warned else "")]
    if count("updated"):
        parts.append(f"{len(count('updated'))} {'to update' if dry_run else 'updated'}")
    if count("unchanged"):
        parts.append(f"{len(count('unchanged'))} unchanged")
    if count("repeated"):
        parts.append(f"{_count(len(count('repeated')), unit)} skipped as repeated")
    if refused:
        parts.append(f"{len(refused)} refused")
    return ("Nothing written (--dry-run): " if dry_run else "") + "; ".join(parts) + "."

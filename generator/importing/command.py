"""`mentors import FILE`: one checked profile per mentor in the profiles folder, and a report of
every row: written, written with warnings, unchanged, repeated, or refused and why."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from generator.importing.codingcoach import read_codingcoach
from generator.importing.jekyll import read_jekyll
from generator.importing.plan import plan
from generator.importing.report import report_lines
from generator.importing.spreadsheet import read_spreadsheet
from generator.match_command import Settings
from generator.problems import UserError
from generator.program import Program
from generator.settings import read_config

MAX_BYTES = 20 * 1024 * 1024
FORMATS = {"csv": "a spreadsheet's CSV export", "coding-coach": "Coding Coach's mentors.json",
           "wcc": "the Jekyll _data/mentors.yml of Women Coding Community"}
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
    outcomes = plan(source, program, goals, folder, args.update)
    if not args.dry_run:
        for outcome in outcomes:
            if outcome.action in ("written", "updated") and outcome.target is not None:
                outcome.target.parent.mkdir(parents=True, exist_ok=True)
                outcome.target.write_text(outcome.text, encoding="utf-8")
    print("\n".join(report_lines(source, outcomes, folder, args.dry_run)))
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



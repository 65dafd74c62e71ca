"""`mentors match APPLICATIONS.csv`: propose a cohort's pairs from the form tool's export.

Also explains one applicant's best alternatives (`--explain`) and proposes a new mentor for one
applicant when a pair ends (`--current PAIRS.csv --end EMAIL`), leaving every other pair as it is.
"""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from generator.applications import read_applications
from generator.directory import load_directory
from generator.loader import load
from generator.problems import Problem, UserError
from generator.profile import INVALID, Checker, check_mapping
from generator.program import Program
from generator.settings import Options, read_config

INSTALL_HINT = ("'mentors match' needs the optional solver (SciPy): pip install "
                "'mentor-directory[match]', or in a clone of the repository: "
                ".venv/bin/pip install -e '.[match]'")
PAIRS_FILE = "pairs.csv"
REPORT_FILE = "report.html"
REMATCH_FILE = "rematch.csv"

Settings = Callable[[argparse.Namespace], tuple[Options, Program, Path]]


class MatchError(UserError):
    """A mistake in how the round was asked for; printed by the command line without a traceback."""


def add_command(commands: Any, settings: Settings) -> None:
    """Adds `match` to the `mentors` command; `settings` reads the site's options as the other
    commands do."""
    match = commands.add_parser(
        "match", help="propose cohort pairs from a form tool's CSV export of applications")
    match.add_argument("applications", type=Path, metavar="APPLICATIONS.csv",
                       help="the form tool's export; never keep it in the repository")
    match.add_argument("--output", type=Path, metavar="FOLDER",
                       help=f"where to write {PAIRS_FILE} and {REPORT_FILE} (default: the "
                       "folder of APPLICATIONS.csv)")
    match.add_argument("--rules", type=Path, metavar="FILE.yml",
                       help="weights, minimum overlap, the cap, pins and forbidden pairs")
    match.add_argument("--pin", action="append", default=[], metavar="EMAIL=MENTOR",
                       help="keep this pair whatever the fit (repeatable)")
    match.add_argument("--forbid", action="append", default=[], metavar="EMAIL=MENTOR",
                       help="never propose this pair (repeatable)")
    match.add_argument("--min-overlap", type=int, metavar="HOURS",
                       help="fewest hours of shared working day (default 2)")
    match.add_argument("--max-new", type=int, metavar="N",
                       help="most new mentees for any one mentor in this round (default 2)")
    match.add_argument("--explain", metavar="EMAIL",
                       help="show the mentors who fit this applicant best, and why")
    match.add_argument("--current", type=Path, metavar="PAIRS.csv",
                       help="the round's pairs, for a rematch with --end")
    match.add_argument("--end", metavar="EMAIL",
                       help="end this applicant's pair and propose a new mentor, changing no "
                       "other pair")
    match.set_defaults(run=lambda args: _match(args, settings))


def _match(args: argparse.Namespace, settings: Settings) -> int:
    try:
        from generator import matching, round_report
    except ImportError as error:
        raise MatchError(INSTALL_HINT) from error
    if (args.current is None) != (args.end is None):
        raise MatchError("a rematch needs both --current PAIRS.csv and --end EMAIL")
    options, program, base = settings(args)
    output = args.output or args.applications.parent
    _refuse_site_folders(args.config, options, base, {"APPLICATIONS.csv": args.applications,
                                                       "--output": output})
    rules, problems = _rules(args, program, matching)
    applications = read_applications(args.applications.read_bytes(), str(args.applications),
                                     program)
    problems += applications.problems
    for problem in problems:
        print(problem.text())
    if any(problem.is_error for problem in problems) and not applications.applications:
        return 1
    directory, _ = load_directory([base / options.profiles], program,
                                  stale_after_days=options.stale_after_days)
    today = directory.today
    mentors = list(directory.mentors)
    if args.end is not None:
        return _rematch(args, rules, applications.applications, mentors, program, today, output,
                        matching, round_report)
    result = matching.propose(applications.applications, mentors, program, rules, today)
    if args.explain is not None:
        print(_explanation(result, args.explain, matching))
        return 0
    output.mkdir(parents=True, exist_ok=True)
    (output / PAIRS_FILE).write_text(round_report.pairs_csv(result), encoding="utf-8")
    (output / REPORT_FILE).write_text(round_report.report_html(
        result, applications, program, source=str(args.applications), today=today),
        encoding="utf-8")
    weights = result.rules.weights
    total = len(result.matches) + len(result.unmatched)
    fits = [match.fit.percent(weights) for match in result.matches]
    print(f"{total} {'application' if total == 1 else 'applications'} used"
          + (f", {len(applications.unused)} {'row' if len(applications.unused) == 1 else 'rows'}"
             " not used (listed in the report)" if applications.unused else "") + ".")
    print(f"Matched {len(result.matches)} of {total}"
          + (f"; mean fit {round(sum(fits) / len(fits))}%" if fits else "")
          + f"; most new mentees for one mentor: {max((load.new for load in result.loads), default=0)}.")
    print(f"Wrote {output / PAIRS_FILE} and {output / REPORT_FILE}. They hold personal data: "
          "keep them private.")
    return 1 if applications.unused or any(problem.is_error for problem in problems) else 0


def _rematch(args: argparse.Namespace, rules: Any, applications: list[Any], mentors: list[Any],
             program: Program, today: date, output: Path, matching: Any, round_report: Any
             ) -> int:
    """A new mentor for one applicant; every other pair of the round keeps its place."""
    current = round_report.read_pairs(args.current.read_bytes(), str(args.current))
    key = args.end.casefold()
    ending = [pair for pair, _ in current if pair.mentee.casefold() == key]
    if not ending:
        raise MatchError(f"{args.end}: {args.current} has no pair for this applicant")
    chosen = [application for application in applications if application.key == key]
    if not chosen:
        raise MatchError(f"{args.end}: no usable application has this email address")
    rules = dataclasses.replace(rules, forbid=rules.forbid + tuple(ending))
    kept = tuple(pair for pair, _ in current if pair.mentee.casefold() != key)
    result = matching.propose(chosen, mentors, program, rules, today, kept)
    if result.matches:
        match = result.matches[0]
        print(f"Proposed: {match.application.name} with {match.mentor.profile.name} "
              f"({match.mentor.id}), fit {match.fit.percent(rules.weights)}%: "
              f"{match.fit.reasons()}.")
    else:
        print(f"No new mentor for {chosen[0].name}: {result.unmatched[0][1]}.")
    output.mkdir(parents=True, exist_ok=True)
    target = output / REMATCH_FILE
    target.write_text(round_report.rematch_csv(current, key, result), encoding="utf-8")
    print(f"Wrote {target}: the round's pairs with this one changed. It holds personal data: "
          "keep it private.")
    return 0


def _rules(args: argparse.Namespace, program: Program, matching: Any
           ) -> tuple[Any, list[Problem]]:
    """The rules file, if any, with the options given on the command line on top."""
    rules = matching.Rules()
    problems: list[Problem] = []
    if args.rules is not None:
        root, problems = load(str(args.rules), args.rules.read_bytes())
        if root is not None:
            checker = Checker(str(args.rules), program, date.today())
            value = check_mapping(matching.Rules, root, "", checker)
            problems += checker.problems
            if value is INVALID:
                for problem in problems:
                    print(problem.text())
                raise MatchError(f"{args.rules} has errors; fix them and run again")
            rules = value
        else:
            for problem in problems:
                print(problem.text())
            raise MatchError(f"{args.rules} cannot be read as YAML")
    changes: dict[str, Any] = {}
    if args.min_overlap is not None:
        changes["min_overlap_hours"] = args.min_overlap
    if args.max_new is not None:
        changes["max_new_per_mentor"] = args.max_new
    if args.pin:
        changes["pin"] = rules.pin + tuple(_pair(text, "--pin", matching) for text in args.pin)
    if args.forbid:
        changes["forbid"] = rules.forbid + tuple(_pair(text, "--forbid", matching)
                                                 for text in args.forbid)
    return dataclasses.replace(rules, **changes), problems


def _pair(text: str, option: str, matching: Any) -> Any:
    mentee, separator, mentor = text.partition("=")
    if not separator or not mentee.strip() or not mentor.strip():
        raise MatchError(f"{option} takes EMAIL=MENTOR-ID, such as ana@example.org=ada-example, "
                         f"not '{text}'")
    return matching.Pair(mentee.strip(), mentor.strip())


def _refuse_site_folders(config: Path, options: Options, base: Path,
                         paths: dict[str, Path]) -> None:
    """Applications and what is made from them never go where the site is built from or to."""
    site = read_config(config) if config.is_file() else {}
    folders = {"the site's content": base / str(site.get("docs_dir") or "docs"),
               "the profiles folder": base / options.profiles,
               "the built site": base / str(site.get("site_dir") or "site")}
    for name, path in paths.items():
        for what, folder in folders.items():
            if path.resolve().is_relative_to(folder.resolve()):
                raise MatchError(f"{name} {path} is inside {what} ({folder}): applications are "
                                 "personal data and must never be published; use a private "
                                 "folder outside the repository")


def _explanation(result: Any, key: str, matching: Any) -> str:
    """One applicant's best mentors: fit, whether each was chosen or is full, and why."""
    weights = result.rules.weights
    options = matching.alternatives(result.table, key.casefold())
    application = next(a for a in result.table.applications if a.key == key.casefold())
    chosen = {match.application.key: match.mentor.id for match in result.matches}
    full = {load.mentor.id for load in result.loads
            if load.new >= matching.open_places(load.mentor, result.rules)}
    mentor_id = chosen.get(application.key)
    unmatched = dict((a.key, reason) for a, reason in result.unmatched)
    lines = [f"{application.name} ({application.email}), row {application.row}: "
             + (f"matched with {mentor_id}." if mentor_id
                else f"not matched: {unmatched[application.key]}."), "Best fits:"]
    for number, (mentor, fit, broken) in enumerate(options, 1):
        state = ("chosen" if mentor.id == mentor_id else f"not possible: {broken}" if broken
                 else "full this round" if mentor.id in full else "has a place left")
        lines.append(f"{number}. {mentor.profile.name} ({mentor.id}): fit "
                     f"{fit.percent(weights)}%, {state}; {fit.reasons()}")
    return "\n".join(lines)

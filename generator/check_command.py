"""`mentors check`: the organisers' check that their program is ready to go live, and
`mentors generate`, which rewrites the files derived from the program's lists.

The check is about the program, not the software (the product's own tests never read the
program's profiles or pages): profiles valid, no sample data left, no placeholder unfilled, the
derived files current, and the site built as publishing builds it with every internal link and
anchor resolving. The build keeps text colours readable itself; the check lists what it adjusted.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from generator.directory import load_directory
from generator.generated import out_of_date, write_all
from generator.linkcheck import check_site
from generator.placeholders import find_placeholders
from generator.problems import Problem
from generator.program import Program
from generator.sample import REPLACE_STEP, find_sample, see
from generator.settings import Options, read_config
from generator.translation import _, ngettext
from generator.workflow_commands import give, under_actions

Settings = Callable[[argparse.Namespace], tuple[Options, Program, Path]]
PALETTE_NOTE = "mentor-directory: palette "  # how the build logs a colour it adjusted


@dataclass(frozen=True)
class Part:
    """One part of the check: what it looks at, and what it found."""

    title: str
    problems: list[Problem]
    notes: list[str]  # worth knowing, never a failure


def add_commands(commands: Any, settings: Settings) -> None:
    """Adds `check` and `generate` to the `mentors` command."""
    check = commands.add_parser(
        "check", help="check that your program is ready to publish: profiles, sample data, "
        "placeholders, derived files, the built site's links")
    check.add_argument("--summary", type=Path, metavar="PATH",
                       help="also write a Markdown summary (default in GitHub Actions: "
                       "$GITHUB_STEP_SUMMARY)")
    check.set_defaults(run=lambda args: _check(args, settings))
    generate = commands.add_parser(
        "generate", help="rewrite the profile schema and the issue forms from the program's "
        "lists in mkdocs.yml")
    generate.add_argument("--check", action="store_true",
                          help="change nothing: list the files out of date, and exit 1 if any")
    generate.set_defaults(run=lambda args: _generate(args, settings))


def _generate(args: argparse.Namespace, settings: Settings) -> int:
    _options, program, base = settings(args)
    stale = out_of_date(base, program) if args.check else write_all(base, program)
    for item in stale:
        print(_("{file} is out of date; run 'mentors generate'", file=item.path) if args.check
              else _("Wrote {file}", file=item.path))
    if not stale:
        print(_("Every derived file is up to date."))
    return 1 if args.check and stale else 0


def _check(args: argparse.Namespace, settings: Settings) -> int:
    options, program, base = settings(args)
    config = read_config(args.config) if args.config.is_file() else {}
    profiles = _profiles(base, options, program)
    parts = [profiles,
             Part(_("Sample data"), find_sample(args.config, options.profiles), []),
             Part(_("Placeholders"), [found.problem() for found in find_placeholders(
                 base / str(config.get("docs_dir") or "docs"),
                 str(config.get("docs_dir") or "docs").strip("/"))], []),
             _derived_files(base, program),
             # An invalid profile stops the build as it stops publishing: said once, above.
             _site(args.config) if not profiles.problems else Part(
                 _("Site"), [], [_("not built: publishing stops on the profiles' errors too")])]
    annotate = under_actions()
    for part in parts:
        print(f"{part.title}: {_verdict(part)}")
        for problem in part.problems:
            print(f"  {problem.text()}")
            if annotate:
                give(problem.github_annotation())
        for note in part.notes:
            print("  " + _("note: {note}", note=note))
    failed = sum(len(part.problems) for part in parts)
    print(_outcome(failed))
    _write_summary(args.summary, parts, failed)
    return 1 if failed else 0


def _outcome(failed: int) -> str:
    """The check's last word: how many problems stand between the program and going live."""
    if not failed:
        return _("Your program is ready to go live.")
    return ngettext("{number} problem to fix before your program goes live.",
                    "{number} problems to fix before your program goes live.", failed,
                    number=failed)


def _verdict(part: Part) -> str:
    count = len(part.problems)
    if not count:
        return _("ok")
    return ngettext("{number} problem", "{number} problems", count, number=count)


def _profiles(base: Path, options: Options, program: Program) -> Part:
    """Every profile valid, and at least one: an empty directory is no program."""
    folder = base / options.profiles
    directory, problems = load_directory([folder], program, relative_to=base)
    errors = [problem for problem in problems if problem.is_error]
    if not directory.mentors and not errors:
        errors.append(Problem(options.profiles.strip("/"), 1, 1, _("holds no mentor profile yet"),
                              hint=_("add your own ({guide})", guide=see(REPLACE_STEP))))
    return Part(_("Profiles"), errors, [ngettext(
        "{number} valid profile", "{number} valid profiles", len(directory.mentors),
        number=len(directory.mentors))] + [problem.text() for problem in problems
                                           if not problem.is_error])


def _derived_files(base: Path, program: Program) -> Part:
    return Part(_("Derived files"), [
        Problem(item.path, 1, 1, _("is out of date for the program's lists in mkdocs.yml"),
                hint=_("merge the pull request the 'Update derived files' workflow opens, or run "
                       "'mentors generate' (or '{command}')", command=item.command))
        for item in out_of_date(base, program)], [])


def _site(config_file: Path) -> Part:
    """The site built as publishing builds it, then every internal link and anchor followed."""
    with tempfile.TemporaryDirectory() as folder:
        site = Path(folder) / "site"
        result = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file",
             str(config_file), "--site-dir", str(site)], capture_output=True, text=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
        notes = [line.split(PALETTE_NOTE, 1)[1] for line in result.stderr.splitlines()
                 if PALETTE_NOTE in line]
        if result.returncode:
            stops = [line.split("-", 1)[1].strip() for line in result.stderr.splitlines()
                     if line.startswith(("WARNING", "ERROR"))] or result.stderr.splitlines()[-1:]
            return Part(_("Site"), [Problem(config_file.name, 1, 1,
                                            _("the site does not build: {reason}", reason=stop),
                                            hint=_("publishing stops on this too"))
                                    for stop in stops], _contrast(notes))
        served_at = urlsplit(str(read_config(config_file).get("site_url") or "/")).path
        broken = check_site(site, served_at.rstrip("/") + "/")
    return Part(_("Site"), [Problem(_("(built site) {page}", page=page), 1, 1, found)
                            for page, problems in sorted(broken.items()) for found in problems],
                _contrast(notes))


def _contrast(notes: list[str]) -> list[str]:
    """The colours the build adjusted, as the build's log said them."""
    return [_("contrast: {note}", note=note) for note in notes]


def _write_summary(path: Path | None, parts: list[Part], failed: int) -> None:
    """The check as a job summary on GitHub, for organisers who work in the browser."""
    target = path or (Path(os.environ["GITHUB_STEP_SUMMARY"])
                      if os.environ.get("GITHUB_STEP_SUMMARY") else None)
    if target is None:
        return
    lines = ["## " + _("Program check"), "", f"**{_outcome(failed)}**", ""]
    for part in parts:
        lines.append(f"### {part.title}: {_verdict(part)}")
        lines.append("")
        lines += ["- " + _("{file} line {line}: {problem}", file=f"`{problem.path}`",
                           line=problem.line, problem=problem.description())
                  for problem in part.problems]
        lines += [f"- {note}" for note in part.notes]
        lines.append("")
    with open(target, "a", encoding="utf-8") as summary:
        summary.write("\n".join(lines))

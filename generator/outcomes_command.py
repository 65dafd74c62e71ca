"""`mentors outcomes RAW.yml`: the site's outcomes file, written from the organisers' own figures
with every small count suppressed, so that nothing identifying is ever committed."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.outcomes import FILE, SUPPRESS_BELOW, load_outcomes, published_yaml, suppress
from generator.problems import UserError
from generator.program import Program
from generator.settings import Options, read_config
from generator.translation import _, ngettext

Settings = Callable[[argparse.Namespace], tuple[Options, Program, Path]]
HEADER = "\n".join([
    "Cohort outcomes as the Program insights page shows them, written by 'mentors outcomes'",
    "from the organisers' own figures, which stay outside this public repository. A count under",
    f"{SUPPRESS_BELOW} is written '<{SUPPRESS_BELOW}', a count that would reveal one 'hidden', and "
    f"averages from fewer than {SUPPRESS_BELOW}",
    "answers are left out. To change a figure, change the private file and run the command again.",
])


def add_command(commands: Any, settings: Settings) -> None:
    """Adds `outcomes` to the `mentors` command."""
    outcomes = commands.add_parser(
        "outcomes", help=f"write {FILE} for the site from your private figures, small counts "
        "suppressed")
    outcomes.add_argument("raw", type=Path, metavar="RAW.yml",
                          help="your cohorts' figures, kept outside the repository")
    outcomes.add_argument("--output", type=Path, metavar="FILE",
                          help=f"where to write (default: {FILE} in the site's content folder)")
    outcomes.set_defaults(run=lambda args: _outcomes(args, settings))


def _outcomes(args: argparse.Namespace, settings: Settings) -> int:
    _options, program, base = settings(args)
    site = read_config(args.config) if args.config.is_file() else {}
    output: Path = args.output or base / str(site.get("docs_dir") or "docs") / FILE
    if args.raw.resolve().is_relative_to(base.resolve()):
        raise UserError(_("{file} is inside the repository ({repository}), which is public: "
                          "the raw figures include small counts; keep the file in a private "
                          "folder outside it", file=args.raw, repository=base.resolve()))
    outcomes, problems = load_outcomes(args.raw, str(args.raw), program)
    for problem in problems:
        print(problem.text())
    if outcomes is None:
        print(_("Nothing written: fix {file} first.", file=args.raw))
        return 1
    published, changed = suppress(outcomes)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(published_yaml(published, HEADER), encoding="utf-8")
    cohorts = len(published.cohorts)
    print(_("Wrote {file}: {cohorts}, {suppressed}", file=output,
            cohorts=ngettext("{number} cohort", "{number} cohorts", cohorts, number=cohorts),
            suppressed=ngettext("{number} figure suppressed:", "{number} figures suppressed:",
                                len(changed), number=len(changed))
            if changed else _("nothing to suppress.")))
    for item in changed:
        print(f"- {item.where}: {item.why}")
    return 0

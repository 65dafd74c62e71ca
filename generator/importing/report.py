"""What `mentors import` prints: every row in the file's order, with the file it wrote and its
warnings, or why it was refused and which cell to change; then the totals."""

from __future__ import annotations

from pathlib import Path

from generator.importing.plan import Outcome
from generator.importing.source import Source
from generator.problems import Problem, visible


def report_lines(source: Source, outcomes: list[Outcome], folder: Path, dry_run: bool
                 ) -> list[str]:
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

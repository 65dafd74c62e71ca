"""The cohort matcher on fictional rounds: optimality on small cases, and speed and quality at the
size the issue sets (2,000 applications, 500 mentors) against a greedy first-come baseline.

Run: .venv/bin/python tests/benchmarks/matching.py [--applications 2000] [--mentors 500]
     [--small 300] [--seed 1]

1. Small cases: --small random rounds of 1-6 applicants and 1-4 mentors; the solver's total fit
   is compared with the best total found by trying every assignment.
2. Large round: fictional applications (tests/fictional_round.py, from the program's own lists)
   written as a Google Forms CSV export and read back as `mentors match` reads it; then the
   optimal round (read + fit + solve timed) and the greedy baseline on the same pairs: each
   applicant in the order they applied takes the best-fitting eligible mentor with a place left.
   Target: <= 10 s for the optimal round.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fictional_round import applications, google_forms_csv, mentors

from generator.applications import read_applications
from generator.matching import Pairs, Rules, open_places, propose, solve
from generator.program import default_program

from test_matching import best_total

TODAY = date(2026, 11, 30)
TARGET_SECONDS = 10.0


def greedy(table: Pairs, places: list[int]) -> list[tuple[int, int]]:
    """First come, first served: each applicant takes the best eligible mentor with a place."""
    left = list(places)
    chosen = []
    for row in range(len(table.applications)):
        options = [column for column in np.flatnonzero(table.eligible[row]) if left[column]]
        if options:
            column = max(options, key=lambda column: (table.points[row, column], -column))
            left[column] -= 1
            chosen.append((row, int(column)))
    return chosen


def figures(name: str, table: Pairs, chosen: list[tuple[int, int]], seconds: float,
            places: list[int]) -> str:
    weights = table.rules.weights
    fits = [table.points[row, column] * 100 / (100 * weights.total) for row, column in chosen]
    new = np.bincount([column for _, column in chosen], minlength=len(table.mentors))
    before = np.array([mentor.profile.availability.mentees or 0 for mentor in table.mentors])
    total = int(sum(table.points[row, column] for row, column in chosen))
    share = len(chosen) / len(table.applications)
    return (f"{name:<9} {seconds:>8.2f} {len(chosen):>8} {share:>8.1%}"
            f" {np.mean(fits) if fits else 0:>9.1f}% {total:>10} {int(new.max()):>8}"
            f" {int((before + new).max()):>10}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--applications", type=int, default=2000)
    parser.add_argument("--mentors", type=int, default=500)
    parser.add_argument("--small", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    program = default_program()

    rng = random.Random(args.seed)
    optimal = 0
    for _ in range(args.small):
        round_rules = Rules(min_overlap_hours=rng.choice([0, 2]),
                            max_new_per_mentor=rng.choice([1, 2, 3]))
        table = Pairs(applications(rng, rng.randint(1, 6), program),
                      mentors(rng, rng.randint(1, 4), program), program, round_rules, TODAY)
        places = [open_places(mentor, round_rules) for mentor in table.mentors]
        chosen = solve(table.points, table.eligible, places)
        optimal += sum(int(table.points[r, c]) for r, c in chosen) == best_total(
            table.points, table.eligible, places)
    print(f"Small cases: the solver's total equals the brute-force best in {optimal} of "
          f"{args.small} random rounds.")

    rules = Rules()
    pool = mentors(rng, args.mentors, program)
    data = google_forms_csv(applications(rng, args.applications, program), program)
    started = time.perf_counter()
    read = read_applications(data, "applications.csv", program)
    result = propose(read.applications, pool, program, rules, TODAY)
    seconds = time.perf_counter() - started
    assert not read.unused and len(read.applications) == args.applications
    table = result.table
    places = [open_places(mentor, rules) for mentor in table.mentors]
    column = {mentor.id: position for position, mentor in enumerate(table.mentors)}
    row = {application.key: position for position, application in enumerate(table.applications)}
    chosen = [(row[m.application.key], column[m.mentor.id]) for m in result.matches]
    started = time.perf_counter()
    baseline = greedy(table, places)
    greedy_seconds = time.perf_counter() - started
    open_mentors = len(table.mentors)
    print(f"\nLarge round: {args.applications} applications, {args.mentors} mentors "
          f"({open_mentors} taking mentees, {sum(places)} places this round at most "
          f"{rules.max_new_per_mentor} each), {int(table.eligible.sum()):,} eligible pairs.")
    print(f"{'':<9} {'time (s)':>8} {'matched':>8} {'share':>8} {'mean fit':>10} "
          f"{'total fit':>10} {'most new':>8} {'most after':>10}")
    print(figures("optimal", table, chosen, seconds, places))
    print(figures("greedy", table, baseline, greedy_seconds, places))
    print(f"\nOptimal round time includes reading the CSV; target <= {TARGET_SECONDS:.0f} s: "
          f"{'met' if seconds <= TARGET_SECONDS else 'NOT met'}.")


if __name__ == "__main__":
    main()

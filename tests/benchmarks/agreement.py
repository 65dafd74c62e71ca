"""How far two careful people agree on the understanding benchmark's labels, group by group.

The target (90% of queries in every group at top-10 precision >= 0.8 and recall >= 0.9) means
something only beside that. understanding-dev-second.yml labels the development queries again,
by a second annotator who had the same brief as the first (understanding.md, the program's ids,
the corpus generator) and never saw the first labels, the search or its phrase lists. This takes
the mentors relevant by the second labels as one reader's results, in any order (their expected
top-10 precision is the share of them the first labels find relevant), and prints the share of
queries in each group where they meet the target by the first labels, and where both labels
find the very same mentors relevant.

Run: .venv/bin/python tests/benchmarks/agreement.py [FIRST SECOND] [--mentors N] [--seed S]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import evaluate

import harness

FIRST = harness.HERE / "understanding-dev.yml"
SECOND = harness.HERE / "understanding-dev-second.yml"


def agreement(first: set[str], second: set[str]) -> evaluate.Outcome:
    """The second annotator's relevant mentors as results, scored by the first's."""
    shared = len(first & second)
    return evaluate.Outcome(shared / len(second) if second else 0.0,
                            shared / len(first) if first else 0.0, len(second), None)


def run(first_path: Path, second_path: Path, mentors: int, seed: int) -> int:
    files, problems = evaluate.read_files([first_path, second_path])
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    (first_name, first), (second_name, second) = files
    if [query.query for query in first] != [query.query for query in second]:
        print(f"{second_name} must hold the queries of {first_name}, in the same order",
              file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        harness.write_corpus(folder / "mentors", mentors, seed)
        directory = harness.load_mentors(folder)
    groups: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    for one, other in zip(first, second):
        relevant = harness.relevant_mentors(directory, one)
        answer = harness.relevant_mentors(directory, other)
        groups[one.group].append((agreement(relevant, answer).meets, relevant == answer))
    groups["all"] = [row for rows in list(groups.values()) for row in rows]
    print(f"Agreement of {second_name} with {first_name} ({mentors} mentors, seed {seed}):")
    print(f"{'group':<18} {'queries':>7} {'meets target':>13} {'same mentors':>13}")
    for group, rows in groups.items():
        meets = sum(row[0] for row in rows) / len(rows)
        same = sum(row[1] for row in rows) / len(rows)
        print(f"{group:<18} {len(rows):>7} {meets:>13.1%} {same:>13.1%}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", type=Path, nargs="*", metavar="FILE",
                        help="the first and second labels (default: understanding-dev.yml and "
                        "understanding-dev-second.yml)")
    parser.add_argument("--mentors", type=int, default=1000, help="synthetic mentors (default 1000)")
    parser.add_argument("--seed", type=int, default=7, help="corpus seed (default 7)")
    args = parser.parse_args(argv)
    if len(args.files) not in (0, 2):
        parser.error("give both files, or neither")
    first, second = args.files or (FIRST, SECOND)
    for path in (first, second):
        if not path.is_file():
            parser.error(f"no such query file: {path}")
    return run(first, second, args.mentors, args.seed)


if __name__ == "__main__":
    sys.exit(harness.exit_status(main))

"""Match quality of the directory's search against labelled queries, beside four search libraries.

Run: .venv/bin/python tests/benchmarks/evaluate.py [--mentors 1000] [--seed 7] [--queries FILE ...]
(needs Node.js 20+: the first run installs the libraries with `npm ci` in tests/benchmarks/)

Builds a site of synthetic mentors (tests/benchmarks/corpus.py) with the real `mkdocs build`,
takes each query's relevant mentors from the generator's canonical values (harness.relevant_mentors:
for every field of the query, every entry is met by one of the ids it lists), then in one Chromium
page runs every query of the query files (default: tests/benchmarks/queries.yml, and
tests/benchmarks/understanding.yml when it exists) through
  1. our matcher: mentorDirectory.search(query, {accepting: false}), and
  2. its peers, lunr.js, Fuse.js, MiniSearch and Orama, at the versions package-lock.json pins,
     each over what the profile pages show and set up as its documentation shows (peers.py says
     what they index, peers.js how each is set up; `npm test` there checks those set-ups).
P@10 = |relevant ∩ top 10| / min(10, |results|) (0 without results); recall = |relevant ∩
results| / |relevant|. A query meets the target with P@10 >= 0.8 and recall >= 0.9; the target
is met when, in every group of queries (queries.yml's kinds, understanding.yml's groups), at
least 90% of the queries meet it. Exits 0 with the report whether or not the target is met, 1 when
something fails.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import peers

import harness

TOP = 10
TARGET_PRECISION = 0.8
TARGET_RECALL = 0.9
TARGET_SHARE = 0.9

# In the directory page, once our search is ready: every query through ours and through each peer
# (peers.js), in turn. A peer that throws on a query (lunr's query syntax) answers it with nothing.
RUN_QUERIES = """
async ({queries, peers}) => {
  await window.mentorDirectory.ready;
  const { loadPeers } = await import(new URL(peers.module, peers.root));
  const engines = {
    ours: async (query) => (await window.mentorDirectory.search(query, { accepting: false }))
      .map((result) => result.id),
    ...(await loadPeers(peers)),
  };
  const answers = [];
  for (const query of queries) {
    const answer = {};
    for (const [engine, search] of Object.entries(engines)) {
      try {
        answer[engine] = { ids: await search(query), error: null };
      } catch (problem) {
        answer[engine] = { ids: [], error: String((problem && problem.message) || problem) };
      }
    }
    answers.push(answer);
  }
  return answers;
}
"""


@dataclass(frozen=True)
class Outcome:
    """How one engine answered one query."""

    precision: float
    recall: float
    count: int  # results returned
    error: str | None  # the engine could not answer (it then returned nothing)

    @property
    def meets(self) -> bool:
        return self.precision >= TARGET_PRECISION and self.recall >= TARGET_RECALL


@dataclass(frozen=True)
class Row:
    """One query of one file, its relevant mentors and every engine's outcome."""

    source: str
    query: harness.Query
    relevant: int
    outcomes: dict[str, Outcome]


@dataclass(frozen=True)
class QueryFile:
    """The queries of one file that have relevant mentors, and how many it held in all."""

    source: str
    truth: list[tuple[harness.Query, set[str]]]  # in the file's order; repeated queries kept
    total: int


def precision_at(results: list[str], relevant: set[str], top: int = TOP) -> float:
    if not results:
        return 0.0
    shown = results[:top]
    return len(relevant.intersection(shown)) / min(top, len(results))


def recall(results: list[str], relevant: set[str]) -> float:
    return len(relevant.intersection(results)) / len(relevant)


def outcome(answer: dict, relevant: set[str]) -> Outcome:
    return Outcome(precision_at(answer["ids"], relevant), recall(answer["ids"], relevant),
                   len(answer["ids"]), answer["error"])


def query_paths(chosen: list[Path] | None, language: str = "en") -> list[Path]:
    """The files named on the command line, or the default ones of the site's language that
    exist (saying which do not): in English queries.yml and understanding.yml, in another
    language understanding-<language>.yml."""
    if chosen:
        return chosen
    paths = []
    defaults = ((harness.QUERIES, harness.UNDERSTANDING) if language == "en" else
                (harness.UNDERSTANDING.with_name(f"understanding-{language}.yml"),))
    for path in defaults:
        if path.is_file():
            paths.append(path)
        else:
            harness.log(f"{harness.shown(path)} does not exist (yet); evaluating without it")
    return paths


def read_files(paths: list[Path]) -> tuple[list[tuple[str, list[harness.Query]]], list[str]]:
    """Each file's name and queries, and the problems of all of them."""
    files, problems = [], []
    for path in paths:
        queries, found = harness.read_queries(path)
        problems += found
        files.append((harness.shown(path), queries))
    return files, problems


def with_truth(source: str, queries: list[harness.Query], directory) -> QueryFile:
    """The file's queries with their relevant mentors; those without any are skipped, said so."""
    truth = []
    for query in queries:
        relevant = harness.relevant_mentors(directory, query)
        if relevant:
            truth.append((query, relevant))
        else:
            harness.log(f"WARNING: {source}: no mentor is relevant to {query.query!r} "
                        f"({query.wanted()}); skipped")
    return QueryFile(source, truth, len(queries))


def run(mentors: int, seed: int, chosen: list[Path] | None, language: str = "en") -> int:
    files, problems = read_files(query_paths(chosen, language))
    if problems:
        for problem in problems:
            harness.log(f"ERROR: {problem}")
        return 1
    for warning in harness.check_query_ids([query for _, queries in files for query in queries]):
        harness.log(f"WARNING: {warning}")
    with tempfile.TemporaryDirectory(prefix="mentor-evaluate-") as temp:
        folder = Path(temp) / "site-src"
        started = time.perf_counter()
        harness.corpus_site(folder, mentors, seed=seed, config=harness.in_language(harness.FIXTURE_CONFIG, language))
        harness.log(f"wrote {mentors} synthetic profiles in {time.perf_counter() - started:.1f} s")
        build_time = harness.timed_build(folder)
        harness.log(f"mkdocs build: {build_time:.1f} s")
        site = folder / "site"
        directory = harness.load_mentors(folder)
        if len(directory.mentors) != mentors:
            raise RuntimeError(f"expected {mentors} mentors, the generator loaded {len(directory.mentors)}")
        arguments = peers.serve_into(site, directory)
        engines = {"ours": "ours", **peers.names()}

        evaluated = [with_truth(source, queries, directory) for source, queries in files]
        texts = [query.query for file in evaluated for query, _ in file.truth]
        if not texts:
            raise RuntimeError("no query has any relevant mentor")

        with harness.served(site) as url, harness.chromium() as browser:
            context = browser.new_context()
            page = context.new_page()
            trouble = harness.watch_errors(page)
            page.goto(f"{url}mentors/")
            # The script runs once its modules are in, the page language's messages among them.
            page.wait_for_function("() => window.mentorDirectory")
            answers = page.evaluate(RUN_QUERIES, {"queries": texts, "peers": {**arguments, "root": url}})
            context.close()
        for problem in trouble:
            harness.log(f"WARNING: the directory page reported an error: {problem}")

    rows = []
    answer = iter(answers)
    for file in evaluated:
        for query, relevant in file.truth:
            given = next(answer)
            if given["ours"]["error"]:
                raise RuntimeError(f"our search failed on {query.query!r}: {given['ours']['error']}")
            rows.append(Row(file.source, query, len(relevant),
                            {engine: outcome(given[engine], relevant) for engine in engines}))
    report(rows, evaluated, engines, mentors, seed, language)
    return 0


def mean(values) -> float:
    return statistics.mean(values) if values else 0.0


def share(rows: list[Row], engine: str) -> float:
    return sum(row.outcomes[engine].meets for row in rows) / len(rows)


CELL = 16  # one engine's columns in the tables


def query_cell(outcome: Outcome) -> str:
    return f"{outcome.precision:>4.2f} {outcome.recall:>4.2f} {outcome.count:>5}{'*' if outcome.meets else ' '}"


def group_cell(rows: list[Row], engine: str) -> str:
    return (f"{mean([row.outcomes[engine].precision for row in rows]):>4.2f} "
            f"{mean([row.outcomes[engine].recall for row in rows]):>4.2f} {share(rows, engine):>6.0%}")


def table_header(left: str, columns: str, engines: dict[str, str]) -> str:
    """Two header lines: engine names over their columns, then the columns' names."""
    names = " " * len(left) + "".join(f" | {name:^{CELL}}" for name in engines.values())
    under = left + "".join(f" | {columns:<{CELL}}" for _ in engines)
    return f"{names}\n{under}\n{'-' * len(under)}"


def report(rows: list[Row], files: list[QueryFile], engines: dict[str, str], mentors: int,
           seed: int, language: str = "en") -> None:
    print(f"Match quality: {mentors} synthetic mentors (seed {seed}), site language {language}; "
          f"engines: {', '.join(engines.values())}")
    for file in files:
        skipped = file.total - len(file.truth)
        print(f"  {len(file.truth)} queries from {file.source}"
              + (f" ({skipped} skipped: no relevant mentor)" if skipped else ""))
    print("P@10 = relevant in the top 10 / min(10, results); rec = recall = relevant found / relevant; "
          "n = results returned; * = meets P@10 >= 0.8 and recall >= 0.9; met = share of queries "
          "that meet it")

    width = max(24, max(len(row.query.query) for row in rows))
    group_width = max(12, max(len(row.query.group) for row in rows))
    for file in files:
        print()
        print(f"{file.source}:")
        print(table_header(f"{'query':<{width}}  {'group':<{group_width}} {'#rel':>5}",
                           f"{'P@10':>4} {'rec':>4} {'n':>5}", engines))
        for row in rows:
            if row.source == file.source:
                failed = [name for engine, name in engines.items() if row.outcomes[engine].error]
                print(f"{row.query.query:<{width}}  {row.query.group:<{group_width}} {row.relevant:>5}"
                      + "".join(f" | {query_cell(row.outcomes[engine])}" for engine in engines)
                      + (f"  ({', '.join(failed)} could not answer it)" if failed else ""))

    groups: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for row in rows:
        groups[row.source, row.query.group].append(row)
    sections = []
    for file in files:
        sections += [(f"  {group}", members) for (source, group), members in groups.items()
                     if source == file.source]
        sections.append((f"{file.source}", [row for row in rows if row.source == file.source]))
    sections.append(("ALL", rows))
    label = max(len(name) for name, _ in sections)
    print()
    print(table_header(f"{'group':<{label}} {'queries':>7}", f"{'P@10':>4} {'rec':>4} {'met':>6}", engines))
    for name, members in sections:
        if members:
            print(f"{name:<{label}} {len(members):>7}"
                  + "".join(f" | {group_cell(members, engine)}" for engine in engines))

    print()
    for engine, name in engines.items():
        unanswered = [row.query.query for row in rows if row.outcomes[engine].error]
        print(f"{name}: mean P@10 {mean([r.outcomes[engine].precision for r in rows]):.3f}, "
              f"mean recall {mean([r.outcomes[engine].recall for r in rows]):.3f}, "
              f"P@10 >= 0.8 and recall >= 0.9 on {share(rows, engine):.1%} of queries"
              + (f" ({len(unanswered)} queries it could not answer)" if unanswered else ""))
    below = [f"{group} {share(members, 'ours'):.0%}" for (_, group), members in groups.items()
             if share(members, "ours") < TARGET_SHARE]
    print("target: P@10 >= 0.8 and recall >= 0.9 on >= 90% of the queries of every group: "
          + (f"NOT MET ({', '.join(below)})" if below else "MET"))
    print(f"(printed by: {harness.command_line()})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mentors", type=int, default=1000, help="synthetic mentors (default 1000)")
    parser.add_argument("--seed", type=int, default=7, help="corpus seed (default 7)")
    parser.add_argument("--queries", type=Path, nargs="+", metavar="FILE",
                        help="query files to evaluate (default: queries.yml, and understanding.yml "
                        "when it exists; for another --language, understanding-<language>.yml)")
    parser.add_argument("--language", default="en",
                        help="the site's theme.language (default en): es, pt-BR, fr...")
    args = parser.parse_args(argv)
    for path in args.queries or ():
        if not path.is_file():
            parser.error(f"no such query file: {path}")
    return run(args.mentors, args.seed, args.queries, args.language)


if __name__ == "__main__":
    sys.exit(harness.exit_status(main))

"""Match quality of the directory's search against labelled queries, beside a plain lunr baseline.

Run: .venv/bin/python tests/benchmarks/evaluate.py [--mentors 1000] [--seed 7]

Builds a site of synthetic mentors (tests/benchmarks/corpus.py) with the real `mkdocs build`,
takes each query's relevant mentors from the generator's canonical skills and goals (relevant =
has ALL the query's skills and ALL its goals), then in Chromium runs every query of
tests/benchmarks/queries.yml through
  1. our matcher: mentorDirectory.search(query, {accepting: false}), and
  2. a plain lunr.js index over the profiles' name, headline, skills as written and bio.
P@10 = |relevant ∩ top 10| / min(10, |results|) (0 without results); recall = |relevant ∩
results| / |relevant|. Target: P@10 >= 0.8 and recall >= 0.9 on at least 90% of the queries.
Exits 0 with the report whether or not the target is met, 1 when something fails.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import traceback
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness

BASELINE_FILE = "benchmark-baseline-index.json"  # written into the built site, fetched by the page
TOP = 10
TARGET_PRECISION = 0.8
TARGET_RECALL = 0.9
TARGET_SHARE = 0.9

RUN_QUERIES = """
async ({queries, baselineUrl}) => {
  await window.mentorDirectory.ready;
  const response = await fetch(baselineUrl);
  if (!response.ok) throw new Error(`baseline index: ${response.status}`);
  const baseline = window.lunr.Index.load(await response.json());
  return queries.map((query) => {
    const ours = window.mentorDirectory.search(query, { accepting: false }).map((result) => result.id);
    let lunr = [];
    let error = null;
    try {
      lunr = baseline.search(query).map((result) => result.ref);
    } catch (problem) {
      error = String(problem && problem.message || problem);  // lunr cannot parse it: no results
    }
    return { ours, lunr, error };
  });
}
"""


def precision_at(results: list[str], relevant: set[str], top: int = TOP) -> float:
    if not results:
        return 0.0
    shown = results[:top]
    return len(relevant.intersection(shown)) / min(top, len(results))


def recall(results: list[str], relevant: set[str]) -> float:
    return len(relevant.intersection(results)) / len(relevant)


def meets(precision: float, recall_: float) -> bool:
    return precision >= TARGET_PRECISION and recall_ >= TARGET_RECALL


def run(mentors: int, seed: int) -> int:
    queries, source = harness.load_queries()
    for warning in harness.check_query_ids(queries):
        harness.log(f"WARNING: {warning}")
    with tempfile.TemporaryDirectory(prefix="mentor-evaluate-") as temp:
        folder = Path(temp) / "site-src"
        started = time.perf_counter()
        harness.corpus_site(folder, mentors, seed=seed)
        harness.log(f"wrote {mentors} synthetic profiles in {time.perf_counter() - started:.1f} s")
        build_time = harness.timed_build(folder)
        harness.log(f"mkdocs build: {build_time:.1f} s")
        site = folder / "site"
        directory = harness.load_mentors(folder)
        if len(directory.mentors) != mentors:
            raise RuntimeError(f"expected {mentors} mentors, the generator loaded {len(directory.mentors)}")
        (site / BASELINE_FILE).write_text(harness.baseline_index(directory), encoding="utf-8")

        truth = {}
        for query in queries:
            relevant = harness.relevant_mentors(directory, query)
            if not relevant:
                harness.log(f"WARNING: no mentor is relevant to {query.query!r} "
                            f"(skills {list(query.skills)}, goals {list(query.goals)}); skipped")
                continue
            truth[query] = relevant
        if not truth:
            raise RuntimeError("no query has any relevant mentor")
        texts = [query.query for query in truth]

        with harness.served(site) as url, harness.chromium() as browser:
            context = browser.new_context()
            page = context.new_page()
            trouble = harness.watch_errors(page)
            page.goto(f"{url}mentors/")
            answers = page.evaluate(RUN_QUERIES, {"queries": texts, "baselineUrl": f"{url}{BASELINE_FILE}"})
            context.close()
        for problem in trouble:
            harness.log(f"WARNING: the directory page reported an error: {problem}")

    rows = []
    for (query, relevant), answer in zip(truth.items(), answers):
        rows.append({
            "query": query, "relevant": len(relevant),
            "ours_p": precision_at(answer["ours"], relevant), "ours_r": recall(answer["ours"], relevant),
            "ours_n": len(answer["ours"]),
            "lunr_p": precision_at(answer["lunr"], relevant), "lunr_r": recall(answer["lunr"], relevant),
            "lunr_n": len(answer["lunr"]), "lunr_error": answer["error"],
        })
    report(rows, mentors, seed, source, len(queries))
    return 0


def report(rows: list[dict], mentors: int, seed: int, source: str, total_queries: int) -> None:
    width = max(24, max(len(row["query"].query) for row in rows))
    print(f"Match quality: {mentors} synthetic mentors (seed {seed}), {len(rows)} queries from {source}"
          + (f" ({total_queries - len(rows)} skipped: no relevant mentor)" if len(rows) < total_queries else ""))
    print("P@10 = relevant in the top 10 / min(10, results); recall = relevant found / relevant; "
          "n = results returned; * = meets P@10 >= 0.8 and recall >= 0.9")
    print()
    header = (f"{'query':<{width}}  {'kind':<12} {'#rel':>5}  {'our P@10':>8} {'recall':>6} {'n':>5}  "
              f"{'lunr P@10':>9} {'recall':>6} {'n':>5}")
    print(header)
    print("-" * len(header))
    for row in rows:
        query = row["query"]
        ours_mark = "*" if meets(row["ours_p"], row["ours_r"]) else " "
        lunr_mark = "*" if meets(row["lunr_p"], row["lunr_r"]) else " "
        note = "  (lunr: query not parsed)" if row["lunr_error"] else ""
        print(f"{query.query:<{width}}  {query.kind:<12} {row['relevant']:>5}  "
              f"{row['ours_p']:>8.2f} {row['ours_r']:>6.2f} {row['ours_n']:>5}{ours_mark} "
              f"{row['lunr_p']:>9.2f} {row['lunr_r']:>6.2f} {row['lunr_n']:>5}{lunr_mark}{note}")

    print()
    print(f"{'by kind':<14} {'queries':>7}  {'our P@10':>8} {'recall':>6} {'met':>5}  "
          f"{'lunr P@10':>9} {'recall':>6} {'met':>5}")
    kinds: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        kinds[row["query"].kind].append(row)
    for kind, group in list(kinds.items()) + [("ALL", rows)]:
        print(f"{kind:<14} {len(group):>7}  "
              f"{statistics.mean(r['ours_p'] for r in group):>8.2f} "
              f"{statistics.mean(r['ours_r'] for r in group):>6.2f} "
              f"{sum(meets(r['ours_p'], r['ours_r']) for r in group):>5}  "
              f"{statistics.mean(r['lunr_p'] for r in group):>9.2f} "
              f"{statistics.mean(r['lunr_r'] for r in group):>6.2f} "
              f"{sum(meets(r['lunr_p'], r['lunr_r']) for r in group):>5}")

    ours_share = sum(meets(r["ours_p"], r["ours_r"]) for r in rows) / len(rows)
    lunr_share = sum(meets(r["lunr_p"], r["lunr_r"]) for r in rows) / len(rows)
    unparsed = sum(1 for r in rows if r["lunr_error"])
    print()
    print(f"ours: mean P@10 {statistics.mean(r['ours_p'] for r in rows):.3f}, "
          f"mean recall {statistics.mean(r['ours_r'] for r in rows):.3f}, "
          f"P@10 >= 0.8 and recall >= 0.9 on {ours_share:.1%} of queries")
    print(f"lunr: mean P@10 {statistics.mean(r['lunr_p'] for r in rows):.3f}, "
          f"mean recall {statistics.mean(r['lunr_r'] for r in rows):.3f}, "
          f"P@10 >= 0.8 and recall >= 0.9 on {lunr_share:.1%} of queries"
          + (f" ({unparsed} queries lunr could not parse)" if unparsed else ""))
    print(f"target: P@10 >= 0.8 and recall >= 0.9 on >= 90% of queries: "
          f"{'MET' if ours_share >= TARGET_SHARE else 'NOT MET'}")
    print(f"(printed by: {harness.command_line()})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mentors", type=int, default=1000, help="synthetic mentors (default 1000)")
    parser.add_argument("--seed", type=int, default=7, help="corpus seed (default 7)")
    args = parser.parse_args(argv)
    try:
        return run(args.mentors, args.seed)
    except Exception:  # a report that could not be made is an error, whatever the cause
        traceback.print_exc()
        return 1


if __name__ == "__main__":
    sys.exit(main())

"""Query latency of the directory's search at large sizes, in Node, without building the site.

Run: .venv/bin/python tests/benchmarks/latency.py [--sizes 100000] [--workdir DIR]

search.py times the search in Chromium on a built site, and a 100,000-mentor build takes about
16 minutes here. This writes the same corpus (in --workdir as search.py keeps it, which search.py
then reuses) and its match index as the build writes it (generator.index.match_index, about a
minute at 100,000), then times the same queries through the same matcher in Node (latency.mjs):
a quick loop while working on ranking. Node's figures come close to Chromium's; search.py's stay
the official ones, and so do its targets: p95 <= 3 ms at 10,000, <= 10 ms at 100,000.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from search import REPEATS, TARGET_LARGE_P95_MS, TARGET_P95_MS, Figures

from generator.index import match_index

import harness

SCRIPT = harness.HERE / "latency.mjs"
TARGETS = {10_000: TARGET_P95_MS, 100_000: TARGET_LARGE_P95_MS}


def write_index(site: Path, folder: Path) -> None:
    """The match index of a corpus site's mentors, its files as the build writes them."""
    for path, data in match_index(harness.load_mentors(site)).files().items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def measure(size: int, workdir: Path, texts: list[str]) -> Figures:
    site = workdir / f"ours-{size}"
    if not (site / "mentors").is_dir():
        harness.corpus_site(site, size)
    index = workdir / f"index-{size}"
    write_index(site, index)
    ran = subprocess.run(["node", str(SCRIPT), str(index), str(REPEATS)], input=json.dumps(texts),
                         capture_output=True, text=True, check=True)
    figures = Figures(size)
    figures.latencies = json.loads(ran.stdout)
    return figures


def report(figures: Figures) -> None:
    slowest = sorted(figures.latencies, key=lambda entry: -entry["ms"])[:3]
    target = TARGETS.get(figures.size)
    verdict = "" if target is None else (
        f"; target p95 <= {target:g} ms: {'MET' if figures.percentile(0.95) <= target else 'NOT MET'}")
    print(f"{figures.size:,} mentors, Node ({len(figures.latencies)} calls): p50 "
          f"{figures.percentile(0.5):.2f} ms, p95 {figures.percentile(0.95):.2f} ms, max "
          f"{slowest[0]['ms']:.2f} ms{verdict}; slowest: "
          + ", ".join(f"{entry['query']!r} {entry['ms']:.1f} ms" for entry in slowest))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000],
                        help="directory sizes to measure (default: 100000)")
    parser.add_argument("--workdir", type=Path, default=None,
                        help="keep each size's corpus here and reuse it (default: a temp dir)")
    args = parser.parse_args(argv)
    texts, source = harness.timed_queries()
    print(f"Queries: {len(texts)} from {source}, each {REPEATS} times after prepare()")
    with tempfile.TemporaryDirectory(prefix="mentor-latency-bench-") as temp:
        for size in args.sizes:
            report(measure(size, args.workdir or Path(temp), texts))
    print(f"(printed by: {harness.command_line()})")
    return 0


if __name__ == "__main__":
    sys.exit(harness.exit_status(main))

"""Build time, peak memory and site size at the directory sizes a federation of programs reaches.

Run: .venv/bin/python tests/benchmarks/build.py [--sizes 1000 10000 100000] [--builds 1]
     [--bare-up-to N] [--browser-up-to N]

For each size N, the sample program (tests/fixtures/sample: its content pages, navigation and
sessions) with N mentors, its own 26 and N - 26 from corpus.py:
1. build time: the real `mkdocs build`, against a bare mkdocs-material build of the same content
   pages and navigation (the pages the plugin generates stand in as plain Markdown pages with
   their titles) with N plain Markdown profile pages out of the navigation and search index (as
   search.py writes them); the builds alternate, and the fastest of --builds counts. Target at
   10,000: ratio <= 0.5. Sizes above --bare-up-to are built without the bare baseline.
2. peak memory: the largest resident set of each build process (its own and its children's).
3. the built site: bytes and files, the bytes of the tar that actions/upload-pages-artifact
   makes of it, and of the artifact it uploads: that tar in a zip, compressed as
   actions/upload-artifact compresses by default (deflate, level 6). actions/deploy-pages holds
   that artifact to GitHub Pages' 1 GB ("Uploaded artifact size of ... bytes exceeds the allowed
   size of 1 GB"), so the target reads the artifact; the uncompressed site is shown beside it.
4. in Chromium, for sizes up to --browser-up-to: the bytes the directory page downloads before
   its first result and the query latency, measured as search.py measures them.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import search

import harness
from sites import MKDOCS, sample_program

TARGET_SIZE = 10_000
TARGET_RATIO = 0.5
PAGES_LIMIT = 1024 ** 3  # GitHub Pages: a published site may be no larger than 1 GB
ARTIFACT_COMPRESSION = 6  # actions/upload-artifact's default compression-level
SAMPLE_MENTORS = 26  # tests/fixtures/sample/mentors
PLUGIN_BLOCK = "  - mentor-directory:\n"
# The pages the plugin generates that the sample's navigation names, with their titles.
GENERATED_IN_NAV = {"mentors/index.md": "Find a mentor", "cohorts.md": "Cohorts",
                    "sessions/index.md": "Circles and events", "insights.md": "Program insights"}


@dataclass
class Build:
    seconds: float  # wall-clock
    cpu_seconds: float  # user and system time of the process and its children: what a shared
    # machine's other work does not change, but what running on two cores at once does not save
    peak_bytes: int


@dataclass
class Figures:
    size: int
    ours: list[Build] = field(default_factory=list)
    bare: list[Build] = field(default_factory=list)
    site_bytes: int = 0
    site_files: int = 0
    tar_bytes: int = 0
    artifact_bytes: int = 0
    bare_site_bytes: int = 0
    search: search.Figures | None = None

    @staticmethod
    def fastest(builds: list[Build]) -> Build:
        return min(builds, key=lambda build: build.seconds)

    @property
    def ratio(self) -> float | None:
        if not self.bare:
            return None
        return self.fastest(self.ours).seconds / self.fastest(self.bare).seconds

    @property
    def cpu_ratio(self) -> float | None:
        if not self.bare:
            return None
        return (min(build.cpu_seconds for build in self.ours)
                / min(build.cpu_seconds for build in self.bare))


def timed_build(folder: Path) -> Build:
    """`mkdocs build` in the folder: its times and the peak resident set of the process."""
    started = time.perf_counter()
    with open(folder / "build.log", "wb") as log:
        process = subprocess.Popen([MKDOCS, "build"], cwd=folder, stdout=log, stderr=log,
                                   env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
        _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        tail = (folder / "build.log").read_text(encoding="utf-8", errors="replace")[-3000:]
        raise RuntimeError(f"mkdocs build failed in {folder}:\n{tail}")
    return Build(elapsed, usage.ru_utime + usage.ru_stime,
                 usage.ru_maxrss * 1024)  # Linux gives kilobytes


def our_site(folder: Path, size: int) -> Path:
    sample_program(folder)
    harness.write_corpus(folder / "mentors", size - SAMPLE_MENTORS)
    return folder


def bare_config(config: str) -> str:
    """The sample's mkdocs.yml without the plugin (its options run to the next top-level key)."""
    start = config.index(PLUGIN_BLOCK)
    end = config.index("\nmarkdown_extensions:", start)
    return config[:start] + config[end + 1:] + "not_in_nav: |\n  /people/\n"


def bare_site(folder: Path, ours: Path) -> Path:
    """The same content and navigation without the plugin, and a plain page per profile."""
    shutil.copytree(ours, folder, ignore=shutil.ignore_patterns("site", "mentors", "build.log"))
    config = folder / "mkdocs.yml"
    config.write_text(bare_config(config.read_text(encoding="utf-8")), encoding="utf-8")
    for page, title in GENERATED_IN_NAV.items():
        (folder / "content" / page).parent.mkdir(parents=True, exist_ok=True)
        (folder / "content" / page).write_text(f"# {title}\n", encoding="utf-8")
    directory = harness.load_mentors(ours)
    people = folder / "content" / "people"
    people.mkdir()
    for mentor in directory.mentors:
        (people / f"{mentor.id}.md").write_text(search.profile_markdown(mentor, directory.program),
                                               encoding="utf-8")
    return folder


def measure_site(site: Path, figures: Figures) -> None:
    for path in site.rglob("*"):
        if path.is_file():
            figures.site_files += 1
            figures.site_bytes += path.stat().st_size
    # The archive actions/upload-pages-artifact makes, with the same options, and the deflated
    # stream actions/upload-artifact stores it as (its zip's headers are a few hundred bytes).
    tar = subprocess.Popen(["tar", "--dereference", "--hard-dereference", "--exclude=.git",
                            "--exclude=.github", "--exclude=.[^/]*", "-cf", "-", "."], cwd=site,
                           stdout=subprocess.PIPE)
    assert tar.stdout is not None
    deflate = zlib.compressobj(ARTIFACT_COMPRESSION, zlib.DEFLATED, -zlib.MAX_WBITS)
    while chunk := tar.stdout.read(1 << 20):
        figures.tar_bytes += len(chunk)
        figures.artifact_bytes += len(deflate.compress(chunk))
    figures.artifact_bytes += len(deflate.flush())
    if tar.wait() != 0:
        raise RuntimeError(f"tar failed in {site}")


def _shown(build: Build) -> str:
    return (f"{build.seconds:.1f} s ({build.cpu_seconds:.1f} s CPU), "
            f"{build.peak_bytes / 1024 ** 2:,.0f} MiB")


def site_bytes(site: Path) -> int:
    return sum(path.stat().st_size for path in site.rglob("*") if path.is_file())


def measure(size: int, workdir: Path, builds: int, bare_up_to: int, browser_up_to: int,
            browser, queries: list[str]) -> Figures:
    figures = Figures(size)
    started = time.perf_counter()
    ours = our_site(workdir / f"ours-{size}", size)
    harness.log(f"[{size}] wrote the site in {time.perf_counter() - started:.1f} s")
    bare = bare_site(workdir / f"bare-{size}", ours) if size <= bare_up_to else None
    for _ in range(builds):  # alternated, so that neither gets the warmer machine
        figures.ours.append(timed_build(ours))
        harness.log(f"[{size}] our build: {_shown(figures.ours[-1])}")
        if bare is not None:
            figures.bare.append(timed_build(bare))
            harness.log(f"[{size}] bare build: {_shown(figures.bare[-1])}")
    if bare is not None:
        figures.bare_site_bytes = site_bytes(bare / "site")
        shutil.rmtree(bare)
    measure_site(ours / "site", figures)
    if browser is not None and size <= browser_up_to:
        figures.search = search.Figures(size)
        try:
            with harness.served(ours / "site") as url:
                search.load_directory_page(browser, url, ours / "site", figures.search,
                                           record_bytes=True)
                search.time_queries(browser, url, queries, figures.search)
        except Exception as error:  # the build figures stand without the browser's
            harness.log(f"[{size}] the directory page could not be measured: {error}")
            figures.search = None
    shutil.rmtree(ours)
    return figures


def mib(count: float) -> str:
    return f"{count / 1024 ** 2:,.1f}"


def report(all_figures: list[Figures], builds: int) -> None:
    header = f"{'figure':<52}" + "".join(f"{f'{f.size:,} mentors':>17}" for f in all_figures)
    print(header)
    print("-" * len(header))

    def row(name: str, values: list[str]) -> None:
        print(f"{name:<52}" + "".join(f"{value:>17}" for value in values))

    def each(value) -> list[str]:
        return [value(figures) for figures in all_figures]

    def bare(value) -> list[str]:
        return [value(figures) if figures.bare else "-" for figures in all_figures]

    row(f"build, ours (s, fastest of {builds})",
        each(lambda f: f"{f.fastest(f.ours).seconds:.1f}"))
    row(f"build, bare mkdocs-material (s, fastest of {builds})",
        bare(lambda f: f"{f.fastest(f.bare).seconds:.1f}"))
    row(f"build ratio ours / bare (target <= {TARGET_RATIO} at {TARGET_SIZE:,})",
        bare(lambda f: f"{f.ratio:.2f}"))
    row("build CPU time, ours (s, least)",
        each(lambda f: f"{min(b.cpu_seconds for b in f.ours):.1f}"))
    row("build CPU time, bare (s, least)",
        bare(lambda f: f"{min(b.cpu_seconds for b in f.bare):.1f}"))
    row("CPU time ratio ours / bare", bare(lambda f: f"{f.cpu_ratio:.2f}"))
    row("build, ours per mentor (ms)",
        each(lambda f: f"{f.fastest(f.ours).seconds / f.size * 1000:.2f}"))
    row("peak memory, ours (MiB)", each(lambda f: mib(max(b.peak_bytes for b in f.ours))))
    row("peak memory, bare (MiB)", bare(lambda f: mib(max(b.peak_bytes for b in f.bare))))
    row("built site (MiB)", each(lambda f: mib(f.site_bytes)))
    row("built site per mentor (KiB)", each(lambda f: f"{f.site_bytes / f.size / 1024:.1f}"))
    row("built site, bare (MiB)", bare(lambda f: mib(f.bare_site_bytes)))
    row("files in the built site", each(lambda f: f"{f.site_files:,}"))
    row("upload tar (MiB)", each(lambda f: mib(f.tar_bytes)))
    row("uploaded artifact (MiB; deploy-pages allows 1,024)",
        each(lambda f: mib(f.artifact_bytes)))

    def browser(value) -> list[str]:
        return [value(figures.search) if figures.search else "-" for figures in all_figures]

    row("bytes before the first result (KiB gz)", browser(lambda s: f"{s.total_gz / 1024:,.1f}"))
    row("first result rendered (ms)", browser(lambda s: f"{statistics.median(s.first_ms):.0f}"))
    row("query latency p50 (ms)", browser(lambda s: f"{s.percentile(0.5):.2f}"))
    row("query latency p95 (ms)", browser(lambda s: f"{s.percentile(0.95):.2f}"))
    print()
    at_target = [figures.ratio for figures in all_figures
                 if figures.size == TARGET_SIZE and figures.ratio is not None]
    verdict = ("not measured" if not at_target else
               "MET" if at_target[0] <= TARGET_RATIO else "NOT MET")
    print(f"target: build ratio <= {TARGET_RATIO} at {TARGET_SIZE:,}: {verdict}")
    print("target: uploaded artifact under GitHub Pages' 1 GB: " + ", ".join(
        f"{'MET' if f.artifact_bytes < PAGES_LIMIT else 'NOT MET'} at {f.size:,}"
        for f in all_figures))
    print("(the uncompressed site: " + ", ".join(
        f"{'under' if f.site_bytes < PAGES_LIMIT else 'over'} 1 GB at {f.size:,}"
        for f in all_figures) + ")")
    for figures in all_figures:
        if figures.search:
            for problem in figures.search.page_errors:
                print(f"WARNING: the directory page at {figures.size:,} reported: {problem}")
    print(f"(printed by: {harness.command_line()})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000],
                        help="numbers of mentors (default: 1000 10000 100000)")
    parser.add_argument("--builds", type=int, default=1,
                        help="builds of each site per size; the fastest counts (default 1)")
    parser.add_argument("--bare-up-to", type=int, default=100_000,
                        help="build the bare baseline for sizes up to this (default 100000)")
    parser.add_argument("--browser-up-to", type=int, default=100_000,
                        help="measure the directory page in Chromium for sizes up to this "
                        "(default 100000; 0: never)")
    args = parser.parse_args(argv)
    if any(size < SAMPLE_MENTORS for size in args.sizes):
        parser.error(f"sizes start at the sample's {SAMPLE_MENTORS} mentors")
    queries, _ = harness.load_queries()
    texts = [query.query for query in queries]
    results = []
    with tempfile.TemporaryDirectory(prefix="mentor-build-bench-") as temp, \
            (harness.chromium() if args.browser_up_to else contextlib.nullcontext()) as browser:
        for size in args.sizes:
            results.append(measure(size, Path(temp), args.builds, args.bare_up_to,
                                   args.browser_up_to, browser, texts))
    report(results, args.builds)
    return 0


if __name__ == "__main__":
    sys.exit(harness.exit_status(main))

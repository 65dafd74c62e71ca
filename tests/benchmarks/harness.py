"""What evaluate.py and search.py share: corpus sites, truth, the lunr baseline, queries, Chromium.

Not a test module: the benchmarks import it after putting tests/ and the repository on sys.path.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
REPO = TESTS.parent
for _path in (str(HERE), str(TESTS), str(REPO)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

import yaml  # noqa: E402

from generator.directory import Directory, load_directory  # noqa: E402
from generator.program import default_program  # noqa: E402

import corpus  # noqa: E402
from browser.conftest import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402
from sites import FIXTURE_CONFIG, MKDOCS, build, make_site  # noqa: E402,F401

QUERIES = HERE / "queries.yml"
QUERY_WAIT = 15 * 60  # seconds to wait for queries.yml to appear
QUERY_POLL = 30
GZIP_LEVEL = 6
BASELINE_FIELDS = ["name", "headline", "skills", "bio"]

# Used only while queries.yml does not exist yet (and said so loudly).
FALLBACK_QUERIES = [
    {"query": "kubernets", "skills": ["kubernetes"], "goals": [], "kind": "typo"},
    {"query": "k8s", "skills": ["kubernetes"], "goals": [], "kind": "abbreviation"},
    {"query": "ReactJS", "skills": ["react"], "goals": [], "kind": "synonym"},
    {"query": "get promoted", "skills": [], "goals": ["promotion-readiness"], "kind": "goal"},
    {"query": "python", "skills": ["python"], "goals": [], "kind": "plain"},
    {"query": "javas", "skills": ["javascript"], "goals": [], "kind": "prefix"},
]



def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def write_corpus(folder: Path, count: int, seed: int = 7) -> list[Path]:
    return corpus.write_corpus(folder, count, seed)


def corpus_site(folder: Path, count: int, config: str = FIXTURE_CONFIG, seed: int = 7) -> Path:
    """A site folder like tests/sites.make_site's, with `count` synthetic mentors in mentors/."""
    make_site(folder, {}, config)
    write_corpus(folder / "mentors", count, seed)
    return folder


def timed_build(folder: Path, *args: str) -> float:
    """Runs the real `mkdocs build` and returns its wall-clock time; raises when it fails."""
    started = time.perf_counter()
    result = build(folder, *args)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"mkdocs build failed in {folder}:\n{result.stderr[-3000:]}")
    return elapsed


def load_mentors(folder: Path) -> Directory:
    """The generator's own reading of the profiles: canonical skills and goals are the truth."""
    directory, problems = load_directory([folder / "mentors"], default_program(), relative_to=folder)
    errors = [problem.text() for problem in problems if problem.is_error]
    if errors:
        raise RuntimeError("synthetic profiles are invalid:\n" + "\n".join(errors[:10]))
    return directory


def baseline_documents(directory: Directory) -> list[dict[str, str]]:
    return [{"id": mentor.id, "name": mentor.profile.name, "headline": mentor.profile.headline,
             "skills": " ".join(mentor.profile.skills), "bio": mentor.profile.bio or ""}
            for mentor in directory.mentors]


def baseline_index(directory: Directory) -> str:
    """A plain lunr index (lunr.py, loadable by lunr.js 2.3.9) over name, headline, skills, bio."""
    import lunr

    index = lunr.lunr(ref="id", fields=BASELINE_FIELDS, documents=baseline_documents(directory))
    return json.dumps(index.serialize(), separators=(",", ":"), ensure_ascii=False)


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, GZIP_LEVEL, mtime=0))


@dataclass(frozen=True)
class Query:
    query: str
    skills: tuple[str, ...]
    goals: tuple[str, ...]
    kind: str


def _parse_queries(text: str) -> list[Query]:
    entries = yaml.safe_load(text)
    if not isinstance(entries, list) or not entries:
        raise ValueError("queries.yml must be a non-empty list")
    queries = []
    for position, entry in enumerate(entries):
        if not isinstance(entry, dict) or not isinstance(entry.get("query"), str):
            raise ValueError(f"queries.yml entry {position}: needs a 'query' text")
        queries.append(Query(entry["query"], tuple(entry.get("skills") or ()),
                             tuple(entry.get("goals") or ()), str(entry.get("kind", ""))))
    return queries


def load_queries(wait: bool = True) -> tuple[list[Query], str]:
    """The labelled queries and where they came from; waits up to 15 minutes for the file."""
    deadline = time.monotonic() + (QUERY_WAIT if wait else 0)
    announced = False
    while True:
        if QUERIES.exists():
            try:
                return _parse_queries(QUERIES.read_text(encoding="utf-8")), str(QUERIES.relative_to(REPO))
            except (yaml.YAMLError, ValueError) as error:
                problem = f"{QUERIES} is not readable yet ({error})"
        else:
            problem = f"{QUERIES} does not exist yet"
        if time.monotonic() >= deadline:
            log(f"WARNING: {problem}; using {len(FALLBACK_QUERIES)} built-in queries instead")
            return _parse_queries(json.dumps(FALLBACK_QUERIES)), "built-in fallback queries"
        if not announced:
            log(f"{problem}; polling every {QUERY_POLL} s for up to {QUERY_WAIT // 60} minutes")
            announced = True
        time.sleep(QUERY_POLL)


def check_query_ids(queries: list[Query]) -> list[str]:
    """Warnings for skill or goal ids the program does not know (such a query can match no one)."""
    program = default_program()
    skills = {entry.id for entry in program.skills}
    goals = {entry.id for entry in program.goals}
    warnings = []
    for query in queries:
        for skill in query.skills:
            if skill not in skills:
                warnings.append(f"query {query.query!r}: unknown skill id {skill!r}")
        for goal in query.goals:
            if goal not in goals:
                warnings.append(f"query {query.query!r}: unknown goal id {goal!r}")
    return warnings


def relevant_mentors(directory: Directory, query: Query) -> set[str]:
    """Mentors whose canonical skills include all the query's skills, and goals all its goals."""
    wanted_skills, wanted_goals = set(query.skills), set(query.goals)
    return {mentor.id for mentor in directory.mentors
            if wanted_skills <= {match.id for match in mentor.skills}
            and wanted_goals <= set(mentor.profile.goals)}


@contextlib.contextmanager
def chromium():
    """Debian's Chromium, launched as tests/browser/conftest.py launches it."""
    if not Path(CHROMIUM).exists():
        raise RuntimeError(f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@contextlib.contextmanager
def served(folder: Path):
    server, url = serve(folder)
    try:
        yield url
    finally:
        server.shutdown()
        server.server_close()


def watch_errors(page) -> list[str]:
    """Collects page errors and our own console errors (as the browser tests' `page` fixture)."""
    trouble: list[str] = []

    def console(message) -> None:
        url = message.location.get("url", "")
        if message.type == "error" and not (message.text.startswith("Failed to load resource")
                                            and not url.startswith("http://127.0.0.1:")):
            trouble.append(message.text)

    page.on("console", console)
    page.on("pageerror", lambda error: trouble.append(str(error)))
    return trouble


def command_line() -> str:
    script = Path(sys.argv[0]).resolve()
    try:
        shown = script.relative_to(REPO)
    except ValueError:
        shown = script
    return " ".join(["python", str(shown), *sys.argv[1:]])

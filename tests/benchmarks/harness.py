"""What the benchmarks share: corpus sites, labelled queries and their truth, lunr sizes, Chromium.

Not a test module: the benchmarks import it after putting tests/ and the repository on sys.path.
"""

from __future__ import annotations

import contextlib
import difflib
import gzip
import io
import json
import shutil
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
REPO = TESTS.parent
for _path in (str(HERE), str(TESTS), str(REPO)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

import yaml  # noqa: E402

from generator.directory import Directory, Mentor, load_directory  # noqa: E402
from generator.languages import languages  # noqa: E402
from generator.program import Program, default_program  # noqa: E402

import corpus  # noqa: E402
from browser.conftest import CHROMIUM, CHROMIUM_ARGS, SubPathHandler, serve  # noqa: E402
from sites import FIXTURE_CONFIG, MKDOCS, build, in_language, make_site, sample_program  # noqa: E402,F401

QUERIES = HERE / "queries.yml"
UNDERSTANDING = HERE / "understanding.yml"  # from an independent writer; evaluated when present
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



def exit_status(main: Callable[[], int]) -> int:
    """A benchmark's exit status: its main's, or 1 with the traceback when a figure could not be
    made, whatever the cause (argparse's own exits pass through)."""
    try:
        return main()
    except Exception:
        traceback.print_exc()
        return 1


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


Requirement = tuple[str, ...]  # ids of which a relevant mentor must have at least one


@dataclass(frozen=True)
class Facet:
    """One labelled field of a query, and where the program and a mentor keep its ids."""

    name: str  # the key in the query files
    noun: str  # as warnings name one id
    known: Callable[[Program], Iterable[str]]
    held: Callable[[Mentor], Iterable[str]]  # the mentor's canonical ids


FACETS = (
    Facet("skills", "skill", lambda program: (entry.id for entry in program.skills),
          lambda mentor: (match.id for match in mentor.skills)),
    Facet("goals", "goal", lambda program: (entry.id for entry in program.goals),
          lambda mentor: mentor.profile.goals),
    Facet("experiences", "experience", lambda program: (entry.id for entry in program.experiences),
          lambda mentor: mentor.profile.experiences),
    Facet("stages", "stage", lambda program: (entry.id for entry in program.stages),
          lambda mentor: mentor.profile.mentee_stages),
    Facet("languages", "language", lambda program: languages().names,
          lambda mentor: mentor.profile.languages),
    Facet("formats", "format", lambda program: (entry.id for entry in program.formats),
          lambda mentor: mentor.profile.formats),
)
QUERY_KEYS = ("query", "group", "kind", *(facet.name for facet in FACETS))


@dataclass(frozen=True)
class Query:
    """A mentee's words, the group they are reported in, and what a relevant mentor must have."""

    query: str
    group: str
    skills: tuple[Requirement, ...] = ()
    goals: tuple[Requirement, ...] = ()
    experiences: tuple[Requirement, ...] = ()
    stages: tuple[Requirement, ...] = ()
    languages: tuple[Requirement, ...] = ()
    formats: tuple[Requirement, ...] = ()

    def requirements(self) -> list[tuple[Facet, Requirement]]:
        return [(facet, requirement) for facet in FACETS for requirement in getattr(self, facet.name)]

    def wanted(self) -> str:
        """The requirements as a log line shows them, e.g. "skills [python], languages [es|pt]"."""
        return ", ".join(f"{facet.name} [{', '.join('|'.join(r) for r in getattr(self, facet.name))}]"
                         for facet in FACETS if getattr(self, facet.name)) or "nothing"


def parse_queries(text: str, source: str) -> tuple[list[Query], list[str]]:
    """A query file's queries and every problem in it, each naming the entry and the field.

    Entries are queries.yml's (`kind:`, skills, goals) or understanding.yml's (`group:` and any of
    the FACETS); each facet entry is an id or a list of ids meaning "any one of these".
    """
    try:
        entries = yaml.safe_load(text)
    except yaml.YAMLError as error:
        return [], [f"{source}: not valid YAML ({error})"]
    if not isinstance(entries, list) or not entries:
        return [], [f"{source}: must be a non-empty list of queries"]
    queries, problems = [], []
    for position, entry in enumerate(entries):
        at = f"{source}, entry {position + 1}"
        if not isinstance(entry, dict):
            problems.append(f"{at}: must be a mapping with 'query', 'group' and id lists")
            continue
        found = []
        for key in entry:
            if key not in QUERY_KEYS:
                close = difflib.get_close_matches(str(key), QUERY_KEYS, 1)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                found.append(f"{at}: unknown key {key!r}{hint}")
        if not isinstance(entry.get("query"), str) or not entry["query"].strip():
            found.append(f"{at}: needs a 'query' text")
        groups = [key for key in ("group", "kind") if key in entry]
        if len(groups) > 1:
            found.append(f"{at}: has both 'group' and 'kind'; keep one")
        elif not groups or not isinstance(entry[groups[0]], str) or not entry[groups[0]].strip():
            found.append(f"{at}: needs a 'group' text (queries.yml calls it 'kind')")
        facets = {}
        for facet in FACETS:
            facets[facet.name], wrong = _requirements(entry.get(facet.name), f"{at}, {facet.name}")
            found += wrong
        problems += found
        if not found:
            queries.append(Query(entry["query"], entry[groups[0]], **facets))
    return queries, problems


def _requirements(value: object, at: str) -> tuple[tuple[Requirement, ...], list[str]]:
    if value is None:
        return (), []
    if not isinstance(value, list):
        return (), [f"{at}: must be a list of ids"]
    requirements, problems = [], []
    for item in value:
        ids = [item] if isinstance(item, str) else item
        if not isinstance(ids, list) or not ids or not all(isinstance(one, str) for one in ids):
            problems.append(f"{at}: {item!r} is neither an id nor a list of ids (any one of them)")
        else:
            requirements.append(tuple(ids))
    return tuple(requirements), problems


def shown(path: Path) -> str:
    """A path as the reports name it: relative to the repository when it is inside it."""
    resolved = path.resolve()
    return str(resolved.relative_to(REPO)) if resolved.is_relative_to(REPO) else str(path)


def read_queries(path: Path) -> tuple[list[Query], list[str]]:
    """The queries of one file and the problems in it, as parse_queries gives them."""
    return parse_queries(path.read_text(encoding="utf-8"), shown(path))


def load_queries(wait: bool = True) -> tuple[list[Query], str]:
    """The labelled queries of queries.yml and where they came from; waits up to 15 minutes for it."""
    deadline = time.monotonic() + (QUERY_WAIT if wait else 0)
    announced = False
    while True:
        if QUERIES.exists():
            queries, problems = read_queries(QUERIES)
            if not problems:
                return queries, shown(QUERIES)
            problem = f"{QUERIES} is not readable yet ({problems[0]})"
        else:
            problem = f"{QUERIES} does not exist yet"
        if time.monotonic() >= deadline:
            log(f"WARNING: {problem}; using {len(FALLBACK_QUERIES)} built-in queries instead")
            return parse_queries(json.dumps(FALLBACK_QUERIES), "built-in")[0], "built-in fallback queries"
        if not announced:
            log(f"{problem}; polling every {QUERY_POLL} s for up to {QUERY_WAIT // 60} minutes")
            announced = True
        time.sleep(QUERY_POLL)


def timed_queries() -> tuple[list[str], str]:
    """The query texts search latency is timed over, and where they came from: queries.yml's and
    understanding.yml's (the whole labelled set, as issue 20 measures it)."""
    queries, source = load_queries()
    if UNDERSTANDING.is_file():
        more, problems = read_queries(UNDERSTANDING)
        if problems:
            raise RuntimeError(f"{shown(UNDERSTANDING)}: {problems[0]}")
        queries = [*queries, *more]
        source = f"{source} and {shown(UNDERSTANDING)}"
    return [query.query for query in queries], source


def check_query_ids(queries: list[Query], program: Program | None = None) -> list[str]:
    """Warnings for ids the program does not know, of any kind (such a query can match no one)."""
    program = program or default_program()
    known = {facet.name: set(facet.known(program)) for facet in FACETS}
    return [f"query {query.query!r}: unknown {facet.noun} id {one!r}"
            for query in queries for facet, requirement in query.requirements()
            for one in requirement if one not in known[facet.name]]


def relevant_mentors(directory: Directory, query: Query) -> set[str]:
    """Mentors who meet every requirement of the query: hold at least one of its ids, field by field."""
    requirements = query.requirements()
    relevant = set()
    for mentor in directory.mentors:
        held = {facet.name: set(facet.held(mentor)) for facet in FACETS}
        if all(held[facet.name].intersection(requirement) for facet, requirement in requirements):
            relevant.add(mentor.id)
    return relevant


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


# What GitHub Pages sends gzip-compressed to a browser that accepts it: text, scripts, JSON, SVG.
COMPRESSED_TYPES = ("text/", "application/javascript", "application/json", "application/xml",
                    "image/svg+xml")


class CompressedHandler(SubPathHandler):
    """Serves a built site as GitHub Pages does: text files gzip-compressed for a browser that
    accepts it, over connections kept open between requests."""

    protocol_version = "HTTP/1.1"

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and urlsplit(self.path).path.endswith("/"):
            path = path / "index.html"
        kind = self.guess_type(str(path))
        if ("gzip" not in self.headers.get("Accept-Encoding", "") or not path.is_file()
                or not kind.startswith(COMPRESSED_TYPES)):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), GZIP_LEVEL)
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)


@contextlib.contextmanager
def served(folder: Path, compressed: bool = False):
    """The built site in `folder` served at a sub-path on a local port, gzip-compressed if asked."""
    server, url = serve(folder, CompressedHandler if compressed else SubPathHandler)
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


def _locked(package: Path) -> dict[str, str]:
    """The versions package-lock.json pins, by path below node_modules (optional ones left out)."""
    lock = json.loads((package / "package-lock.json").read_text(encoding="utf-8"))
    return {path.removeprefix("node_modules/"): entry["version"]
            for path, entry in lock["packages"].items() if path and not entry.get("optional")}


def installed_version(package: Path, name: str) -> str | None:
    """The version of `name` installed in the npm package folder `package`, if any."""
    manifest = package / "node_modules" / name / "package.json"
    return json.loads(manifest.read_text(encoding="utf-8"))["version"] if manifest.is_file() else None


def npm_ci(package: Path, what: str) -> dict[str, str]:
    """Runs `npm ci` in an npm package folder of the benchmarks unless its node_modules already
    holds the locked versions; returns them by package. `what` names them in messages."""
    locked = _locked(package)
    if any(installed_version(package, name) != version for name, version in locked.items()):
        npm = shutil.which("npm")
        if npm is None:
            raise RuntimeError(f"npm not found: {what} need Node.js 20 or later")
        log(f"installing {what}: npm ci in {shown(package)}")
        result = subprocess.run([npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund"],
                                cwd=package, capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"npm ci failed:\n{result.stderr[-3000:]}")
        wrong = [name for name, version in locked.items()
                 if installed_version(package, name) != version]
        if wrong:
            raise RuntimeError(f"npm ci did not install the locked {', '.join(wrong)}")
    return locked


def command_line() -> str:
    return " ".join(["python", shown(Path(sys.argv[0])), *sys.argv[1:]])

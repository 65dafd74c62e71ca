"""The search libraries evaluate.py runs beside ours: installed from the lock, served with the site.

What they index (documents): what a mentor's profile page shows, field by field, as a site author
putting lunr.js, Fuse.js, MiniSearch or Orama on these pages would index it: name, headline,
skills as written, bio, the goals' labels with the descriptions shown beside them, and the labels
of the lived experiences, mentee stages and formats and the names of the languages. Never the
program's phrase lists or skill aliases: those are our matcher's own knowledge, which is what the
comparison measures. Name, headline and skills are boosted over the rest (FIELDS), alike for all.
How each library is set up, as its own documentation shows: tests/benchmarks/peers.js.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator.directory import Directory, Mentor
from generator.languages import languages
from generator.program import Program

import harness

PACKAGE = harness.HERE  # package.json, package-lock.json and, once installed, node_modules/
MODULES = PACKAGE / "node_modules"
SERVED = "benchmark-peers"  # the folder of the built site the page loads them from
SCRIPT = PACKAGE / "peers.js"
DOCUMENTS = "documents.json"


@dataclass(frozen=True)
class Peer:
    """One library: its npm package, the browser build the page loads, its name in reports."""

    key: str  # as peers.js knows it
    name: str
    package: str
    build: str  # the file or folder of the package that runs in a browser
    entry: str  # the file the page loads, inside that build


PEERS = (
    Peer("lunr", "lunr.js", "lunr", "lunr.min.js", "lunr.min.js"),  # UMD, its only browser build
    Peer("fuse", "Fuse.js", "fuse.js", "dist/fuse.min.mjs", "fuse.min.mjs"),  # ESM, full build
    Peer("minisearch", "MiniSearch", "minisearch", "dist/es", "index.js"),  # ESM
    Peer("orama", "Orama", "@orama/orama", "dist/browser", "index.js"),  # ESM, many modules
)


@dataclass(frozen=True)
class Field:
    """One field every peer indexes: its text for a mentor, and its boost (Fuse.js: weight)."""

    name: str
    boost: float
    text: Callable[[Mentor, Program], str]


def _labels(list_name: str, attribute: str) -> Callable[[Mentor, Program], str]:
    """The labels of the profile's ids in one of the program's lists, as the page lists them."""
    return lambda mentor, program: ", ".join(
        program.entry(list_name, entry_id).label for entry_id in getattr(mentor.profile, attribute))


def _goals(mentor: Mentor, program: Program) -> str:
    goals = [program.entry("goals", goal) for goal in mentor.profile.goals]
    return "\n".join(f"{goal.label}: {goal.description}" for goal in goals)  # as the page lists them


def _languages(mentor: Mentor, program: Program) -> str:
    return ", ".join(languages().name(code) for code in mentor.profile.languages)


FIELDS = (
    Field("name", 2, lambda mentor, program: mentor.profile.name),
    Field("headline", 2, lambda mentor, program: mentor.profile.headline),
    Field("skills", 2, lambda mentor, program: ", ".join(mentor.profile.skills)),
    Field("goals", 1, _goals),
    Field("experiences", 1, _labels("experiences", "experiences")),
    Field("stages", 1, _labels("stages", "mentee_stages")),
    Field("formats", 1, _labels("formats", "formats")),
    Field("languages", 1, _languages),
    Field("bio", 1, lambda mentor, program: mentor.profile.bio or ""),
)


def documents(directory: Directory) -> list[dict[str, str]]:
    """Every mentor as the peers index them: an id and the text of each of FIELDS."""
    return [{"id": mentor.id, **{field.name: field.text(mentor, directory.program) for field in FIELDS}}
            for mentor in directory.mentors]


def installed_version(package: str) -> str | None:
    return harness.installed_version(PACKAGE, package)


def install() -> dict[str, str]:
    """The locked versions by package, installed with `npm ci` unless node_modules holds them."""
    return harness.npm_ci(PACKAGE, "the peer search libraries")


def serve_into(site: Path, directory: Directory) -> dict:
    """Copies the builds, peers.js and the documents into the site; returns loadPeers' arguments
    but `root` (the site's URL, which the paths are relative to)."""
    install()
    folder = site / SERVED
    folder.mkdir()
    libraries = {}
    for peer in PEERS:
        build = MODULES / peer.package / peer.build
        target = folder / peer.key
        if build.is_dir():
            shutil.copytree(build, target)
        else:
            target.mkdir()
            shutil.copy2(build, target / build.name)
        libraries[peer.key] = f"{SERVED}/{peer.key}/{peer.entry}"
    shutil.copy2(SCRIPT, folder / SCRIPT.name)
    (folder / DOCUMENTS).write_text(json.dumps(documents(directory), ensure_ascii=False),
                                    encoding="utf-8")
    return {"module": f"{SERVED}/{SCRIPT.name}", "documents": f"{SERVED}/{DOCUMENTS}",
            "boosts": {field.name: field.boost for field in FIELDS}, "libraries": libraries}


def names() -> dict[str, str]:
    """Each peer's key and its name in reports, with the version installed."""
    return {peer.key: f"{peer.name} {installed_version(peer.package)}" for peer in PEERS}

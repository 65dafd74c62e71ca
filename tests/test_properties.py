"""Property tests: no input crashes the validator, no profile text turns into active HTML, and
sanitising is idempotent. They span every module that takes profile text, from bytes to pages."""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.bio import render_bio, sanitise
from generator.directory import Directory, load_directory
from generator.export import export_json
from generator.index import ROW, match_index
from generator.insights import insights
from generator.loader import MAX_BYTES, load
from generator.pages import (
    Links,
    composer,
    render_directory,
    render_goal_mentors,
    render_insights,
    render_list_page,
    render_mentor,
)
from generator.problems import Problem
from generator.profile import Group, Kind, ListOf, Profile, Url, check_profile
from generator.program import default_program
from generator.request import RequestSettings

from conftest import TODAY, VALID_PROFILE
from inert import Script, active_parts, scheme_of

# Reproducible in CI: the same examples on every run, and no database of past failures to keep.
PROPERTIES = settings(derandomize=True, database=None, deadline=None)
REQUESTS = RequestSettings(site="Fixture program")
# Columns of a match index row that the page script puts into href or src.
LINK_COLUMNS = {name: ROW.index(name) for name in ("photo", "target", "waitlist")}
CHANNEL_COLUMN = ROW.index("channel")


def schema_fields(schema: type = Profile, prefix: tuple[str, ...] = ()
                  ) -> Iterator[tuple[tuple[str, ...], Kind]]:
    """Every field of the profile schema with its kind, nested groups included: new fields too."""
    for spec_field in dataclasses.fields(schema):
        kind = spec_field.metadata["kind"]
        path = (*prefix, spec_field.name)
        if isinstance(kind, Group):
            yield from schema_fields(kind.schema, path)
        else:
            yield path, kind


FIELDS = list(schema_fields())
FIELD_NAMES = sorted({name for path, _ in FIELDS for name in path})

# Link targets and the markup or Markdown that carries them: each pairing is a way in.
URLS = [
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", " java\tscript:alert(1)", "vbscript:msgbox(1)",
    "&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)", "javascript&colon;alert(1)",
    "javascript://x.example/%0Aalert(1)", "data:text/html,<script>alert(1)</script>",
    "mailto:ada@example.org", "//x.example/", "https://example.org/x.png", "http://x.example/?'\"<",
]
CARRIERS = [
    "{0}", "[x]({0})", "[x](<{0}>)", "[x]({0} 'title')", "![x]({0})", "<{0}>", "[r]: <{0}>",
    "[x][r]\n\n[r]: {0}\n", '<a href="{0}">x</a>', "<a href={0}>x</a>", '"><a href="{0}">',
    "'><img src={0}>", "<img srcset='{0} 1x'>", "<form action={0}><button formaction={0}>",
    '<svg><a xlink:href="{0}"><text>x</text></a></svg>', "<iframe src={0}>", "<base href={0}>",
    "<meta http-equiv=refresh content='0;url={0}'>", "<object data={0}>",
]
links = st.builds(str.format, st.sampled_from(CARRIERS), st.sampled_from(URLS))
# Markup and Markdown that has broken out of escaping somewhere, and values some field accepts.
HOSTILE = [
    "<script>alert(1)</script>", "</script><script>alert(1)</script>", "<SCRIPT SRC=//x.example>",
    '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", "<body onload=alert(1)>",
    "<iframe srcdoc='<script>alert(1)</script>'>", "<!-- x -->", "<!--", "-->", "--!>",
    "<![CDATA[<script>alert(1)</script>]]>", "]]>", "</textarea>", "</title>", "</style>",
    "<?php x ?>", "{{ 7*7 }}", "{% raw %}", "${x}", "\\", '"', "'", "`", "&", "&amp;", "&lt;",
    "<", ">", "> quote", "    code", "```\n<script>\n```", "* item", "1. item", "\n", "\n\n",
    "\r\n", "\t", " ", "\x00", "\x1b", "\x7f", "\x85", "\u2028", "\u202e", "\u2066", "\ufeff",
    "\u200b", "https://example.org/", "@ada@example.social", "ada@example.org", "Europe/Berlin",
    "en", "promotion-readiness", "true", "3", "2026-01-01",
]
hostile_text = st.lists(st.one_of(links, st.sampled_from(HOSTILE), st.text(max_size=8)),
                        min_size=1, max_size=6).map("".join)
# After a prefix some kinds accept (a web address, a handle), hostile text reaches the pages.
field_values = st.one_of(
    st.text(), st.sampled_from(URLS), hostile_text,
    st.builds(str.__add__, st.sampled_from(["https://example.org/", "http://x.example/?", "@a@",
                                            "a@", "ada-"]), hostile_text))


def assert_located(problems: list[Problem], path: str, data: bytes) -> None:
    """Every problem points at a real line of the file and says something."""
    lines = len(data.decode("utf-8", "replace").splitlines()) + 1
    for problem in problems:
        assert problem.path == path
        assert 1 <= problem.line <= lines, problem
        assert problem.column >= 1, problem
        assert problem.message.strip(), problem
        assert problem.text().startswith(f"{path}:{problem.line}:{problem.column}: ")


def validate(path: str, data: bytes) -> tuple[Profile | None, list[Problem]]:
    """Loading then checking one file, as `mentors validate` does."""
    root, problems = load(path, data)
    if root is None:
        return None, problems
    profile, more = check_profile(path, root, default_program(), TODAY)
    return profile, problems + more


def assert_validates_cleanly(data: bytes) -> Profile | None:
    """The validator returns a profile without errors, or at least one located error."""
    profile, problems = validate("mentors/ada.yml", data)
    assert_located(problems, "mentors/ada.yml", data)
    errors = [problem for problem in problems if problem.is_error]
    assert (profile is None) == bool(errors), problems
    return profile


# Anything at all in a profile file: the validator's answer is always usable.

leaves = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(), st.dates(),
                   st.datetimes(), st.binary(max_size=8), st.sampled_from(HOSTILE))
keys = st.one_of(st.sampled_from(FIELD_NAMES), st.text(max_size=10), st.integers(), st.none())
documents = st.recursive(
    leaves, lambda children: st.one_of(st.lists(children, max_size=4),
                                       st.dictionaries(keys, children, max_size=6),
                                       st.tuples(children, children), st.sets(leaves, max_size=3)),
    max_leaves=20)
profiles = st.dictionaries(st.sampled_from(FIELD_NAMES), documents, max_size=12)
YAML_PIECES = [
    "name: ", "skills:\n  - ", "contact:\n  email: ", ": ", "- ", "? ", "[", "]", "{", "}", ",",
    "&a ", "*a", "<<: *a\n", "!!python/object:os.system ", "!!python/name:os.system", "!!str ",
    "!x ", "! ", "%YAML 1.1\n", "%TAG ! tag:x:\n", "---\n", "...\n", "|\n  ", ">-\n  ", "#",
    "'", '"', "\\", "\t", "\n", "  ", "\r", "\x00", "\x07", "\x85", "\u2028", "\u202e", "\ufeff",
    "\ud7ff", "\U0001f600", "~", "null", "yes", "0o17", "012", "1_000", "12:30", ".inf", "=",
]
yaml_text = st.lists(st.one_of(st.sampled_from(YAML_PIECES), st.text(max_size=6)),
                     max_size=30).map("".join)


@st.composite
def dumped(draw: st.DrawFn, data: st.SearchStrategy[Any]) -> bytes:
    """A YAML document as a tool might write it: Python's dumper tags tuples, sets and bytes."""
    text = yaml.dump(draw(data), allow_unicode=draw(st.booleans()), sort_keys=False,
                     default_flow_style=draw(st.sampled_from([False, True, None])),
                     explicit_start=draw(st.booleans()))
    return text.encode()


@st.composite
def mangled(draw: st.DrawFn, texts: st.SearchStrategy[str]) -> bytes:
    """Text in another encoding, or with bytes that are not UTF-8 spliced in."""
    text = draw(texts)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1252"]))
    data = text.encode(encoding, errors="replace")
    splice = draw(st.sampled_from([b"", b"\xff", b"\xc3(", b"\xed\xa0\x80", b"\xf4\x90\x80\x80",
                                   b"\xe2\x82", b"\x00"]))
    at = draw(st.integers(0, len(data)))
    return data[:at] + splice + data[at:]


any_file = st.one_of(st.binary(max_size=300), dumped(documents), dumped(profiles),
                     yaml_text.map(str.encode), mangled(yaml_text), mangled(st.text()))


@settings(PROPERTIES, max_examples=600)
@given(data=any_file)
def test_the_validator_never_crashes_and_locates_every_problem(data: bytes) -> None:
    assert_validates_cleanly(data)


def test_files_near_the_size_limit_are_refused_without_crashing() -> None:
    for text in ("[" * 70_000, "- " * 35_000 + "x", "{a: " * 20_000, "&a x\n" * 13_000,
                 VALID_PROFILE + "bio: |\n" + "  [x](javascript:alert(1)) &#106;\n" * 2_000):
        for size in (MAX_BYTES, MAX_BYTES + 1):
            assert assert_validates_cleanly(text.encode()[:size]) is None


# Any text in any field, through to every page, index and export: it stays text.

FULL_PROFILE = {
    **yaml.safe_load(VALID_PROFILE),
    "pronouns": "she/her", "photo": "https://example.org/ada.jpg", "location": "Berlin",
    "mentee_stages": ["early-career"], "formats": ["one-on-one"],
    "experiences": ["first-generation"], "bio": "I build **payment** systems.",
    "availability": {"accepting": True, "capacity": 2, "mentees": 2, "hours_per_month": 4,
                     "waitlist": "https://forms.example.org/ada-waitlist"},
    "contact": {"calendar": "https://cal.example.org/ada", "website": "https://ada.example.org",
                "form": "https://forms.example.org/ada", "linkedin": "ada-example",
                "mastodon": "@ada@example.social", "email": "ada@example.org"},
    "last_confirmed": date(2026, 10, 1),
}
# One open mentor with the fewest fields, one full mentor with every field.
BASES = [yaml.safe_load(VALID_PROFILE), FULL_PROFILE]


def with_value(base: dict[str, Any], path: tuple[str, ...], kind: Kind, value: str
               ) -> dict[str, Any]:
    """The profile with `value` in one field; a list field gets it as one more item."""
    profile = copy.deepcopy(base)
    *groups, name = path
    mapping = profile
    for group in groups:
        mapping = mapping.setdefault(group, {})
    mapping[name] = [*mapping.get(name, []), value] if isinstance(kind, ListOf) else value
    return profile


def built_pages(directory: Directory) -> dict[str, tuple[str, list[Script]]]:
    """Every page a mentor's text reaches, with the script elements the site itself puts there."""
    own = active_parts(composer(REQUESTS)).scripts
    pages = {"directory": (render_directory(directory, Links(), REQUESTS, title="Mentors"), own),
             "all": (render_list_page(directory, Links(), 2, title="All mentors"), []),
             "insights": (render_insights(directory, insights(directory), None, [],
                                          measures_link="organisers-guide/#measures"), [])}
    for mentor in directory.mentors:
        guides = {goal: f"../../guides/{goal}/" for goal in mentor.profile.goals}
        edit = f"https://github.com/example-org/fixture/edit/main/{mentor.source}"
        pages[f"mentor {mentor.id}"] = (
            render_mentor(mentor, directory, Links(), REQUESTS, edit, guides), own)
        for goal in mentor.profile.goals:
            pages[f"goal {goal}"] = (render_goal_mentors(
                directory, goal, lambda other: f"../mentors/{other.id}/"), [])
    return pages


def assert_inert(name: str, html: str, own: list[Script]) -> None:
    """Only the site's own scripts, no event handlers, no link anywhere but http(s) or relative."""
    parts = active_parts(html)
    assert parts.found == [], name
    assert parts.scripts == own, name
    assert html.lower().count("<script") == html.lower().count("</script") == len(own), name
    for script in parts.scripts:
        assert "<!--" not in script.text, name
        json.loads(script.text)


def assert_web_link(url: str) -> None:
    assert scheme_of(url) in ("http", "https"), url


def data_files(directory: Directory) -> dict[str, str]:
    """mentors.json and the match index, as the site publishes them."""
    return {"mentors.json": export_json(directory),
            **{path: json.dumps(data, ensure_ascii=False)
               for path, data in match_index(directory).files().items()}}


def assert_links_lead_to_the_web(directory: Directory, files: dict[str, str]) -> None:
    """Every web address in the data, which the page script makes links of, is http(s)."""
    exported = {mentor["id"]: mentor for mentor in json.loads(files["mentors.json"])["mentors"]}
    for mentor in directory.mentors:
        for path, kind in FIELDS:
            value = _lookup(exported[mentor.id], path)
            if isinstance(kind, Url) and value is not None:
                assert_web_link(value)
    rows = [row for path, data in files.items() if path.startswith("cards/")
            for row in json.loads(data)]
    assert len(rows) == len(directory.mentors)
    for row in rows:
        for column in LINK_COLUMNS.values():
            if row[column] and not (column == LINK_COLUMNS["target"]
                                    and row[CHANNEL_COLUMN] == "email"):
                assert_web_link(row[column])


def assert_email_unpublished(directory: Directory, outputs: list[str]) -> None:
    """No output holds a mentor's email address, unless they wrote it in another field too."""
    for mentor in directory.mentors:
        email = (mentor.profile.contact.email or "").casefold()
        others = dataclasses.replace(mentor.profile, contact=dataclasses.replace(
            mentor.profile.contact, email=None))
        if email and not any(email in text.casefold() for text in _strings(others)):
            assert not [text for text in outputs if email in text.casefold()], email


def _lookup(document: dict[str, Any], path: tuple[str, ...]) -> Any:
    for key in path:
        document = document.get(key) if isinstance(document, dict) else None
    return document


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value):
        for item in dataclasses.fields(value):
            yield from _strings(getattr(value, item.name))
    elif isinstance(value, tuple):
        for item in value:
            yield from _strings(item)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("site")


@pytest.mark.parametrize(("path", "kind"), FIELDS, ids=[".".join(path) for path, _ in FIELDS])
@settings(PROPERTIES, max_examples=40)
@given(value=field_values, base=st.sampled_from(BASES))
def test_any_text_in_any_field_stays_text_in_every_output(
        folder: Path, path: tuple[str, ...], kind: Kind, value: str, base: dict[str, Any]) -> None:
    data = yaml.safe_dump(with_value(base, path, kind, value), allow_unicode=True,
                          sort_keys=False).encode()
    if assert_validates_cleanly(data) is None:
        return
    (folder / "mentors").mkdir(exist_ok=True)
    (folder / "mentors" / "ada.yml").write_bytes(data)
    directory, problems = load_directory([folder / "mentors"], default_program(),
                                         relative_to=folder, today=TODAY)
    assert [problem for problem in problems if problem.is_error] == []
    pages = built_pages(directory)
    for name, (html, own) in pages.items():
        assert_inert(name, html, own)
    files = data_files(directory)
    assert_links_lead_to_the_web(directory, files)
    assert_email_unpublished(directory, [html for html, _ in pages.values()] + [*files.values()])


# The sanitiser settles in one pass.

TAGS = ["p", "a", "em", "pre", "code", "li", "ul", "blockquote", "br", "div", "span", "table",
        "td", "select", "option", "textarea", "svg", "math", "template", "noscript", "style",
        "script", "iframe", "title", "xmp", "plaintext", "form", "img", "h1", "dd", "frameset"]
markup = st.lists(st.one_of(
    st.sampled_from(TAGS).map("<{}>".format), st.sampled_from(TAGS).map("</{}>".format),
    links, st.sampled_from(HOSTILE), st.text(max_size=4),
    st.sampled_from(["<a href='https://x.example/' title='t'>", "<a rel=x href=/y>", "&#x0;",
                     "&nbsp;", "<br/>", "<p/>", "</", "<!doctype html>", "\x0c"])),
    max_size=25).map("".join)


@settings(PROPERTIES, max_examples=800)
@given(html=markup)
def test_sanitising_twice_changes_nothing(html: str) -> None:
    once = sanitise(html)
    assert sanitise(once) == once


@settings(PROPERTIES, max_examples=400)
@given(text=st.one_of(markup, hostile_text, st.text()))
def test_a_rendered_bio_is_already_sanitised(text: str) -> None:
    html = render_bio(text)
    assert sanitise(html) == html
    parts = active_parts(html)
    assert parts.found == [] and parts.scripts == []

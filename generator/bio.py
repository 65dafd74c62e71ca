"""Mentor bios: Markdown rendered to HTML, then reduced to an allow-list so no script survives."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from types import FrameType

import markdown
import nh3

from generator import workers

MARKDOWN_FRAMES = 900  # the frames a conversion may use (the default limit is 1,000 in all)
ALLOWED_TAGS = {"p", "br", "em", "strong", "a", "ul", "ol", "li", "code", "pre", "blockquote"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
ALLOWED_URL_SCHEMES = {"http", "https"}
LINK_REL = "nofollow noopener noreferrer ugc"


# One converter for every bio: setting one up costs more than converting a short bio.
_MARKDOWN = markdown.Markdown(output_format="html")


# Each bio is rendered for its page and for mentors.json: once per build is enough.
_RENDERED: dict[str, str] = {}


def render_bio(text: str) -> str:
    """Safe HTML for a bio; raw HTML in the Markdown is escaped, not interpreted."""
    html = _RENDERED.get(text)
    if html is None:
        html = _RENDERED[text] = _render(text)
    return html


def render_bios(texts: Iterable[str]) -> None:
    """Renders the bios not rendered yet on every core, for a build about to use them all."""
    missing = list(dict.fromkeys(text for text in texts if text not in _RENDERED))
    _RENDERED.update(zip(missing, workers.each(_render, missing), strict=True))


def _render(text: str) -> str:
    # Python-Markdown stops nesting block quotes 100 frames short of the recursion limit, so a
    # bio quoted hundreds of levels deep would render differently from one caller to another (the
    # build or one of its workers): the conversion always gets the same number of frames.
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(_depth() + MARKDOWN_FRAMES)
    try:
        return sanitise(_MARKDOWN.reset().convert(_escape_html(text)))
    finally:
        sys.setrecursionlimit(limit)


def _depth() -> int:
    frame: FrameType | None = sys._getframe()
    depth = 0
    while frame is not None:
        frame, depth = frame.f_back, depth + 1
    return depth


def sanitise(html: str) -> str:
    """Keep only allowed tags, attributes and absolute http(s) links; idempotent."""
    # Dropping a tag can leave a tree that parsing its HTML builds differently ("<p><select><p>"
    # gives "<p><p></p></p>", read back as three paragraphs): a second pass settles it.
    return _clean(_clean(html))


def _clean(html: str) -> str:
    # Parsing drops a byte order mark at the start of its input: so would the next pass.
    return nh3.clean(html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES,
                     url_schemes=ALLOWED_URL_SCHEMES, url_relative="deny",
                     link_rel=LINK_REL).lstrip("\ufeff")


def _escape_html(text: str) -> str:
    # Markdown passes raw HTML through; escaping '<' and '&' first makes it plain text.
    # '>' stays so that Markdown block quotes keep working.
    return text.replace("&", "&amp;").replace("<", "&lt;")

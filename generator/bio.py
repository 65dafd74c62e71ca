"""Mentor bios: Markdown rendered to HTML, then reduced to an allow-list so no script survives."""

from __future__ import annotations

from functools import cache

import markdown
import nh3

ALLOWED_TAGS = {"p", "br", "em", "strong", "a", "ul", "ol", "li", "code", "pre", "blockquote"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
ALLOWED_URL_SCHEMES = {"http", "https"}
LINK_REL = "nofollow noopener noreferrer ugc"


# One converter for every bio: setting one up costs more than converting a short bio.
_MARKDOWN = markdown.Markdown(output_format="html")


@cache  # each bio is rendered for its page and for mentors.json: once per build is enough
def render_bio(text: str) -> str:
    """Safe HTML for a bio; raw HTML in the Markdown is escaped, not interpreted."""
    html = _MARKDOWN.reset().convert(_escape_html(text))
    return sanitise(html)


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

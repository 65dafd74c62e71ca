"""The Content-Security-Policy each page carries: GitHub Pages sets no headers, so it is a <meta>.

The policy is built from the page's own frame (the theme's head and footer), never from its
content: an inline script in the frame gets a hash, a script in the content gets nothing and is
blocked, so even a script that slipped past escaping and sanitising could not run.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Iterator
from functools import cache
from html import escape
from urllib.parse import urlsplit

# Lowercase tags only, as the theme writes them: an uppercase <SCRIPT> in the frame gets no hash and
# is blocked, which fails safe.
TAG = re.compile(r"<(script|link)\b([^>]*)>")
ATTRIBUTES = {name: re.compile(rf"""\s{name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^"'\s>]+))""", re.I)
              for name in ("src", "href", "rel", "type")}
META_CHARSET = re.compile(r"<meta charset=[^>]*>", re.I)
HEAD = re.compile(r"<head[^>]*>", re.I)
# Script types a browser runs; any other type (application/json) is data and needs no hash.
RUNNABLE_TYPES = {"", "module", "text/javascript", "application/javascript"}


def policy(html: str, content: str = "", image_origins: Iterable[str] = ()) -> str:
    """The narrowest policy under which this page's frame works and its `content` runs nothing."""
    scripts: dict[str, None] = {"'self'": None}
    styles: dict[str, None] = {"'self'": None}
    hashes: dict[str, None] = {}
    for tag, attributes, body in _frame_tags(html, content):
        if tag == "link":
            if "stylesheet" in _attribute(attributes, "rel").lower().split():
                styles.setdefault(origin(_attribute(attributes, "href")) or "'self'")
        elif _attribute(attributes, "src"):
            scripts.setdefault(origin(_attribute(attributes, "src")) or "'self'")
        elif _attribute(attributes, "type").lower() in RUNNABLE_TYPES and body.strip():
            hashes.setdefault(f"'sha256-{_digest(body)}'")
    directives = {
        "default-src": ["'none'"],
        "script-src": [*scripts, *hashes],
        "style-src": list(styles),
        # Material draws its icons with data: SVGs in CSS; mentor photos come from their hosts.
        "img-src": ["'self'", "data:", *sorted(set(image_origins))],
        "connect-src": ["'self'"],  # the search and match indexes
        "worker-src": ["'self'"],  # Material's search worker
        "manifest-src": ["'self'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
    }
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives.items())


def protect(html: str, content: str = "", image_origins: Iterable[str] = ()) -> str:
    """The page with its policy as the first thing after the charset, before any script."""
    value = escape(policy(html, content, image_origins), quote=False).replace('"', "&quot;")
    meta = f'<meta http-equiv="Content-Security-Policy" content="{value}">'
    charset = META_CHARSET.search(html)
    if charset:
        return html[:charset.end()] + meta + html[charset.end():]
    head = HEAD.search(html)
    if head is None:
        return html  # not a page (an HTML fragment): nothing to protect
    return html[:head.end()] + meta + html[head.end():]


def origin(url: str) -> str | None:
    """'https://host[:port]' of an absolute http(s) URL, else None."""
    parts = urlsplit(url)
    if parts.scheme in ("http", "https") and parts.netloc:
        return f"{parts.scheme}://{parts.netloc}"
    return None


def _frame_tags(html: str, content: str) -> Iterator[tuple[str, str, str]]:
    """(tag, attributes, script body) of each script and link outside `content`. When `content`
    is not in the page verbatim (another plugin rewrote it), nothing counts as frame."""
    begin = html.find(content) if content else len(html)
    if begin < 0:
        return
    for start, end in ((0, begin), (begin + len(content), len(html))):
        for match in TAG.finditer(html, start, end):
            body = ""
            if match.group(1) == "script":  # a script's text runs to the first </script
                close = html.find("</script", match.end())
                body = html[match.end():close] if close >= 0 else ""
            yield match.group(1), match.group(2), body


def _attribute(attributes: str, name: str) -> str:
    value = ATTRIBUTES[name].search(attributes)
    return next((part for part in value.groups() if part is not None), "") if value else ""


@cache  # the theme's few inline scripts recur on every page
def _digest(body: str) -> str:
    return base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")

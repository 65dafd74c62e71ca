"""The Content-Security-Policy each page carries: GitHub Pages sets no headers, so it is a <meta>.

The policy is built from the page's own frame (the theme's head and footer), never from its
content: an inline script in the frame gets a hash, a script in the content gets nothing and is
blocked, so even a script that slipped past escaping and sanitising could not run.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)
TAG = re.compile(r"<(script|link)\b([^>]*)>", re.I)
ATTRIBUTE = r"""\s{name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^"'\s>]+))"""
META_CHARSET = re.compile(r"<meta charset=[^>]*>", re.I)
# Script types a browser runs; any other type (application/json) is data and needs no hash.
RUNNABLE_TYPES = {"", "module", "text/javascript", "application/javascript"}


def policy(html: str, content: str = "", image_origins: Iterable[str] = ()) -> str:
    """The narrowest policy under which this page's frame works and its `content` runs nothing."""
    frame = _without(html, content)
    scripts = ["'self'", *sorted(_origins(frame, "script")),
               *(f"'sha256-{_digest(body)}'" for attributes, body in SCRIPT.findall(frame)
                 if _runnable(attributes) and body.strip())]
    directives = {
        "default-src": ["'none'"],
        "script-src": _unique(scripts),
        "style-src": ["'self'", *sorted(_origins(frame, "link"))],
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
    meta = (f'<meta http-equiv="Content-Security-Policy" '
            f'content="{policy(html, content, image_origins)}">')
    charset = META_CHARSET.search(html)
    if charset:
        return html[:charset.end()] + meta + html[charset.end():]
    head = re.search(r"<head[^>]*>", html, re.I)
    if head is None:
        return html  # not a page (an HTML fragment): nothing to protect
    return html[:head.end()] + meta + html[head.end():]


def origin(url: str) -> str | None:
    """'https://host[:port]' of an absolute http(s) URL, else None."""
    parts = urlsplit(url)
    if parts.scheme in ("http", "https") and parts.netloc:
        return f"{parts.scheme}://{parts.netloc}"
    return None


def _without(html: str, content: str) -> str:
    if not content:
        return html
    return html.replace(content, "", 1)


def _origins(frame: str, tag: str) -> set[str]:
    """Other hosts the frame loads scripts (tag 'script') or stylesheets (tag 'link') from."""
    found = set()
    for name, attributes in TAG.findall(frame):
        if name.lower() != tag:
            continue
        if tag == "link" and "stylesheet" not in _attribute(attributes, "rel").lower().split():
            continue
        found.add(origin(_attribute(attributes, "src" if tag == "script" else "href")))
    return found - {None}


def _runnable(attributes: str) -> bool:
    return _attribute(attributes, "type").lower() in RUNNABLE_TYPES and \
        not _attribute(attributes, "src")


def _attribute(attributes: str, name: str) -> str:
    value = re.search(ATTRIBUTE.format(name=name), attributes, re.I)
    return next((part for part in value.groups() if part is not None), "") if value else ""


def _digest(body: str) -> str:
    return base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))

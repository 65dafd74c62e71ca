"""Checks a built site as a browser would follow it: every internal link and anchor resolves."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit


class _Page(HTMLParser):
    """One built page's ids and the links it holds."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.links: list[str] = []
        self._template = 0  # <template> content is not part of the page

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "template":
            self._template += 1
        if self._template:
            return
        attributes = dict(attrs)
        if "id" in attributes:
            self.ids.append(attributes["id"] or "")
        self.links += [value for name in ("href", "src") if (value := attributes.get(name))]

    def handle_endtag(self, tag: str) -> None:
        if tag == "template":
            self._template -= 1


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def _target(site: Path, prefix: str, page_url: str, link: str) -> tuple[Path | None, str]:
    url, fragment = urldefrag(urljoin(page_url, link))
    parts = urlsplit(url)
    if parts.scheme != "http" or parts.netloc != "site.invalid":
        return None, ""
    path = unquote(parts.path)
    if not path.startswith(prefix):  # outside the site's own path: nothing there
        return site / "\0outside", fragment
    target = site / path[len(prefix):]
    if target.is_dir():
        target = target / "index.html"
    return target, fragment


def check_site(site: Path, prefix: str = "/") -> dict[str, list[str]]:
    """Problems per page: broken links, missing anchors, duplicate ids. `prefix` is the path the
    site is served at (a GitHub Pages project site: "/repository/")."""
    pages = {path: _parse(path) for path in site.rglob("*.html")}
    problems: dict[str, list[str]] = {}
    for path, page in pages.items():
        shown = str(path.relative_to(site))
        found = problems.setdefault(shown, [])
        duplicates = sorted({id_ for id_ in page.ids if page.ids.count(id_) > 1})
        found += [f"duplicate id '{id_}'" for id_ in duplicates]
        page_url = "http://site.invalid" + prefix + shown
        for link in page.links:
            target, fragment = _target(site, prefix, page_url, link)
            if target is None:
                continue
            if not target.exists():
                found.append(f"broken link {link}")
            elif fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else _parse(target).ids
                if unquote(fragment) not in ids:
                    found.append(f"missing anchor {link}")
    return {page: found for page, found in problems.items() if found}

"""What a browser would run or follow in built HTML: for tests that feed in hostile profile text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

LINK_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "srcset", "xlink:href"})
WEB_SCHEMES = frozenset({"http", "https"})
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")
# As a browser reads a URL: spaces and control characters at either end, tabs and newlines anywhere.
_URL_TRIM = "".join(map(chr, range(0x21)))
_URL_REMOVED = re.compile("[\t\n\r]")


@dataclass
class Script:
    """One script element: its attributes and the text a browser would hand to the script engine."""

    attributes: dict[str, str | None]
    text: str = ""


class ActiveParts(HTMLParser):
    """Collects script elements, event handlers, and links other than http(s) or relative ones."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[Script] = []
        self.found: list[str] = []  # event handlers and links with another scheme
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append(Script(dict(attrs)))
        for name, value in attrs:
            if name.startswith("on") or (name in LINK_ATTRIBUTES and value and any(
                    scheme is not None and scheme not in WEB_SCHEMES
                    for scheme in map(scheme_of, _urls(name, value)))):
                self.found.append(f"{tag} {name}={value}")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1].text += data


def active_parts(html: str) -> ActiveParts:
    parser = ActiveParts()
    parser.feed(html)
    parser.close()
    return parser


def scheme_of(url: str) -> str | None:
    """The scheme a browser would use for `url`, lowercased; None for a relative URL."""
    match = _SCHEME.match(_URL_REMOVED.sub("", url.strip(_URL_TRIM)))
    return match.group(1).lower() if match else None


def _urls(attribute: str, value: str) -> list[str]:
    # srcset lists "url descriptor" candidates separated by commas.
    if attribute != "srcset":
        return [value]
    return [candidate.split()[0] for candidate in value.split(",") if candidate.split()]

"""Text written into generated Markdown that must show as itself, whatever it contains."""

from __future__ import annotations

import re

# HTML's own characters, a table's '|', and the punctuation Markdown and its extensions read as
# syntax (emphasis, links, images, code, attribute lists). A backslash is not enough: Python-
# Markdown does not unescape '\<' or '\&', so these become character references instead.
_SYNTAX = re.compile(r"[&<>\"'|\\`*_{}\[\]()!#~^=:]")


def literal(text: str) -> str:
    """The text on one line, every character that could be markup written as a reference."""
    return _SYNTAX.sub(lambda found: f"&#{ord(found.group())};", " ".join(text.split()))

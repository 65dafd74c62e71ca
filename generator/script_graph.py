"""The modules a browser script imports, found at build time: a page can then ask for all of
them at once, instead of one round trip per level of imports on a slow network."""

from __future__ import annotations

import re
from collections.abc import Callable

# A static import or re-export of one of our modules: `import ... from "./x.js";`,
# `export ... from "./x.js";` or `import "./x.js";`. The scripts write them on lines of their own.
STATIC_IMPORT = re.compile(r'^(?:import|export)\b[^;"]*?(?:\bfrom\s+)?"\./([\w.-]+\.js)";?\s*$',
                           re.MULTILINE)


def imported(source: str) -> list[str]:
    """The modules (file names beside the script) a script's source imports statically."""
    return list(dict.fromkeys(STATIC_IMPORT.findall(source)))


def module_graph(entry: str, read: Callable[[str], str]) -> list[str]:
    """Every module `entry` imports, directly or through others, each once, nearest first;
    `read(name)` gives the source of a module beside it."""
    found: list[str] = []
    queue = [entry]
    while queue:
        for name in imported(read(queue.pop(0))):
            if name != entry and name not in found:
                found.append(name)
                queue.append(name)
    return found

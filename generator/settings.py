"""The organiser's settings for the generator, as written under the plugin in `mkdocs.yml`.

The MkDocs plugin receives them from MkDocs; the command line reads the same file itself, so both
check profiles against the same program lists.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

PLUGIN_NAME = "mentor-directory"


@dataclass(frozen=True)
class Options:
    """Plugin options and their defaults."""

    profiles: str = "mentors"  # folder of profile files, relative to mkdocs.yml
    title: str = "Find a mentor"  # heading of the directory page
    program: dict[str, Any] = field(default_factory=dict)  # changes to the program lists
    # The program's own request form, if any: a URL with {mentor} (the profile id) filled in.
    request_form: str = ""
    # The program's waitlist for mentors who are full, if any: a URL with {mentor} filled in.
    waitlist: str = ""
    stale_after_days: int = 180  # a profile not confirmed for this long is stale
    # Folders of the docs folder whose pages are sessions (circles, office hours, events).
    sessions: tuple[str, ...] = ("circles", "office-hours", "events")


class _TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without running its tags (`!ENV`, `!!python/name:`): they become None."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def read_config(config_file: Path) -> dict[str, Any]:
    """The whole mkdocs.yml as plain data; empty when the file says nothing."""
    config = yaml.load(config_file.read_text("utf-8"), Loader=_TolerantLoader)
    return config if isinstance(config, dict) else {}


def read_options(config_file: Path) -> Options:
    """Options from a mkdocs.yml; defaults when the plugin is listed without options."""
    config = read_config(config_file)
    for plugin in config.get("plugins") or []:
        if plugin == PLUGIN_NAME:
            return Options()
        if isinstance(plugin, dict) and PLUGIN_NAME in plugin:
            given = plugin[PLUGIN_NAME] or {}
            unknown = sorted(set(given) - set(Options.__dataclass_fields__))
            if unknown:
                raise ValueError(f"{config_file}: unknown {PLUGIN_NAME} option '{unknown[0]}'")
            return Options(**given)
    return Options()

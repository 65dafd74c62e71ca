"""The organiser's settings for the generator, as written under the plugin in `mkdocs.yml`.

The MkDocs plugin receives them from MkDocs; the command line reads the same file itself, so both
check profiles against the same program lists.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.problems import UserError
from generator.translation import N_, SOURCE_LANGUAGE, _

PLUGIN_NAME = "mentor-directory"
DIRECTORY_TITLE = N_("Find a mentor")  # the directory page's heading unless the organiser sets one
_KINDS = {str: N_("text"), int: N_("a whole number"), dict: N_("a mapping"),
          bool: N_("true or false"), list: N_("a list"), tuple: N_("a list of names")}


@dataclass(frozen=True)
class Options:
    """Plugin options and their defaults."""

    profiles: str = "mentors"  # folder of profile files, relative to mkdocs.yml
    title: str = ""  # heading of the directory page; empty: DIRECTORY_TITLE in the site's language
    program: dict[str, Any] = field(default_factory=dict)  # changes to the program lists
    # The program's own request form, if any: a URL with {mentor} (the profile id) filled in.
    request_form: str = ""
    # The program's waitlist for mentors who are full, if any: a URL with {mentor} filled in.
    waitlist: str = ""
    stale_after_days: int = 180  # a profile not confirmed for this long is stale
    # Two profiles for one GitHub account: "fail" the build, or "leave-out" the newer (publishing).
    conflicts: str = "fail"
    cohorts: list[Any] = field(default_factory=list)  # the formal track's cohorts (cohorts.py)
    # Folders of the docs folder whose pages are sessions (circles, office hours, events).
    sessions: tuple[str, ...] = ("circles", "office-hours", "events")
    # Mentor pages filled in from one frame the theme renders once per build (false: the theme
    # renders each mentor page, for a plugin that must change a page's template context).
    shared_frame: bool = True


class TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without running its tags (`!ENV`, `!!python/name:`): they become None."""


TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def read_config(config_file: Path) -> dict[str, Any]:
    """The whole mkdocs.yml as plain data; empty when the file says nothing."""
    try:
        config = yaml.load(config_file.read_bytes().decode("utf-8"), Loader=TolerantLoader)
    except UnicodeDecodeError:
        raise UserError(_("{file}: is not UTF-8 text; save it with UTF-8 encoding",
                          file=config_file)) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        at = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        raise UserError(_("{place}: YAML syntax error: {problem}", place=f"{config_file}{at}",
                          problem=error.problem)) from None
    return config if isinstance(config, dict) else {}


def read_options(config_file: Path) -> Options:
    """Options from a mkdocs.yml; defaults when the plugin is listed without options."""
    config = read_config(config_file)
    for plugin in config.get("plugins") or []:
        if plugin == PLUGIN_NAME:
            return Options()
        if isinstance(plugin, dict) and PLUGIN_NAME in plugin:
            given = plugin[PLUGIN_NAME] or {}
            if not isinstance(given, dict):
                raise UserError(_("{file}: the {plugin} options must be a mapping, such as "
                                  "'stale_after_days: 365'", file=config_file, plugin=PLUGIN_NAME))
            unknown = sorted(set(given) - set(Options.__dataclass_fields__))
            if unknown:
                raise UserError(_("{file}: unknown {plugin} option '{option}'", file=config_file,
                                  plugin=PLUGIN_NAME, option=unknown[0]))
            # A tag such as `!ENV [...]` reads as None here: that option keeps its default.
            given = {name: value for name, value in given.items() if value is not None}
            for name, value in given.items():
                kind = type(getattr(Options(), name))
                if kind is tuple and isinstance(value, list) and all(isinstance(item, str)
                                                                     for item in value):
                    given[name] = value = tuple(value)  # a YAML list of names
                if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
                    raise UserError(_("{file}: {plugin} option '{option}' must be {kind}",
                                      file=config_file, plugin=PLUGIN_NAME, option=name,
                                      kind=_(_KINDS[kind])))
            return Options(**given)
    return Options()


def site_language(config_file: Path) -> str:
    """The language of the site (MkDocs' `theme.language`), which the command line speaks too;
    English when the file names none, or there is no file."""
    if not config_file.is_file():
        return SOURCE_LANGUAGE
    theme = read_config(config_file).get("theme")
    language = theme.get("language") if isinstance(theme, dict) else None
    return language if isinstance(language, str) and language.strip() else SOURCE_LANGUAGE


def directory_title(title: str) -> str:
    """The directory page's heading: the organiser's `title`, else DIRECTORY_TITLE in the site's
    language."""
    return title or _(DIRECTORY_TITLE)

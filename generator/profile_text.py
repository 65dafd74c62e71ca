"""The text of a profile file written for a mentor (by `mentors new` or from the issue form).

Laid out like the profile guide's starter: the modeline, the fields in the schema's order, lists
on one line, groups indented, text of several lines as a `|` block. Values are written with
PyYAML's safe dumper, so no value can add YAML structure.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import yaml

from generator.profile import MODELINE, Profile


class TextDumper(yaml.SafeDumper):
    """safe_dump, with text of several lines written as a `|` block."""


class _ProfileDumper(TextDumper):
    """Lists on one line, groups as indented blocks."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value,
                                   style="|" if "\n" in value else None)


TextDumper.add_representer(str, _text)
_ProfileDumper.add_representer(list, lambda dumper, value: dumper.represent_sequence(
    "tag:yaml.org,2002:seq", value, flow_style=True))
_ProfileDumper.add_representer(dict, lambda dumper, value: dumper.represent_mapping(
    "tag:yaml.org,2002:map", value, flow_style=False))


def profile_text(values: dict[str, Any]) -> str:
    """A profile file holding `values` (field name to value; a group as a dict of its fields)."""
    ordered = {name: values[name] for name in [f.name for f in dataclasses.fields(Profile)]
               if name in values}
    return MODELINE + "\n" + yaml.dump(ordered, Dumper=_ProfileDumper, sort_keys=False,
                                       allow_unicode=True, default_flow_style=None, width=100)

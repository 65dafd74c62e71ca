"""Coding Coach's `mentors.json` (2019): a list of mentors with a name, title, description,
avatar, country code, spoken languages, tags and contact channels.

Channels with a profile field fill it (email, LinkedIn, GitHub, website); Twitter and Facebook
are kept in the bio as links; Slack member ids, which mean something only inside Coding Coach's
own workspace, and the entry's `id` (an account's email address, never published) are left out
and counted in the report. The format has no goals or time zone: an entry may add the profile's
own fields for those (see ADDED_FIELDS), a time zone comes from the country where it has only
one, and `--goals` gives goals to entries with none.
"""

from __future__ import annotations

import json
from typing import Any

from generator.importing.source import ADDED_FIELDS, Cell, Row, Source
from generator.places import country_code, country_name
from generator.problems import Problem

FIELDS = {"name": "name", "title": "headline", "description": "bio", "avatar": "photo",
          "spokenLanguages": "languages", "tags": "skills"}
CHANNEL_FIELDS = {"email": "contact.email", "linkedin": "contact.linkedin", "github": "github",
                  "website": "contact.website"}
# Channels kept in the bio as the links Coding Coach's own site made of them.
CHANNEL_LINKS = {"twitter": ("Twitter", "https://twitter.com/{}"),
                 "facebook": ("Facebook", "https://www.facebook.com/{}")}
LEFT_OUT = {"id": ("'id'", "an account's email address: never published"),
            "slack": ("'slack' channels", "member ids in Coding Coach's own Slack")}


def read_codingcoach(data: bytes, shown: str) -> Source:
    """The mentors of a Coding Coach mentors.json, their values named by profile field."""
    source = Source(shown, where=lambda name: (
        "as a channel {\"type\": \"github\", \"id\": \"LOGIN\"}" if name == "github"
        else f"as \"{name}\" in the entry"))
    try:
        entries = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        source.problems.append(Problem(shown, data[:error.start].count(b"\n") + 1, 1,
                                       "file is not UTF-8 text", hint="save it as UTF-8"))
        return source
    except json.JSONDecodeError as error:
        source.problems.append(Problem(shown, error.lineno, error.colno,
                                       f"JSON syntax error: {error.msg}"))
        return source
    except RecursionError:
        source.problems.append(Problem(shown, 1, 1, "is nested too deeply to be a mentor list"))
        return source
    if not isinstance(entries, list):
        source.problems.append(Problem(
            shown, 1, 1, "the file must be a list of mentors, as Coding Coach's "
            "src/mentors.json is: [{\"name\": ..., \"title\": ...}, ...]"))
        return source
    for number, entry in enumerate(entries, 1):
        row = Row(number, f"entry {number}", shown)
        source.rows.append(row)
        if not isinstance(entry, dict):
            row.report(None, "is not a mentor: each entry is an object such as "
                       "{\"name\": ..., \"title\": ..., \"tags\": [...], \"channels\": [...]}")
            continue
        for key, value in entry.items():
            _read(key, value, row, source)
    return source


def _read(key: str, value: Any, row: Row, source: Source) -> None:
    if key in FIELDS or key in ADDED_FIELDS:
        for cell in _cells(key, value, row):
            row.add(FIELDS.get(key, key), cell)
    elif key == "country":
        for cell in _cells(key, value, row):
            code = cell.text.strip()
            # 'UK' is reserved for the United Kingdom beside its code, GB; countries by name too.
            name = country_name(code) or country_name(country_code(code) or "")
            if name is None:
                row.report(cell, f"'{cell.text}' is not a country code",
                           "write the two-letter ISO 3166 code, such as 'DE'")
            else:
                row.add("location", Cell(name, cell.source))
    elif key == "channels":
        _channels(value, row, source)
    else:
        source.leave_out(*LEFT_OUT.get(key, (f"'{key}'",)))


def _cells(key: str, value: Any, row: Row) -> list[Cell]:
    """A text value, or a list of them, as cells; anything else is reported."""
    if isinstance(value, str):
        return [Cell(value, f"'{key}'")]
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return [Cell(item, f"'{key}[{position}]'") for position, item in enumerate(value, 1)]
    row.report(Cell("", f"'{key}'"), "must be text or a list of text")
    return []


def _channels(value: Any, row: Row, source: Source) -> None:
    if not isinstance(value, list):
        row.report(Cell("", "'channels'"), "must be a list of {\"type\": ..., \"id\": ...}")
        return
    for position, channel in enumerate(value, 1):
        where = Cell("", f"'channels[{position}]'")
        if not (isinstance(channel, dict) and isinstance(channel.get("type"), str)
                and isinstance(channel.get("id"), str)):
            row.report(where, "must be {\"type\": ..., \"id\": ...}, both text")
            continue
        kind, text = channel["type"].strip().casefold(), channel["id"]
        cell = Cell(text, where.source)
        if kind in CHANNEL_FIELDS:
            row.add(CHANNEL_FIELDS[kind], cell)
        elif kind in CHANNEL_LINKS:
            label, link = CHANNEL_LINKS[kind]
            row.keep(label, Cell(link.format(text.strip().lstrip("@")), where.source))
        elif kind in LEFT_OUT:
            source.leave_out(*LEFT_OUT[kind])
        else:
            row.keep(channel["type"].strip(), cell)

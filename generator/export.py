"""The machine-readable export of the directory, `mentors.json`, without email addresses.

Whoever reads it may put its text into their own pages: the bio is exported as the sanitised HTML
the mentor's page shows, never as the Markdown the mentor wrote.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from generator.bio import render_bio
from generator.directory import Directory, Mentor
from generator.kept import Kept
from generator.profile import SCHEMA_VERSION


def export_json(directory: Directory, mentor_url: str = "mentors/{id}/") -> str:
    """Every mentor's public fields, with URLs relative to the site root.

    The text is json.dumps(document, indent=1) of {"schema_version", "mentors"}, with each
    mentor's part written on every core (workers.each): indented as it sits in the list. The parts
    of mentors unchanged since the last export of this process are not written again.
    """
    head = _dumps({"schema_version": SCHEMA_VERSION, "mentors": []})
    if not directory.mentors:
        return head
    mentors = _TEXTS.each(directory.mentors, mentor_url, depends_on=(mentor_url,))
    return head.removesuffix("[]\n}") + "[\n" + ",\n".join(mentors) + "\n ]\n}"


def _mentor_text(mentor: Mentor, mentor_url: str) -> str:
    # At depth two in the document; json.dumps writes no line break inside a string.
    return "  " + _dumps(_mentor(mentor, mentor_url)).replace("\n", "\n  ")


_TEXTS: Kept[Mentor, str] = Kept(_mentor_text, key=lambda mentor: mentor.id)


def _dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False)


def _mentor(mentor: Mentor, mentor_url: str) -> dict[str, Any]:
    profile = _fields(mentor.profile)
    contact = profile.pop("contact")
    has_email = contact.pop("email") is not None
    availability = profile.pop("availability")
    availability["spots_left"] = mentor.profile.availability.spots_left
    profile.pop("last_confirmed")
    # Named for what it holds: HTML, not the Markdown the profile's `bio` field takes.
    profile.pop("bio")
    profile["bio_html"] = render_bio(mentor.profile.bio) if mentor.profile.bio else None
    profile["thanks"] = [{**note, "date": note["date"].isoformat()} for note in profile["thanks"]]
    return {
        "id": mentor.id,
        "url": mentor_url.format(id=mentor.id),
        **{key: list(value) if isinstance(value, tuple) else value for key, value in profile.items()},
        "availability": availability,
        "contact": {**{k: v for k, v in contact.items() if v is not None}, "email": has_email},
        "last_confirmed": mentor.confirmed.isoformat() if mentor.confirmed else None,
        "state": mentor.state,
    }


def _fields(value: Any) -> Any:
    """dataclasses.asdict without its deep copy of each value (a profile's values are
    immutable): a third of the time, the same result."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {field.name: _fields(getattr(value, field.name))
                for field in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return type(value)(_fields(item) for item in value)
    if isinstance(value, dict):
        return {key: _fields(item) for key, item in value.items()}
    return value

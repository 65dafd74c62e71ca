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
from generator.profile import SCHEMA_VERSION


def export_json(directory: Directory, mentor_url: str = "mentors/{id}/") -> str:
    """Every mentor's public fields, with URLs relative to the site root."""
    document = {
        "schema_version": SCHEMA_VERSION,
        "mentors": [_mentor(mentor, mentor_url) for mentor in directory.mentors],
    }
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=False)


def _mentor(mentor: Mentor, mentor_url: str) -> dict[str, Any]:
    profile = dataclasses.asdict(mentor.profile)
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

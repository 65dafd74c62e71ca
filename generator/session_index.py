"""The sessions index the directory page reads to offer "Circles and events for this".

Small on purpose: upcoming sessions only, with what a link needs (title, kind, next date, places
left, address) and the goals and skills they serve; beside them, the words people type for those
goals and skills (labels, phrases, aliases) as written. The browser splits words itself
(`session-terms.js`), so the rule for reading a query exists once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.program import Program
from generator.session import KINDS
from generator.sessions import Sessions
from generator.translation import _

INDEX_VERSION = 1  # session-terms.js refuses another


def session_index(sessions: Sessions, program: Program, url: Callable[[str], str]
                  ) -> dict[str, Any]:
    """The index as plain data; `url` gives a page's address from the site root."""
    upcoming = sessions.upcoming
    terms = []
    for kind, list_name in (("goal", "goals"), ("skill", "skills")):
        used = {item for listed in upcoming for item in getattr(listed.session, list_name)}
        for entry in program.entries(list_name):
            if entry.id in used:
                terms.append([kind, entry.id, [entry.label, entry.id, *entry.phrases]])
    return {
        "version": INDEX_VERSION,
        "terms": terms,
        "sessions": [{
            "id": listed.id,
            "title": listed.session.title,
            "kind": listed.session.kind,
            "kindLabel": _(KINDS[listed.session.kind]),  # shown by the browser
            "goals": list(listed.session.goals),
            "skills": list(listed.session.skills),
            "languages": list(listed.session.languages),
            "url": url(listed.src_uri),
            "next": listed.next[0].start.isoformat(timespec="minutes"),
            "zone": listed.session.timezone,
            "placesLeft": listed.session.places_left,
            "canSignUp": listed.can_sign_up,
        } for listed in upcoming],
    }


__all__ = ["INDEX_VERSION", "session_index"]

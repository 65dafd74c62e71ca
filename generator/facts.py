"""The short facts a card states about a mentor, in words: written once here for the card on the
directory page and the match index the browser builds its cards from."""

from __future__ import annotations

from generator.directory import Mentor
from generator.profile import IN_PERSON
from generator.program import Program
from generator.translation import _, ngettext


def background(mentor: Mentor, program: Program) -> str:
    """'12 years in tech · Finance and fintech, Healthcare · Former mentee', or ''."""
    profile = mentor.profile
    parts = []
    if profile.years_in_tech is not None:
        parts.append(ngettext("{count} year in tech", "{count} years in tech",
                              profile.years_in_tech))
    if profile.industry:
        parts.append(", ".join(program.entry("industries", industry).label
                               for industry in profile.industry))
    if profile.alumni:
        parts.append(_("Former mentee"))
    return " · ".join(parts)


def meets(mentor: Mentor, program: Program) -> str:
    """'Video call, In person (Lisbon, Portugal)', or '' when the profile doesn't say."""
    profile = mentor.profile
    return ", ".join(
        program.entry("meeting_modes", mode).label
        + (f" ({profile.location})" if mode == IN_PERSON and profile.location else "")
        for mode in profile.meeting_modes)



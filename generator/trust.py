"""What a mentee reads to judge whether a mentor will answer: how soon they usually reply, and how
recently the profile was confirmed. Worked out at build time (the site is rebuilt daily), so the
cards, the mentor page and the match index say it in the same words."""

from __future__ import annotations

from datetime import date

from generator.directory import Mentor


def ago(day: date, today: date) -> str:
    """'today', 'yesterday', '5 days ago', '3 weeks ago', '4 months ago', '2 years ago'."""
    days = max((today - day).days, 0)
    if days < 2:
        return ("today", "yesterday")[days]
    for size, unit, upto in ((1, "day", 14), (7, "week", 60), (30, "month", 365)):
        if days < upto:
            return f"{days // size} {unit}s ago"
    years = days // 365
    return "a year ago" if years == 1 else f"{years} years ago"


def replies(mentor: Mentor) -> str:
    """'Usually replies within 3 days', or '' when the profile doesn't say."""
    days = mentor.profile.responds_within
    if days is None:
        return ""
    return f"Usually replies within {'a day' if days == 1 else f'{days} days'}"


def last_active(mentor: Mentor, today: date) -> str:
    """'Confirmed 3 weeks ago' from last_confirmed, else 'Updated 3 weeks ago' from the file's last
    commit; '' when neither is known."""
    if mentor.confirmed is None:
        return ""
    verb = "Confirmed" if mentor.profile.last_confirmed else "Updated"
    return f"{verb} {ago(mentor.confirmed, today)}"


def trust_line(mentor: Mentor, today: date) -> str:
    """What a card says about answering: 'Usually replies within 3 days · Confirmed 3 weeks ago'."""
    return " · ".join(part for part in (replies(mentor), last_active(mentor, today)) if part)

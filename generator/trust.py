"""What a mentee reads to judge whether a mentor will answer: how soon they usually reply, and how
recently the profile was confirmed. Worked out at build time (the site is rebuilt daily), so the
cards, the mentor page and the match index say it in the same words."""

from __future__ import annotations

from datetime import date

from generator.directory import Mentor
from generator.translation import _, ngettext


def ago(day: date, today: date) -> str:
    """'today', 'yesterday', '5 days ago', '3 weeks ago', '4 months ago', '2 years ago'."""
    days = max((today - day).days, 0)
    if days == 0:
        return _("today")
    if days == 1:
        return _("yesterday")
    if days < 14:
        return ngettext("{count} day ago", "{count} days ago", days)
    if days < 60:
        return ngettext("{count} week ago", "{count} weeks ago", days // 7)
    if days < 365:
        return ngettext("{count} month ago", "{count} months ago", days // 30)
    years = days // 365
    return _("a year ago") if years == 1 else ngettext("{count} year ago", "{count} years ago",
                                                       years)


def replies(mentor: Mentor) -> str:
    """'Usually replies within 3 days', or '' when the profile doesn't say."""
    days = mentor.profile.responds_within
    if days is None:
        return ""
    if days == 1:
        return _("Usually replies within a day")
    return ngettext("Usually replies within {count} day", "Usually replies within {count} days",
                    days)


def last_active(mentor: Mentor, today: date) -> str:
    """'Confirmed 3 weeks ago' from last_confirmed, else 'Updated 3 weeks ago' from the file's last
    commit; '' when neither is known."""
    if mentor.confirmed is None:
        return ""
    when = ago(mentor.confirmed, today)
    if mentor.profile.last_confirmed:
        # Translators: {when} is how long ago, such as "3 weeks ago", "yesterday" or "today".
        return _("Confirmed {when}", when=when)
    # Translators: {when} is how long ago, such as "3 weeks ago", "yesterday" or "today".
    return _("Updated {when}", when=when)


def trust_line(mentor: Mentor, today: date) -> str:
    """What a card says about answering: 'Usually replies within 3 days · Confirmed 3 weeks ago'."""
    return " · ".join(part for part in (replies(mentor), last_active(mentor, today)) if part)

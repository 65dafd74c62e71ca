"""How a mentee's request is worded and where it goes. The page composes it; the site sends nothing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from generator.translation import N_, _

# In English; the page gets them in the site's language, and the composer (request.js) fills in
# each {placeholder}, leaving out the line of an answer the mentee leaves empty.
SUBJECT = N_("Mentorship request via {site}")
# Translators: keep each {placeholder} as it is, and each of goals, timezone, availability and
# contact on a line of its own: the line is left out while the mentee leaves that answer empty.
BODY = N_("""Hi {mentor},

I found your profile on {site} and would love your help with:

{help}

Goals: {goals}
My time zone: {timezone}
When I am usually free: {availability}
How to reach me: {contact}

Thank you for considering it!
{name}""")


OPTION_NAMES = {"form": "request_form", "waitlist": "waitlist"}  # as written in mkdocs.yml


@dataclass(frozen=True)
class RequestSettings:
    """What the request composer needs from the program: its own form, the message wording."""

    site: str
    form: str = ""  # the program's request form, with {mentor} standing for the profile id
    waitlist: str = ""  # the program's waitlist, with {mentor}, for mentors who are full

    @property
    def public(self) -> bool:
        """Requests through GitHub issues can be read by anyone: the composer says so."""
        parts = urlsplit(self.form)
        return parts.hostname in ("github.com", "www.github.com") and "/issues" in parts.path

    def problems(self) -> list[str]:
        """Mistakes in the organiser's settings, as messages."""
        found = []
        for name in ("form", "waitlist"):
            value = getattr(self, name)
            if value and not value.startswith("https://"):
                found.append(f"{OPTION_NAMES[name]}: '{value}' must start with https://")
        return found

    def for_page(self) -> dict[str, Any]:
        return {"site": self.site, "form": self.form, "waitlist": self.waitlist,
                "public": self.public, "subject": _(SUBJECT), "body": _(BODY)}

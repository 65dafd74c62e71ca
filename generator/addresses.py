"""Accounts as people paste them: a handle, or the address of its profile page, read into the one
form a profile stores.

Mentors copy the address of their LinkedIn, GitHub or Mastodon page from the browser more often
than they know the handle in it. Each account reads the handle as it is stored, or any address of
the profile page (with or without https://, with a country subdomain, a trailing slash or tracking
parameters), and gives the stored form; anything else, and every scheme but http and https, is
refused with a hint. Editors check the same forms with the JSON Schema patterns here, as far as a
pattern can say them (ECMAScript, no flags: letters in any case are spelled out).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote

from generator.translation import N_, _

# A host name with a dot, in lower case (match with re.IGNORECASE); an internationalised
# top-level domain is written in its xn-- form.
HOST = r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})"
LOGIN = r"[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}"
# LinkedIn's rule: 3 to 100 letters or digits (of any script), hyphens and underscores between.
LINKEDIN_HANDLE = r"[^\W_][\w-]{1,98}[^\W_]"
MASTODON_NAME = r"[A-Za-z0-9_]{1,30}"
_WEB = r"(?:https?://)?"
# What may follow the account in a pasted address: a query or a fragment, never a space.
_AFTER = r"/?(?:[?#]\S*)?"

_SCHEMA_HOST = HOST.replace("a-z", "A-Za-z")
_SCHEMA_LETTER = r"(?:[A-Za-z0-9\u00aa-\uffff]|%[0-9A-Fa-f]{2})"  # any script, or percent-encoded


def any_case(text: str) -> str:
    """A JSON Schema pattern matching `text` with its letters in any case."""
    return "".join(f"[{char.upper()}{char.lower()}]" if char.isalpha() else re.escape(char)
                   for char in text)


_SCHEMA_SCHEME = f"{any_case('http')}[Ss]?://"
_SCHEMA_WEB = f"(?:{_SCHEMA_SCHEME})?"


def web_address_pattern(https_only: bool) -> str:
    """The JSON Schema pattern of a web address (profile.Url): http or https, or no scheme."""
    scheme = any_case("https://") if https_only else _SCHEMA_SCHEME
    return f"^(?:{scheme})?{_SCHEMA_HOST}(?::[0-9]{{1,5}})?(?:[/?#][^\\s\"'<>\\\\`]*)?$"


@dataclass(frozen=True)
class Reading:
    """A pasted value as stored, or None with what to write instead."""

    value: str | None
    hint: str | None = None


@dataclass(frozen=True)
class Account:
    """One kind of account a profile links to: how it is read, described and checked by editors."""

    noun: str  # "a LinkedIn handle", for "'x' is not a LinkedIn handle" (marked with N_)
    example: str  # "'ada-example'"
    forms: str  # the other forms it is accepted in, for the field reference and the issue form
    read: Callable[[str], Reading]
    schema_pattern: str

    @property
    def what(self) -> str:
        """The noun with its example, for the field reference and the issue form."""
        return f"{self.noun} such as {self.example}"


def _decoded(text: str) -> str:
    """Percent-encoding turned back into the text it stands for, where it is UTF-8."""
    try:
        return unquote(text, errors="strict")
    except UnicodeDecodeError:
        return text


# linkedin.com, www. or a country's subdomain; more of the path after the handle is a subpage.
_LINKEDIN_PAGE = re.compile(rf"{_WEB}(?:[a-z]{{1,3}}\.)?linkedin\.com/in/([^/?#\s]+)(?:[/?#]\S*)?",
                            re.IGNORECASE)


def _linkedin(text: str) -> Reading:
    page = _LINKEDIN_PAGE.fullmatch(text)
    handle = unicodedata.normalize("NFC", _decoded(page.group(1) if page else text))
    if re.fullmatch(LINKEDIN_HANDLE, handle):
        return Reading(handle)
    if "linkedin.com" in text.lower():
        return Reading(None, _("that is not the address of a profile; write the part after "
                               "linkedin.com/in/ in your profile's address, such as "
                               "'ada-example', or the whole address"))
    return Reading(None, _("write the part after linkedin.com/in/ in your profile's address, "
                           "such as 'ada-example', or the whole address"))


LINKEDIN = Account(
    N_("a LinkedIn handle"), "'ada-example'",
    "or your profile's address, such as `https://www.linkedin.com/in/ada-example/`", _linkedin,
    f"^{_SCHEMA_LETTER}(?:{_SCHEMA_LETTER}|[_-]){{1,98}}{_SCHEMA_LETTER}$"
    f"|^{_SCHEMA_WEB}(?:[A-Za-z]{{1,3}}\\.)?{any_case('linkedin.com/in/')}[^/?#\\s]+"
    "(?:[/?#]\\S*)?$")

_GITHUB_PAGE = re.compile(rf"{_WEB}(?:www\.)?github\.com/([^?#\s]*?){_AFTER}", re.IGNORECASE)


def _github(text: str) -> Reading:
    page = _GITHUB_PAGE.fullmatch(text)
    login = page.group(1) if page else text.removeprefix("@")
    if re.fullmatch(LOGIN, login):
        return Reading(login)
    if page and "/" in login:
        return Reading(None, _("that is the address of a repository; write your login, the "
                               "part after github.com/, such as 'ada-example'"))
    return Reading(None, _("write a GitHub login such as 'ada-example'"))


GITHUB = Account(
    N_("a GitHub login"), "'ada-example'",
    "or `@ada-example`, or your profile's address, such as `https://github.com/ada-example`",
    _github,
    f"^@?{LOGIN}$|^{_SCHEMA_WEB}(?:{any_case('www.')})?{any_case('github.com/')}{LOGIN}"
    f"{_AFTER}$")

# A server's page for an account, which may be of another server: example.social/@ada@other.host
_MASTODON_PAGE = re.compile(rf"{_WEB}({HOST})/@({MASTODON_NAME})(?:@({HOST}))?{_AFTER}",
                            re.IGNORECASE)
_MASTODON_HANDLE = re.compile(rf"@?({MASTODON_NAME})@({HOST})", re.IGNORECASE)


def _mastodon(text: str) -> Reading:
    page = _MASTODON_PAGE.fullmatch(text)
    handle = _MASTODON_HANDLE.fullmatch(text)
    if page:
        name, host = page.group(2), page.group(3) or page.group(1)
    elif handle:
        name, host = handle.groups()
    else:
        return Reading(None, _("write a Mastodon handle such as '@ada@example.social', or your "
                               "profile's address, such as https://example.social/@ada"))
    return Reading(f"@{name}@{host.lower()}")


MASTODON = Account(
    N_("a Mastodon handle"), "'@ada@example.social'",
    "or your profile's address, such as `https://example.social/@ada`", _mastodon,
    f"^@?{MASTODON_NAME}@{_SCHEMA_HOST}$|^{_SCHEMA_WEB}{_SCHEMA_HOST}/@{MASTODON_NAME}"
    f"(?:@{_SCHEMA_HOST})?{_AFTER}$")

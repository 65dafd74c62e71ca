"""Accounts and links as mentors paste them: read into the stored form, in Python and in the
editor schema alike."""

import pytest
import regress

from generator.profile import json_schema
from generator.program import default_program

from conftest import CONTACT, VALID_PROFILE

# What mentors paste, fictional, in the shapes a peer community's real directory held: mostly
# the address of a LinkedIn page where a handle was expected.
PASTED = [
    ("contact.linkedin", "ada-example", "ada-example"),
    ("contact.linkedin", "https://www.linkedin.com/in/ada-example/", "ada-example"),
    ("contact.linkedin", "www.linkedin.com/in/ada-example", "ada-example"),
    ("contact.linkedin", "linkedin.com/in/ada-example", "ada-example"),
    ("contact.linkedin", "https://www.linkedin.com/in/ada-example/?utm_source=share&utm_medium=x",
     "ada-example"),
    ("contact.linkedin", "https://de.linkedin.com/in/ada-example", "ada-example"),
    ("contact.linkedin", "HTTP://WWW.LINKEDIN.COM/in/ada-example", "ada-example"),
    ("contact.linkedin", "https://www.linkedin.com/in/ada-example/overlay/contact-info/",
     "ada-example"),
    ("contact.linkedin", "https://www.linkedin.com/in/%C3%A7a%C4%9Fla-y%C4%B1ld%C4%B1z/",
     "çağla-yıldız"),
    ("contact.linkedin", "çağla-yıldız", "çağla-yıldız"),
    ("github", "ada-example", "ada-example"),
    ("github", "@ada-example", "ada-example"),
    ("github", "https://github.com/ada-example", "ada-example"),
    ("github", "github.com/ada-example/", "ada-example"),
    ("github", "https://www.github.com/ada-example?tab=repositories", "ada-example"),
    ("contact.mastodon", "@ada@example.social", "@ada@example.social"),
    ("contact.mastodon", "ada@Example.Social", "@ada@example.social"),
    ("contact.mastodon", "https://example.social/@ada", "@ada@example.social"),
    ("contact.mastodon", "example.social/@ada/", "@ada@example.social"),
    ("contact.mastodon", "https://example.social/@ada@other.example", "@ada@other.example"),
    ("contact.calendar", "https://cal.example.org/ada", "https://cal.example.org/ada"),
    ("contact.calendar", "cal.example.org/ada", "https://cal.example.org/ada"),
    ("contact.calendar", "cal.example.org:8443/ada?week=1", "https://cal.example.org:8443/ada?week=1"),
    ("contact.calendar", "HTTP://cal.example.org/ada", "http://cal.example.org/ada"),
]
REFUSED = [
    ("contact.linkedin", "https://www.linkedin.com/company/example-org"),
    ("contact.linkedin", "ftp://linkedin.com/in/ada-example"),
    ("contact.linkedin", "https://linkedin.com.example.net/in/ada-example"),
    ("contact.linkedin", "%FF%FEada"),
    ("contact.linkedin", "a"),
    ("github", "https://github.com/ada-example/payments"),
    ("github", "javascript://github.com/ada-example"),
    ("github", "ada_example"),
    ("contact.mastodon", "ada"),
    ("contact.mastodon", "https://example.social/users/ada"),
    ("contact.calendar", "javascript:alert(1)"),
    ("contact.calendar", "localhost/ada"),
    ("contact.calendar", "//cal.example.org/ada"),
]


def written(field: str, value: str) -> str:
    """VALID_PROFILE with one field written as given."""
    quoted = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if field == "github":
        return VALID_PROFILE.replace("github: ada-example", f"github: {quoted}")
    name = field.split(".")[1]
    channel = "" if name == "calendar" else "  form: https://forms.example.org/ada\n"
    return VALID_PROFILE.replace(CONTACT, f"contact:\n{channel}  {name}: {quoted}\n")


def stored(profile, field: str):
    for part in field.split("."):
        profile = getattr(profile, part)
    return profile


def schema_pattern(field: str) -> regress.Regex:
    properties = json_schema(default_program())["properties"]
    for part in field.split("."):
        prop = properties[part]
        properties = prop.get("properties", {})
    return regress.Regex(prop["pattern"], "u")  # as editors run it: ECMAScript, Unicode


@pytest.mark.parametrize("field, value, expected", PASTED)
def test_what_people_paste_is_stored_in_one_form(check, field, value, expected):
    profile, problems = check(written(field, value))
    assert problems == []
    assert stored(profile, field) == expected


@pytest.mark.parametrize("field, value", REFUSED)
def test_what_cannot_be_read_is_refused(check, field, value):
    profile, problems = check(written(field, value))
    assert profile is None
    assert len(problems) == 1 and f": error: {field}: " in problems[0]


@pytest.mark.parametrize("field, value, expected", PASTED)
def test_the_editor_schema_accepts_the_same_forms(field, value, expected):
    assert schema_pattern(field).find(value) is not None
    assert schema_pattern(field).find(expected) is not None


@pytest.mark.parametrize("field, value", [
    (field, value) for field, value in REFUSED
    if value != "%FF%FEada"])  # a pattern cannot tell which percent-encoding is UTF-8
def test_the_editor_schema_refuses_the_same_forms(field, value):
    assert schema_pattern(field).find(value) is None

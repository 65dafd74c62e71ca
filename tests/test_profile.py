"""Schema v1: every field's rules, with the exact messages a mentor reads."""

import html
import re
from datetime import date

import markdown
import pytest

from generator.loader import load
from generator.profile import Availability, check_profile, json_schema, reference_markdown
from generator.program import default_program, load_program

from conftest import CONTACT, TODAY, VALID_PROFILE


def test_valid_profile_is_normalised(check):
    profile, problems = check(VALID_PROFILE + "pronouns: she/her\nlast_confirmed: 2026-10-01\n")
    assert problems == []
    assert profile.languages == ("en", "pt")
    assert profile.skills == ("Kubernetes", "golang")
    assert profile.pronouns == "she/her"
    assert profile.last_confirmed == date(2026, 10, 1)
    assert profile.availability == Availability(accepting=True)


def test_every_problem_in_the_file_is_reported_at_once(check):
    text = VALID_PROFILE.replace("skills:", "skils:").replace("Europe/Berlin", "Europe/Berln")
    profile, problems = check(text + "formats: [one-to-one]\n")
    assert profile is None
    assert problems == [
        "mentors/ada.yml:7:1: error: skils: unknown key; did you mean 'skills'?",
        "mentors/ada.yml:5:11: error: timezone: 'Europe/Berln' is not a time zone in the IANA "
        "database; did you mean 'Europe/Berlin'?",
        "mentors/ada.yml:2:1: error: skills: required field is missing; add a line like "
        "'skills: [Kubernetes, Go]'",
        "mentors/ada.yml:12:11: error: formats[1]: 'one-to-one' is not in the program's formats "
        "list; did you mean 'one-on-one'?",
    ]


def test_unknown_key_without_a_close_match_lists_the_fields(check):
    _, problems = check(VALID_PROFILE + "favourite_colour: green\n")
    assert problems == [
        "mentors/ada.yml:12:1: error: favourite_colour: unknown key; the fields are: name, github, "
        "headline, timezone, languages, skills, goals, pronouns, photo, location, mentee_stages, "
        "formats, offers, meeting_modes, industry, years_in_tech, experiences, alumni, bio, style, "
        "responds_within, availability, contact, recognition, thanks, last_confirmed"
    ]


@pytest.mark.parametrize("line, expected", [
    ("'': x", "'': unknown key; the fields are: name, github, headline, timezone, languages, "
     "skills, goals, pronouns, photo, location, mentee_stages, formats, offers, meeting_modes, "
     "industry, years_in_tech, experiences, alumni, bio, style, responds_within, availability, "
     "contact, recognition, thanks, last_confirmed"),
    ("n\u0430me: x", "n\u0430me: unknown key; it contains U+0430 (CYRILLIC SMALL LETTER A), not a "
     "plain letter; did you mean 'name'?"),
    ("git\u200bhub: x", "git\\u200bhub: unknown key; it contains U+200B (ZERO WIDTH SPACE), not a "
     "plain letter; did you mean 'github'?"),
])
def test_unknown_keys_that_do_not_show_as_themselves_are_explained(check, line, expected):
    _, problems = check(VALID_PROFILE + line + "\n")
    assert [problem.split(": error: ", 1)[1] for problem in problems] == [expected]


def test_markdown_nesting_up_to_the_limit_is_fine(check):
    _, problems = check(VALID_PROFILE + "bio: |\n  - a\n    - b\n  - " + "- " * 9 + "c\n")
    assert problems == []


@pytest.mark.parametrize("line, expected", [
    ("github: https://github.com/ada-example/payments",
     "github: 'https://github.com/ada-example/payments' is not a GitHub login; that is the address "
     "of a repository; write your login, the part after github.com/, such as 'ada-example'"),
    ("github: -ada", "github: '-ada' is not a GitHub login; write a GitHub login such as "
     "'ada-example'"),
    ("name: ''", "name: is empty; add a line like 'name: Ada Example'"),
    ("name: " + "A" * 81, "name: is 81 characters long; the limit is 80; shorten it"),
    ("name: \"Ada\\nExample\"", "name: must be on one line"),
    ("name: \"Ada \u202eelpmaxE\"",
     "name: contains the invisible text-direction character U+202E; remove it: such characters "
     "can make text display differently from what it is"),
    ("name: [Ada]", "name: must be text, not a list"),
    ("name: \"Ada\\u3164\"", "name: contains the invisible character U+3164 (HANGUL FILLER); "
     "remove it: invisible characters can make different text look the same"),
    ("name: \"A\\u200dda\"", "name: contains the invisible character U+200D (ZERO WIDTH JOINER); "
     "remove it: invisible characters can make different text look the same"),
    ("name: \"Ada\\u200fExample\"", "name: contains the invisible text-direction character "
     "U+200F; remove it: such characters can make text display differently from what it is"),
    ("headline: \"Staff \\u061cEngineer\"", "headline: contains the invisible text-direction "
     "character U+061C; remove it: such characters can make text display differently from what "
     "it is"),
    ("skills: [\"Py\\u200bthon\"]", "skills[1]: contains the invisible character U+200B (ZERO "
     "WIDTH SPACE); remove it: invisible characters can make different text look the same"),
    ("skills: [\"Go\\u2060lang\"]", "skills[1]: contains the invisible character U+2060 (WORD "
     "JOINER); remove it: invisible characters can make different text look the same"),
    ("skills: [\"Kuber\\u00adnetes\"]", "skills[1]: contains the invisible character U+00AD (SOFT "
     "HYPHEN); remove it: invisible characters can make different text look the same"),
    ("headline: Payments, write to ada.example+mentor@example.org",
     "headline: contains the email address 'ada.example+mentor@example.org'; remove it: this "
     "text is published as written, in every page and file of the site; an address for mentees "
     "goes in contact.email, which the site keeps out of its files"),
    ("location: Berlin (ADA@EXAMPLE.ORG)",
     "location: contains the email address 'ADA@EXAMPLE.ORG'; remove it: this text is published "
     "as written, in every page and file of the site; an address for mentees goes in "
     "contact.email, which the site keeps out of its files"),
    ("bio: |\n  Ask me anything.\n\n  Mail: zoë@example.org",
     "bio: contains the email address 'zoë@example.org'; remove it: this text is published as "
     "written, in every page and file of the site; an address for mentees goes in contact.email, "
     "which the site keeps out of its files"),
    ("languages: en", "languages: must be a list of languages; put each on its own line starting "
     "with '- ', or write [a, b]"),
    ("languages: [Klingon]", "languages[1]: 'Klingon' is not an ISO 639-1 language code or "
     "English name; write a two-letter code such as 'en' or 'pt'"),
    ("languages: [Portugese]", "languages[1]: 'Portugese' is not an ISO 639-1 language code or "
     "English name; did you mean 'Portuguese' (pt)?"),
    ("goals: [Promotion readiness]", "goals[1]: 'Promotion readiness' is not in the program's "
     "goals list; did you mean 'promotion-readiness'?"),
    ("goals: []", "goals: must list at least 1 goal"),
    ("skills: [" + ", ".join(f"s{n}" for n in range(21)) + "]",
     "skills: lists 21 skills; the limit is 20; keep the ones you most want to share"),
    ("timezone: 12:30", "timezone: '12:30' is not a time zone in the IANA database; write a zone "
     "name such as 'Europe/Berlin' or 'America/Sao_Paulo' (the list: "
     "https://en.wikipedia.org/wiki/List_of_tz_database_time_zones)"),
    ("photo: http://example.org/a.jpg", "photo: must start with https://; the site is served over "
     "https and browsers block http images"),
    ("photo: javascript:alert(1)",
     "photo: 'javascript:' links are not allowed; use a web address starting with https://"),
    ("photo: ' JaVaScRiPt:alert(1)'",
     "photo: 'javascript:' links are not allowed; use a web address starting with https://"),
    ("photo: 'data:image/png;base64,AAAA'",
     "photo: 'data:' links are not allowed; use a web address starting with https://"),
    ("photo: 'https&#58;//example.org/a.jpg'",
     "photo: contains HTML character references such as '&#58;'; write the address as plain "
     "text, starting with https://"),
    ("photo: \"https://example.org/a.jpg\\tonerror=alert(1)\"",
     "photo: contains a tab, which a web address cannot hold; copy the address again from the "
     "browser's address bar"),
    ("photo: \"https://example.org/\\u200bx.jpg\"", "photo: contains the invisible character "
     "U+200B, which a web address cannot hold; copy the address again from the browser's address "
     "bar"),
    ("photo: 'https://example.org/a.jpg\" onerror=\"x'",
     "photo: contains '\"', which a web address cannot hold; copy the address again from the "
     "browser's address bar"),
    ("photo: 'data:text/html,<script>x</script>'",
     "photo: 'data:' links are not allowed; use a web address starting with https://"),
    ("photo: https://localhost/a.jpg", "photo: 'https://localhost/a.jpg' is not a full web "
     "address; write it like https://example.org/page"),
    ("photo: https://ada@evil.example/a.jpg", "photo: must not contain a user name before '@'; "
     "such addresses can disguise the real site"),
    ("timezone: localtime", "timezone: 'localtime' is not a time zone in the IANA database; write "
     "a zone name such as 'Europe/Berlin' or 'America/Sao_Paulo' (the list: "
     "https://en.wikipedia.org/wiki/List_of_tz_database_time_zones)"),
    ("bio: '" + "- " * 11 + "x'", "bio: puts 11 lists inside each other; the limit is 10; write "
     "paragraphs and simple lists"),
    ("bio: '" + "> 1. " * 300 + "x'", "bio: puts 300 lists inside each other; the limit is 10; "
     "write paragraphs and simple lists"),
    ("last_confirmed: 2026-02-30",
     "last_confirmed: '2026-02-30' is not a date; write it as YYYY-MM-DD, such as 2026-03-01"),
    ("last_confirmed: 2027-01-01",
     "last_confirmed: 2027-01-01 is in the future; write the date you last checked your profile"),
    ("offers: [referals]", "offers[1]: 'referals' is not in the program's offers list; did you "
     "mean 'referrals'?"),
    ("offers: [someone to refer me]", "offers[1]: 'someone to refer me' is not in the program's "
     "offers list; did you mean 'referrals'?"),
    ("offers: sponsorship", "offers: must be a list of offers; put each on its own line starting "
     "with '- ', or write [a, b]"),
    ("industry: [helthcare]", "industry[1]: 'helthcare' is not in the program's industries list; "
     "did you mean 'healthcare'?"),
    ("industry: fintech", "industry: must be a list of industries; put each on its own line "
     "starting with '- ', or write [a, b]"),
    ("meeting_modes: [video call]", "meeting_modes[1]: 'video call' is not in the program's "
     "meeting_modes list; did you mean 'video'?"),
    ("meeting_modes: [video, in-person]", "meeting_modes: 'in-person' needs your city: mentees "
     "need to know where you can meet; add a line like 'location: Lisbon, Portugal'"),
    ("formats: [reverse mentoring]", "formats[1]: 'reverse mentoring' is not in the program's "
     "formats list; did you mean 'reverse-mentoring'?"),
    ("mentee_stages: [executive]", "mentee_stages[1]: 'executive' is not in the program's stages "
     "list; did you mean 'director-executive'?"),
    ("years_in_tech: 71", "years_in_tech: is 71; write a number from 0 to 70"),
    ("years_in_tech: ten", "years_in_tech: 'ten' is not a whole number; write digits only, "
     "without quotes, such as 3"),
    ("years_in_tech: '12'", "years_in_tech: '12' is not a whole number; write digits only, "
     "without quotes, such as 3"),
    ("responds_within: 0", "responds_within: is 0; write a number from 1 to 30; if you often need "
     "longer, say so in your bio, or pause with 'accepting: false' under 'availability:'"),
    ("responds_within: -2", "responds_within: must be 1 or more"),
    ("responds_within: 3 days", "responds_within: '3 days' is not a whole number; write digits "
     "only, without quotes, such as 3"),
    ("alumni: yes", "alumni: 'yes' is not true or false; write true or false, without quotes"),
    ("recognition: on", "recognition: 'on' is not true or false; write true or false, without "
     "quotes"),
    ("style: " + "x" * 281, "style: is 281 characters long; the limit is 280; shorten it"),
    ("style: \"Open \u202econversation\"", "style: contains the invisible text-direction "
     "character U+202E; remove it: such characters can make text display differently from what "
     "it is"),
    ("style: Write to me at ada@example.org", "style: contains the email address "
     "'ada@example.org'; remove it: this text is published as written, in every page and file of "
     "the site; an address for mentees goes in contact.email, which the site keeps out of its "
     "files"),
])
def test_field_rules(check, line, expected):
    key = line.split(":")[0]
    lines = [kept for kept in VALID_PROFILE.splitlines() if not kept.startswith(f"{key}:")]
    if key == "skills":
        lines = [kept for kept in lines if not kept.startswith("  - ")]
    profile, problems = check("\n".join(lines) + "\n" + line + "\n")
    assert profile is None
    assert [problem.split(": error: ", 1)[1] for problem in problems] == [expected]


@pytest.mark.parametrize("block, expected", [
    ("availability:\n  accepting: no\n",
     "availability.accepting: 'no' is not true or false; write true or false, without quotes"),
    ("availability:\n  accepting: 'true'\n",
     "availability.accepting: 'true' is not true or false; write true or false, without quotes"),
    ("availability:\n  capacity: 012\n", "availability.capacity: '012' has a leading zero; write 12 "
     "(YAML reads numbers with a leading zero as octal)"),
    ("availability:\n  capacity: -1\n", "availability.capacity: must be 0 or more"),
    ("availability:\n  capacity: 10000000\n", "availability.capacity: '10000000' is too large; "
     "write a number up to 999999"),
    ("availability:\n  capacity: 2\n  mentees: 3\n",
     "availability.mentees: is 3, more than capacity (2); raise capacity or lower mentees"),
    ("availability:\n  capcity: 2\n", "availability.capcity: unknown key; did you mean 'capacity'?"),
    ("availability: [2]\n", "availability: must be a mapping of fields, not a list"),
    ("availability:\n  windows: [evenings]\n", "availability.windows[1]: 'evenings' is not a "
     "meeting window; write one of weekday-mornings, weekday-afternoons, weekday-evenings, "
     "weekends, or days and hours such as 'weekdays 18:00-21:00' or 'sat 10:00-14:00'"),
    ("availability:\n  windows: ['someday 10:00-12:00']\n", "availability.windows[1]: 'someday' "
     "is not a day or days of the week; write daily, weekdays, weekends, a day such as 'sat', or "
     "days such as 'mon-thu'"),
    ("availability:\n  windows: ['18:00-25:00']\n", "availability.windows[1]: '18:00-25:00' "
     "has a time that is not on the clock; write times from 00:00 to 24:00, such as 18:30"),
    ("availability:\n  windows: ['sat 10:00-10:00']\n", "availability.windows[1]: 'sat "
     "10:00-10:00' starts and ends at the same time; write when you can start and when you must "
     "stop, such as 18:00-21:00"),
    ("availability:\n  windows: ['" + "sat " * 20 + "10:00-12:00']\n",
     "availability.windows[1]: is 91 characters long; the limit is 40; write days and hours "
     "such as 'weekdays 18:00-21:00'"),
    ("availability:\n  windows: [\"sat\\u200b 10:00-12:00\"]\n", "availability.windows[1]: "
     "contains the invisible character U+200B (ZERO WIDTH SPACE); remove it: invisible "
     "characters can make different text look the same"),
    ("availability:\n  windows: " + str(["weekends"] * 8).replace("'", "") + "\n",
     "availability.windows: lists 8 windows; the limit is 7; keep the ones you most want to "
     "share"),
    ("contact:\n  form: https://forms.example.org/ada\n  linkedin: https://www.linkedin.com/company/ada\n",
     "contact.linkedin: 'https://www.linkedin.com/company/ada' is not a LinkedIn handle; that is "
     "not the address of a profile; write the part after linkedin.com/in/ in your profile's "
     "address, such as 'ada-example', or the whole address"),
    ("contact:\n  form: https://forms.example.org/ada\n  linkedin: javascript:alert(1)\n",
     "contact.linkedin: 'javascript:alert(1)' is not a LinkedIn handle; write the part after "
     "linkedin.com/in/ in your profile's address, such as 'ada-example', or the whole address"),
    ("contact:\n  form: https://forms.example.org/ada\n  linkedin: \"%E2%80%AEada\"\n",
     "contact.linkedin: '%E2%80%AEada' is not a LinkedIn handle; write the part after "
     "linkedin.com/in/ in your profile's address, such as 'ada-example', or the whole address"),
    ("contact:\n  form: https://forms.example.org/ada\n  mastodon: ada\n",
     "contact.mastodon: 'ada' is not a Mastodon handle; write a Mastodon handle such as "
     "'@ada@example.social', or your profile's address, such as https://example.social/@ada"),
    ("contact:\n  form: https://forms.example.org/ada\n  mastodon: ftp://example.social/@ada\n",
     "contact.mastodon: 'ftp://example.social/@ada' is not a Mastodon handle; write a Mastodon "
     "handle such as '@ada@example.social', or your profile's address, such as "
     "https://example.social/@ada"),
    ("contact:\n  calendar: mailto:ada@example.org\n",
     "contact.calendar: 'mailto:' links are not allowed; use a web address starting with https://"),
    ("contact:\n  calendar: cal.example.org/ada us\n",
     "contact.calendar: contains a space, which a web address cannot hold; copy the address again "
     "from the browser's address bar"),
    ("contact:\n  calendar: localhost/ada\n", "contact.calendar: 'localhost/ada' is not a full "
     "web address; write it like https://example.org/page"),
    ("contact:\n  email: ada at example\n",
     "contact.email: 'ada at example' is not an email address; write it like name@example.org"),
    # A mailto link carries whatever follows '?': cc, bcc and body would reach the mentee's email.
    ("contact:\n  email: me%40x?cc=boss%40example.org&bcc=all%40example.org&body=Hi&x=@example.org\n",
     "contact.email: 'me%40x?cc=boss%40example.org&bcc=all%40example.org&body=Hi&x=@example.org' "
     "is not an email address; remove '%': write just the address, like name@example.org"),
    ("contact:\n  email: ada@example.org?bcc=all@example.org\n",
     "contact.email: 'ada@example.org?bcc=all@example.org' is not an email address; remove '?': "
     "write just the address, like name@example.org"),
    ("contact:\n  email: ada@example.org,all@example.org\n",
     "contact.email: 'ada@example.org,all@example.org' is not an email address; remove ',': write "
     "just the address, like name@example.org"),
    ("contact:\n  email: ada@b@example.org\n",
     "contact.email: 'ada@b@example.org' is not an email address; it has more than one '@'; write "
     "just the address, like name@example.org"),
    ("contact:\n  email: mailto:ada@example.org\n",
     "contact.email: 'mailto:ada@example.org' is not an email address; write it without 'mailto:'"),
    ("contact:\n  email: ada..example@example.org\n",
     "contact.email: 'ada..example@example.org' is not an email address; the part before '@' "
     "cannot be empty, start or end with '.', or hold '..'"),
    ("contact:\n  email: ada@localhost\n", "contact.email: 'ada@localhost' is not an email "
     "address; 'localhost' is not a domain name; write it like name@example.org"),
    # The same invisible and control character rule as every other text field.
    ("contact:\n  email: \"ada\\a@example.org\"\n",
     "contact.email: contains control characters; remove them"),
    ("contact:\n  email: \"ada\\e@example.org\"\n",
     "contact.email: contains control characters; remove them"),
    ("contact:\n  email: \"ada\\0@example.org\"\n",
     "contact.email: contains control characters; remove them"),
    ("contact:\n  email: \"ada\\u200b@example.org\"\n",
     "contact.email: contains the invisible character U+200B (ZERO WIDTH SPACE); remove it: "
     "invisible characters can make different text look the same"),
    ("contact:\n  email: \"ada\\u202e@example.org\"\n",
     "contact.email: contains the invisible text-direction character U+202E; remove it: such "
     "characters can make text display differently from what it is"),
])
def test_nested_field_rules(check, block, expected):
    profile, problems = check(VALID_PROFILE.replace(CONTACT, "") + block
                              if block.startswith("contact:") else VALID_PROFILE + block)
    assert profile is None
    assert [problem.split(": error: ", 1)[1] for problem in problems] == [expected]


UNREACHABLE = ("error: contact: no way for mentees to reach you: a profile that accepts mentees "
               "needs a contact form, a booking link or an email address; add one under "
               "'contact:', such as 'form: https://forms.example.org/ada', or set 'accepting: "
               "false' under 'availability:' until you have one")


def test_a_profile_taking_mentees_needs_a_way_to_be_reached(check):
    _, problems = check(VALID_PROFILE.replace(CONTACT, "contact:\n  linkedin: ada-example\n"))
    assert problems == [f"mentors/ada.yml:11:1: {UNREACHABLE}"]
    _, problems = check(VALID_PROFILE.replace(CONTACT, ""))
    assert problems == [f"mentors/ada.yml:2:1: {UNREACHABLE}"]


def test_the_way_to_be_reached_is_reported_with_every_other_problem(check):
    _, problems = check(VALID_PROFILE.replace(CONTACT, "").replace("Europe/Berlin", "Europe/Berln"))
    assert problems == [
        "mentors/ada.yml:5:11: error: timezone: 'Europe/Berln' is not a time zone in the IANA "
        "database; did you mean 'Europe/Berlin'?",
        f"mentors/ada.yml:2:1: {UNREACHABLE}",
    ]


@pytest.mark.parametrize("ending", [
    "availability:\n  accepting: false\n",  # a paused profile takes no requests
    "contact:\n  form: https://forms.example.org/ada\n",
    "contact:\n  email: ada@example.org\n",  # with its warning
])
def test_a_paused_profile_or_any_channel_is_enough(check, ending):
    profile, problems = check(VALID_PROFILE.replace(CONTACT, "") + ending)
    assert profile is not None and not any(": error: " in problem for problem in problems)


def test_the_programs_own_request_form_is_a_way_to_be_reached():
    root, _ = load("mentors/ada.yml", VALID_PROFILE.replace(CONTACT, "").encode())
    program = load_program(None, request_form="https://forms.example.org/request?mentor={mentor}")
    profile, problems = check_profile("mentors/ada.yml", root, program, TODAY)
    assert profile is not None and problems == []


def test_yaml_11_traps_keep_their_written_meaning(check):
    profile, problems = check(VALID_PROFILE.replace("[en, Portuguese]", "[no, en]")
                              + "pronouns: 012345\nlocation: 12:30\n")
    assert problems == []
    assert profile.languages == ("no", "en")
    assert profile.pronouns == "012345"
    assert profile.location == "12:30"


def test_email_is_accepted_with_a_warning(check):
    profile, problems = check(VALID_PROFILE.replace(CONTACT, "contact:\n  email: ada@example.org\n"))
    assert profile.contact.email == "ada@example.org"
    assert problems == [
        "mentors/ada.yml:12:10: warning: contact.email: an email address in a public repository "
        "stays in its git history, even after you remove it; consider a contact form or calendar "
        "link instead"
    ]


def test_an_address_in_another_script_is_accepted(check):
    profile, problems = check(VALID_PROFILE.replace(CONTACT, "contact:\n  email: josé@example.org\n"))
    assert profile.contact.email == "josé@example.org"
    assert [problem.split(": ", 2)[1] for problem in problems] == ["warning"]


def test_joiners_are_text_inside_emoji_and_scripts_that_need_them(check):
    profile, problems = check(VALID_PROFILE + "pronouns: \"🧑\\u200d💻 ❤\\ufe0f\"\n"
                              "location: \"\u0645\u06cc\\u200c\u062e\u0648\u0627\u0647\u0645\"\n"
                              "bio: 'On Mastodon: @ada@example.social'\n")
    assert problems == []
    assert profile.pronouns == "🧑\u200d💻 ❤\ufe0f"
    assert profile.location == "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"


def test_repeated_skills_are_dropped_with_a_warning(check):
    profile, problems = check(VALID_PROFILE.replace("  - golang", "  - golang\n  - Kubernetes"))
    assert profile.skills == ("Kubernetes", "golang")
    assert problems == [
        "mentors/ada.yml:10:5: warning: skills[3]: 'Kubernetes' is listed twice (also item 1); "
        "remove one of them"
    ]


def test_empty_optional_field_is_absent_and_empty_required_field_is_named(check):
    profile, problems = check(VALID_PROFILE + "pronouns:\n")
    assert problems == [] and profile.pronouns is None
    _, problems = check(VALID_PROFILE.replace("headline: Staff Engineer, payments", "headline:"))
    assert problems == [
        "mentors/ada.yml:4:1: error: headline: is empty; add a line like "
        "'headline: Staff Engineer, payments'"
    ]


def test_spots_left():
    assert Availability(capacity=3, mentees=1).spots_left == 2
    assert Availability(capacity=None).spots_left is None


def test_json_schema_is_derived_from_the_same_fields():
    schema = json_schema(default_program())
    assert schema["required"] == ["name", "github", "headline", "timezone", "languages", "skills",
                                  "goals"]
    assert schema["additionalProperties"] is False
    assert schema["properties"]["goals"]["items"]["enum"][:2] == ["getting-started", "career-change"]
    assert set(schema["properties"]["availability"]["properties"]) == {
        "accepting", "capacity", "mentees", "hours_per_month", "waitlist", "windows"}
    assert schema["properties"]["offers"]["items"]["enum"][:2] == ["mock-interviews", "cv-review"]
    assert schema["properties"]["responds_within"] | {"description": "", "examples": []} == {
        "type": "integer", "minimum": 1, "maximum": 30, "description": "", "examples": []}
    thanks = schema["properties"]["thanks"]["items"]
    assert (thanks["required"], thanks["properties"]["consent"]["const"]) == (
        ["text", "date", "consent"], True)


def test_reference_lists_every_field_and_id():
    reference = reference_markdown(default_program())
    assert "| `availability.capacity` | no |" in reference
    assert "| `name` | yes | Your name as mentees will see it. text, at most 80 characters. |" in reference
    assert "| `returning-to-work` | Returning after a break |" in reference
    assert "| `thanks[].consent` | yes |" in reference
    assert "| `sponsorship` | Sponsorship | Speaking up for you in rooms you are not in" in reference


def test_reference_shows_the_organisers_labels_and_descriptions_as_text():
    label = "<img src=x onerror=alert(1)> *New* | role"
    description = "Moving up [fast](javascript:alert(2)) `now` {: onclick=alert(3) } & <b>more</b>"
    program = load_program({"goals": {"extend": [
        {"id": "moving-up", "label": label, "description": description}]}})
    page = markdown.markdown(reference_markdown(program, lambda goal: f"guides/{goal}.md"),
                             extensions=["tables", "attr_list", "md_in_html"])
    row = re.search(r"<tr>\s*<td><code>moving-up</code></td>(.*?)</tr>", page, re.S).group(1)
    cells = [html.unescape(re.sub(r"<[^>]+>", "", cell))
             for cell in re.findall(r"<td>(.*?)</td>", row, re.S)]
    assert cells == [label, description]
    assert re.findall(r"<(\w+)", row) == ["td", "a", "td"]  # the guide link, nothing else


def test_the_trust_fields_are_read_as_written(check):
    profile, problems = check(VALID_PROFILE + """\
location: Lisbon, Portugal
offers: [mock-interviews, sponsorship]
meeting_modes: [video, in-person]
industry: [fintech]
years_in_tech: 12
alumni: true
style: Structured, and I will challenge you kindly.
responds_within: 3
recognition: true
availability:
  windows: [weekday-evenings, Sat 10:00 - 14:00]
""")
    assert problems == []
    assert (profile.offers, profile.meeting_modes, profile.industry) == (
        ("mock-interviews", "sponsorship"), ("video", "in-person"), ("fintech",))
    assert (profile.years_in_tech, profile.alumni, profile.responds_within, profile.recognition) \
        == (12, True, 3, True)
    assert profile.availability.windows == ("weekday-evenings", "Sat 10:00 - 14:00")


THANKS = """\
thanks:
  - text: Helped me prepare for my first staff interview loop.
    name: Priya
    date: 2026-05-02
    consent: true
  - text: Patient, honest and practical.
    date: 2026-06-10
    consent: true
"""


def test_thanks_are_published_only_with_consent(check):
    profile, problems = check(VALID_PROFILE + THANKS)
    assert problems == []
    assert [(note.name, note.date) for note in profile.thanks] == [
        ("Priya", date(2026, 5, 2)), (None, date(2026, 6, 10))]
    _, problems = check(VALID_PROFILE + THANKS.replace("consent: true\n", "consent: false\n", 1)
                        .replace("    consent: true\n", "", 1))
    assert problems == [
        "mentors/ada.yml:16:14: error: thanks[1].consent: is false: a thank-you note is published "
        "only with the mentee's consent; remove the note, or set 'consent: true' once the mentee "
        "agrees",
        "mentors/ada.yml:17:5: error: thanks[2].consent: required field is missing; add a line "
        "like 'consent: true'"]


@pytest.mark.parametrize("line, expected", [
    ("name: Priya Sharma Kumar", "'Priya Sharma Kumar' is not a first name; write only a first "
     "name, such as 'Priya', or leave it out to show 'a mentee'"),
    ("name: '@priya'", "'@priya' is not a first name; write only a first name, such as 'Priya', "
     "or leave it out to show 'a mentee'"),
    ("name: https://example.org", "'https://example.org' is not a first name; write only a first "
     "name, such as 'Priya', or leave it out to show 'a mentee'"),
    ("name: \"Pri\\u202eya\"", "contains the invisible text-direction character U+202E; remove "
     "it: such characters can make text display differently from what it is"),
    ("date: 2027-01-01", "2027-01-01 is in the future; write the day the mentee wrote it"),
    ("text: ''", "is empty; add a line like 'text: Helped me prepare for my first staff interview "
     "loop, and I got the role.'"),
    ("text: Mail priya@example.org", "contains the email address 'priya@example.org'; remove it: "
     "this text is published as written, in every page and file of the site; an address for "
     "mentees goes in contact.email, which the site keeps out of its files"),
    ("consent: yes", "'yes' is not true or false; write true or false, without quotes"),
])
def test_thanks_rules(check, line, expected):
    fields = {"text": "Helped me.", "name": "Priya", "date": "2026-05-02", "consent": "true"}
    key = line.split(":")[0]
    written = [line if name == key else f"{name}: {value}" for name, value in fields.items()]
    note = "thanks:\n  - " + "\n    ".join(written) + "\n"
    _, problems = check(VALID_PROFILE + note)
    assert [problem.split(": error: ", 1)[1] for problem in problems] == [
        f"thanks[1].{key}: {expected}"]

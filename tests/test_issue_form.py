"""The profile issue form: the form the repository ships, and issues turned into profile files."""

import dataclasses
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator import loader
from generator.directory import slug
from generator.issue_form import parse_body, profile_from_issue, render_form
from generator.profile import Group, Profile, check_profile
from generator.program import default_program, load_program

from conftest import TODAY, VALID_PROFILE

FORM = yaml.safe_load(render_form(default_program()))
ANSWERS = {"name": "Zoë Müller", "headline": "Data engineer", "timezone": "Europe/Zurich",
           "languages": "de, English", "skills": "Python\ndbt", "goals": ["job-search"],
           "contact_form": "https://forms.example.org/zoe"}


def body(**answers) -> str:
    """An issue body as GitHub writes it from the form; answers are keyed by question id."""
    return body_of(FORM, **answers)


def body_of(form: dict, **answers) -> str:
    """An issue body as GitHub writes it from an issue form, answers keyed by question id."""
    sections = []
    for element in form["body"]:
        if element["type"] == "markdown":
            continue
        attributes = element["attributes"]
        answer = answers.get(element["id"].replace("-", "_"))
        if element["type"] == "checkboxes":
            text = "\n".join(
                f"- [{'X' if re.search(r'`(.*)`', option['label'])[1] in (answer or []) else ' '}]"
                f" {option['label']}" for option in attributes["options"])
        elif element["type"] == "dropdown" and answer is None:
            text = attributes["options"][attributes["default"]]
        else:
            text = answer or "_No response_"
        sections.append(f"### {attributes['label']}\n\n{text}")
    return "\n\n".join(sections)


def convert(text: str, author: str = "zoe-m", existing: dict | None = None):
    return profile_from_issue(text, author, default_program(), TODAY, existing or {})


def problems(result) -> list[str]:
    return [problem.description() for problem in result.problems]


def test_the_form_asks_for_every_field_but_the_login_the_date_and_email():
    asked = {element["id"] for element in FORM["body"] if element["type"] != "markdown"}
    fields = set()
    for spec in dataclasses.fields(Profile):
        kind = spec.metadata["kind"]
        subfields = dataclasses.fields(kind.schema) if isinstance(kind, Group) else [None]
        fields |= {(f"{spec.name}-{sub.name}" if sub else spec.name).replace("_", "-")
                   for sub in subfields}
    assert asked == fields - {"github", "last-confirmed", "contact-email", "thanks"} | {"profile-id"}
    assert FORM["labels"] == ["mentor-profile"]
    goals = next(element for element in FORM["body"] if element.get("id") == "goals")
    assert [option["label"] for option in goals["attributes"]["options"]] == [
        f"{entry.label} (`{entry.id}`)" for entry in default_program().goals]
    experiences = next(element for element in FORM["body"] if element.get("id") == "experiences")
    assert experiences["attributes"]["label"] == "Lived experience (optional)"
    assert "Tick only what you choose to share, or nothing" in \
        experiences["attributes"]["description"]
    required = {element["id"] for element in FORM["body"]
                if element.get("validations", {}).get("required")}
    assert required == {"name", "headline", "timezone", "languages", "skills",
                        "availability-accepting", "alumni", "recognition"}
    offers = next(element for element in FORM["body"] if element.get("id") == "offers")
    assert offers["attributes"]["options"][0]["label"] == "Mock interviews (`mock-interviews`)"


def test_a_filled_in_form_becomes_a_profile_file():
    result = convert(body(**{
        **ANSWERS, "pronouns": "she/her", "goals": ["job-search", "negotiation"],
        "mentee_stages": ["early-career"], "experiences": ["immigrant"],
        "bio": "I build data pipelines.\n\nAsk me about **dbt**.", "availability_accepting": "No",
        "availability_capacity": "2", "availability_mentees": "0",
        "contact_calendar": "https://cal.example.org/zoe", "contact_form": None,
        "contact_mastodon": "https://example.social/@zoe"}))
    assert problems(result) == []
    assert (result.profile_id, result.updates) == ("zoe-muller", False)
    assert result.text == """\
# yaml-language-server: $schema=../schema/mentor.schema.json
name: Zoë Müller
github: zoe-m
headline: Data engineer
timezone: Europe/Zurich
languages: [de, English]
skills: [Python, dbt]
goals: [job-search, negotiation]
pronouns: she/her
mentee_stages: [early-career]
experiences: [immigrant]
bio: |-
  I build data pipelines.

  Ask me about **dbt**.
availability:
  accepting: false
  capacity: 2
  mentees: 0
contact:
  calendar: https://cal.example.org/zoe
  mastodon: '@zoe@example.social'
last_confirmed: 2026-11-23
"""


def test_unanswered_and_wrong_answers_are_named_by_their_question():
    result = convert(body(name="Ada", headline="", timezone="Europe/Berln", languages="English",
                          skills="Go", availability_capacity="two", availability_mentees="-1",
                          contact_website="javascript:alert(1)", contact_linkedin="https://x"))
    assert result.text is None
    assert problems(result) == [
        "Headline: this question needs an answer; fill it in",
        "Time zone: 'Europe/Berln' is not a time zone in the IANA database; did you mean "
        "'Europe/Berlin'?",
        "Goals: this question needs an answer; tick at least one box",
        "Most mentees at once: 'two' is not a whole number; write digits only, without quotes, "
        "such as 3",
        "Mentees you have now: must be 0 or more",
        "Website: 'javascript:' links are not allowed; use a web address starting with https://",
        "LinkedIn: 'https://x' is not a LinkedIn handle; write the part after linkedin.com/in/ in "
        "your profile's address, such as 'ada-example', or the whole address",
    ]


def test_a_profile_taking_mentees_needs_a_booking_link_or_a_contact_form():
    result = convert(body(**{**ANSWERS, "contact_form": None,
                             "contact_linkedin": "linkedin.com/in/zoe-m"}))
    assert result.text is None
    assert problems(result) == [
        "Booking link, Contact form: no way for mentees to reach you: while you take new mentees, "
        "your profile needs a booking link or a contact form; answer one of these questions, or "
        "answer 'No' to 'Taking new mentees?'"]
    booking = next(element for element in FORM["body"] if element.get("id") == "contact-calendar")
    assert booking["attributes"]["description"].endswith(
        "While you take new mentees, answer this or **Contact form**: it is how mentees reach "
        "you.")


def test_a_program_with_its_own_request_form_asks_for_no_channel():
    program = load_program(None, request_form="https://forms.example.org/request?m={mentor}")
    result = profile_from_issue(body(**{**ANSWERS, "contact_form": None}), "zoe-m", program,
                                TODAY, {})
    assert problems(result) == [] and result.text is not None
    form = yaml.safe_load(render_form(program))
    booking = next(element for element in form["body"] if element.get("id") == "contact-calendar")
    assert "While you take new mentees" not in booking["attributes"]["description"]


def test_warnings_do_not_stop_the_profile():
    result = convert(body(**{**ANSWERS, "skills": "Kubernets\nPython\npython"}))
    assert result.text is not None
    assert problems(result) == [
        "Skills, item 1: 'Kubernets' looks like 'Kubernetes'; write 'Kubernetes' if that is what "
        "you mean; it is listed as Kubernetes until then",
        "Skills, item 3: 'python' is listed twice (also item 2); remove one of them",
    ]


HOSTILE = {
    "newline in a one-line answer": (
        {"headline": "Engineer\nadmin: true"}, ["Headline: must be on one line"]),
    "colon and hash": ({"headline": "Lead: payments # and more"}, []),
    "anchor and alias": ({"headline": "&anchor x", "pronouns": "*alias"}, []),
    "python tag": ({"headline": "!!python/object/apply:os.system ['id']"}, []),
    "document marker": ({"headline": "---", "bio": "---\nname: Mallory\n..."}, []),
    "html": ({"name": "<script>alert(1)</script>"}, []),
    "yaml flow syntax": ({"headline": "{github: mallory}", "languages": "[en], {x: y}"},
                         ["Languages, item 1: '[en]' is not an ISO 639-1 language code or English "
                          "name; write a two-letter code such as 'en' or 'pt'",
                          "Languages, item 2: '{x: y}' is not an ISO 639-1 language code or English "
                          "name; write a two-letter code such as 'en' or 'pt'"]),
    "very long text": ({"bio": "word " * 1000},
                       ["Bio: is 4,999 characters long; the limit is 2,000; shorten it"]),
    "longer than a profile file may be": (
        {"bio": "é" * 40000},
        ["Bio: file is 80,289 bytes; the limit is 65,536; this field takes 80,006 of them: "
         "shorten it"]),
    "text-direction override": (
        {"name": "Ada \u202eelpmaxE"},
        ["Name: contains the invisible text-direction character U+202E; remove it: such characters "
         "can make text display differently from what it is"]),
    "control character": ({"headline": "a\x00b"}, ["Headline: contains control characters; "
                                                   "remove them"]),
    "path in the id": (
        {"profile_id": "../../.github/workflows/x"},
        ["Profile id: '../../.github/workflows/x' is not a valid id; use lowercase letters, "
         "digits and single hyphens, at most 64 characters, such as 'ada-example'"]),
    "reserved id": ({"profile_id": "index"},
                    ["Profile id: 'index' is reserved for the site's own pages; choose another id"]),
    "empty required answers": (
        {"name": "", "timezone": "", "languages": "", "skills": "", "goals": []},
        ["Name: this question needs an answer; fill it in",
         "Time zone: this question needs an answer; fill it in",
         "Languages: this question needs an answer; fill it in",
         "Skills: this question needs an answer; fill it in",
         "Goals: this question needs an answer; tick at least one box"]),
}


@pytest.mark.parametrize("answers, expected", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_answers_give_a_safe_file_or_a_clear_problem(answers, expected):
    result = convert(body(**{**ANSWERS, **answers}))
    assert [line for line in problems(result) if "looks like" not in line] == expected
    if expected:
        assert result.text is None
        return
    # The file holds exactly the answers, as text, and passes the same checks as any profile.
    root, load_problems = loader.load("mentors/x.yml", result.text.encode())
    assert load_problems == []
    profile, check_problems = check_profile("mentors/x.yml", root, default_program(), TODAY)
    assert [p for p in check_problems if p.is_error] == []
    assert profile.github == "zoe-m"
    data = yaml.safe_load(result.text)
    for key, value in answers.items():
        if key in ("headline", "name", "pronouns"):
            assert data[key] == value
        if key == "bio":
            assert data[key] == value.strip()


def test_a_box_from_an_older_form_is_named():
    # The organiser removed a goal after the issue was opened with the old form.
    text = body(**ANSWERS).replace("- [X] Job search (`job-search`)",
                                   "- [X] Job search (`job-search`)\n- [X] Mentoring (`mentoring`)")
    assert problems(convert(text)) == [
        "Goals, item 2: 'mentoring' is not in the program's goals list; use one of: "
        + ", ".join(entry.id for entry in default_program().goals)]


def test_a_heading_typed_in_an_answer_cannot_reopen_an_earlier_question():
    text = body(**{**ANSWERS, "bio": "About me\n\n### Name\n\nMallory\n\n### Headline\n\nx"})
    answers = parse_body(text)
    assert answers["Name"] == "Zoë Müller"
    assert answers["Bio"] == "About me\n\n### Name\n\nMallory\n\n### Headline\n\nx"
    assert parse_body(text.replace("\n", "\r\n")) == answers


def test_the_id_is_the_authors_existing_profile_or_made_from_the_name():
    assert slug("Zoë Müller") == "zoe-muller"
    assert slug("  Ana-Lúcia  O'Brien ") == "ana-lucia-o-brien"
    assert slug("李小龙") == ""
    assert convert(body(**{**ANSWERS, "name": "李小龙"}), author="Li-X").profile_id == "li-x"
    # Updating: the author's file, whatever the name says now, even if the id asked for is theirs.
    existing = {"zoe": "Zoe-M", "bea": "bea"}
    result = convert(body(**{**ANSWERS, "name": "Zoë M."}), existing=existing)
    assert (result.profile_id, result.updates) == ("zoe", True)
    result = convert(body(**ANSWERS, profile_id="zoe"), existing=existing)
    assert (result.profile_id, result.updates, problems(result)) == ("zoe", True, [])
    assert problems(convert(body(**ANSWERS, profile_id="zoe-two"), existing=existing)) == [
        "Profile id: you already have a profile, mentors/zoe.yml; leave the profile id empty to "
        "update it"]
    # Someone else's file is never the target.
    assert problems(convert(body(**ANSWERS, profile_id="bea"))) == []
    assert problems(convert(body(**ANSWERS, profile_id="bea"), existing={"bea": "bea"})) == [
        "Profile id: mentors/bea.yml is another mentor's profile; choose another id"]
    assert problems(convert(body(**ANSWERS), existing={"zoe-muller": None})) == [
        "Profile id: the id made from your name, 'zoe-muller', is already taken; choose your own "
        "profile id"]


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator.cli", "from-issue", *args], cwd=cwd,
                          capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"})


def test_command_line_writes_the_profile_and_the_pull_request_text(tmp_path):
    (tmp_path / "mentors").mkdir()
    (tmp_path / "mentors" / "ada.yml").write_text(VALID_PROFILE)
    (tmp_path / "issue.md").write_text(body(**ANSWERS))
    result = run("--body", "issue.md", "--author", "zoe-m", "--number", "12", "--message",
                 "pr.md", cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, "mentors/zoe-muller.yml\n", "")
    written = (tmp_path / "mentors" / "zoe-muller.yml").read_text()
    assert written.startswith("# yaml-language-server: $schema=../schema/mentor.schema.json\n"
                              "name: Zoë Müller\ngithub: zoe-m\n")
    assert (tmp_path / "pr.md").read_text() == (
        "Adds `mentors/zoe-muller.yml` for @zoe-m, from the form in #12. The profile passed "
        "`mentors validate`; its `github:` line names the issue's author.\n\n"
        "Maintainers: check that nothing in it looks wrong, then merge.\n\n"
        "Closes #12\n")
    validate = subprocess.run([sys.executable, "-m", "generator.cli", "validate"], cwd=tmp_path,
                              capture_output=True, text=True)
    assert validate.stdout == "2 valid profiles.\n"

    # Ada's own issue updates her existing file.
    (tmp_path / "issue.md").write_text(body(**{**ANSWERS, "name": "Ada E."}))
    result = run("--body", "issue.md", "--author", "ADA-example", "--message", "pr.md",
                 cwd=tmp_path)
    assert result.stdout == "mentors/ada.yml\n"
    assert "name: Ada E.\ngithub: ADA-example\n" in (tmp_path / "mentors" / "ada.yml").read_text()
    assert (tmp_path / "pr.md").read_text().startswith("Updates `mentors/ada.yml` for @ADA-example")


def test_command_line_explains_what_to_fix_and_writes_nothing(tmp_path):
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: x\nsite_url: https://example-org.github.io/mentors/\n")
    (tmp_path / "issue.md").write_text(body(**{**ANSWERS, "timezone": "Europe/Berln",
                                               "profile_id": "../x"}))
    result = run("--body", "issue.md", "--author", "zoe-m", "--message", "comment.md",
                 cwd=tmp_path)
    assert (result.returncode, result.stderr) == (1, "")
    assert result.stdout.splitlines() == [
        "Time zone: 'Europe/Berln' is not a time zone in the IANA database; did you mean "
        "'Europe/Berlin'?",
        "Profile id: '../x' is not a valid id; use lowercase letters, digits and single hyphens, "
        "at most 64 characters, such as 'ada-example'",
    ]
    assert (tmp_path / "comment.md").read_text() == (
        "Thank you for filling in the form! A few answers need changing before your profile can "
        "be added:\n\n```text\n" + result.stdout + "```\n\n"
        "To change them, edit this issue: open the **···** menu at the top right of it, choose "
        "**Edit**, change those answers and select **Update comment**. Your answers are checked "
        "again as soon as you save. The [profile guide]"
        "(https://example-org.github.io/mentors/profiles/) explains every field.\n")
    assert sorted(path.name for path in tmp_path.rglob("*")) == ["comment.md", "issue.md",
                                                                 "mkdocs.yml"]

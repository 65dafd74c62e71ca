"""Reading a form tool's CSV export of applications: headers, encodings, choices, and the exact
message for each bad value."""

from generator.applications import QUESTIONS, questions_markdown, read_applications
from generator.program import default_program

PROGRAM = default_program()
HEADER = ",".join(question.header for question in QUESTIONS)
GOOD = ("Ana Example,ana@example.org,\"Technical growth, Negotiation\",Kubernets,Mid-level,"
        "\"English, pt\",Lagos,\"Trans, non-binary or gender-diverse, First generation\","
        "must,one-on-one,\"Evenings, 17:00 to 22:00; mornings\",")


def read(text: str, bom: bool = False):
    data = text.encode("utf-8")
    return read_applications((b"\xef\xbb\xbf" if bom else b"") + data, "apps.csv", PROGRAM)


def messages(result) -> list[str]:
    return [problem.text() for problem in result.problems]


def test_answers_become_the_programs_ids():
    result = read(f"{HEADER}\n{GOOD}\n", bom=True)
    (application,) = result.applications
    assert (application.goals, application.languages, application.timezone) == (
        ("technical-growth", "negotiation"), ("en", "pt"), "Africa/Lagos")
    assert application.experiences == ("gender-diverse", "first-generation")
    assert (application.must_share, application.format) == (True, "one-on-one")
    assert application.availability == ("evenings", "mornings")
    assert application.windows == ((7, 12), (17, 22))  # in the order of the choices
    assert [skill.id for skill in application.skills] == ["kubernetes"]
    assert messages(result) == ["apps.csv:2:4: warning: Skills wanted: 'Kubernets' looks like "
                                "'Kubernetes'; write 'Kubernetes' if that is what you mean; it "
                                "is listed as Kubernetes until then"]


def test_headers_match_without_case_marks_or_spacing_and_through_aliases():
    header = HEADER.replace("Your email address", "Email Address *").replace(
        "Time zone", "  time ZONE: ").replace("Your name", "Name")
    result = read(f"Timestamp,{header}\n2027-01-12,{GOOD}\n")
    assert [application.email for application in result.applications] == ["ana@example.org"]
    assert result.ignored_columns == ["Timestamp"]


def test_the_shipped_header_wins_over_a_form_tools_own_column():
    result = read(f"Email,{HEADER}\nanonymous,{GOOD}\n")
    assert result.problems[1:] == [] and result.ignored_columns == ["Email"]


def test_two_alias_columns_for_one_question_are_an_error():
    header = HEADER.replace("Your email address", "Email")
    result = read(f"E-mail,{header}\nx,{GOOD}\n")
    assert messages(result) == [
        "apps.csv:1:3: error: columns 1 ('E-mail') and 3 ('Email') could both be 'Your email "
        "address'; rename the one that holds the answers to 'Your email address'"]
    assert result.applications == []


def test_a_missing_required_column_names_the_columns_found():
    result = read("Your name,Goals\nAna,Negotiation\n")
    assert messages(result)[0] == (
        "apps.csv:1:1: error: no column for the required question 'Your email address'; the "
        "columns are: 'Your name', 'Goals'")


def test_semicolons_as_separators_and_a_later_answer_replaces_an_earlier_one():
    text = HEADER.replace(",", ";") + "\n" + ";".join([
        "Ana", "ana@example.org", "Negotiation", "", "Student", "en", "UTC+2", "", "", "", "",
        ""]) + "\n\n" + ";".join(["Ana E.", "ANA@example.org", "Confidence", "", "Student",
                                   "en", "GMT-5", "", "", "", "", ""]) + "\n"
    result = read(text)
    assert [(a.row, a.name, a.timezone) for a in result.applications] == [
        (4, "Ana E.", "Etc/GMT+5")]
    assert result.unused == {2: "replaced by row 4, a later answer from the same email address"}
    assert result.empty_rows == 1


def test_each_bad_value_is_reported_by_row_and_column():
    bad = ("Bo,bo-at-example.org,\"Negotiation, Promotion\",,Senior,Klingon,Mars/Base,,"
           "maybe,,teatime,")
    result = read(f"{HEADER}\n{GOOD}\n{bad}\n")
    assert messages(result) [1:] == [
        "apps.csv:3:2: error: Your email address: 'bo-at-example.org' is not an email address",
        "apps.csv:3:3: error: Goals: 'Promotion' is not in the program's goals list; did you "
        "mean 'promotion-readiness'?",
        "apps.csv:3:6: error: Languages: 'Klingon' is not an ISO 639-1 language code or English "
        "name; write a two-letter code such as 'en' or 'pt'",
        "apps.csv:3:7: error: Time zone: 'Mars/Base' is not a time zone in the IANA database; "
        "write a zone name such as 'Europe/Berlin' or 'America/Sao_Paulo' (the list: "
        "https://en.wikipedia.org/wiki/List_of_tz_database_time_zones)",
        "apps.csv:3:9: error: Shared experience importance: 'maybe' is not one of the choices; "
        "use one of: 'prefer', 'must'",
        "apps.csv:3:11: error: Availability: 'teatime' is not one of the choices; use one of: "
        "'daytime', 'mornings', 'afternoons', 'evenings'",
    ]
    assert list(result.unused) == [3]
    assert result.unused[3].startswith("Your email address: 'bo-at-example.org' is not an email "
                                       "address; Goals: 'Promotion'")


def test_too_many_goals_and_empty_required_answers():
    row = ",,\"Negotiation, Confidence, Job search, Networking\",,,en,Lagos,,,,,"
    assert messages(read(f"{HEADER}\n{row}\n")) == [
        "apps.csv:2:1: error: Your name: is empty; this question needs an answer",
        "apps.csv:2:2: error: Your email address: is empty; this question needs an answer",
        "apps.csv:2:3: error: Goals: lists 4 goals; the limit is 3; ask the applicant which "
        "matter most",
        "apps.csv:2:5: error: Career stage: is empty; this question needs an answer",
    ]


def test_files_that_are_not_utf8_csv():
    assert messages(read_applications(b"\xff\xfeY\x00", "apps.csv", PROGRAM)) == [
        "apps.csv:1:1: error: file is UTF-16 text, not UTF-8; export it again as CSV with UTF-8 "
        "encoding"]
    assert messages(read_applications(b"Your name\nJos\xe9\n", "apps.csv", PROGRAM)) == [
        "apps.csv:2:1: error: file is not UTF-8 text (byte 0xe9); export it again as CSV with "
        "UTF-8 encoding"]
    assert messages(read_applications(b"", "apps.csv", PROGRAM)) == [
        "apps.csv:1:1: error: file is empty; export the form's responses as CSV"]


def test_the_questions_page_lists_every_choice_and_the_header():
    page = questions_markdown(PROGRAM)
    assert "3. **Goals** (checkboxes, required): Which goals matter most to you right now? " \
           "Choose 1 to 3.\n    - Getting started in tech\n" in page
    assert "    - Trans, non-binary or gender-diverse\n" in page
    assert page.endswith(f"```csv\n{HEADER}\n```\n")

"""The safe loader: structure is refused with located problems, scalars stay as written."""

import time

import pytest
import yaml

from generator import loader
from generator.loader import MAX_BYTES, Mapping, Refused, Scalar, Sequence, load, parse


def messages(data: bytes) -> list[str]:
    root, problems = load("mentors/x.yml", data)
    assert root is None
    return [problem.text() for problem in problems]


def test_scalars_stay_text_with_positions():
    root, problems = load("x.yml", b"languages: [no, en]\nid: 012345\nat: 12:30\nok: 'yes'\n")
    assert problems == []
    assert isinstance(root, Mapping)
    languages = root.entries["languages"][1]
    assert isinstance(languages, Sequence)
    assert [item.value for item in languages.items] == ["no", "en"]
    assert root.entries["id"][1] == Scalar("012345", 2, 5, plain=True)
    assert root.entries["at"][1].value == "12:30"
    assert root.entries["ok"][1] == Scalar("yes", 4, 5, plain=False)


def test_nodes_know_where_they_are_written_for_edits():
    text = "\ufeffname: Zoë\navailability: {accepting: true}  # note\nskills:\n  - Go\n"
    root, problems = load("x.yml", text.encode())
    assert problems == []
    body = text[1:]  # offsets are in the text after the byte order mark
    name, availability = root.entries["name"][1], root.entries["availability"][1]
    assert body[slice(*name.span)] == "Zoë"
    assert body[slice(*availability.span)] == "{accepting: true}"
    accepting = availability.entries["accepting"][1]
    assert body[slice(*accepting.span)] == "true"
    assert root.entries["skills"][1].span[0] == body.index("- Go")


def test_billion_laughs_is_refused_at_the_first_anchor():
    data = b'a: &a ["lol","lol"]\nb: &b [*a,*a]\nc: &c [*b,*b]\n'
    assert messages(data)[:2] == [
        "mentors/x.yml:1:4: error: a: anchors like '&a' are not allowed; write each value out in "
        "full",
        "mentors/x.yml:2:4: error: b: anchors like '&b' are not allowed; write each value out in "
        "full",
    ]


def test_duplicate_keys_name_both_lines():
    assert messages(b"name: Ada\nheadline: x\nname: Bea\n") == [
        "mentors/x.yml:3:1: error: name: appears twice (first on line 1); keep one of them"
    ]
    assert messages(b"contact:\n  form: x\n  form: y\n") == [
        "mentors/x.yml:3:3: error: contact.form: appears twice (first on line 2); keep one of them"
    ]


@pytest.mark.parametrize("data, expected", [
    (b"name: !!python/object/apply:os.system ['id']\n",
     "mentors/x.yml:1:7: error: name: tags like 'tag:yaml.org,2002:python/object/apply:os.system' "
     "are not allowed; remove the tag; write plain values"),
    (b"name: !custom Ada\n",
     "mentors/x.yml:1:7: error: name: tags like '!custom' are not allowed; remove the tag; write "
     "plain values"),
    (b"skills:\n  - Go\n  - !!str Rust\n",
     "mentors/x.yml:3:5: error: skills[2]: tags like 'tag:yaml.org,2002:str' are not allowed; "
     "remove the tag; write plain values"),
])
def test_tags_are_refused(data, expected):
    assert messages(data) == [expected]


@pytest.mark.parametrize("data, expected", [
    (b"name: Ada\nheadline: caf\xe9\n",
     "mentors/x.yml:2:14: error: headline: file is not UTF-8 text (byte 0xe9); save the file with "
     "UTF-8 encoding"),
    (b"name: Z\xc3\xab\nbio: |\n  Hello\n  S\xe3o Paulo\n",
     "mentors/x.yml:4:4: error: bio: file is not UTF-8 text (byte 0xe3); save the file with UTF-8 "
     "encoding"),
    (b"# caf\xe9\nname: Ada\n",
     "mentors/x.yml:1:6: error: file is not UTF-8 text (byte 0xe9); save the file with UTF-8 "
     "encoding"),
])
def test_non_utf8_names_the_line_and_the_field_it_is_in(data, expected):
    assert messages(data) == [expected]


@pytest.mark.parametrize("mark, encoding", [(b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16"),
                                            (b"\xff\xfe\x00\x00", "UTF-32")])
def test_other_unicode_encodings_are_named(mark, encoding):
    assert messages(mark + "name: Ada\n".encode("utf-16-le")) == [
        f"mentors/x.yml:1:1: error: file is {encoding} text, not UTF-8; save the file with UTF-8 "
        "encoding"
    ]


def test_utf8_bom_is_accepted():
    root, problems = load("x.yml", "\ufeffname: Zoë\n".encode())
    assert problems == [] and root.entries["name"][1].value == "Zoë"


def test_size_cap_names_the_largest_field():
    bio = b"bio: |\n  " + b"a" * MAX_BYTES + b"\n"
    data = b"name: Ada\n" + bio + b"headline: x\n"
    assert messages(data) == [
        f"mentors/x.yml:2:1: error: bio: file is {len(data):,} bytes; the limit is {MAX_BYTES:,}; "
        f"this field takes {len(bio):,} of them: shorten it"
    ]
    assert messages(b"[" + b"a, " * MAX_BYTES + b"]\n") == [
        f"mentors/x.yml:1:1: error: file is {3 * MAX_BYTES + 3:,} bytes; the limit is "
        f"{MAX_BYTES:,}; a profile needs far less: shorten the bio"
    ]


def test_deep_nesting_is_refused_without_recursion():
    data = b"a: " + b"[" * 5000 + b"]" * 5000 + b"\n"
    assert messages(data) == [
        "mentors/x.yml:1:7: error: a[1][1][1]: values are nested more than 4 levels deep; "
        "profiles need at most two levels, as in 'availability: capacity: 2'"
    ]


def test_deep_nesting_is_refused_without_reading_on():
    # libyaml's time grows with the square of the depth: parsing all of this took 12 seconds.
    start = time.perf_counter()
    [problem] = messages(b"[" * MAX_BYTES)
    assert "values are nested more than 4 levels deep" in problem
    assert time.perf_counter() - start < 1


@pytest.mark.parametrize("data", [
    b"[" * 1200,
    b"name: Ada\nskills:\n  - " + b"{a: [x, " * 1100,
    b"key: " + b"['s', {'k': " * 700,
])
def test_deep_nesting_reads_the_same_with_any_libyaml_or_none(monkeypatch, data):
    # libyaml 0.2.6 refuses 1,000 levels before the loader sees them; the pure-Python parser
    # has no such cap, and gives the same events.
    found = messages(data)
    monkeypatch.setattr(loader, "_Loader", yaml.SafeLoader)
    assert messages(data) == found
    assert len(found) == 1 and "values are nested more than 4 levels deep" in found[0]


@pytest.mark.parametrize("data", [b"", b"   \n", b"# only a comment\n"])
def test_empty_file(data):
    assert messages(data) == [
        "mentors/x.yml:1:1: error: file is empty; start from the example in the profile guide"
    ]


@pytest.mark.parametrize("data", [b"- a\n- b\n", b"just text\n"])
def test_top_level_must_be_a_mapping(data):
    assert messages(data) == [
        "mentors/x.yml:1:1: error: the file must be a mapping of fields like 'name: Ada'; start "
        "from the example in the profile guide"
    ]


@pytest.mark.parametrize("data, expected", [
    (b"name: Ada\nheadline: Staff Engineer: payments\n",
     "mentors/x.yml:2:25: error: headline: YAML syntax error: mapping values are not allowed in "
     "this context; if the value contains ': ', put the whole value in quotes"),
    (b'name: Ada\nheadline: "Staff\nbio: x\n',
     "mentors/x.yml:2:11: error: headline: YAML syntax error: found unexpected end of stream; the "
     "quote that starts here is never closed"),
    (b"name: Ada\nheadline x\nbio: y\n",
     "mentors/x.yml:2:1: error: YAML syntax error: could not find expected ':'; each field needs "
     "the form 'key: value'"),
    (b'name: "Ada \\ud800"\n',
     "mentors/x.yml:1:14: error: name: YAML syntax error: found invalid Unicode character escape "
     "code; write the character itself instead of a \\u escape"),
])
def test_syntax_errors_name_the_line_where_the_mistake_starts(data, expected):
    assert messages(data) == [expected]


@pytest.mark.parametrize("data, expected", [
    # One space too many: the parser's own message names ': ' in a value, and the field above.
    (b"name: Ada\navailability:\n  accepting: true\n   capacity: 3\n",
     "mentors/x.yml:4:1: error: availability.capacity: line 4 is indented more than the line "
     "above it; start 'capacity:' in the same column as 'accepting:' on line 3"),
    (b"name: Ada\n headline: Engineer\n",
     "mentors/x.yml:2:1: error: headline: line 2 is indented more than the line above it; start "
     "'headline:' in the same column as 'name:' on line 1"),
    (b"name: Ada\navailability:\n  accepting: true\n capacity: 3\n",
     "mentors/x.yml:4:1: error: availability.capacity: line 4 is indented less than the line "
     "above it; start 'capacity:' in the same column as 'accepting:' on line 3"),
    # Curly quotes pasted from a word processor are not quotes to YAML.
    ("name: Ada\nheadline: “Staff Engineer: payments”\n".encode(),
     "mentors/x.yml:2:11: error: headline: the value starts with the curly quote '“', which YAML "
     "does not read as a quote; type straight quotes instead: headline: \"Staff Engineer: "
     "payments\""),
    ("name: Ada\nheadline: ‘Lead: “platform” team’\n".encode(),
     "mentors/x.yml:2:11: error: headline: the value starts with the curly quote '‘', which YAML "
     "does not read as a quote; type straight quotes instead: headline: \"Lead: “platform” "
     "team\""),
    # A tab is named on its own line, in the field it is in (not the one above).
    (b"name: Ada\n\theadline: Engineer\n",
     "mentors/x.yml:2:1: error: headline: line 2 is indented with a tab; indent with spaces: YAML "
     "does not read a tab as indentation"),
    (b"name: Ada\navailability:\n\tcapacity: 3\n",
     "mentors/x.yml:3:1: error: availability.capacity: line 3 is indented with a tab; indent with "
     "spaces: YAML does not read a tab as indentation"),
    (b"skills:\n  - Go\n\t- Rust\n",
     "mentors/x.yml:3:1: error: skills[2]: line 3 is indented with a tab; indent with spaces: YAML "
     "does not read a tab as indentation"),
])
def test_common_syntax_mistakes_say_what_to_fix(data, expected):
    assert messages(data) == [expected]


def test_every_syntax_error_is_reported_and_the_rest_is_read():
    text = ("name: Ada\nheadline: Lead: payments\n\tpronouns: she/her\nbio: x\nbio: y\n"
            "location: &here Berlin\n")
    parsed = parse("mentors/x.yml", text.encode())
    assert [problem.text() for problem in parsed.problems] == [
        "mentors/x.yml:2:15: error: headline: YAML syntax error: mapping values are not allowed "
        "in this context; if the value contains ': ', put the whole value in quotes",
        "mentors/x.yml:3:1: error: pronouns: line 3 is indented with a tab; indent with spaces: "
        "YAML does not read a tab as indentation",
        "mentors/x.yml:5:1: error: bio: appears twice (first on line 4); keep one of them",
        "mentors/x.yml:6:11: error: location: anchors like '&here' are not allowed; write each "
        "value out in full",
    ]
    # The fields are all there; the values on the lines rewritten to read on are not read.
    entries = parsed.root.entries
    assert list(entries) == ["name", "headline", "pronouns", "bio", "location"]
    assert isinstance(entries["headline"][1], Refused) and isinstance(entries["pronouns"][1], Refused)
    assert entries["bio"][1].value == "x"
    assert load("mentors/x.yml", text.encode())[0] is None  # never taken for the file itself


def test_a_syntax_error_that_cannot_be_read_past_stops_the_reading():
    parsed = parse("mentors/x.yml", b"name: [\n")
    assert parsed.root is None
    assert [problem.text() for problem in parsed.problems] == [
        "mentors/x.yml:2:1: error: name[1]: YAML syntax error: did not find expected node content; "
        "check the indentation and quotes on this line and the one before"]


def test_many_syntax_errors_are_read_past_up_to_a_limit():
    start = time.perf_counter()
    parsed = parse("mentors/x.yml", b"name: Ada\n" + b"a: b: c\n" * 7000)
    assert time.perf_counter() - start < 1
    assert parsed.root is None
    syntax = [problem for problem in parsed.problems if "YAML syntax error" in problem.message]
    assert len(syntax) == loader.MAX_SYNTAX_ERRORS + 1


def test_second_document_is_refused():
    assert messages(b"name: Ada\n---\nname: Bea\n") == [
        "mentors/x.yml:2:1: error: file holds more than one YAML document; remove the '---' line "
        "and everything after it that is a second profile"
    ]


def test_control_characters_are_a_located_error():
    assert messages(b"name: Ada\nheadline: a\x07b\n") == [
        "mentors/x.yml:2:12: error: headline: contains the control character U+0007; remove it; "
        "profiles are plain text"
    ]


def test_a_refused_character_does_not_hide_other_problems():
    assert messages(b"name: Ada\x00\nname: Bea\n") == [
        "mentors/x.yml:1:10: error: name: contains the control character U+0000; remove it; "
        "profiles are plain text",
        "mentors/x.yml:2:1: error: name: appears twice (first on line 1); keep one of them",
    ]

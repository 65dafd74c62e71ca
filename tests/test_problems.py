"""Problems as printed: whatever a file quotes, its invisible characters are shown, never obeyed."""

import pytest

from generator.problems import Problem, visible


@pytest.mark.parametrize("text, shown", [
    ("Zoë 李 🧑\u200d💻", "Zoë 李 🧑\\u200d💻"),
    ("ada\u202eelpmaxe", "ada\\u202eelpmaxe"),
    ("x\n::error::forged", "x\\n::error::forged"),
    ("red \x1b[31m", "red \\x1b[31m"),
    ("line\u2028separator", "line\\u2028separator"),
])
def test_visible_escapes_control_format_and_separator_characters(text, shown):
    assert visible(text) == shown


def test_a_quoted_value_cannot_start_a_new_line_or_annotation():
    problem = Problem("mentors/a\nb.yml", 2, 9, "'fay\n::error::Approved' is not a GitHub login",
                      "git\u200bhub", "write a login\u202e")
    assert problem.text() == (
        "mentors/a\\nb.yml:2:9: error: git\\u200bhub: 'fay\\n::error::Approved' is not a GitHub "
        "login; write a login\\u202e")
    assert problem.github_annotation() == (
        "::error file=mentors/a\\nb.yml,line=2,col=9,title=mentor profile%3A git\\u200bhub::"
        "'fay\\n::error::Approved' is not a GitHub login; write a login\\u202e")

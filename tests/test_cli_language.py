"""The `mentors` command speaks the site's language (`theme.language` in mkdocs.yml), where it has
a catalogue: mentors who fix their profile in a browser read its messages on pull requests and
issues. The catalogues are filled in by translators; here a stand-in for Spanish marks every
message it is asked for, so the test sees exactly which words went through it."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel import Locale
from babel.support import NullTranslations

from generator import cli, translation
from generator.program import load_program
from generator.translation import SOURCE_LANGUAGE, Catalogue

from conftest import VALID_PROFILE

# A profile with three mistakes: a value, a list too short and a misspelt key.
BROKEN = (VALID_PROFILE.replace("Europe/Berlin", "Mars/Olympus")
          .replace("languages: [en, Portuguese]", "languages: []") + "skils: [x]\n")
ZONE_HINT = ("write a zone name such as 'Europe/Berlin' or 'America/Sao_Paulo' (the list: "
             "https://en.wikipedia.org/wiki/List_of_tz_database_time_zones)")


class Marked(NullTranslations):
    """A catalogue that 'translates' each message by putting it between « and »."""

    def gettext(self, message: str) -> str:
        return f"«{message}»"

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return f"«{singular if n == 1 else plural}»"


@pytest.fixture(autouse=True)
def english_afterwards():
    """The command sets the language for the whole process: each test leaves it as it was."""
    yield
    translation.use(SOURCE_LANGUAGE)


@pytest.fixture
def spanish(monkeypatch):
    """Spanish, with the marking catalogue in place of the (still empty) real one."""
    real = translation.catalogue
    monkeypatch.setattr(translation, "catalogue", lambda language: Catalogue(
        language, Locale.parse("es"), Marked(), True) if language == "es" else real(language))


def site(tmp_path: Path, theme: str) -> Path:
    """A program whose mkdocs.yml has the `theme` given, with one broken profile."""
    (tmp_path / "mkdocs.yml").write_text(f"site_name: Fixture\ntheme: {theme}\n")
    (tmp_path / "mentors").mkdir()
    (tmp_path / "mentors" / "ada-example.yml").write_text(BROKEN)
    return tmp_path


def validate(project: Path, monkeypatch, capsys) -> list[str]:
    """`mentors validate` run as a pull request's check runs it: its output lines."""
    monkeypatch.chdir(project)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    assert cli.main(["validate", "--summary", "summary.md"]) == 1
    return capsys.readouterr().out.splitlines()


def test_validate_speaks_the_site_language(tmp_path, monkeypatch, capsys, spanish):
    project = site(tmp_path, "{name: material, language: es}")
    assert validate(project, monkeypatch, capsys) == [
        "mentors/ada-example.yml:5:11: «error»: timezone: «'Mars/Olympus' is not a time zone in "
        f"the IANA database»; «{ZONE_HINT}»",
        "::error file=mentors/ada-example.yml,line=5,col=11,title=«mentor profile»%3A timezone::"
        f"«'Mars/Olympus' is not a time zone in the IANA database»; «{ZONE_HINT}»",
        "mentors/ada-example.yml:6:12: «error»: languages: «must list at least 1 «language»»",
        "::error file=mentors/ada-example.yml,line=6,col=12,title=«mentor profile»%3A languages::"
        "«must list at least 1 «language»»",
        "mentors/ada-example.yml:12:1: «error»: skils: «unknown key»; «did you mean 'skills'?»",
        "::error file=mentors/ada-example.yml,line=12,col=1,title=«mentor profile»%3A skils::"
        "«unknown key»; «did you mean 'skills'?»",
        "«0 valid profiles»; ««3 errors» in «1 file»».",
    ]
    summary = (project / "summary.md").read_text().splitlines()
    assert summary[0] == "## «Mentor profiles»"
    assert "- «Line 12», `skils`: «unknown key». «did you mean 'skills'?»." in summary
    assert summary[-1] == "«The [profile guide](docs/profiles.md) explains every field.»"


@pytest.mark.parametrize("theme", [
    "{name: material}",  # no language: MkDocs' default, English
    "{name: material, language: de}",  # a language without a catalogue
    "{name: material, language: zz}",  # no such language
    "material",
])
def test_a_site_without_a_catalogue_gets_english_as_before(tmp_path, monkeypatch, capsys, theme):
    project = site(tmp_path, theme)
    assert validate(project, monkeypatch, capsys) == [
        "mentors/ada-example.yml:5:11: error: timezone: 'Mars/Olympus' is not a time zone in the "
        f"IANA database; {ZONE_HINT}",
        "::error file=mentors/ada-example.yml,line=5,col=11,title=mentor profile%3A timezone::"
        f"'Mars/Olympus' is not a time zone in the IANA database; {ZONE_HINT}",
        "mentors/ada-example.yml:6:12: error: languages: must list at least 1 language",
        "::error file=mentors/ada-example.yml,line=6,col=12,title=mentor profile%3A languages::"
        "must list at least 1 language",
        "mentors/ada-example.yml:12:1: error: skils: unknown key; did you mean 'skills'?",
        "::error file=mentors/ada-example.yml,line=12,col=1,title=mentor profile%3A skils::"
        "unknown key; did you mean 'skills'?",
        "0 valid profiles; 3 errors in 1 file.",
    ]
    assert (project / "summary.md").read_text().splitlines()[-1] == (
        "The [profile guide](docs/profiles.md) explains every field.")


def test_the_issue_form_comment_speaks_the_site_language(tmp_path, monkeypatch, capsys, spanish):
    """What the "Profile from issue" workflow posts when an answer needs changing."""
    project = site(tmp_path, "{name: material, language: es}")
    (project / "issue.md").write_text("### Name\n\nZoe Example\n\n### Headline\n\nEngineer\n\n"
                                      "### Time zone\n\nMars/Olympus\n")
    monkeypatch.chdir(project)
    assert cli.main(["from-issue", "--body", "issue.md", "--author", "zoe-example",
                     "--message", "comment.md"]) == 1
    comment = (project / "comment.md").read_text()
    assert comment.startswith("«Thank you for filling in the form! A few answers need changing "
                              "before your profile can be added:»\n\n```text\n")
    # The form's questions name the answers, as the (English) form shows them.
    assert "Time zone: «'Mars/Olympus' is not a time zone in the IANA database»; " \
           f"«{ZONE_HINT}»\n" in comment
    assert "Languages: «this question needs an answer»; «fill it in»\n" in comment
    # A profile's rule, said in the form's words (issue_form.py recognises it in any language).
    assert "Booking link, Contact form: «no way for mentees to reach you: while you take new " \
           "mentees, your profile needs a booking link or a contact form»; «answer one of these " \
           "questions, or answer 'No' to 'Taking new mentees?'»\n" in comment
    assert comment.endswith("as soon as you save.» «The [profile guide](docs/profiles.md) "
                            "explains every field.»\n")
    assert "Languages: «this question needs an answer»; «fill it in»" in \
        capsys.readouterr().out.splitlines()


def test_the_lists_are_read_in_the_site_language_too(tmp_path, monkeypatch, capsys):
    """A Spanish label ("Crecimiento técnico", as the site shows it) names a goal in Spanish."""
    project = site(tmp_path, "{name: material, language: es}")
    monkeypatch.chdir(project)
    label = load_program(None, language="es").entry("goals", "technical-growth").label
    assert cli.main(["new", "--no-input", "--name", "Bea Example", "--github", "bea-example",
                     "--headline", "Staff engineer", "--timezone", "Europe/Berlin",
                     "--languages", "en", "--skills", "python", "--goals", label,
                     "--calendar", "https://cal.example.org/bea"]) == 0, capsys.readouterr()
    assert "technical-growth" in (project / "mentors" / "bea-example.yml").read_text("utf-8")

"""The `mentors` command as a contributor runs it."""

import shutil
import subprocess
import sys
from datetime import date
from importlib.metadata import version
from pathlib import Path

import pytest

from generator import cli

from conftest import CONTACT, VALID_PROFILE

REPO = Path(__file__).resolve().parent.parent
MENTORS = shutil.which("mentors", path=str(Path(sys.executable).parent)) or "mentors"


def run(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([MENTORS, *args], cwd=cwd, capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", **(env or {})})


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "mentors").mkdir()
    (tmp_path / "mentors" / "ada-example.yml").write_text(VALID_PROFILE)
    return tmp_path


def test_validate_reports_all_files_and_exits_1(project):
    (project / "mentors" / "bea.yml").write_text(
        VALID_PROFILE.replace("ada-example", "bea").replace("skills:", "skils:"))
    (project / "mentors" / "cy.yml").write_text("name: &a x\n")
    result = run("validate", cwd=project)
    assert result.returncode == 1
    assert result.stderr == ""
    assert result.stdout.splitlines() == [
        "mentors/bea.yml:2:1: error: skills: required field is missing; add a line like "
        "'skills: [Kubernetes, Go]'",
        "mentors/bea.yml:7:1: error: skils: unknown key; did you mean 'skills'?",
        "mentors/cy.yml:1:7: error: name: anchors like '&a' are not allowed; write each value out "
        "in full",
        "1 valid profile; 3 errors in 2 files.",
    ]


def test_validate_clean_folder_exits_0(project):
    result = run("validate", cwd=project)
    assert (result.returncode, result.stdout) == (0, "1 valid profile.\n")


@pytest.mark.parametrize("name, expected", [
    ("bea.yaml", "mentors/bea.yaml:1:1: error: profile files end in '.yml', not '.yaml'; rename "
     "it to 'bea.yml'"),
    ("bea.YML", "mentors/bea.YML:1:1: error: profile files end in '.yml', not '.YML'; rename it "
     "to 'bea.yml'"),
])
def test_a_file_named_on_the_command_line_meets_the_folder_rules(project, name, expected):
    (project / "mentors" / name).write_text(VALID_PROFILE.replace("ada-example", "bea"))
    in_folder = run("validate", cwd=project)
    assert (in_folder.returncode, in_folder.stdout.splitlines()) == (
        1, [expected, "1 valid profile; 1 error in 1 file."])
    named = run("validate", f"mentors/{name}", cwd=project)
    assert (named.returncode, named.stdout.splitlines()) == (
        1, [expected, "0 valid profiles; 1 error in 1 file."])


def test_validate_prints_github_annotations_in_actions(project):
    (project / "mentors" / "ada-example.yml").write_text(VALID_PROFILE + "skils: [x]\n")
    result = run("validate", "mentors/ada-example.yml", cwd=project,
                 env={"GITHUB_ACTIONS": "true"})
    assert result.stdout.splitlines()[:2] == [
        "mentors/ada-example.yml:12:1: error: skils: unknown key; did you mean 'skills'?",
        "::error file=mentors/ada-example.yml,line=12,col=1,title=mentor profile%3A skils::"
        "unknown key; did you mean 'skills'?",
    ]


def test_validate_uses_the_program_lists_from_mkdocs_yml(project):
    (project / "mkdocs.yml").write_text(
        "site_name: x\nmarkdown_extensions:\n  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
        "plugins:\n  - mentor-directory:\n      program:\n        goals:\n          remove: "
        "[technical-growth]\n")
    result = run("validate", cwd=project)
    assert result.stdout.splitlines()[0].startswith(
        "mentors/ada-example.yml:10:30: error: goals[2]: 'technical-growth' is not in the "
        "program's goals list; use one of: getting-started,")


def test_validate_knows_the_programs_request_form(project):
    (project / "mentors" / "ada-example.yml").write_text(VALID_PROFILE.replace(CONTACT, ""))
    result = run("validate", cwd=project)
    assert (result.returncode, result.stdout.splitlines()[0]) == (1, (
        "mentors/ada-example.yml:2:1: error: contact: no way for mentees to reach you: a profile "
        "that accepts mentees needs a contact form, a booking link or an email address; add one "
        "under 'contact:', such as 'form: https://forms.example.org/ada', or set 'accepting: "
        "false' under 'availability:' until you have one"))
    (project / "mkdocs.yml").write_text("plugins:\n  - mentor-directory:\n      request_form: "
                                        "https://forms.example.org/ask?mentor={mentor}\n")
    assert run("validate", cwd=project).stdout == "1 valid profile.\n"


def test_shared_frame_is_an_option_the_commands_accept(project):
    (project / "mkdocs.yml").write_text("plugins:\n  - mentor-directory:\n      shared_frame: false\n")
    assert run("validate", cwd=project).stdout == "1 valid profile.\n"


def test_session_folders_are_an_option_the_commands_accept(project):
    (project / "mkdocs.yml").write_text("plugins:\n  - mentor-directory:\n      sessions: [meetups]\n")
    assert run("validate", cwd=project).stdout == "1 valid profile.\n"
    (project / "mkdocs.yml").write_text("plugins:\n  - mentor-directory:\n      sessions: meetups\n")
    assert run("validate", cwd=project).stderr == (
        "mentors: error: mkdocs.yml: mentor-directory option 'sessions' must be a list of names\n")


def test_bad_program_settings_are_a_clear_error(project):
    (project / "mkdocs.yml").write_text(
        "plugins:\n  - mentor-directory:\n      program:\n        goals:\n          add: []\n")
    result = run("validate", cwd=project)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == ("mentors: error: program.goals: use 'extend:', 'replace:' or "
                             "'remove:' (see the organiser guide)\n")


@pytest.mark.parametrize("config, message", [
    ("plugins:\n  - mentor-directory:\n      colour: red\n",
     "mentors: error: mkdocs.yml: unknown mentor-directory option 'colour'\n"),
    ("plugins:\n  - mentor-directory\n  colour: [\n",
     "mentors: error: mkdocs.yml:3:3: YAML syntax error: expected <block end>, but found '?'\n"),
    ("plugins:\n  - mentor-directory:\n      stale_after_days: soon\n",
     "mentors: error: mkdocs.yml: mentor-directory option 'stale_after_days' must be a whole "
     "number\n"),
    ("plugins:\n  - mentor-directory: [mentors]\n", "mentors: error: mkdocs.yml: the "
     "mentor-directory options must be a mapping, such as 'stale_after_days: 365'\n"),
    ("plugins:\n  - mentor-directory:\n      shared_frame: 'no'\n",
     "mentors: error: mkdocs.yml: mentor-directory option 'shared_frame' must be true or false\n"),
])
def test_mistakes_in_the_settings_are_a_clear_error(project, config, message):
    (project / "mkdocs.yml").write_text(config)
    result = run("validate", cwd=project)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", message)


def test_a_mistake_in_the_code_is_a_crash_with_a_traceback(project, monkeypatch, capsys):
    def broken(args):
        return int("twelve")  # a programming error, nothing the user did

    monkeypatch.setattr(cli, "_stats", broken)
    monkeypatch.chdir(project)
    assert cli.main(["stats"]) == 70
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "Traceback (most recent call last):"
    assert err[-2:] == [
        "ValueError: invalid literal for int() with base 10: 'twelve'",
        "mentors: internal error: this is a bug in the mentors command, not a mistake in your "
        "files or settings; please report it, with the traceback above",
    ]


def test_new_writes_a_valid_profile_without_questions(project):
    result = run("new", "--no-input", "--name", "Zoë Müller", "--github", "@zoe-m", "--headline",
                 "Data engineer", "--timezone", "Europe/Zurich", "--languages", "de, English",
                 "--skills", "Python, dbt", "--goals", "job-search, Confidence",
                 "--calendar", "cal.example.org/zoe", cwd=project)
    assert result.returncode == 0, result.stderr
    path = project / "mentors" / "zoe-muller.yml"
    text = path.read_text()
    assert text.startswith("# yaml-language-server: $schema=../schema/mentor.schema.json\n")
    assert "github: zoe-m\nheadline: Data engineer\n" in text
    assert "languages: [de, en]\nskills: [Python, dbt]\ngoals: [job-search, confidence]\n" in text
    assert "contact:\n  calendar: https://cal.example.org/zoe\nlast_confirmed: " in text
    assert run("validate", str(path), cwd=project).stdout == "1 valid profile.\n"


def test_new_without_input_reports_every_problem_at_once(project):
    result = run("new", "--no-input", "--name", "X", "--github", "https://github.com/x/payments",
                 "--timezone", "Europe/Berln", "--goals", "career change, promotion", cwd=project)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.splitlines() == [
        "mentors: error: --github: 'https://github.com/x/payments' is not a GitHub login; that is "
        "the address of a repository; write your login, the part after github.com/, such as "
        "'ada-example'",
        "mentors: error: --headline is required",
        "mentors: error: --timezone: 'Europe/Berln' is not a time zone in the IANA database; did "
        "you mean 'Europe/Berlin'?",
        "mentors: error: --languages is required",
        "mentors: error: --skills is required",
        "mentors: error: --goals: 'promotion' is not in the program's goals list; did you mean "
        "'promotion-readiness'?",
        "mentors: error: --form, --calendar or --email is required: a profile that accepts "
        "mentees needs a way for them to reach you",
        "mentors: no profile written: give or change the answers above",
    ]
    assert list((project / "mentors").iterdir()) == [project / "mentors" / "ada-example.yml"]


def test_new_reads_answers_piped_in(project):
    answers = ["Ada Two", "ada-two", "Engineer", "Europe/Lisbon", "pt, English", "Go",
               "career change, Technical Growth", "", "", "", "ada.two@example.org"]
    result = subprocess.run([MENTORS, "new"], cwd=project, capture_output=True, text=True,
                            input="\n".join(answers) + "\n", env={"PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    text = (project / "mentors" / "ada-two.yml").read_text()
    assert "goals: [career-change, technical-growth]\ncontact:\n  email: ada.two@example.org\n" \
        in text
    # Mentees reach mentors through the program's own form: no contact is needed.
    (project / "mkdocs.yml").write_text("plugins:\n  - mentor-directory:\n      request_form: "
                                        "https://forms.example.org/ask?mentor={mentor}\n")
    result = subprocess.run([MENTORS, "new", "--id", "bea"], cwd=project, capture_output=True,
                            text=True, input="\n".join(answers[:8]) + "\n",
                            env={"PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert "contact" not in (project / "mentors" / "bea.yml").read_text()


def test_new_says_which_answers_the_piped_input_ended_before(project):
    result = subprocess.run([MENTORS, "new", "--name", "Ada Two"], cwd=project,
                            capture_output=True, text=True, input="ada-two\nEngineer\n",
                            env={"PATH": "/usr/bin:/bin"})
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "mentors: error: --timezone is required: the answers ended before it",
        "mentors: error: --languages is required: the answers ended before it",
        "mentors: error: --skills is required: the answers ended before it",
        "mentors: error: --goals is required: the answers ended before it",
        "mentors: error: --form, --calendar or --email is required: a profile that accepts "
        "mentees needs a way for them to reach you",
        "mentors: no profile written: give or change the answers above",
    ]


def test_new_reports_a_wrong_piped_answer_and_reads_the_next_for_the_next_question(project):
    answers = ["Ada Two", "ada-two", "Engineer", "Europe/Lisbn", "pt", "Go", "confidence", "", "",
               "cal.example.org/ada-two", ""]
    result = subprocess.run([MENTORS, "new"], cwd=project, capture_output=True, text=True,
                            input="\n".join(answers) + "\n", env={"PATH": "/usr/bin:/bin"})
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "mentors: error: --timezone: 'Europe/Lisbn' is not a time zone in the IANA database; did "
        "you mean 'Europe/Lisbon'?",
        "mentors: no profile written: give or change the answers above",
    ]


def test_new_asks_again_until_an_answer_is_valid(project, monkeypatch, capsys):
    answers = iter(["Ada Two", "@ada-two", "Engineer", "Mars/Olympus", "Europe/Lisbon", "pt",
                    "Go", "promotion", "Promotion readiness", "", "", "", "",
                    "", "calendly.com/ada-two", "", "mock interviews, sponsorship", "2 days",
                    "2"])
    prompts = []
    monkeypatch.setattr("builtins.input", lambda prompt: prompts.append(prompt) or next(answers))
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.chdir(project)
    assert cli.main(["new"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "  'Mars/Olympus' is not a time zone in the IANA database; write a zone name such as " \
           "'Europe/Berlin' or 'America/Sao_Paulo' (the list: " \
           "https://en.wikipedia.org/wiki/List_of_tz_database_time_zones)" in out
    # The goals are listed with their labels, and asked again after a wrong one.
    goals = [prompt.splitlines() for prompt in prompts if prompt.startswith("goals:")]
    assert len(goals) == 2
    assert goals[0][:3] == ["goals: What you can help mentees with. Choose one or more, by id or "
                            "label:", "  getting-started         Getting started in tech",
                            "  career-change           Changing careers"]
    assert goals[0][-1] == "goals: "
    assert "  'promotion' is not in the program's goals list; did you mean " \
           "'promotion-readiness'?" in out
    # No way to be reached: the three contact questions are asked again.
    assert out.count("How can mentees reach you? Give at least one of the next three.") == 1
    assert "  mentees need a way to reach you: give at least one of the three." in out
    assert "  'mock interviews' is not" not in out  # labels are taken for ids
    assert "  '2 days' is not a whole number; write digits only, without quotes, such as 3" in out
    assert prompts[-6:-3] == ["contact.form: Contact form. (optional, Enter to skip) ",
                            "contact.calendar: Booking link for a first call. (optional, Enter "
                            "to skip) ",
                            "contact.email: Email address (public). (optional, Enter to skip) "]
    text = (project / "mentors" / "ada-two.yml").read_text()
    assert "github: ada-two\n" in text and "goals: [promotion-readiness]\n" in text
    assert "contact:\n  calendar: https://calendly.com/ada-two\n" in text
    assert "offers: [mock-interviews, sponsorship]\nresponds_within: 2\n" in text


def test_new_explains_every_option(project):
    result = run("new", "--help", cwd=project)
    assert "--goals GOALS         What you can help mentees with. Comma-separated ids or" in \
        result.stdout
    assert "--pronouns PRONOUNS   How to refer to you. Such as 'she/her'; optional." in \
        result.stdout


def test_stale_lists_and_pauses_profiles(project):
    (project / "mentors" / "old.yml").write_text(
        VALID_PROFILE.replace("ada-example", "old-login") + "last_confirmed: 2020-01-02\n")
    older = (VALID_PROFILE.replace("ada-example", "older-login")
             + "availability: {capacity: 3}\nlast_confirmed: 2019-05-06\n...\n")
    (project / "mentors" / "older.yml").write_bytes(older.replace("\n", "\r\n").encode())
    (project / "mkdocs.yml").write_text(
        "plugins:\n  - mentor-directory:\n      stale_after_days: 365\n")
    listed = run("stale", "--format", "markdown", cwd=project)
    assert listed.returncode == 0
    assert listed.stdout.splitlines()[-1].startswith(
        "- [ ] @old-login: `mentors/old.yml`, last confirmed 2020-01-02 (")
    assert "more than 365 days" in listed.stdout
    paused = run("stale", "--pause", cwd=project)
    assert paused.returncode == 0
    older_days = (date.today() - date(2019, 5, 6)).days
    old_days = (date.today() - date(2020, 1, 2)).days
    assert paused.stdout.splitlines() == [
        f"mentors/older.yml: set 'accepting: false' (@older-login, last confirmed 2019-05-06 "
        f"({older_days} days ago))",
        f"mentors/old.yml: set 'accepting: false' (@old-login, last confirmed 2020-01-02 "
        f"({old_days} days ago))",
        "Paused 2 profiles: they show as not accepting mentees, and are no longer listed as "
        "stale.",
    ]
    assert (project / "mentors" / "old.yml").read_text().endswith(
        "last_confirmed: 2020-01-02\navailability:\n  accepting: false\n")
    assert (project / "mentors" / "older.yml").read_bytes() == older.replace(
        "{capacity: 3}", "{accepting: false, capacity: 3}").replace("\n", "\r\n").encode()
    assert run("validate", cwd=project).returncode == 0
    # Paused, they need no reminder and no second pause.
    assert run("stale", cwd=project).stdout == "No stale profiles.\n"
    assert run("stale", "--pause", cwd=project).stdout == "No profile to pause.\n"


@pytest.mark.parametrize("days", ["-5", "0", "soon"])
def test_stale_refuses_a_number_of_days_below_one(project, days):
    result = run("stale", "--older-than", days, cwd=project)
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == (
        f"mentors stale: error: argument --older-than: '{days}' is not a number of days: write a "
        "whole number of 1 or more, such as 365")


def test_version_is_the_installed_package_version(project):
    result = run("--version", cwd=project)
    assert (result.returncode, result.stdout) == (0, f"mentors {version('mentor-directory')}\n")


def test_conflicts_lists_profiles_left_out_for_an_account_that_has_one(project):
    result = run("conflicts", cwd=project)
    assert (result.returncode, result.stdout) == (
        0, "No two profiles name the same GitHub account.\n")
    assert run("conflicts", "--format", "markdown", cwd=project).stdout == ""
    (project / "mentors" / "ada-two.yml").write_text(VALID_PROFILE)
    (project / "mentors" / "broken.yml").write_text("name: [\n")  # for validate, not listed here
    result = run("conflicts", cwd=project)
    assert (result.returncode, result.stdout) == (0, (
        "mentors/ada-two.yml:3:1: warning: github: 'ada-example' already has a profile: "
        "mentors/ada-example.yml; each person keeps one profile; update that file instead\n"))

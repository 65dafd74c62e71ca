"""Loading a folder of profiles: ids from file names, cross-file checks, dates from git."""

import subprocess
import time
from datetime import date
from pathlib import Path

from generator.directory import Conflict, Mentor, load_directory
from generator.profile import Profile
from generator.program import default_program

from conftest import TODAY, VALID_PROFILE


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def load(folder: Path):
    directory, problems = load_directory([folder / "mentors"], default_program(),
                                         relative_to=folder, today=TODAY)
    return directory, [problem.text() for problem in problems]


def test_all_files_are_reported_and_valid_ones_kept(tmp_path):
    mentors = tmp_path / "mentors"
    mentors.mkdir()
    write(mentors, "ada.yml", VALID_PROFILE)
    write(mentors, "bea.yml", VALID_PROFILE.replace("ada-example", "bea") + "skils: []\n")
    write(mentors, "cy.yml", "name: [\n")
    write(mentors, "README.md", "Profiles live here.\n")
    directory, problems = load(tmp_path)
    assert [mentor.id for mentor in directory.mentors] == ["ada"]
    assert problems == [
        "mentors/bea.yml:12:1: error: skils: unknown key; did you mean 'skills'?",
        "mentors/cy.yml:2:1: error: name[1]: YAML syntax error: did not find expected node "
        "content; check the indentation and quotes on this line and the one before",
    ]


def test_a_syntax_error_does_not_hide_the_rest_of_the_file(tmp_path):
    mentors = tmp_path / "mentors"
    mentors.mkdir()
    write(mentors, "ada.yml", VALID_PROFILE.replace("Europe/Berlin", "Europe/Berln")
          .replace("technical-growth", "technical-grwth")
          + "availability:\n  accepting: true\n   capacity: three\npronouns: [she, her]\n"
          "formats: [one-to-one]\n")
    directory, problems = load(tmp_path)
    assert directory.mentors == ()
    assert problems == [
        "mentors/ada.yml:5:11: error: timezone: 'Europe/Berln' is not a time zone in the IANA "
        "database; did you mean 'Europe/Berlin'?",
        "mentors/ada.yml:10:30: error: goals[2]: 'technical-grwth' is not in the program's goals list; "
        "did you mean 'technical-growth'?",
        # Line 14's value is left unread: the line itself is the mistake to fix first.
        "mentors/ada.yml:14:1: error: availability.capacity: line 14 is indented more than the "
        "line above it; start 'capacity:' in the same column as 'accepting:' on line 13",
        "mentors/ada.yml:15:11: error: pronouns: must be text, not a list",
        "mentors/ada.yml:16:11: error: formats[1]: 'one-to-one' is not in the program's formats "
        "list; did you mean 'one-on-one'?",
    ]


def test_file_names_become_ids_and_bad_ones_are_named(tmp_path):
    mentors = tmp_path / "mentors"
    mentors.mkdir()
    write(mentors, "Ada Example.yml", VALID_PROFILE)
    write(mentors, "index.yml", VALID_PROFILE.replace("ada-example", "someone"))
    write(mentors, "bea.yaml", VALID_PROFILE)
    write(mentors, "Bjørn Łæstad.yml", VALID_PROFILE.replace("ada-example", "bjorn"))
    directory, problems = load(tmp_path)
    assert directory.mentors == ()
    assert problems == [
        "mentors/Ada Example.yml:1:1: error: file name 'Ada Example.yml' is not a valid profile "
        "id; rename it to 'ada-example.yml': lowercase letters, digits and single hyphens, at "
        "most 64 characters",
        "mentors/Bjørn Łæstad.yml:1:1: error: file name 'Bjørn Łæstad.yml' is not a valid profile "
        "id; rename it to 'bjorn-laestad.yml': lowercase letters, digits and single hyphens, at "
        "most 64 characters",
        "mentors/bea.yaml:1:1: error: profile files end in '.yml', not '.yaml'; rename it to "
        "'bea.yml'",
        "mentors/index.yml:1:1: error: 'index' is reserved and cannot be a profile id; rename the "
        "file after yourself, such as 'ada-example.yml'",
    ]


def test_one_profile_per_github_login(tmp_path):
    mentors = tmp_path / "mentors"
    mentors.mkdir()
    write(mentors, "ada.yml", VALID_PROFILE)
    write(mentors, "ada-again.yml", VALID_PROFILE.replace("github: ada-example", "github: Ada-Example"))
    directory, problems = load(tmp_path)
    assert [mentor.id for mentor in directory.mentors] == ["ada-again"]
    assert problems == [
        "mentors/ada.yml:3:1: error: github: 'ada-example' already has a profile: "
        "mentors/ada-again.yml; each person keeps one profile; update that file instead"
    ]


def test_symbolic_links_are_refused_without_reading_their_target(tmp_path):
    mentors = tmp_path / "mentors"
    mentors.mkdir()
    write(tmp_path, "secret.yml", VALID_PROFILE)
    (mentors / "ada.yml").symlink_to(tmp_path / "secret.yml")
    (mentors / "bea.yml").symlink_to(tmp_path / "missing.yml")
    (mentors / "notes.md").symlink_to(tmp_path / "secret.yml")
    directory, problems = load(tmp_path)
    assert directory.mentors == ()
    assert problems == [
        f"mentors/{name}.yml:1:1: error: is a symbolic link, not a profile file; put the profile "
        "itself in the folder" for name in ("ada", "bea")]
    _, problems = load_directory([mentors / "ada.yml"], default_program(), relative_to=tmp_path)
    assert [problem.message for problem in problems] == ["is a symbolic link, not a profile file"]


def test_a_file_shows_its_first_problems_and_counts_the_rest(tmp_path):
    mentors = tmp_path / "mentors"
    mentors.mkdir()
    write(mentors, "ada.yml", VALID_PROFILE + "".join(f"extra{n}: x\n" for n in range(25)))
    _, problems = load(tmp_path)
    assert len(problems) == 21
    assert problems[19].startswith("mentors/ada.yml:31:1: error: extra19: unknown key")
    assert problems[20] == ("mentors/ada.yml:32:1: error: 5 more problems in this file, from this "
                            "line on, are not shown; fix the ones above and check again")


def git(folder: Path, *args: str, when: str | None = None, authored: str | None = None) -> None:
    """Runs git; `when` dates the commit, `authored` gives it another author date."""
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "PATH": "/usr/bin:/bin"}
    if when:
        env.update(GIT_AUTHOR_DATE=authored or when, GIT_COMMITTER_DATE=when)
    subprocess.run(["git", *args], cwd=folder, env=env, check=True, capture_output=True)


def test_confirmed_date_falls_back_to_the_last_commit(tmp_path):
    mentors = tmp_path / "mentors"
    mentors.mkdir()
    git(tmp_path, "init", "-q")
    write(mentors, "ada.yml", VALID_PROFILE)
    write(mentors, "bea.yml", VALID_PROFILE.replace("ada-example", "bea"))
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "first", when="2026-01-02T10:00:00Z")
    write(mentors, "bea.yml", VALID_PROFILE.replace("ada-example", "bea") + "pronouns: she/her\n")
    git(tmp_path, "commit", "-qam", "second", when="2026-05-06T10:00:00Z")
    write(mentors, "cy.yml", VALID_PROFILE.replace("ada-example", "cy")
          + "last_confirmed: 2026-07-08\n")
    directory, problems = load(tmp_path)
    assert problems == []
    assert {mentor.id: mentor.confirmed for mentor in directory.mentors} == {
        "ada": date(2026, 1, 2), "bea": date(2026, 5, 6), "cy": date(2026, 7, 8)}


def test_of_two_profiles_for_one_account_the_one_added_first_stays(tmp_path):
    mentors = tmp_path / "mentors"
    mentors.mkdir()
    git(tmp_path, "init", "-q", "--initial-branch=main")
    write(mentors, "zed.yml", VALID_PROFILE)
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "zed first", when="2026-03-01T10:00:00Z")
    # A pull request's own commits may claim any date; its merge commit adds its files.
    git(tmp_path, "switch", "-qc", "pull-request", "HEAD")
    write(mentors, "bea.yml", VALID_PROFILE.replace("github: ada-example", "github: ADA-example"))
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "dated long ago", when="2020-01-01T10:00:00Z")
    git(tmp_path, "switch", "-q", "main")
    git(tmp_path, "merge", "-q", "--no-ff", "-m", "merge", "pull-request",
        when="2026-03-02T10:00:00Z")
    write(mentors, "ada.yml", VALID_PROFILE)  # not committed yet: the newest of all
    directory, problems = load(tmp_path)
    assert [mentor.id for mentor in directory.mentors] == ["zed"]
    assert problems == [
        "mentors/ada.yml:3:1: error: github: 'ada-example' already has a profile: "
        "mentors/zed.yml; each person keeps one profile; update that file instead",
        "mentors/bea.yml:3:1: error: github: 'ADA-example' already has a profile: "
        "mentors/zed.yml; each person keeps one profile; update that file instead",
    ]
    assert directory.conflicts == (
        Conflict("ADA-example", "mentors/zed.yml", "mentors/bea.yml", 3, 1),
        Conflict("ada-example", "mentors/zed.yml", "mentors/ada.yml", 3, 1))
    # When publishing, the same files are left out, as warnings.
    directory, found = load_directory([mentors], default_program(), relative_to=tmp_path,
                                      today=TODAY, conflicts="leave-out")
    assert [mentor.id for mentor in directory.mentors] == ["zed"]
    assert [problem.text() for problem in found] == [
        line.replace(": error: ", ": warning: ") for line in problems]


def test_in_a_repository_without_commits_files_go_by_name(tmp_path):
    mentors = tmp_path / "mentors"
    mentors.mkdir()
    git(tmp_path, "init", "-q")
    write(mentors, "bea.yml", VALID_PROFILE)
    write(mentors, "ada.yml", VALID_PROFILE)
    directory, problems = load(tmp_path)
    assert [mentor.id for mentor in directory.mentors] == ["ada"]
    assert [problem.split(": error: ")[0] for problem in problems] == ["mentors/bea.yml:3:1"]


def test_a_file_with_an_error_claims_no_account(tmp_path):
    mentors = tmp_path / "mentors"
    mentors.mkdir()
    write(mentors, "Ada.yml", VALID_PROFILE)
    write(mentors, "ada-example.yml", VALID_PROFILE)
    directory, problems = load(tmp_path)
    assert [mentor.id for mentor in directory.mentors] == ["ada-example"]
    assert [line.split(": error: ")[1][:28] for line in problems] == [
        "file name 'Ada.yml' is not a"]


def test_initials():
    def initials(name: str) -> str:
        profile = Profile(name=name, github="x", headline="h", timezone="UTC", languages=("en",),
                          skills=("s",), goals=("confidence",))
        return Mentor("x", "x.yml", profile, None, ()).initials

    assert [initials(n) for n in ("Ada Example", "Zoë", "Mary-Jane van der Berg", "李 小龙")] == [
        "AE", "Z", "MB", "李小"]


def test_a_later_load_reads_again_the_files_that_changed_and_only_those(tmp_path, monkeypatch):
    """As `mkdocs serve` loads before each build: a file whose inode, size and times are those it
    had when read is known without reading it; one rewritten, even to the same size, is read."""
    from generator import directory as loading

    monkeypatch.setattr(loading, "UNSETTLED_NS", 200_000_000)
    mentors = tmp_path / "mentors"
    mentors.mkdir()
    ada = write(mentors, "ada.yml", VALID_PROFILE)
    write(mentors, "bea.yml", VALID_PROFILE.replace("ada-example", "bea-example"))
    time.sleep(0.3)  # older than the file system's times can tell apart
    checks = loading.Checks()

    def headlines() -> dict[str, str]:
        directory, problems = load_directory([mentors], default_program(), relative_to=tmp_path,
                                             today=TODAY, checks=checks)
        assert problems == []
        return {mentor.id: mentor.profile.headline for mentor in directory.mentors}

    assert headlines() == {"ada": "Staff Engineer, payments", "bea": "Staff Engineer, payments"}
    assert sorted(checks.read) == [str(ada), str(mentors / "bea.yml")]
    ada.write_text(VALID_PROFILE.replace("payments", "paymentz"), encoding="utf-8")
    assert headlines() == {"ada": "Staff Engineer, paymentz", "bea": "Staff Engineer, payments"}
    # Read a moment after it was written: the next load reads it again, whatever its status says.
    assert sorted(checks.read) == [str(mentors / "bea.yml")]

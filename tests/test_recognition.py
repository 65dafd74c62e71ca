"""The "Our mentors" page's figures, read from a real repository's first-parent history."""

from datetime import date

from generator.directory import load_directory
from generator.history import read_history
from generator.program import default_program
from generator.recognition import recognised

from conftest import TODAY, VALID_PROFILE
from test_directory import git


def mentees(count: int, recognition: bool = True) -> str:
    return (VALID_PROFILE + f"availability:\n  mentees: {count}\n"
            + ("recognition: true\n" if recognition else ""))


def test_years_and_mentees_come_from_the_merged_history(tmp_path):
    mentors = tmp_path / "mentors"
    mentors.mkdir()
    git(tmp_path, "init", "-q", "-b", "main")
    for count, when in ((1, "2023-05-02T10:00:00Z"), (2, "2024-01-10T10:00:00Z"),
                        (0, "2024-09-01T10:00:00Z"), (1, "2025-03-01T10:00:00Z")):
        (mentors / "ada.yml").write_text(mentees(count))
        (mentors / "bo.yml").write_text(mentees(count, recognition=False)
                                        .replace("ada-example", "bo"))
        git(tmp_path, "add", ".")
        git(tmp_path, "commit", "-qm", f"{count} mentees", when=when)
    # A branch merged with a merge commit: its own commits, with the dates its author chose,
    # are not on the first-parent chain and count for nothing.
    git(tmp_path, "switch", "-qc", "eve")
    for count in (5, 0, 5):
        (mentors / "ada.yml").write_text(mentees(count))
        git(tmp_path, "commit", "-qam", "inflate", when="2001-01-01T00:00:00Z")
    (mentors / "ada.yml").write_text(mentees(1))
    git(tmp_path, "commit", "-qam", "back", when="2001-01-01T00:00:00Z")
    git(tmp_path, "switch", "-q", "main")
    git(tmp_path, "merge", "-q", "--no-ff", "-m", "Merge", "eve", when="2026-11-20T12:00:00Z")
    history = read_history([mentors])
    directory, _ = load_directory([mentors], default_program(), relative_to=tmp_path,
                                  today=TODAY, history=history)
    found, notes = recognised(directory, history, tmp_path)
    assert notes == []
    assert [(item.mentor.id, item.since, item.mentees, item.years(TODAY)) for item in found] == [
        ("ada", date(2023, 5, 2), 3, 3)]  # 1, then up to 2, down to 0, up to 1: 3 taken on

"""Program insights on a fixture directory: coverage, hours, load and gaps, exactly."""

import json

from generator.directory import load_directory
from generator.insights import insights, listing, render_text, summary
from generator.pages import render_insights
from generator.program import load_program

from conftest import TODAY, VALID_PROFILE
from test_cli import run

PROGRAM = load_program({"goals": {"replace": [
    {"id": "promotion-readiness", "label": "Promotion readiness", "description": "d"},
    {"id": "negotiation", "label": "Negotiation", "description": "d"}]},
    "formats": {"replace": [{"id": "circle", "label": "Mentoring circle", "description": "d"}]},
    "stages": {"replace": [{"id": "returner", "label": "Returner", "description": "d"}]},
    "experiences": {"replace": [{"id": "women", "label": "Woman in tech", "description": "d"},
                                {"id": "first-generation", "label": "First generation",
                                 "description": "d"}]}})


def profile(login: str, zone: str, extra: str = "") -> str:
    return (VALID_PROFILE.replace("ada-example", login).replace("Europe/Berlin", zone)
            .replace("[promotion-readiness, technical-growth]", "[promotion-readiness]") + extra)


def figures(tmp_path, **profiles):
    (tmp_path / "mentors").mkdir()
    for name, text in profiles.items():
        (tmp_path / "mentors" / f"{name}.yml").write_text(text)
    directory, problems = load_directory([tmp_path / "mentors"], PROGRAM, today=TODAY)
    assert [problem for problem in problems if problem.is_error] == []
    return insights(directory)


def test_figures(tmp_path):
    result = figures(
        tmp_path,
        ana=profile("ana", "Europe/Lisbon", "formats: [circle]\navailability:\n  capacity: 3\n  mentees: 1\n"
                    "experiences: [women]\n"),
        bo=profile("bo", "Asia/Tokyo", "availability:\n  mentees: 4\nexperiences: [women]\n"),
        cy=profile("cy", "America/New_York", "availability:\n  capacity: 4\n  mentees: 4\n"),
        di=profile("di", "Europe/Lisbon", "availability:\n  accepting: false\n"))
    assert result.mentors == 4
    assert result.states == {"open": 2, "full": 1, "closed": 1, "stale": 0}
    promotion, negotiation = result.goals
    assert (promotion.mentors, promotion.accepting, promotion.open_places, promotion.unlimited) == (
        4, 2, 2, 1)
    assert (negotiation.mentors, negotiation.accepting) == (0, 0)
    assert [(row.label, row.mentors, row.accepting) for row in result.experiences] == [
        ("Woman in tech", 2, 2), ("First generation", 0, 0)]
    assert [(row.label, row.mentors, row.accepting) for row in result.languages] == [
        ("English", 4, 2), ("Portuguese", 4, 2)]
    # In November Lisbon is UTC+0 (08:00-20:00 UTC) and Tokyo UTC+9 (23:00-11:00 UTC).
    assert result.hours == [1] * 8 + [2] * 3 + [1] * 9 + [0] * 3 + [1]
    assert result.skills == [("Go", 4), ("Kubernetes", 4)]
    assert result.load == [("0", 1), ("1", 1), ("2", 0), ("3", 0), ("4", 2), ("5+", 0)]
    assert result.heavy == [("bo", "Ada Example", 4, None), ("cy", "Ada Example", 4, 4)]
    assert result.gaps == [
        "Recruit mentors who can help with negotiation: no mentor is accepting new mentees.",
        "Recruit mentors for returner mentees: no mentor is accepting new mentees.",
        "Recruit mentors who offer mentoring circle: only 1 mentor is accepting new mentees.",
        "Recruit mentors who share the lived experience First generation: no mentor is accepting "
        "new mentees.",
        "Recruit mentors whose working day covers 00:00-04:00 UTC: at some hours only 1 accepting "
        "mentor is available.",
        "Recruit mentors whose working day covers 04:00-08:00 UTC: at some hours only 1 accepting "
        "mentor is available.",
        "Recruit mentors whose working day covers 08:00-12:00 UTC: at some hours only 1 accepting "
        "mentor is available.",
        "Recruit mentors whose working day covers 12:00-16:00 UTC: at some hours only 1 accepting "
        "mentor is available.",
        "Recruit mentors whose working day covers 16:00-20:00 UTC: at some hours only 1 accepting "
        "mentor is available.",
        "Recruit mentors whose working day covers 20:00-24:00 UTC: at some hours no accepting "
        "mentor is available.",
    ]
    text = render_text(result)
    assert text.splitlines()[0] == (
        "4 mentors: 2 accepting, 1 full, 1 not accepting and 0 not confirmed recently.")
    assert "Promotion readiness        4          2       2 + unlimited" in text


def test_stats_command_prints_json(tmp_path):
    (tmp_path / "mentors").mkdir()
    (tmp_path / "mentors" / "ada.yml").write_text(VALID_PROFILE)
    result = run("stats", "--json", cwd=tmp_path)
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["mentors"] == 1 and data["states"]["open"] == 1
    assert data["goals"][3] == {"id": "promotion-readiness", "label": "Promotion readiness",
                                "mentors": 1, "accepting": 1, "open_places": 0, "unlimited": 1}


def test_over_time_from_git_history(tmp_path):
    from datetime import date

    from generator.history import read_history
    from generator.insights import over_time
    from generator.program import default_program

    from test_directory import git

    mentors = tmp_path / "mentors"
    mentors.mkdir()
    git(tmp_path, "init", "-q")
    (mentors / "ana.yml").write_text(profile("ana", "Europe/Lisbon"))
    (mentors / "README.md").write_text("Profiles.\n")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "ana", when="2026-01-10T10:00:00Z")
    (mentors / "bo.yml").write_text(profile("bo", "Asia/Tokyo", "availability:\n  capacity: 1\n  mentees: 1\n"))
    (mentors / "cy.yml").write_text("name: [broken\n")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "bo", when="2026-09-05T10:00:00Z")
    moments, skipped = over_time(read_history([mentors]), default_program(), 180,
                                 date(2026, 11, 23))
    assert skipped == []
    assert [(m.day.isoformat(), m.profiles, m.full, m.stale) for m in moments] == [
        ("2026-01-31", 1, 0, 0), ("2026-02-28", 1, 0, 0), ("2026-03-31", 1, 0, 0),
        ("2026-04-30", 1, 0, 0), ("2026-05-31", 1, 0, 0), ("2026-06-30", 1, 0, 0),
        ("2026-07-31", 1, 0, 1), ("2026-08-31", 1, 0, 1), ("2026-09-30", 2, 1, 1),
        ("2026-10-31", 2, 1, 1), ("2026-11-23", 2, 1, 1)]


def test_over_time_takes_todays_profiles_from_the_directory(tmp_path):
    """The build loads the directory once: versions whose blob it has checked are not read or
    checked again (here one is given as invalid, and the figures show it was not re-read)."""
    import subprocess
    from datetime import date

    from generator.history import read_history
    from generator.insights import over_time
    from generator.program import default_program

    from test_directory import git

    mentors = tmp_path / "mentors"
    mentors.mkdir()
    git(tmp_path, "init", "-q")
    (mentors / "ana.yml").write_text(profile("ana", "Europe/Lisbon"))
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "ana", when="2026-01-10T10:00:00Z")
    (mentors / "bo.yml").write_text(profile("bo", "Asia/Tokyo"))
    (mentors / "cy.yml").write_text("name: [broken\n")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "bo", when="2026-09-05T10:00:00Z")
    today, history = date(2026, 11, 23), read_history([mentors])
    directory, _ = load_directory([mentors], default_program(), today=today, history=history)
    blobs = {name: subprocess.run(["git", "hash-object", f"mentors/{name}"], cwd=tmp_path,
                                  capture_output=True, text=True, check=True).stdout.strip()
             for name in ("ana.yml", "bo.yml", "cy.yml")}
    assert directory.checked == {blobs["ana.yml"]: directory.mentors[0].profile,
                                 blobs["bo.yml"]: directory.mentors[1].profile,
                                 blobs["cy.yml"]: None}

    def profiles(**checked):
        moments, _ = over_time(history, default_program(), 180, today, **checked)
        return [moment.profiles for moment in moments]

    assert profiles() == profiles(checked=directory.checked) == [1] * 8 + [2] * 3
    assert profiles(checked={blobs["bo.yml"]: None}) == [1] * 11


def test_one_mentor_is_one_mentor_and_long_gap_lists_are_summarised(tmp_path):
    spoken = "[en, de, fr, es, it, pt, nl]"
    result = figures(tmp_path, ana=profile("ana", "Europe/Lisbon").replace("[en, Portuguese]",
                                                                          spoken))
    assert summary(result) == (
        "1 mentor: 1 accepting, 0 full, 0 not accepting and 0 not confirmed recently.")
    assert render_text(result).splitlines()[0] == summary(result)
    assert [gap for gap in result.gaps if "lived experience" not in gap][:5] == [
        "Recruit mentors who can help with negotiation: no mentor is accepting new mentees.",
        "Recruit mentors who can help with promotion readiness: only 1 mentor is accepting new "
        "mentees.",
        "Recruit mentors for returner mentees: no mentor is accepting new mentees.",
        "Recruit mentors who offer mentoring circle: no mentor is accepting new mentees.",
        "Recruit mentors who mentor in Dutch, English, French, German and 3 more: only 1 mentor "
        "is accepting new mentees.",
    ]


def test_lists_in_sentences():
    assert [listing(labels) for labels in (["a"], ["a", "b"], ["a", "b", "c"],
                                           ["a", "b", "c", "d", "e", "f"])] == [
        "a", "a and b", "a, b and c", "a, b, c, d and 2 more"]


def test_no_mentors_yet(tmp_path):
    result = figures(tmp_path)
    assert (summary(result), result.gaps, render_text(result)) == (
        "No mentor profiles yet.", [], "No mentor profiles yet.")


def test_the_mentors_carrying_many_mentees_stay_out_of_the_sites_search_index(tmp_path):
    """Material's search index is downloaded by every page: a list that grows with the program
    (thousands of names in a federation) is marked for it to leave out."""
    (tmp_path / "mentors").mkdir()
    (tmp_path / "mentors" / "bo.yml").write_text(
        profile("bo", "Asia/Tokyo", "availability:\n  mentees: 4\n"))
    directory, _ = load_directory([tmp_path / "mentors"], PROGRAM, today=TODAY)
    page = render_insights(directory, insights(directory), None, [], measures_link=None)
    assert ('<ul class="mdir-insights__heavy" data-search-exclude><li>Ada Example: 4 mentees '
            "(no set capacity)</li></ul>") in page

"""The matching round: optimal against brute force, every rule respected, pins, forbids,
rematching, reasons for not matching, and `mentors match` end to end on form-tool exports."""

from __future__ import annotations

import csv
import io
import itertools
import random
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from fictional_round import applications, mentors

from generator.applications import Application
from generator.matching import Pair, Pairs, Rules, open_places, propose, solve
from generator.problems import UserError
from generator.program import default_program
from generator.round_report import PAIR_COLUMNS

from sites import SAMPLE
from test_cli import REPO, run

PROGRAM = default_program()
TODAY = date(2026, 11, 30)
DATA = REPO / "tests" / "data"


def best_total(points: np.ndarray, eligible: np.ndarray, places: list[int]) -> int:
    """The greatest total points over every assignment, by trying them all."""
    options = [[None, *[column for column in range(len(places)) if eligible[row, column]]]
               for row in range(points.shape[0])]
    best = 0
    for choice in itertools.product(*options):
        taken = [column for column in choice if column is not None]
        if all(taken.count(column) <= places[column] for column in set(taken)):
            best = max(best, sum(int(points[row, column]) for row, column in enumerate(choice)
                                 if column is not None))
    return best


@pytest.mark.parametrize("seed", range(40))
def test_solve_is_optimal_against_brute_force(seed):
    rng = random.Random(seed)
    found = applications(rng, rng.randint(1, 6), PROGRAM)
    pool = mentors(rng, rng.randint(1, 4), PROGRAM)
    rules = Rules(min_overlap_hours=rng.choice([0, 2]), max_new_per_mentor=rng.choice([1, 2]))
    table = Pairs(found, pool, PROGRAM, rules, TODAY)
    places = [open_places(mentor, rules) for mentor in pool]
    chosen = solve(table.points, table.eligible, places)
    assert sum(int(table.points[row, column]) for row, column in chosen) == best_total(
        table.points, table.eligible, places)
    assert len({row for row, _ in chosen}) == len(chosen)
    assert all(table.eligible[row, column] for row, column in chosen)
    for column, count in enumerate(places):
        assert sum(1 for _, used in chosen if used == column) <= count


def test_among_equal_totals_the_most_applicants_are_matched():
    points = np.array([[0, 5], [0, 0]])
    eligible = np.array([[True, True], [True, False]])
    assert sorted(solve(points, eligible, [1, 1])) == [(0, 1), (1, 0)]


def application(row: int, **changes) -> Application:
    fields = dict(row=row, name=f"Applicant {row}", email=f"a{row}@example.org",
                  goals=("technical-growth",), skills=(), stage="mid-level", languages=("en",),
                  timezone="Europe/Berlin")
    return Application(**{**fields, **changes})


@pytest.fixture
def pool():
    return mentors(random.Random(7), 30, PROGRAM)


def test_every_rule_holds_in_a_large_random_round(pool):
    found = applications(random.Random(3), 120, PROGRAM)
    rules = Rules(max_new_per_mentor=2)
    result = propose(found, pool, PROGRAM, rules, TODAY)
    table = result.table
    new = {}
    for match in result.matches:
        row = table.applications.index(match.application)
        column = table.mentors.index(match.mentor)
        assert table.eligible[row, column]
        assert set(match.application.languages) & set(match.mentor.profile.languages)
        assert table.overlap[row, column] >= 2
        if match.application.must_share:
            assert set(match.application.experiences) & set(match.mentor.profile.experiences)
        new[match.mentor.id] = new.get(match.mentor.id, 0) + 1
    for mentor in pool:
        assert new.get(mentor.id, 0) <= open_places(mentor, rules) <= 2
    assert {load.mentor.id: load.new for load in result.loads if load.new} == new
    assert len(result.matches) + len(result.unmatched) == len(found)


def test_pins_and_forbids_are_respected(pool):
    found = [application(row) for row in range(2, 6)]
    free = propose(found, pool, PROGRAM, Rules(), TODAY)
    first = free.matches[0]
    forbidden = Rules(forbid=(Pair(first.application.email, first.mentor.id),))
    assert all((match.application.email, match.mentor.id)
               != (first.application.email, first.mentor.id)
               for match in propose(found, pool, PROGRAM, forbidden, TODAY).matches)
    other = next(mentor for mentor in pool if open_places(mentor, Rules())
                 and mentor.id != first.mentor.id and "en" in mentor.profile.languages)
    pinned = propose(found, pool, PROGRAM, Rules(pin=(Pair("A2@EXAMPLE.ORG", other.id),)), TODAY)
    match = next(match for match in pinned.matches if match.application.row == 2)
    assert (match.mentor.id, match.how) == (other.id, "pinned")


def test_a_pin_that_breaks_a_rule_is_kept_with_a_note(pool):
    mentor = next(mentor for mentor in pool if open_places(mentor, Rules())
                  and "ja" not in mentor.profile.languages)
    result = propose([application(2, languages=("ja",))], pool, PROGRAM,
                     Rules(pin=(Pair("a2@example.org", mentor.id),)), TODAY)
    assert [match.mentor.id for match in result.matches] == [mentor.id]
    assert result.notes == [f"Applicant 2 is pinned to {mentor.profile.name} although they "
                            "share no language."]


def test_pins_naming_nobody_are_refused(pool):
    with pytest.raises(UserError, match=r"^nobody@example.org: no application has this email"):
        propose([application(2)], pool, PROGRAM, Rules(pin=(Pair("nobody@example.org",
                                                                 pool[0].id),)), TODAY)
    with pytest.raises(UserError, match=r"^no-such-mentor: no mentor has this profile id$"):
        propose([application(2)], pool, PROGRAM, Rules(forbid=(Pair("a2@example.org",
                                                                    "no-such-mentor"),)), TODAY)


def test_reasons_for_not_matching_name_the_rule(pool):
    found = [application(2, languages=("zu",)),
             application(3, timezone="Pacific/Kiritimati", goals=("negotiation",)),
             application(4, experiences=("neurodivergent",), must_share=True)]
    result = propose(found, pool, PROGRAM, Rules(min_overlap_hours=12), TODAY)
    assert [reason for _, reason in result.unmatched] == [
        "no open mentor mentors in Zulu",
        "no open mentor for Negotiation in English shares 12 hours of working day with "
        "Pacific/Kiritimati",
        "no such mentor shares one of the experiences marked 'must'",
    ]


def test_an_applicant_left_out_for_want_of_places_is_told_so(pool):
    mentor = next(mentor for mentor in pool if mentor.state == "open")
    goal = mentor.profile.goals[0]
    found = [application(row, goals=(goal,), timezone=mentor.profile.timezone,
                         languages=mentor.profile.languages) for row in range(2, 6)]
    result = propose(found, [mentor], PROGRAM, Rules(max_new_per_mentor=1), TODAY)
    label = PROGRAM.entry("goals", goal).label
    assert len(result.matches) == 1
    assert {reason for _, reason in result.unmatched} == {
        f"no places left for {label}: the 1 mentor who fits is full this round"}


# --- the command, end to end -------------------------------------------------------------------

@pytest.fixture
def organiser(tmp_path: Path) -> Path:
    """A copy of the sample program's profiles and settings, and a private folder beside it."""
    site = tmp_path / "site"
    shutil.copytree(SAMPLE / "mentors", site / "mentors")
    shutil.copy(SAMPLE / "mkdocs.yml", site / "mkdocs.yml")
    (tmp_path / "private").mkdir()
    for name in ("applications-google-forms.csv", "applications-microsoft-forms.csv"):
        shutil.copy(DATA / name, tmp_path / "private" / name)
    return site


def test_google_forms_export_end_to_end(organiser):
    result = run("match", "../private/applications-google-forms.csv", cwd=organiser)
    assert result.returncode == 1  # a row could not be used
    assert result.stdout.splitlines() == [
        "../private/applications-google-forms.csv:6:4: error: Goals: 'Promotion' is not in the "
        "program's goals list; did you mean 'promotion-readiness'?",
        "../private/applications-google-forms.csv:6:7: error: Languages: 'Klingon' is not an "
        "ISO 639-1 language code or English name; write a two-letter code such as 'en' or 'pt'",
        "5 applications used, 1 row not used (listed in the report).",
        f"Matched 5 of 5; mean fit {_mean_fit(organiser)}%; most new mentees for one mentor: 1.",
        "Wrote ../private/pairs.csv and ../private/report.html. They hold personal data: keep "
        "them private.",
    ]
    pairs = list(csv.DictReader((organiser.parent / "private" / "pairs.csv").open()))
    assert [(row["mentee_email"], row["mentor_id"]) for row in pairs] == [
        ("mara.example@example.org", "chidinma-eze"),
        ("tomas.sample@example.org", "bea-villanueva"),
        ("aiko.fictional@example.org", "aoi-fujimoto"),
        ("noor.placeholder@example.org", "farhan-chowdhury"),
        ("lu.madeup@example.org", "thiago-nascimento"),
    ]
    report = (organiser.parent / "private" / "report.html").read_text()
    assert "<li>Row 6: Goals: &#39;Promotion&#39; is not in the program&#39;s goals list" in report
    assert "<td>Returning after a break</td><td>&lt;5</td>" in report


def _mean_fit(organiser: Path) -> int:
    pairs = list(csv.DictReader((organiser.parent / "private" / "pairs.csv").open()))
    return round(sum(int(row["fit_percent"]) for row in pairs) / len(pairs))


def test_microsoft_forms_export_end_to_end(organiser):
    result = run("match", "../private/applications-microsoft-forms.csv", "--output",
                 "../private/round", cwd=organiser)
    assert result.stdout.splitlines()[:3] == [
        "../private/applications-microsoft-forms.csv:5:8: error: Your email address: is empty; "
        "this question needs an answer",
        "../private/applications-microsoft-forms.csv:5:13: error: Time zone: 'Europe/Berlinn' is "
        "not a time zone in the IANA database; did you mean 'Europe/Berlin'?",
        "../private/applications-microsoft-forms.csv:6:9: error: Goals: 'Machine learning' is not "
        "in the program's goals list; use one of: getting-started, career-change, "
        "technical-growth, promotion-readiness, leadership-presence, management, staff-plus, "
        "visibility-sponsorship, job-search, negotiation, difficult-feedback, "
        "work-life-boundaries, confidence, returning-to-work, certifications, networking",
    ]
    pairs = list(csv.DictReader((organiser.parent / "private" / "round" / "pairs.csv").open()))
    assert [(row["mentee_name"], row["mentor_id"]) for row in pairs] == [
        ("Sol Example", "jamal-whitfield"), ("Ren Sample", "leyla-demir"),
        ("Ife Fictional", "chidinma-eze")]
    report = (organiser.parent / "private" / "round" / "report.html").read_text()
    assert ("Columns not used by any question: “ID”, “Start time”, “Completion time”, "
            "“Email”, “Name”, “Last modified time”.") in report


def test_explain_shows_the_best_alternatives(organiser):
    result = run("match", "../private/applications-microsoft-forms.csv", "--explain",
                 "REN.sample@example.org", cwd=organiser)
    lines = result.stdout.splitlines()[3:]
    assert lines[:3] == [
        "Ren Sample (ren.sample@example.org), row 3: matched with leyla-demir.",
        "Best fits:",
        "1. Leyla Demir (leyla-demir): fit 82%, chosen; helps with Staff and principal paths, "
        "Visibility and sponsorship; knows Data engineering; mentors this career stage; offers "
        "the preferred format; 5 hours of shared working day; speaks German, English",
    ]
    assert lines[3].startswith("2. Joaquín Ledesma (joaquin-ledesma): fit 64%, has a place left;")
    assert not (organiser.parent / "private" / "pairs.csv").exists()


def test_pin_and_forbid_on_the_command_line(organiser):
    run("match", "../private/applications-microsoft-forms.csv", "--forbid",
        "sol.example@example.org=jamal-whitfield", "--pin", "ife.fictional@example.org=hemi-parata",
        cwd=organiser)
    pairs = {row["mentee_name"]: (row["mentor_id"], row["how"]) for row in csv.DictReader(
        (organiser.parent / "private" / "pairs.csv").open())}
    assert pairs["Ife Fictional"] == ("hemi-parata", "pinned")
    assert pairs["Sol Example"][0] != "jamal-whitfield"
    result = run("match", "../private/applications-microsoft-forms.csv", "--pin", "sol",
                 cwd=organiser)
    assert (result.returncode, result.stderr) == (
        2, "mentors: error: --pin takes EMAIL=MENTOR-ID, such as ana@example.org=ada-example, "
        "not 'sol'\n")


def test_rules_file_is_checked_like_a_profile(organiser):
    rules = organiser.parent / "private" / "rules.yml"
    rules.write_text("min_overlap_hours: 3\nweights:\n  goals: 5\n  skils: 1\npin:\n"
                     "  - mentee: ren.sample@example.org\n    mentor: joaquin-ledesma\n")
    result = run("match", "../private/applications-microsoft-forms.csv", "--rules",
                 "../private/rules.yml", cwd=organiser)
    assert result.stdout.splitlines() == [
        "../private/rules.yml:4:3: error: weights.skils: unknown key; did you mean 'skills'?"]
    assert result.stderr == ("mentors: error: ../private/rules.yml has errors; fix them and run "
                             "again\n")
    rules.write_text(rules.read_text().replace("  skils: 1\n", ""))
    run("match", "../private/applications-microsoft-forms.csv", "--rules", "../private/rules.yml",
        cwd=organiser)
    pairs = {row["mentee_name"]: row["mentor_id"] for row in csv.DictReader(
        (organiser.parent / "private" / "pairs.csv").open())}
    assert pairs["Ren Sample"] == "joaquin-ledesma"


def test_rematch_changes_only_the_ended_pair(organiser):
    private = organiser.parent / "private"
    run("match", "../private/applications-google-forms.csv", cwd=organiser)
    before = list(csv.DictReader((private / "pairs.csv").open()))
    result = run("match", "../private/applications-google-forms.csv", "--current",
                 "../private/pairs.csv", "--end", "mara.example@example.org", cwd=organiser)
    assert result.returncode == 0
    after = list(csv.DictReader((private / "rematch.csv").open()))
    assert [row for row in after if row["mentee_email"] != "mara.example@example.org"] == [
        row for row in before if row["mentee_email"] != "mara.example@example.org"]
    new = next(row for row in after if row["mentee_email"] == "mara.example@example.org")
    assert new["mentor_id"] not in ("", "chidinma-eze")
    assert result.stdout.splitlines()[2].startswith(
        f"Proposed: Mara Example with {new['mentor_name']} ({new['mentor_id']}), fit ")


@pytest.mark.parametrize("output", ["content/round", "mentors", "site/x"])
def test_output_inside_the_site_is_refused(organiser, output):
    result = run("match", "../private/applications-google-forms.csv", "--output", output,
                 cwd=organiser)
    folder = {"content/round": ("the site's content", "content"),
              "mentors": ("the profiles folder", "mentors"), "site/x": ("the built site", "site")}
    what, where = folder[output]
    assert result.returncode == 2
    assert result.stderr == (
        f"mentors: error: --output {output} is inside {what} ({where}): applications are "
        "personal data and must never be published; use a private folder outside the "
        "repository\n")
    assert not (organiser / output / "pairs.csv").exists()


def test_without_the_solver_the_command_says_how_to_add_it(organiser):
    code = ("import sys; sys.modules['scipy'] = None; from generator.cli import main; "
            "sys.exit(main(['match', '../private/applications-google-forms.csv']))")
    result = subprocess.run([sys.executable, "-c", code], cwd=organiser, capture_output=True,
                            text=True)
    assert (result.returncode, result.stderr) == (
        2, "mentors: error: 'mentors match' needs the optional solver (SciPy): pip install "
        "'mentor-directory[match]', or in a clone of the repository: .venv/bin/pip install -e "
        "'.[match]'\n")


def test_an_export_without_answers_gives_an_empty_round(organiser):
    private = organiser.parent / "private"
    header = (private / "applications-google-forms.csv").read_text().splitlines()[0]
    (private / "empty.csv").write_text(header + "\n")
    result = run("match", "../private/empty.csv", cwd=organiser)
    assert (result.returncode, result.stdout.splitlines()[:2]) == (
        0, ["0 applications used.", "Matched 0 of 0; most new mentees for one mentor: 0."])
    assert (private / "pairs.csv").read_text() == ",".join(PAIR_COLUMNS) + "\n"


def test_pairs_csv_neutralises_formulas(organiser):
    private = organiser.parent / "private"
    text = (private / "applications-google-forms.csv").read_text()
    (private / "hostile.csv").write_text(text.replace("Mara Example", "=HYPERLINK(\"x\")"))
    run("match", "../private/hostile.csv", cwd=organiser)
    rows = list(csv.reader(io.StringIO((private / "pairs.csv").read_text())))
    assert rows[1][1] == "'=HYPERLINK(\"x\")"

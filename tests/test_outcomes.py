"""Cohort outcomes: the raw figures checked like profiles, suppressed before anything is written
into the repository, and a committed file that still holds a small count refused."""

import re
import shutil
from pathlib import Path

from generator.outcomes import (
    HIDDEN,
    SMALL,
    MenteeSurvey,
    Suppressed,
    load_outcomes,
    load_published,
    shown,
    shown_score,
    suppress,
    visible,
    visible_score,
)
from generator.program import default_program

from sites import build, make_site
from test_cli import run

RAW = Path(__file__).parent / "data" / "outcomes-raw.yml"


def check(tmp_path, text: str, published: bool = False):
    path = tmp_path / "outcomes.yml"
    path.write_text(text)
    loader = load_published if published else load_outcomes
    outcomes, problems = loader(path, "content/outcomes.yml", default_program())
    return outcomes, [problem.text() for problem in problems]


def test_every_mistake_is_located(tmp_path):
    outcomes, problems = check(tmp_path, """\
cohorts:
  - name: 2026 spring
    mentees: {enrolled: 10, completed: 12, promted: 3}
    mentee_survey_end: {responses: 8, confidence: 6}
""")
    assert outcomes is None
    assert problems == [
        "content/outcomes.yml:3:44: error: cohorts[1].mentees.promted: unknown key; did you "
        "mean 'promoted'?",
        "content/outcomes.yml:4:51: error: cohorts[1].mentee_survey_end.confidence: '6' is not a "
        "number from 1 to 5; write the average on the 1 to 5 scale, such as 4.2",
    ]
    _, problems = check(tmp_path, "cohorts:\n  - name: x\n    mentees: {enrolled: 10, "
                        "completed: 12}\n    mentee_survey_start: {responses: 11}\n")
    assert problems == [
        "content/outcomes.yml:3:40: error: cohorts[1].mentees.completed: is 12, more than the "
        "mentees enrolled (10); check the totals",
    ]
    _, problems = check(tmp_path, "cohorts:\n  - name: x\n    mentors: {enrolled: 10}\n"
                        "    mentor_survey_end: {responses: 11}\n")
    assert problems == [
        "content/outcomes.yml:4:24: error: cohorts[1].mentor_survey_end: is 11 answers, more "
        "than the mentors enrolled (10); check the totals",
    ]


def test_suppression_hides_small_counts_what_reveals_them_and_thin_surveys():
    outcomes, problems = load_outcomes(RAW, "raw.yml", default_program())
    assert problems == []
    published, changed = suppress(outcomes)
    assert [(item.where, item.why) for item in changed] == [
        ("cohorts[2].mentees.promoted", "is 4, fewer than 5"),
        ("cohorts[3].mentees.promoted", "is 2, fewer than 5"),
        ("cohorts[3].mentees.completed",
         "is 7: beside 9 enrolled it shows that fewer than 5 did not complete"),
        ("cohorts[3].mentee_survey_end.confidence", "is an average of 4 answers, fewer than 5"),
        ("cohorts[3].mentee_survey_end.belonging", "is an average of 4 answers, fewer than 5"),
        ("cohorts[3].mentee_survey_end.clarity", "is an average of 4 answers, fewer than 5"),
        ("cohorts[3].mentee_survey_end.felt_heard", "is an average of 4 answers, fewer than 5"),
        ("cohorts[3].mentee_survey_end.satisfaction", "is an average of 4 answers, fewer than 5"),
        ("cohorts[3].mentee_survey_end.responses", "is 4, fewer than 5"),
        ("cohorts[3].mentor_survey_end.equipped", "is an average of 3 answers, fewer than 5"),
        ("cohorts[3].mentor_survey_end.satisfaction", "is an average of 3 answers, fewer than 5"),
        ("cohorts[3].mentor_survey_end.responses", "is 3, fewer than 5"),
    ]
    pilot = published.cohorts[2]
    assert (pilot.mentees.enrolled, pilot.mentees.completed, pilot.mentees.promoted) == (
        9, HIDDEN, SMALL)
    assert pilot.mentee_survey_end == MenteeSurvey(responses=SMALL)
    assert pilot.mentee_survey_start.confidence == 3.4  # 8 answers: shown
    assert published.cohorts[1].mentors.completed == 27  # 6 did not complete: enough to show
    assert suppress(published) == (published, [])  # suppressing twice changes nothing


def test_the_command_writes_only_suppressed_figures_and_never_reads_inside_the_repository(
        tmp_path):
    (tmp_path / "program" / "content").mkdir(parents=True)
    (tmp_path / "private").mkdir()
    shutil.copy(RAW, tmp_path / "private" / "outcomes.yml")
    program = tmp_path / "program"
    result = run("outcomes", "../private/outcomes.yml", cwd=program)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:3] == [
        "Wrote docs/outcomes.yml: 3 cohorts, 12 figures suppressed:",
        "- cohorts[2].mentees.promoted: is 4, fewer than 5",
        "- cohorts[3].mentees.promoted: is 2, fewer than 5",
    ]
    written = (program / "docs" / "outcomes.yml").read_text()
    assert written.startswith("# Cohort outcomes as the Program insights page shows them, "
                              "written by 'mentors outcomes'\n")
    assert re.findall(r"^ +(?:promoted|completed|responses): (.*)$", written, re.M) == [
        "31", "6", "30", "35", "27", "26", "21",
        "37", "<5", "27", "40", "30", "29", "24",
        "hidden", "<5", "6", "8", "<5", "<5"]
    assert "4.8" not in written and "4.1\n" not in written.split("2026 spring pilot")[1]
    _, problems = load_published(program / "docs" / "outcomes.yml", "x", default_program())
    assert problems == []

    (program / "raw.yml").write_bytes(RAW.read_bytes())
    result = run("outcomes", "raw.yml", cwd=program)
    assert (result.returncode, result.stderr) == (2, (
        f"mentors: error: raw.yml is inside the repository ({program}), which is public: the "
        "raw figures include small counts; keep the file in a private folder outside it\n"))


def test_a_committed_small_count_is_refused(tmp_path):
    outcomes, problems = check(tmp_path, """\
cohorts:
  - name: 2026 spring
    mentees: {enrolled: 12, completed: 10, promoted: 3}
    mentee_survey_end: {responses: 4, confidence: 4.2}
""", published=True)
    hint = ("keep the raw figures in a file outside the repository and write this one with "
            "'mentors outcomes RAW.yml', which suppresses them")
    assert outcomes is None
    assert problems == [
        f"content/outcomes.yml:3:54: error: cohorts[1].mentees.promoted: is 3, fewer than 5, "
        f"and this file is public; {hint}",
        f"content/outcomes.yml:3:40: error: cohorts[1].mentees.completed: is 10: beside 12 "
        f"enrolled it shows that fewer than 5 did not complete, and this file is public; {hint}",
        f"content/outcomes.yml:4:51: error: cohorts[1].mentee_survey_end.confidence: is an "
        f"average of 4 answers, fewer than 5, and this file is public; {hint}",
        f"content/outcomes.yml:4:36: error: cohorts[1].mentee_survey_end.responses: is 4, fewer "
        f"than 5, and this file is public; {hint}",
    ]


def test_how_figures_show():
    assert [shown(count) for count in (None, 0, 4, 5, 31, SMALL, HIDDEN)] == [
        "not recorded", "<5", "<5", "5", "31", "<5", "hidden"]
    assert [visible(count) for count in (None, 4, 5, SMALL, HIDDEN)] == [None, None, 5, None, None]
    thin = MenteeSurvey(responses=SMALL)
    enough = MenteeSurvey(responses=5, confidence=4.5)
    assert (visible_score(thin, "confidence"), visible_score(enough, "confidence")) == (None, 4.5)
    assert shown_score(thin, "confidence") == "fewer than 5 answers"
    assert shown_score(enough, "confidence") == "4.5"
    assert shown_score(enough, "clarity") == "not recorded"
    assert shown_score(None, "clarity") == "not recorded"
    assert Suppressed(("cohorts", 0, "mentees", "promoted"), "x").where == (
        "cohorts[1].mentees.promoted")


def test_the_insights_page_shows_suppressed_figures_and_a_leaking_file_stops_the_build(tmp_path):
    folder = make_site(tmp_path / "site", {})
    result = run("outcomes", str(RAW), "--output", str(folder / "content" / "outcomes.yml"),
                 cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert build(folder, "--strict").returncode == 0
    page = (folder / "site" / "insights" / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'<figcaption id="chart-[a-z-]+-caption">(.*?)</figcaption>', page) == [
        "Mentees by cohort", "Mentors by cohort", "Confidence, mentees (1 to 5)",
        "Belonging, mentees (1 to 5)", "Clarity, mentees (1 to 5)",
        "Felt equipped, mentors (1 to 5)", "End of cohort (1 to 5)"]
    pilot = re.findall(r'<tr><th scope="row">2026 spring pilot</th>(.*?)</tr>', page)
    assert [re.findall(r"<td>(.*?)</td>", row) for row in pilot] == [
        ["9", "hidden", "not recorded", "&lt;5"], ["6", "6"], ["3.4", "fewer than 5 answers"],
        ["3.2", "fewer than 5 answers"], ["3.0", "fewer than 5 answers"],
        ["not recorded", "fewer than 5 answers"], ["fewer than 5 answers"] * 3]
    assert not (folder / "site" / "outcomes.yml").exists()

    (folder / "content" / "outcomes.yml").write_text(
        "cohorts:\n  - name: x\n    mentees: {enrolled: 3}\n")
    result = build(folder, "--strict")
    assert result.returncode == 1
    assert ("WARNING -  mentor-directory: content/outcomes.yml:3:25: error: cohorts[1].mentees."
            "enrolled: is 3, fewer than 5, and this file is public; keep the raw figures in a "
            "file outside the repository and write this one with 'mentors outcomes RAW.yml', "
            "which suppresses them") in result.stderr

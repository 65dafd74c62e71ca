"""Cohort outcomes: checked like profiles, shown with small counts suppressed."""

from pathlib import Path

from generator.outcomes import Survey, load_outcomes, shown, shown_score, visible, visible_score
from generator.program import default_program

REPO = Path(__file__).resolve().parent.parent


def check(tmp_path, text: str):
    path = tmp_path / "outcomes.yml"
    path.write_text(text)
    outcomes, problems = load_outcomes(path, "content/outcomes.yml", default_program())
    return outcomes, [problem.text() for problem in problems]


def test_the_sample_file_is_valid():
    outcomes, problems = load_outcomes(REPO / "content" / "outcomes.yml", "content/outcomes.yml",
                                       default_program())
    assert problems == [] and len(outcomes.cohorts) == 3


def test_every_mistake_is_located(tmp_path):
    outcomes, problems = check(tmp_path, """\
cohorts:
  - name: 2026 spring
    enrolled: 10
    completed: 12
    promted: 3
    survey:
      responses: 8
      confidence: 6
""")
    assert outcomes is None
    assert problems == [
        "content/outcomes.yml:5:5: error: cohorts[1].promted: unknown key; did you mean 'promoted'?",
        "content/outcomes.yml:8:19: error: cohorts[1].survey.confidence: '6' is not a number from "
        "1 to 5; write the average on the 1 to 5 scale, such as 4.2",
    ]
    _, problems = check(tmp_path, "cohorts:\n  - name: x\n    enrolled: 10\n    completed: 12\n")
    assert problems == ["content/outcomes.yml:4:16: error: cohorts[1].completed: is 12, more than "
                        "enrolled (10); check the totals"]


def test_small_counts_and_thin_surveys_are_suppressed():
    assert [shown(count) for count in (None, 0, 4, 5, 31)] == [
        "not recorded", "<5", "<5", "5", "31"]
    assert [visible(count) for count in (None, 4, 5)] == [None, None, 5]
    thin = Survey(responses=4, confidence=4.5)
    enough = Survey(responses=5, confidence=4.5)
    assert (visible_score(thin, "confidence"), visible_score(enough, "confidence")) == (None, 4.5)
    assert shown_score(thin, "confidence") == "fewer than 5 answers"
    assert shown_score(enough, "confidence") == "4.5"
    assert shown_score(enough, "clarity") == "not recorded"

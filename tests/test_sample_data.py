"""The sample program the template ships: enough varied, fictional mentors, each set up for
editors and marked as sample; outcomes already suppressed; the derived files current.

These check the template itself, so they are skipped in a program made from it (see conftest).
"""

from pathlib import Path

import pytest

from generator.directory import load_directory
from generator.generated import GENERATED
from generator.outcomes import load_published
from generator.profile import MODELINE
from generator.program import default_program, load_program
from generator.sample import MARKER
from generator.settings import read_options

from sites import REPO, SAMPLE

pytestmark = pytest.mark.sample


def test_sample_mentors_are_valid_varied_marked_and_carry_the_modeline():
    files = sorted((REPO / "mentors").glob("*.yml"))
    assert len(files) >= 24
    for path in files:
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines[0] == MODELINE and MARKER in lines[1], path.name
    directory, problems = load_directory([REPO / "mentors"], default_program(), relative_to=REPO)
    assert [problem.text() for problem in problems if problem.is_error] == []
    mentors = [mentor.profile for mentor in directory.mentors]
    continents = {profile.timezone.split("/")[0] for profile in mentors}
    assert {"Africa", "America", "Asia", "Australia", "Europe", "Pacific"} <= continents
    assert any(not profile.availability.accepting for profile in mentors)
    assert any(profile.availability.spots_left == 0 for profile in mentors)
    program = default_program()
    for list_name, field in (("goals", "goals"), ("stages", "mentee_stages"),
                             ("formats", "formats")):
        used = {value for profile in mentors for value in getattr(profile, field)}
        assert used == {entry.id for entry in program.entries(list_name)}, list_name


def test_the_sample_outcomes_are_published_suppressed_and_marked():
    path = REPO / "content" / "outcomes.yml"
    outcomes, problems = load_published(path, "content/outcomes.yml", default_program())
    assert problems == [] and len(outcomes.cohorts) == 3
    assert MARKER in path.read_text(encoding="utf-8").splitlines()[0]


@pytest.mark.parametrize("item", GENERATED, ids=[item.path for item in GENERATED])
def test_the_derived_files_are_up_to_date(item):
    program = load_program(read_options(REPO / "mkdocs.yml").program)
    assert (REPO / item.path).read_text(encoding="utf-8") == item.text(program), (
        f"{item.path} is out of date: run '{item.command}'")


def test_the_tests_own_copy_of_the_sample_mentors_is_the_sample():
    # The software's tests use tests/fixtures/sample, never the program in mentors/ (which
    # organisers replace); while the sample is here, the copy should match it.
    def texts(folder: Path) -> dict[str, str]:
        return {path.name: path.read_text(encoding="utf-8") for path in folder.glob("*.yml")}

    assert texts(SAMPLE / "mentors") == texts(REPO / "mentors")


def test_the_template_lets_the_publish_workflow_leave_out_a_second_profile_for_an_account():
    from test_workflows import conflicts_setting

    assert conflicts_setting(REPO / "mkdocs.yml") == conflicts_setting()


def test_the_code_owners_are_the_placeholder_team_the_start_guide_replaces():
    lines = [line.split() for line in (REPO / ".github" / "CODEOWNERS").read_text().splitlines()
             if line.strip() and not line.startswith("#")]
    assert {owner for _, *owners in lines for owner in owners} == {"@example-org/maintainers"}

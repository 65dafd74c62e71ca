"""The shipped sample program: enough varied, fictional mentors, each set up for editors."""

from pathlib import Path

from generator.directory import load_directory
from generator.profile import MODELINE
from generator.program import default_program

REPO = Path(__file__).resolve().parent.parent


def test_sample_mentors_are_valid_varied_and_carry_the_modeline():
    files = sorted((REPO / "mentors").glob("*.yml"))
    assert len(files) >= 24
    for path in files:
        assert path.read_text(encoding="utf-8").splitlines()[0] == MODELINE, path.name
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

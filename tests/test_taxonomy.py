"""Skill normalisation: written forms to canonical skills, typos flagged, unknown skills kept."""

import json
from pathlib import Path

import pytest

from generator.loader import load
from generator.profile import check_profile
from generator.program import ProgramConfigError, default_program, load_program
from generator.taxonomy import skill_key

from conftest import TODAY, VALID_PROFILE

DATASET = Path(__file__).parent / "data" / "codingcoach-2019-mentor-tags.json"


@pytest.mark.parametrize("written, key", [
    ("React.js", "reactjs"), ("react js", "reactjs"), ("Front-End", "frontend"),
    (".NET", "net"), ("C#", "c#"), ("c++", "c++"), ("CI/CD", "cicd"), ("node_js", "nodejs"),
])
def test_skill_key(written, key):
    assert skill_key(written) == key


@pytest.mark.parametrize("written, skill_id", [
    ("k8s", "kubernetes"), ("Kubernetes", "kubernetes"), ("ReactJS", "react"),
    ("react.js", "react"), ("golang", "go"), ("c#", "csharp"), (".NET", "dotnet"),
    ("a11y", "accessibility"), ("front-end", "frontend"), ("JS", "javascript"),
    ("node.js", "nodejs"), ("ML", "machine-learning"),
])
def test_written_forms_map_to_one_skill(written, skill_id):
    match = default_program().taxonomy.match(written)
    assert (match.id, match.known, match.exact) == (skill_id, True, True)


def test_typos_map_but_are_marked_and_unknown_skills_stay_as_written():
    skills = default_program().taxonomy
    typo = skills.match("Kubernets")
    assert (typo.id, typo.label, typo.exact) == ("kubernetes", "Kubernetes", False)
    assert skills.match("Jav").known is False  # too short to guess at build time
    unknown = skills.match("Basket Weaving")
    assert (unknown.id, unknown.label, unknown.known) == ("basketweaving", "Basket Weaving", False)


def test_the_real_dataset_tags_are_covered():
    tags = {tag for entry in json.loads(DATASET.read_text()) for tag in entry["tags"]}
    skills = default_program().taxonomy
    unknown = sorted(tag for tag in tags if not skills.match(tag).known)
    assert len(tags) == 219
    assert unknown == ["design", "mean stack, pwa", "native"]


def test_taxonomy_keys_do_not_collide():
    seen = {}
    for entry in default_program().skills:
        for written in {entry.id, entry.label, *entry.phrases}:
            key = skill_key(written)
            assert seen.setdefault(key, entry.id) == entry.id, (written, seen[key], entry.id)


def test_every_relation_names_a_skill_and_none_leads_back_to_itself():
    skills = {entry.id: entry for entry in default_program().skills}
    related = {entry.id: (*entry.broader, *entry.within) for entry in skills.values()}
    assert [(skill, other) for skill, others in related.items() for other in others
            if other not in skills] == []

    def leads_back(skill: str) -> bool:
        todo, seen = list(related[skill]), set()
        while todo:
            other = todo.pop()
            if other == skill:
                return True
            if other not in seen:
                seen.add(other)
                todo.extend(related[other])
        return False

    assert [skill for skill in skills if leads_back(skill)] == []


@pytest.mark.parametrize("written, skill_id, broader", [
    ("ASP.NET Core", "aspnet", "dotnet"), ("Postgres", "postgresql", "sql"),
    ("SAA-C03", "aws-solutions-architect-associate", "aws"), ("AZ-900", "az-900", "azure"),
    ("EF Core", "entity-framework", "dotnet"), ("SwiftUI", "swiftui", "swift"),
    ("Jetpack Compose", "jetpack-compose", "android"), ("Blazor", "blazor", "aspnet"),
])
def test_narrower_skills_name_what_they_are_built_on(written, skill_id, broader):
    match = default_program().taxonomy.match(written)
    assert (match.id, match.exact) == (skill_id, True)
    assert broader in default_program().entry("skills", skill_id).broader


@pytest.mark.parametrize("category, member", [
    ("JVM languages", "kotlin"), ("relational databases", "mysql"),
    ("static site generators", "hugo"), ("cross-platform mobile", "flutter"),
    ("frontend frameworks", "vue"),
])
def test_category_names_hold_their_members(category, member):
    skill_id = default_program().taxonomy.match(category).id
    assert skill_id in default_program().entry("skills", member).within


def test_validate_warns_about_near_duplicates(check):
    _, problems = check(VALID_PROFILE.replace("  - Kubernetes", "  - Kubernets"))
    assert problems == [
        "mentors/ada.yml:8:5: warning: skills[1]: 'Kubernets' looks like 'Kubernetes'; write "
        "'Kubernetes' if that is what you mean; it is listed as Kubernetes until then"
    ]


def test_a_typo_of_a_short_custom_skill_is_flagged(tmp_path):
    program = load_program({"skills": {"extend": [{"id": "cobol", "label": "COBOL"}]}})
    root, _ = load("mentors/ada.yml", VALID_PROFILE.replace("  - golang", "  - cobl").encode())
    _, problems = check_profile("mentors/ada.yml", root, program, TODAY)
    assert [problem.text() for problem in problems] == [
        "mentors/ada.yml:9:5: warning: skills[2]: 'cobl' looks like 'COBOL'; write 'COBOL' if "
        "that is what you mean; it is listed as COBOL until then"
    ]


@pytest.mark.parametrize("written, label", [
    ("cobl", "COBOL"), ("Rect", "React"), ("Kubernets", "Kubernetes"), ("Rustt", "Rust"),
])
def test_one_edit_from_a_skill_of_5_letters_is_a_typo(written, label):
    program = load_program({"skills": {"extend": [{"id": "cobol", "label": "COBOL"}]}})
    match = program.taxonomy.match(written)
    assert (match.label, match.exact) == (label, False)


@pytest.mark.parametrize("written", ["R", "Jav", "Vuex", "SPSS", "Helm", "Elm"])
def test_short_skills_one_edit_from_another_are_their_own(written):
    # R and C, Vuex and Vue, SPSS and Sass, Helm and Elm: real, different skills. Under three
    # letters nothing is a typo; from four, a short skill one edit from another is in the list.
    match = default_program().taxonomy.match(written)
    assert (match.label, match.exact) == (written, True)


def test_organisations_extend_the_taxonomy():
    program = load_program({"skills": {"extend": [
        {"id": "cobol", "label": "COBOL", "aliases": ["mainframe cobol"]}]}})
    assert program.taxonomy.match("Mainframe-COBOL").id == "cobol"


def test_broader_skills_must_be_in_the_list():
    program = load_program({"skills": {"extend": [
        {"id": "remix", "label": "Remix", "aliases": ["remix run"], "broader": ["react"]}]}})
    assert program.taxonomy.match("Remix Run").id == "remix"
    assert program.skills[-1].broader == ("react",)
    with pytest.raises(ProgramConfigError) as error:
        load_program({"skills": {"extend": [{"id": "x", "label": "X", "broader": ["nope"]}]}})
    assert error.value.messages == [
        "program.skills: 'x' names 'nope' as broader, which is not in the skills list"]


def test_every_default_lived_experience_has_phrases():
    assert all(entry.phrases for entry in default_program().experiences)

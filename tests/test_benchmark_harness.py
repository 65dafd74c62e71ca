"""The evaluation's truth: which mentors a labelled query counts as relevant, and its query files."""

from __future__ import annotations

import gzip
import sys
import urllib.request
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "benchmarks"))

import harness
from harness import Query
from sites import make_site

# Fictional mentors, each differing from the others in a few fields.
PROFILES = {
    "ana.yml": """\
name: Ana Example
github: ana-example
headline: Backend engineer
timezone: Europe/Lisbon
languages: [en, es]
skills: [Python, Docker]
goals: [career-change, job-search]
mentee_stages: [career-changer]
formats: [one-on-one]
experiences: [immigrant]
contact: {calendar: https://cal.example.org/ana}
""",
    "bo.yml": """\
name: Bo Example
github: bo-example
headline: Platform engineer
timezone: Asia/Tokyo
languages: [en, ja]
skills: [Go, Kubernetes]
goals: [promotion-readiness]
mentee_stages: [mid-level, senior]
formats: [circle]
contact: {form: https://forms.example.org/bo}
""",
    "cy.yml": """\
name: Cy Example
github: cy-example
headline: Data engineer
timezone: America/Bogota
languages: [es, pt]
skills: [python]
goals: [career-change]
mentee_stages: [career-changer, student]
formats: [one-on-one, office-hours]
experiences: [first-generation, immigrant]
contact: {calendar: https://cal.example.org/cy}
""",
}


@pytest.fixture(scope="module")
def directory(tmp_path_factory):
    return harness.load_mentors(make_site(tmp_path_factory.mktemp("site"), PROFILES))


@pytest.mark.parametrize(("query", "relevant"), [
    (Query("python", "plain", skills=(("python",),)), {"ana", "cy"}),  # skills as canonical ids
    (Query("python docker", "plain", skills=(("python",), ("docker",))), {"ana"}),  # every entry
    (Query("go or docker", "plain", skills=(("go", "docker"),)), {"ana", "bo"}),  # any one of a list
    (Query("change", "goal", goals=(("career-change",), ("job-search",))), {"ana"}),
    (Query("immigrant", "experience", experiences=(("immigrant",),)), {"ana", "cy"}),
    (Query("first gen", "experience", experiences=(("first-generation",),)), {"cy"}),
    (Query("changers", "constraints", stages=(("career-changer",),)), {"ana", "cy"}),
    (Query("senior", "constraints", stages=(("senior", "student"),)), {"bo", "cy"}),
    (Query("spanish", "constraints", languages=(("es",),)), {"ana", "cy"}),
    (Query("japanese or portuguese", "constraints", languages=(("ja", "pt"),)), {"bo", "cy"}),
    (Query("office hours", "constraints", formats=(("office-hours",),)), {"cy"}),
    (Query("spanish python mentor for career changers", "constraints", skills=(("python",),),
           stages=(("career-changer",),), languages=(("es",),), formats=(("one-on-one",),),
           experiences=(("immigrant",),), goals=(("career-change",),)), {"ana", "cy"}),
    (Query("spanish python circle", "constraints", skills=(("python",),), languages=(("es",),),
           formats=(("circle",),)), set()),  # every field must hold
    (Query("anyone", "plain"), {"ana", "bo", "cy"}),  # no requirement
])
def test_relevant_mentors_meet_every_entry_of_every_field(directory, query, relevant):
    assert harness.relevant_mentors(directory, query) == relevant


def test_understanding_entries_parse_with_any_of_lists():
    text = """\
- query: "spanish speaking python mentor for career changers"
  group: constraints
  skills: [python, [go, rust]]
  goals: []
  experiences: []
  stages: [career-changer]
  languages: [es]
  formats: []
"""
    assert harness.parse_queries(text, "understanding.yml") == ([Query(
        "spanish speaking python mentor for career changers", "constraints",
        skills=(("python",), ("go", "rust")), stages=(("career-changer",),),
        languages=(("es",),))], [])


def test_queries_yml_entries_keep_working_with_kind_as_their_group():
    text = "- query: kubernets\n  skills: [kubernetes]\n  goals: []\n  kind: typo\n"
    assert harness.parse_queries(text, "queries.yml") == (
        [Query("kubernets", "typo", skills=(("kubernetes",),))], [])
    queries, problems = harness.read_queries(harness.QUERIES)
    assert problems == [] and len(queries) == 65


def test_every_problem_in_a_query_file_is_reported_with_its_entry_and_field():
    text = """\
- query: python
  group: plain
  kind: plain
  skils: [python]
- query: ""
  languages: es
- query: mixed
  group: constraints
  stages: [[], [student, 3]]
- just words
"""
    assert harness.parse_queries(text, "q.yml") == ([], [
        "q.yml, entry 1: unknown key 'skils'; did you mean 'skills'?",
        "q.yml, entry 1: has both 'group' and 'kind'; keep one",
        "q.yml, entry 2: needs a 'query' text",
        "q.yml, entry 2: needs a 'group' text (queries.yml calls it 'kind')",
        "q.yml, entry 2, languages: must be a list of ids",
        "q.yml, entry 3, stages: [] is neither an id nor a list of ids (any one of them)",
        "q.yml, entry 3, stages: ['student', 3] is neither an id nor a list of ids (any one of them)",
        "q.yml, entry 4: must be a mapping with 'query', 'group' and id lists",
    ])
    assert harness.parse_queries("{}", "q.yml") == ([], ["q.yml: must be a non-empty list of queries"])


def test_unknown_ids_of_every_kind_are_warned_about():
    query = Query("all wrong", "constraints", skills=(("python", "pyhton"),), goals=(("promoted",),),
                  experiences=(("immigrants",),), stages=(("junior",),), languages=(("spanish",),),
                  formats=(("1:1",),))
    assert harness.check_query_ids([query]) == [
        "query 'all wrong': unknown skill id 'pyhton'",
        "query 'all wrong': unknown goal id 'promoted'",
        "query 'all wrong': unknown experience id 'immigrants'",
        "query 'all wrong': unknown stage id 'junior'",
        "query 'all wrong': unknown language id 'spanish'",
        "query 'all wrong': unknown format id '1:1'",
    ]


def test_the_compressed_server_gzips_text_as_github_pages_does(tmp_path):
    page = "<!doctype html><title>Fixture</title>" + "<p>Mentors</p>" * 200
    (tmp_path / "index.html").write_text(page, encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG fixture")
    with harness.served(tmp_path, compressed=True) as url:
        def get(path: str, encoding: str = "gzip, deflate, br"):
            request = urllib.request.Request(url + path, headers={"Accept-Encoding": encoding})
            with urllib.request.urlopen(request) as response:
                return response.headers, response.read()

        headers, body = get("")
        assert (headers["Content-Type"], headers["Content-Encoding"], headers["Vary"]) == (
            "text/html", "gzip", "Accept-Encoding")
        assert int(headers["Content-Length"]) == len(body) < len(page) / 10
        assert gzip.decompress(body).decode("utf-8") == page
        headers, body = get("index.html", encoding="identity")
        assert headers["Content-Encoding"] is None and body.decode("utf-8") == page
        headers, body = get("photo.png")
        assert headers["Content-Encoding"] is None and body == b"\x89PNG fixture"


def test_a_lighthouse_run_names_each_target_it_misses():
    import lighthouse

    def report(score: float, lcp: float, cls: float) -> dict:
        metrics = {"largest-contentful-paint": lcp, "cumulative-layout-shift": cls,
                   "total-blocking-time": 120, "first-contentful-paint": 900}
        return {"categories": {"performance": {"score": score}}, "environment": {"benchmarkIndex": 2000},
                "audits": {name: {"numericValue": value} for name, value in metrics.items()}}

    assert lighthouse.figures(report(0.9, 2500, 0.099), load=1.0).misses() == []
    assert lighthouse.figures(report(0.89, 2501, 0.1), load=1.0).misses() == [
        "score 89 < 90", "CLS 0.100 >= 0.1", "LCP 2501 ms > 2500 ms"]
    with pytest.raises(RuntimeError, match="Lighthouse failed: NO_FCP"):
        lighthouse.figures({"runtimeError": {"message": "NO_FCP"}}, load=1.0)

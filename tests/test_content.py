"""Program content as built: a goal's guide lists its mentors, templates can be copied and
downloaded, no broken links or anchors. Then the template's own content (marked `sample`): a
guide per goal, every template page set up, the whole site building strictly, and prose that
passes a spelling check with the project's word list and keeps one spelling convention."""

import re
from pathlib import Path

import pytest
import yaml
from spellchecker import SpellChecker

from generator.linkcheck import check_site
from generator.loader import load
from generator.profile import check_profile
from generator.program import default_program

from conftest import TODAY
from sites import REPO, SAMPLE, build, sample_program

CONTENT = REPO / "content"
WORDLIST = CONTENT / ".wordlist.txt"
GUIDE_SECTIONS = ["## Purpose", "## Questions to ask", "## Pitfalls", "## Next-step exercise",
                  "## Mentors who can help"]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The tests' copy of the sample program, built."""
    folder = sample_program(tmp_path_factory.mktemp("content") / "program")
    result = build(folder, "--strict")
    assert result.returncode == 0, result.stderr
    return folder / "site"


def test_a_goals_guide_lists_its_mentors(site):
    page = (site / "guides" / "negotiation" / "index.html").read_text(encoding="utf-8")
    listed = re.findall(r'<a href="../../mentors/([a-z0-9-]+)/">', page)
    offering = sorted(path.stem for path in (SAMPLE / "mentors").glob("*.yml")
                      if "negotiation" in yaml.safe_load(path.read_text(encoding="utf-8"))["goals"])
    assert sorted(listed) == offering and offering


def test_mentor_pages_link_goals_to_their_guides(site):
    page = (site / "mentors" / "wei-ling-tan" / "index.html").read_text(encoding="utf-8")
    assert '<a href="../../guides/negotiation/">Negotiation</a>' in page


def test_template_pages_offer_copy_and_download(site):
    page = (site / "templates" / "meeting-agenda" / "index.html").read_text(encoding="utf-8")
    assert '<a class="md-button" href="../meeting-agenda.md" download>' in page
    source = (SAMPLE / "content" / "templates" / "meeting-agenda.md").read_text(encoding="utf-8")
    block = re.search(r"^```markdown\n(.*?)^```", source, re.S | re.M)[1]
    assert (site / "templates" / "meeting-agenda.md").read_text(encoding="utf-8") == block
    config = yaml.load((SAMPLE / "mkdocs.yml").read_text(), Loader=yaml.BaseLoader)
    assert "content.code.copy" in config["theme"]["features"]  # Material's copy button


def test_internal_links_and_anchors_resolve_and_ids_are_unique(site):
    assert check_site(site) == {}


def test_the_profile_guide_links_each_goal_that_has_a_guide(site):
    page = (site / "profiles" / "index.html").read_text(encoding="utf-8")
    assert '<a href="../guides/negotiation/">Negotiation</a>' in page
    assert "<td>Promotion readiness</td>" in page  # no guide in this program: no link


# --- the template's own content --------------------------------------------------------------

@pytest.mark.sample
@pytest.mark.parametrize("goal", [entry.id for entry in default_program().goals])
def test_every_goal_has_a_guide_with_its_sections_and_mentors(goal):
    source = (CONTENT / "guides" / f"{goal}.md").read_text(encoding="utf-8")
    positions = [source.find(section + "\n") for section in GUIDE_SECTIONS]
    assert -1 not in positions and positions == sorted(positions), goal
    assert f"<!-- mentor-directory:goal-mentors {goal} -->" in source


@pytest.mark.sample
def test_every_template_page_has_one_block_to_copy():
    pages = sorted((CONTENT / "templates").glob("*.md"))
    assert len(pages) >= 8
    for path in pages:
        if path.stem != "index":
            text = path.read_text(encoding="utf-8")
            assert len(re.findall(r"^```markdown\n", text, re.M)) == 1, path.name


@pytest.mark.sample
def test_the_template_builds_strictly_with_every_link_resolving(tmp_path):
    result = build(REPO, "--strict", "--site-dir", str(tmp_path / "site"))
    assert result.returncode == 0, result.stderr
    assert check_site(tmp_path / "site") == {}


def prose(markdown: str) -> str:
    """The words a reader reads: no code, front matter, HTML, link targets or URLs."""
    text = re.sub(r"^---\n.*?\n---\n", "", markdown, flags=re.S)
    text = re.sub(r"^(```|~~~).*?^\1", "", text, flags=re.S | re.M)
    text = re.sub(r"`[^`]*`|<!--.*?-->|<[^>]+>|\]\([^)]*\)|\{[^}]*\}|https?://\S+", " ", text,
                  flags=re.S)
    return text


@pytest.mark.sample
def test_prose_spelling():
    checker = SpellChecker(language="en")
    checker.word_frequency.load_words(WORDLIST.read_text(encoding="utf-8").split())
    unknown = {}
    for path in sorted(CONTENT.rglob("*.md")):
        words = re.findall(r"[A-Za-z][A-Za-z']*[A-Za-z]", prose(path.read_text(encoding="utf-8")))
        words = {word.lower().removesuffix("'s") for word in words if not word.isupper()}
        missing = sorted(checker.unknown(words))
        if missing:
            unknown[str(path.relative_to(REPO))] = missing
    assert unknown == {}, "unknown words: fix them or add them to content/.wordlist.txt"


# Each mistake the profile guide shows `mentors validate` finding, made in the guide's starter file.
GUIDE_MISTAKES = [
    ("skills:", "skils:"), ("Europe/Berlin", "Europe/Berln"), ("accepting: true", "accepting: yes"),
    ("  capacity: 3", "   capacity: 3"),
    ("headline: Staff Engineer, payments", "headline: “Engineer: payments”"),
    ("contact:\n  calendar: https://cal.example.org/ada\n", ""),
    ("[Kubernetes, Go,", "[Kubernetes, Rect,"),
]


@pytest.mark.sample  # the profile guide as the template ships it
@pytest.mark.parametrize("mistake, made", GUIDE_MISTAKES)
def test_the_profile_guide_shows_what_validate_prints(tmp_path, mistake, made):
    guide = (CONTENT / "profiles.md").read_text(encoding="utf-8")
    starter = re.search(r"```yaml\n(.*?)```", guide, re.S).group(1)
    shown = set(re.findall(r"```text\n(mentors/.*)\n```", guide))
    assert mistake in starter
    root, problems = load("mentors/ada-example.yml", starter.replace(mistake, made).encode())
    if root is not None:
        _, problems = check_profile("mentors/ada-example.yml", root, default_program(), TODAY)
    assert {problem.text() for problem in problems} & shown



# One spelling convention in the program's prose: -ise and -our (organise, colour), and "program".
US_SPELLINGS = re.compile(r"\b(?!(?:size|sized|sizes|prize|prizes|seize|citizen)\b)"
                          r"\w+(?:iz(?:e|es|ed|ing|ation|ations)|yz(?:e|es|ed|ing))\b"
                          r"|\b(?:behavior|color|favor|honor|labor|neighbor|judgment)\w*", re.I)


@pytest.mark.sample
def test_one_spelling_convention():
    found = {str(path.relative_to(REPO)): sorted(set(US_SPELLINGS.findall(prose(path.read_text(
        encoding="utf-8"))))) for path in sorted(CONTENT.rglob("*.md"))}
    assert {path: words for path, words in found.items() if words} == {}

"""The program content as built: a guide per goal, templates to copy and download, no broken
links or anchors, and prose that passes a spelling check with the project's word list."""

import re
from pathlib import Path

import pytest
import yaml
from spellchecker import SpellChecker

from generator.linkcheck import check_site
from generator.program import default_program

from sites import REPO, build

CONTENT = REPO / "content"
WORDLIST = CONTENT / ".wordlist.txt"
GUIDE_SECTIONS = ["## Purpose", "## Questions to ask", "## Pitfalls", "## Next-step exercise",
                  "## Mentors who can help"]
TEMPLATES = sorted(path.stem for path in (CONTENT / "templates").glob("*.md") if path.stem != "index")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("content") / "site"
    result = build(REPO, "--strict", "--site-dir", str(out))
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.parametrize("goal", [entry.id for entry in default_program().goals])
def test_every_goal_has_a_guide_listing_its_mentors(goal, site):
    source = (CONTENT / "guides" / f"{goal}.md").read_text(encoding="utf-8")
    positions = [source.find(section + "\n") for section in GUIDE_SECTIONS]
    assert -1 not in positions and positions == sorted(positions), goal
    assert f"<!-- mentor-directory:goal-mentors {goal} -->" in source
    page = (site / "guides" / goal / "index.html").read_text(encoding="utf-8")
    listed = re.findall(r'<a href="../../mentors/([a-z0-9-]+)/">', page)
    offering = sorted(path.stem for path in (REPO / "mentors").glob("*.yml")
                      if goal in yaml.safe_load(path.read_text(encoding="utf-8"))["goals"])
    assert sorted(listed) == offering


def test_mentor_pages_link_goals_to_their_guides(site):
    page = (site / "mentors" / "wei-ling-tan" / "index.html").read_text(encoding="utf-8")
    assert '<a href="../../guides/negotiation/">Negotiation</a>' in page


@pytest.mark.parametrize("name", TEMPLATES)
def test_template_pages_offer_copy_and_download(name, site):
    assert len(TEMPLATES) >= 7
    page = (site / "templates" / name / "index.html").read_text(encoding="utf-8")
    assert f'<a class="md-button" href="../{name}.md" download>' in page
    source = (CONTENT / "templates" / f"{name}.md").read_text(encoding="utf-8")
    block = re.search(r"^```markdown\n(.*?)^```", source, re.S | re.M)[1]
    assert (site / "templates" / f"{name}.md").read_text(encoding="utf-8") == block
    config = yaml.load((REPO / "mkdocs.yml").read_text(), Loader=yaml.BaseLoader)
    assert "content.code.copy" in config["theme"]["features"]  # Material's copy button


def test_internal_links_and_anchors_resolve_and_ids_are_unique(site):
    assert check_site(site) == {}


def prose(markdown: str) -> str:
    """The words a reader reads: no code, front matter, HTML, link targets or URLs."""
    text = re.sub(r"^---\n.*?\n---\n", "", markdown, flags=re.S)
    text = re.sub(r"^(```|~~~).*?^\1", "", text, flags=re.S | re.M)
    text = re.sub(r"`[^`]*`|<!--.*?-->|<[^>]+>|\]\([^)]*\)|\{[^}]*\}|https?://\S+", " ", text,
                  flags=re.S)
    return text


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


def test_the_profile_guide_links_each_goal_to_its_guide(site):
    page = (site / "profiles" / "index.html").read_text(encoding="utf-8")
    for entry in default_program().goals:
        assert f'<a href="../guides/{entry.id}/">{entry.label}</a>' in page


# One spelling convention in the program's prose: -ise and -our (organise, colour), and "program".
US_SPELLINGS = re.compile(r"\b(?!(?:size|sized|sizes|prize|prizes|seize|citizen)\b)"
                          r"\w+(?:iz(?:e|es|ed|ing|ation|ations)|yz(?:e|es|ed|ing))\b"
                          r"|\b(?:behavior|color|favor|honor|labor|neighbor|judgment)\w*", re.I)


def test_one_spelling_convention():
    found = {str(path.relative_to(REPO)): sorted(set(US_SPELLINGS.findall(prose(path.read_text(
        encoding="utf-8"))))) for path in sorted(CONTENT.rglob("*.md"))}
    assert {path: words for path, words in found.items() if words} == {}

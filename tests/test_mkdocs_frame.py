"""Mentor pages filled in from one frame are byte for byte the pages the theme renders one by one
(`shared_frame: false`): on the sample program, and on a generated corpus with hostile profiles,
a site address and both URL styles, its profiles done on every core against one after the other;
and where the frame cannot be used, the theme renders."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

from generator import workers

from sites import build, sample_program

sys.path.insert(0, str(Path(__file__).resolve().parent / "benchmarks"))

import corpus

HOSTILE = Path(__file__).parent / "hostile" / "inert"
PLUGIN = "  - mentor-directory:\n"
THEME_RENDERS = ("{count} of {total} mentor pages were rendered through the theme, one by one: "
                 "{why}")


def with_option(folder: Path, option: str) -> None:
    config = folder / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert PLUGIN in text
    config.write_text(text.replace(PLUGIN, f"{PLUGIN}      {option}\n"), encoding="utf-8")


def built(folder: Path) -> tuple[Path, str]:
    """The site folder and the build's log (with debug lines). One hash seed for every build:
    the calendar files list their time zones in the order of a set of names."""
    result = build(folder, "--strict", "--verbose", env={"PYTHONHASHSEED": "0"})
    assert result.returncode == 0, result.stderr[-3000:]
    return folder / "site", result.stderr


# Hooks that make a build do its profiles on every core, or one after the other, whatever the
# machine's load (generator/workers.py).
EVERY_CORE = "import generator.workers\ngenerator.workers.idle_cores = generator.workers.cores\n"
ONE_CORE = "import generator.workers\ngenerator.workers.MIN_ITEMS = 10 ** 9\n"


def with_hook(folder: Path, code: str, name: str = "cores.py") -> None:
    (folder / name).write_text(code, encoding="utf-8")
    config = folder / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    if "\nhooks:\n" in text:
        text = text.replace("\nhooks:\n", f"\nhooks:\n  - {name}\n")
    else:
        text += f"hooks:\n  - {name}\n"
    config.write_text(text, encoding="utf-8")


def twice(folder: Path) -> tuple[Path, str, Path, str]:
    """The site built from one frame (on every core), and a copy built with the theme rendering
    each page (profiles one after the other)."""
    theme = folder.parent / f"{folder.name}-theme"
    shutil.copytree(folder, theme)
    with_option(theme, "shared_frame: false")
    with_hook(folder, EVERY_CORE)
    with_hook(theme, ONE_CORE)
    return (*built(folder), *built(theme))


def files(site: Path) -> dict[str, bytes]:
    """Every file of a built site; calendar files without their time of writing (DTSTAMP)."""
    found = {}
    for path in sorted(site.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if path.suffix == ".ics":
                data = re.sub(rb"DTSTAMP:\w+", b"DTSTAMP:", data)
            found[path.relative_to(site).as_posix()] = data
    return found


def assert_same(framed: Path, themed: Path) -> None:
    ours, theirs = files(framed), files(themed)
    assert sorted(ours) == sorted(theirs)
    different = [path for path in ours if ours[path] != theirs[path]]
    assert different == []


def filled(log: str) -> int:
    found = re.search(r"mentor-directory: (\d+) mentor pages filled in from one frame", log)
    assert found, log[-2000:]
    return int(found[1])


def test_the_sample_program_is_the_same_from_one_frame(tmp_path):
    framed, log, themed, themed_log = twice(sample_program(tmp_path / "sample"))
    assert_same(framed, themed)
    mentors = len(list((tmp_path / "sample" / "mentors").glob("*.yml")))
    assert filled(log) == mentors
    assert "filled in from one frame" not in themed_log
    assert "rendered through the theme" not in log
    page = (framed / "mentors" / "aoi-fujimoto" / "index.html").read_text(encoding="utf-8")
    # Outside the navigation: no previous or next page, in the head or the footer.
    assert 'rel="prev"' not in page and 'rel="next"' not in page
    assert "md-footer__link" not in page
    assert ('href="https://github.com/example-org/mentor-directory/edit/main/mentors/'
            'aoi-fujimoto.yml" title="Edit this page"') in page


@pytest.mark.parametrize("directory_urls", [True, False])
def test_a_corpus_with_hostile_profiles_is_the_same_from_one_frame(tmp_path, directory_urls):
    folder = sample_program(tmp_path / "corpus")
    corpus.write_corpus(folder / "mentors", workers.MIN_ITEMS)
    for profile in HOSTILE.iterdir():
        shutil.copy(profile, folder / "mentors" / profile.name)
    config = folder / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "# site_url: https://your-org.github.io/your-repo/",
        "site_url: https://fixture-org.github.io/mentors/\n"
        f"use_directory_urls: {str(directory_urls).lower()}"), encoding="utf-8")
    framed, log, themed, _ = twice(folder)
    assert_same(framed, themed)
    assert filled(log) == len(list((folder / "mentors").glob("*.yml")))
    page = "mentor-00007/index.html" if directory_urls else "mentor-00007.html"
    text = (framed / "mentors" / page).read_text(encoding="utf-8")
    assert (f'<link rel="canonical" href="https://fixture-org.github.io/mentors/mentors/'
            f'{page.removesuffix("index.html")}">') in text
    sitemap = (framed / "sitemap.xml").read_text(encoding="utf-8")
    assert f"https://fixture-org.github.io/mentors/mentors/{page.removesuffix('index.html')}" \
        in sitemap


def test_a_theme_that_changes_the_title_renders_every_mentor_page(tmp_path):
    folder = sample_program(tmp_path / "upper")
    (folder / "theme" / "main.html").write_text(
        '{% extends "base.html" %}\n'
        "{% block htmltitle %}<title>{{ page.title | upper }}</title>{% endblock %}\n",
        encoding="utf-8")
    framed, log, themed, _ = twice(folder)
    assert_same(framed, themed)
    assert "<title>AOI FUJIMOTO</title>" in (framed / "mentors" / "aoi-fujimoto" / "index.html"
                                             ).read_text(encoding="utf-8")
    mentors = len(list((folder / "mentors").glob("*.yml")))
    assert filled(log) == 0
    assert THEME_RENDERS.format(
        count=mentors, total=mentors,
        why="the theme prints a page's title, address or content changed, so the frame cannot "
            "be filled in") in log


def test_a_page_another_plugin_changes_is_rendered_by_the_theme(tmp_path):
    folder = sample_program(tmp_path / "hooked")
    with_hook(folder, "def on_page_markdown(markdown, page, **kwargs):\n"
                      "    if page.file.src_uri == 'mentors/linh-tran.md':\n"
                      "        page.meta['description'] = 'Linh mentors in Vietnamese & English'\n"
                      "    return markdown\n", "description.py")
    framed, log, themed, _ = twice(folder)
    assert_same(framed, themed)
    assert ('<meta name="description" content="Linh mentors in Vietnamese & English">'
            in (framed / "mentors" / "linh-tran" / "index.html").read_text(encoding="utf-8"))
    mentors = len(list((folder / "mentors").glob("*.yml")))
    assert filled(log) == mentors - 1
    assert THEME_RENDERS.format(
        count=1, total=mentors,
        why="another plugin gave them metadata, a table of contents or a place in the "
            "navigation unlike the first mentor page's (such as mentors/linh-tran.md)") in log

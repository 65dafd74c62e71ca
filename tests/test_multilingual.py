"""A site in two languages with mkdocs-static-i18n: each language gets its own directory."""

from __future__ import annotations

import re

from generator.translation import catalogue

from conftest import VALID_PROFILE
from sites import FIXTURE_CONFIG, build, make_site

I18N = """\
  - i18n:
      docs_structure: folder
      languages:
        - locale: en
          default: true
          name: English
          build: true
        - locale: es
          name: Español
          build: true
"""


def _two_languages(tmp_path):
    site = make_site(tmp_path, {"ada.yml": VALID_PROFILE},
                     FIXTURE_CONFIG.replace("  - mentor-directory\n", "  - mentor-directory\n" + I18N))
    (site / "content" / "es").mkdir()
    (site / "content" / "es" / "index.md").write_text(
        "# Inicio\n\n[Encuentra a tu mentora](mentors/index.md)\n", encoding="utf-8")
    result = build(site, "--strict")
    assert result.returncode == 0, result.stderr
    return site / "site"


def _menu(page: str) -> dict[str, str]:
    """The language menu's links, by language."""
    return {lang: href for href, lang in re.findall(
        r'<a href="([^"]*)" hreflang="([^"]*)" class="md-select__link', page)}


def test_each_language_gets_its_directory_in_its_language(tmp_path):
    built = _two_languages(tmp_path)
    english = (built / "mentors" / "index.html").read_text("utf-8")
    spanish = (built / "es" / "mentors" / "index.html").read_text("utf-8")
    assert '<html lang="en"' in english and '<html lang="es"' in spanish
    assert catalogue("es").gettext("Find a mentor") in spanish
    assert "Find a mentor" in english
    assert (built / "es" / "mentors" / "ada" / "index.html").is_file()
    assert (built / "es" / "mentors" / "match-index.json").is_file()
    assert (built / "assets" / "mentor-directory" / "catalogue-es.js").is_file()


def test_the_language_menu_leads_to_the_same_page_in_the_other_language(tmp_path):
    built = _two_languages(tmp_path)
    english = (built / "mentors" / "index.html").read_text("utf-8")
    spanish = (built / "es" / "mentors" / "index.html").read_text("utf-8")
    assert _menu(english) == {"en": "./", "es": "../es/mentors/"}
    assert _menu(spanish) == {"en": "../../mentors/", "es": "./"}
    home = (built / "es" / "index.html").read_text("utf-8")
    assert 'href="mentors/"' in home  # the Spanish home links to the Spanish directory


def test_each_directory_reads_the_sessions_of_its_language(tmp_path):
    built = _two_languages(tmp_path)
    for folder in ("", "es/"):
        page = (built / folder / "mentors" / "index.html").read_text("utf-8")
        index = re.search(r'data-sessions-index="([^"]*)"', page)[1]
        assert (built / folder / "mentors" / index).resolve() == (
            built / folder / "sessions" / "sessions.json").resolve()
        assert (built / folder / "sessions" / "sessions.json").is_file()

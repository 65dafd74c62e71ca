"""The sample site built in each shipped language: no English left in the pages it generates."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from languages import LANGUAGES, english_strings, visible_text

# The pages the plugin makes (the program's own pages are the organisers' to translate).
GENERATED = ("mentors/index.html", "mentors/*/index.html", "mentors/all/*/index.html",
             "insights/index.html", "our-mentors/index.html", "cohorts/index.html",
             "sessions/index.html", "sessions/*/index.html")


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_english_in_the_generated_pages(language, site_in_language):
    built: Path = site_in_language(language)
    english = english_strings(language)
    leaks = []
    for pattern in GENERATED:
        for path in sorted(built.glob(pattern)):
            text = " ".join(visible_text(path.read_text("utf-8")).split())
            leaks += [f"{path.relative_to(built)}: {found!r}" for found in sorted(english)
                      if re.search(rf"(?<!\w){re.escape(found)}(?!\w)", text)]
    assert leaks == []

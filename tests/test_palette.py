"""Palette contrast: Material's own stylesheets read as data, failing text colours replaced."""

from pathlib import Path

import material

from generator.palette import (
    WHITE,
    Scheme,
    colour,
    contrast,
    fixes,
    schemes,
    stylesheet_for,
    variables,
)

from conftest import VALID_PROFILE
from sites import FIXTURE_CONFIG, build, make_site

STYLESHEETS = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"
MATERIAL_CSS = "".join(next(STYLESHEETS.glob(pattern)).read_text(encoding="utf-8")
                       for pattern in ("main.*.min.css", "palette.*.min.css"))
TEAL = [{"scheme": "default", "primary": "teal", "accent": "deep orange"},
        {"scheme": "slate", "primary": "teal", "accent": "deep orange"}]
TEAL_CONFIG = FIXTURE_CONFIG.replace("  font: false\n", """\
  font: false
  palette:
    - media: "(prefers-color-scheme: light)"
      scheme: default
      primary: teal
      accent: deep orange
    - media: "(prefers-color-scheme: dark)"
      scheme: slate
      primary: teal
      accent: deep orange
""")


def test_contrast_follows_wcag():
    assert round(contrast((0, 0, 0), WHITE), 1) == 21.0
    assert round(contrast(colour("#767676", {}), WHITE), 2) == 4.54
    assert round(contrast(colour("#0000008a", {}), WHITE), 2) == 4.61  # laid over white


def test_the_palette_variables_come_from_materials_stylesheets():
    values = variables(MATERIAL_CSS, Scheme("slate", "teal", "deep-orange"))
    assert values["--md-primary-fg-color"] == "#009485"
    assert values["--md-typeset-a-color"] == "#00ccb8"
    assert colour(values["--md-default-bg-color"], values) is not None


def test_schemes_read_one_entry_or_a_list():
    assert schemes({"primary": "Deep Purple"}) == [Scheme("default", "deep-purple", "indigo")]
    assert schemes(None) == [Scheme()]
    assert [scheme.scheme for scheme in schemes(TEAL)] == ["default", "slate"]


def test_teal_and_deep_orange_get_readable_text_colours():
    found = fixes(MATERIAL_CSS, TEAL)
    assert [fix.text() for fix in found] == [
        "palette default/teal/deep-orange: header text #ffffff is 3.8:1 against its background, "
        "below 4.5:1; using #000000 instead",
        "palette default/teal/deep-orange: link #009485 is 3.8:1 against its background, below "
        "4.5:1; using #008577 instead",
        "palette default/teal/deep-orange: link on hover #ff6e42 is 2.8:1 against its background, "
        "below 4.5:1; using #db3300 instead",
        "palette slate/teal/deep-orange: header text #ffffff is 3.8:1 against its background, "
        "below 4.5:1; using #000000 instead",
    ]
    assert stylesheet_for(found).startswith(
        '[data-md-color-scheme="default"][data-md-color-primary="teal"]'
        '[data-md-color-accent="deep-orange"] {\n  --md-primary-bg-color: #000000;\n')


def test_every_material_colour_ends_up_readable():
    names = ["red", "pink", "purple", "deep purple", "indigo", "blue", "light blue", "cyan", "teal",
             "green", "light green", "lime", "yellow", "amber", "orange", "deep orange", "brown",
             "grey", "blue grey", "black", "white"]
    for scheme in ("default", "slate"):
        for name in names:
            palette = [{"scheme": scheme, "primary": name, "accent": name if name not in (
                "brown", "grey", "blue grey", "black", "white") else "indigo"}]
            for fix in fixes(MATERIAL_CSS, palette):
                values = variables(MATERIAL_CSS, schemes(palette)[0])
                background = colour(values.get(
                    "--md-primary-fg-color" if fix.what == "header text" else "--md-default-bg-color"),
                    values)
                assert contrast(colour(fix.after, values), background) >= 4.5, fix.text()


def test_the_build_says_what_it_changed_and_links_the_stylesheet(tmp_path):
    folder = make_site(tmp_path, {"ada.yml": VALID_PROFILE}, TEAL_CONFIG)
    result = build(folder, "--strict")
    assert result.returncode == 0, result.stderr
    assert ("INFO    -  mentor-directory: palette default/teal/deep-orange: link #009485 is "
            "3.8:1 against its background, below 4.5:1; using #008577 instead") in result.stderr
    home = (folder / "site" / "index.html").read_text(encoding="utf-8")
    assert 'href="assets/mentor-directory/palette.css"' in home
    assert "--md-typeset-a-color: #008577;" in (
        folder / "site" / "assets" / "mentor-directory" / "palette.css").read_text()

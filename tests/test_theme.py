"""Our copies of Material templates stay Material's file plus the one change each exists for."""

from pathlib import Path

import material

from sites import REPO

MATERIAL = Path(material.__file__).parent / "templates"
GENERATED = "{#-\n  This file was automatically generated - do not edit\n-#}\n"
SECTION_TOGGLE = ('id="{{ path }}_label" tabindex="{{ tabindex }}">\n'
                  '                <span class="md-nav__icon md-icon"></span>')


def test_nav_item_is_materials_with_a_named_section_toggle():
    original = (MATERIAL / "partials" / "nav-item.html").read_text(encoding="utf-8")
    ours = (REPO / "theme" / "partials" / "nav-item.html").read_text(encoding="utf-8")
    assert original.startswith(GENERATED) and original.count(SECTION_TOGGLE) == 1
    named = SECTION_TOGGLE + ('\n                <span class="mdir-visually-hidden">'
                              '{{ render_title(nav_item) }}</span>')
    body = ours.split("-#}\n", 1)[1]
    assert body == original[len(GENERATED):].replace(SECTION_TOGGLE, named), (
        "Material's nav-item.html changed: copy it again and re-apply the aria-label")

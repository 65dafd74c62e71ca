"""Bio HTML: the sanitiser's output is stable, and each bio is converted on its own."""

import pytest

from generator.bio import render_bio, sanitise


@pytest.mark.parametrize(("html", "expected"), [
    ("<p><select><p>", "<p></p><p></p><p></p>"),  # once: "<p><p></p></p>", read back as three
    ("<pre>\n\n", "<pre></pre>"),  # once: "<pre>\n</pre>", whose first newline parsing drops
    ("<div>\ufeff\ufeffx", "x"),  # once: byte order marks first, which parsing drops
])
def test_sanitising_settles_in_one_call(html, expected):
    assert sanitise(html) == expected
    assert sanitise(expected) == expected


def test_one_bio_cannot_define_a_link_for_the_next():
    assert "href" in render_bio("[r]: https://example.org/\n\n[x][r]")
    assert render_bio("[x][r]") == "<p>[x][r]</p>"


def test_deeply_quoted_bio_renders_alike_from_any_depth():
    """Python-Markdown nests block quotes until it nears the recursion limit: from deep inside a
    build or from a worker the same bio must still give the same page."""
    from pathlib import Path

    import yaml

    from generator import bio

    text = yaml.safe_load((Path(__file__).parent / "hostile" / "inert" / "markdown-nesting.yml")
                          .read_text(encoding="utf-8"))["bio"]

    def deep(levels: int) -> str:
        return bio._render(text) if levels == 0 else deep(levels - 1)

    assert deep(300) == deep(0)
    assert deep(0).count("<blockquote>") > 100

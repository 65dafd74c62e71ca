"""Organiser placeholders: found in the program's own pages only, links and code left alone."""

from generator.placeholders import PROGRAM_PAGES, find_placeholders, in_markdown

PAGE = """\
# Reporting

Contact [Name 1] at [email or form], or see [the charter](charter.md) and [the FAQ][faq].
![a logo](logo.png) and a footnote[^1] and `[not this]`, nor \\[this\\].

- [ ] a task box stays
- [x] so does this one

Mentors give [2 to 4] hours to [are a member of [Organisation name] / live in [region]].
<!-- [a comment] stays out,
[even over two lines] -->
```markdown
[your name] in a code block
```
[faq]: faq.md
"""


def test_square_brackets_that_are_not_links_or_code_are_placeholders():
    assert [(found.line, found.column, found.text) for found in in_markdown(PAGE, "x.md")] == [
        (3, 9, "[Name 1]"), (3, 21, "[email or form]"), (9, 14, "[2 to 4]"),
        (9, 32, "[are a member of [Organisation name] / live in [region]]")]


def test_only_the_programs_own_pages_hold_placeholders(tmp_path):
    for name in (*PROGRAM_PAGES, "mentees-guide.md", "templates/first-message.md"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("Write to [your mentor's name].\n")
    assert [found.path for found in find_placeholders(tmp_path, "content")] == [
        f"content/{name}" for name in PROGRAM_PAGES]


def test_the_message_names_the_place_and_the_step(tmp_path):
    (tmp_path / "charter.md").write_text("x\n\nYou can also report anonymously through "
                                         "[anonymous form link]. " + "[" + "x" * 80 + "]\n")
    first, long = (found.problem().text() for found in find_placeholders(tmp_path, "content"))
    assert first == (
        "content/charter.md:3:41: error: placeholder [anonymous form link] is not filled in; "
        "replace it with your program's own details, or delete the sentence (start guide: "
        "\"Fill in your program's details\")")
    assert long.startswith(f"content/charter.md:3:64: error: placeholder [{'x' * 57}…] is not")

"""The places organisers must fill in before their program goes live: reporting contacts, the
privacy contact, the FAQ's contact, local referral services and the charter's commitments.

The rule, by page: the program's own pages (PROGRAM_PAGES, in the docs folder) speak for the
organisers, and in them any text in square brackets that is not a link is a placeholder, such as
`[Name 1]` or `[email or form]`. Code, inline code and HTML comments don't count. Brackets in
every other page (templates, conversation guides, the mentee guide) belong to mentees and mentors,
who fill them in their own copies ("[your name]").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from generator.problems import Problem
from generator.sample import FILL_STEP, see
from generator.translation import _

# The pages that hold the organisers' own promises and contacts, and why each one does.
PROGRAM_PAGES = {
    "charter.md": "commitments, reporting contacts and response times",
    "privacy.md": "the privacy contact and how long data is kept",
    "faq.md": "whom to ask",
    "mentors-guide.md": "the local services mentors refer mentees to",
}
_FENCE = re.compile(r"^ *(```|~~~)")
_CODE_SPAN = re.compile(r"(`+).*?\1")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
SHOWN = 60  # characters of a long placeholder quoted in messages


@dataclass(frozen=True)
class Placeholder:
    """One unfilled place: where it is and what it says."""

    path: str
    line: int
    column: int
    text: str  # the brackets and what is between them

    def problem(self) -> Problem:
        shown = self.text if len(self.text) <= SHOWN else self.text[:SHOWN - 2] + "…]"
        return Problem(self.path, self.line, self.column,
                       _("placeholder {text} is not filled in", text=shown),
                       hint=_("replace it with your program's own details, or delete the "
                              "sentence ({guide})", guide=see(FILL_STEP)))


def find_placeholders(docs: Path, shown_docs: str) -> list[Placeholder]:
    """Every placeholder in the program pages of the docs folder; `shown_docs` is how messages
    name the folder (such as "content")."""
    found = []
    for name in PROGRAM_PAGES:
        path = docs / name
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            found += in_markdown(text, f"{shown_docs}/{name}")
    return found


def in_markdown(text: str, shown: str) -> list[Placeholder]:
    """The placeholders of one Markdown page."""
    # Comments are blanked, not removed, so that lines and columns still point into the file.
    text = _COMMENT.sub(lambda comment: re.sub(r"[^\n]", " ", comment.group()), text)
    found = []
    fenced = False
    for number, line in enumerate(text.splitlines(), 1):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced:
            line = _CODE_SPAN.sub(lambda span: " " * len(span.group()), line)
            found += [Placeholder(shown, number, column + 1, bracketed)
                      for column, bracketed in _brackets(line)]
    return found


def _brackets(line: str) -> list[tuple[int, str]]:
    """Outermost square-bracketed text on a line that is not a link (inline or by reference), an
    image, a footnote or a task-list box: (position, text)."""
    found = []
    depth, start = 0, 0
    for position, char in enumerate(line):
        if char == "[" and (position == 0 or line[position - 1] != "\\"):
            if depth == 0:
                start = position
            depth += 1
        elif char == "]" and depth and line[position - 1] != "\\":
            depth -= 1
            if depth == 0:
                text = line[start:position + 1]
                after = line[position + 1:position + 2]
                box = re.fullmatch(r"\[[ xX]\]", text) and re.fullmatch(r" *[-*+] ", line[:start])
                if not (after in ("(", "[", ":") or text.startswith("[^") or box
                        or line[start - 1:start] in ("!", "]")):
                    found.append((start, text))
    return found

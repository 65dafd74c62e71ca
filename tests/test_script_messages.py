"""The browser scripts show no English of their own: every text they put on the page comes from
`_()` or `ngettext()` (messages.js), so that `make messages` hands it to the translators.

A small scan of the scripts, by their tokens: a string literal with a letter in it, in a place
whose text the page shows (assigned to textContent, title or an aria-label; an attribute of the
`element` helper; a child given to `element`, `append` and their kin), and not inside a call (the
translation calls, `join(", ")`, `names("goals")`) is English the catalogue cannot reach."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from babel.messages.pofile import read_po

from generator import translation

from sites import REPO

SCRIPTS = REPO / translation.SCRIPT_SOURCES
NOTE = "Translators:"  # starts a comment for the translators (`--add-comments` in `make messages`)
# Properties and attributes whose text the page shows, or a screen reader reads.
TEXT_PROPERTIES = {"textContent", "innerText", "ariaLabel", "ariaDescription", "placeholder", "title",
                   "alt", "label"}
TEXT_ATTRIBUTES = {"aria-label", "aria-description", "placeholder", "title", "alt", "label"}
# Calls whose arguments become the text of the page: from the `skip`-th argument on.
CHILDREN = {"element": 2, "append": 0, "prepend": 0, "replaceChildren": 0, "after": 0, "before": 0,
            "replaceWith": 0, "createTextNode": 0}
# Words before "(" that make it a parenthesis rather than a call.
KEYWORDS = {"return", "typeof", "await", "case", "in", "of", "void", "yield", "else", "do", "if",
            "while", "for", "switch", "catch"}
COMPARISONS = {"===", "!==", "==", "!="}
LETTER = re.compile(r"[^\W\d_]")
REGEX_FLAGS = re.compile(r"/[a-z]*")
TEMPLATE_TEXT = re.compile(r"(?:[^`\\$]|\\.|\$(?!\{))*", re.S)
TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<string>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<name>[A-Za-z_$#][\w$]*)
  | (?P<number>\d[\w.]*)
  | (?P<punct>===|!==|==|!=|=>|\.\.\.|\?\?=?|\?\.|&&|\|\||[-+*/%<>!=&|^~?:;,.()\[\]{}`])
""", re.S | re.X)


@dataclass(frozen=True)
class Token:
    kind: str  # "name", "number", "punct", "regex", "string" (quoted) or "text" (a template's own)
    text: str
    line: int


def _regex_end(source: str, start: int) -> int:
    """Where a regular expression literal starting at `start` ("/") ends, flags included."""
    position, in_class = start + 1, False
    while source[position] != "/" or in_class:
        if source[position] == "\\":
            position += 1
        elif source[position] in "[]":
            in_class = source[position] == "["
        position += 1
    return REGEX_FLAGS.match(source, position).end()


def tokens(source: str, name: str) -> list[Token]:
    """The tokens of a script: template literals give their own text as "text" tokens, and each
    ${...} in them a "${" and a "}" around the tokens inside."""
    found: list[Token] = []
    braces: list[str] = []  # per open "{" or "${", which one: a "${" closes back into its template
    position, in_template = 0, False

    def line(at: int) -> int:
        return source.count("\n", 0, at) + 1

    while position < len(source):
        if in_template:
            end = TEMPLATE_TEXT.match(source, position).end()
            found.append(Token("text", source[position:end], line(position)))
            in_template = source.startswith("${", end)  # else its closing "`"
            if in_template:
                found.append(Token("punct", "${", line(end)))
                braces.append("${")
            position, in_template = end + (2 if in_template else 1), False
            continue
        previous = found[-1] if found else None
        if source[position] == "/" and not source.startswith(("//", "/*"), position) and (
                previous is None or previous.text in KEYWORDS
                or (previous.kind == "punct" and previous.text not in {")", "]", "}"})):
            found.append(Token("regex", "", line(position)))
            position = _regex_end(source, position)
            continue
        match = TOKEN.match(source, position)
        assert match, f"{name}:{line(position)}: the scan cannot read this"
        kind, text, position = match.lastgroup, match.group(), match.end()
        if kind in ("space", "comment"):
            continue
        if text == "`":
            in_template = True
            continue
        if text == "{":
            braces.append("{")
        elif text == "}" and braces and braces.pop() == "${":
            in_template = True
        found.append(Token(kind or "", text[1:-1] if kind == "string" else text, line(match.start())))
    return found


def _shown(found: list[Token], start: int, skip: int, one_value: bool) -> list[int]:
    """The literals with a letter that the page shows from the expression or the arguments (from
    the `skip`-th on) at found[start]; `one_value` ends it at the first comma."""
    shown, open_, argument = [], [], 0  # per open bracket: whether what is inside is still shown
    for n in range(start, len(found)):
        token = found[n]
        if token.kind == "punct" and token.text in {"(", "[", "{", "${"}:
            before = found[n - 1]
            call = before.text in {")", "]"} or (before.kind == "name" and before.text not in KEYWORDS)
            open_.append(token.text == "${" or (token.text == "(" and not call))
        elif token.kind == "punct" and token.text in {")", "]", "}"}:
            if not open_:
                break
            open_.pop()
        elif not open_ and token.text == ";" and token.kind == "punct":
            break
        elif not open_ and token.text == "," and token.kind == "punct":
            if one_value:
                break
            argument += 1
        elif (token.kind in {"string", "text"} and argument >= skip and all(open_)
              and LETTER.search(token.text) and not _compared(found, n)):
            shown.append(n)
    return shown


def _compared(found: list[Token], n: int) -> bool:
    """A literal a value is compared with (`state === "closed"`) is not shown."""
    return found[n - 1].text in COMPARISONS or (n + 1 < len(found) and found[n + 1].text in COMPARISONS)


def _sinks(found: list[Token]) -> list[tuple[int, int, bool]]:
    """Where a script hands text to the page: (first token, arguments to skip, one value only)."""
    sinks = []
    for n, token in enumerate(found[1:-2], start=1):
        before, after = found[n - 1], found[n + 1]
        text_key = ((token.kind == "name" and token.text in TEXT_PROPERTIES)
                    or (token.kind == "string" and token.text in TEXT_ATTRIBUTES))
        if text_key and before.text == "." and after.text == "=":
            sinks.append((n + 2, 0, True))  # node.title = ...
        elif text_key and before.text in {"{", ","} and after.text == ":":
            sinks.append((n + 2, 0, True))  # { title: ... }
        elif (token.text == "setAttribute" and after.text == "(" and found[n + 2].kind == "string"
              and found[n + 2].text in TEXT_ATTRIBUTES):
            sinks.append((n + 4, 0, False))  # setAttribute("aria-label", ...)
        elif token.kind == "name" and token.text in CHILDREN and after.text == "(":
            sinks.append((n + 2, CHILDREN[token.text], False))  # element(tag, attributes, ...children)
    return sinks


def untranslated(path: Path) -> list[str]:
    """Each literal a script shows as written, as "file:line: 'text'"."""
    where = path.relative_to(REPO) if path.is_relative_to(REPO) else path.name
    found = tokens(path.read_text("utf-8"), str(where))
    shown = sorted({n for sink in _sinks(found) for n in _shown(found, *sink)})
    return [f"{where}:{found[n].line}: {found[n].text!r}" for n in shown]


def test_the_scripts_show_only_translated_text():
    scripts = sorted(SCRIPTS.glob("*.js"))
    found = [problem for script in scripts for problem in untranslated(script)]
    assert found == [], ("English shown as written, out of reach of the translators: pass it "
                         "through _() or ngettext() from messages.js\n" + "\n".join(found))


def test_the_scan_finds_text_shown_as_written(tmp_path):
    script = tmp_path / "sample.js"
    script.write_text("""// "Not this": a comment, nor the regular expression below.
const pattern = /["'`]/g, half = total / 2;
node.textContent = "Filters";
node.textContent = active ? _("Filters ({count} on)", { count: active }) : `${count} more`;
node.setAttribute("aria-label", "Close");
node.setAttribute("data-kind", "not text");
node.append(" ", label, _("Fine"), names("goals").join(", "), `(${n})`);
element("p", { class: "mdir-mode", title: "Hint" }, "Show mentors", element("b", {}, "bold"));
status.textContent = kind === "closed" ? `${a} ${b ? "x" : `nested ${c}`}` : "";
""", "utf-8")
    assert untranslated(script) == [
        "sample.js:3: 'Filters'", "sample.js:4: ' more'", "sample.js:5: 'Close'",
        "sample.js:8: 'Hint'", "sample.js:8: 'Show mentors'", "sample.js:8: 'bold'",
        "sample.js:9: 'x'", "sample.js:9: 'nested '"]


def test_every_note_to_translators_reaches_them():
    """Babel takes a "// Translators:" comment only from the line right above a message's line."""
    written = sorted(line.split(f"// {NOTE}", 1)[1].strip() for script in SCRIPTS.glob("*.js")
                     for line in script.read_text("utf-8").splitlines() if f"// {NOTE}" in line)
    with (REPO / "generator" / "locales" / "messages.pot").open("rb") as file:
        template = read_po(file)
    extracted = sorted(" ".join(message.auto_comments).removeprefix(NOTE).strip()
                       for message in template if message.auto_comments
                       and any(path.startswith(translation.SCRIPT_SOURCES) for path, _ in message.locations))
    assert extracted == written

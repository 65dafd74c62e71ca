"""The template's sample data, found wherever it is still in use: fictional mentors, sessions and
outcomes, the sample home page, example addresses, the template's repository and team.

Sample files say so themselves: each has a comment starting `mentor-directory:sample` on a line,
which the start guide has organisers delete with the file (or with the comment, once the file
holds their own words). Everything else is recognised by the names only the template uses.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import urlsplit

from generator.problems import Problem
from generator.settings import read_config
from generator.translation import _

MARKER = "mentor-directory:sample"
# The marker in a comment at the start of a line: YAML's `#` or Markdown's `<!--`, so that pages
# that merely mention it (the start guide) don't count.
_MARKED = re.compile(rf"^[ \t]*(?:#|<!--)[ \t]*{MARKER}", re.M)
TEMPLATE_OWNER = "example-org"  # the template's placeholder GitHub organisation
CODEOWNERS = ".github/CODEOWNERS"
# Reserved for examples (RFC 2606): no program's form or site is ever there.
EXAMPLE_DOMAINS = ("example.org", "example.com", "example.net")
_URL = re.compile(r"https?://[^\s\"'<>]+")
SAMPLE_SUFFIXES = (".yml", ".yaml", ".md")  # the files that can say they are sample data


def see(step: str) -> str:
    """Where in the start guide (content/start.md) to read about it: the step's title."""
    # Translators: where to read more; the step is a heading of the (English) start guide.
    return _('start guide: "{step}"', step=step)


# The start guide's steps that messages send organisers to.
NAME_STEP = "Name your site"
REPLACE_STEP = "Replace the sample data"
FILL_STEP = "Fill in your program's details"
OWNERS_STEP = "Name who looks after the site"
STEPS = (NAME_STEP, REPLACE_STEP, FILL_STEP, OWNERS_STEP)


def find_sample(config_file: Path, profiles: str) -> list[Problem]:
    """Every place the program still uses the template's sample data, located for an editor;
    `profiles` is the profiles folder the plugin's options name."""
    base = config_file.parent
    config = read_config(config_file)
    found = _in_config(config_file.name, config_file.read_text(encoding="utf-8"), config)
    docs = str(config.get("docs_dir") or "docs")
    folders = [profiles.strip("/"), docs]
    for folder in folders:
        if (base / folder).is_dir():
            found += _marked_files(base, folder)
    codeowners = base / CODEOWNERS
    if codeowners.is_file():
        found += _in_codeowners(codeowners.read_text(encoding="utf-8", errors="replace"))
    return found


def _in_config(shown: str, text: str, config: dict) -> list[Problem]:
    """The template's repository, no site address, and example addresses in mkdocs.yml."""
    found = []
    if not config.get("site_url"):
        at = _line_of(text, re.compile(r"^#? *site_url:", re.M))
        found.append(Problem(shown, at, 1, _("site_url is not set, so links to the site (in "
                                             "calendar files, the search engines' sitemap, the "
                                             "profile check's summary) can't be made"),
                             hint=_("set it to your site's address ({guide})",
                                    guide=see(NAME_STEP))))
    for number, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith("#"):
            continue
        if f"/{TEMPLATE_OWNER}/" in line or f" {TEMPLATE_OWNER}/" in line:
            found.append(Problem(shown, number, line.index(TEMPLATE_OWNER) + 1,
                                 _("still names the template's placeholder '{owner}'",
                                   owner=TEMPLATE_OWNER),
                                 hint=_("name your own repository ({guide})",
                                        guide=see(NAME_STEP))))
        for url in _URL.finditer(line):
            host = (urlsplit(url.group()).hostname or "").lower()
            if any(host == domain or host.endswith("." + domain) for domain in EXAMPLE_DOMAINS):
                found.append(Problem(shown, number, url.start() + 1,
                                     _("{address} is an example address, not your program's",
                                       address=url.group()),
                                     hint=_("put your own form or page there, or delete the "
                                            "sample cohort or setting ({guide})",
                                            guide=see(REPLACE_STEP))))
    return found


def _marked_files(base: Path, folder: str) -> list[Problem]:
    """Files of the folder and its subfolders (not through links to folders) that say they are
    sample data, in the order of their paths."""
    found: list[tuple[tuple[str, ...], str, int]] = []

    def visit(path: str, parts: tuple[str, ...]) -> None:
        with os.scandir(path) as listing:
            for entry in listing:
                if entry.is_dir(follow_symlinks=False):
                    visit(entry.path, (*parts, entry.name))
                elif os.path.splitext(entry.name)[1] in SAMPLE_SUFFIXES and entry.is_file():
                    line = _marked_line(entry.path, entry.stat())
                    if line is not None:
                        found.append(((*parts, entry.name), entry.path, line))

    visit(str(base / folder), ())
    return [Problem(Path(path).relative_to(base).as_posix(), line, 1,
                    _("is the template's fictional sample"),
                    hint=_("delete the file, or once it holds your program's own words, the line "
                           "with '{marker}' ({guide})", marker=MARKER, guide=see(REPLACE_STEP)))
            for _parts, path, line in sorted(found)]


def _marked_line(path: str, status: os.stat_result) -> int | None:
    """The line of the file's sample marker, if it has one. A file that is where it was, with
    the size and times of change it had when this process last read it, is not read again:
    `mkdocs serve` looks through every profile before each build, and writing a file changes
    its time of change (ctime), which no program sets back."""
    seen = (status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns)
    last = _LINES.get(path)
    if last is not None and last[0] == seen:
        return last[1]
    with open(path, "rb") as file:
        text = file.read().decode("utf-8", errors="replace")
    marked = _MARKED.search(text)
    line = text.count("\n", 0, marked.start()) + 1 if marked else None
    _LINES[path] = seen, line
    return line


# What _marked_line found in each file, by path, with the file's identity, size and times then.
_LINES: dict[str, tuple[tuple[int, int, int, int], int | None]] = {}


def _in_codeowners(text: str) -> list[Problem]:
    """The template's placeholder team, still named as the code owners."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.lstrip().startswith("#") and f"@{TEMPLATE_OWNER}/" in line:
            return [Problem(CODEOWNERS, number, line.index("@") + 1,
                            _("still names the template's placeholder team {team}",
                              team=f"@{TEMPLATE_OWNER}/…"),
                            hint=_("name your own team or people ({guide})",
                                   guide=see(OWNERS_STEP)))]
    return []


def _line_of(text: str, pattern: re.Pattern[str]) -> int:
    found = pattern.search(text)
    return text.count("\n", 0, found.start()) + 1 if found else 1

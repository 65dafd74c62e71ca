"""The files the repository keeps that are derived from the program's lists: the editors' profile
schema and the issue forms. Declared once, so that `mentors generate` rewrites them all, the
workflow proposes them after a change to mkdocs.yml, and `mentors check` notices one left behind.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator import issue_form, reports, session_form
from generator.profile import json_schema
from generator.program import Program


def schema_text(program: Program) -> str:
    """The JSON Schema editors check profiles against, as the repository and the site keep it."""
    return json.dumps(json_schema(program), indent=2, ensure_ascii=False) + "\n"


@dataclass(frozen=True)
class Generated:
    """One derived file: where it lives, the command that writes it alone, and its text."""

    path: str  # relative to the folder of mkdocs.yml
    command: str
    text: Callable[[Program], str]


GENERATED = (
    Generated("schema/mentor.schema.json", "mentors schema", schema_text),
    Generated(issue_form.FORM_FILE, "mentors issue-form", issue_form.render_form),
    Generated(session_form.FORM_FILE, "mentors session-form", session_form.render_form),
    Generated(reports.FORM_FILE, "mentors report-form", reports.render_form),
)


def out_of_date(base: Path, program: Program) -> list[Generated]:
    """The derived files whose text differs from what the program's lists give."""
    return [item for item in GENERATED if not (base / item.path).is_file()
            or (base / item.path).read_text(encoding="utf-8") != item.text(program)]


def write_all(base: Path, program: Program) -> list[Generated]:
    """Rewrites every derived file that is out of date; returns those it wrote."""
    stale = out_of_date(base, program)
    for item in stale:
        (base / item.path).parent.mkdir(parents=True, exist_ok=True)
        (base / item.path).write_text(item.text(program), encoding="utf-8")
    return stale

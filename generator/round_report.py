"""What a matching round hands the organisers: the pairs as CSV, a readable report, and the
supply-and-demand view (what applicants asked for against what open mentors offer).

These files hold applicants' personal data. They are written only to the organiser's own folder;
the command refuses the site's folders. Counts of applicants under the program's suppression
threshold are shown as "<5", as the insights page shows outcomes.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass
from datetime import date

from generator.applications import Applications
from generator.languages import languages
from generator.matching import Match, Pair, Round, open_places
from generator.outcomes import SUPPRESS_BELOW, shown
from generator.pages import render_template
from generator.problems import UserError
from generator.program import Program
from generator.translation import _

PAIR_COLUMNS = ("mentee_email", "mentee_name", "mentor_id", "mentor_name", "fit_percent", "how",
                "why")
# A spreadsheet runs a cell starting with one of these as a formula; applicants wrote the text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Demand:
    """One goal or language: how many applicants asked for it, and what open mentors offer."""

    label: str
    applicants: str  # shown with small counts suppressed
    mentors: int  # open mentors who offer it
    places: int  # places those mentors could take in this round


def pairs_csv(result: Round) -> str:
    """The proposed pairs, one a row; text that a spreadsheet would run is made inert."""
    return _csv([_row(match, result) for match in result.matches])


def rematch_csv(current: list[tuple[Pair, dict[str, str]]], ended: str, result: Round) -> str:
    """The round's pairs as they were, with the ended applicant's row replaced by the proposal."""
    rows = []
    for pair, row in current:
        if pair.mentee.casefold() != ended:
            rows.append([row.get(column) or "" for column in PAIR_COLUMNS])
        elif result.matches:
            rows.append(_row(result.matches[0], result))
        else:
            rows.append([row.get("mentee_email") or "", row.get("mentee_name") or "", "", "", "",
                         "unmatched", result.unmatched[0][1]])
    return _csv(rows)


def _row(match: Match, result: Round) -> list[str]:
    return [match.application.email, match.application.name, match.mentor.id,
            match.mentor.profile.name, str(match.fit.percent(result.rules.weights)), match.how,
            match.fit.reasons()]


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(PAIR_COLUMNS)
    writer.writerows([_cell(value) for value in row] for row in rows)
    return out.getvalue()


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def read_pairs(data: bytes, shown_path: str) -> list[tuple[Pair, dict[str, str]]]:
    """The pairs of a round, from its pairs CSV (as written, or edited in a spreadsheet)."""
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    missing = {"mentee_email", "mentor_id"} - set(rows[0] if rows else ())
    if missing:
        raise UserError(f"{shown_path}: needs the columns mentee_email and mentor_id, as "
                         "'mentors match' writes them")
    return [(Pair(row["mentee_email"].strip().removeprefix("'"), row["mentor_id"].strip()), row)
            for row in rows
            if (row["mentee_email"] or "").strip() and (row["mentor_id"] or "").strip()]


def supply_and_demand(result: Round, program: Program) -> dict[str, list[Demand]]:
    """Goals and languages asked for by applicants against open mentors, in aggregate, by what
    a table's rows are ("Goal", "Language")."""
    applications = result.table.applications
    mentors = [mentor for mentor in result.table.mentors if mentor.state == "open"]
    places = {mentor.id: open_places(mentor, result.rules) for mentor in mentors}

    def rows(asked: Counter, offers, labels: dict[str, str]) -> list[Demand]:
        found = []
        for item, label in labels.items():
            offering = [mentor for mentor in mentors if item in offers(mentor)]
            found.append(Demand(label, shown(asked[item]), len(offering),
                                sum(places[mentor.id] for mentor in offering)))
        return found

    goals = Counter(goal for application in applications for goal in application.goals)
    spoken = Counter(code for application in applications for code in application.languages)
    codes = sorted(set(spoken) | {code for mentor in mentors for code in mentor.profile.languages},
                   key=lambda code: (-spoken[code], languages().shown(code)))
    return {
        _("Goal"): rows(goals, lambda mentor: mentor.profile.goals,
                        {entry.id: entry.label for entry in program.goals}),
        _("Language"): rows(spoken, lambda mentor: mentor.profile.languages,
                            {code: languages().shown(code) for code in codes}),
    }


def report_html(result: Round, applications: Applications, program: Program, *, source: str,
                today: date) -> str:
    """The round as one HTML page for the organisers: summary, pairs, who is left and why, load,
    supply and demand, and every row of the export that could not be used."""
    weights = result.rules.weights
    fits = [match.fit.percent(weights) for match in result.matches]
    total = len(result.matches) + len(result.unmatched)
    return render_template(
        "match_report.html", result=result, weights=weights, source=source, today=today,
        total=total, matched=len(result.matches),
        mean_fit=round(sum(fits) / len(fits)) if fits else None,
        largest_new=max((load.new for load in result.loads), default=0),
        demand=supply_and_demand(result, program), suppress_below=SUPPRESS_BELOW,
        unused=sorted(applications.unused.items()), ignored=applications.ignored_columns,
        empty_rows=applications.empty_rows)

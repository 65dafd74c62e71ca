"""HTML for the formal track: the cohort banner and the cohort page with each timeline."""

from __future__ import annotations

from datetime import date

from generator.cohorts import Cohort, featured
from generator.pages import render_template


def render_cohort_banner(cohorts: tuple[Cohort, ...], today: date, page: str) -> str:
    """The banner for the current or next cohort, or nothing; `page` is the cohort page's URL."""
    cohort = featured(cohorts, today)
    if cohort is None:
        return ""
    return render_template("cohort_banner.html", cohort=cohort, today=today, page=page).strip()


def render_cohorts(cohorts: tuple[Cohort, ...], today: date, *, title: str, directory: str,
                   calendars: dict[str, str]) -> str:
    """The cohort page: cohorts still to come or under way, then earlier ones by name.

    `calendars` maps each cohort id to the URL of its calendar file.
    """
    return render_template(
        "cohorts.html", title=title, today=today, directory=directory, calendars=calendars,
        current=[cohort for cohort in cohorts if cohort.state(today) != "finished"],
        finished=[cohort for cohort in cohorts if cohort.state(today) == "finished"])

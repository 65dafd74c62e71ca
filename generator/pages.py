"""HTML for the directory and mentor pages, rendered with autoescaping so profile text stays text."""

from __future__ import annotations

import base64
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from babel.dates import format_skeleton
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from generator.bio import render_bio
from generator.charts import Chart, bar_chart
from generator.directory import Directory, Mentor
from generator.facts import background, meets
from generator.insights import GAP, HEAVY_LOAD, Coverage, Insights, Moment, summary
from generator.kept import Kept
from generator.languages import languages
from generator.outcomes import (
    SUPPRESS_BELOW,
    WAVES,
    Mentees,
    MenteeSurvey,
    Mentors,
    MentorSurvey,
    Outcomes,
    shown,
    shown_score,
    visible,
    visible_score,
)
from generator.program import Program
from generator.request import RequestSettings
from generator.translation import Catalogue, _, active, ngettext
from generator.trust import ago, trust_line
from generator.workday import WORKDAY, clock, describe_window

AVATAR_COLOURS = 6
STATIC_CARDS = 30  # cards per static list page; the directory page itself is the first
MATCH_INDEX = "match-index.json"  # beside the directory page


@dataclass(frozen=True)
class Links:
    """How pages link to each other, so the same HTML works at any site path."""

    directory_urls: bool = True

    def mentor_from_directory(self, mentor_id: str) -> str:
        return f"{mentor_id}/" if self.directory_urls else f"{mentor_id}.html"

    @property
    def directory_from_mentor(self) -> str:
        return "../" if self.directory_urls else "index.html"

    def list_page(self, number: int, *, on: int) -> str:
        """The link to a static list page from the list page `on` (1: the directory page)."""
        if on == 1:
            return f"all/{number}/" if self.directory_urls else f"all/{number}.html"
        if number == 1:
            return "../../" if self.directory_urls else "../index.html"
        return f"../{number}/" if self.directory_urls else f"{number}.html"

    def mentor_from_list(self, mentor_id: str, *, on: int) -> str:
        """The link to a mentor's page from the list page `on`."""
        if on == 1:
            return self.mentor_from_directory(mentor_id)
        return f"../../{mentor_id}/" if self.directory_urls else f"../{mentor_id}.html"


@cache
def _environment() -> Environment:
    env = Environment(loader=PackageLoader("generator", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      extensions=["jinja2.ext.i18n"])
    env.install_gettext_callables(_markup_gettext, _markup_ngettext)  # type: ignore[attr-defined]
    env.globals.update(status=availability_status, language_name=lambda code: languages().shown(code),
                       trust_line=trust_line, meets_by=meets, background_of=background,
                       language=lambda: active().language)
    env.filters.update(avatar_colour=avatar_colour, zone=lambda zone: zone.replace("_", " "),
                       day=_day, month=month, number=lambda value: active().number(value))
    return env


def _markup_gettext(message: str, /, **values: Any) -> Markup:
    """A template's message in the site's language, its values escaped unless they are markup."""
    return Markup.escape(_(message)).format(**values)


def _markup_ngettext(singular: str, plural: str, count: int, /, **values: Any) -> Markup:
    """A template's message with a count, in the form the language's plural rules give."""
    catalogue = active()
    text = catalogue.translations.ngettext(singular, plural, count)
    return Markup.escape(text).format(count=catalogue.number(count), **values)


def render_template(name: str, **context: Any) -> str:
    """A package template with the shared filters, for modules that render pages of their own."""
    return _environment().get_template(name).render(**context)


def avatar_colour(mentor_id: str) -> int:
    """One of the stylesheet's avatar colours, the same for a mentor on every build."""
    return zlib.crc32(mentor_id.encode()) % AVATAR_COLOURS


def availability_status(mentor: Mentor) -> tuple[str, str]:
    """The mentor's state and a sentence a mentee reads about it."""
    availability = mentor.profile.availability
    state = mentor.state
    if state == "closed":
        return state, _("Not accepting new mentees")
    if state == "full":
        assert availability.capacity is not None  # only a limited mentor fills up
        return state, ngettext("Full: {count} of {count} place taken",
                               "Full: {count} of {count} places taken", availability.capacity)
    if state == "stale":
        assert mentor.confirmed is not None  # only a dated profile goes stale
        return state, _("Not confirmed since {day}", day=_day(mentor.confirmed))
    spots = availability.spots_left
    if spots is None:
        return state, _("Accepting mentees (no fixed limit)")
    return state, ngettext("Accepting mentees: {count} place left",
                           "Accepting mentees: {count} places left", spots)


def _day(day: date) -> str:
    return active().day(day)


def month(day: date, *, short: bool = False) -> str:
    """A month as the site's language writes it: "March 2026", or "Mar 2026" where room is short."""
    return format_skeleton("yMMM" if short else "yMMMM", day, locale=active().formats)


def render_directory(directory: Directory, links: Links, settings: RequestSettings, *,
                     title: str, banner: str = "", guide: str | None = None,
                     script: str = "", sessions_index: str = "") -> str:
    """The directory page body: the search form (run by the script) and mentor cards.

    The cards are the first static list page (list_pages): what the script shows before any
    search, so the first result is in the page itself. Without JavaScript that is the list, with
    links to the next pages when there are more.
    `banner` is HTML shown under the heading: the next cohort, if any. With no mentors yet, the
    page says so (and links to the profile `guide`, if the site has one) instead. `script`: the
    address of the page's script; `sessions_index`, that of the circles and events the "Circles
    and events for this" links read.
    """
    if not directory.mentors:
        return _environment().get_template("directory_empty.html").render(
            title=title, banner=Markup(banner), guide=guide)
    goals = {entry.id: entry for entry in directory.program.goals}
    return _environment().get_template("directory.html").render(
        directory=directory, links=links, goals=goals, title=title, page=1,
        pages=list_pages(directory), static_cards=_listed(directory)[:STATIC_CARDS],
        match_index=MATCH_INDEX, composer=composer(settings),
        accepting=sum(1 for mentor in directory.mentors if mentor.state == "open"),
        banner=Markup(banner), script=script, sessions_index=sessions_index,
    )


def render_directory_head(preload: Sequence[str]) -> str:
    """What the directory page's head asks for at once: the index's core and the modules its
    script will import (its own, the site's stemmers and messages), by address, script first."""
    return _environment().get_template("directory_head.html").render(match_index=MATCH_INDEX,
                                                                     preload=preload)


def render_goal_mentors(directory: Directory, goal: str, href: Callable[[Mentor], str]) -> str:
    """The mentors who help with a goal, those a mentee can ask now first: for a guide page."""
    mentors = [mentor for mentor in directory.mentors if goal in mentor.profile.goals]
    mentors.sort(key=lambda mentor: mentor.state != "open")
    entries = [(mentor, href(mentor)) for mentor in mentors]
    # A guide lists thousands of mentors in a large directory: a list that shows what it showed
    # in the last build of this process (`mkdocs serve`) is not rendered again.
    last = _GOAL_LISTS.get((goal, active()))
    if last is not None and last[0] == entries:
        return last[1]
    html = _environment().get_template("goal_mentors.html").render(
        entries=entries, empty=_("No mentor lists this goal yet.")).strip()
    _GOAL_LISTS[(goal, active())] = entries, html
    return html


# Each goal's list as last rendered, in each language: the mentors and links, and the HTML.
_GOAL_LISTS: dict[tuple[str, Catalogue], tuple[list[tuple[Mentor, str]], str]] = {}


def render_open_mentors(directory: Directory, count: int, href: Callable[[Mentor], str]) -> str:
    """A few mentors a mentee can ask now, for the home page: a different few each day."""
    mentors = [mentor for mentor in directory.mentors if mentor.state == "open"]
    # Spread the attention: the same build day shows the same mentors, the next day others.
    mentors.sort(key=lambda mentor: zlib.crc32(f"{directory.today}:{mentor.id}".encode()))
    return _environment().get_template("goal_mentors.html").render(
        entries=[(mentor, href(mentor)) for mentor in mentors[:count]],
        empty=_("No mentor is taking new mentees right now.")).strip()


def render_search_box(action: str) -> str:
    """The home page's search form: it submits to the directory, so it works without scripts."""
    return _environment().get_template("search_box.html").render(action=action).strip()


def render_insights(directory: Directory, figures: Insights, outcomes: Outcomes | None,
                    history: list[Moment], *, measures_link: str | None) -> str:
    """The insights page: gaps, then charts of coverage, hours, skills, load and outcomes. Asked
    again in the same process about the same figures (`mkdocs serve` rebuilding), the page is
    the one rendered last."""
    global _LAST_INSIGHTS
    asked = (figures, outcomes, history, measures_link, directory.today,
             directory.stale_after_days, active())
    if _LAST_INSIGHTS is not None and _LAST_INSIGHTS[0] == asked:
        return _LAST_INSIGHTS[1]
    page = _render_insights(directory, figures, outcomes, history, measures_link=measures_link)
    _LAST_INSIGHTS = asked, page
    return page


# The figures, outcomes, history and settings render_insights was last asked about, and the page.
_LAST_INSIGHTS: tuple[tuple[object, ...], str] | None = None


def _render_insights(directory: Directory, figures: Insights, outcomes: Outcomes | None,
                     history: list[Moment], *, measures_link: str | None) -> str:
    """render_insights, worked out."""
    common = dict(figures=figures, summary=summary(figures), today=directory.today,
                  stale_after_days=directory.stale_after_days, gap=GAP, heavy_load=HEAVY_LOAD,
                  suppress_below=SUPPRESS_BELOW, measures_link=measures_link,
                  outcomes=_outcome_charts(outcomes) if outcomes else None)
    if not figures.mentors:  # nothing to chart about mentors yet
        return _environment().get_template("insights.html").render(
            coverage=[], hours=None, skills=None, load=None, history=None, **common)
    number = active().number
    coverage = [
        # Translators: {noun} is one of the choices a chart counts: goal, mentee stage, format...
        bar_chart(f"chart-{name}", _("Mentors and open places per {noun}", noun=noun),
                  _describe(rows, noun), noun[:1].upper() + noun[1:],
                  [_("Mentors"), _("Accepting"), _("Open places")],
                  [(row.label, [row.mentors, row.accepting, row.open_places],
                    [number(row.mentors), number(row.accepting),
                     _("{count} + no limit", count=number(row.open_places)) if row.unlimited
                     else number(row.open_places)])
                   for row in rows])
        for name, noun, rows in (("goals", _("goal"), figures.goals),
                                 ("stages", _("mentee stage"), figures.stages),
                                 ("formats", _("format"), figures.formats),
                                 ("experiences", _("lived experience"), figures.experiences),
                                 ("languages", _("language"), figures.languages))]
    busiest = max(range(24), key=lambda hour: figures.hours[hour])
    quietest = min(range(24), key=lambda hour: figures.hours[hour])
    hours = bar_chart(
        "chart-hours", _("Accepting mentors in their working day, by hour (UTC)"),
        _("Most at {busiest} UTC ({most}), fewest at {quietest} UTC ({fewest}). A mentor's "
          "working day is {start} to {end} local time.", busiest=clock(busiest * 60),
          most=number(figures.hours[busiest]), quietest=clock(quietest * 60),
          fewest=number(figures.hours[quietest]), start=clock(WORKDAY[0] * 60),
          end=clock(WORKDAY[1] * 60)),
        _("Hour (UTC)"), [_("Accepting mentors")],
        [(clock(hour * 60), [count], [number(count)]) for hour, count in enumerate(figures.hours)])
    skills = bar_chart(
        "chart-skills", _("Skills most offered"),
        # Translators: a skill and how many mentors offer it; a few are listed, each followed by ";".
        "; ".join(_("{skill}: {count}", skill=label, count=number(count))
                  for label, count in figures.skills[:3]) + ".",
        _("Skill"), [_("Mentors")],
        [(label, [count], [number(count)]) for label, count in figures.skills])
    load = bar_chart(
        "chart-load", _("Mentors by how many mentees they have now"),
        # Translators: how many mentors have a number of mentees, such as "12 with 0" or "3 with 5+".
        "; ".join(_("{count} with {mentees}", count=number(count), mentees=label)
                  for label, count in figures.load) + ".",
        _("Mentees now"), [_("Mentors")],
        [(label, [count], [number(count)]) for label, count in figures.load])
    trend = bar_chart(
        "chart-history", _("Profiles, full and stale, at the end of each month"),
        ngettext("From git history: {count} profile at the end of {month}, {profiles} on {day}, "
                 "of which {full} full and {stale} stale.",
                 "From git history: {count} profiles at the end of {month}, {profiles} on {day}, "
                 "of which {full} full and {stale} stale.", history[0].profiles,
                 month=month(history[0].day), profiles=number(history[-1].profiles),
                 day=_day(history[-1].day), full=number(history[-1].full),
                 stale=number(history[-1].stale)),
        _("Month"), [_("Profiles"), _("Full"), _("Stale")],
        [(month(moment.day, short=True), [moment.profiles, moment.full, moment.stale],
          [number(moment.profiles), number(moment.full), number(moment.stale)])
         for moment in history],
    ) if len(history) > 1 else None
    return _environment().get_template("insights.html").render(
        coverage=coverage, hours=hours, skills=skills, load=load, history=trend, **common)


def _describe(rows: list[Coverage], noun: str) -> str:
    most = max(rows, key=lambda row: row.mentors)
    fewest = min(rows, key=lambda row: row.accepting)
    number = active().number
    # Translators: {noun} is one of the choices a chart counts: goal, mentee stage, format...
    return _("For each {noun}: the mentors who offer it, how many are accepting, and their open "
             "places (mentors with no set capacity add 'no limit'). Most: {most} ({mentors}, "
             "{accepting} accepting). Fewest accepting: {fewest} ({fewest_accepting}).",
             noun=noun, most=most.label, mentors=number(most.mentors),
             accepting=number(most.accepting), fewest=fewest.label,
             fewest_accepting=number(fewest.accepting))


def _outcome_charts(outcomes: Outcomes) -> list[Chart]:
    """Cohorts side by side, mentees' and mentors' figures apart; suppressed figures draw no bar
    and show as "<5", "hidden" or "fewer than 5 answers"."""
    cohorts = outcomes.cohorts
    charts = []
    for people, kind in (("mentees", Mentees), ("mentors", Mentors)):
        groups = [(cohort.name, getattr(cohort, people)) for cohort in cohorts
                  if getattr(cohort, people) is not None]
        if groups:
            charts.append(bar_chart(
                f"chart-{people}", _PEOPLE[people].by_cohort(), _PEOPLE[people].counted(),
                _("Cohort"), [_(label) for label in kind.COUNTS.values()],
                [(name, [visible(getattr(group, count)) for count in kind.COUNTS],
                  [shown(getattr(group, count)) for count in kind.COUNTS])
                 for name, group in groups]))
    # The change from start to end is the figure that matters: a measure asked at the start gets
    # a chart of its own with both; those asked only at the end share one chart.
    end_only: list[tuple[str, str, str]] = []  # people, score, series name
    for people, survey_kind in (("mentees", MenteeSurvey), ("mentors", MentorSurvey)):
        for score, label in survey_kind.SCORES.items():
            asked = {wave: any(_score(cohort.survey(people, wave), score) for cohort in cohorts)
                     for wave in WAVES}
            if not asked["start"]:
                if asked["end"]:
                    end_only.append((people, score, _PEOPLE[people].measure(_(label))))
                continue
            rows = [(cohort.name, [cohort.survey(people, wave) for wave in WAVES])
                    for cohort in cohorts]
            charts.append(bar_chart(
                f"chart-{people}-{score.replace('_', '-')}", _PEOPLE[people].scale(_(label)),
                _survey_description(_PEOPLE[people].average(), [(people, "start"), (people, "end")],
                                    cohorts), _("Cohort"), [_("Start"), _("End")],
                [(name, [visible_score(survey, score) for survey in surveys],
                  [shown_score(survey, score) for survey in surveys]) for name, surveys in rows]))
    if end_only:
        charts.append(bar_chart(
            "chart-end-of-cohort", _("End of cohort (1 to 5)"),
            _survey_description(_("Average answers at the end of each cohort"),
                                [(people, "end") for people in dict.fromkeys(
                                    people for people, _measure, _series in end_only)], cohorts),
            _("Cohort"), [series for _people, _measure, series in end_only],
            [(cohort.name, [visible_score(cohort.survey(people, "end"), score)
                            for people, score, _series in end_only],
              [shown_score(cohort.survey(people, "end"), score)
               for people, score, _series in end_only])
             for cohort in cohorts]))
    return charts


@dataclass(frozen=True)
class _People:
    """What the outcome charts say of one side, mentees or mentors, in whole sentences."""

    by_cohort: Callable[[], str]  # the counts chart's title
    counted: Callable[[], str]  # its description
    measure: Callable[[str], str]  # a measure asked only at the end, as a series of the chart
    scale: Callable[[str], str]  # the title of a measure's chart
    average: Callable[[], str]  # what a measure's chart shows


_PEOPLE = {
    "mentees": _People(
        lambda: _("Mentees by cohort"),
        lambda: _("For each cohort: how many mentees enrolled, completed, were still in tech 12 "
                  "months later and were promoted. Counts under {count} show as \"<{count}\", "
                  "and a count that would reveal one as \"hidden\".", count=SUPPRESS_BELOW),
        # Translators: {measure} is a survey measure, such as "Confidence".
        lambda measure: _("{measure} (mentees)", measure=measure),
        # Translators: {measure} is a survey measure, such as "Confidence".
        lambda measure: _("{measure}, mentees (1 to 5)", measure=measure),
        lambda: _("The mentees' average answer at the start and at the end of each cohort")),
    "mentors": _People(
        lambda: _("Mentors by cohort"),
        lambda: _("For each cohort: how many mentors enrolled and completed. Counts under {count} "
                  "show as \"<{count}\", and a count that would reveal one as \"hidden\".",
                  count=SUPPRESS_BELOW),
        # Translators: {measure} is a survey measure, such as "Felt equipped".
        lambda measure: _("{measure} (mentors)", measure=measure),
        # Translators: {measure} is a survey measure, such as "Felt equipped".
        lambda measure: _("{measure}, mentors (1 to 5)", measure=measure),
        lambda: _("The mentors' average answer at the start and at the end of each cohort")),
}


def _answered(people: str, wave: str, survey: Any) -> str:
    """How many answered one survey of a cohort: "27 mentees at the start", "no mentors at the
    end"; a count as the page shows it (5 or more, "<5" or "hidden")."""
    if survey is None:
        if people == "mentees":
            return (_("no mentees at the start") if wave == "start"
                    else _("no mentees at the end"))
        return _("no mentors at the start") if wave == "start" else _("no mentors at the end")
    count = shown(survey.responses)
    if people == "mentees":
        # Translators: {count} is 5 or more, or "<5" or "hidden" when there are too few to show.
        return (_("{count} mentees at the start", count=count) if wave == "start"
                # Translators: {count} is 5 or more, or "<5" or "hidden" when there are too few.
                else _("{count} mentees at the end", count=count))
    # Translators: {count} is 5 or more, or "<5" or "hidden" when there are too few to show.
    return (_("{count} mentors at the start", count=count) if wave == "start"
            # Translators: {count} is 5 or more, or "<5" or "hidden" when there are too few.
            else _("{count} mentors at the end", count=count))


def _score(survey: Any, score: str) -> bool:
    """Whether a survey recorded this measure (even if too few answered to show it)."""
    return survey is not None and (getattr(survey, score) is not None
                                   or not isinstance(survey.responses, int))


def _survey_description(what: str, surveys: list[tuple[str, str]], cohorts: Any) -> str:
    """What a survey chart shows, and how many answered each survey it draws on."""
    answers = "; ".join(
        # Translators: a cohort's name, then who answered its surveys.
        _("{cohort}: {answers}", cohort=cohort.name, answers=", ".join(
            _answered(people, wave, cohort.survey(people, wave)) for people, wave in surveys))
        for cohort in cohorts)
    # Translators: {what} says what the chart shows; {answers} how many answered each survey.
    return _("{what}, on a 1 to 5 scale; averages from fewer than {count} answers are not shown. "
             "Answers: {answers}.", what=what, count=SUPPRESS_BELOW, answers=answers)


def _listed(directory: Directory) -> list[Mentor]:
    """Mentors in the order of the static lists: those accepting mentees first."""
    global _LISTED
    if _LISTED is None or _LISTED[0] is not directory:  # sorted once for all of a build's pages
        _LISTED = directory, sorted(directory.mentors, key=lambda mentor: mentor.state != "open")
    return _LISTED[1]


_LISTED: tuple[Directory, list[Mentor]] | None = None  # the last directory's order (frozen)


def list_pages(directory: Directory) -> int:
    """How many static list pages of STATIC_CARDS cards list every mentor (the first is the
    directory page): what visitors without JavaScript page through."""
    return max(1, -(-len(directory.mentors) // STATIC_CARDS))


@dataclass(frozen=True)
class ListPage:
    """What a static list page shows: its number (from 2), title and cards."""

    number: int
    title: str
    cards: tuple[Mentor, ...]


def render_list_page(directory: Directory, links: Links, number: int, *, title: str) -> str:
    """Static list page `number` (from 2): its cards, and links to the pages before and after."""
    first = (number - 1) * STATIC_CARDS
    page = ListPage(number, title, tuple(_listed(directory)[first:first + STATIC_CARDS]))
    return _list_page(page, directory, links, list_pages(directory))


def render_list_pages(directory: Directory, links: Links, title: Callable[[int], str]
                      ) -> list[str]:
    """Every static list page from the second, in order, titled title(number). A page showing
    what it showed in the last call of this process (`mkdocs serve` rebuilding) is not rendered
    again."""
    listed, pages = _listed(directory), list_pages(directory)
    return _LIST_PAGES.each(
        [ListPage(number, title(number),
                  tuple(listed[(number - 1) * STATIC_CARDS:number * STATIC_CARDS]))
         for number in range(2, pages + 1)], directory, links, pages,
        depends_on=(links, pages, directory.program, directory.today, active()))


def _list_page(page: ListPage, directory: Directory, links: Links, pages: int) -> str:
    """One static list page of `pages`."""
    goals = {entry.id: entry for entry in directory.program.goals}
    return _environment().get_template("list_page.html").render(
        directory=directory, links=links, goals=goals, title=page.title, page=page.number,
        pages=pages, cards=page.cards)


_LIST_PAGES: Kept[ListPage, str] = Kept(_list_page, key=lambda page: page.number)


def render_mentor(mentor: Mentor, directory: Directory, links: Links, settings: RequestSettings,
                  edit_url: str | None, guides: dict[str, str], hosting: Markup | None = None,
                  report: str | None = None) -> str:
    """One mentor's page body: the full profile, with the bio sanitised.

    `guides` maps goal ids to the URL of their conversation guide, where there is one;
    `hosting` lists the circles and events they host; `report` is where a mentee tells the
    organisers the mentor does not answer (see reports.py).
    """
    program = directory.program
    profile = mentor.profile
    return _environment().get_template("mentor.html").render(
        mentor=mentor, profile=profile, links=links, edit_url=edit_url, guides=guides,
        bio=Markup(render_bio(profile.bio)) if profile.bio else None,
        goals=[program.entry("goals", goal) for goal in profile.goals],
        stages=[program.entry("stages", stage) for stage in profile.mentee_stages],
        formats=[program.entry("formats", fmt) for fmt in profile.formats],
        experiences=[program.entry("experiences", exp) for exp in profile.experiences],
        offers=[program.entry("offers", offer) for offer in profile.offers],
        trust=trust_line(mentor, directory.today),
        confirmed_ago=ago(mentor.confirmed, directory.today) if mentor.confirmed else "",
        windows=[describe_window(window) for window in profile.availability.windows],
        meets=meets(mentor, program), background=background(mentor, program), report=report,
        email=obscure_email(profile.contact.email) if profile.contact.email else None,
        request=request_action(mentor, program, settings), composer=composer(settings),
        hosting=hosting,
    )


def composer(settings: RequestSettings) -> Markup:
    """The request composer and its settings: the same on every page, so rendered once."""
    return _composer(settings, active())


@cache
def _composer(settings: RequestSettings, catalogue: Catalogue) -> Markup:
    """The composer in one catalogue's language: a build in another renders its own."""
    return Markup(_environment().get_template("composer.html").render(
        request_settings=settings.for_page()))


def contact_channel(mentor: Mentor) -> tuple[str, str]:
    """The mentor's own channel and its address (an email only in obscured form), or 'none'."""
    if mentor.channel is None:
        return "none", ""
    kind, address = mentor.channel
    return kind, obscure_email(address) if kind == "email" else address


def request_action(mentor: Mentor, program: Program, settings: RequestSettings) -> dict[str, Any]:
    """Where "Request mentorship" leads: the program's form first, else the mentor's channel."""
    if settings.form:
        channel, target = "program", settings.form.replace("{mentor}", mentor.id)
    else:
        channel, target = contact_channel(mentor)
    return {
        "channel": channel,
        "target": target,
        "href": target if channel in ("program", "form", "calendar") else None,
        "goals": [[goal, program.entry("goals", goal).label] for goal in mentor.profile.goals],
        "waitlist": waitlist_for(mentor, settings),
    }


def waitlist_for(mentor: Mentor, settings: RequestSettings) -> str:
    own = mentor.profile.availability.waitlist
    return own or settings.waitlist.replace("{mentor}", mentor.id)


def obscure_email(email: str) -> str:
    """Keeps an address out of every file's text; the page script turns it back on request.

    The rule, the same in request.js revealEmail: base64 of the address's UTF-8 bytes in
    reverse order (bytes, not characters: the browser's base64 decoder gives bytes).
    """
    return base64.b64encode(email.encode("utf-8")[::-1]).decode("ascii")

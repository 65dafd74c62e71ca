"""When a session meets: one date, a list of dates, or a recurrence, in the session's time zone.

Written in a session page's front matter as local wall-clock times (`first: 2026-03-03 18:00`),
the way hosts think of them; the time zone beside them says where. The same schedule gives the
dates the site lists, the words it shows ("every 2 weeks on Tuesday, 6 times") and the RRULE of
the calendar file, so the three cannot disagree.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, ClassVar

from babel.dates import get_day_names

from generator.loader import Scalar
from generator.profile import INVALID, Checker, Day, ListOf, ScalarKind, spec
from generator.program import Program
from generator.translation import N_, _, active, ngettext
from generator.workday import clock

MAX_TIMES = 52  # meetings in one schedule: a year of weekly meetings
MAX_YEARS = 10  # dates further from today than this are typing mistakes
ONGOING = "ongoing"  # a recurrence without an end, said in so many words
MAX_WEEKS = 4  # "every 4 weeks" at most; monthly meetings use "every: month"
# A monthly rule by which of its weekday in the month the first meeting is (_ordinal).
_MONTHLY = {1: N_("every month on the first {weekday} at {time}"),
            2: N_("every month on the second {weekday} at {time}"),
            3: N_("every month on the third {weekday} at {time}"),
            4: N_("every month on the fourth {weekday} at {time}"),
            -1: N_("every month on the last {weekday} at {time}")}
ICAL_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_LOCAL_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_EVERY = re.compile(r"(?:([0-9]+) )?(week|month)s?")
_DURATION = re.compile(r"(?:([0-9]{1,2}) ?(?:hours?|h))? ?(?:([0-9]{1,3}) ?(?:minutes?|mins?|m))?")
MIN_MINUTES, MAX_MINUTES = 5, 12 * 60


def _near_today(day: date, node: Scalar, where: str, checker: Checker) -> bool:
    if abs(day.year - checker.today.year) > MAX_YEARS:
        checker.report(node, where, ngettext("{day} is more than {count} year from today",
                                             "{day} is more than {count} years from today",
                                             MAX_YEARS, day=day.isoformat()),
                       _("check the year"))
        return False
    return True


@dataclass(frozen=True)
class LocalTime(ScalarKind):
    """A date and a time of day on the clock of the session's time zone, `YYYY-MM-DD HH:MM`."""

    what: ClassVar[str] = N_("a date and time")

    def convert(self, value: str, node: Scalar, where: str, checker: Checker) -> Any:
        text = value.strip()
        found = _LOCAL_TIME.fullmatch(text)
        try:
            if not found:
                raise ValueError
            moment = datetime.combine(date.fromisoformat(found[1]),
                                      time(int(found[2]), int(found[3])))
        except ValueError:
            hint = (_("there is no such day or time of day; check it") if found else
                    _("write the local time as HH:MM, without seconds or an offset: the time "
                      "zone field says where it is")
                    if re.match(r"\d{4}-\d{2}-\d{2}[ T]\d", text)
                    else _("write the date and the local time, such as 2026-03-03 18:00"))
            return checker.report(node, where, _("'{value}' is not a date and time", value=text),
                                  hint)
        return moment if _near_today(moment.date(), node, where, checker) else INVALID

    def json_schema(self, program: Program) -> dict[str, Any]:
        return {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}$"}

    def describe(self, program: Program) -> str:
        return "date and local time, `YYYY-MM-DD HH:MM`, on the clock of the session's time zone"


@dataclass(frozen=True)
class LocalDay(Day):
    """A calendar date, `YYYY-MM-DD`, in the past or the future, but not absurdly far off."""

    def accept(self, day: date, value: str, node: Scalar, where: str, checker: Checker) -> Any:
        return day if _near_today(day, node, where, checker) else INVALID


@dataclass(frozen=True)
class Every:
    """How often a recurrence repeats: every `interval` weeks, or every month."""

    unit: str  # "week" or "month"
    interval: int = 1


@dataclass(frozen=True)
class Repeat(ScalarKind):
    """`week`, `2 weeks` (up to 4) or `month` (the same weekday of the month as the first date)."""

    what: ClassVar[str] = N_("how often")

    def convert(self, value: str, node: Scalar, where: str, checker: Checker) -> Any:
        text = " ".join(value.lower().removeprefix("every").split())
        found = _EVERY.fullmatch(text)
        if found and found[2] == "week" and 1 <= int(found[1] or 1) <= MAX_WEEKS:
            return Every("week", int(found[1] or 1))
        if found and found[2] == "month" and int(found[1] or 1) == 1:
            return Every("month")
        return checker.report(node, where, _("'{value}' is not a repeat this site knows",
                                             value=value.strip()),
                              # Translators: 'week', '2 weeks' and 'month' are what the file
                              # may say: keep them as they are.
                              _("write 'week', '2 weeks' (up to {most}) or 'month'",
                                most=MAX_WEEKS))

    def json_schema(self, program: Program) -> dict[str, Any]:
        return {"type": "string", "pattern": rf"^(week|[1-{MAX_WEEKS}] weeks?|month)$",
                "examples": ["week", "2 weeks", "month"]}

    def describe(self, program: Program) -> str:
        return (f"`week`, `2 weeks` (up to {MAX_WEEKS}) or `month` (the same weekday of the "
                "month as the first date, such as the second Tuesday)")


@dataclass(frozen=True)
class Times(ScalarKind):
    """How many times a recurrence meets, or `ongoing` for one with no end."""

    what: ClassVar[str] = N_("a number of times")

    def convert(self, value: str, node: Scalar, where: str, checker: Checker) -> Any:
        text = value.strip()
        if text.lower() == ONGOING:
            return ONGOING
        if node.plain and re.fullmatch(r"[1-9][0-9]*", text):
            if int(text) <= MAX_TIMES:
                return int(text)
            return checker.report(node, where, _("is {number}; the limit is {limit}",
                                                 number=active().number(int(text)),
                                                 limit=MAX_TIMES),
                                  _("a longer series is '{ongoing}': the site then lists the "
                                    "next dates only", ongoing=ONGOING))
        return checker.report(node, where, _("'{value}' is not a number of times", value=text),
                              _("write a number from 1 to {most}, or '{ongoing}'",
                                most=MAX_TIMES, ongoing=ONGOING))

    def json_schema(self, program: Program) -> dict[str, Any]:
        return {"oneOf": [{"type": "integer", "minimum": 1, "maximum": MAX_TIMES},
                          {"const": ONGOING}]}

    def describe(self, program: Program) -> str:
        return (f"number from 1 to {MAX_TIMES}, or `{ONGOING}` for a series with no end (shown "
                "as ongoing, never archived: review it yearly)")


@dataclass(frozen=True)
class Minutes(ScalarKind):
    """A length of time such as `90 minutes`, `1 hour` or `1 hour 30 minutes`."""

    what: ClassVar[str] = N_("a length of time")

    def convert(self, value: str, node: Scalar, where: str, checker: Checker) -> Any:
        text = " ".join(value.lower().split())
        found = _DURATION.fullmatch(text) if text else None
        if not found or not (found[1] or found[2]):
            return checker.report(node, where, _("'{value}' is not a length of time",
                                                 value=value.strip()),
                                  # Translators: the file may say these in English only.
                                  _("write it like '90 minutes', '1 hour' or '1 hour 30 minutes'"))
        minutes = int(found[1] or 0) * 60 + int(found[2] or 0)
        if not MIN_MINUTES <= minutes <= MAX_MINUTES:
            return checker.report(node, where, ngettext(
                "is {minutes} minute; it must be from {least} minutes to {most} hours",
                "is {minutes} minutes; it must be from {least} minutes to {most} hours", minutes,
                minutes=minutes, least=MIN_MINUTES, most=MAX_MINUTES // 60))
        return minutes

    def json_schema(self, program: Program) -> dict[str, Any]:
        return {"type": "string", "examples": ["90 minutes", "1 hour", "1 hour 30 minutes"]}

    def describe(self, program: Program) -> str:
        return (f"length, such as `90 minutes` or `1 hour 30 minutes`, from {MIN_MINUTES} "
                f"minutes to {MAX_MINUTES // 60} hours")


@dataclass(frozen=True)
class Schedule:
    """When a session meets, on the clock of its time zone."""

    first: datetime | None = spec(LocalTime(), "The first (or only) meeting.",
                                  "2026-03-03 18:00", default=None)
    every: Every | None = spec(Repeat(), "Repeat the first meeting.", "2 weeks", default=None)
    times: int | str | None = spec(Times(), "With `every`: how many meetings in all.", 6,
                                   default=None)
    dates: tuple[datetime, ...] = spec(
        ListOf(LocalTime(), 1, MAX_TIMES, noun=N_("date"), plural=N_("dates")),
        "Instead of `first`: each meeting's date and time.",
        ["2026-03-03 18:00", "2026-03-17 18:30"], default=())

    def rules(self) -> list[tuple[str | None, str, str]]:
        """Rules across fields: (field, or None for the schedule itself, message, hint)."""
        if self.first is None and not self.dates:
            return [(None, _("needs 'first' or 'dates'"),
                     _("add a line like 'first: 2026-03-03 18:00' under 'schedule:'"))]
        if self.first is not None and self.dates:
            return [("dates", _("cannot be given with 'first'"),
                     _("keep 'first' (with 'every' and 'times' to repeat it) or 'dates', not "
                       "both"))]
        if self.dates and self.every is not None:
            return [("every", _("cannot repeat a list of dates"),
                     _("list every date, or write 'first' with 'every' and 'times'"))]
        if self.every is None and self.times is not None:
            return [("times", _("needs 'every'"),
                     _("add a line like 'every: 2 weeks', or remove it"))]
        if self.every is not None and self.times is None:
            return [("every", _("needs an end"),
                     _("add 'times: 6' (how many meetings in all), or 'times: {ongoing}' for a "
                       "series with no end", ongoing=ONGOING))]
        repeated = [moment for position, moment in enumerate(self.dates)
                    if moment in self.dates[:position]]
        if repeated:
            return [("dates", _("lists {moment} twice", moment=f"{repeated[0]:%Y-%m-%d %H:%M}"),
                     _("remove one"))]
        return []

    @property
    def ongoing(self) -> bool:
        return self.times == ONGOING

    def local_times(self) -> Iterator[datetime]:
        """Each meeting's start on the local clock, in order; endless for an ongoing series."""
        if self.dates:
            yield from sorted(self.dates)
            return
        assert self.first is not None
        if self.every is None:
            yield self.first
            return
        count = 0
        while self.ongoing or count < int(self.times or 1):
            if self.every.unit == "week":
                yield self.first + timedelta(weeks=self.every.interval * count)
            else:
                yield _same_weekday(self.first, count)
            count += 1

    def in_words(self) -> str:
        """The rule as a sentence fragment: 'every 2 weeks on Tuesday at 18:00, 6 times'."""
        if self.every is None:
            return ""
        first = self.first
        assert first is not None
        day = {"weekday": get_day_names("wide", locale=active().formats)[first.weekday()],
               "time": clock(first.hour * 60 + first.minute)}
        if self.every.unit == "month":
            rule = _(_MONTHLY[_ordinal(first)], **day)
        elif self.every.interval == 1:
            rule = _("every week on {weekday} at {time}", **day)
        else:
            rule = ngettext("every {count} week on {weekday} at {time}",
                            "every {count} weeks on {weekday} at {time}", self.every.interval,
                            **day)
        if self.ongoing:
            # Translators: {rule} is when a session meets, such as "every week on Tuesday at 18:30".
            return _("{rule}, ongoing", rule=rule)
        assert isinstance(self.times, int)  # a recurrence that is not ongoing has a count
        # Translators: {rule} is when a session meets, such as "every week on Tuesday at 18:30".
        return ngettext("{rule}, {count} time", "{rule}, {count} times", self.times, rule=rule)

    def rrule(self) -> dict[str, Any] | None:
        """The recurrence as RFC 5545 RRULE parts, for the calendar file; None if it has none."""
        if self.every is None or self.first is None:
            return None
        rule: dict[str, Any] = {"FREQ": "WEEKLY" if self.every.unit == "week" else "MONTHLY"}
        if self.every.interval > 1:
            rule["INTERVAL"] = self.every.interval
        if self.every.unit == "month":
            rule["BYDAY"] = f"{_ordinal(self.first)}{ICAL_DAYS[self.first.weekday()]}"
        if not self.ongoing:
            rule["COUNT"] = self.times
        return rule


def _ordinal(day: date) -> int:
    """Which of its weekday in the month `day` is: 1 to 4, or -1 for a fifth (the last)."""
    nth = (day.day - 1) // 7 + 1
    return -1 if nth == 5 else nth


def _same_weekday(first: datetime, months_later: int) -> datetime:
    """The meeting `months_later` months after `first`, on the same weekday of the month."""
    month = first.month - 1 + months_later
    year, month = first.year + month // 12, month % 12 + 1
    nth = _ordinal(first)
    if nth > 0:
        start = date(year, month, 1)
        day = start + timedelta(days=(first.weekday() - start.weekday()) % 7 + 7 * (nth - 1))
    else:
        following = date(year + month // 12, month % 12 + 1, 1)
        last = following - timedelta(days=1)
        day = last - timedelta(days=(last.weekday() - first.weekday()) % 7)
    return datetime.combine(day, first.time())


__all__ = ["LocalDay", "LocalTime", "MAX_TIMES", "Minutes", "ONGOING", "Schedule"]

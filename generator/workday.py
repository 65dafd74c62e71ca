"""Working hours across time zones: the hours two people can both meet on a given day, and the
meeting windows a profile can name.

Without windows, the directory's search (`overlapHours` in time.js) and the insights page count a
person as available from 08:00 to 20:00 in their own zone. Python code that needs the same idea
(insights, cohort matching) takes it from here, so there is one rule on this side. A profile's
`availability.windows` are read here (`read_window`), and reach the browser's overlap filter
through the match index, with the named windows mentees choose from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cache
from zoneinfo import ZoneInfo

from babel.dates import format_time, get_day_names

from generator.translation import N_, _, active

WORKDAY = (8, 20)  # local hours a person is counted as available unless they say otherwise
_SLOTS_PER_HOUR = 4  # quarter hours: every zone's offset from UTC is a whole number of them
_SLOTS = 24 * _SLOTS_PER_HOUR

Window = tuple[float, float]  # local start and end hour; an end before the start runs past midnight


@cache
def utc_offset(zone: str, day: date) -> float:
    """Hours the zone is ahead of UTC at noon on the day."""
    offset = datetime.combine(day, time(12), tzinfo=ZoneInfo(zone)).utcoffset()
    return offset.total_seconds() / 3600 if offset is not None else 0.0


@cache
def _utc_slots(zone: str, windows: tuple[Window, ...], day: date) -> frozenset[int]:
    """The quarter hours of the UTC day that the local windows cover."""
    shift = round(utc_offset(zone, day) * _SLOTS_PER_HOUR)
    slots: set[int] = set()
    for start, end in windows:
        first = round(start * _SLOTS_PER_HOUR)
        length = (round(end * _SLOTS_PER_HOUR) - first) % _SLOTS or _SLOTS
        slots.update((first + step - shift) % _SLOTS for step in range(length))
    return frozenset(slots)


def overlap_hours(zone_a: str, zone_b: str, day: date,
                  windows_a: tuple[Window, ...] = (WORKDAY,),
                  windows_b: tuple[Window, ...] = (WORKDAY,)) -> float:
    """Hours of the day both people are inside their windows, to the half hour as the search
    shows it."""
    common = _utc_slots(zone_a, windows_a, day) & _utc_slots(zone_b, windows_b, day)
    return round(len(common) / _SLOTS_PER_HOUR * 2) / 2


# ---- Meeting windows: the parts of the week someone can meet, in their own time zone ----

EVERY_DAY, WEEKDAYS, WEEKENDS = 0b1111111, 0b0011111, 0b1100000  # bit 0 is Monday
DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_SETS = {"daily": EVERY_DAY, "every day": EVERY_DAY, "weekdays": WEEKDAYS,
             "weekday": WEEKDAYS, "weekends": WEEKENDS, "weekend": WEEKENDS}
_TIME = r"([0-9]{1,2}):([0-9]{2})"
_RANGE = re.compile(rf"(?:(.*?)\s+)?{_TIME}\s*(?:-|–|to)\s*{_TIME}")


@dataclass(frozen=True)
class MeetingWindow:
    """Days of the week and a span of local time; a span ending at or before its start runs past
    midnight into the next day."""

    days: int  # a bit per day, bit 0 for Monday
    start: int  # minutes after midnight
    end: int

    def as_json(self) -> list[int]:
        """[days, start, end]: how the match index gives it to the browser (time.js)."""
        return [self.days, self.start, self.end]

    def describe(self) -> str:
        """'Weekdays 18:00–21:00', 'Saturdays 10:00–14:00', 'Monday to Thursday 07:00–09:00'."""
        # Translators: when someone can meet: {days} such as "Weekdays" or "Monday to Thursday".
        return _("{days} {start}–{end}", days=_describe_days(self.days), start=clock(self.start),
                 end=clock(self.end))


@dataclass(frozen=True)
class NamedWindow:
    """A window profiles name by id, and mentees choose in the search's overlap filter."""

    id: str
    label: str  # in English: describe() shows it in the site's language
    window: MeetingWindow

    def describe(self) -> str:
        """'Weekday evenings (17:00–22:00)': on mentor pages and in the search's choices."""
        # Translators: a named meeting window, such as "Weekday evenings (17:00–22:00)".
        return _("{window} ({start}–{end})", window=_(self.label), start=clock(self.window.start),
                 end=clock(self.window.end))


NAMED_WINDOWS = (
    NamedWindow("weekday-mornings", N_("Weekday mornings"),
                MeetingWindow(WEEKDAYS, 7 * 60, 12 * 60)),
    NamedWindow("weekday-afternoons", N_("Weekday afternoons"),
                MeetingWindow(WEEKDAYS, 12 * 60, 17 * 60)),
    NamedWindow("weekday-evenings", N_("Weekday evenings"),
                MeetingWindow(WEEKDAYS, 17 * 60, 22 * 60)),
    NamedWindow("weekends", N_("Weekends"), MeetingWindow(WEEKENDS, 9 * 60, 18 * 60)),
)
# Without windows a person is counted as free 08:00 to 20:00 every day, as before windows existed.
DEFAULT_WINDOW = MeetingWindow(EVERY_DAY, WORKDAY[0] * 60, WORKDAY[1] * 60)


def read_window(text: str) -> MeetingWindow | tuple[str, str]:
    """The window a profile writes ('weekday-evenings', 'weekdays 18:00-21:00', 'sat 10:00-14:00',
    '22:00-02:00'), or why it is not one: (message, hint)."""
    words = " ".join(text.strip().casefold().replace("_", " ").split())
    for named in NAMED_WINDOWS:
        if words.replace("-", " ") == named.id.replace("-", " "):
            return named.window
    found = _RANGE.fullmatch(words)
    if found is None:
        return (_("'{window}' is not a meeting window", window=text.strip()),
                # Translators: what profiles write stays in English: weekdays, sat, 18:00-21:00.
                _("write one of {names}, or days and hours such as 'weekdays 18:00-21:00' or "
                  "'sat 10:00-14:00'", names=", ".join(named.id for named in NAMED_WINDOWS)))
    days = _read_days(found.group(1) or "daily")
    if days is None:
        return (_("'{days}' is not a day or days of the week", days=found.group(1)),
                # Translators: what profiles write stays in English: daily, weekdays, sat, mon-thu.
                _("write daily, weekdays, weekends, a day such as 'sat', or days such as "
                  "'mon-thu'"))
    hours = [int(found.group(n)) for n in (2, 3, 4, 5)]
    if any(hour > 24 for hour in hours[::2]) or any(minute > 59 for minute in hours[1::2]) \
            or any(hour == 24 and minute for hour, minute in zip(hours[::2], hours[1::2])):
        return (_("'{window}' has a time that is not on the clock", window=text.strip()),
                _("write times from 00:00 to 24:00, such as 18:30"))
    start, end = hours[0] * 60 + hours[1], hours[2] * 60 + hours[3]
    day = 24 * 60
    if start == end or (start % day == end % day and end - start != day):
        return (_("'{window}' starts and ends at the same time", window=text.strip()),
                _("write when you can start and when you must stop, such as 18:00-21:00"))
    return MeetingWindow(days, start % day, end if end == day else end % day)


def _read_days(text: str) -> int | None:
    if text in _DAY_SETS:
        return _DAY_SETS[text]
    ends = [_day(part) for part in re.split(r"\s*(?:-|–|to)\s*", text)]
    if None in ends or len(ends) > 2:
        return None
    first, last = ends[0] or 0, ends[-1] or 0
    return sum(1 << (day % 7) for day in range(first, last + (7 if last < first else 0) + 1))


def _day(text: str) -> int | None:
    """A day's number (0 for Monday) from its name or the first three letters of it."""
    stem = text[:-1] if len(text) > 3 and text.endswith("s") else text  # "tues", "sundays"
    for number, name in enumerate(DAY_NAMES):
        if len(stem) >= 3 and name.startswith(stem):
            return number
    return None


# Each day of the week, as a window on it is described ("Saturdays 10:00–14:00").
_EACH_DAY = (N_("Mondays"), N_("Tuesdays"), N_("Wednesdays"), N_("Thursdays"), N_("Fridays"),
             N_("Saturdays"), N_("Sundays"))


def _describe_days(days: int) -> str:
    if days == EVERY_DAY:
        return _("Every day")
    if days in (WEEKDAYS, WEEKENDS):
        return _("Weekdays") if days == WEEKDAYS else _("Weekends")
    chosen = [n for n in range(7) if days >> n & 1]
    if len(chosen) == 1:
        return _(_EACH_DAY[chosen[0]])
    # A run of days, perhaps across the weekend ("Friday to Monday").
    first = next(n for n in chosen if not days >> ((n - 1) % 7) & 1)
    last = (first + len(chosen) - 1) % 7
    names = get_day_names("wide", locale=active().formats)
    # Translators: a run of days of the week, such as "Monday to Thursday".
    return _("{first} to {last}", first=names[first], last=names[last])


def clock(minutes: int) -> str:
    """A time of day as the site's language writes it: '18:30' in English; 24:00 ends a day."""
    if minutes == 24 * 60:
        return "24:00"
    return format_time(time(minutes // 60, minutes % 60), "short", locale=active().formats)


def describe_default() -> str:
    """What the search calls the day it counts without windows: 'Any time of my day (08:00–20:00)'."""
    return _("Any time of my day ({start}–{end})", start=clock(DEFAULT_WINDOW.start),
             end=clock(DEFAULT_WINDOW.end))


def describe_window(written: str) -> str:
    """How a page shows a window the profile writes: a named one by its label."""
    window = read_window(written)
    assert isinstance(window, MeetingWindow), written  # profiles hold only valid windows
    named = next((named for named in NAMED_WINDOWS if named.window == window), None)
    return named.describe() if named else window.describe()

"""Working hours across time zones: the hours two people can both meet on a given day.

The directory's search (`overlapHours` in match.js) and the insights page count a person as
available from 08:00 to 20:00 in their own zone. Python code that needs the same idea (insights,
cohort matching) takes it from here, so there is one rule on this side.
"""

from __future__ import annotations

from datetime import date, datetime, time
from functools import cache
from zoneinfo import ZoneInfo

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

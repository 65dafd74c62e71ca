"""Time zones from what people write: a zone name in any case, a fixed offset, a city or a country.

Everything comes from the tzdata package (zone names, `zone.tab`, `iso3166.tab`), never the
network. A city counts only when one zone is named after it; a country only when all of its zones
keep the same time, so "Germany" is Europe/Berlin and "Spain" (Madrid, Canary Islands) is nobody's
guess.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo

# Everyday names for countries that tzdata's iso3166.tab names otherwise.
COUNTRY_ALIASES = {
    "uk": "GB", "united kingdom": "GB", "great britain": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "northern ireland": "GB", "us": "US", "usa": "US",
    "united states of america": "US", "south korea": "KR", "north korea": "KP", "czechia": "CZ",
    "turkiye": "TR", "ivory coast": "CI", "uae": "AE", "russian federation": "RU",
    "viet nam": "VN", "republic of ireland": "IE", "holland": "NL",
}


def place_key(text: str) -> str:
    """Names compared without case, accents, dots, 'the' or the difference between '&' and 'and'."""
    plain = "".join(char for char in unicodedata.normalize("NFKD", text)
                    if not unicodedata.combining(char)).casefold()
    plain = re.sub(r"[.'\u2019]", "", plain.replace("&", " and "))
    plain = " ".join(re.sub(r"[\s_\-,()/]+", " ", plain).split())
    return plain.removeprefix("the ")


def _tzdata(name: str) -> str:
    return resources.files("tzdata").joinpath(name).read_text("utf-8")


@cache
def zone_names() -> dict[str, str]:
    """Every zone name tzdata knows, by its lower-case spelling ('europe/berlin')."""
    # The tzdata package's list, not the machine's, as the profile check uses.
    return {zone.casefold(): zone for zone in _tzdata("zones").split()}


@cache
def _country_zones() -> dict[str, tuple[str, ...]]:
    """Each country code's zones in zone.tab's order (its most populous area first)."""
    zones: dict[str, list[str]] = {}
    for line in _tzdata("zoneinfo/zone.tab").splitlines():
        if line and not line.startswith("#"):
            code, _, zone = line.split("\t")[:3]
            zones.setdefault(code, []).append(zone)
    return {code: tuple(found) for code, found in zones.items()}


@cache
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    """(code -> name, name key -> code), names as iso3166.tab writes them, plus the aliases."""
    names: dict[str, str] = {}
    by_key: dict[str, str] = {}
    for line in _tzdata("zoneinfo/iso3166.tab").splitlines():
        if not line or line.startswith("#"):
            continue
        code, name = line.split("\t")[:2]
        names[code] = name
        found = re.fullmatch(r"(.*?) \((.*)\)", name)
        spellings = [name] if not found else [name, found[1], f"{found[2]} {found[1]}"]
        for spelling in spellings:
            by_key.setdefault(place_key(spelling), code)
    by_key.update(COUNTRY_ALIASES)
    return names, by_key


def country_code(text: str) -> str | None:
    """The ISO 3166 code of a country written by name ('Germany', 'the Netherlands', 'UK')."""
    return _countries()[1].get(place_key(text))


def country_name(code: str) -> str | None:
    return _countries()[0].get(code.upper())


def country_zones(code: str) -> tuple[str, ...]:
    return _country_zones().get(code.upper(), ())


def country_zone(code: str) -> str | None:
    """The country's zone when all its zones keep the same time through the coming year."""
    zones = country_zones(code)
    if not zones:
        return None
    first = _offsets(zones[0])
    return zones[0] if all(_offsets(zone) == first for zone in zones[1:]) else None


@cache
def _offsets(zone: str) -> tuple[float, ...]:
    """The zone's UTC offsets, in hours, twice a month through this year and the next."""
    info = ZoneInfo(zone)
    year = datetime.now(UTC).year
    instants = [datetime(year + half // 24, half // 2 % 12 + 1, 1 + 14 * (half % 2), 12, tzinfo=UTC)
                for half in range(48)]
    return tuple(info.utcoffset(instant).total_seconds() / 3600  # type: ignore[union-attr]
                 for instant in instants)


@cache
def _zones_by_city() -> dict[str, str]:
    """Zones by their last part ('Lagos', 'Sao Paulo'), where that names one place.

    A city with an old and a current name in tzdata ('America/Buenos_Aires' and
    'America/Argentina/Buenos_Aires') is the one zone.tab lists.
    """
    listed = {zone for zones in _country_zones().values() for zone in zones}
    cities: dict[str, list[str]] = {}
    for zone in zone_names().values():
        if "/" in zone and not zone.startswith(("Etc/", "SystemV/", "US/")):
            cities.setdefault(place_key(zone.rsplit("/", 1)[1]), []).append(zone)
    found = {}
    for city, zones in cities.items():
        current = [zone for zone in zones if zone in listed]
        if len(zones) == 1 or len(current) == 1:
            found[city] = zones[0] if len(zones) == 1 else current[0]
    return found


def city_zone(text: str) -> str | None:
    """The zone named after a city ('Lagos' is Africa/Lagos), when exactly one is."""
    return _zones_by_city().get(place_key(text))


def offset_zone(text: str) -> str | None:
    """A fixed offset such as UTC+2 or GMT-5 as its Etc zone, which never changes for daylight
    saving time."""
    offset = re.fullmatch(r"(?:UTC|GMT)\s*(?:([+-])\s*(\d{1,2})(?::?00)?)?", text.strip(), re.I)
    if not offset:
        return None
    hours = int(offset[2] or 0)
    if hours > 14:
        return None
    # The Etc zones' signs are inverted (POSIX): UTC+2 is Etc/GMT-2.
    return "Etc/UTC" if not hours else f"Etc/GMT{'-' if offset[1] == '+' else '+'}{hours}"


def zone_for(text: str) -> str | None:
    """A zone name in any case, a fixed offset or a city, as an IANA zone name."""
    typed = text.strip()
    names = zone_names()
    return (names.get(typed.casefold()) or names.get(typed.casefold().replace(" ", "_"))
            or offset_zone(typed) or city_zone(typed))


@dataclass(frozen=True)
class Placed:
    """What a location says about its time zone: the zone, or why there is none."""

    zone: str | None
    country: str | None = None  # the country's name, when the location names one
    zones: tuple[str, ...] = ()  # that country's zones


def zone_of_location(text: str) -> Placed:
    """The zone of a location such as 'Lagos', 'Amsterdam, the Netherlands' or 'UK/Chesham'.

    One of its parts (between commas or slashes) may name a zone's city and another a country;
    a city outside the country it is written with ('London, Canada') is no answer.
    """
    parts = [part.strip() for part in re.split(r"[,/]", text) if part.strip()]
    city = next(filter(None, map(city_zone, parts)), None)
    code = next(filter(None, map(country_code, reversed(parts))), None)
    if code is None:
        return Placed(city)
    zones = country_zones(code)
    if city is not None and city in zones:
        return Placed(city)
    return Placed(country_zone(code), country_name(code), zones)

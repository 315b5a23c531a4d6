"""Working days of mainland China for 公示 periods and other deadlines counted in working days.

Official holidays and make-up working days (调休上班) come from the ``chinesecalendar`` package,
which knows the State Council's schedule for the years it was released with. For other years, or
to correct a schedule, the user keeps ``HolidayOverrides`` (stored as JSON in the settings).

Conventions used throughout LeagueDesk:

- A period of *n* working days starting on a date includes that date when it is a working day:
  ``add_working_days(start, n)`` is the n-th working day counting from ``start`` inclusive, i.e.
  the last day of the period. The next step may happen on the day after it at the earliest.
- ``working_days_between(a, b)`` counts the working days from ``a`` to ``b``, both included.
- A year that neither the package nor the overrides know raises ``UnknownYear`` instead of quietly
  counting weekends only; a caller may pass ``weekends_fallback=True`` and warn the user.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import chinese_calendar
from chinese_calendar import constants as _calendar_data

UNKNOWN_YEAR = "calendar_unknown_year"
BAD_OVERRIDES = "calendar_bad_overrides"

# The package answers for every year from its first to its last entry (as its own check does).
_PACKAGE_YEARS: frozenset[int] = frozenset(
    range(min(_calendar_data.holidays).year, max(_calendar_data.holidays).year + 1)
)


class UnknownYear(LookupError):
    """No holiday schedule for ``year``: enter one in the settings or fall back to weekends."""

    code = UNKNOWN_YEAR

    def __init__(self, year: int, known: Iterable[int] = ()):
        self.year = year
        self.known = tuple(sorted(known))
        super().__init__(f"{UNKNOWN_YEAR}: {year}")

    @property
    def params(self) -> dict[str, Any]:
        first, last = (self.known[0], self.known[-1]) if self.known else ("", "")
        return {"year": self.year, "first": first, "last": last}


class BadOverrides(ValueError):
    """Stored overrides that cannot be read (a bad date, or a day both holiday and working)."""

    code = BAD_OVERRIDES

    def __init__(self, detail: str):
        self.detail = detail
        super().__init__(f"{BAD_OVERRIDES}: {detail}")


@dataclass(frozen=True)
class HolidayOverrides:
    """The user's own holiday schedule: days off and working days that win over the package.

    A year with at least one entry here counts as known: its other days follow the week
    (Monday–Friday working). Entries for a year the package knows correct that year's schedule.
    """

    holidays: frozenset[dt.date] = field(default_factory=frozenset)
    workdays: frozenset[dt.date] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        object.__setattr__(self, "holidays", frozenset(self.holidays))
        object.__setattr__(self, "workdays", frozenset(self.workdays))
        both = self.holidays & self.workdays
        if both:
            raise BadOverrides("both holiday and working day: " + _iso_list(both)[0])

    @property
    def years(self) -> frozenset[int]:
        return frozenset(day.year for day in (*self.holidays, *self.workdays))

    def to_dict(self) -> dict[str, list[str]]:
        return {"holidays": _iso_list(self.holidays), "workdays": _iso_list(self.workdays)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> HolidayOverrides:
        if not data:
            return cls()
        return cls(_dates(data.get("holidays", ())), _dates(data.get("workdays", ())))


NO_OVERRIDES = HolidayOverrides()


def _iso_list(days: Iterable[dt.date]) -> list[str]:
    return sorted(day.isoformat() for day in days)


def _dates(values: Any) -> frozenset[dt.date]:
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise BadOverrides(f"not a list of dates: {values!r}")
    days = set()
    for value in values:
        try:
            days.add(value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)))
        except ValueError:
            raise BadOverrides(f"not a date: {value!r}") from None
    return frozenset(days)


def package_years() -> tuple[int, ...]:
    """The years whose official schedule ships with the installed ``chinesecalendar``."""
    return tuple(sorted(_PACKAGE_YEARS))


def known_years(overrides: HolidayOverrides | None = None) -> tuple[int, ...]:
    """Years with a holiday schedule: the package's plus those the user entered."""
    extra = overrides.years if overrides else frozenset()
    return tuple(sorted(_PACKAGE_YEARS | extra))


def is_known_year(year: int, overrides: HolidayOverrides | None = None) -> bool:
    return year in _PACKAGE_YEARS or (overrides is not None and year in overrides.years)


def unknown_years(
    first: dt.date, last: dt.date, overrides: HolidayOverrides | None = None
) -> tuple[int, ...]:
    """Years between two dates (inclusive) without a schedule, for a fallback warning."""
    return tuple(
        year for year in range(first.year, last.year + 1) if not is_known_year(year, overrides)
    )


def is_working_day(
    day: dt.date, overrides: HolidayOverrides | None = None, *, weekends_fallback: bool = False
) -> bool:
    """True on a working day of mainland China, False on a weekend or holiday.

    Raises ``UnknownYear`` for a year without schedule unless ``weekends_fallback`` is set.
    """
    if isinstance(day, dt.datetime):
        day = day.date()
    overrides = overrides or NO_OVERRIDES
    if day in overrides.workdays:
        return True
    if day in overrides.holidays:
        return False
    if day.year in _PACKAGE_YEARS:
        return bool(chinese_calendar.is_workday(day))
    if day.year in overrides.years or weekends_fallback:
        return day.weekday() < 5
    raise UnknownYear(day.year, known_years(overrides))


def add_working_days(
    start: dt.date,
    n: int,
    overrides: HolidayOverrides | None = None,
    *,
    weekends_fallback: bool = False,
) -> dt.date:
    """The last day of a period of ``n`` working days that begins on ``start``.

    ``start`` counts as the first day when it is a working day; otherwise the period begins on
    the next working day. ``n`` must be at least 1.
    """
    if n < 1:
        raise ValueError(f"a period needs at least one working day, not {n}")
    day = start
    counted = 0
    while True:
        if is_working_day(day, overrides, weekends_fallback=weekends_fallback):
            counted += 1
            if counted == n:
                return day
        day += dt.timedelta(days=1)


def next_working_day(
    day: dt.date, overrides: HolidayOverrides | None = None, *, weekends_fallback: bool = False
) -> dt.date:
    """``day`` itself if it is a working day, else the first working day after it."""
    return add_working_days(day, 1, overrides, weekends_fallback=weekends_fallback)


def working_days_between(
    first: dt.date,
    last: dt.date,
    overrides: HolidayOverrides | None = None,
    *,
    weekends_fallback: bool = False,
) -> int:
    """How many working days lie from ``first`` to ``last``, both included (0 if last < first)."""
    count = 0
    day = first
    while day <= last:
        if is_working_day(day, overrides, weekends_fallback=weekends_fallback):
            count += 1
        day += dt.timedelta(days=1)
    return count

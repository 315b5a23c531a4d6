"""Dates as the roster writes them: ISO days (YYYY-MM-DD), 年月 months (YYYY-MM), ages (周岁).

Text typed or imported in the usual Chinese ways (2019.9, 2019年9月1日 or 1日号, 20190901,
201909 for a 年月, "2019-09-01 00:00:00" from a spreadsheet, full-width digits) is turned into
the ISO form; anything else is left as typed so validation can name it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from functools import lru_cache

_FULL = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?\.?$")
_FULL_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MONTH = re.compile(r"^(\d{4})[-/.年](\d{1,2})(?:月份?|\.)?$")
_MONTH_COMPACT = re.compile(r"^(\d{4})(\d{2})$")
_TIME_TAIL = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_MONTH = re.compile(r"^\d{4}-\d{2}$")
EARLIEST_YEAR = 1900


def ascii_text(text: str) -> str:
    """Full-width digits, letters and signs as ASCII (NFKC), outer spaces removed."""
    return unicodedata.normalize("NFKC", str(text)).strip()


def month_text(day: dt.date) -> str:
    """2019-05 for any day of May 2019 (as f"{day:%Y-%m}", without strftime's cost)."""
    return day.isoformat()[:7]


def clean(value: object, *, month: bool) -> str | None:
    """ISO text for a date (``month=False``) or a 年月 (``month=True``); None when empty.

    Text that is not a date comes back cleaned but otherwise as typed.
    """
    if value is None:
        return None
    if value.__class__ is str and _ISO_DAY.match(value):  # most cells: ISO already
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            pass
        else:
            return value[:7] if month else value
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return month_text(value) if month else value.isoformat()
    text = _TIME_TAIL.sub("", ascii_text(str(value)))
    text = "".join(text.split())
    if not text:
        return None
    found = _FULL.match(text) or _FULL_COMPACT.match(text)
    if found:
        year, mon, day = map(int, found.groups())
        try:
            full = dt.date(year, mon, day)
        except ValueError:
            return text  # 2019-02-30 is a typing mistake, also where only the month is kept
        return month_text(full) if month else full.isoformat()
    found = _MONTH.match(text) or (_MONTH_COMPACT.match(text) if month else None)
    if found and month:
        year, mon = map(int, found.groups())
        return f"{year:04d}-{mon:02d}" if 1 <= mon <= 12 else text
    return text


@lru_cache(maxsize=8192)
def parse_day(text: str | None) -> dt.date | None:
    """The date of an ISO day text, or None when it is not one."""
    if not text or not _ISO_DAY.match(text):
        return None
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        return None
    return day if day.year >= EARLIEST_YEAR else None


@lru_cache(maxsize=4096)
def parse_month(text: str | None) -> dt.date | None:
    """The first day of an ISO 年月 text (YYYY-MM), or None when it is not one."""
    if not text or not _ISO_MONTH.match(text):
        return None
    year, mon = int(text[:4]), int(text[5:7])
    if not 1 <= mon <= 12 or year < EARLIEST_YEAR:
        return None
    return dt.date(year, mon, 1)


@lru_cache(maxsize=4096)
def month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (or earlier), clipped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def birthday(birth: dt.date, age: int) -> dt.date:
    """The day someone born on ``birth`` reaches ``age`` full years (周岁).

    Someone born on 29 February reaches it on 1 March in a common year: the year is complete
    only once 28 February has passed.
    """
    try:
        return birth.replace(year=birth.year + age)
    except ValueError:
        return dt.date(birth.year + age, 3, 1)


def age_on(birth: dt.date, day: dt.date) -> int:
    """Full years (周岁) on ``day``."""
    years = day.year - birth.year
    return years if day >= birthday(birth, years) else years - 1

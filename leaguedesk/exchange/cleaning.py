"""Read spreadsheet cells as what a person typed, before the roster's own checks see them.

A cell holds text, a number, a date or a boolean; the member form only ever sees text. This
module does the part that only spreadsheets need and hands the row to the members service
(``services.members.prepare_member``, i.e. ``core.validation``) as text and dates:

- numbers become their digits (13800138000.0 → "13800138000"); a long number that Excel has
  already rounded (an 18-digit ID, a 发展团员编号 stored as a number) is an error, never guessed;
- date cells and Excel serial day numbers become ISO dates; 201905 or 20190504 typed as a
  number become their digits, which ``core.dates`` reads like any typed date;
- a valid-looking ID ending in 000 is flagged, an invalid one reported as Excel's rounding;
- blank rows and footer rows (合计, 填表人：…) are recognised;
- the marks other programs put on numbers to keep them text come off: ="440106…" (CSV
  written for Excel by web systems) and a leading apostrophe before digits ('13800138000).

Everything else — full-width digits and spaces, lower-case x, 团员 → 共青团员, 2019.05,
2019年5月 — is the roster's normalisation, shared with the member form.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Sequence
from functools import cache

from leaguedesk.core import dates
from leaguedesk.core.fields import FIELDS_BY_KEY, Kind
from leaguedesk.core.issues import Issue, error, warning
from leaguedesk.exchange.problems import IssueCode

Read = tuple[object, Issue | None]  # the value for the roster, and a problem of the cell itself

FOOTER_WORDS = (
    "合计",
    "总计",
    "小计",
    "共计",
    "填表人",
    "填报人",
    "审核人",
    "审核",
    "制表",
    "制表人",
    "负责人",
    "备注",
    "说明",
    "注",
    "填表日期",
    "填报日期",
    "制表日期",
    "联系人",
    "签字",
    "签名",
    "盖章",
    "单位盖章",
    "书记签字",
)
_FOOTER = re.compile(
    r"^(?:"
    + "|".join(sorted(FOOTER_WORDS, key=len, reverse=True))
    + r")\s*[:：]|^(?:合计|总计|小计|共计)"
)
_SCIENTIFIC = re.compile(r"^\s*\d+(?:\.\d+)?[eE][+]?\d+\s*$")
_EXCEL_TEXT = re.compile(r'^\s*="(.*)"\s*$', re.DOTALL)
_QUOTED_NUMBER = re.compile(r"^\s*['‘’`]([\d０-９XxＸｘ\s./\-]+)$")
_TEXT_MARKS = frozenset("='‘’` \t")  # first characters worth a closer look
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_LONGEST_TEXT = 500
_EXACT = 2**53  # floats above this are no longer every integer: digits were lost
ID_LENGTH = 18
_NUMBERS = (float, int)  # a tuple: isinstance on a union is slower, once per cell

# Columns the importer reads besides member fields (see headers.EXTRA_LABELS).
STATUS = "status"
BRANCH = "branch"
GROUP = "group_id"  # a 团小组 column holds names: handed on as ``group_name``


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def is_blank_row(row: Sequence[object]) -> bool:
    return all(is_blank(v) for v in row)


def is_footer_row(row: Sequence[object]) -> bool:
    """合计 / 填表人： / 审核人： / 制表： / 备注： … lines under the table."""
    first = next((v for v in row if not is_blank(v)), None)
    return isinstance(first, str) and bool(_FOOTER.match(first.strip()))


def _number_text(value: float | int) -> str | None:
    """An integral number as its digits; None when it cannot be exact (a float >= 2**53)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if not math.isfinite(value) or not value.is_integer() or abs(value) >= _EXACT:
        return None
    return str(int(value))


def plain_text(value: object) -> str:
    """Any cell value as the text a person would read in it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, _NUMBERS):
        digits = _number_text(value)
        if digits is not None:
            return digits
        return f"{value:.15g}" if isinstance(value, float) else str(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


# --- per kind of field -----------------------------------------------------------------------


def read_id_number(value: object) -> Read:
    """An ID as text. Excel keeps 15 significant digits: an ID stored as a number has lost its
    last digits, so any number that is not exactly 18 digits (every float is) is refused."""
    if isinstance(value, float) or (isinstance(value, int) and not isinstance(value, bool)):
        digits = _number_text(value) if isinstance(value, int) else None
        if digits is None or len(digits) != ID_LENGTH:
            return None, error("", IssueCode.ID_STORED_AS_NUMBER, value=plain_text(value))
        return digits, None
    text = plain_text(value)
    if _SCIENTIFIC.match(text):
        return None, error("", IssueCode.ID_STORED_AS_NUMBER, value=text.strip())
    return text, None


def read_date(value: object, *, month: bool) -> Read:
    """Date cells and Excel serial numbers as ISO text; other numbers as their digits."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return (dates.month_text(value) if month else value.isoformat()), None
    if isinstance(value, _NUMBERS) and not isinstance(value, bool):
        return _date_from_number(value, month=month), None
    return plain_text(value), None


def _date_from_number(value: float | int, *, month: bool) -> str:
    if isinstance(value, float) and not value.is_integer():
        if not 1 <= value < 80000:  # an Excel serial with a time of day, or not a date at all
            return plain_text(value)
        value = math.floor(value)
    number = int(value)
    if 1900 <= number <= 2100 or 190001 <= number <= 210012 or 19000101 <= number <= 21001231:
        return str(number)  # a year, 201905 or 20190504 typed into a number cell
    if 1 <= number < 80000:  # a serial day number (1900 date system)
        day = _EXCEL_EPOCH + dt.timedelta(days=number)
        return dates.month_text(day) if month else day.isoformat()
    return str(number)


def read_bool(value: object) -> Read:
    if isinstance(value, bool):
        return int(value), None
    if isinstance(value, _NUMBERS) and value in (0, 1):
        return int(value), None
    return plain_text(value), None


def read_text(value: object) -> Read:
    """Numbers as their digits; a number Excel rounded (a float above 2**53) is an error."""
    if isinstance(value, float) and value.is_integer() and abs(value) >= _EXACT:
        return None, error("", IssueCode.NUMBER_LOST, value=plain_text(value))
    text = plain_text(value)
    if len(text) > _LONGEST_TEXT:
        return None, error("", IssueCode.VALUE_TOO_LONG, length=len(text))
    return text, None


def read_long_number(value: object) -> Read:
    """发展团员编号, 团员证号: any float that is not a whole number lost digits as well."""
    if isinstance(value, float) and _number_text(value) is None:
        return None, error("", IssueCode.NUMBER_LOST, value=plain_text(value))
    if isinstance(value, str) and _SCIENTIFIC.match(value):
        return None, error("", IssueCode.NUMBER_LOST, value=value.strip())
    return read_text(value)


@cache
def reader(key: str) -> Callable[[object], Read]:
    """How the cells of column ``key`` are read, chosen once per column rather than per cell."""
    spec = FIELDS_BY_KEY.get(key)
    kind = spec.kind if spec else Kind.TEXT
    if kind is Kind.ID_NUMBER:
        return read_id_number
    if kind in (Kind.DATE, Kind.MONTH):
        month = kind is Kind.MONTH
        return lambda value: read_date(value, month=month)
    if kind is Kind.BOOL:
        return read_bool
    if key in ("development_no", "card_no"):
        return read_long_number
    return read_text


def unmarked(text: str) -> str:
    """``text`` without the marks that keep a number as text: ="0123" and '0123."""
    found = _EXCEL_TEXT.match(text) or _QUOTED_NUMBER.match(text)
    return found.group(1) if found else text


def read_cells(raw: dict[str, object]) -> tuple[dict[str, object], list[Issue]]:
    """The mapped cells of one row as values for ``services.members.prepare_member``.

    Keys are member field keys plus ``status``; the 团小组 column comes out as ``group_name``
    and the branch column is dropped. A cell with a problem of its own comes out as None with
    an error on its field, so the roster's checks do not repeat it in other words.
    """
    values: dict[str, object] = {}
    issues: list[Issue] = []
    for key, value in raw.items():
        if value is None or value == "":
            if key != BRANCH:
                values[_TARGET.get(key, key)] = None
            continue
        if value.__class__ is str and value[0] in _TEXT_MARKS:
            value = unmarked(value)
        if value.__class__ is str and key in _PLAIN_TEXT and len(value) <= _LONGEST_TEXT:
            values[_TARGET.get(key, key)] = value  # most cells: text that is read as it is
            continue
        if key == BRANCH:
            continue
        read, problem = reader(key)(value)
        values[_TARGET.get(key, key)] = read
        if problem is not None:
            issues.append(Issue(key, problem.code, problem.severity, problem.params))
    return values, issues


_TARGET = {GROUP: "group_name"}
# Text cells of these columns need nothing from this module (the roster cleans them).
_PLAIN_TEXT = frozenset(
    key
    for key, spec in FIELDS_BY_KEY.items()
    if spec.kind not in (Kind.ID_NUMBER, Kind.DATE, Kind.MONTH)
    and key not in ("development_no", "card_no")
) | {STATUS}


def id_issues(number: object, issues: list[Issue]) -> list[Issue]:
    """The roster's ID findings seen through Excel's rounding.

    An 18-digit ID ending in 000 that fails its check digit is what Excel leaves of a number
    (15 digits kept): say so instead of “wrong check digit”. One that passes may still be
    rounded (1 in 11 does): a warning to compare with the paper record.
    """
    if not (
        isinstance(number, str)
        and len(number) == ID_LENGTH
        and number.endswith("000")
        and number[:17].isdigit()
    ):
        return issues
    out = []
    for issue in issues:
        if issue.field == "id_number" and issue.code in ("id_check_digit", "id_birth_date"):
            out.append(error("id_number", IssueCode.ID_STORED_AS_NUMBER, value=number))
        else:
            out.append(issue)
    if not any(i.field == "id_number" and i.is_error for i in out):
        out.append(warning("id_number", IssueCode.ID_MAYBE_TRUNCATED, value=number))
    return out

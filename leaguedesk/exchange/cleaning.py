"""Clean every cell of an imported roster and say what is wrong with it, cell by cell.

``clean_cell(key, raw)`` turns what a spreadsheet holds (text typed with full-width digits and
stray spaces, numbers, Excel serial dates, datetime objects) into the value the members table
stores, plus a list of ``Issue``s. ``clean_row`` does that for a whole row and cross-checks it:
sex and birth date against the ID, 发展团员编号 against 入团年月. Nothing is guessed: an ID that
Excel turned into a number has lost its last digits and is reported, never reconstructed.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import cache, lru_cache, partial

from leaguedesk.core import idcard
from leaguedesk.core.fields import FIELDS_BY_KEY, MEMBER_STATUSES, Kind
from leaguedesk.exchange.problems import Issue, IssueCode, error, warning

Cleaned = tuple[object, tuple[Issue, ...]]
NO_ISSUES: tuple[Issue, ...] = ()

FOOTER_WORDS = ("合计", "总计", "小计", "共计", "填表人", "填报人", "审核人", "审核", "制表",
                "制表人", "负责人", "备注", "说明", "注", "填表日期", "填报日期", "制表日期",
                "联系人", "签字", "签名", "盖章", "单位盖章", "书记签字")
_FOOTER = re.compile(r"^(?:" + "|".join(sorted(FOOTER_WORDS, key=len, reverse=True))
                     + r")\s*[:：]|^(?:合计|总计|小计|共计)")
_SCIENTIFIC = re.compile(r"^\d+(?:\.\d+)?[eE][+]?\d+$")
_TIME_SUFFIX = re.compile(r"[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
_YMD_SEP = re.compile(r"^(\d{4})[年./\-](\d{1,2})(?:月|[./\-])?(?:(\d{1,2})[日号]?)?$")
_YMD_DIGITS = re.compile(r"^(\d{4})(\d{2})(\d{2})?$")
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}(?:-\d{1,6})?$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_LONGEST_TEXT = 500

# Spellings people use for the national choice values.
ALIASES: dict[str, dict[str, str]] = {
    "sex": {"男": "男", "女": "女", "m": "男", "f": "女", "male": "男", "female": "女",
            "男性": "男", "女性": "女"},
    "id_type": {"身份证": "居民身份证", "居民身份证": "居民身份证", "二代身份证": "居民身份证",
                "港澳通行证": "港澳居民来往内地通行证", "台胞证": "台湾居民来往大陆通行证"},
    "political_status": {"团员": "共青团员", "共青团员": "共青团员", "中国共青团员": "共青团员",
                         "预备党员": "中共预备党员", "中共预备党员": "中共预备党员",
                         "党员": "中共党员", "中共党员": "中共党员", "中国共产党党员": "中共党员"},
    "education": {"本科": "大学本科", "大学": "大学本科", "大专": "大学专科", "专科": "大学专科",
                  "硕士": "硕士研究生", "研究生": "硕士研究生", "博士": "博士研究生",
                  "中专": "中等职业教育", "职高": "中等职业教育", "技校": "中等职业教育",
                  "中职": "中等职业教育", "高职": "大学专科", "普通高中": "高中"},
    "league_post": {"团支部书记": "书记", "支部书记": "书记", "团支书": "书记", "支书": "书记",
                    "团支部副书记": "副书记", "副支书": "副书记", "组委": "组织委员",
                    "宣委": "宣传委员", "团员": "", "无": "", "/": "", "-": "", "—": ""},
    "occupation": {"在校学生": "学生", "大学生": "学生", "中学生": "学生", "教师": "教职工",
                   "自由职业": "自由职业者", "务农": "农民"},
    "status": {"在册": "正常", "正常团员": "正常", "超龄": "超龄离团", "已转出": "转出"},
}
_ALIAS_GROUP = {"fulltime_education": "education", "highest_education": "education"}
_BOOLS = {"是": 1, "否": 0, "y": 1, "n": 0, "yes": 1, "no": 0, "true": 1, "false": 0, "1": 1,
          "0": 0, "√": 1, "✓": 1, "×": 0, "x": 0}


def fold(text: str) -> str:
    """Full-width digits, letters and spaces to ASCII; all whitespace removed."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def tidy(text: str) -> str:
    """Trim and collapse whitespace (including full-width spaces) to single spaces.

    Between Chinese characters the spaces people type to align names (“张  三”) are dropped.
    """
    parts = text.split()
    if len(parts) <= 1:
        return parts[0] if parts else ""
    out = parts[0]
    for part in parts[1:]:
        out += part if (_is_cjk(out[-1]) and _is_cjk(part[0])) else " " + part
    return out


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


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
    if not math.isfinite(value) or not value.is_integer():
        return None
    if abs(value) >= 2**53:
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
    if isinstance(value, float | int):
        digits = _number_text(value)
        return digits if digits is not None else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


# --- per kind --------------------------------------------------------------------------------

_parse_id = lru_cache(maxsize=1024)(idcard.parse)  # cleaning and the cross-check both parse


def clean_id_number(value: object) -> Cleaned:
    """A citizen ID as text; numbers that lost digits in Excel are refused, never repaired."""
    if isinstance(value, float) or (isinstance(value, int) and not isinstance(value, bool)
                                    and len(str(abs(value))) < 18):
        digits = _number_text(value)
        if digits is None or len(digits) != 18:
            return plain_text(value), (error(IssueCode.ID_STORED_AS_NUMBER),)
    text = fold(plain_text(value)).upper()
    if not text:
        return "", NO_ISSUES
    if _SCIENTIFIC.match(text):
        return text, (error(IssueCode.ID_STORED_AS_NUMBER),)
    try:
        number = _parse_id(text).number
    except idcard.InvalidId as exc:
        if text.isdigit() and len(text) == 18 and text.endswith("000"):
            return text, (error(IssueCode.ID_STORED_AS_NUMBER),)
        facts = {"expected": exc.expected_check} if exc.expected_check else {}
        return text, (error(IssueCode(exc.problem.value), length=len(text), **facts),)
    if number.endswith("000"):
        return number, (warning(IssueCode.ID_MAYBE_TRUNCATED),)
    return number, NO_ISSUES


def parse_date(value: object) -> tuple[int, int, int | None] | Issue | None:
    """(year, month, day or None) from whatever a date cell holds; an Issue when unreadable."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.year, value.month, value.day
    if isinstance(value, dt.date):
        return value.year, value.month, value.day
    if isinstance(value, bool):
        return error(IssueCode.DATE_INVALID, text=plain_text(value))
    if isinstance(value, float | int):
        return _date_from_number(value)
    if not isinstance(value, str):
        return error(IssueCode.DATE_INVALID, text=plain_text(value))
    text = unicodedata.normalize("NFKC", value).strip()
    if not text:
        return None
    text = "".join(_TIME_SUFFIX.sub("", text.replace("T", " ")).split())
    found = _YMD_SEP.match(text) or _YMD_DIGITS.match(text)
    if found is None:
        if re.fullmatch(r"\d{4}年?", text):
            return error(IssueCode.DATE_INCOMPLETE, text=value.strip())
        return error(IssueCode.DATE_INVALID, text=value.strip())
    year, month = int(found.group(1)), int(found.group(2))
    day = int(found.group(3)) if found.group(3) else None
    return _checked(year, month, day, value.strip())


def _date_from_number(value: float | int) -> tuple[int, int, int | None] | Issue:
    text = plain_text(value)
    if isinstance(value, float) and not value.is_integer():
        if 1 <= value < 80000:  # an Excel serial with a time of day
            value = math.floor(value)
        else:
            return error(IssueCode.DATE_INVALID, text=text)
    number = int(value)
    if 1900 <= number <= 2100:
        return error(IssueCode.DATE_INCOMPLETE, text=text)
    if 190001 <= number <= 210012:
        return _checked(number // 100, number % 100, None, text)
    if 19000101 <= number <= 21001231:
        return _checked(number // 10000, number // 100 % 100, number % 100, text)
    if 1 <= number < 80000:  # Excel serial day number (1900 date system)
        day = _EXCEL_EPOCH + dt.timedelta(days=number)
        return day.year, day.month, day.day
    return error(IssueCode.DATE_INVALID, text=text)


def _checked(year: int, month: int, day: int | None,
             text: str) -> tuple[int, int, int | None] | Issue:
    if not 1900 <= year <= 2100 or not 1 <= month <= 12:
        return error(IssueCode.DATE_INVALID, text=text)
    if day is not None:
        try:
            dt.date(year, month, day)
        except ValueError:
            return error(IssueCode.DATE_INVALID, text=text)
    return year, month, day


def clean_date(value: object, *, month_only: bool) -> Cleaned:
    """'YYYY-MM-DD' (or 'YYYY-MM' for 年月 fields); None when empty."""
    parsed = parse_date(value)
    if parsed is None:
        return None, NO_ISSUES
    if isinstance(parsed, Issue):
        return None, (parsed,)
    year, month, day = parsed
    if month_only:
        return f"{year:04d}-{month:02d}", NO_ISSUES
    if day is None:
        return f"{year:04d}-{month:02d}", (error(IssueCode.DATE_INCOMPLETE,
                                                 text=plain_text(value).strip()),)
    return f"{year:04d}-{month:02d}-{day:02d}", NO_ISSUES


def clean_choice(key: str, value: object) -> Cleaned:
    text = tidy(plain_text(value))
    if not text:
        return "", NO_ISSUES
    field = FIELDS_BY_KEY.get(key)
    choices = field.choices if field else (MEMBER_STATUSES if key == "status" else ())
    if text in choices:
        return text, NO_ISSUES
    aliases = ALIASES.get(_ALIAS_GROUP.get(key, key), {})
    folded = fold(text).lower()
    if folded in aliases:
        return aliases[folded], NO_ISSUES
    if key == "ethnicity" and folded + "族" in choices:
        return folded + "族", NO_ISSUES
    if key == "sex":
        return text, (error(IssueCode.SEX_UNKNOWN, text=text),)
    return text, (error(IssueCode.CHOICE_UNKNOWN, text=text, choices="、".join(choices)),)


def clean_bool(value: object) -> Cleaned:
    if isinstance(value, bool):
        return int(value), NO_ISSUES
    text = fold(plain_text(value)).lower()
    if not text:
        return 0, NO_ISSUES
    if text in _BOOLS:
        return _BOOLS[text], NO_ISSUES
    return 0, (error(IssueCode.BOOL_UNKNOWN, text=plain_text(value).strip()),)


def clean_phone(value: object) -> Cleaned:
    text = fold(plain_text(value))
    if not text:
        return "", NO_ISSUES
    digits = re.sub(r"[()（）\-—]", "", text)
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if _MOBILE.match(digits):
        return digits, NO_ISSUES
    if _LANDLINE.match(text) or _LANDLINE.match(digits):
        return text, (warning(IssueCode.PHONE_NOT_MOBILE, text=text),)
    return plain_text(value).strip(), (error(IssueCode.PHONE_INVALID, text=text),)


def clean_email(value: object) -> Cleaned:
    text = fold(plain_text(value))
    if not text:
        return "", NO_ISSUES
    if _EMAIL.match(text):
        return text, NO_ISSUES
    return text, (error(IssueCode.EMAIL_INVALID, text=text),)


def clean_development_no(value: object) -> Cleaned:
    """12 digits, the first four the year of joining; None when empty (the column is unique)."""
    if isinstance(value, float) and _number_text(value) is None:
        return plain_text(value), (error(IssueCode.NUMBER_LOST),)
    text = fold(plain_text(value))
    if not text:
        return None, NO_ISSUES
    if _SCIENTIFIC.match(text):
        return text, (error(IssueCode.NUMBER_LOST),)
    if not (text.isdigit() and len(text) == 12):
        return text, (error(IssueCode.DEVELOPMENT_NO_FORMAT, text=text),)
    return text, NO_ISSUES


def clean_text(value: object) -> Cleaned:
    if isinstance(value, float) and _number_text(value) is None and value.is_integer():
        return plain_text(value), (error(IssueCode.NUMBER_LOST),)
    text = tidy(plain_text(value))
    if len(text) > _LONGEST_TEXT:
        return text, (error(IssueCode.VALUE_TOO_LONG, length=len(text)),)
    return text, NO_ISSUES


def clean_name(value: object) -> Cleaned:
    text, issues = clean_text(value)
    return str(text).replace("•", "·").replace("・", "·"), issues


_LOW_CARDINALITY = {Kind.CHOICE, Kind.DATE, Kind.MONTH, Kind.BOOL, Kind.GROUP}
_MEMO_LIMIT = 4096


def clean_cell(key: str, value: object) -> Cleaned:
    """The stored value of field ``key`` and the issues found, for one raw cell value."""
    return cleaner(key)(value)


@cache
def cleaner(key: str) -> Callable[[object], Cleaned]:
    """The cleaning function of one field, chosen once per field rather than once per cell.

    Fields with few distinct values (choices, dates) remember their results: a roster repeats
    “共青团员”, “汉族” and the same 入团年月 thousands of times.
    """
    field = FIELDS_BY_KEY.get(key)
    kind = field.kind if field else (Kind.CHOICE if key == "status" else Kind.TEXT)
    if kind == Kind.ID_NUMBER:
        function: Callable[[object], Cleaned] = clean_id_number
    elif kind in (Kind.DATE, Kind.MONTH):
        function = partial(clean_date, month_only=kind == Kind.MONTH)
    elif kind == Kind.CHOICE:
        function = partial(clean_choice, key)
    elif kind == Kind.BOOL:
        function = clean_bool
    elif kind == Kind.PHONE:
        function = clean_phone
    elif kind == Kind.EMAIL:
        function = clean_email
    elif key == "development_no":
        function = clean_development_no
    elif key == "name":
        function = clean_name
    else:
        function = clean_text
    return _memoised(function) if kind in _LOW_CARDINALITY else function


def _memoised(function: Callable[[object], Cleaned]) -> Callable[[object], Cleaned]:
    memo: dict[tuple[type, object], Cleaned] = {}

    def remembered(value: object) -> Cleaned:
        try:
            key = (value.__class__, value)  # 1, 1.0 and True must not share a result
            found = memo.get(key)
        except TypeError:  # unhashable: never from our readers, but be safe
            return function(value)
        if found is None:
            if len(memo) >= _MEMO_LIMIT:
                memo.clear()
            found = memo[key] = function(value)
        return found

    return remembered


# --- whole rows ------------------------------------------------------------------------------

_DATE_KEYS = tuple(f.key for f in FIELDS_BY_KEY.values() if f.kind in (Kind.DATE, Kind.MONTH))


def clean_row(raw: dict[str, object], *, today: dt.date | None = None
              ) -> tuple[dict[str, object], list[Issue]]:
    """Clean the mapped cells of one row and cross-check them; issues carry their field key."""
    values: dict[str, object] = {}
    issues: list[Issue] = []
    id_type = clean_cell("id_type", raw["id_type"])[0] if "id_type" in raw else ""
    for key, value in raw.items():
        if key == "id_number" and id_type not in ("", "居民身份证"):
            # a passport or 通行证 number: no GB 11643 rules, just tidy text
            cleaned, found = fold(plain_text(value)).upper(), NO_ISSUES
        else:
            cleaned, found = cleaner(key)(value)
        values[key] = cleaned
        if found:
            issues.extend(issue.on(key) for issue in found)
    _cross_check(values, issues)
    today_text = (today or dt.date.today()).isoformat()
    for key in _DATE_KEYS:
        when = values.get(key)
        if isinstance(when, str) and when > today_text[: len(when)]:
            issues.append(warning(IssueCode.DATE_IN_FUTURE, text=when).on(key))
    return values, issues


def _cross_check(values: dict[str, object], issues: list[Issue]) -> None:
    """Fill sex and birth date from the ID when blank, report them when they disagree."""
    bad = {i.field for i in issues if i.is_error}
    if not values.get("name") and "name" not in bad:
        issues.append(error(IssueCode.REQUIRED).on("name"))
    if not values.get("id_type"):
        values["id_type"] = "居民身份证"
    if not values.get("political_status") and "political_status" not in bad:
        values["political_status"] = "共青团员"
    number = values.get("id_number")
    if not number:
        if "id_number" not in bad:
            issues.append(error(IssueCode.ID_EMPTY).on("id_number"))
        return
    if values["id_type"] != "居民身份证":
        return
    if "id_number" in bad:
        # A year-and-month birth date is completed from the ID once the ID is fixed.
        issues[:] = [i for i in issues
                     if not (i.field == "birth_date" and i.code == IssueCode.DATE_INCOMPLETE)]
        return
    citizen = _parse_id(str(number))
    sex = values.get("sex")
    if not sex:
        values["sex"] = citizen.sex.value
    elif sex != citizen.sex.value and "sex" not in bad:
        issues.append(error(IssueCode.SEX_MISMATCH, given=sex, from_id=citizen.sex.value)
                      .on("sex"))
    birth = values.get("birth_date")
    from_id = citizen.birth_date.isoformat()
    incomplete = [i for i in issues
                  if i.field == "birth_date" and i.code == IssueCode.DATE_INCOMPLETE]
    if not birth and "birth_date" not in bad:
        values["birth_date"] = from_id
    elif incomplete and isinstance(birth, str) and from_id.startswith(birth):
        # Only year and month were written and they agree: the ID has the full date.
        values["birth_date"] = from_id
        issues.remove(incomplete[0])
    elif birth != from_id and isinstance(birth, str):
        issues[:] = [i for i in issues if i not in incomplete]
        issues.append(error(IssueCode.BIRTH_MISMATCH, given=birth, from_id=from_id)
                      .on("birth_date"))
    joined, dev = values.get("joined_on"), values.get("development_no")
    if (isinstance(joined, str) and isinstance(dev, str) and "development_no" not in bad
            and not dev.startswith(joined[:4])):
        issues.append(warning(IssueCode.DEVELOPMENT_NO_YEAR, year=joined[:4])
                      .on("development_no"))

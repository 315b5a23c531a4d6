"""Checks on one member record: clean what was typed, then list what is wrong with it.

Record-level rules only (pure Python, no SQL): GB 11643 IDs, birth date and sex against the ID,
age at 入团年月, 发展团员编号, phone, email, dates, required fields and choice lists. Rules that
need the whole file (an ID or 发展团员编号 used twice) live in ``services.members``.
Every number comes from :class:`Rules`, whose defaults follow the national texts.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, fields
from functools import lru_cache
from typing import Any

from leaguedesk.core import dates, idcard
from leaguedesk.core.fields import (
    ETHNICITIES,
    FIELDS_BY_KEY,
    MEMBER_FIELDS,
    MEMBER_STATUSES,
    Field,
    Kind,
)
from leaguedesk.core.issues import Issue, Severity, error, warning

__all__ = [
    "RESIDENT_ID",
    "Issue",
    "Rules",
    "Severity",
    "fill_from_id",
    "normalize",
    "normalize_status",
    "tidy",
    "validate_member",
]

RESIDENT_ID = "居民身份证"
PARTY_STATUSES = ("中共党员", "中共预备党员")


@dataclass(frozen=True)
class Rules:
    """The numbers behind the checks and alerts; a user can change each one (rule settings)."""

    join_age_min: int = 14
    join_age_max: int = 28
    join_age_strict_from: int = 2017  # age at join is an error from this join year, else a warning
    development_no_required_from: int = 2017
    development_no_length: int = 12
    age_out: int = 28  # 超龄离团 unless holding a League post
    turning_28_months: int = 6
    registration_overdue_months: int = 15
    inactive_months: int = 6
    probation_max_months: int = 12  # 留团察看 lasts at most one year
    phone_length: int = 11

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Rules:
        """Rules from stored settings; unknown keys and values that are not numbers are ignored."""
        known = {f.name for f in fields(cls)}
        chosen = {}
        for key, value in (data or {}).items():
            if key in known and isinstance(value, int) and not isinstance(value, bool):
                chosen[key] = value
        return cls(**chosen)

    def to_dict(self) -> dict[str, int]:
        return asdict(self)


# ---------------------------------------------------------------------------------- normalize

# Spellings people use for the national values, looked up after folding (full-width to ASCII,
# no spaces, lower case). Shared by the member form and spreadsheet imports.
_EDUCATION_ALIASES = {
    "本科": "大学本科",
    "大学": "大学本科",
    "大专": "大学专科",
    "专科": "大学专科",
    "高职": "大学专科",
    "硕士": "硕士研究生",
    "研究生": "硕士研究生",
    "博士": "博士研究生",
    "中专": "中等职业教育",
    "职高": "中等职业教育",
    "技校": "中等职业教育",
    "中职": "中等职业教育",
    "普通高中": "高中",
}
_ALIASES: dict[str, dict[str, str]] = {
    "sex": {"男性": "男", "女性": "女", "m": "男", "f": "女", "male": "男", "female": "女"},
    "political_status": {
        "团员": "共青团员",
        "中国共青团员": "共青团员",
        "党员": "中共党员",
        "中国共产党党员": "中共党员",
        "预备党员": "中共预备党员",
    },
    "id_type": {
        "身份证": RESIDENT_ID,
        "公民身份证": RESIDENT_ID,
        "居民身份证号码": RESIDENT_ID,
        "二代身份证": RESIDENT_ID,
        "港澳通行证": "港澳居民来往内地通行证",
        "台胞证": "台湾居民来往大陆通行证",
    },
    "fulltime_education": _EDUCATION_ALIASES,
    "highest_education": _EDUCATION_ALIASES,
    # A post column often says 团员 or 无 for members without a post: that is no post.
    "league_post": {
        "团支部书记": "书记",
        "支部书记": "书记",
        "团支书": "书记",
        "支书": "书记",
        "团支部副书记": "副书记",
        "副支书": "副书记",
        "组委": "组织委员",
        "宣委": "宣传委员",
        "团员": "",
        "无": "",
        "/": "",
        "-": "",
        "—": "",
    },
    "occupation": {
        "在校学生": "学生",
        "大学生": "学生",
        "中学生": "学生",
        "教师": "教职工",
        "自由职业": "自由职业者",
        "务农": "农民",
    },
}
STATUS_ALIASES = {"在册": "正常", "正常团员": "正常", "超龄": "超龄离团", "已转出": "转出"}
_TRUE = {"1", "是", "true", "yes", "y", "√", "✓", "✔"}
_FALSE = {"0", "否", "false", "no", "n", "", "×", "✗"}
_ASCII_TEXT_KEYS = {"development_no", "card_no"}
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_NAME_DOTS = str.maketrans({"•": "·", "・": "·", "‧": "·", "∙": "·"})


def normalize(values: dict[str, Any]) -> dict[str, Any]:
    """A cleaned copy of a member field dict; keys that are not member fields pass unchanged.

    Strips spaces, turns full-width digits and letters into ASCII where the field is a number
    or code, writes an ID's x as X, dates as YYYY-MM-DD and 年月 fields as YYYY-MM, booleans as
    0/1, and common variants of choice values (团员 → 共青团员, 汉 → 汉族) as the national value.
    Values that cannot be cleaned are kept as typed for :func:`validate_member` to report.
    """
    cleaned: dict[str, Any] = {}
    for key, value in values.items():
        spec = FIELDS_BY_KEY.get(key)
        if spec is None:
            cleaned[key] = value
            continue
        if value is None:
            cleaned[key] = _EMPTY[key]
        elif key in _MOSTLY_UNIQUE:
            cleaned[key] = _clean_value(spec, value)
        else:
            try:
                cleaned[key] = _remembered(key, value)
            except TypeError:  # an unhashable value: clean it without remembering
                cleaned[key] = _clean_value(spec, value)
    return cleaned


# Values that differ from member to member: remembering them would only fill the cache.
_MOSTLY_UNIQUE = frozenset(
    {"name", "id_number", "phone", "email", "development_no", "card_no", "birth_date", "notes"}
)


@lru_cache(maxsize=16384, typed=True)
def _remembered(key: str, value: Any) -> Any:
    """Cleaning is a pure function of field and value, and rosters repeat values (汉族,
    共青团员, the same 入团年月, the same school) thousands of times: clean each once."""
    return _clean_value(FIELDS_BY_KEY[key], value)


def _empty_values() -> dict[str, Any]:
    return {f.key: _clean_value(f, None) for f in MEMBER_FIELDS}


def _clean_value(spec: Field, value: Any) -> Any:
    kind = spec.kind
    if kind is Kind.BOOL:
        return _clean_bool(value)
    if kind is Kind.GROUP:
        return _clean_group(value)
    if kind in (Kind.DATE, Kind.MONTH):
        return dates.clean(value, month=kind is Kind.MONTH)
    text = "" if value is None else str(value)
    if kind is Kind.ID_NUMBER:
        return idcard.normalize(dates.ascii_text(text)) or None
    if kind is Kind.PHONE:
        return _clean_phone(text)
    if kind is Kind.EMAIL:
        return "".join(dates.ascii_text(text).split())
    if spec.key in _ASCII_TEXT_KEYS:
        code = "".join(dates.ascii_text(text).split())
        return (code or None) if spec.key == "development_no" else code
    if spec.key == "name":
        return _clean_name(text)
    if spec.key == "notes":
        return text.strip()
    if kind is Kind.CHOICE:
        return _clean_choice(spec, " ".join(text.split()))
    return tidy(text)


def _clean_bool(value: Any) -> Any:
    if value is None or isinstance(value, bool):
        return int(bool(value))
    if isinstance(value, int):
        return 1 if value else 0
    text = dates.ascii_text(value).lower()
    if text in _TRUE:
        return 1
    if text in _FALSE:
        return 0
    return str(value).strip()


def _clean_group(value: Any) -> Any:
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = dates.ascii_text(value)
    return int(text) if text.isdigit() else value


def _clean_phone(text: str) -> str:
    phone = dates.ascii_text(text)
    for sign in " -()\u00a0":
        phone = phone.replace(sign, "")
    if phone.startswith("+86"):
        phone = phone[3:]
    elif phone.startswith("0086"):
        phone = phone[4:]
    elif phone.startswith("86") and len(phone) == 13:
        phone = phone[2:]
    return phone


def _clean_name(text: str) -> str:
    name = " ".join(text.translate(_NAME_DOTS).split())
    # 张 三 → 张三; names written in other scripts (John Smith) keep their spaces.
    parts = name.split(" ")
    if len(parts) > 1 and all(_HAN.search(part) for part in parts):
        name = "".join(parts)
    return name


def tidy(text: str) -> str:
    """Trim and collapse whitespace (full-width spaces too) to single spaces.

    Spaces between two Chinese characters, typed to align or by mistake, are dropped:
    “示范大学　东校区” → “示范大学东校区”; “Room 3 示范大学” keeps its spaces.
    """
    parts = text.split()
    if len(parts) <= 1:
        return parts[0] if parts else ""
    out = parts[0]
    for part in parts[1:]:
        joined = _HAN.match(out[-1]) and _HAN.match(part[0])
        out += part if joined else " " + part
    return out


def _fold(text: str) -> str:
    return "".join(dates.ascii_text(text).split()).lower()


def _clean_choice(spec: Field, text: str) -> str:
    if text in spec.choices:
        return text
    folded = _fold(text)
    alias = _ALIASES.get(spec.key, {}).get(folded)
    if alias is not None:
        return alias
    if folded in spec.choices:
        return folded
    if spec.key == "ethnicity" and folded + "族" in ETHNICITIES:
        return folded + "族"
    return text


_EMPTY = _empty_values()  # what an empty field cleans to: most fields of most records


def normalize_status(value: Any) -> str:
    """A 团籍状态 as typed (在册, 超龄 …) as one of MEMBER_STATUSES; other text unchanged."""
    text = " ".join(str(value or "").split())
    if text in MEMBER_STATUSES:
        return text
    return STATUS_ALIASES.get(_fold(text), text)


# Filling from the ID and checking it parse the same number one after the other.
_parse_id = lru_cache(maxsize=256)(idcard.parse)


def fill_from_id(values: dict[str, Any]) -> dict[str, Any]:
    """A copy with 出生日期 and 性别 read from a valid resident ID where they were left empty.

    A birth date given only to the month (2004-03, 2004年3月) that agrees with the ID becomes
    the ID's full date.
    """
    filled = dict(values)
    if (filled.get("id_type") or RESIDENT_ID) != RESIDENT_ID or not filled.get("id_number"):
        return filled
    try:
        parsed = _parse_id(filled["id_number"])
    except idcard.InvalidId:
        return filled
    birth = filled.get("birth_date")
    if not birth:
        filled["birth_date"] = parsed.birth_date.isoformat()
    elif (
        isinstance(birth, str)
        and dates.parse_day(birth) is None
        and dates.clean(birth, month=True) == dates.month_text(parsed.birth_date)
        and dates.parse_day(dates.clean(birth, month=False)) is None
    ):
        # Only the year and month were given (出生年月) and they agree: the ID has the day.
        filled["birth_date"] = parsed.birth_date.isoformat()
    if not filled.get("sex"):
        filled["sex"] = parsed.sex.value
    return filled


# ---------------------------------------------------------------------------------- validate

DEFAULT_RULES = Rules()
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
_MOBILE = re.compile(r"^1[3-9]\d{9}$")


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def validate_member(
    values: dict[str, Any],
    *,
    today: dt.date,
    rules: Rules = DEFAULT_RULES,
    normalized: bool = False,
) -> list[Issue]:
    """Everything wrong with one member record, errors and warnings, in field order.

    ``values`` maps member field keys to what was typed or stored; it is normalised first
    unless ``normalized`` says it came from :func:`normalize` already.
    """
    v = values if normalized else normalize(values)
    issues: list[Issue] = []
    issues += _required_and_choices(v)
    parsed = _dates(v, today, issues)
    resident = _resident_id(v, parsed, issues)
    birth = parsed.get("birth_date") or (resident.birth_date if resident else None)
    joined = parsed.get("joined_on")
    if joined and birth:
        issues += _age_at_join(birth, joined, rules)
    issues += _development_no(v.get("development_no"), joined, rules)
    issues += _contact(v, rules)
    issues += _party_and_post(v, parsed)
    if len(issues) > 1:
        issues.sort(key=lambda i: _FIELD_ORDER.get(i.field, -1))
    return issues


# What each field needs checked, worked out once (validation runs per row of an import).
_FIELD_ORDER = {f.key: n for n, f in enumerate(MEMBER_FIELDS)}
_REQUIRED = tuple(f.key for f in MEMBER_FIELDS if f.required)
_CHOICES = tuple((f.key, frozenset(f.choices)) for f in MEMBER_FIELDS if f.kind is Kind.CHOICE)
_BOOLS = tuple(f.key for f in MEMBER_FIELDS if f.kind is Kind.BOOL)
_DATES = tuple(
    (f.key, f.kind is Kind.MONTH) for f in MEMBER_FIELDS if f.kind in (Kind.DATE, Kind.MONTH)
)


def _required_and_choices(v: dict[str, Any]) -> list[Issue]:
    issues = []
    for key in _REQUIRED:
        if _empty(v.get(key)):
            issues.append(error(key, "required"))
    for key, choices in _CHOICES:
        value = v.get(key)
        if value not in choices and not _empty(value):
            issues.append(error(key, "choice_invalid", value=value))
    for key in _BOOLS:
        value = v.get(key)
        if value not in (0, 1, None):
            issues.append(error(key, "choice_invalid", value=value))
    return issues


def _dates(v: dict[str, Any], today: dt.date, issues: list[Issue]) -> dict[str, dt.date]:
    parsed: dict[str, dt.date] = {}
    this_month = _month_of(today)
    for key, month in _DATES:
        value = v.get(key)
        if _empty(value):
            continue
        text = str(value)
        day = dates.parse_month(text) if month else dates.parse_day(text)
        if day is None:
            issues.append(error(key, "date_format", value=text, month=month))
        elif (month and text > this_month) or (not month and day > today):
            issues.append(error(key, "date_future", value=text, today=today.isoformat()))
        else:
            parsed[key] = day
    return parsed


_month_of = lru_cache(maxsize=16)(dates.month_text)


def _resident_id(
    v: dict[str, Any], parsed: dict[str, dt.date], issues: list[Issue]
) -> idcard.CitizenId | None:
    number = v.get("id_number")
    if (v.get("id_type") or RESIDENT_ID) != RESIDENT_ID or _empty(number):
        return None
    try:
        resident = _parse_id(str(number))
    except idcard.InvalidId as exc:
        facts: dict[str, Any] = {"value": exc.text, "length": len(exc.text)}
        if exc.expected_check:
            facts.update(expected=exc.expected_check, given=exc.text[-1])
        issues.append(Issue("id_number", exc.problem.value, Severity.ERROR, facts))
        return None
    typed_birth = parsed.get("birth_date")
    if typed_birth and typed_birth != resident.birth_date:
        issues.append(
            error(
                "birth_date",
                "birth_mismatch",
                expected=resident.birth_date.isoformat(),
                given=typed_birth.isoformat(),
            )
        )
    sex = v.get("sex")
    if sex in ("男", "女") and sex != resident.sex.value:
        issues.append(error("sex", "sex_mismatch", expected=resident.sex.value, given=sex))
    return resident


def _age_at_join(birth: dt.date, joined: dt.date, rules: Rules) -> list[Issue]:
    # 入团年月 has no day: only report an age that is outside the range on every day of the month.
    first, last = joined, dates.month_end(joined)
    if last < birth:
        return [error("joined_on", "join_before_birth", birth=birth.isoformat())]
    strict = joined.year >= rules.join_age_strict_from
    severity = Severity.ERROR if strict else Severity.WARNING
    facts = {
        "min": rules.join_age_min,
        "max": rules.join_age_max,
        "year": joined.year,
        "strict_from": rules.join_age_strict_from,
    }
    youngest = dates.age_on(birth, last)
    oldest = dates.age_on(birth, first)
    if youngest < rules.join_age_min:
        return [Issue("joined_on", "age_at_join", severity, {"age": youngest, **facts})]
    if oldest > rules.join_age_max:
        return [Issue("joined_on", "age_at_join", severity, {"age": oldest, **facts})]
    return []


def _development_no(number: Any, joined: dt.date | None, rules: Rules) -> list[Issue]:
    length = rules.development_no_length
    if joined is None:
        if _empty(number) or (str(number).isdigit() and len(str(number)) == length):
            return []
        return [
            error(
                "development_no",
                "development_no_format",
                length=length,
                given_length=len(str(number)),
            )
        ]
    strict = joined.year >= rules.development_no_required_from
    if _empty(number):
        if strict:
            return [
                error(
                    "development_no",
                    "development_no_missing",
                    since=rules.development_no_required_from,
                    length=length,
                )
            ]
        return []
    number = str(number)
    severity = Severity.ERROR if strict else Severity.WARNING
    if not (number.isdigit() and len(number) == length):
        return [
            Issue(
                "development_no",
                "development_no_format",
                severity,
                {"length": length, "given_length": len(number)},
            )
        ]
    year = str(joined.year)  # four digits: dates before 1900 are not dates here
    if number[:4] != year:
        return [
            Issue(
                "development_no",
                "development_no_year",
                severity,
                {"expected": year, "given": number[:4]},
            )
        ]
    return []


def _contact(v: dict[str, Any], rules: Rules) -> list[Issue]:
    issues = []
    phone = str(v.get("phone") or "")
    if phone:
        if not (phone.isdigit() and len(phone) == rules.phone_length):
            issues.append(
                error(
                    "phone",
                    "phone_length",
                    length=len(phone),
                    expected=rules.phone_length,
                    digits_only=phone.isdigit(),
                )
            )
        elif rules.phone_length == 11 and not _MOBILE.match(phone):
            issues.append(warning("phone", "phone_prefix", value=phone))
    email = str(v.get("email") or "")
    if email and not _EMAIL.match(email):
        issues.append(error("email", "email_format", value=email))
    return issues


def _party_and_post(v: dict[str, Any], parsed: dict[str, dt.date]) -> list[Issue]:
    issues = []
    status = v.get("political_status")
    if status in PARTY_STATUSES and _empty(v.get("party_joined_on")):
        issues.append(warning("party_joined_on", "party_joined_missing", status=status))
    if status == "共青团员" and "party_joined_on" in parsed:
        issues.append(warning("party_joined_on", "party_joined_unexpected"))
    if not _empty(v.get("post_since")) and _empty(v.get("league_post")):
        issues.append(warning("post_since", "post_since_without_post"))
    joined, since = parsed.get("joined_on"), parsed.get("post_since")
    if joined and since and since < joined:
        issues.append(warning("post_since", "post_before_join", joined_on=f"{joined:%Y-%m}"))
    return issues

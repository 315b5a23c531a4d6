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
from typing import Any

from leaguedesk.core import dates, idcard
from leaguedesk.core.fields import (
    ETHNICITIES,
    FIELDS_BY_KEY,
    MEMBER_FIELDS,
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

_ALIASES: dict[str, dict[str, str]] = {
    "sex": {"男性": "男", "女性": "女", "M": "男", "F": "女", "m": "男", "f": "女"},
    "political_status": {"团员": "共青团员", "党员": "中共党员", "预备党员": "中共预备党员"},
    "id_type": {"身份证": RESIDENT_ID, "公民身份证": RESIDENT_ID, "居民身份证号码": RESIDENT_ID},
}
_TRUE = {"1", "是", "true", "yes", "y", "√", "✓"}
_FALSE = {"0", "否", "false", "no", "n", ""}
_ASCII_TEXT_KEYS = {"development_no", "card_no"}
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


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
        cleaned[key] = value if spec is None else _clean_value(spec, value)
    return cleaned


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
    text = " ".join(text.split())
    if kind is Kind.CHOICE:
        return _clean_choice(spec, text)
    return text


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
    name = " ".join(text.split())
    # 张 三 → 张三; names written in other scripts (John Smith) keep their spaces.
    parts = name.split(" ")
    if len(parts) > 1 and all(_HAN.search(part) for part in parts):
        name = "".join(parts)
    return name


def _clean_choice(spec: Field, text: str) -> str:
    if text in spec.choices:
        return text
    alias = _ALIASES.get(spec.key, {}).get(text)
    if alias:
        return alias
    if spec.key == "ethnicity" and text + "族" in ETHNICITIES:
        return text + "族"
    return text


def fill_from_id(values: dict[str, Any]) -> dict[str, Any]:
    """A copy with 出生日期 and 性别 read from a valid resident ID where they were left empty."""
    filled = dict(values)
    if (filled.get("id_type") or RESIDENT_ID) != RESIDENT_ID or not filled.get("id_number"):
        return filled
    try:
        parsed = idcard.parse(filled["id_number"])
    except idcard.InvalidId:
        return filled
    if not filled.get("birth_date"):
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


def validate_member(values: dict[str, Any], *, today: dt.date,
                    rules: Rules = DEFAULT_RULES) -> list[Issue]:
    """Everything wrong with one member record, errors and warnings, in field order.

    ``values`` maps member field keys to what was typed or stored; it is normalised first.
    """
    v = normalize(values)
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
    order = {f.key: n for n, f in enumerate(MEMBER_FIELDS)}
    return sorted(issues, key=lambda i: order.get(i.field, -1))


def _required_and_choices(v: dict[str, Any]) -> list[Issue]:
    issues = []
    for spec in MEMBER_FIELDS:
        value = v.get(spec.key)
        if spec.required and _empty(value):
            issues.append(error(spec.key, "required"))
        elif _bad_choice(spec, value):
            issues.append(error(spec.key, "choice_invalid", value=value))
    return issues


def _bad_choice(spec: Field, value: Any) -> bool:
    if spec.kind is Kind.BOOL:
        return value not in (0, 1, None)
    return spec.kind is Kind.CHOICE and not _empty(value) and value not in spec.choices


def _dates(v: dict[str, Any], today: dt.date, issues: list[Issue]) -> dict[str, dt.date]:
    parsed: dict[str, dt.date] = {}
    for spec in MEMBER_FIELDS:
        if spec.kind not in (Kind.DATE, Kind.MONTH) or _empty(v.get(spec.key)):
            continue
        text = str(v[spec.key])
        month = spec.kind is Kind.MONTH
        day = dates.parse_month(text) if month else dates.parse_day(text)
        if day is None:
            issues.append(error(spec.key, "date_format", value=text, month=month))
        elif (month and text > f"{today:%Y-%m}") or (not month and day > today):
            issues.append(error(spec.key, "date_future", value=text, today=today.isoformat()))
        else:
            parsed[spec.key] = day
    return parsed


def _resident_id(v: dict[str, Any], parsed: dict[str, dt.date],
                 issues: list[Issue]) -> idcard.CitizenId | None:
    number = v.get("id_number")
    if (v.get("id_type") or RESIDENT_ID) != RESIDENT_ID or _empty(number):
        return None
    try:
        resident = idcard.parse(str(number))
    except idcard.InvalidId as exc:
        facts: dict[str, Any] = {"value": exc.text, "length": len(exc.text)}
        if exc.expected_check:
            facts.update(expected=exc.expected_check, given=exc.text[-1])
        issues.append(Issue("id_number", exc.problem.value, Severity.ERROR, facts))
        return None
    typed_birth = parsed.get("birth_date")
    if typed_birth and typed_birth != resident.birth_date:
        issues.append(error("birth_date", "birth_mismatch",
                            expected=resident.birth_date.isoformat(),
                            given=typed_birth.isoformat()))
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
    facts = {"min": rules.join_age_min, "max": rules.join_age_max, "year": joined.year,
             "strict_from": rules.join_age_strict_from}
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
        return [error("development_no", "development_no_format", length=length,
                      given_length=len(str(number)))]
    strict = joined.year >= rules.development_no_required_from
    if _empty(number):
        if strict:
            return [error("development_no", "development_no_missing",
                          since=rules.development_no_required_from, length=length)]
        return []
    number = str(number)
    severity = Severity.ERROR if strict else Severity.WARNING
    if not (number.isdigit() and len(number) == length):
        return [Issue("development_no", "development_no_format", severity,
                      {"length": length, "given_length": len(number)})]
    if number[:4] != f"{joined.year:04d}":
        return [Issue("development_no", "development_no_year", severity,
                      {"expected": f"{joined.year:04d}", "given": number[:4]})]
    return []


def _contact(v: dict[str, Any], rules: Rules) -> list[Issue]:
    issues = []
    phone = str(v.get("phone") or "")
    if phone:
        if not (phone.isdigit() and len(phone) == rules.phone_length):
            issues.append(error("phone", "phone_length", length=len(phone),
                                expected=rules.phone_length,
                                digits_only=phone.isdigit()))
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

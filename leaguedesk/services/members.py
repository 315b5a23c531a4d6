"""Member records (minimal version): read, check, create, edit with history, leave, alerts.

A small subset of the members service, enough for the roster window: it keeps the same
functions and behaviour the full service has (history per changed field, status changes with
their records, errors that block saving and warnings that are stored as marks) with a reduced
set of checks. The full service (core.validation, core.lifecycle) replaces this module.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from leaguedesk.core import idcard, pinyin
from leaguedesk.core.fields import FIELDS_BY_KEY, MEMBER_FIELDS, Kind
from leaguedesk.services import organisation as org
from leaguedesk.storage.leaguefile import LeagueFile

MEMBER_COLUMNS = tuple(f.key for f in MEMBER_FIELDS)
_NULLABLE = {"id_number", "development_no"}
EVENTS = {"转出": "转出", "超龄离团": "超龄离团", "自愿退团": "自愿退团", "自行脱团": "自行脱团",
          "转入": "正常"}


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Issue:
    field: str
    code: str
    severity: Severity
    params: dict = field(default_factory=dict, hash=False)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


def _error(key: str, code: str, **params: object) -> Issue:
    return Issue(key, code, Severity.ERROR, dict(params))


def _warning(key: str, code: str, **params: object) -> Issue:
    return Issue(key, code, Severity.WARNING, dict(params))


class ValidationFailed(Exception):
    def __init__(self, issues: list[Issue]):
        super().__init__(", ".join(f"{i.field}:{i.code}" for i in issues if i.is_error))
        self.issues = issues


class MemberNotFound(LookupError):
    pass


@dataclass(frozen=True)
class Member:
    id: int
    branch_id: int
    branch_name: str
    group_name: str
    status: str
    status_since: str | None
    warnings: tuple[str, ...]
    name_pinyin: str
    name_initials: str
    fields: dict[str, Any]

    def __getattr__(self, key: str) -> Any:
        try:
            return self.__dict__["fields"][key]
        except KeyError:
            raise AttributeError(key) from None

    def values(self) -> dict[str, Any]:
        return dict(self.fields)


@dataclass(frozen=True)
class HistoryEntry:
    changed_at: str
    field: str
    field_label: str
    old_value: str | None
    new_value: str | None
    note: str


@dataclass(frozen=True)
class StatusChange:
    id: int
    member_id: int
    status: str
    effective_on: str
    reason: str
    decided_by: str
    destination: str
    recorded_at: str


@dataclass(frozen=True)
class Alert:
    member_id: int
    name: str
    kind: str
    detail: dict = field(default_factory=dict, hash=False)


def get_member(league: LeagueFile, member_id: int) -> Member:
    rows = list(league.db.query(
        "SELECT m.*, b.name AS branch_name, coalesce(g.name, '') AS group_name FROM members m "
        "JOIN branches b ON b.id = m.branch_id LEFT JOIN league_groups g ON g.id = m.group_id "
        "WHERE m.id = ?", [member_id]))
    if not rows:
        raise MemberNotFound(member_id)
    row = rows[0]
    values = {key: row[key] for key in MEMBER_COLUMNS}
    values["is_cadre"] = bool(values["is_cadre"])
    return Member(int(row["id"]), int(row["branch_id"]), row["branch_name"], row["group_name"],
                  row["status"], row["status_since"],
                  tuple(c for c in (row["warnings"] or "").split(",") if c),
                  row["name_pinyin"], row["name_initials"], values)


def groups(league: LeagueFile, branch_id: int) -> list[tuple[int, str]]:
    return [(int(r[0]), r[1]) for r in league.db.execute(
        "SELECT id, name FROM league_groups WHERE branch_id = ? ORDER BY name", [branch_id])]


_DATE = re.compile(r"^(\d{4})[-./年](\d{1,2})(?:[-./月](\d{1,2})日?)?月?$")


def _clean_date(value: Any, month: bool) -> str | None:
    text = "".join(str(value or "").split())
    if not text:
        return None
    found = _DATE.match(text) or re.match(r"^(\d{4})(\d{2})(\d{2})?$", text)
    if not found:
        return text
    year, mon, day = found.group(1), int(found.group(2)), found.group(3)
    if month:
        return f"{year}-{mon:02d}"
    return f"{year}-{mon:02d}-{int(day):02d}" if day else text


def normalize(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        spec = FIELDS_BY_KEY.get(key)
        if spec is None:
            out[key] = value
        elif spec.kind is Kind.BOOL:
            out[key] = bool(value) and str(value) not in ("0", "否")
        elif spec.kind is Kind.GROUP:
            out[key] = int(value) if value not in (None, "") else None
        elif spec.kind in (Kind.DATE, Kind.MONTH):
            out[key] = _clean_date(value, spec.kind is Kind.MONTH)
        elif spec.kind is Kind.ID_NUMBER:
            out[key] = idcard.normalize(str(value or "")) or None
        elif key in _NULLABLE:
            out[key] = "".join(str(value or "").split()) or None
        else:
            out[key] = " ".join(str(value or "").split()) if key != "notes" else str(
                value or "").strip()
    return out


def _parse_day(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(f"{text}-01" if text and len(text) == 7 else str(text))
    except ValueError:
        return None


def _validate(v: dict[str, Any], today: dt.date) -> list[Issue]:
    issues: list[Issue] = []
    for spec in MEMBER_FIELDS:
        if spec.required and v.get(spec.key) in (None, ""):
            issues.append(_error(spec.key, "required"))
        if spec.kind in (Kind.DATE, Kind.MONTH) and v.get(spec.key):
            day = _parse_day(v[spec.key])
            if day is None:
                issues.append(_error(spec.key, "date_format", value=v[spec.key],
                                     month=spec.kind is Kind.MONTH))
            elif day > today:
                issues.append(_error(spec.key, "date_future", value=v[spec.key],
                                     today=today.isoformat()))
    number = v.get("id_number")
    if number and v.get("id_type", "居民身份证") in ("", "居民身份证"):
        try:
            citizen = idcard.parse(number)
        except idcard.InvalidId as exc:
            issues.append(_error("id_number", exc.problem.value, expected=exc.expected_check,
                                 length=len(exc.text)))
        else:
            if v.get("birth_date") and v["birth_date"] != citizen.birth_date.isoformat():
                issues.append(_error("birth_date", "birth_mismatch",
                                     expected=citizen.birth_date.isoformat()))
            if v.get("sex") and v["sex"] != citizen.sex.value:
                issues.append(_error("sex", "sex_mismatch", expected=citizen.sex.value))
    phone = v.get("phone") or ""
    if phone and not re.fullmatch(r"\d{11}", phone):
        issues.append(_error("phone", "phone_length", length=len(phone), expected=11))
    birth, joined = _parse_day(v.get("birth_date")), _parse_day(v.get("joined_on"))
    if birth and joined:
        age = joined.year - birth.year - ((joined.month, joined.day) < (birth.month, birth.day))
        if not 14 <= age <= 28:
            make = _error if joined.year >= 2017 else _warning
            issues.append(make("joined_on", "age_at_join", age=age, min=14, max=28,
                               strict_from=2017))
    return issues


def _file_issues(league: LeagueFile, v: dict[str, Any], member_id: int | None) -> list[Issue]:
    issues = []
    for key, code in (("id_number", "id_duplicate"),
                      ("development_no", "development_no_duplicate")):
        if v.get(key):
            for other_id, name, branch, status in league.db.execute(
                    f"SELECT m.id, m.name, b.name, m.status FROM members m JOIN branches b "
                    f"ON b.id = m.branch_id WHERE m.{key} = ? AND m.id != ?",
                    [v[key], member_id or -1]):
                issues.append(_error(key, code, name=name, branch=branch, status=status,
                                     member_id=other_id))
    return issues


def _fill_from_id(v: dict[str, Any]) -> dict[str, Any]:
    try:
        citizen = idcard.parse(v.get("id_number") or "")
    except idcard.InvalidId:
        return v
    if not v.get("birth_date"):
        v["birth_date"] = citizen.birth_date.isoformat()
    if not v.get("sex"):
        v["sex"] = citizen.sex.value
    return v


def check(league: LeagueFile, values: dict[str, Any], *, member_id: int | None = None,
          today: dt.date | None = None, branch_id: int | None = None) -> list[Issue]:
    """Every problem with a record as typed (``values`` may be partial with ``member_id``)."""
    record: dict[str, Any] = {f.key: None for f in MEMBER_FIELDS}
    if member_id is not None:
        record.update(get_member(league, member_id).values())
    record.update(values)
    v = _fill_from_id(normalize(record))
    return _validate(v, today or dt.date.today()) + _file_issues(league, v, member_id)


def _stored(v: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key in MEMBER_COLUMNS:
        value = v.get(key)
        nullable = FIELDS_BY_KEY[key].kind in (Kind.DATE, Kind.MONTH, Kind.GROUP) or (
            key in _NULLABLE)
        out[key] = value if value is not None or nullable else ""
    out["is_cadre"] = int(bool(out["is_cadre"]))
    out["id_type"] = out["id_type"] or "居民身份证"
    return out


def _derived(v: dict[str, Any], issues: list[Issue]) -> dict[str, Any]:
    codes = sorted({i.code for i in issues if not i.is_error})
    return {"name_pinyin": pinyin.sort_key(v["name"] or ""),
            "name_initials": pinyin.initials(v["name"] or ""), "warnings": ",".join(codes)}


def _history(db: Any, member_id: int, key: str, old: Any, new: Any, note: str) -> None:
    db.execute("INSERT INTO member_history(member_id, field, old_value, new_value, note) "
               "VALUES (?, ?, ?, ?, ?)",
               [member_id, key, None if old is None else str(old),
                None if new is None else str(new), note])


def create_member(league: LeagueFile, branch_id: int, values: dict[str, Any], *,
                  today: dt.date | None = None, note: str = "") -> Member:
    org.get_branch(league, branch_id)
    record: dict[str, Any] = {f.key: None for f in MEMBER_FIELDS}
    record.update(values)
    v = _stored(_fill_from_id(normalize(record)))
    issues = _validate(v, today or dt.date.today()) + _file_issues(league, v, None)
    if any(i.is_error for i in issues):
        raise ValidationFailed(issues)
    row = {**v, **_derived(v, issues), "branch_id": branch_id}
    with league.transaction() as db:
        cursor = db.execute(f"INSERT INTO members({', '.join(row)}) "
                            f"VALUES ({', '.join('?' * len(row))})", list(row.values()))
        member_id = int(cursor.lastrowid or 0)
        _history(db, member_id, "created", None, v["name"], note)
    return get_member(league, member_id)


def update_member(league: LeagueFile, member_id: int, changes: dict[str, Any], *,
                  today: dt.date | None = None, note: str = "") -> Member:
    """Save the fields that changed, one history row each; errors raise ValidationFailed."""
    member = get_member(league, member_id)
    before = _stored(normalize(member.values()))
    after = _stored(_fill_from_id({**before, **normalize(changes)}))
    issues = _validate(after, today or dt.date.today()) + _file_issues(league, after, member_id)
    if any(i.is_error for i in issues):
        raise ValidationFailed(issues)
    changed = {k: after[k] for k in MEMBER_COLUMNS if after[k] != before[k]}
    if not changed:
        return member
    row = {**changed, **_derived(after, issues)}
    with league.transaction() as db:
        db.execute(f"UPDATE members SET {', '.join(f'{k} = ?' for k in row)}, "
                   f"updated_at = datetime('now', 'localtime') WHERE id = ?",
                   [*row.values(), member_id])
        for key, value in changed.items():
            _history(db, member_id, key, before[key], value, note)
    return get_member(league, member_id)


def history(league: LeagueFile, member_id: int) -> list[HistoryEntry]:
    get_member(league, member_id)
    labels = {"created": "新建记录", "status": "团籍状态"}
    return [HistoryEntry(r[0], r[1], FIELDS_BY_KEY[r[1]].label if r[1] in FIELDS_BY_KEY
                         else labels.get(r[1], r[1]), r[2], r[3], r[4])
            for r in league.db.execute(
                "SELECT changed_at, field, old_value, new_value, note FROM member_history "
                "WHERE member_id = ? ORDER BY id DESC", [member_id])]


def change_status(league: LeagueFile, member_id: int, status: str, *, effective_on: str,
                  reason: str, decided_by: str = "", destination: str = "",
                  today: dt.date | None = None) -> Member:
    member = get_member(league, member_id)
    issues = []
    allowed = ("转入",) if member.status == "转出" else tuple(EVENTS)[:4]
    if status not in allowed or member.status not in ("正常", "转出"):
        issues.append(_error("status", "status_transition", current=member.status, event=status))
    effective = _clean_date(effective_on, month=False)
    if _parse_day(effective) is None:
        issues.append(_error("effective_on", "required"))
    if not reason.strip():
        issues.append(_error("reason", "required"))
    if status == "转出" and not destination.strip():
        issues.append(_error("destination", "required"))
    if issues:
        raise ValidationFailed(issues)
    target = EVENTS[status]
    with league.transaction() as db:
        db.execute("INSERT INTO status_changes(member_id, status, effective_on, reason, "
                   "decided_by, destination) VALUES (?, ?, ?, ?, ?, ?)",
                   [member_id, status, effective, reason.strip(), decided_by.strip(),
                    destination.strip()])
        db.execute("UPDATE members SET status = ?, status_since = ? WHERE id = ?",
                   [target, effective, member_id])
        _history(db, member_id, "status", member.status, target, reason.strip())
    return get_member(league, member_id)


def status_changes(league: LeagueFile, member_id: int) -> list[StatusChange]:
    return [StatusChange(*r) for r in league.db.execute(
        "SELECT id, member_id, status, effective_on, reason, decided_by, destination, "
        "recorded_at FROM status_changes WHERE member_id = ? ORDER BY effective_on, id",
        [member_id])]


def delete_member(league: LeagueFile, member_id: int, *, confirm_name: str) -> None:
    member = get_member(league, member_id)
    if " ".join(str(confirm_name).split()) != member.name:
        raise ValidationFailed([_error("name", "delete_confirm_name", name=member.name)])
    with league.transaction() as db:
        db.execute("DELETE FROM members WHERE id = ?", [member_id])


def alerts(league: LeagueFile, branch_id: int | None, *, today: dt.date,
           months_before_28: int = 6) -> list[Alert]:
    """Active members without a post whose 28th birthday is within the months (or past)."""
    month = today.month - 1 + months_before_28
    limit = dt.date(today.year + month // 12, month % 12 + 1, min(today.day, 28))
    cutoff = dt.date(limit.year - 28, limit.month, limit.day).isoformat()
    where = "status = '正常' AND league_post = '' AND is_cadre = 0 AND birth_date <= ?"
    args: list[object] = [cutoff]
    if branch_id is not None:
        where += " AND branch_id = ?"
        args.append(branch_id)
    found = []
    for member_id, name, birth in league.db.execute(
            f"SELECT id, name, birth_date FROM members WHERE {where} ORDER BY birth_date",
            args):
        born = dt.date.fromisoformat(birth)
        turns = born.replace(year=born.year + 28, day=min(born.day, 28))
        found.append(Alert(int(member_id), name, "turning_28", {
            "birthday": turns.isoformat(), "days_left": (turns - today).days,
            "overdue": turns <= today}))
    return found


@dataclass(frozen=True)
class DisciplineRecord:
    id: int
    member_id: int
    level: str
    decided_on: str
    reason: str
    decided_by: str
    lifted_on: str | None
    recorded_at: str = ""


def discipline_records(league: LeagueFile, member_id: int) -> list[DisciplineRecord]:
    return [DisciplineRecord(*r) for r in league.db.execute(
        "SELECT id, member_id, level, decided_on, reason, decided_by, lifted_on, recorded_at "
        "FROM discipline WHERE member_id = ? ORDER BY decided_on, id", [member_id])]


def add_discipline(league: LeagueFile, member_id: int, level: str, *, decided_on: str,
                   reason: str, decided_by: str = "", today: dt.date | None = None) -> int:
    """Record a discipline decision (开除团籍 also ends membership)."""
    member = get_member(league, member_id)
    decided = _clean_date(decided_on, month=False)
    issues = []
    if member.status != "正常":
        issues.append(_error("level", "discipline_not_member", status=member.status))
    if _parse_day(decided) is None:
        issues.append(_error("decided_on", "required"))
    if not reason.strip():
        issues.append(_error("reason", "required"))
    if issues:
        raise ValidationFailed(issues)
    with league.transaction() as db:
        record_id = int(db.execute(
            "INSERT INTO discipline(member_id, level, decided_on, reason, decided_by) "
            "VALUES (?, ?, ?, ?, ?)",
            [member_id, level, decided, reason.strip(), decided_by.strip()]).lastrowid or 0)
        _history(db, member_id, "discipline", None, level, reason.strip())
        if level == "开除团籍":
            db.execute("UPDATE members SET status = '开除团籍', status_since = ? WHERE id = ?",
                       [decided, member_id])
            _history(db, member_id, "status", member.status, "开除团籍", reason.strip())
    return record_id

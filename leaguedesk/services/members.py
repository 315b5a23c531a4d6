"""Member records: read, check, create, edit (with history), leave, discipline, delete, alerts.

Combines the core rules (``core.validation``, ``core.lifecycle``) with the rules that need the
whole file: an ID belongs to one person in one branch (someone already on another branch's
roster is a transfer case, not a new member), and a 发展团员编号 is used once. Every change is
one transaction and leaves a ``member_history`` row per field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from leaguedesk.core import dates, lifecycle, pinyin
from leaguedesk.core.fields import FIELDS_BY_KEY, MEMBER_FIELDS, MEMBER_STATUSES, field_label
from leaguedesk.core.issues import Issue, Severity, error
from leaguedesk.core.lifecycle import DisciplineRecord, Level, MemberFacts, Status
from leaguedesk.core.validation import (
    Rules,
    fill_from_id,
    normalize,
    normalize_status,
    validate_member,
)
from leaguedesk.services import organisation as org
from leaguedesk.services.member_records import (
    Alert,
    HistoryEntry,
    Member,
    MemberNotFound,
    StatusChange,
    StatusChangeRequest,
    ValidationFailed,
)
from leaguedesk.storage import members as store
from leaguedesk.storage.leaguefile import LeagueFile

__all__ = [
    "Alert",
    "Cancelled",
    "HistoryEntry",
    "Member",
    "MemberNotFound",
    "PreparedMember",
    "PreparedUpdate",
    "StatusChange",
    "StatusChangeRequest",
    "ValidationFailed",
    "add_discipline",
    "alerts",
    "change_status",
    "check",
    "create_group",
    "create_member",
    "create_members",
    "delete_member",
    "discipline_records",
    "get_member",
    "groups",
    "history",
    "id_holder",
    "in_good_standing",
    "lift_discipline",
    "list_members",
    "load_rules",
    "members_with_warnings",
    "prepare_member",
    "prepare_update",
    "save_rules",
    "status_changes",
    "taken_numbers",
    "unchanged_update",
    "update_member",
    "update_members",
]

RULES_SETTING = "rules.members"


# ---------------------------------------------------------------------------------- rules


def load_rules(league: LeagueFile) -> Rules:
    """The file's rule settings (defaults where the user changed nothing)."""
    stored = org.get_setting(league, RULES_SETTING, {})
    return Rules.from_dict(stored if isinstance(stored, dict) else {})


def save_rules(league: LeagueFile, rules: Rules) -> None:
    org.set_setting(league, RULES_SETTING, rules.to_dict())


def _today(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


# ---------------------------------------------------------------------------------- reading


def get_member(league: LeagueFile, member_id: int) -> Member:
    row = store.member_row(league.db, member_id)
    if row is None:
        raise MemberNotFound(member_id)
    return Member.from_row(row)


def list_members(
    league: LeagueFile, *, branch_id: int | None = None, status: str | None = None
) -> list[Member]:
    """Members in roster order (branch, then pinyin). For exports and the command line."""
    return [
        Member.from_row(r) for r in store.member_rows(league.db, branch_id=branch_id, status=status)
    ]


def groups(league: LeagueFile, branch_id: int) -> list[tuple[int, str]]:
    return store.group_rows(league.db, branch_id)


def create_group(league: LeagueFile, branch_id: int, name: str) -> int:
    org.get_branch(league, branch_id)
    cleaned = " ".join(str(name).split())
    if not cleaned:
        raise ValidationFailed([error("group_name", "required")])
    if any(existing == cleaned for _, existing in groups(league, branch_id)):
        raise ValidationFailed([error("group_name", "group_name_taken", name=cleaned)])
    with league.transaction() as db:
        return store.insert_group(db, branch_id, cleaned)


# ---------------------------------------------------------------------------------- checking


_FIELD_KEYS = frozenset(FIELDS_BY_KEY)
_MEMBER_KEYS = tuple(f.key for f in MEMBER_FIELDS)


def _empty_record() -> dict[str, Any]:
    return dict.fromkeys(_MEMBER_KEYS)


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    if not _FIELD_KEYS.issuperset(values):
        raise ValueError(f"not member fields: {sorted(set(values) - _FIELD_KEYS)}")
    return normalize(values)


class TakenNumbers:
    """The IDs and 发展团员编号 in use in a file and who holds each, read once for a batch:
    a number not among them needs no lookup (most rows of an import), nor one held by the very
    member being checked (an update); any other gets the usual one."""

    def __init__(self, league: LeagueFile):
        self.ids = store.used_values(league.db, "id_number")
        self.development_nos = store.used_values(league.db, "development_no")


def taken_numbers(league: LeagueFile) -> TakenNumbers:
    return TakenNumbers(league)


def id_holder(league: LeagueFile, number: str | None, taken: TakenNumbers) -> dict[str, Any] | None:
    """The member holding the cleaned ID ``number`` already (id, name, branch_id, branch_name,
    status), or None; no lookup when the number is not among the batch's ``taken`` IDs."""
    if not number or number not in taken.ids:
        return None
    found = store.holders(league.db, "id_number", number, None)
    return found[0] if found else None


def _held_by_another(holders: dict[str, int], number: str, member_id: int | None) -> bool:
    holder = holders.get(number)
    return holder is not None and holder != member_id


def _file_issues(
    league: LeagueFile,
    v: dict[str, Any],
    member_id: int | None,
    branch_id: int | None,
    taken: TakenNumbers | None = None,
    *,
    check_group: bool = True,
) -> list[Issue]:
    """Rules over the whole file: unique ID (a transfer case across branches), unique 编号,
    a 团小组 of the member's branch (``check_group`` False: the stored one, unchanged)."""
    issues = []
    number = v.get("id_number")
    if number and (taken is None or _held_by_another(taken.ids, number, member_id)):
        for other in store.holders(league.db, "id_number", number, member_id):
            facts = {
                "name": other["name"],
                "branch": other["branch_name"],
                "status": other["status"],
                "member_id": other["id"],
            }
            same_branch = branch_id is None or other["branch_id"] == branch_id
            code = "id_duplicate" if same_branch else "id_in_other_branch"
            issues.append(error("id_number", code, **facts))
    development_no = v.get("development_no")
    if development_no and (
        taken is None or _held_by_another(taken.development_nos, development_no, member_id)
    ):
        for other in store.holders(league.db, "development_no", development_no, member_id):
            issues.append(
                error(
                    "development_no",
                    "development_no_duplicate",
                    name=other["name"],
                    branch=other["branch_name"],
                    member_id=other["id"],
                )
            )
    group_id = v.get("group_id")
    if check_group and group_id is not None:
        group = store.group_row(league.db, group_id) if isinstance(group_id, int) else None
        if group is None or (branch_id is not None and group[1] != branch_id):
            issues.append(error("group_id", "group_other_branch"))
    return issues


def _all_issues(
    league: LeagueFile,
    v: dict[str, Any],
    member_id: int | None,
    branch_id: int | None,
    today: dt.date,
) -> list[Issue]:
    rules = load_rules(league)
    issues = validate_member(v, today=today, rules=rules)
    return issues + _file_issues(league, v, member_id, branch_id)


def check(
    league: LeagueFile,
    values: dict[str, Any],
    *,
    member_id: int | None = None,
    today: dt.date | None = None,
    branch_id: int | None = None,
) -> list[Issue]:
    """Every problem with a record as typed: the core rules plus uniqueness in the file.

    With ``member_id``, ``values`` may hold only some fields; the rest come from the stored
    record. 出生日期 and 性别 left empty are taken from a valid ID, as saving would.
    """
    record = _empty_record()
    if member_id is not None:
        member = get_member(league, member_id)
        record.update(member.values())
        branch_id = member.branch_id if branch_id is None else branch_id
    record.update(values)
    v = fill_from_id(_clean(record))
    return _all_issues(league, v, member_id, branch_id, _today(today))


def _derived(v: dict[str, Any], issues: list[Issue]) -> dict[str, Any]:
    return {
        "name_pinyin": pinyin.sort_key(v["name"] or ""),
        "name_initials": pinyin.initials(v["name"] or ""),
        "warnings": _warning_codes(issues),
    }


_NULLABLE = frozenset(
    f.key
    for f in MEMBER_FIELDS
    if f.kind.value in ("date", "month", "group") or f.key in ("id_number", "development_no")
)


def _stored(v: dict[str, Any]) -> dict[str, Any]:
    """Values as the columns take them (NOT NULL text columns hold '' rather than NULL)."""
    out = {}
    for key, value in v.items():
        out[key] = value if value is not None or key in _NULLABLE else ""
    out["is_cadre"] = int(bool(out.get("is_cadre")))
    if not out.get("id_type"):
        out["id_type"] = "居民身份证"
    return out


def create_member(
    league: LeagueFile,
    branch_id: int,
    values: dict[str, Any],
    *,
    today: dt.date | None = None,
    note: str = "",
    arrival: StatusChangeRequest | None = None,
) -> Member:
    """Add a member to a branch. Errors raise ValidationFailed; warnings are saved as marks.

    ``arrival`` records a 转入 (from ``arrival.destination``) instead of a new admission.
    """
    org.get_branch(league, branch_id)
    today = _today(today)
    _clean(values)  # member fields only: status changes go through change_status
    prepared = prepare_member(league, branch_id, values, today=today)
    issues = list(prepared.issues)
    if arrival is not None:
        v = prepared.values
        facts = MemberFacts(
            Status.TRANSFERRED_OUT,
            dates.parse_day(v["birth_date"]),
            dates.parse_month(v["joined_on"]),
        )
        issues += _arrival_issues(facts, arrival, today, league)
        prepared = prepared.with_issues(issues)
    if any(i.is_error for i in issues):
        raise ValidationFailed(issues)
    with league.transaction() as db:
        [member_id] = _insert(db, branch_id, [prepared], note, {})
        if arrival is not None:
            store.add_status_change(
                db,
                member_id,
                lifecycle.TRANSFER_IN,
                arrival.effective_on,
                arrival.reason,
                arrival.decided_by,
                arrival.destination,
            )
            store.update_member(db, member_id, {"status_since": arrival.effective_on})
    return get_member(league, member_id)


def update_member(
    league: LeagueFile,
    member_id: int,
    changes: dict[str, Any],
    *,
    today: dt.date | None = None,
    note: str = "",
) -> Member:
    """Save the fields that changed, one history row each; errors raise ValidationFailed."""
    member = get_member(league, member_id)
    prepared = prepare_update(league, member_id, changes, today=today, member=member)
    if any(i.is_error for i in prepared.issues):
        raise ValidationFailed(list(prepared.issues))
    if not prepared.changes_anything(member):
        return member
    with league.transaction() as db:
        _update(db, [prepared], note)
    return get_member(league, member_id)


# ---------------------------------------------------------------------------------- batches
# Imports create or update thousands of members in one transaction. They go through the same
# preparation as a single record (normalise, fill from the ID, validate, file rules, pinyin keys,
# warnings column) and the same writers; only the statements are prepared once per batch.

INSERT_COLUMNS: tuple[str, ...] = (*store.MEMBER_COLUMNS, "status", *store.EXTRA_COLUMNS)
_COLUMN_AT = {key: n for n, key in enumerate(INSERT_COLUMNS)}
_GROUP_AT = INSERT_COLUMNS.index("group_id")
_WARNINGS_AT = INSERT_COLUMNS.index("warnings")
BATCH_STEP = 200  # rows between progress reports and cancel checks
# Requirements a batch may leave for later when its source has no such field at all (a roster
# without a 入团年月 column): reported as warnings and kept in the warnings column instead.
DEFERRABLE_CODES = frozenset({"required", "development_no_missing"})

Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """A batch stopped because its ``cancelled`` callback said so; nothing was written."""


@dataclass(frozen=True, slots=True)
class PreparedMember:
    """A new member checked and ready to insert (made by ``prepare_member`` only).

    ``row`` holds the stored values in ``INSERT_COLUMNS`` order (a tuple: a batch of 50,000
    stays small); ``group_name`` names a 团小组 of the branch, created on insert when new.
    """

    row: tuple[Any, ...]
    issues: tuple[Issue, ...]
    group_name: str | None = None

    @property
    def values(self) -> dict[str, Any]:
        return dict(zip(INSERT_COLUMNS, self.row, strict=True))

    def value(self, key: str) -> Any:
        """One stored value (``values[key]`` without building the dict)."""
        return self.row[_COLUMN_AT[key]]

    @property
    def has_errors(self) -> bool:
        return any(i.is_error for i in self.issues)

    def with_issues(self, issues: list[Issue]) -> PreparedMember:
        row = list(self.row)
        row[_WARNINGS_AT] = _warning_codes(issues)
        return PreparedMember(tuple(row), tuple(issues), self.group_name)


@dataclass(frozen=True, slots=True)
class PreparedUpdate:
    """Changes to one member checked and ready to write (made by ``prepare_update`` only)."""

    member_id: int
    branch_id: int
    before: dict[str, Any]  # stored values of the changed columns
    changed: dict[str, Any]  # column → new stored value
    result: PreparedMember  # the member as it will be stored, with the issues found
    group_name: str | None = None  # a new 团小组 by name (None: unchanged)
    group_before: str = ""

    @property
    def issues(self) -> tuple[Issue, ...]:
        return self.result.issues

    @property
    def derived(self) -> dict[str, Any]:
        """name_pinyin, name_initials and warnings as they will be stored."""
        return {k: self.result.value(k) for k in store.EXTRA_COLUMNS}

    @property
    def has_errors(self) -> bool:
        return any(i.is_error for i in self.issues)

    def changes_anything(self, member: Member | None = None) -> bool:
        if self.changed or self.group_name is not None:
            return True
        return member is None or self.derived["warnings"] != ",".join(member.warnings)


def _warning_codes(issues: Iterable[Issue]) -> str:
    return ",".join(sorted({i.code for i in issues if i.severity is Severity.WARNING}))


def _defer(issues: list[Issue], absent: Collection[str]) -> list[Issue]:
    if not absent:
        return issues
    return [
        Issue(i.field, i.code, Severity.WARNING, i.params)
        if i.field in absent and i.code in DEFERRABLE_CODES
        else i
        for i in issues
    ]


def _group_name(value: Any) -> str | None:
    name = " ".join(str(value or "").split())
    return name or None


def prepare_member(
    league: LeagueFile,
    branch_id: int | None,
    values: dict[str, Any],
    *,
    today: dt.date | None = None,
    rules: Rules | None = None,
    absent: Collection[str] = (),
    taken: TakenNumbers | None = None,
) -> PreparedMember:
    """Check a new member of ``branch_id`` as ``create_member`` would, writing nothing.

    ``values`` holds member field keys, and may hold ``group_name`` (a 团小组 by name) and
    ``status`` (团籍状态 of a member brought in from an existing roster; default 正常).
    Requirements on the fields in ``absent`` become warnings (see DEFERRABLE_CODES). A batch
    passes ``taken`` (from ``taken_numbers``) so that only numbers already in use are looked up.
    ``branch_id`` None (an import row whose branch is not known) checks the ID against every
    branch as its own.
    """
    values = dict(values)
    group_name = _group_name(values.pop("group_name", None))
    status = normalize_status(values.pop("status", None)) or Status.ACTIVE.value
    record = _empty_record()
    record.update(values)
    typed = fill_from_id(_clean(record))
    issues = validate_member(
        typed, today=_today(today), rules=rules or load_rules(league), normalized=True
    )
    issues += _file_issues(league, typed, None, branch_id, taken)
    if status not in MEMBER_STATUSES:
        issues.append(error("status", "choice_invalid", value=status))
    return _prepared(_stored(typed), status, _defer(issues, absent), group_name)


def _prepared(
    v: dict[str, Any], status: str, issues: list[Issue], group_name: str | None
) -> PreparedMember:
    derived = _derived(v, issues)
    row = (
        *(v[k] for k in store.MEMBER_COLUMNS),
        status,
        *(derived[k] for k in store.EXTRA_COLUMNS),
    )
    return PreparedMember(row, tuple(issues), group_name)


def prepare_update(
    league: LeagueFile,
    member_id: int,
    changes: dict[str, Any],
    *,
    today: dt.date | None = None,
    rules: Rules | None = None,
    absent: Collection[str] = (),
    member: Member | None = None,
    taken: TakenNumbers | None = None,
) -> PreparedUpdate:
    """Check changes to a member as ``update_member`` would, writing nothing.

    ``changes`` may hold ``group_name`` (a 团小组 of the member's branch, by name).
    """
    member = member or get_member(league, member_id)
    changes = dict(changes)
    group_name = _group_name(changes.pop("group_name", None))
    if group_name == (member.group_name or None):
        group_name = None
    before = _stored(normalize(member.values()))
    typed = fill_from_id({**before, **_clean(changes)})
    issues = validate_member(
        typed, today=_today(today), rules=rules or load_rules(league), normalized=True
    )
    issues += _file_issues(
        league, typed, member_id, member.branch_id, taken, check_group="group_id" in changes
    )
    issues = _defer(issues, absent)
    after = _stored(typed)
    changed = {k: after[k] for k in store.MEMBER_COLUMNS if after[k] != before[k]}
    if group_name is not None:
        changed.pop("group_id", None)
    result = _prepared(after, member.status, issues, group_name or member.group_name or None)
    return PreparedUpdate(
        member_id,
        member.branch_id,
        {k: before[k] for k in changed},
        changed,
        result,
        group_name,
        member.group_name or "",
    )


def unchanged_update(member: Member, changes: dict[str, Any]) -> PreparedUpdate | None:
    """The update of ``member`` by ``changes`` when each value, cleaned as saving cleans it,
    repeats what is stored (a roster imported again): nothing to write and nothing to check
    again. None when anything would differ; ``prepare_update`` checks it then.

    The stored record stands as it is: its own marks stay those it was saved with.
    """
    changes = dict(changes)
    if _group_name(changes.pop("group_name", None)) not in (None, member.group_name or None):
        return None
    if member.id_number and not (member.birth_date and member.sex):
        return None  # saving would complete them from the ID
    stored = member.values()
    if any(stored[k] != v for k, v in _clean(changes).items()):
        return None
    stored.update(
        status=member.status,
        name_pinyin=member.name_pinyin,
        name_initials=member.name_initials,
        warnings=",".join(member.warnings),
    )
    row = tuple(stored[k] for k in INSERT_COLUMNS)
    return PreparedUpdate(
        member.id,
        member.branch_id,
        {},
        {},
        PreparedMember(row, (), member.group_name or None),
        None,
        member.group_name or "",
    )


def _tick(
    progress: Progress | None, cancelled: Callable[[], bool] | None, done: int, total: int
) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled
    if progress is not None:
        progress(done, total)


def create_members(
    league: LeagueFile,
    branch_id: int,
    rows: Sequence[dict[str, Any] | PreparedMember],
    *,
    today: dt.date | None = None,
    note: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[int]:
    """Add many members to a branch in ONE transaction; their ids, in the order given.

    Each row is a dict as for ``prepare_member`` or a ``PreparedMember`` from it (checked
    once, e.g. for an import's preview). A row with an error raises ValidationFailed (with
    the row's ``index``), the same ID twice in the batch sqlite3.IntegrityError (the file's
    unique index) and ``cancelled()`` turning true raises Cancelled: in every case nothing
    is kept. ``progress(done, total)`` is called every BATCH_STEP rows.
    """
    org.get_branch(league, branch_id)
    today = _today(today)
    rules = load_rules(league)
    total = len(rows)
    ids: list[int] = []
    groups: dict[str, int] = {}
    taken = taken_numbers(league) if any(isinstance(r, dict) for r in rows) else None
    with league.transaction() as db:
        for start in range(0, total, BATCH_STEP):
            _tick(progress, cancelled, start, total)
            chunk = []
            for index in range(start, min(start + BATCH_STEP, total)):
                item = rows[index]
                prepared = (
                    item
                    if isinstance(item, PreparedMember)
                    else prepare_member(
                        league, branch_id, item, today=today, rules=rules, taken=taken
                    )
                )
                if prepared.has_errors:
                    raise ValidationFailed(list(prepared.issues), index=index)
                chunk.append(prepared)
            ids += _insert(db, branch_id, chunk, note, groups)
        _tick(progress, None, total, total)
    return ids


def update_members(
    league: LeagueFile,
    updates: Sequence[tuple[int, dict[str, Any]] | PreparedUpdate],
    *,
    today: dt.date | None = None,
    note: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[int]:
    """Apply many members' changes in ONE transaction, one history row per changed field.

    Items are (member_id, changes) or ``PreparedUpdate``s; errors raise ValidationFailed and a
    cancel raises Cancelled, keeping nothing. Returns the ids of the members changed.
    """
    today = _today(today)
    rules = load_rules(league)
    total = len(updates)
    changed: list[int] = []
    with league.transaction() as db:
        for start in range(0, total, BATCH_STEP):
            _tick(progress, cancelled, start, total)
            chunk = []
            for index in range(start, min(start + BATCH_STEP, total)):
                item = updates[index]
                prepared = (
                    item
                    if isinstance(item, PreparedUpdate)
                    else prepare_update(league, item[0], item[1], today=today, rules=rules)
                )
                if prepared.has_errors:
                    raise ValidationFailed(list(prepared.issues), index=index)
                chunk.append(prepared)
            _update(db, chunk, note)
            changed += [p.member_id for p in chunk if p.changed or p.group_name is not None]
        _tick(progress, None, total, total)
    return changed


_NAME_AT = INSERT_COLUMNS.index("name")


def _insert(
    db: Any, branch_id: int, prepared: list[PreparedMember], note: str, groups: dict[str, int]
) -> list[int]:
    """The one writer of new members: rows, then a 'created' history row each."""
    rows = []
    for p in prepared:
        row = p.row
        if p.group_name is not None:
            if not groups:
                groups.update(store.group_ids_by_name(db, branch_id))
            if p.group_name not in groups:
                groups[p.group_name] = store.insert_group(db, branch_id, p.group_name)
            row = (*row[:_GROUP_AT], groups[p.group_name], *row[_GROUP_AT + 1 :])
        rows.append(row)
    ids = store.insert_members(db, branch_id, INSERT_COLUMNS, rows)
    store.add_history_rows(
        db,
        [
            (member_id, "created", None, row[_NAME_AT], note)
            for member_id, row in zip(ids, rows, strict=True)
        ],
    )
    return ids


def _update(db: Any, prepared: list[PreparedUpdate], note: str) -> None:
    """The one writer of member changes: same-shaped updates share a statement."""
    by_columns: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    history: list[tuple[int, str, object, object, str]] = []
    groups: dict[int, dict[str, int]] = {}
    for p in prepared:
        changed = dict(p.changed)
        if p.group_name is not None:
            known = groups.setdefault(p.branch_id, store.group_ids_by_name(db, p.branch_id))
            if p.group_name not in known:
                known[p.group_name] = store.insert_group(db, p.branch_id, p.group_name)
            old_group = known.get(p.group_before) if p.group_before else None
            changed["group_id"] = known[p.group_name]
            history.append((p.member_id, "group_id", old_group, changed["group_id"], note))
        values = {**changed, **p.derived}
        by_columns.setdefault(tuple(values), []).append((*values.values(), p.member_id))
        history += [(p.member_id, k, p.before[k], v, note) for k, v in p.changed.items()]
    for columns, rows in by_columns.items():
        store.update_members(db, columns, rows)
    store.add_history_rows(db, history)


# ---------------------------------------------------------------------------------- history


def _display(league: LeagueFile, key: str, value: str | None) -> str | None:
    if value is None or value == "":
        return value
    if key == "group_id" and value.isdigit():
        group = store.group_row(league.db, int(value))
        return group[2] if group else value
    if key == "branch_id" and value.isdigit():
        return store.branch_name(league.db, int(value)) or value
    if key == "is_cadre":
        return "是" if value == "1" else "否"
    return value


def history(league: LeagueFile, member_id: int) -> list[HistoryEntry]:
    """How the record came to be what it is, newest first; values as a person reads them."""
    get_member(league, member_id)
    return [
        HistoryEntry(
            r["changed_at"],
            r["field"],
            field_label(r["field"]),
            _display(league, r["field"], r["old_value"]),
            _display(league, r["field"], r["new_value"]),
            r["note"],
        )
        for r in store.history_rows(league.db, member_id)
    ]


# ---------------------------------------------------------------------------------- lifecycle


def _arrival_issues(
    facts: MemberFacts, arrival: StatusChangeRequest, today: dt.date, league: LeagueFile
) -> list[Issue]:
    issues = lifecycle.check_transition(
        facts,
        lifecycle.TRANSFER_IN,
        effective_on=dates.clean(arrival.effective_on, month=False),
        reason=arrival.reason,
        decided_by=arrival.decided_by,
        today=today,
        rules=load_rules(league),
    )
    if not arrival.destination.strip():
        issues.append(error("origin", "required"))
    return issues


def change_status(
    league: LeagueFile,
    member_id: int,
    status: str,
    *,
    effective_on: str,
    reason: str,
    decided_by: str = "",
    destination: str = "",
    today: dt.date | None = None,
    to_branch_id: int | None = None,
) -> Member:
    """Record a move between 团籍 states (``status`` names the event: 转出 … or 转入).

    For 转入, ``destination`` is where the member comes from and ``to_branch_id`` the branch
    taking them in (default: the branch they left). 开除团籍 goes through add_discipline.
    """
    member = get_member(league, member_id)
    effective = dates.clean(effective_on, month=False)
    issues = lifecycle.check_transition(
        member.facts(),
        status,
        effective_on=effective,
        reason=reason,
        decided_by=decided_by,
        destination=destination,
        today=_today(today),
        rules=load_rules(league),
    )
    if to_branch_id is not None:
        org.get_branch(league, to_branch_id)
    if issues:
        raise ValidationFailed(issues)
    with league.transaction() as db:
        _record_status(
            db,
            member,
            status,
            effective or "",
            reason.strip(),
            decided_by.strip(),
            destination.strip(),
        )
        if status == lifecycle.TRANSFER_IN and to_branch_id not in (None, member.branch_id):
            store.update_member(db, member_id, {"branch_id": to_branch_id, "group_id": None})
            store.add_history(
                db, member_id, "branch_id", member.branch_id, to_branch_id, reason.strip()
            )
            if member.group_id is not None:
                store.add_history(db, member_id, "group_id", member.group_id, None, reason.strip())
    return get_member(league, member_id)


def _record_status(
    db: Any,
    member: Member,
    event: str,
    effective_on: str,
    reason: str,
    decided_by: str,
    destination: str,
) -> None:
    target = lifecycle.TRANSITIONS[event].target
    store.add_status_change(db, member.id, event, effective_on, reason, decided_by, destination)
    store.update_member(db, member.id, {"status": target.value, "status_since": effective_on})
    store.add_history(
        db,
        member.id,
        "status",
        member.status,
        target.value,
        f"{event}：{reason}" if event == lifecycle.TRANSFER_IN else reason,
    )


def status_changes(league: LeagueFile, member_id: int) -> list[StatusChange]:
    return [StatusChange(**r) for r in store.status_change_rows(league.db, member_id)]


def add_discipline(
    league: LeagueFile,
    member_id: int,
    level: str,
    *,
    decided_on: str,
    reason: str,
    decided_by: str = "",
    today: dt.date | None = None,
) -> int:
    """Record a discipline decision; 撤销团内职务 clears the post, 开除团籍 ends membership."""
    member = get_member(league, member_id)
    today = _today(today)
    decided = dates.clean(decided_on, month=False)
    issues = lifecycle.check_discipline(
        member.facts(), level, decided_on=decided, reason=reason, today=today
    )
    if level == Level.EXPELLED and not issues:
        issues = lifecycle.check_transition(
            member.facts(),
            Status.EXPELLED.value,
            effective_on=decided,
            reason=reason,
            decided_by=decided_by,
            today=today,
            rules=load_rules(league),
            via_discipline=True,
        )
        issues = [
            Issue("decided_on", i.code, i.severity, i.params) if i.field == "effective_on" else i
            for i in issues
        ]
    if issues:
        raise ValidationFailed(issues)
    with league.transaction() as db:
        record_id = store.add_discipline(
            db, member_id, level, decided or "", reason.strip(), decided_by.strip()
        )
        store.add_history(db, member_id, "discipline", None, level, reason.strip())
        if level == Level.POST_REMOVED:
            cleared = {"league_post": "", "post_since": None, "is_cadre": 0}
            store.update_member(db, member_id, cleared)
            for key in cleared:
                old = member.values()[key]
                if old not in ("", None, 0):
                    store.add_history(db, member_id, key, old, cleared[key], level)
        if level == Level.EXPELLED:
            _record_status(
                db,
                member,
                Status.EXPELLED.value,
                decided or "",
                reason.strip(),
                decided_by.strip(),
                "",
            )
    return record_id


def lift_discipline(
    league: LeagueFile,
    discipline_id: int,
    *,
    lifted_on: str,
    note: str = "",
    today: dt.date | None = None,
) -> None:
    """End a discipline (恢复团员权利 after 留团察看, or a decision revoked)."""
    rows = store.discipline_rows(league.db, discipline_id=discipline_id)
    if not rows:
        raise LookupError(discipline_id)
    record = DisciplineRecord(**rows[0])
    lifted = dates.clean(lifted_on, month=False)
    issues = lifecycle.check_lift(record, lifted_on=lifted, today=_today(today))
    if issues:
        raise ValidationFailed(issues)
    with league.transaction() as db:
        store.lift_discipline(db, discipline_id, lifted or "")
        store.add_history(
            db,
            record.member_id,
            "discipline",
            record.level,
            None,
            f"解除（{lifted}）{note.strip()}",
        )


def discipline_records(league: LeagueFile, member_id: int) -> list[DisciplineRecord]:
    return [DisciplineRecord(**r) for r in store.discipline_rows(league.db, member_id)]


def in_good_standing(league: LeagueFile, member_id: int) -> bool:
    member = get_member(league, member_id)
    return member.active and lifecycle.in_good_standing(discipline_records(league, member_id))


def delete_member(league: LeagueFile, member_id: int, *, confirm_name: str) -> None:
    """Delete a record entered by mistake, with everything attached to it.

    Members who leave are not deleted (see change_status); this is for mistakes only, and
    ``confirm_name`` must repeat the member's name.
    """
    member = get_member(league, member_id)
    if " ".join(str(confirm_name).split()) != member.name:
        raise ValidationFailed([error("name", "delete_confirm_name", name=member.name)])
    with league.transaction() as db:
        store.delete_member(db, member_id)


# ---------------------------------------------------------------------------------- follow-up


def members_with_warnings(
    league: LeagueFile,
    branch_id: int | None = None,
    *,
    include_left: bool = False,
    today: dt.date | None = None,
) -> list[tuple[Member, list[Issue]]]:
    """Records saved with warnings, each with its current issues (for the follow-up list)."""
    rules, today = load_rules(league), _today(today)
    found = []
    for row in store.member_rows(
        league.db,
        branch_id=branch_id,
        with_warnings=True,
        status=None if include_left else Status.ACTIVE.value,
    ):
        member = Member.from_row(row)
        issues = validate_member(member.values(), today=today, rules=rules)
        if issues:
            found.append((member, issues))
    return found


def alerts(
    league: LeagueFile, branch_id: int | None, *, today: dt.date, months_before_28: int = 6
) -> list[Alert]:
    """Members needing attention, soonest first.

    ``turning_28``: in the branch, no post, 28th birthday within ``months_before_28`` months
    or already past. services.alerts adds the registration and attendance alerts.
    """
    rules = load_rules(league)
    limit = dates.add_months(today, months_before_28)
    # A generous bound in SQL (29 February), the exact rule per candidate.
    cutoff = dates.birthday(limit, -rules.age_out) + dt.timedelta(days=1)
    found = []
    for row in store.born_on_or_before(
        league.db, cutoff.isoformat(), branch_id=branch_id, status=Status.ACTIVE.value
    ):
        birth = dates.parse_day(row["birth_date"])
        if birth is None or not lifecycle.turning_28_within(birth, today, months_before_28, rules):
            continue
        turns = lifecycle.age_28_on(birth, rules.age_out)
        found.append(
            Alert(
                int(row["id"]),
                row["name"],
                "turning_28",
                {
                    "birthday": turns.isoformat(),
                    "days_left": (turns - today).days,
                    "overdue": turns <= today,
                    "age": dates.age_on(birth, today),
                    "branch": row["branch_name"],
                    "branch_id": row["branch_id"],
                },
            )
        )
    return found

"""Import a roster spreadsheet into a branch: plan first (read-only), then apply in one go.

``plan_import`` reads and checks every row without touching the league file and returns an
``ImportPlan``: per row the cleaned values, the issues per cell and what would happen (create,
update, skip). The preview shows it; ``apply_import`` then writes all rows in ONE transaction,
so an error, a cancel or a killed process leaves the league file exactly as it was.

Member validation and the member writes are passed in so the roster's own rules and services
plug in: ``validate(values) -> iterable of issues`` gets the cleaned values of one row (keys of
MEMBER_FIELDS, plus ``status``) and may return our ``Issue`` or any object with ``code``,
``field`` (a key) and ``severity`` ("error"/"warning") or ``is_error``; ``create`` and
``update`` write one member inside the import's transaction (nested transactions become
savepoints). The defaults here insert plain rows.
"""

from __future__ import annotations

import datetime as dt
import functools
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Literal

from leaguedesk.core import pinyin
from leaguedesk.core.fields import FIELDS_BY_KEY
from leaguedesk.exchange import headers
from leaguedesk.exchange.cleaning import clean_row, is_blank, is_blank_row, is_footer_row
from leaguedesk.exchange.headers import Mapping
from leaguedesk.exchange.problems import (
    ExchangeError,
    ExchangeProblem,
    ImportCancelled,
    Issue,
    IssueCode,
    as_issue,
    error,
    warning,
)
from leaguedesk.exchange.readers import read_table
from leaguedesk.storage.leaguefile import LeagueFile

OnDuplicate = Literal["stop", "skip", "update"]
Validate = Callable[[dict[str, object]], Iterable[object]]
CreateMember = Callable[[LeagueFile, int, dict[str, object]], int]
UpdateMember = Callable[[LeagueFile, int, dict[str, object]], None]
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

REQUIRED_COLUMNS = ("name", "id_number")
MAPPING_SETTING = "exchange.mapping."
_MEMBER_COLUMNS = frozenset((*FIELDS_BY_KEY, "status"))
_STEP = 200  # rows between progress reports and cancel checks


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    SKIP = "skip"  # already in the league file, left as it is
    UNCHANGED = "unchanged"  # on update: nothing differs


@dataclass
class PlannedRow:
    """One data row of the sheet: its spreadsheet row number (1-based), values and issues."""

    row: int
    values: dict[str, object]
    issues: list[Issue]
    action: Action = Action.CREATE
    member_id: int | None = None
    changes: dict[str, tuple[object, object]] = field(default_factory=dict)
    source: list[object] | None = None  # the raw cells, kept for rows with issues

    @property
    def has_errors(self) -> bool:
        return any(issue.is_error for issue in self.issues)


@dataclass(frozen=True)
class CellProblem:
    """An issue located for people: sheet, row number, column letter and header."""

    sheet: str
    row: int
    column: int | None  # 0-based, None for row-level issues
    header: str
    issue: Issue

    @property
    def column_letter(self) -> str:
        return column_letter(self.column) if self.column is not None else ""


@dataclass(frozen=True)
class ImportCounts:
    rows_read: int
    to_create: int
    to_update: int
    to_skip: int
    unchanged: int
    rows_with_errors: int
    errors: int
    warnings: int
    blank_rows: int
    footer_rows: int


@dataclass
class ImportPlan:
    path: Path
    sheet: str
    sheet_names: list[str]
    branch_id: int
    on_duplicate: OnDuplicate
    mapping: Mapping
    mapping_reused: bool = False
    rows: list[PlannedRow] = field(default_factory=list)
    blank_rows: int = 0
    footer_rows: int = 0
    repeated_headers: int = 0

    @property
    def has_errors(self) -> bool:
        return any(row.has_errors for row in self.rows)

    @property
    def counts(self) -> ImportCounts:
        by_action = {action: 0 for action in Action}
        errors = warnings = bad_rows = 0
        for row in self.rows:
            by_action[row.action] += 1
            row_errors = sum(issue.is_error for issue in row.issues)
            errors += row_errors
            warnings += len(row.issues) - row_errors
            bad_rows += bool(row_errors)
        return ImportCounts(len(self.rows), by_action[Action.CREATE], by_action[Action.UPDATE],
                            by_action[Action.SKIP], by_action[Action.UNCHANGED], bad_rows,
                            errors, warnings, self.blank_rows, self.footer_rows)

    def column_of(self, key: str | None) -> int | None:
        return self.mapping.field_columns.get(key) if key else None

    def header_of(self, column: int | None, key: str | None) -> str:
        if column is not None and column in self.mapping.labels:
            return self.mapping.labels[column]
        return headers.field_label(key) if key else ""

    def problems(self) -> Iterator[CellProblem]:
        """Every issue, errors and warnings, in row order: for listings and the report."""
        for row in self.rows:
            for issue in row.issues:
                column = self.column_of(issue.field)
                yield CellProblem(self.sheet, row.row, column,
                                  self.header_of(column, issue.field), issue)


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# --- mappings kept in the league file --------------------------------------------------------

def saved_mapping(league: LeagueFile, signature: str) -> Mapping | None:
    row = league.db.execute("SELECT value FROM settings WHERE key = ?",
                            [MAPPING_SETTING + signature]).fetchone()
    if row is None:
        return None
    try:
        return Mapping.from_json(row[0])
    except (ValueError, KeyError, TypeError):
        return None  # written by a newer LeagueDesk or damaged: detect afresh


def save_mapping(league: LeagueFile, mapping: Mapping) -> None:
    """Remember how this header layout maps, for the next file with the same header."""
    with league.transaction() as db:
        db.execute("INSERT INTO settings(key, value) VALUES (?, ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                   [MAPPING_SETTING + mapping.signature, mapping.to_json()])


# --- planning --------------------------------------------------------------------------------

def read_mapping(path: Path | str, sheet: str | int | None = None,
                 league: LeagueFile | None = None) -> tuple[Mapping | None, list[list[object]]]:
    """The detected (or saved) mapping and the first rows, for a mapping dialog."""
    table = read_table(path, sheet)
    head = [row for _, row in zip(range(headers.SCAN_ROWS + 1), table.rows, strict=False)]
    detected = headers.detect_header(head)
    if detected is not None and league is not None:
        detected = saved_mapping(league, detected.signature) or detected
    return detected, head


def plan_import(league: LeagueFile, path: Path | str, *, branch_id: int,
                sheet: str | int | None = None, mapping: Mapping | None = None,
                validate: Validate | None = None, on_duplicate: OnDuplicate = "stop",
                progress: Progress | None = None, cancelled: Cancelled | None = None,
                today: dt.date | None = None) -> ImportPlan:
    """Read and check ``path`` for an import into ``branch_id``; the league file is only read.

    Raises ExchangeError when the file cannot be read, has no recognisable header or lacks
    the name or ID column, and ImportCancelled when ``cancelled()`` turns true.
    """
    if on_duplicate not in ("stop", "skip", "update"):
        raise ValueError(on_duplicate)
    path = Path(path)
    table = read_table(path, sheet)
    rows = iter(table.rows)
    head = [row for _, row in zip(range(headers.SCAN_ROWS), rows, strict=False)]
    reused = False
    if mapping is None:
        mapping = headers.detect_header(head)
        if mapping is None:
            raise ExchangeError(ExchangeProblem.NO_HEADER, path=str(path), sheet=table.name)
        saved = saved_mapping(league, mapping.signature)
        if saved is not None and saved.header_rows == mapping.header_rows:
            mapping, reused = saved, True
    missing = [headers.field_label(k) for k in REQUIRED_COLUMNS if k not in mapping.field_columns]
    if missing:
        raise ExchangeError(ExchangeProblem.MISSING_COLUMNS, path=str(path), sheet=table.name,
                            missing="、".join(missing))
    plan = ImportPlan(path, table.name, table.sheet_names, branch_id, on_duplicate, mapping,
                      reused)
    checker = _Checker(league, branch_id, on_duplicate, validate, today or dt.date.today(),
                       set(mapping.field_columns))
    header_texts = [tuple(str(v).strip() for v in head[r]) for r in mapping.header_rows
                    if r < len(head)]
    columns = list(mapping.field_columns.items())
    first_header_cell = head[mapping.header_rows[0]][0] if header_texts and \
        head[mapping.header_rows[0]] else None
    total = table.row_count or 0
    index = -1
    blank_run = 0  # blank rows count only when data follows them (a gap inside the table)
    for index, row in enumerate(_chain(head, rows)):
        if index % _STEP == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(index, total)  # total 0: not known in advance (CSV)
        if index < mapping.data_start:
            continue
        if is_blank_row(row):
            blank_run += 1
            continue
        if row and row[0] == first_header_cell and \
                tuple(str(v).strip() for v in row) in header_texts:
            plan.repeated_headers += 1  # a header repeated for printing on every page
            continue
        raw = {key: (row[col] if col < len(row) else None) for key, col in columns}
        if is_footer_row(row) and (is_blank(raw.get("id_number"))
                                   or is_blank(raw.get("name"))):
            plan.footer_rows += 1
            continue
        plan.blank_rows += blank_run
        blank_run = 0
        plan.rows.append(checker.check(index + 1, raw, row))
    if progress is not None:
        progress(index + 1, index + 1)
    return plan


def _chain(head: list[list[object]], rest: Iterator[list[object]]) -> Iterator[list[object]]:
    yield from head
    yield from rest


class _Checker:
    """Cleans rows and finds duplicates, within the file and against the league file."""

    def __init__(self, league: LeagueFile, branch_id: int, on_duplicate: OnDuplicate,
                 validate: Validate | None, today: dt.date, mapped: set[str]):
        self.league = league
        self.mapped = mapped
        self.branch_id = branch_id
        self.on_duplicate = on_duplicate
        self.validate = validate
        self.today = today
        self.seen_ids: dict[str, int] = {}
        self.seen_dev: dict[str, int] = {}
        self.existing: dict[str, tuple[int, int, str, str]] = {
            number: (member_id, branch, name, branch_name)
            for member_id, number, branch, name, branch_name in league.db.execute(
                "SELECT m.id, m.id_number, m.branch_id, m.name, b.name FROM members m "
                "JOIN branches b ON b.id = m.branch_id "
                "WHERE m.id_number IS NOT NULL AND m.id_number != ''")
        }
        self.dev_owner: dict[str, int] = dict(league.db.execute(
            "SELECT development_no, id FROM members "
            "WHERE development_no IS NOT NULL AND development_no != ''").fetchall())

    def check(self, row_number: int, raw: dict[str, object], source: list[object]) -> PlannedRow:
        values, issues = clean_row(raw, today=self.today)
        if self.validate is not None:
            known = {(i.code, i.field) for i in issues}
            for found in self.validate(values):
                issue = as_issue(found)
                if (issue.code, issue.field) not in known:
                    issues.append(issue)
        planned = PlannedRow(row_number, values, issues)
        self._duplicates(planned)
        if planned.issues:
            planned.source = list(source)
        return planned

    def _duplicates(self, planned: PlannedRow) -> None:
        values, issues = planned.values, planned.issues
        number = values.get("id_number")
        id_ok = number and not any(i.field == "id_number" and i.is_error for i in issues)
        if id_ok:
            number = str(number)
            first = self.seen_ids.setdefault(number, planned.row)
            if first != planned.row:
                issues.append(error(IssueCode.DUPLICATE_IN_FILE, first_row=first)
                              .on("id_number"))
            elif number in self.existing:
                self._existing(planned, number)
        dev = values.get("development_no")
        if isinstance(dev, str) and dev and not any(i.field == "development_no" and i.is_error
                                                    for i in issues):
            first = self.seen_dev.setdefault(dev, planned.row)
            owner = self.dev_owner.get(dev)
            if first != planned.row:
                issues.append(error(IssueCode.DUPLICATE_DEVELOPMENT_NO, first_row=first)
                              .on("development_no"))
            elif owner is not None and owner != planned.member_id and \
                    planned.action != Action.SKIP:
                issues.append(error(IssueCode.DEVELOPMENT_NO_TAKEN).on("development_no"))

    def _existing(self, planned: PlannedRow, number: str) -> None:
        member_id, branch_id, name, branch_name = self.existing[number]
        facts = {"name": name, "branch": branch_name}
        if self.on_duplicate == "skip":
            planned.action, planned.member_id = Action.SKIP, member_id
            planned.issues.append(warning(IssueCode.EXISTS_SKIPPED, **facts).on("id_number"))
        elif branch_id != self.branch_id:
            planned.issues.append(error(IssueCode.EXISTS_OTHER_BRANCH, **facts).on("id_number"))
        elif self.on_duplicate == "stop":
            planned.issues.append(error(IssueCode.EXISTS, **facts).on("id_number"))
        else:
            planned.member_id = member_id
            planned.changes = self._changes(member_id, planned.values)
            planned.action = Action.UPDATE if planned.changes else Action.UNCHANGED
            if planned.changes:
                planned.issues.append(warning(IssueCode.EXISTS_UPDATED, count=len(
                    planned.changes), **facts).on("id_number"))

    def _changes(self, member_id: int, values: dict[str, object]
                 ) -> dict[str, tuple[object, object]]:
        """What an update would change; cells left empty in the sheet keep the stored value."""
        cursor = self.league.db.execute(
            "SELECT m.*, g.name AS group_name FROM members m "
            "LEFT JOIN league_groups g ON g.id = m.group_id WHERE m.id = ?", [member_id])
        names = [d[0] for d in cursor.description]
        current = dict(zip(names, cursor.fetchone(), strict=True))
        current["group_id"] = current.pop("group_name")
        changes = {}
        for key, new in values.items():
            if key not in self.mapped or key not in _MEMBER_COLUMNS or new in (None, ""):
                continue
            old = current.get(key)
            if (old if old is not None else "") != new:
                changes[key] = (old, new)
        return changes


# --- applying --------------------------------------------------------------------------------

@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    skipped: int
    member_ids: list[int]


def apply_import(league: LeagueFile, plan: ImportPlan, *, create: CreateMember | None = None,
                 update: UpdateMember | None = None, progress: Progress | None = None,
                 cancelled: Cancelled | None = None, remember_mapping: bool = True
                 ) -> ImportResult:
    """Write every planned row in ONE transaction; any error or a cancel rolls all of it back.

    ``create(league, branch_id, values) -> member_id`` and ``update(league, member_id,
    changes)`` do the writes (defaults: ``insert_member`` / ``update_member`` below); values
    have ``group_id`` resolved to a 团小组 id of the branch (created when new).
    """
    if plan.has_errors:
        raise ExchangeError(ExchangeProblem.PLAN_HAS_ERRORS, path=str(plan.path),
                            rows=plan.counts.rows_with_errors)
    note = f"从表格导入：{plan.path.name}"
    create = create or functools.partial(insert_member, note=note)
    update = update or functools.partial(update_member, note=note)
    total = len(plan.rows)
    created = updated = skipped = 0
    ids: list[int] = []
    try:
        with league.transaction():
            groups = _GroupResolver(league, plan.branch_id)
            for done, row in enumerate(plan.rows):
                if done % _STEP == 0:
                    if cancelled is not None and cancelled():
                        raise ImportCancelled()
                    if progress is not None:
                        progress(done, total)
                if row.action == Action.CREATE:
                    values = {k: v for k, v in row.values.items() if k in _MEMBER_COLUMNS}
                    values["group_id"] = groups.resolve(values.get("group_id"))
                    ids.append(create(league, plan.branch_id, values))
                    created += 1
                elif row.action == Action.UPDATE and row.member_id is not None:
                    changes = {k: new for k, (_, new) in row.changes.items()}
                    if "group_id" in changes:
                        changes["group_id"] = groups.resolve(changes["group_id"])
                    update(league, row.member_id, changes)
                    ids.append(row.member_id)
                    updated += 1
                else:
                    skipped += 1
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if remember_mapping:
                save_mapping(league, plan.mapping)
    except sqlite3.IntegrityError as exc:
        # The file changed since the plan (someone added the same ID): nothing was written.
        raise ExchangeError(ExchangeProblem.CONFLICT, path=str(plan.path),
                            detail=str(exc)) from exc
    if progress is not None:
        progress(total, total)
    return ImportResult(created, updated, skipped, ids)


class _GroupResolver:
    """团小组 names to ids within the branch, creating the groups that do not exist yet."""

    def __init__(self, league: LeagueFile, branch_id: int):
        self.league = league
        self.branch_id = branch_id
        self.ids = dict(league.db.execute(
            "SELECT name, id FROM league_groups WHERE branch_id = ?", [branch_id]).fetchall())

    def resolve(self, name: object) -> int | None:
        if name in (None, ""):
            return None
        name = str(name)
        if name not in self.ids:
            cursor = self.league.db.execute(
                "INSERT INTO league_groups(branch_id, name) VALUES (?, ?)", [self.branch_id, name])
            self.ids[name] = int(cursor.lastrowid or 0)
        return self.ids[name]


def insert_member(league: LeagueFile, branch_id: int, values: dict[str, object], *,
                  note: str = "") -> int:
    """The default create: one members row (with pinyin keys) and a 'created' history entry."""
    row = {k: v for k, v in values.items()
           if k in _MEMBER_COLUMNS and v is not None and not (k == "status" and not v)}
    name = str(row.get("name", ""))
    row.update(branch_id=branch_id, name_pinyin=pinyin.sort_key(name),
               name_initials=pinyin.initials(name))
    conn = league.db.conn  # inside the caller's transaction; the plain connection is faster
    cursor = conn.execute(_insert_sql(tuple(row)), tuple(row.values()))
    member_id = int(cursor.lastrowid or 0)
    conn.execute("INSERT INTO member_history(member_id, field, new_value, note) "
                 "VALUES (?, 'created', ?, ?)", (member_id, name, note))
    return member_id


@functools.lru_cache(maxsize=64)
def _insert_sql(columns: tuple[str, ...]) -> str:
    return f"INSERT INTO members({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def update_member(league: LeagueFile, member_id: int, changes: dict[str, object], *,
                  note: str = "") -> None:
    """The default update: set the changed columns and log each change in member_history."""
    changes = {k: v for k, v in changes.items() if k in _MEMBER_COLUMNS}
    if not changes:
        return
    old = dict(zip(changes, league.db.execute(
        f"SELECT {', '.join(changes)} FROM members WHERE id = ?", [member_id]).fetchone(),
        strict=True))
    sets = dict(changes)
    if "name" in changes:
        sets.update(name_pinyin=pinyin.sort_key(str(changes["name"])),
                    name_initials=pinyin.initials(str(changes["name"])))
    league.db.execute(
        f"UPDATE members SET {', '.join(k + ' = ?' for k in sets)}, "
        "updated_at = datetime('now', 'localtime') WHERE id = ?", [*sets.values(), member_id])
    league.db.conn.executemany(
        "INSERT INTO member_history(member_id, field, old_value, new_value, note) "
        "VALUES (?, ?, ?, ?, ?)",
        [(member_id, k, _text(old[k]), _text(v), note) for k, v in changes.items()])


def _text(value: object) -> str | None:
    return None if value is None else str(value)

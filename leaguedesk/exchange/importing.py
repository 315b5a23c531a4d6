"""Import a roster spreadsheet into a branch: plan first (read-only), then apply in one go.
Without a branch, each row goes into the branch its 所在支部 cell names (a 团委's sheet of
all its branches, in one import).

``plan_import`` reads and checks every row without touching the league file and returns an
``ImportPlan``: per row what would happen (create, update, skip) and the issues per cell. Each
row is checked exactly as the member form checks a record: ``cleaning.read_cells`` turns the
cells into typed text, then ``services.members.prepare_member`` (or ``prepare_update`` for a
member the sheet updates; ``core.validation`` and the file's uniqueness rules) cleans and
validates it. Only duplicates within the sheet and the choice of what to do with members
already in the file are the importer's own (``checking.RowChecker``).

The preview shows the plan; ``apply_import`` then writes it through
``services.members.create_members`` / ``update_members`` in ONE transaction, so an error, a
cancel or a killed process leaves the league file exactly as it was.

A requirement on a field the sheet has no column for at all (入团年月, 发展团员编号) does not
block: the member is imported with a warning mark, as the roster shows any record that needs
completing. A blank cell in a column that is there is an error like in the form.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from leaguedesk.core.issues import Issue
from leaguedesk.exchange import headers
from leaguedesk.exchange.checking import Action, OnDuplicate, PlannedRow, RowChecker
from leaguedesk.exchange.cleaning import BRANCH, is_blank, is_blank_row, is_footer_row
from leaguedesk.exchange.headers import Mapping
from leaguedesk.exchange.problems import ExchangeError, ExchangeProblem, ImportCancelled
from leaguedesk.exchange.readers import Sheet, read_table
from leaguedesk.services import members
from leaguedesk.storage import backup
from leaguedesk.storage.leaguefile import LeagueFile

__all__ = [
    "Action",
    "ImportPlan",
    "ImportResult",
    "PlannedRow",
    "RowChecker",
    "SheetHead",
    "apply_import",
    "plan_import",
    "read_head",
    "required_columns",
    "suggested_mapping",
]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

REQUIRED_COLUMNS = ("name", "id_number")
MAPPING_SETTING = "exchange.mapping."
_STEP = 200  # rows between progress reports and cancel checks


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
    excluded: int = 0
    other_branch: int = 0  # rows of other branches in a sheet of several, left out


@dataclass
class ImportPlan:
    path: Path
    sheet: str
    sheet_names: list[str]
    branch_id: int | None  # None: each row into the branch its 所在支部 names
    on_duplicate: OnDuplicate
    mapping: Mapping
    mapping_reused: bool = False
    rows: list[PlannedRow] = field(default_factory=list)
    blank_rows: int = 0
    footer_rows: int = 0
    repeated_headers: int = 0
    today: dt.date = field(default_factory=dt.date.today)
    # Required fields the sheet has no column for → rows imported without them (marked).
    deferred: dict[str, int] = field(default_factory=dict)

    @property
    def has_errors(self) -> bool:
        """Errors in rows that would be imported: apply_import refuses the plan."""
        return any(row.has_errors and not row.excluded for row in self.rows)

    def exclude_rows_with_errors(self, exclude: bool = True) -> int:
        """Leave out (or take back) every row with an error; returns how many rows."""
        count = 0
        for row in self.rows:
            if row.has_errors:
                row.excluded = exclude
                count += 1
        return count

    @property
    def counts(self) -> ImportCounts:
        by_action = {action: 0 for action in Action}
        errors = warnings = bad_rows = excluded = 0
        for row in self.rows:
            if row.excluded:
                excluded += 1
                continue
            row_errors = sum(issue.is_error for issue in row.issues)
            errors += row_errors
            warnings += len(row.issues) - row_errors
            bad_rows += bool(row_errors)
            if not row_errors:  # a row with an error is counted as that, not as an action
                by_action[row.action] += 1
        return ImportCounts(
            len(self.rows),
            by_action[Action.CREATE],
            by_action[Action.UPDATE],
            by_action[Action.SKIP],
            by_action[Action.UNCHANGED],
            bad_rows,
            errors,
            warnings,
            self.blank_rows,
            self.footer_rows,
            excluded,
            by_action[Action.OTHER_BRANCH],
        )

    def branch_rows(self) -> dict[int, int]:
        """Rows to be written (created or updated), by the branch they go into."""
        found: dict[int, int] = {}
        for row in self.rows:
            if row.imported and not row.has_errors and row.branch_id is not None:
                found[row.branch_id] = found.get(row.branch_id, 0) + 1
        return found

    def column_of(self, key: str | None) -> int | None:
        if not key:
            return None
        return self.mapping.field_columns.get(key)

    def header_of(self, column: int | None, key: str | None) -> str:
        if column is not None and column in self.mapping.labels:
            return self.mapping.labels[column]
        return headers.field_label(key) if key else ""

    def problems(self) -> Iterator[CellProblem]:
        """Every issue, errors and warnings, in row order: for listings and the report."""
        for row in self.rows:
            for issue in row.issues:
                column = self.column_of(issue.field)
                yield CellProblem(
                    self.sheet, row.row, column, self.header_of(column, issue.field), issue
                )


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
    row = league.db.execute(
        "SELECT value FROM settings WHERE key = ?", [MAPPING_SETTING + signature]
    ).fetchone()
    if row is None:
        return None
    try:
        return Mapping.from_json(row[0])
    except (ValueError, KeyError, TypeError):
        return None  # written by a newer LeagueDesk or damaged: detect afresh


def save_mapping(league: LeagueFile, mapping: Mapping) -> None:
    """Remember how this header layout maps, for the next file with the same header."""
    with league.transaction() as db:
        db.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [MAPPING_SETTING + mapping.signature, mapping.to_json()],
        )


# --- planning --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SheetHead:
    """The first rows of a sheet, for choosing the sheet, the header row and the columns.

    It keeps the sheet as read (``table``) and the file's size and time then (``stamp``), so
    that checking the same sheet of the unchanged file does not parse the workbook again.
    """

    name: str
    sheet_names: list[str]
    rows: list[list[object]]
    row_count: int | None
    table: Sheet | None = field(default=None, repr=False, compare=False)
    stamp: tuple[int, int] | None = field(default=None, repr=False, compare=False)


def read_head(path: Path | str, sheet: str | int | None = None) -> SheetHead:
    """The first rows of a sheet (enough to find the header and show a sample row)."""
    stamp = _stamp(path)  # before reading: a change while reading makes it stale
    table = read_table(path, sheet)
    rows = [row for _, row in zip(range(headers.SCAN_ROWS + 2), table.rows, strict=False)]
    return SheetHead(table.name, table.sheet_names, rows, table.row_count, table, stamp)


def _stamp(path: Path | str) -> tuple[int, int] | None:
    try:
        found = Path(path).stat()
    except OSError:
        return None
    return found.st_mtime_ns, found.st_size


def _already_read(head: SheetHead | None, path: Path, sheet: str | int | None) -> Sheet | None:
    """The sheet ``head`` was read from, when it is the one asked for and the file is as it
    was then; None means read the file again."""
    if head is None or head.table is None or head.stamp is None:
        return None
    if sheet not in (None, head.name) or _stamp(path) != head.stamp:
        return None
    return head.table


def suggested_mapping(
    league: LeagueFile | None, rows: list[list[object]], header_row: int | None = None
) -> tuple[Mapping | None, bool]:
    """The mapping to start from: one saved for this layout, else the detected one.

    With ``header_row`` (0-based) that row is taken as the header instead of searching.
    The flag says whether a saved mapping was used.
    """
    detected = (
        headers.detect_header(rows) if header_row is None else headers.mapping_at(rows, header_row)
    )
    if detected is None or league is None:
        return detected, False
    saved = saved_mapping(league, detected.signature)
    if saved is not None and saved.header_rows == detected.header_rows:
        return saved, True
    return detected, False


def required_columns(branch_id: int | None) -> tuple[str, ...]:
    """The columns a sheet must have: name and ID, and 所在支部 when rows go by it."""
    return REQUIRED_COLUMNS if branch_id is not None else (*REQUIRED_COLUMNS, BRANCH)


def plan_import(
    league: LeagueFile,
    path: Path | str,
    *,
    branch_id: int | None,
    sheet: str | int | None = None,
    mapping: Mapping | None = None,
    on_duplicate: OnDuplicate = "stop",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    today: dt.date | None = None,
    head: SheetHead | None = None,
) -> ImportPlan:
    """Read and check ``path`` for an import into ``branch_id``; the league file is only read.
    With ``branch_id`` None each row is checked for the branch its 所在支部 cell names (the
    sheet must have that column).

    ``head`` (from ``read_head``) saves reading the workbook again when it holds the same
    sheet of the unchanged file.

    Raises ExchangeError when the file cannot be read, has no recognisable header or lacks
    the name or ID column, and ImportCancelled when ``cancelled()`` turns true.
    """
    if on_duplicate not in ("stop", "skip", "update"):
        raise ValueError(on_duplicate)
    path = Path(path)
    table = _already_read(head, path, sheet) or read_table(path, sheet)
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
    missing = [
        headers.field_label(k)
        for k in required_columns(branch_id)
        if k not in mapping.field_columns
    ]
    if missing:
        raise ExchangeError(
            ExchangeProblem.MISSING_COLUMNS,
            path=str(path),
            sheet=table.name,
            missing="、".join(missing),
        )
    today = today or dt.date.today()
    plan = ImportPlan(
        path, table.name, table.sheet_names, branch_id, on_duplicate, mapping, reused, today=today
    )
    columns = list(mapping.field_columns.items())
    checker = RowChecker(league, branch_id, on_duplicate, today, set(mapping.field_columns))
    for number, row in _candidates(plan, head, rows, table.row_count or 0, progress, cancelled):
        raw = {key: (row[col] if col < len(row) else None) for key, col in columns}
        plan.rows.append(checker.check(number, raw, row))
    checker.finish()
    plan.deferred = dict(checker.deferred)
    return plan


def _candidates(
    plan: ImportPlan,
    head: list[list[object]],
    rest: Iterator[list[object]],
    total: int,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> Iterator[tuple[int, list[object]]]:
    """The data rows to check, with their row numbers (1-based): blank rows, repeated headers
    and footer rows are counted in ``plan`` and left out. Reports progress (``total`` 0: not
    known in advance, as for CSV) and raises ImportCancelled as it goes."""
    mapping = plan.mapping
    start = mapping.data_start
    header_texts = [
        tuple(str(v).strip() for v in head[r]) for r in mapping.header_rows if r < len(head)
    ]
    first_header_cell = (
        head[mapping.header_rows[0]][0] if header_texts and head[mapping.header_rows[0]] else None
    )
    id_col = mapping.field_columns["id_number"]
    name_col = mapping.field_columns["name"]
    index = -1
    blank_run = 0  # blank rows count only when data follows them (a gap inside the table)
    for index, row in enumerate(_chain(head, rest)):
        if index % _STEP == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(index, total)
        if index < start:
            continue
        if is_blank_row(row):
            blank_run += 1
            continue
        if (
            row
            and row[0] == first_header_cell
            and tuple(str(v).strip() for v in row) in header_texts
        ):
            plan.repeated_headers += 1  # a header repeated for printing on every page
            continue
        if is_footer_row(row) and (is_blank(_cell(row, id_col)) or is_blank(_cell(row, name_col))):
            plan.footer_rows += 1
            continue
        plan.blank_rows += blank_run
        blank_run = 0
        yield index + 1, row
    if progress is not None:
        progress(index + 1, index + 1)


def _cell(row: list[object], column: int) -> object:
    return row[column] if column < len(row) else None


def _chain(head: list[list[object]], rest: Iterator[list[object]]) -> Iterator[list[object]]:
    yield from head
    yield from rest


# --- applying --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    skipped: int
    member_ids: list[int]
    backup: Path | None = None  # the league file as it was before (None: nothing written)


def apply_import(
    league: LeagueFile,
    plan: ImportPlan,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    remember_mapping: bool = True,
) -> ImportResult:
    """Write the plan in ONE transaction through the members service; all rows or none.

    Rows to create and to update are written by ``members.create_members`` and
    ``members.update_members`` with the checks already made for the preview. An error, a
    cancel (``cancelled()`` true: ImportCancelled) or an exception raised by ``progress``
    rolls all of it back.

    Before anything is written the league file is backed up (reason "import", kept until the
    usual rotation): restoring that backup is the way back from an import the user regrets.
    A backup that cannot be made (LeagueFileError) stops the import before it writes.
    """
    if plan.has_errors:
        raise ExchangeError(
            ExchangeProblem.PLAN_HAS_ERRORS, path=str(plan.path), rows=plan.counts.rows_with_errors
        )
    note = f"从表格导入：{plan.path.name}"
    creates: dict[int, list[members.PreparedMember]] = {}  # by branch, in sheet order
    for r in plan.rows:
        if (
            r.action == Action.CREATE
            and not r.excluded
            and r.prepared is not None
            and r.branch_id is not None
        ):  # a row without a branch has an error
            creates.setdefault(r.branch_id, []).append(r.prepared)
    created = sum(len(rows) for rows in creates.values())
    updates = [
        r.update
        for r in plan.rows
        if r.action == Action.UPDATE and not r.excluded and r.update is not None
    ]
    total = created + len(updates)
    before = (
        backup.make(league, backup.default_dir(league.path), reason=backup.Reason.IMPORT)
        if total
        else None
    )

    def report(offset: int) -> Progress | None:
        if progress is None:
            return None
        return lambda done, _total: progress(offset + done, total)

    try:
        with league.transaction():
            ids: list[int] = []
            for branch_id, rows in creates.items():
                ids += members.create_members(
                    league,
                    branch_id,
                    rows,
                    today=plan.today,
                    note=note,
                    progress=report(len(ids)),
                    cancelled=cancelled,
                )
            updated = members.update_members(
                league,
                updates,
                today=plan.today,
                note=note,
                progress=report(len(ids)),
                cancelled=cancelled,
            )
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if remember_mapping:
                save_mapping(league, plan.mapping)
    except members.Cancelled:
        raise ImportCancelled() from None
    except (sqlite3.IntegrityError, members.ValidationFailed) as exc:
        # The file changed since the plan (someone added the same ID): nothing was written.
        raise ExchangeError(ExchangeProblem.CONFLICT, path=str(plan.path), detail=str(exc)) from exc
    skipped = len(plan.rows) - created - len(updates)
    return ImportResult(
        len(ids), len(updated), skipped, ids + updated, before.path if before else None
    )

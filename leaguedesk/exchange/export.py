"""Write rosters and tables to .xlsx the way a secretary (and 智慧团建) needs them.

Headers bold and frozen, column widths from the content (a Chinese character counts double),
real dates where values are dates, long numbers (ID, phone, 发展团员编号) as text cells so Excel
keeps every digit, and every text that starts with = + - @ stored as text, never as a formula.
Workbooks are streamed (openpyxl write-only) through ``printing.saving.replacing``, as every
saved form: a failure never leaves half a file and comes out as PrintError(CANNOT_WRITE).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Literal

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from leaguedesk.core.fields import FIELDS_BY_KEY, MEMBER_FIELDS, Kind
from leaguedesk.printing.saving import replacing
from leaguedesk.storage.leaguefile import LeagueFile

TEXT = "@"
DATE = "yyyy-mm-dd"
MONTH = "yyyy-mm"
_FORMULA_STARTS = ("=", "+", "-", "@")
_WIDTH_SAMPLE = 500  # rows looked at to size the columns
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)

RosterFormat = Literal["full", "zhtj"]


@dataclass(frozen=True)
class Column:
    """One exported column: its header and how cells are stored (TEXT, DATE, MONTH or None)."""

    header: str
    number_format: str | None = None


def display_width(value: object) -> int:
    """Width in Excel character units: wide (CJK, full-width) characters count double."""
    if isinstance(value, Cell):
        value = value.value
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _safe_cell(ws: object, value: object, number_format: str | None) -> object:
    """A plain value where Excel would read it right, a styled text cell otherwise."""
    if isinstance(value, Cell):  # already made by the caller (fills, comments)
        return value
    if value is None or value == "":
        if number_format != TEXT:
            return None
        cell = WriteOnlyCell(ws, value=None)  # typed into later, it stays text
        cell.number_format = TEXT
        return cell
    if isinstance(value, str):
        if number_format in (DATE, MONTH):
            number_format = TEXT  # a date column holding text: keep it text
        risky = value.startswith(_FORMULA_STARTS)
        if not risky and number_format is None:
            return value
        cell = WriteOnlyCell(ws, value=value)
        cell.data_type = "s"  # openpyxl makes '=…' a formula; this keeps it text
        if risky:
            cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
        if number_format:
            cell.number_format = number_format
        return cell
    if number_format is None or isinstance(value, bool):
        return value
    cell = WriteOnlyCell(ws, value=value)
    cell.number_format = number_format
    return cell


def write_sheet(ws: object, columns: Sequence[Column], rows: Iterable[Sequence[object]]) -> int:
    """Stream ``rows`` into a write-only sheet under a bold frozen header; returns row count."""
    iterator = iter(rows)
    sample = [list(r) for r in islice(iterator, _WIDTH_SAMPLE)]
    widths = [display_width(c.header) for c in columns]
    for row in sample:
        for i, value in enumerate(row[: len(widths)]):
            if value not in (None, ""):
                widths[i] = max(widths[i], display_width(value))
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = min(max(width + 2, 6), 60)
    ws.freeze_panes = "A2"
    header = []
    for column in columns:
        cell = WriteOnlyCell(ws, value=column.header)
        cell.data_type = "s"
        cell.font, cell.fill, cell.alignment = _HEADER_FONT, _HEADER_FILL, _HEADER_ALIGN
        header.append(cell)
    ws.append(header)
    formats = [c.number_format for c in columns]
    count = 0
    for row in _chain(sample, iterator):
        cells = list(row)
        for i, value in enumerate(cells):
            number_format = formats[i] if i < len(formats) else None
            # Fast path: most cells are plain text or numbers that openpyxl writes as they are.
            if number_format is None and (
                value.__class__ is not str or value[:1] not in _FORMULA_STARTS
            ):
                continue
            cells[i] = _safe_cell(ws, value, number_format)
        ws.append(cells)
        count += 1
    if columns:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"
    return count


def _chain(
    first: list[list[object]], rest: Iterator[Sequence[object]]
) -> Iterator[Sequence[object]]:
    yield from first
    yield from rest


Progress = Callable[[int, int], None]
_PROGRESS_STEP = 500


def _reported(
    rows: Iterable[Sequence[object]], progress: Progress | None, total: int
) -> Iterator[Sequence[object]]:
    """The rows, calling ``progress(done, total)`` every few hundred: it may raise to stop."""
    if progress is None:
        yield from rows
        return
    progress(0, total)
    done = 0
    for row in rows:
        yield row
        done += 1
        if done % _PROGRESS_STEP == 0:
            progress(done, total)
    progress(done, total)


def export_table(
    headers: Sequence[str | Column],
    rows: Iterable[Sequence[object]],
    path: Path | str,
    *,
    title: str = "Sheet1",
    progress: Progress | None = None,
    total: int = 0,
) -> int:
    """导出当前视图: any table to .xlsx; dates become real dates. Returns the rows written.

    ``progress(done, total)`` is called every few hundred rows; an exception it raises (a
    cancel) stops the export and leaves any earlier file at ``path`` as it was.
    """
    columns = [h if isinstance(h, Column) else Column(str(h)) for h in headers]
    path = Path(path)
    with replacing(path) as tmp:
        wb = Workbook(write_only=True)
        ws = wb.create_sheet(_sheet_title(title))
        # Columns are given a date format while the first rows are sampled for widths.
        rows = _reported(rows, progress, total)
        count = write_sheet(ws, columns, _dated(columns, (list(row) for row in rows)))
        wb.save(tmp)
    return count


def _dated(columns: list[Column], rows: Iterable[list[object]]) -> Iterator[list[object]]:
    """Give date values a date format in columns that did not say how to store them."""
    for row in rows:
        for i, value in enumerate(row):
            if isinstance(value, dt.date) and i < len(columns) and columns[i].number_format is None:
                columns[i] = Column(columns[i].header, DATE)
        yield row


def _sheet_title(title: str) -> str:
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in title).strip("'") or "Sheet1"
    return cleaned[:31]


# --- rosters ---------------------------------------------------------------------------------

ZHTJ_KEYS = (
    "name",
    "id_type",
    "id_number",
    "sex",
    "ethnicity",
    "birth_date",
    "political_status",
    "joined_on",
    "development_no",
    "card_no",
    "fulltime_education",
    "highest_education",
    "occupation",
    "workplace",
    "phone",
    "email",
    "household_registration",
    "league_post",
    "post_since",
    "is_cadre",
    "party_joined_on",
    "volunteer_registered_on",
    "income_band",
)
# 智慧团建 names the ID column 身份证号码 in its member template.
ZHTJ_LABELS = {"id_number": "身份证号码"}
_TEXT_KINDS = {Kind.ID_NUMBER, Kind.PHONE}
_TEXT_KEYS = {"development_no", "card_no"}


def roster_columns(fmt: RosterFormat) -> tuple[list[str], list[Column]]:
    """The member keys exported and their columns, for the full roster or 智慧团建."""
    if fmt == "zhtj":
        keys = list(ZHTJ_KEYS)
        columns = []
        for key in keys:
            f = FIELDS_BY_KEY[key]
            text = f.kind in _TEXT_KINDS or key in _TEXT_KEYS or f.kind in (Kind.DATE, Kind.MONTH)
            columns.append(Column(ZHTJ_LABELS.get(key, f.label), TEXT if text else None))
        return keys, columns
    keys = ["_seq"] + [f.key for f in MEMBER_FIELDS] + ["_branch", "status"]
    columns = [Column("序号")]
    for f in MEMBER_FIELDS:
        if f.kind in _TEXT_KINDS or f.key in _TEXT_KEYS:
            columns.append(Column(f.label, TEXT))
        elif f.kind == Kind.DATE:
            columns.append(Column(f.label, DATE))
        elif f.kind == Kind.MONTH:
            columns.append(Column(f.label, MONTH))
        else:
            columns.append(Column(f.label))
    columns += [Column("所在支部"), Column("团籍状态")]
    return keys, columns


def roster_count(league: LeagueFile, *, branch_id: int | None, active_only: bool) -> int:
    """How many members ``roster_rows`` yields (for a progress bar)."""
    sql, params = "SELECT count(*) FROM members m WHERE 1 = 1", []
    if branch_id is not None:
        sql += " AND m.branch_id = ?"
        params.append(branch_id)
    if active_only:
        sql += " AND m.status = '正常'"
    return int(league.db.execute(sql, params).fetchone()[0])


def roster_rows(
    league: LeagueFile,
    keys: list[str],
    *,
    branch_id: int | None,
    active_only: bool,
    as_text_dates: bool,
) -> Iterator[list[object]]:
    member_keys = [k for k in keys if not k.startswith("_")]
    select = ", ".join("g.name" if k == "group_id" else f"m.{k}" for k in member_keys)
    where, params = [], []
    if branch_id is not None:
        where.append("m.branch_id = ?")
        params.append(branch_id)
    if active_only:
        where.append("m.status = '正常'")
    sql = (
        f"SELECT b.name, {select} FROM members m JOIN branches b ON b.id = m.branch_id "
        "LEFT JOIN league_groups g ON g.id = m.group_id "
        f"{'WHERE ' + ' AND '.join(where) if where else ''} "
        "ORDER BY b.id, m.name_pinyin, m.id"
    )
    kinds = [FIELDS_BY_KEY[k].kind if k in FIELDS_BY_KEY else None for k in member_keys]
    for seq, (branch, *values) in enumerate(league.db.execute(sql, params), 1):
        by_key = {}
        for key, kind, value in zip(member_keys, kinds, values, strict=True):
            by_key[key] = _export_value(kind, value, as_text_dates)
        by_key["_seq"], by_key["_branch"] = seq, branch
        yield [by_key[k] for k in keys]


def _export_value(kind: Kind | None, value: object, as_text_dates: bool) -> object:
    if value is None:
        return None
    if kind == Kind.BOOL:
        return "是" if value else "否"
    if kind in (Kind.DATE, Kind.MONTH) and not as_text_dates and isinstance(value, str):
        try:
            if kind == Kind.MONTH and len(value) == 7:
                return dt.date(int(value[:4]), int(value[5:7]), 1)
            return dt.date.fromisoformat(value)
        except ValueError:
            return value  # stored text that is not a date: shown as it is
    return value


def export_roster(
    league: LeagueFile,
    path: Path | str,
    *,
    branch_id: int | None = None,
    fmt: RosterFormat = "full",
    progress: Progress | None = None,
) -> int:
    """Write the roster of one branch (or all) to ``path``; returns the number of members.

    ``full``: every field of every member with branch and status; ``zhtj``: members in good
    standing in the 智慧团建 column set, long numbers and dates as text. ``progress`` as for
    ``export_table``.
    """
    keys, columns = roster_columns(fmt)
    rows: Iterable[Sequence[object]] = roster_rows(
        league, keys, branch_id=branch_id, active_only=fmt == "zhtj", as_text_dates=fmt == "zhtj"
    )
    if progress is not None:
        rows = _reported(
            rows, progress, roster_count(league, branch_id=branch_id, active_only=fmt == "zhtj")
        )
    path = Path(path)
    with replacing(path) as tmp:
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("团员信息" if fmt == "zhtj" else "团员花名册")
        count = write_sheet(ws, columns, rows)
        wb.save(tmp)
    return count

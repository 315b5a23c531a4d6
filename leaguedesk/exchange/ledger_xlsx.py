"""The year's 组织生活台账 and the attendance report as .xlsx workbooks.

Headers are bold and frozen, dates are real dates, rates are numbers formatted as percentages,
and text that Excel would read as a formula (starting with = + - @) is written as text. The
file is written under a temporary name and renamed, so a failure never leaves half a workbook.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from leaguedesk.core.attendance import Tally
from leaguedesk.core.compliance import CellStatus, Period
from leaguedesk.core.meetings import MEETING_KINDS
from leaguedesk.exchange.saving import save_workbook
from leaguedesk.printing.ledger import MARKS, meeting_note, period_name, requirement_text
from leaguedesk.services.meeting_stats import MemberRate, MissedEntry, YearCalendar

DATE = "yyyy-mm-dd"
PERCENT = "0.0%"
FORMULA_STARTS = ("=", "+", "-", "@")
_BOLD = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="E8E8E8")
_WRAP = Alignment(vertical="center", wrap_text=True)


def display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet cell: Chinese characters count double."""
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


@dataclass(frozen=True)
class Column:
    header: str
    number_format: str | None = None
    width: float | None = None


def _put(ws: Worksheet, row: int, column: int, value: object, number_format: str | None) -> None:
    cell = ws.cell(row=row, column=column)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        cell.value = value
        cell.data_type = "s"  # openpyxl would store '=…' as a formula
        cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
        return
    cell.value = value
    if number_format and value is not None and not isinstance(value, str):
        cell.number_format = number_format


def write_sheet(ws: Worksheet, columns: Sequence[Column], rows: Sequence[Sequence[object]]) -> None:
    """A bold, frozen header row and ``rows`` under it, columns sized to their content."""
    for index, column in enumerate(columns, 1):
        cell = ws.cell(row=1, column=index, value=column.header)
        cell.data_type = "s"
        cell.font, cell.fill = _BOLD, _HEADER_FILL
    for number, row in enumerate(rows, 2):
        for index, (column, value) in enumerate(zip(columns, row, strict=True), 1):
            _put(ws, number, index, value, column.number_format)
    ws.freeze_panes = "A2"
    for index, column in enumerate(columns, 1):
        widest = max(
            [
                display_width(column.header),
                *(display_width(_shown(r[index - 1])) for r in rows[:200]),
            ]
        )
        ws.column_dimensions[get_column_letter(index)].width = column.width or min(
            max(widest + 2, 6), 60
        )


def _shown(value: object) -> str:
    if isinstance(value, dt.date):
        return "2026-12-01"
    if isinstance(value, float):
        return "100.0%"
    return "" if value is None else str(value)


# The ledger ---------------------------------------------------------------------------------

LEDGER_COLUMNS = (
    Column("序号"),
    Column("日期", DATE, 12),
    Column("类型"),
    Column("团小组"),
    Column("议题", width=40),
    Column("开始时间"),
    Column("地点"),
    Column("主持人"),
    Column("记录人"),
    Column("应到"),
    Column("实到"),
    Column("请假"),
    Column("无故缺席"),
    Column("列席"),
    Column("出席率", PERCENT),
    Column("法定人数"),
    Column("决议"),
    Column("团课学时"),
    Column("附件"),
    Column("备注", width=30),
)
SUMMARY_COLUMNS = (
    Column("会议类型"),
    Column("要求"),
    Column("全年应开"),
    Column("已开"),
    Column("计入"),
    Column("达标期数"),
    Column("逾期期数"),
    Column("各期情况", width=70),
)


def _quorum_word(summary: object) -> str:
    if not summary.recorded:  # type: ignore[attr-defined]
        return "未登记"
    quorum = summary.assessment.quorum  # type: ignore[attr-defined]
    if quorum.rule is None:
        return "不设"
    return "达到" if quorum.ok else "不足"


def write_ledger(path: Path | str, year: YearCalendar, branch_name: str) -> Path:
    """Two sheets: 会议台账 (every meeting of the year) and 年度完成情况 (the calendar)."""
    workbook = Workbook()
    ws = workbook.active
    ws.title = "会议台账"
    rows = []
    meetings = sorted(year.meetings.values(), key=lambda s: (s.date, s.id))
    for number, s in enumerate(meetings, 1):
        planned = s.id in year.planned
        rate = s.present / s.expected if s.recorded and s.expected else None
        rows.append(
            [
                number,
                s.date,
                s.kind,
                s.group_name,
                s.topics,
                s.start_time,
                s.place,
                s.chair_name,
                s.recorder_name,
                s.expected,
                s.present if s.recorded else None,
                s.excused if s.recorded else None,
                s.unexcused if s.recorded else None,
                s.guests,
                rate,
                "计划召开" if planned else _quorum_word(s),
                s.resolutions,
                s.lecture_hours or None,
                s.attachments,
                "计划召开" if planned else meeting_note(s),
            ]
        )
    write_sheet(ws, LEDGER_COLUMNS, rows)
    summary_ws = workbook.create_sheet("年度完成情况")
    calendar = year.calendar
    summary_rows = []
    for summary in calendar.summaries:
        cells = calendar.cells_for(summary.kind)
        required = bool(summary.rule.required) and summary.rule.period is not Period.NONE
        marks = " ".join(
            f"{period_name(c)}{MARKS[c.status]}"
            for c in cells
            if c.status is not CellStatus.NOT_REQUIRED
        )
        summary_rows.append(
            [
                summary.kind,
                requirement_text(summary.rule),
                summary.required if required else None,
                summary.held,
                summary.counted if required else None,
                summary.periods_done if required else None,
                summary.periods_overdue if required else None,
                marks or "—",
            ]
        )
    write_sheet(summary_ws, SUMMARY_COLUMNS, summary_rows)
    workbook.properties.title = f"{branch_name} {calendar.year}年度组织生活台账"
    workbook.properties.creator = "团务通 LeagueDesk"
    return save_workbook(workbook, path)


# Attendance ---------------------------------------------------------------------------------


def _tally_cells(tally: Tally | None) -> list[object]:
    if tally is None:
        return [None, None, None]
    return [tally.expected, tally.attended, float(tally.rate) if tally.rate is not None else None]


def write_attendance(
    path: Path | str, rates: Sequence[MemberRate], missed: Sequence[MissedEntry], *, title: str = ""
) -> Path:
    """出勤率 (per member, overall and per kind) and 连续缺席 (who missed the last N)."""
    workbook = Workbook()
    ws = workbook.active
    ws.title = "出勤率"
    kinds = [k for k in MEETING_KINDS if any(k in r.by_kind for r in rates)]
    columns = [
        Column("姓名"),
        Column("团小组"),
        Column("团籍状态"),
        Column("应到"),
        Column("出席"),
        Column("迟到"),
        Column("事假"),
        Column("病假"),
        Column("公假"),
        Column("无故缺席"),
        Column("出勤率", PERCENT),
    ]
    for kind in kinds:
        columns += [Column(f"{kind}应到"), Column(f"{kind}出席"), Column(f"{kind}出勤率", PERCENT)]
    rows = []
    for rate in rates:
        t = rate.overall
        row: list[object] = [
            rate.name,
            rate.group_name,
            rate.status,
            t.expected,
            t.attended,
            t.late,
            t.personal_leave,
            t.sick_leave,
            t.official_leave,
            t.unexcused,
            float(t.rate) if t.rate is not None else None,
        ]
        for kind in kinds:
            row += _tally_cells(rate.by_kind.get(kind))
        rows.append(row)
    write_sheet(ws, columns, rows)
    missed_ws = workbook.create_sheet("连续缺席")
    write_sheet(
        missed_ws,
        [
            Column("姓名"),
            Column("团小组"),
            Column("连续缺席次数"),
            Column("自", DATE, 12),
            Column("其中请假"),
            Column("无故缺席"),
            Column("会议日期", width=40),
        ],
        [
            [
                m.name,
                m.group_name,
                len(m.dates),
                m.run.since,
                m.run.excused,
                m.run.unexcused,
                "、".join(d.isoformat() for d in m.dates),
            ]
            for m in missed
        ],
    )
    workbook.properties.title = title or "出勤统计"
    workbook.properties.creator = "团务通 LeagueDesk"
    return save_workbook(workbook, path)

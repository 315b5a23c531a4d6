"""The year's 组织生活台账 of a branch: how each required kind of meeting stands, period by period,
and every meeting held with its counts.

Landscape A4. First the calendar summary (required, held, counted, each period done √, overdue
×, running ○ or not yet due –), then one row per meeting (date, kind, topics, chair, 应到, 实到,
请假, 缺席, 列席, and a note when it fell below quorum). Names of members are not printed here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm

from leaguedesk.core.compliance import Cell as CalendarCell
from leaguedesk.core.compliance import CellStatus, KindRule, Period
from leaguedesk.core.meeting_record import format_hours
from leaguedesk.printing.flow import Cell, Flow
from leaguedesk.printing.layout import (
    SOFT_INK,
    Footer,
    Form,
    PageSetup,
    PrintResult,
    chinese_date,
    open_form,
)
from leaguedesk.services.meeting_records import MeetingSummary
from leaguedesk.services.meeting_stats import YearCalendar

TITLE_SIZE = 18.0
SIZE = 10.0
MARKS = {
    CellStatus.DONE: "√",
    CellStatus.OVERDUE: "×",
    CellStatus.DUE: "○",
    CellStatus.UPCOMING: "–",
    CellStatus.NOT_REQUIRED: "",
}
LEGEND = "√ 已完成　× 逾期未完成　○ 本期进行中　– 未到期；计入：达到法定人数（或该类会议不设法定人数）的会议。"
_PERIOD_WORDS = {
    Period.MONTH: "每月",
    Period.QUARTER: "每季度",
    Period.HALF_YEAR: "每半年",
    Period.YEAR: "每年",
}
_QUARTERS = "一二三四"


def requirement_text(rule: KindRule) -> str:
    """每季度 1 次; 按需召开 for kinds without a requirement."""
    if rule.period is Period.NONE or rule.required == 0:
        return "按需召开"
    return f"{_PERIOD_WORDS[rule.period]} {rule.required} 次"


def period_name(cell: CalendarCell) -> str:
    if cell.period is Period.MONTH:
        return f"{cell.index}月"
    if cell.period is Period.QUARTER:
        return f"{_QUARTERS[cell.index - 1]}季度"
    if cell.period is Period.HALF_YEAR:
        return "上半年" if cell.index == 1 else "下半年"
    return "全年"


def meeting_note(summary: MeetingSummary) -> str:
    notes = []
    if not summary.recorded:
        notes.append("未登记出席")
    elif summary.below_quorum:
        notes.append("不足法定人数")
    if summary.group_name:
        notes.append(summary.group_name)
    if summary.kind == "团课" and summary.lecture_hours:
        notes.append(f"{format_hours(summary.lecture_hours)}学时")
    if summary.resolutions:
        notes.append(f"决议{summary.resolutions}项")
    return "；".join(notes)


def render_ledger(
    year: YearCalendar, branch_name: str, out_path: Path | str, *, printed_on: dt.date | None = None
) -> PrintResult:
    """Write the branch's 台账 for ``year.calendar.year`` to ``out_path``."""
    setup = PageSetup(landscape=True)
    calendar = year.calendar
    title = f"{branch_name} {calendar.year}年度组织生活台账"
    footer = Footer(branch_name, printed_on or dt.date.today(), f"{calendar.year}年组织生活台账")

    def first_head(form: Form) -> float:
        y = setup.top - 7 * mm
        form.text(
            title,
            (setup.left + setup.right) / 2,
            y,
            TITLE_SIZE,
            align="center",
            width=setup.content_width,
            min_size=12,
            bold=True,
        )
        y -= 8 * mm
        form.text(
            f"统计截至 {chinese_date(min(calendar.today, dt.date(calendar.year, 12, 31)))}",
            (setup.left + setup.right) / 2,
            y,
            10,
            align="center",
            gray=SOFT_INK,
        )
        return y - 3 * mm

    def later_head(form: Form) -> float:
        y = setup.top - 5 * mm
        form.text(f"{title}（续）", setup.left, y, 11.5, bold=True)
        return y - 5 * mm

    with open_form(out_path, setup, footer, title=title) as form:
        flow = Flow(form, later_head)
        flow.begin(first_head)
        _summary(flow, year)
        _meetings(flow, year)
        pages = form.pages
    return PrintResult(Path(out_path), pages)


def _summary(flow: Flow, year: YearCalendar) -> None:
    calendar = year.calendar
    held = [s for s in year.meetings.values() if s.id not in year.planned]
    expected = sum(s.expected for s in held if s.recorded)
    present = sum(s.present for s in held if s.recorded)
    rate = f"，有出席记录的会议平均出席率 {present / expected:.0%}" if expected else ""
    flow.heading("一、年度完成情况")
    flow.paragraph(f"全年已开展组织生活 {len(held)} 次{rate}。", size=10.5)
    flow.space(1.5 * mm)
    width = flow.form.setup.content_width
    fixed = [26 * mm, 26 * mm, 16 * mm, 16 * mm, 20 * mm]
    periods = width - sum(fixed)
    header = [
        Cell("会议类型", fixed[0]),
        Cell("要求", fixed[1]),
        Cell("已开", fixed[2]),
        Cell("计入", fixed[3]),
        Cell("达标期数", fixed[4]),
        Cell("各期情况", periods),
    ]
    rows = []
    for summary in calendar.summaries:
        cells = calendar.cells_for(summary.kind)
        required = summary.rule.required and summary.rule.period is not Period.NONE
        marks = " · ".join(f"{period_name(c)}{MARKS[c.status]}" for c in cells) if required else "—"
        done = f"{summary.periods_done}/{len(cells)}" if required else "—"
        rows.append(
            [
                Cell(summary.kind, fixed[0], align="center"),
                Cell(requirement_text(summary.rule), fixed[1], align="center"),
                Cell(str(summary.held), fixed[2], align="center"),
                Cell(str(summary.counted) if required else "—", fixed[3], align="center"),
                Cell(done, fixed[4], align="center"),
                Cell(marks, periods),
            ]
        )
    flow.table(header, rows, size=SIZE)
    flow.space(1 * mm)
    flow.paragraph(LEGEND, size=8.5, gray=SOFT_INK)


def _meetings(flow: Flow, year: YearCalendar) -> None:
    flow.space(3 * mm)
    flow.heading("二、会议记录一览")
    meetings = sorted(year.meetings.values(), key=lambda s: (s.date, s.id))
    if not meetings:
        flow.paragraph("本年度尚无会议记录。", size=10.5)
        return
    width = flow.form.setup.content_width
    fixed = [
        11 * mm,
        24 * mm,
        24 * mm,
        20 * mm,
        13 * mm,
        13 * mm,
        13 * mm,
        13 * mm,
        13 * mm,
        44 * mm,
    ]
    topic = width - sum(fixed)
    titles = (
        "序号",
        "日期",
        "类型",
        "议题",
        "主持人",
        "应到",
        "实到",
        "请假",
        "缺席",
        "列席",
        "备注",
    )
    widths = [*fixed[:3], topic, *fixed[3:]]
    header = [Cell(t, w) for t, w in zip(titles, widths, strict=True)]
    rows = []
    for number, s in enumerate(meetings, 1):
        planned = s.id in year.planned
        counts = [
            str(s.expected),
            *(
                ("", "", "")
                if not s.recorded
                else (str(s.present), str(s.excused), str(s.unexcused))
            ),
            str(s.guests),
        ]
        note = "计划召开" if planned else meeting_note(s)
        values = [
            str(number),
            f"{s.date.month}月{s.date.day}日",
            s.kind,
            s.topics,
            s.chair_name,
            *counts,
            note,
        ]
        rows.append(
            [
                Cell(
                    v,
                    w,
                    align="left" if i in (3, 10) else "center",
                    bold=i == 10 and s.below_quorum,
                )
                for i, (v, w) in enumerate(zip(values, widths, strict=True))
            ]
        )
    flow.table(header, rows, size=SIZE)
    flow.space(1 * mm)
    flow.paragraph(
        "应到、实到只计本支部团员；请假含事假、病假、公假；列席人员不计入。",
        size=8.5,
        gray=SOFT_INK,
    )

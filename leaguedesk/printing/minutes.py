"""会议记录: the minutes of one recorded meeting, in the layout the 三会两制一课 rules ask for.

A ruled block with the meeting kind, date and time, place, chair, recorder and topics; 应到 and
实到 with names, absentees with their reasons, 列席; the quorum; then the agenda, each speaker's
main points, the resolutions with 赞成 / 反对 / 弃权 and whether each counts, and lines for the
chair's and the recorder's signatures. Never an ID number or a phone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from fractions import Fraction
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from leaguedesk.core.meeting_record import format_hours
from leaguedesk.core.quorum import Base, Comparison, Threshold
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
from leaguedesk.services.meeting_records import Assessment, AttendanceEntry, Meeting

TITLE_SIZE = 18.0
SIZE = 10.5
BLANK = "　" * 6  # room to write by hand on a blank line
_SHARES = {Fraction(1, 2): "半数", Fraction(2, 3): "三分之二"}


def rule_words(threshold: Threshold) -> str:
    share = _SHARES.get(
        threshold.share, f"{threshold.share.numerator}/{threshold.share.denominator}"
    )
    return ("超过" if threshold.comparison is Comparison.MORE_THAN else "不少于") + share


def when_text(meeting: Meeting) -> str:
    day = chinese_date(meeting.date, weekday=True)
    if meeting.start_time and meeting.end_time:
        return f"{day} {meeting.start_time}—{meeting.end_time}"
    return f"{day} {meeting.start_time}".strip()


def quorum_words(meeting: Meeting, check: Assessment) -> str:
    quorum = check.quorum
    if not check.recorded:
        return "出席情况未登记"
    if quorum.rule is None:
        return f"{meeting.kind}不设法定人数"
    if quorum.ok:
        return f"实到{rule_words(quorum.rule)}（至少 {quorum.required} 人），符合法定人数"
    return (
        f"须{rule_words(quorum.rule)}到会（至少 {quorum.required} 人），"
        "不足法定人数，本次会议决议无效"
    )


def _names(entries: Sequence[AttendanceEntry], *, reasons: bool = False) -> str:
    parts = []
    for entry in entries:
        note = entry.status if reasons else ("迟到" if entry.status == "迟到" else "")
        extra = "，".join(p for p in (note, entry.note) if p)
        parts.append(f"{entry.name}（{extra}）" if extra else entry.name)
    return "、".join(parts)


def _present_counts(meeting: Meeting) -> str:
    present = meeting.present
    late = sum(entry.status == "迟到" for entry in present)
    text = f"{len(present)} 人"
    return text + (f"（其中迟到 {late} 人）" if late else "")


def render_minutes(
    meeting: Meeting, check: Assessment, out_path: Path | str, *, printed_on: dt.date | None = None
) -> PrintResult:
    """Write the minutes of ``meeting`` (assessed with the file's rules) to ``out_path``."""
    setup = PageSetup()
    title = f"{meeting.branch_name} {meeting.kind}会议记录"
    footer = Footer(meeting.branch_name, printed_on or dt.date.today(), "会议记录")

    def later_head(form: Form) -> float:
        y = setup.top - 5 * mm
        when = chinese_date(meeting.date)
        form.text(
            f"{title}（续）",
            setup.left,
            y,
            11.5,
            bold=True,
            width=setup.content_width - stringWidth(when, form.font, 10) - 6 * mm,
            min_size=8,
        )
        form.text(when, setup.right, y, 10, align="right")
        return y - 5 * mm

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
        return y - 8 * mm

    with open_form(out_path, setup, footer, title=title) as form:
        flow = Flow(form, later_head)
        flow.begin(first_head)
        _particulars(flow, meeting, check)
        _body(flow, meeting, check)
        flow.signatures(("主持人（签名）", "记录人（签名）"))
        pages = form.pages
    return PrintResult(Path(out_path), pages)


def _particulars(flow: Flow, meeting: Meeting, check: Assessment) -> None:
    width = flow.form.setup.content_width
    label = 22 * mm
    value = (width - 2 * label) * 0.42  # the right-hand value holds the date and time
    wide = width - label

    def pair(a: str, a_value: str, b: str, b_value: str) -> None:
        flow.row(
            [
                Cell(a, label, label=True),
                Cell(a_value, value),
                Cell(b, label, label=True),
                Cell(b_value, wide - label - value),
            ],
            size=SIZE,
        )

    def line(name: str, text: str) -> None:
        flow.row([Cell(name, label, label=True), Cell(text, wide)], size=SIZE)

    kind = meeting.kind + (f"（{meeting.group_name}）" if meeting.group_name else "")
    if meeting.evaluation:
        kind += "（团员教育评议）"
    pair("会议类型", kind, "会议时间", when_text(meeting))
    if meeting.kind == "团课" and meeting.lecture_hours:
        pair("会议地点", meeting.place, "学　　时", f"{format_hours(meeting.lecture_hours)} 学时")
    else:
        line("会议地点", meeting.place)
    pair("主 持 人", meeting.chair_name, "记 录 人", meeting.recorder_name)
    line("议　　题", meeting.topics)
    recorded = check.recorded
    pair(
        "应到人数",
        f"{len(meeting.expected)} 人",
        "实到人数",
        _present_counts(meeting) if recorded else BLANK + "人",
    )
    line("法定人数", quorum_words(meeting, check))
    if recorded:
        present = _names(meeting.present)
        if meeting.extra:
            present += "；另有非应到团员出席：" + _names(meeting.extra)
        line("出席人员", present or "无")
        absent = meeting.absent
        line("缺席人员", _names(absent, reasons=True) if absent else "无")
    else:
        line("应到人员", _names(meeting.expected))
        line("缺席人员", "")
    guests = "、".join(f"{g.name}（{g.role}）" if g.role else g.name for g in meeting.guests)
    line("列席人员", guests or "无")


def _body(flow: Flow, meeting: Meeting, check: Assessment) -> None:
    flow.space(2 * mm)
    flow.heading("一、会议议程")
    agenda = [item.strip() for item in meeting.agenda.splitlines() if item.strip()]
    if agenda:
        for number, item in enumerate(agenda, 1):
            numbered = item if item[:1].isdigit() else f"{number}. {item}"
            flow.paragraph(numbered, size=11, indent=4 * mm)
    else:
        flow.paragraph("（未记录）", size=11, indent=4 * mm, gray=SOFT_INK)
    flow.heading("二、发言要点")
    if meeting.minutes.strip():
        flow.paragraph(meeting.minutes, size=11, indent=4 * mm)
    else:
        flow.paragraph("（未记录）", size=11, indent=4 * mm, gray=SOFT_INK)
    flow.heading("三、决议事项", keep=25 * mm)
    if not check.votes:
        flow.paragraph("本次会议未作决议。", size=11, indent=4 * mm)
        return
    width = flow.form.setup.content_width
    fixed = [12 * mm, 22 * mm, 13 * mm, 13 * mm, 13 * mm, 36 * mm]
    text_width = width - sum(fixed)
    header = [
        Cell("序号", fixed[0]),
        Cell("决议内容", text_width),
        Cell("类别", fixed[1]),
        Cell("赞成", fixed[2]),
        Cell("反对", fixed[3]),
        Cell("弃权", fixed[4]),
        Cell("表决结果", fixed[5]),
    ]
    rows = []
    for number, outcome in enumerate(check.votes, 1):
        entry, vote = outcome.resolution, outcome.vote
        base = "实到" if vote.rule.base is Base.PRESENT else "应到"
        if not vote.counts_valid:
            result = "票数有误，请核对"
        elif not vote.passed:
            result = f"未通过（须{base}团员{rule_words(vote.rule.threshold)}赞成）"
        elif outcome.effective:
            result = "通过"
        elif not check.recorded:
            result = "赞成票过半，待核对出席情况"
        else:
            result = "票数通过，但会议不足法定人数，无效"
        rows.append(
            [
                Cell(str(number), fixed[0], align="center"),
                Cell(entry.text, text_width),
                Cell(entry.kind, fixed[1], align="center"),
                Cell(str(entry.yes), fixed[2], align="center"),
                Cell(str(entry.no), fixed[3], align="center"),
                Cell(str(entry.abstain), fixed[4], align="center"),
                Cell(result, fixed[5], align="center"),
            ]
        )
    flow.table(header, rows, size=SIZE)
    flow.space(1 * mm)
    flow.paragraph(
        "注：列席人员不参加表决；决议须在符合法定人数的会议上通过方为有效。",
        size=8.5,
        gray=SOFT_INK,
    )

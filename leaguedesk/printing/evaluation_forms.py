"""团员教育评议 forms: the 测评票 (ballot), the 团员教育评议表 (one page per member) and the
支部汇总表 (the tally, suggested and final grades, totals and the 优秀 share).

The ballot carries no voter name (it is secret) and states the 30% limit on 优秀 with the
number it allows this time. The registration and 推优 forms are in ``registration_forms``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm

from leaguedesk.printing.layout import (
    SOFT_INK,
    Footer,
    Form,
    PageSetup,
    PrintResult,
    chinese_date,
    open_form,
    wrap_text,
)
from leaguedesk.printing.table import Column, Emphasis, Row, TableStyle, draw_table, fitted_columns

TITLE_SIZE = 17.0
GRADE_TITLES = ("优秀", "合格", "基本合格", "不合格")


@dataclass(frozen=True)
class EvaluationSheet:
    """What every evaluation form says about the round."""

    branch: str
    year: int
    meeting_kind: str = "支部大会"
    meeting_date: dt.date | None = None
    expected: int = 0
    present: int = 0
    ballots: int = 0
    cap_percent: str = "30"
    cap_count: int = 0
    approved_on: dt.date | None = None
    approved_by: str = ""
    printed_on: dt.date | None = None

    def footer(self, document: str) -> Footer:
        return Footer(self.branch, self.printed_on or dt.date.today(), document)


@dataclass(frozen=True)
class SummaryRow:
    name: str
    votes: tuple[int, int, int, int]
    suggested: str = ""
    committee: str = ""
    final: str = ""
    note: str = ""


@dataclass(frozen=True)
class MemberSheet:
    name: str
    sex: str = ""
    group_name: str = ""
    political_status: str = ""
    post: str = ""
    self_assessment: str = ""
    votes: tuple[int, int, int, int] = (0, 0, 0, 0)
    ballots: int = 0
    suggested: str = ""
    committee: str = ""
    final: str = ""
    follow_up: str = ""


def _title(form: Form, text: str, y: float | None = None) -> float:
    setup = form.setup
    y = (setup.top - 7 * mm) if y is None else y
    form.text(
        text,
        (setup.left + setup.right) / 2,
        y,
        TITLE_SIZE,
        align="center",
        width=setup.content_width,
        min_size=12,
        bold=True,
    )
    return y - 10 * mm


def _note(form: Form, text: str, y: float, size: float = 9.5, lines: int = 3) -> float:
    width = form.setup.content_width - size
    for line in wrap_text(text, width, size, form.font, lines):
        form.text(line, form.setup.left, y, size, gray=SOFT_INK)
        y -= size * 1.5
    return y


def _continued(form: Form, title: str) -> float:
    y = form.setup.top - 5 * mm
    form.text(
        f"{title}（续）",
        form.setup.left,
        y,
        11.5,
        bold=True,
        width=form.setup.content_width,
        min_size=8,
    )
    return y - 4.5 * mm


# ---------------------------------------------------------------------------------- 测评票


def ballot_note(sheet: EvaluationSheet) -> str:
    return (
        f"说明：请在每名团员对应的等次栏内画“√”，每人只选一个等次。评为“优秀”的人数不得超过"
        f"参评人数的{sheet.cap_percent}%（本次参评{{n}}人，最多{sheet.cap_count}人），"
        "超过的本票无效。本票不记名，请勿署名。"
    )


def render_ballot(
    sheet: EvaluationSheet, names: Sequence[str], out_path: Path | str
) -> PrintResult:
    """One 测评票: every member evaluated × four grade boxes; no voter name anywhere."""
    setup = PageSetup()
    title = f"{sheet.branch}{sheet.year}年度团员教育评议测评票"
    width = setup.content_width
    columns = [
        Column("序号", 14 * mm, "center"),
        Column("姓名", width - 14 * mm - 4 * 30 * mm, "center"),
    ]
    columns += [Column(grade, 30 * mm, "center") for grade in GRADE_TITLES]
    rows: list[Row] = [(str(n), name, "", "", "", "") for n, name in enumerate(names, 1)]
    note = ballot_note(sheet).replace("{n}", str(len(names)))

    def start_page(form: Form, index: int) -> float:
        if index:
            return _continued(form, title)
        y = _title(form, title)
        return _note(form, note, y) - 2 * mm

    with open_form(out_path, setup, sheet.footer("测评票"), title=title) as form:
        y = draw_table(
            form,
            columns,
            rows,
            start_page=start_page,
            style=TableStyle(row_height=8.5 * mm),
            tail_height=16 * mm,
        )
        day = chinese_date(sheet.meeting_date) if sheet.meeting_date else "　　年　　月　　日"
        form.text(f"测评日期：{day}", setup.right, y - 10 * mm, 11, align="right")
        pages = form.pages
    return PrintResult(Path(out_path), pages)


# ---------------------------------------------------------------------------------- 汇总表


def share_text(excellent: int, evaluated: int) -> str:
    percent = f"{excellent * 100 / evaluated:.1f}%" if evaluated else "—"
    return f"{excellent}人（{percent}）"


def render_summary(
    sheet: EvaluationSheet, rows: Sequence[SummaryRow], out_path: Path | str
) -> PrintResult:
    """支部汇总表: votes per grade, total, suggested, committee and final grade, with totals."""
    setup = PageSetup()
    title = f"{sheet.branch}{sheet.year}年度团员教育评议支部汇总表"
    columns = fitted_columns(
        (
            ("序号", 10, "center"),
            ("姓名", 22, "center"),
            ("优秀", 13, "center"),
            ("合格", 13, "center"),
            ("基本\n合格", 13, "center"),
            ("不合格", 14, "center"),
            ("合计", 13, "center"),
            ("建议\n等次", 18, "center"),
            ("支委会\n意见", 18, "center"),
            ("评定\n等次", 18, "center"),
            ("备注", 0, "left"),
        ),
        setup.content_width,
    )
    body: list[Row] = [
        (
            str(n),
            r.name,
            *(str(v) for v in r.votes),
            str(sum(r.votes)),
            r.suggested,
            r.committee,
            r.final,
            r.note,
        )
        for n, r in enumerate(rows, 1)
    ]
    sums = [sum(r.votes[i] for r in rows) for i in range(4)]
    graded = [r.final or r.committee for r in rows]
    counts = {g: graded.count(g) for g in GRADE_TITLES}
    body.append(
        Emphasis(
            ("", "合计", *(str(s) for s in sums), str(sum(sums)), "", "", f"{len(rows)}人", "")
        )
    )
    meeting = chinese_date(sheet.meeting_date) if sheet.meeting_date else "　　年　　月　　日"
    facts = (
        f"评议会议：{sheet.meeting_kind}，{meeting}；应到{sheet.expected}人，"
        f"实到{sheet.present}人，收回测评票{sheet.ballots}张。"
    )
    outcome = (
        f"参评{len(rows)}人，评定优秀{share_text(counts['优秀'], len(rows))}、"
        f"合格{counts['合格']}人、基本合格{counts['基本合格']}人、不合格{counts['不合格']}人。"
        f"优秀不超过参评人数的{sheet.cap_percent}%（最多{sheet.cap_count}人）。"
    )

    def start_page(form: Form, index: int) -> float:
        if index:
            return _continued(form, title)
        y = _title(form, title)
        form.text(facts, setup.left, y, 10.5, width=setup.content_width, min_size=8)
        return y - 5 * mm

    with open_form(out_path, setup, sheet.footer("支部汇总表"), title=title) as form:
        y = draw_table(
            form,
            columns,
            body,
            start_page=start_page,
            style=TableStyle(row_height=7.5 * mm, header_height=11 * mm, font_size=10.5),
            tail_height=28 * mm,
            keep_together=1,
        )
        y = _note(form, outcome, y - 7 * mm, size=10.5, lines=2) - 5 * mm
        approved = chinese_date(sheet.approved_on) if sheet.approved_on else ""
        form.field("支部书记（签字）", "", setup.left, y, setup.content_width * 0.4)
        form.field(
            "上级团委审批意见",
            f"{sheet.approved_by} {approved}".strip(),
            setup.left + setup.content_width * 0.47,
            y,
            setup.content_width * 0.53,
        )
        pages = form.pages
    return PrintResult(Path(out_path), pages)


# ---------------------------------------------------------------------------------- 评议表


def render_member_sheets(
    sheet: EvaluationSheet, members: Sequence[MemberSheet], out_path: Path | str
) -> PrintResult:
    """团员教育评议表: one page per member evaluated."""
    setup = PageSetup()
    with open_form(
        out_path,
        setup,
        sheet.footer("团员教育评议表"),
        title=f"{sheet.branch}{sheet.year}年度团员教育评议表",
    ) as form:
        for member in members:
            form.new_page()
            _member_page(form, sheet, member)
        pages = form.pages
    return PrintResult(Path(out_path), pages)


def _labelled_box(form: Form, label: str, lines: Sequence[str], top: float, height: float) -> float:
    """A full-width box: the label in a shaded column on the left, text on the right."""
    setup = form.setup
    label_w = 28 * mm
    form.ruled_box(setup.left, top - height, label_w, height, shade=0.93)
    form.ruled_box(setup.left + label_w, top - height, setup.content_width - label_w, height)
    chars = max(1, len(label))
    step = min(6 * mm, (height - 6 * mm) / chars)
    first = top - height / 2 + (chars - 1) * step / 2 - 3.6
    for number, char in enumerate(label):  # the label reads top to bottom, centred
        form.text(
            char, setup.left + label_w / 2, first - number * step, 11.5, align="center", bold=True
        )
    y = top - 7 * mm
    for line in lines:
        form.text(line, setup.left + label_w + 3 * mm, y, 11)
        y -= 6.5 * mm
    return top - height


def _member_page(form: Form, sheet: EvaluationSheet, member: MemberSheet) -> None:
    setup = form.setup
    y = _title(form, f"团员教育评议表（{sheet.year}年度）")
    form.text(f"团支部：{sheet.branch}", setup.left, y + 1 * mm, 10.5)
    y -= 4 * mm
    cells = (
        ("姓名", member.name),
        ("性别", member.sex),
        ("政治面貌", member.political_status),
        ("团小组", member.group_name),
        ("团内职务", member.post or "无"),
        ("评议会议", chinese_date(sheet.meeting_date) if sheet.meeting_date else ""),
    )
    cell_w = setup.content_width / 3
    row_h = 9 * mm
    for number, (label, value) in enumerate(cells):
        x = setup.left + (number % 3) * cell_w
        top = y - (number // 3) * row_h
        form.ruled_box(x, top - row_h, cell_w, row_h)
        form.text(f"{label}：", x + 2.5 * mm, top - 6 * mm, 10.5, bold=True)
        form.text(value, x + 22 * mm, top - 6 * mm, 11, width=cell_w - 24 * mm, min_size=8)
    y -= 2 * row_h
    text_w = setup.content_width - 28 * mm - 6 * mm
    assessment = wrap_text(
        member.self_assessment or "（见本人书面自我评价材料）", text_w, 11, form.font, 14
    )
    y = _labelled_box(form, "自我评价", assessment, y, 104 * mm)
    votes = "，".join(f"{g}{v}票" for g, v in zip(GRADE_TITLES, member.votes, strict=True))
    ballots = f"收回测评票{member.ballots}张：{votes}。" if member.ballots else votes
    y = _labelled_box(
        form, "民主测评", [ballots, f"按得票建议等次：{member.suggested or '—'}"], y, 24 * mm
    )
    y = _labelled_box(
        form,
        "支部意见",
        [
            f"支部委员会建议等次：{member.committee or '　　'}",
            "支部书记（签字）：　　　　　　　　　年　　月　　日",
        ],
        y,
        26 * mm,
    )
    approved = chinese_date(sheet.approved_on) if sheet.approved_on else "　　年　　月　　日"
    y = _labelled_box(
        form,
        "上级审批",
        [
            f"评定等次：{member.final or '　　'}",
            f"{sheet.approved_by or '上级团委'}（盖章）　　{approved}",
        ],
        y,
        26 * mm,
    )
    if member.follow_up:
        _note(form, member.follow_up, y - 6 * mm, size=10)

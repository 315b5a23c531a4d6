"""团籍注册登记表 and 推优表: the registration list of a branch's year and the 推优入党 results of
one 支部大会, with the signatures and stamps the 上级团委 expects."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm

from leaguedesk.printing.evaluation_forms import _continued, _note, _title
from leaguedesk.printing.layout import (
    Footer,
    Form,
    PageSetup,
    PrintResult,
    chinese_date,
    open_form,
)
from leaguedesk.printing.roster_sheet import year_month
from leaguedesk.printing.table import Row, TableStyle, draw_table, fitted_columns


@dataclass(frozen=True)
class RegistrationRow:
    name: str
    sex: str = ""
    card_no: str = ""
    grade: str = ""
    outcome: str = ""
    deferred_until: dt.date | None = None
    note: str = ""


def render_registration(
    branch: str,
    year: int,
    decided_on: dt.date | None,
    rows: Sequence[RegistrationRow],
    out_path: Path | str,
    *,
    printed_on: dt.date | None = None,
) -> PrintResult:
    """团籍注册登记表: one row per member with the grade, the outcome and any deferral."""
    setup = PageSetup()
    title = f"{branch}{year}年度团员团籍注册登记表"
    columns = fitted_columns(
        (
            ("序号", 12, "center"),
            ("姓名", 24, "center"),
            ("性别", 12, "center"),
            ("团员证号", 32, "center"),
            ("评议等次", 22, "center"),
            ("注册结果", 22, "center"),
            ("暂缓期限", 24, "center"),
            ("原因及备注", 0, "left"),
        ),
        setup.content_width,
    )
    body: list[Row] = [
        (
            str(n),
            r.name,
            r.sex,
            r.card_no,
            r.grade or "未评议",
            r.outcome,
            r.deferred_until.isoformat() if r.deferred_until else "",
            r.note,
        )
        for n, r in enumerate(rows, 1)
    ]
    counts = {o: sum(r.outcome == o for r in rows) for o in ("正常注册", "暂缓注册", "不予注册")}
    summary = (
        f"共{len(rows)}人：正常注册{counts['正常注册']}人，暂缓注册{counts['暂缓注册']}人，"
        f"不予注册{counts['不予注册']}人。暂缓注册的团员期满后再次评议，合格的予以注册。"
    )
    day = chinese_date(decided_on) if decided_on else "　　年　　月　　日"

    def start_page(form: Form, index: int) -> float:
        if index:
            return _continued(form, title)
        y = _title(form, title)
        form.text(f"注册日期：{day}", setup.right, y + 1 * mm, 10.5, align="right")
        return y - 3 * mm

    footer = Footer(branch, printed_on or dt.date.today(), "团籍注册登记表")
    with open_form(out_path, setup, footer, title=title) as form:
        y = draw_table(
            form,
            columns,
            body,
            start_page=start_page,
            style=TableStyle(row_height=8.5 * mm),
            tail_height=24 * mm,
        )
        y = _note(form, summary, y - 7 * mm, size=10.5, lines=2) - 6 * mm
        form.field("支部书记（签字）", "", setup.left, y, setup.content_width * 0.42)
        form.field(
            "上级团委（盖章）",
            "",
            setup.left + setup.content_width * 0.5,
            y,
            setup.content_width * 0.5,
        )
        pages = form.pages
    return PrintResult(Path(out_path), pages)


@dataclass(frozen=True)
class RecommendationRow:
    name: str
    sex: str = ""
    birth_date: dt.date | None = None
    joined_on: str = ""
    applied_on: dt.date | None = None
    post: str = ""
    yes: int = 0
    no: int = 0
    abstain: int = 0
    passed: bool = False
    rank: int | None = None
    valid_until: dt.date | None = None


def render_recommendation(
    branch: str,
    meeting_date: dt.date,
    expected: int,
    present: int,
    rows: Sequence[RecommendationRow],
    out_path: Path | str,
    *,
    required_yes: int,
    printed_on: dt.date | None = None,
) -> PrintResult:
    """推优表: the candidates of one 支部大会 with the vote, the result and the ranking."""
    setup = PageSetup(landscape=True)
    title = f"{branch}推荐优秀团员作入党积极分子人选表"
    columns = fitted_columns(
        (
            ("排名", 13, "center"),
            ("姓名", 24, "center"),
            ("性别", 12, "center"),
            ("出生年月", 22, "center"),
            ("入团年月", 22, "center"),
            ("递交入党\n申请时间", 26, "center"),
            ("团内职务", 24, "center"),
            ("赞成", 15, "center"),
            ("反对", 15, "center"),
            ("弃权", 15, "center"),
            ("表决结果", 0, "center"),
            ("有效期至", 26, "center"),
        ),
        setup.content_width,
    )
    body: list[Row] = [
        (
            str(r.rank) if r.rank else "",
            r.name,
            r.sex,
            year_month(r.birth_date.isoformat()) if r.birth_date else "",
            year_month(r.joined_on or ""),
            r.applied_on.isoformat() if r.applied_on else "",
            r.post,
            str(r.yes),
            str(r.no),
            str(r.abstain),
            "通过" if r.passed else "未通过",
            r.valid_until.isoformat() if r.valid_until else "",
        )
        for r in rows
    ]
    facts = (
        f"支部大会日期：{chinese_date(meeting_date)}；应到有表决权团员{expected}人，实到"
        f"{present}人；无记名投票，赞成票超过应到会有表决权团员半数（至少{required_yes}票）"
        "为通过。"
    )

    def start_page(form: Form, index: int) -> float:
        if index:
            return _continued(form, title)
        y = _title(form, title)
        form.text(facts, setup.left, y, 10.5, width=setup.content_width, min_size=8)
        return y - 5 * mm

    footer = Footer(branch, printed_on or dt.date.today(), "推优表")
    with open_form(out_path, setup, footer, title=title) as form:
        y = draw_table(
            form,
            columns,
            body,
            start_page=start_page,
            style=TableStyle(row_height=8.5 * mm, header_height=11 * mm),
            tail_height=22 * mm,
        )
        y -= 12 * mm
        form.field("支部书记（签字）", "", setup.left, y, setup.content_width * 0.3)
        form.field(
            "团支部（盖章）",
            "",
            setup.left + setup.content_width * 0.35,
            y,
            setup.content_width * 0.3,
        )
        form.field(
            "公示时间", "", setup.left + setup.content_width * 0.7, y, setup.content_width * 0.3
        )
        pages = form.pages
    return PrintResult(Path(out_path), pages)

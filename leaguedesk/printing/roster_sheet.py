"""团员花名册: the printed roster of a branch, on landscape A4.

Columns as branches hand them in: 序号, 姓名, 性别, 民族, 出生年月, 入团年月, 政治面貌,
团内职务, 学习工作单位, 手机号码. The roster may carry phones (it goes to the 上级团委, not on a
notice board) but never a full ID number.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from leaguedesk.printing.layout import (
    Align,
    Footer,
    Form,
    PageSetup,
    PrintResult,
    chinese_date,
    open_form,
)
from leaguedesk.printing.signin import grouped_rows
from leaguedesk.printing.table import Column, Row, TableStyle, draw_table, fitted_columns

TITLE_SIZE = 18.0


class RosterPerson(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def sex(self) -> str: ...
    @property
    def ethnicity(self) -> str: ...
    @property
    def birth_date(self) -> str: ...
    @property
    def joined_on(self) -> str: ...
    @property
    def political_status(self) -> str: ...
    @property
    def post(self) -> str: ...
    @property
    def workplace(self) -> str: ...
    @property
    def phone(self) -> str: ...
    @property
    def group_name(self) -> str: ...


@dataclass(frozen=True)
class RosterSpec:
    branch: str
    grouped: bool = False  # entries come ordered by 团小组: print a heading per group
    printed_on: dt.date | None = None

    @property
    def title(self) -> str:
        return f"{self.branch} 团员花名册"


# (title, width in mm, alignment); 学习工作单位 takes what is left of the page.
_COLUMNS: tuple[tuple[str, float, Align], ...] = (
    ("序号", 11, "center"),
    ("姓名", 24, "center"),
    ("性别", 11, "center"),
    ("民族", 17, "center"),
    ("出生年月", 20, "center"),
    ("入团年月", 20, "center"),
    ("政治面貌", 25, "center"),
    ("团内职务", 22, "center"),
    ("学习工作单位", 0, "left"),
    ("手机号码", 31, "center"),
)


def roster_columns(setup: PageSetup) -> list[Column]:
    return fitted_columns(_COLUMNS, setup.content_width)


def year_month(value: str) -> str:
    """'2003-05-17' or '2003-05' → '2003.05' (the way forms write 年月)."""
    parts = value.strip().split("-")
    if len(parts) >= 2 and parts[0].isdigit() and parts[1].isdigit():
        return f"{parts[0]}.{int(parts[1]):02d}"
    return value.strip()


def render_roster(
    spec: RosterSpec, entries: Sequence[RosterPerson], out_path: Path | str
) -> PrintResult:
    """Write the roster of ``entries`` (already in print order) to ``out_path``."""
    setup = PageSetup(landscape=True, margin_top=12 * mm, margin_bottom=15 * mm)
    printed_on = spec.printed_on or dt.date.today()
    columns = roster_columns(setup)

    def row(number: int, person: RosterPerson) -> Row:
        return (
            str(number),
            person.name,
            person.sex,
            person.ethnicity,
            year_month(person.birth_date),
            year_month(person.joined_on),
            person.political_status,
            person.post,
            person.workplace,
            person.phone,
        )

    rows = grouped_rows(entries, row, grouped=spec.grouped)
    style = TableStyle(
        row_height=7.2 * mm,
        header_height=8 * mm,
        band_height=6.5 * mm,
        font_size=10,
        header_font_size=10,
    )
    footer = Footer(spec.branch, printed_on, "团员花名册")

    def start_page(form: Form, index: int) -> float:
        return _page_head(form, spec, len(entries), printed_on, index)

    with open_form(out_path, setup, footer, title=spec.title) as form:
        y = draw_table(form, columns, rows, start_page=start_page, style=style, tail_height=14 * mm)
        _signatures(form, y - 9 * mm)
        pages = form.pages
    return PrintResult(Path(out_path), pages)


def _page_head(form: Form, spec: RosterSpec, count: int, printed_on: dt.date, index: int) -> float:
    setup = form.setup
    if index > 0:
        y = setup.top - 5 * mm
        form.text(
            f"{spec.title}（续）",
            setup.left,
            y,
            11.5,
            width=setup.content_width,
            min_size=8,
            bold=True,
        )
        return y - 4.5 * mm
    y = setup.top - 7 * mm
    form.text(
        spec.title,
        (setup.left + setup.right) / 2,
        y,
        TITLE_SIZE,
        align="center",
        width=setup.content_width,
        min_size=12,
        bold=True,
    )
    y -= 9.5 * mm
    form.text(f"在册团员 {count} 人", setup.left, y, 10.5)
    form.text(f"统计截至：{chinese_date(printed_on)}", setup.right, y, 10.5, align="right")
    return y - 3.5 * mm


def _signatures(form: Form, y: float) -> None:
    setup = form.setup
    size = 11.0
    x = setup.left + 2 * mm
    for label, blank in (
        ("填表人（签字）：", 40 * mm),
        ("支部书记（签字）：", 40 * mm),
        ("填报日期：", 0.0),
    ):
        form.text(label, x, y, size)
        x += stringWidth(label, form.font, size)
        if blank:
            form.canvas.setLineWidth(0.5)
            form.canvas.line(x, y - 1.5 * mm, x + blank, y - 1.5 * mm)
            x += blank + 14 * mm
    form.text("　　　　年　　月　　日", x, y, size)

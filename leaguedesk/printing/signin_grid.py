"""Multi-date sign-in grid for a series (a term's 团课, monthly 主题团日): a row per person, a
column per date.

Up to five dates fit an upright page; more turn the page to landscape. When even landscape
cannot give every date a column wide enough to sign in, the dates are printed in parts, each a
full list of names.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm

from leaguedesk.printing.errors import PrintError, PrintProblem
from leaguedesk.printing.layout import (
    SOFT_INK,
    Footer,
    Form,
    PageSetup,
    PrintResult,
    chinese_date,
    open_form,
)
from leaguedesk.printing.signin import Person, grouped_rows
from leaguedesk.printing.table import Band, Column, Emphasis, Row, TableStyle, draw_table

PORTRAIT_MAX_DATES = 5
MIN_DATE_WIDTH = 15 * mm  # enough to sign a name
MAX_DATE_WIDTH = 32 * mm  # wider cells only waste paper; the rest goes to 备注
TITLE_SIZE = 17.0
WEEKDAYS = "一二三四五六日"
DEFAULT_TITLE = "团课签到表"


@dataclass(frozen=True)
class GridSpec:
    branch: str
    dates: Sequence[dt.date]
    title: str = DEFAULT_TITLE  # e.g. "2026年秋季学期团课签到表"
    grouped: bool = False  # attendees come ordered by 团小组: print a heading per group
    blank_rows: int = 3
    printed_on: dt.date | None = None

    @property
    def heading(self) -> str:
        return f"{self.branch} {self.title or DEFAULT_TITLE}"


def _fixed_columns(show_group: bool) -> list[Column]:
    columns = [Column("序号", 11 * mm, "center"), Column("姓名", 25 * mm, "center")]
    if show_group:
        columns.append(Column("团小组", 25 * mm, "center"))
    return columns


def plan_parts(count: int, setup: PageSetup, fixed_width: float) -> list[int]:
    """How many dates go in each part so that every date column is at least MIN_DATE_WIDTH."""
    per_page = max(1, int((setup.content_width - fixed_width) // MIN_DATE_WIDTH))
    parts = math.ceil(count / per_page)
    base, extra = divmod(count, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


def _date_header(day: dt.date) -> str:
    return f"{day.month}月{day.day}日\n星期{WEEKDAYS[day.weekday()]}"


def render_signin_grid(
    spec: GridSpec, attendees: Sequence[Person], out_path: Path | str
) -> PrintResult:
    """Write the sign-in grid for ``attendees`` over ``spec.dates`` to ``out_path``."""
    dates = sorted(set(spec.dates))
    if not dates:
        raise PrintError(PrintProblem.NO_DATES)
    setup = PageSetup(landscape=len(dates) > PORTRAIT_MAX_DATES)
    show_group = not spec.grouped and any(p.group_name for p in attendees)
    fixed = _fixed_columns(show_group)
    fixed_width = sum(c.width for c in fixed)
    parts = plan_parts(len(dates), setup, fixed_width)
    style = TableStyle(header_height=12 * mm, font_size=10.5, header_font_size=9.5)
    footer = Footer(spec.branch, spec.printed_on or dt.date.today(), spec.title or DEFAULT_TITLE)
    with open_form(out_path, setup, footer, title=spec.heading) as form:
        start = 0
        for part_number, size in enumerate(parts, 1):
            chunk = dates[start : start + size]
            start += size
            columns = _columns(setup, fixed, chunk)
            rows = _rows(attendees, columns, fixed, spec, show_group)
            label = f"（第 {part_number} 部分，共 {len(parts)} 部分）" if len(parts) > 1 else ""

            def start_page(
                form: Form, index: int, chunk: list[dt.date] = chunk, label: str = label
            ) -> float:
                return _page_head(form, spec, chunk, label, index, len(attendees))

            y = draw_table(
                form,
                columns,
                rows,
                start_page=start_page,
                style=style,
                tail_height=10 * mm,
                keep_together=3,
            )
            form.text(
                "请本人在对应日期栏内签名；请假者由记录人注明“假”。",
                setup.left,
                y - 6 * mm,
                8.5,
                gray=SOFT_INK,
            )
        pages = form.pages
    return PrintResult(Path(out_path), pages)


def _columns(setup: PageSetup, fixed: list[Column], chunk: list[dt.date]) -> list[Column]:
    free = setup.content_width - sum(c.width for c in fixed)
    per_date = min(MAX_DATE_WIDTH, free / len(chunk))
    columns = fixed + [Column(_date_header(day), per_date, "center") for day in chunk]
    rest = free - per_date * len(chunk)
    if rest > 1:
        columns.append(Column("备注", rest, "left"))
    return columns


def _rows(
    attendees: Sequence[Person],
    columns: list[Column],
    fixed: list[Column],
    spec: GridSpec,
    show_group: bool,
) -> list[Row]:
    empty = [""] * (len(columns) - len(fixed))

    def row(number: int, person: Person) -> Row:
        cells = [str(number), person.name]
        if show_group:
            cells.append(person.group_name)
        return cells + empty

    rows = grouped_rows(attendees, row, grouped=spec.grouped)
    if spec.blank_rows > 0:
        rows.append(Band("列席及补签"))
        rows.extend([""] * len(columns) for _ in range(spec.blank_rows))
    total = ["", "实到人数"] + [""] * (len(columns) - 2)
    rows.append(Emphasis(total))
    return rows


def _page_head(
    form: Form, spec: GridSpec, chunk: list[dt.date], label: str, index: int, expected: int
) -> float:
    setup = form.setup
    if index > 0:
        y = setup.top - 5 * mm
        form.text(
            f"{spec.heading}（续）{label}",
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
        spec.heading,
        (setup.left + setup.right) / 2,
        y,
        TITLE_SIZE,
        align="center",
        width=setup.content_width,
        min_size=12,
        bold=True,
    )
    y -= 9 * mm
    span = (
        f"{chinese_date(chunk[0])} 至 {chinese_date(chunk[-1])}"
        if len(chunk) > 1
        else chinese_date(chunk[0])
    )
    info = f"共 {len(chunk)} 次：{span}{label}"
    form.text(info, setup.left, y, 10.5)
    right = f"应到 {expected} 人"
    form.text(right, setup.right, y, 10.5, align="right")
    return y - 4 * mm

"""会议签到表: the sign-in sheet for one meeting, pre-filled with the people expected.

A title and the meeting's particulars (议题, 时间, 地点, 主持人, 记录人 — a ruled blank where
unknown), then rows 序号 · 姓名 · 团小组/职务 · 本人签名 · 备注 with the header repeated on every
page, blank rows for 列席 and walk-ins, and 应到 / 实到 / 请假 to fill in. Only names, groups
and posts are printed: never an ID number or a phone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from leaguedesk.core.meetings import AttendeeScope, MeetingKind, parse_kind, scope_for
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
from leaguedesk.printing.table import Band, Column, Row, TableStyle, draw_table

DEFAULT_BLANK_ROWS = 5
FIELD_SIZE = 11.0
TITLE_SIZE = 18.0
UNGROUPED = "未分团小组"
BLANK_BAND = "列席及补签（请在备注栏注明“列席”或单位、职务）"
NOTE = (
    "说明：请本人签名，不得代签；请假人员由记录人在备注栏注明事由"
    "（事假、病假、公假等）；列席人员不计入应到、实到人数。"
)


class Person(Protocol):
    """What the sheet needs of a person: nothing that identifies them beyond the name."""

    @property
    def name(self) -> str: ...

    @property
    def group_name(self) -> str: ...

    @property
    def post(self) -> str: ...


@dataclass(frozen=True)
class SigninSpec:
    """The meeting as far as it is known before it happens; blanks are printed as lines."""

    branch: str
    kind: MeetingKind | str
    date: dt.date | None = None
    time: str = ""  # "19:00"
    topic: str = ""
    place: str = ""
    chair: str = ""
    recorder: str = ""
    group: str = ""  # the 团小组 of a 团小组会
    grouped: bool = False  # attendees come ordered by 团小组: print a heading per group
    blank_rows: int = DEFAULT_BLANK_ROWS
    printed_on: dt.date | None = None

    @property
    def meeting_kind(self) -> MeetingKind:
        return parse_kind(self.kind)

    @property
    def title(self) -> str:
        middle = f" {self.group}" if self.group else ""
        return f"{self.branch}{middle} {self.meeting_kind.value}签到表"

    @property
    def when(self) -> str:
        if self.date is None:
            return self.time
        day = chinese_date(self.date, weekday=True)
        return f"{day} {self.time}" if self.time else day


def signin_columns(width: float, third_title: str) -> list[Column]:
    """序号 · 姓名 · 团小组/职务 · 本人签名 (the widest) · 备注, spread over ``width``."""
    return [
        Column("序号", width * 0.075, "center"),
        Column("姓名", width * 0.165, "center"),
        Column(third_title, width * 0.23, "left"),
        Column("本人签名", width * 0.34, "center"),
        Column("备注", width * 0.19, "left"),
    ]


class InGroup(Protocol):
    @property
    def group_name(self) -> str: ...


P = TypeVar("P", bound=InGroup)


def grouped_rows(
    people: Sequence[P],
    row: Callable[[int, P], Row],
    *,
    grouped: bool,
    heading: Callable[[str], str] = str,
) -> list[Row]:
    """``row(number, person)`` for each person, numbered from 1; when ``grouped``, a band
    ``heading(group)`` before each new 团小组 (people without one under 未分团小组)."""
    rows: list[Row] = []
    previous: str | None = None
    for number, person in enumerate(people, 1):
        group = person.group_name or UNGROUPED
        if grouped and group != previous:
            rows.append(Band(heading(group)))
            previous = group
        rows.append(row(number, person))
    return rows


def signin_rows(
    attendees: Sequence[Person], *, grouped: bool, show_group: bool, blank_rows: int
) -> list[Row]:
    counts: dict[str, int] = {}
    if grouped:
        for person in attendees:
            key = person.group_name or UNGROUPED
            counts[key] = counts.get(key, 0) + 1

    def row(number: int, person: Person) -> Row:
        role = " · ".join(p for p in ((person.group_name if show_group else ""), person.post) if p)
        return (str(number), person.name, role, "", "")

    rows = grouped_rows(
        attendees, row, grouped=grouped, heading=lambda group: f"{group}（{counts[group]}人）"
    )
    if blank_rows > 0:
        rows.append(Band(BLANK_BAND))
        rows.extend(("", "", "", "", "") for _ in range(blank_rows))
    return rows


def render_signin(
    spec: SigninSpec, attendees: Sequence[Person], out_path: Path | str
) -> PrintResult:
    """Write the sign-in sheet for ``attendees`` (already in print order) to ``out_path``."""
    kind = spec.meeting_kind
    setup = PageSetup()
    printed_on = spec.printed_on or dt.date.today()
    # Everyone's 团小组 helps at a branch-wide meeting; a committee or one group needs posts only.
    show_group = (
        not spec.grouped
        and scope_for(kind) is AttendeeScope.ALL_ACTIVE
        and any(p.group_name for p in attendees)
    )
    columns = signin_columns(setup.content_width, "团小组 / 职务" if show_group else "团内职务")
    rows = signin_rows(
        attendees, grouped=spec.grouped, show_group=show_group, blank_rows=max(0, spec.blank_rows)
    )
    footer = Footer(spec.branch, printed_on, f"{kind.value}签到表")

    def start_page(form: Form, index: int) -> float:
        return _first_page_head(form, spec) if index == 0 else _later_page_head(form, spec)

    with open_form(out_path, setup, footer, title=spec.title) as form:
        y = draw_table(
            form, columns, rows, start_page=start_page, style=TableStyle(), tail_height=TAIL_HEIGHT
        )
        _draw_tally(form, y, len(attendees))
        pages = form.pages
    return PrintResult(Path(out_path), pages)


def _first_page_head(form: Form, spec: SigninSpec) -> float:
    setup = form.setup
    y = setup.top - 7 * mm
    centre = (setup.left + setup.right) / 2
    form.text(
        spec.title,
        centre,
        y,
        TITLE_SIZE,
        align="center",
        width=setup.content_width,
        min_size=13,
        bold=True,
    )
    y -= 13 * mm
    label_w = stringWidth("记录人：", form.font, FIELD_SIZE)
    full = setup.content_width
    half = full * 0.56
    right_x = setup.left + half + 6 * mm
    right_w = setup.right - right_x
    topic_lines = wrap_text(spec.topic, full - label_w - 3 * mm, FIELD_SIZE, form.font, 2)
    form.field(
        "议　题",
        topic_lines[0] if topic_lines else "",
        setup.left,
        y,
        full,
        size=FIELD_SIZE,
        label_width=label_w,
    )
    if len(topic_lines) > 1:
        y -= 8 * mm
        form.field("", topic_lines[1], setup.left, y, full, size=FIELD_SIZE, label_width=label_w)
    y -= 8.5 * mm
    form.field("时　间", spec.when, setup.left, y, half, size=FIELD_SIZE, label_width=label_w)
    form.field("地　点", spec.place, right_x, y, right_w, size=FIELD_SIZE, label_width=label_w)
    y -= 8.5 * mm
    form.field("主持人", spec.chair, setup.left, y, half, size=FIELD_SIZE, label_width=label_w)
    form.field("记录人", spec.recorder, right_x, y, right_w, size=FIELD_SIZE, label_width=label_w)
    return y - 6 * mm


def _later_page_head(form: Form, spec: SigninSpec) -> float:
    setup = form.setup
    y = setup.top - 5 * mm
    when = chinese_date(spec.date) if spec.date else ""
    date_w = stringWidth(when, form.font, 10) + 4 * mm
    form.text(
        f"{spec.title}（续）",
        setup.left,
        y,
        11.5,
        width=setup.content_width - date_w,
        min_size=8,
        bold=True,
    )
    if when:
        form.text(when, setup.right, y, 10, align="right")
    return y - 4.5 * mm


TAIL_HEIGHT = 24 * mm


def _draw_tally(form: Form, y: float, expected: int) -> None:
    """应到 (filled in) / 实到 / 请假 / 列席 with blanks, and a short note for the recorder."""
    setup = form.setup
    size = 12.0
    line_y = y - 10 * mm
    x = setup.left + 2 * mm
    blank = 17 * mm
    canvas = form.canvas
    for label, value in (("应到", str(expected)), ("实到", ""), ("请假", ""), ("列席", "")):
        form.text(label, x, line_y, size, bold=True)
        x += stringWidth(label, form.font, size) + 1.5 * mm
        canvas.saveState()
        canvas.setLineWidth(0.6)
        canvas.line(x, line_y - 1.5 * mm, x + blank, line_y - 1.5 * mm)
        canvas.restoreState()
        if value:
            form.text(value, x + blank / 2, line_y, size, align="center")
        x += blank + 1.5 * mm
        form.text("人", x, line_y, size)
        x += stringWidth("人", form.font, size) + 9 * mm
    note_size = 8.5
    width = setup.content_width - note_size  # room for punctuation hanging at a line's end
    for number, line in enumerate(wrap_text(NOTE, width, note_size, form.font, 2)):
        form.text(line, setup.left, line_y - 8 * mm - number * 4.2 * mm, note_size, gray=SOFT_INK)

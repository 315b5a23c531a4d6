"""The printed forms of recruitment (发展团员): the three 公示 notices, the 入团积极分子培养考察
登记表, the 支部大会 secret ballot and its 决议, and the 拟发展团员名单 for the 上级团委.

Notices go on a notice board: names, 性别, 年龄 and 单位 only. The ballot carries no voter
name. Only the list for the 上级团委 carries ID numbers (it is asked for them; its columns are
``core.recruit_list``'s, shared with the workbook).
Each renderer takes plain objects (see the Protocols) so it does not depend on the services.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from leaguedesk.core.recruit_list import COLUMNS, Listed, Recruit, list_rows
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
from leaguedesk.printing.table import Column, Row, TableStyle, draw_table, fitted_columns

TITLE_SIZE = 18.0
BODY_SIZE = 12.0
LEADING = 7.2 * mm

NOTICE_TITLES = {
    1: "关于确定入团积极分子的公示",
    2: "关于发展对象的公示",
    3: "关于接收新团员的公示",
}
_NOTICE_BODIES = {
    1: "经团支部研究决定，拟确定以下{n}名同志为入团积极分子，现予公示。",
    2: "经团支部委员会研究、上级团委预审，拟将以下{n}名同志列为发展对象，现予公示。",
    3: "经支部大会讨论通过、上级团委批准，以下{n}名同志被接收为中国共产主义青年团团员，现予公示。",
}
OBJECTIONS = (
    "公示期间，如对公示对象有意见或建议，可通过来电、来信或当面反映等方式向团支部反映。"
    "反映情况应实事求是，以个人名义反映的请署真实姓名，团支部将对反映人严格保密。"
)


@dataclass(frozen=True)
class NoticeSpec:
    notice: int  # 1 activists, 2 发展对象, 3 new members
    branch: str
    start: dt.date
    end: dt.date | None  # None: printed as a blank to fill in
    days: int
    contact: str = ""
    issued_on: dt.date | None = None

    @property
    def title(self) -> str:
        return NOTICE_TITLES[self.notice]


def paragraph(
    form: Form,
    text: str,
    x: float,
    y: float,
    width: float,
    *,
    size: float = BODY_SIZE,
    leading: float = LEADING,
    indent: bool = True,
    gray: float = 0.0,
) -> float:
    """Wrapped text (first line indented two characters); returns the y below it."""
    for line, offset in indented_lines(form, text, width, size, indent=indent):
        form.text(line, x + offset, y, size, gray=gray)
        y -= leading
    return y


def indented_lines(
    form: Form, text: str, width: float, size: float, *, indent: bool = True
) -> list[tuple[str, float]]:
    """Lines of a paragraph with the x offset of each (two characters on the first line).

    wrap_text folds all whitespace, so the indent is held by two placeholder characters of
    the same width and turned into an offset afterwards.
    """
    placeholder = "国国" if indent else ""
    lines = wrap_text(placeholder + text, width - size * 0.6, size, form.font, 40)
    if not lines:
        return []
    shift = stringWidth(placeholder, form.font, size)
    return [(lines[0][len(placeholder) :], shift)] + [(line, 0.0) for line in lines[1:]]


def _age(value: int | None) -> str:
    return "" if value is None else str(value)


def render_notice(spec: NoticeSpec, people: Sequence[Listed], out_path: Path | str) -> PrintResult:
    """One 公示: title, what it announces, the list, the period, how to object, the issuer."""
    setup = PageSetup(margin_top=18 * mm)
    issued = spec.issued_on or spec.start
    width = setup.content_width
    columns = fitted_columns(
        (
            ("序号", 14, "center"),
            ("姓名", 30, "center"),
            ("性别", 16, "center"),
            ("年龄", 16, "center"),
            ("学习工作单位", 0, "left"),
        ),
        width,
    )
    rows: list[Row] = [
        (str(n), p.name, p.sex, _age(p.age), p.unit) for n, p in enumerate(people, 1)
    ]
    footer = Footer(spec.branch, dt.date.today(), spec.title)

    def start_page(form: Form, index: int) -> float:
        y = setup.top - 8 * mm
        centre = (setup.left + setup.right) / 2
        if index:
            form.text(f"{spec.title}（续）", setup.left, y, 12, bold=True)
            return y - 5 * mm
        form.text(spec.title, centre, y, 20, align="center", width=width, min_size=14, bold=True)
        y -= 16 * mm
        body = _NOTICE_BODIES[spec.notice].format(n=len(people))
        return paragraph(form, body, setup.left, y, width) - 1 * mm

    with open_form(out_path, setup, footer, title=spec.title) as form:
        y = draw_table(
            form,
            columns,
            rows,
            start_page=start_page,
            style=TableStyle(row_height=9.5 * mm, font_size=12),
            tail_height=95 * mm,
        )
        y -= 11 * mm
        end = chinese_date(spec.end) if spec.end else "　　　　年　　月　　日"
        period = f"公示期：{chinese_date(spec.start)}至{end}（{spec.days}个工作日）。"
        y = paragraph(form, period, setup.left, y, width)
        y = paragraph(form, OBJECTIONS, setup.left, y, width)
        label = "联系人及电话："
        x = setup.left + stringWidth("国国", form.font, BODY_SIZE)
        form.text(label, x, y, BODY_SIZE)
        x += stringWidth(label, form.font, BODY_SIZE)
        if spec.contact:
            form.text(spec.contact, x, y, BODY_SIZE, width=setup.right - x, min_size=9)
        else:
            _rule(form, x, y, x + 70 * mm)
        y -= 22 * mm
        form.text(
            spec.branch, setup.right, y, BODY_SIZE + 1, align="right", width=width * 0.6, min_size=9
        )
        form.text(chinese_date(issued), setup.right, y - 9 * mm, BODY_SIZE + 1, align="right")
        pages = form.pages
    return PrintResult(Path(out_path), pages)


def _rule(form: Form, x1: float, y: float, x2: float) -> None:
    canvas = form.canvas
    canvas.saveState()
    canvas.setLineWidth(0.5)
    canvas.line(x1, y - 1.6 * mm, x2, y - 1.6 * mm)
    canvas.restoreState()


# ---------------------------------------------------------------------------------- 登记表


class Lesson(Protocol):
    @property
    def day(self) -> str: ...
    @property
    def topic(self) -> str: ...
    @property
    def hours(self) -> float: ...


class ActivistFacts(Protocol):
    """What the 登记表 prints (services.recruitment_board.ActivistRecord)."""

    @property
    def applicant(self): ...  # type: ignore[no-untyped-def]
    @property
    def branch(self) -> str: ...
    @property
    def applied_on(self) -> dt.date | None: ...
    @property
    def talked_on(self) -> dt.date | None: ...
    @property
    def talkers(self) -> list[str]: ...
    @property
    def activist_on(self) -> dt.date | None: ...
    @property
    def contacts(self) -> list[str]: ...
    @property
    def lessons(self) -> Sequence[Lesson]: ...
    @property
    def hours(self) -> float: ...


def _day(day: dt.date | None) -> str:
    return chinese_date(day) if day else ""


def _hours(value: float) -> str:
    return f"{value:g}"


def _year_month(text: str | None) -> str:
    parts = (text or "").split("-")
    return f"{parts[0]}年{int(parts[1])}月" if len(parts) >= 2 and parts[1].isdigit() else ""


class _Grid:
    """A ruled form laid out as rows of label and value cells (the way 登记表 are printed)."""

    def __init__(self, form: Form, top: float):
        self.form = form
        self.y = top
        self.left = form.setup.left
        self.width = form.setup.content_width

    def row(
        self, cells: Sequence[tuple[str, float, bool]], height: float = 10 * mm, size: float = 10.5
    ) -> None:
        """Cells as (text, share of the width, is a label); labels are shaded and centred."""
        x = self.left
        for text, share, label in cells:
            w = self.width * share
            self.form.ruled_box(x, self.y - height, w, height, shade=0.93 if label else None)
            if text:
                middle = self.y - height / 2 - size * 0.36
                if label:
                    lines = text.split("\n")
                    leading = size * 1.15
                    first = middle + (len(lines) - 1) * leading / 2
                    for n, line in enumerate(lines):
                        self.form.text(
                            line,
                            x + w / 2,
                            first - n * leading,
                            size,
                            align="center",
                            width=w - 2 * mm,
                            min_size=7,
                        )
                else:
                    self.form.text(text, x + 2 * mm, middle, size, width=w - 4 * mm, min_size=7)
            x += w
        self.y -= height

    def box(
        self, label: str, height: float, lines: Sequence[str] = (), signature: str = ""
    ) -> None:
        """A tall cell with the label on the left, text or blank lines, a signature line."""
        form = self.form
        label_w = self.width * 0.16
        form.ruled_box(self.left, self.y - height, label_w, height, shade=0.93)
        form.ruled_box(self.left + label_w, self.y - height, self.width - label_w, height)
        chars = list(label)
        step = min(6 * mm, (height - 6 * mm) / max(1, len(chars)))
        first = self.y - height / 2 + (len(chars) - 1) * step / 2 - 3.8
        for n, char in enumerate(chars):  # the label runs down the cell
            form.text(char, self.left + label_w / 2, first - n * step, 10.5, align="center")
        x = self.left + label_w + 3 * mm
        y = self.y - 8 * mm
        for line in lines:
            form.text(line, x, y, 10, width=self.width - label_w - 6 * mm, min_size=7)
            y -= 6.5 * mm
        if signature:
            form.text(
                signature,
                self.left + self.width - 3 * mm,
                self.y - height + 5 * mm,
                10.5,
                align="right",
            )
        self.y -= height


def render_activist_records(records: Sequence[ActivistFacts], out_path: Path | str) -> PrintResult:
    """入团积极分子培养考察登记表: one page per applicant."""
    setup = PageSetup(margin_top=14 * mm)
    branch = records[0].branch if records else ""
    footer = Footer(branch, dt.date.today(), "入团积极分子培养考察登记表")
    with open_form(out_path, setup, footer, title="入团积极分子培养考察登记表") as form:
        for record in records:
            _activist_page(form, record)
        pages = form.pages
    return PrintResult(Path(out_path), pages)


def _activist_page(form: Form, r: ActivistFacts) -> None:
    setup = form.setup
    a = r.applicant
    y = form.new_page() - 8 * mm
    form.text(
        "入团积极分子培养考察登记表",
        (setup.left + setup.right) / 2,
        y,
        TITLE_SIZE,
        align="center",
        bold=True,
    )
    y -= 10 * mm
    form.text(
        f"团支部：{r.branch}", setup.left, y, 10.5, width=setup.content_width * 0.7, min_size=8
    )
    form.text("编号：", setup.right - 40 * mm, y, 10.5)
    grid = _Grid(form, y - 3 * mm)
    grid.row(
        [
            ("姓名", 0.13, True),
            (a.name, 0.2, False),
            ("性别", 0.1, True),
            (a.sex, 0.12, False),
            ("出生年月", 0.13, True),
            (_year_month(a.birth_date), 0.32, False),
        ]
    )
    grid.row(
        [
            ("民族", 0.13, True),
            (a.ethnicity, 0.2, False),
            ("学历", 0.1, True),
            (a.fulltime_education or a.highest_education, 0.12, False),
            ("联系电话", 0.13, True),
            (a.phone, 0.32, False),
        ]
    )
    grid.row([("学习工作单位", 0.13, True), (a.workplace, 0.87, False)])
    grid.row(
        [
            ("申请入团时间", 0.13, True),
            (_day(r.applied_on), 0.2, False),
            ("谈话时间", 0.1, True),
            (_day(r.talked_on), 0.24, False),
            ("谈话人", 0.1, True),
            ("、".join(r.talkers), 0.23, False),
        ]
    )
    grid.row(
        [
            ("确定为入团\n积极分子时间", 0.13, True),
            (_day(r.activist_on), 0.2, False),
            ("培养联系人", 0.1, True),
            ("、".join(r.contacts), 0.57, False),
        ]
    )
    grid.row([("团课学习", 1.0, True)], height=8 * mm)
    grid.row([("日期", 0.2, True), ("内容", 0.65, True), ("学时", 0.15, True)], height=8 * mm)
    lessons = list(r.lessons)
    for lesson in lessons[:6]:
        grid.row(
            [
                (lesson.day, 0.2, False),
                (lesson.topic, 0.65, False),
                (_hours(lesson.hours), 0.15, False),
            ],
            height=7.5 * mm,
            size=10,
        )
    for _ in range(max(0, 3 - len(lessons))):
        grid.row([("", 0.2, False), ("", 0.65, False), ("", 0.15, False)], height=7.5 * mm)
    grid.row([("合计", 0.2, True), (f"共{_hours(r.hours)}学时", 0.8, False)], height=8 * mm)
    bottom = setup.bottom + 2 * mm
    room = grid.y - bottom
    grid.box(
        "培养考察情况", room * 0.42, signature="培养联系人（签字）：　　　　　　　年　　月　　日"
    )
    grid.box("培养联系人意见", room * 0.29, signature="签字：　　　　　　　年　　月　　日")
    grid.box(
        "团支部意见",
        room * 0.29,
        signature="团支部书记（签字）：　　　　　　（盖章）　　年　　月　　日",
    )


# ---------------------------------------------------------------------------------- ballot


class Named(Protocol):
    @property
    def name(self) -> str: ...


@dataclass(frozen=True)
class BallotSpec:
    branch: str
    meeting_date: dt.date | None = None
    copies: int = 1


BALLOT_NOTE = (
    "说明：1. 本票为无记名投票，请勿填写投票人姓名。2. 对每名发展对象在“同意”“不同意”"
    "“弃权”中只能选择一项，在对应方框内划“√”。"
)


def render_ballots(
    spec: BallotSpec, candidates: Sequence[Named], out_path: Path | str
) -> PrintResult:
    """支部大会 secret ballots: one row per candidate, as many ballots per page as fit,
    separated by dashed cutting lines; ``spec.copies`` ballots in all (one per voter)."""
    setup = PageSetup(margin_top=10 * mm, margin_bottom=16 * mm)
    row_h = 9 * mm
    height = 24 * mm + row_h * (len(candidates) + 1) + 12 * mm
    gap = 8 * mm
    per_page = max(1, int((setup.top - setup.bottom + gap) // (height + gap)))
    footer = Footer(spec.branch, dt.date.today(), "发展团员表决票")
    with open_form(out_path, setup, footer, title="发展团员表决票") as form:
        for copy in range(max(1, spec.copies)):
            slot = copy % per_page
            if slot == 0:
                top = form.new_page()
            else:
                cut = top - slot * (height + gap) + gap / 2
                _cut_line(form, cut)
            _ballot(form, spec, candidates, top - slot * (height + gap), row_h)
        pages = form.pages
    return PrintResult(Path(out_path), pages)


def _cut_line(form: Form, y: float) -> None:
    canvas = form.canvas
    canvas.saveState()
    canvas.setDash(3, 3)
    canvas.setLineWidth(0.4)
    canvas.setStrokeGray(SOFT_INK)
    canvas.line(form.setup.left - 8 * mm, y, form.setup.right + 8 * mm, y)
    canvas.restoreState()


def _ballot(
    form: Form, spec: BallotSpec, candidates: Sequence[Named], top: float, row_h: float
) -> None:
    setup = form.setup
    centre = (setup.left + setup.right) / 2
    y = top - 7 * mm
    form.text(spec.branch, centre, y, 12, align="center", width=setup.content_width, min_size=8)
    y -= 8 * mm
    form.text("支部大会发展团员表决票", centre, y, 16, align="center", bold=True)
    day = chinese_date(spec.meeting_date) if spec.meeting_date else "　　　　年　　月　　日"
    form.text(day, setup.right, y, 10.5, align="right")
    y -= 5 * mm
    widths = (14 * mm, 0.0, 28 * mm, 28 * mm, 28 * mm)
    name_w = setup.content_width - sum(widths)
    columns = [
        ("序号", 14 * mm),
        ("发展对象姓名", name_w),
        ("同意", 28 * mm),
        ("不同意", 28 * mm),
        ("弃权", 28 * mm),
    ]
    canvas = form.canvas
    rows = [[title for title, _ in columns]] + [
        [str(n), c.name, "□", "□", "□"] for n, c in enumerate(candidates, 1)
    ]
    for number, cells in enumerate(rows):
        x = setup.left
        for (_title, w), cell in zip(columns, cells, strict=True):
            form.ruled_box(x, y - row_h, w, row_h, shade=0.92 if number == 0 else None)
            middle = y - row_h / 2
            if cell == "□":
                canvas.saveState()
                canvas.setLineWidth(0.8)
                canvas.rect(x + w / 2 - 2.4 * mm, middle - 2.4 * mm, 4.8 * mm, 4.8 * mm)
                canvas.restoreState()
            else:
                form.text(
                    cell,
                    x + w / 2,
                    middle - 11 * 0.36,
                    11,
                    align="center",
                    width=w - 2 * mm,
                    min_size=7,
                    bold=number == 0,
                )
            x += w
        y -= row_h
    y -= 5 * mm
    for line in wrap_text(BALLOT_NOTE, setup.content_width - 5, 8.5, form.font, 2):
        form.text(line, setup.left, y, 8.5, gray=SOFT_INK)
        y -= 4.2 * mm


# ---------------------------------------------------------------------------------- 决议


class Decided(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def date(self) -> dt.date: ...
    @property
    def expected(self) -> int: ...
    @property
    def present(self) -> int: ...
    @property
    def yes(self) -> int: ...
    @property
    def no(self) -> int: ...
    @property
    def abstain(self) -> int: ...
    @property
    def passed(self) -> bool: ...


def resolution_text(branch: str, r: Decided) -> str:
    """The wording of the 支部大会 决议 on one candidate, with 应到/实到/赞成/反对/弃权."""
    head = (
        f"{chinese_date(r.date)}，{branch}召开支部大会，讨论{r.name}同志的入团申请。"
        f"应到会有表决权的团员{r.expected}名，实到{r.present}名，超过应到人数的半数。"
        f"会议听取了{r.name}同志的情况介绍和入团介绍人的意见，经无记名投票表决，"
        f"赞成{r.yes}票，反对{r.no}票，弃权{r.abstain}票。"
    )
    if r.passed:
        return head + (
            f"赞成票超过实到会有表决权团员的半数，会议同意接收{r.name}同志为"
            "中国共产主义青年团团员，报上级团委审批。"
        )
    return head + f"赞成票未超过实到会有表决权团员的半数，{r.name}同志的入团申请未获通过。"


def render_resolutions(
    branch: str, decided: Sequence[Decided], out_path: Path | str
) -> PrintResult:
    """The 决议 of a 支部大会 on each candidate, with room for the secretary's signature."""
    setup = PageSetup(margin_top=16 * mm)
    footer = Footer(branch, dt.date.today(), "支部大会决议")
    width = setup.content_width
    with open_form(out_path, setup, footer, title="支部大会决议") as form:
        y = setup.bottom - 1
        for r in decided:
            lines = indented_lines(form, resolution_text(branch, r), width, BODY_SIZE)
            needed = 14 * mm + len(lines) * LEADING + 26 * mm
            if y - needed < setup.bottom:
                y = form.new_page() - 8 * mm
            title = f"{branch}关于接收{r.name}同志入团的决议"
            form.text(
                title,
                (setup.left + setup.right) / 2,
                y,
                15,
                align="center",
                width=width,
                min_size=10,
                bold=True,
            )
            y -= 12 * mm
            for line, offset in lines:
                form.text(line, setup.left + offset, y, BODY_SIZE)
                y -= LEADING
            y -= 6 * mm
            form.text("团支部书记（签字）：", setup.left + width * 0.45, y, BODY_SIZE)
            y -= 9 * mm
            form.text(chinese_date(r.date), setup.right, y, BODY_SIZE, align="right")
            y -= 18 * mm
        pages = form.pages
    return PrintResult(Path(out_path), pages)


# ---------------------------------------------------------------------------------- 名单


def render_recruit_list(
    branch: str,
    recruits: Sequence[Recruit],
    out_path: Path | str,
    *,
    printed_on: dt.date | None = None,
) -> PrintResult:
    """拟发展团员名单 for the 上级团委: 姓名, 性别, 年龄, 单位 and the full 公民身份号码."""
    setup = PageSetup()
    day = printed_on or dt.date.today()
    width = setup.content_width
    widths = (13 * mm, 25 * mm, 13 * mm, 13 * mm, width - 112 * mm, 48 * mm)
    columns = [
        Column(title, w, "left" if title == "学习工作单位" else "center")
        for title, w in zip(COLUMNS, widths, strict=True)
    ]
    rows: list[Row] = [
        (str(n), name, sex, _age(age), unit, id_number)
        for n, name, sex, age, unit, id_number in list_rows(recruits)
    ]
    title = f"{branch}拟发展团员名单"
    footer = Footer(branch, day, "拟发展团员名单")

    def start_page(form: Form, index: int) -> float:
        y = setup.top - 7 * mm
        if index:
            form.text(f"{title}（续）", setup.left, y, 11.5, bold=True)
            return y - 4.5 * mm
        form.text(
            title,
            (setup.left + setup.right) / 2,
            y,
            TITLE_SIZE,
            align="center",
            width=width,
            min_size=12,
            bold=True,
        )
        y -= 10 * mm
        form.text(f"共 {len(recruits)} 人", setup.left, y, 10.5)
        form.text(f"填报日期：{chinese_date(day)}", setup.right, y, 10.5, align="right")
        return y - 3.5 * mm

    with open_form(out_path, setup, footer, title=title) as form:
        y = draw_table(
            form,
            columns,
            rows,
            start_page=start_page,
            style=TableStyle(font_size=10.5),
            tail_height=20 * mm,
        )
        y -= 12 * mm
        form.text("团支部（盖章）", setup.left + 2 * mm, y, 11)
        form.text("团支部书记（签字）：", setup.left + width * 0.5, y, 11)
        pages = form.pages
    return PrintResult(Path(out_path), pages)

"""Ruled tables laid out page by page, with the header row repeated on every page.

Rows have a fixed height, so a page's rows are known without measuring the rest of the table:
10,000 rows cost the same per row as 10 (a single platypus Table re-splits everything that is
left on each page and slows down with the square of the length). A row never splits across
pages; cell text is shrunk step by step to its column and cut with … only as a last resort.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from leaguedesk.printing.layout import ELLIPSIS, Align, Form, fit_text, wrap_text


@dataclass(frozen=True)
class Column:
    title: str  # "\n" breaks a header into lines
    width: float
    align: Align = "left"


def fitted_columns(spec: Sequence[tuple[str, float, Align]], width: float) -> list[Column]:
    """Columns from (title, width in mm, align); the one of width 0 takes what the others leave
    of ``width`` (the page's content width)."""
    rest = width - sum(w for _, w, _ in spec) * mm
    return [Column(title, w * mm if w else rest, align) for title, w, align in spec]


@dataclass(frozen=True)
class Band:
    """A row across the whole table: a 团小组 heading. It stays on the page of the row after it."""

    text: str


@dataclass(frozen=True)
class Emphasis:
    """An ordinary row drawn shaded with heavier text (a total row)."""

    cells: Sequence[str]


Row = Sequence[str] | Band | Emphasis


@dataclass(frozen=True)
class TableStyle:
    row_height: float = 9 * mm
    header_height: float = 9 * mm
    band_height: float = 7 * mm
    font_size: float = 11
    min_font_size: float = 7
    two_line_below: float = 8.5  # a cell whose one line would be smaller wraps into two
    header_font_size: float = 10.5
    padding: float = 1.6 * mm
    grid_width: float = 0.45
    frame_width: float = 1.0
    header_shade: float = 0.90
    band_shade: float = 0.95


def _height(row: Row, style: TableStyle) -> float:
    return style.band_height if isinstance(row, Band) else style.row_height


def draw_table(
    form: Form,
    columns: Sequence[Column],
    rows: Sequence[Row],
    *,
    start_page: Callable[[Form, int], float],
    style: TableStyle | None = None,
    tail_height: float = 0.0,
    keep_together: int = 1,
) -> float:
    """Draw ``rows`` under a header row, starting a new page whenever the next row won't fit.

    ``start_page(form, index)`` draws what stands above the table on page ``index`` (0 first)
    and returns where the table starts. ``tail_height`` is space kept below the last row for
    what follows it (totals, signatures) so it never sits alone on a page; the last
    ``keep_together`` rows go with it (so a total row is not orphaned). Returns the y below
    the last row.
    """
    style = style or TableStyle()
    final = max(0, len(rows) - max(1, keep_together))
    final_height = sum(_height(row, style) for row in rows[final:]) + tail_height
    bottom = form.setup.bottom
    index = 0
    page = 0
    band: Band | None = None  # the group heading the rows currently run under
    while True:
        form.new_page()
        top = start_page(form, page)
        y = _draw_header(form, columns, top, style)
        placed: list[tuple[float, float, Row]] = []  # (top, bottom, row)
        has_rows = False  # every page takes at least one row, however tall
        if band is not None and index < len(rows) and not isinstance(rows[index], Band):
            # A group running on from the last page gets its heading again.
            placed.append((y, y - style.band_height, Band(f"{band.text}（续）")))
            y -= style.band_height
        while index < len(rows):
            row = rows[index]
            height = _height(row, style)
            needed = height
            if isinstance(row, Band) and index + 1 < len(rows):
                needed += _height(rows[index + 1], style)
            if index == final:
                needed = max(needed, final_height)
            if has_rows and y - needed < bottom:
                break
            if isinstance(row, Band):
                band = row
            else:
                has_rows = True
            placed.append((y, y - height, row))
            y -= height
            index += 1
        _draw_rows(form, columns, placed, style)
        _draw_grid(form, columns, top, y, placed, style)
        page += 1
        if index >= len(rows):
            return y


def _draw_header(form: Form, columns: Sequence[Column], top: float, style: TableStyle) -> float:
    canvas = form.canvas
    left = form.setup.left
    width = sum(c.width for c in columns)
    canvas.saveState()
    canvas.setFillGray(style.header_shade)
    canvas.rect(left, top - style.header_height, width, style.header_height, stroke=0, fill=1)
    canvas.restoreState()
    x = left
    size = style.header_font_size
    for column in columns:
        lines = column.title.split("\n")
        leading = size * 1.25
        first = top - style.header_height / 2 + (len(lines) - 1) * leading / 2 - size * 0.36
        for number, line in enumerate(lines):
            form.text(
                line,
                x + column.width / 2,
                first - number * leading,
                size,
                align="center",
                width=column.width - 2 * style.padding,
                min_size=style.min_font_size,
                bold=True,
            )
        x += column.width
    return top - style.header_height


def _draw_rows(
    form: Form,
    columns: Sequence[Column],
    placed: Sequence[tuple[float, float, Row]],
    style: TableStyle,
) -> None:
    canvas = form.canvas
    left = form.setup.left
    width = sum(c.width for c in columns)
    font = form.font
    pad = style.padding
    lefts = [left + sum(c.width for c in columns[:i]) for i in range(len(columns))]
    for top, bottom, row in placed:
        if isinstance(row, Band):
            canvas.saveState()
            canvas.setFillGray(style.band_shade)
            canvas.rect(left, bottom, width, top - bottom, stroke=0, fill=1)
            canvas.restoreState()
            size = style.font_size - 0.5
            form.text(
                row.text,
                left + pad + 1 * mm,
                (top + bottom) / 2 - size * 0.36,
                size,
                width=width - 2 * pad,
                min_size=style.min_font_size,
                bold=True,
            )
            continue
        bold = isinstance(row, Emphasis)
        cells = row.cells if isinstance(row, Emphasis) else row
        if bold:
            canvas.saveState()
            canvas.setFillGray(style.band_shade)
            canvas.rect(left, bottom, width, top - bottom, stroke=0, fill=1)
            canvas.restoreState()
        size = style.font_size
        for column, x, cell in zip(columns, lefts, cells, strict=False):
            if cell:
                inner = column.width - 2 * pad
                anchor = {"center": x + column.width / 2, "right": x + column.width - pad}.get(
                    column.align, x + pad
                )
                full = stringWidth(cell, font, size)
                if full <= inner and not bold:  # the common case: one line at full size
                    if column.align != "left":
                        anchor -= full / 2 if column.align == "center" else full
                    form.plain_text(cell, anchor, (top + bottom) / 2 - size * 0.36, size)
                    continue
                lines, used = [cell], size
                if full > inner:
                    lines, used = _fit_cell(cell, inner, top - bottom, style, font)
                leading = used * 1.2
                first = (top + bottom) / 2 + (len(lines) - 1) * leading / 2 - used * 0.36
                for number, line in enumerate(lines):
                    form.text(
                        line, anchor, first - number * leading, used, align=column.align, bold=bold
                    )


def _fit_cell(
    text: str, width: float, height: float, style: TableStyle, font: str
) -> tuple[list[str], float]:
    """One line shrunk to fit; when that gets too small, two lines (split at · in a name)."""
    line, size = fit_text(text, width, style.font_size, style.min_font_size, font)
    if size >= style.two_line_below and not line.endswith(ELLIPSIS):
        return [line], size
    step = min(style.font_size, int((height - 1) / 2.4 * 2) / 2)  # two lines must fit the row
    while step >= style.min_font_size:
        if "·" in text:
            head, _, tail = text.partition("·")
            lines = [head + "·", tail]
        else:
            lines = wrap_text(text, width, step, font, 2)
        if all(stringWidth(part, font, step) <= width for part in lines) and not lines[-1].endswith(
            ELLIPSIS
        ):
            return lines, step
        step -= 0.5
    return [line], size


def _draw_grid(
    form: Form,
    columns: Sequence[Column],
    top: float,
    bottom: float,
    placed: Sequence[tuple[float, float, Row]],
    style: TableStyle,
) -> None:
    """Rules for one page: thin inner lines, a heavier frame and line under the header."""
    canvas = form.canvas
    left = form.setup.left
    right = left + sum(c.width for c in columns)
    header_bottom = top - style.header_height
    canvas.saveState()
    canvas.setLineWidth(style.grid_width)
    horizontals = [(left, row_bottom, right, row_bottom) for _, row_bottom, _ in placed[:-1]]
    # Column rules run through ordinary rows and stop at bands.
    verticals: list[tuple[float, float, float, float]] = []
    inner_xs = []
    x = left
    for column in columns[:-1]:
        x += column.width
        inner_xs.append(x)
    run_top = top
    for row_top, row_bottom, row in placed:
        if isinstance(row, Band):
            if run_top > row_top:
                verticals.extend((vx, run_top, vx, row_top) for vx in inner_xs)
            run_top = row_bottom
    if run_top > bottom:
        verticals.extend((vx, run_top, vx, bottom) for vx in inner_xs)
    _stroke(canvas, horizontals + verticals)
    canvas.setLineWidth(style.frame_width * 0.8)
    canvas.line(left, header_bottom, right, header_bottom)
    canvas.setLineWidth(style.frame_width)
    canvas.rect(left, bottom, right - left, top - bottom, stroke=1, fill=0)
    canvas.restoreState()


def _stroke(canvas: Canvas, lines: Sequence[tuple[float, float, float, float]]) -> None:
    """Stroke many straight lines as one path (canvas.lines, minus per-number formatting)."""
    if lines:
        path = " ".join(f"{x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l" for x1, y1, x2, y2 in lines)
        canvas._code.append(f"{path} S")

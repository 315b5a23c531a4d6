"""Forms that run down the page: ruled rows of label and value cells, headings, paragraphs and
small tables, breaking onto new pages where needed.

Used by the minutes (会议记录) and the year's ledger (台账), whose rows vary in height (a list of
names, a speaker's points). A row that does not fit moves to the next page whole unless it is
large, in which case its lines continue there; a table's header row is repeated after a break.
Long plain lists with fixed-height rows (sign-in sheets) use ``printing.table`` instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from leaguedesk.printing.layout import Align, Form, wrap_text

LABEL_SHADE = 0.93
HEADER_SHADE = 0.88
PAD_X = 1.8 * mm
PAD_Y = 1.6 * mm
MAX_LINES = 100_000


@dataclass(frozen=True)
class Cell:
    text: str
    width: float
    label: bool = False  # shaded, bold and centred: 会议类型, 主持人 ...
    align: Align = "left"
    bold: bool = False
    shade: float | None = None  # grey fill (1 = white); labels default to LABEL_SHADE


def wrap_lines(text: str, width: float, size: float, font: str) -> list[str]:
    """``text`` broken into lines of ``width``, keeping its own line breaks."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(wrap_text(paragraph, width, size, font, MAX_LINES) or [""])
    return lines or [""]


class Flow:
    """Draws downwards from ``y``; ``later_head(form)`` draws the top of each following page and
    returns where content starts there."""

    def __init__(self, form: Form, later_head: Callable[[Form], float]):
        self.form = form
        self.later_head = later_head
        self.y = form.setup.top
        self.repeat: Sequence[Cell] | None = None  # a table header to redraw after a break
        self.repeat_size = 10.0

    # Pages ----------------------------------------------------------------------------------
    def begin(self, first_head: Callable[[Form], float]) -> None:
        self.form.new_page()
        self.y = first_head(self.form)

    @property
    def room(self) -> float:
        return self.y - self.form.setup.bottom

    @property
    def page_height(self) -> float:
        """Room on a fresh continuation page (an estimate: the head is a line or two)."""
        return self.form.setup.top - self.form.setup.bottom - 12 * mm

    def new_page(self) -> None:
        self.form.new_page()
        self.y = self.later_head(self.form)
        if self.repeat is not None:
            self._draw_row(
                self.repeat,
                [[c.text] for c in self.repeat],
                self._height(1, self.repeat_size, 8 * mm),
                self.repeat_size,
                header=True,
            )

    def need(self, height: float) -> None:
        """Start a new page unless ``height`` fits below ``y``."""
        if height > self.room:
            self.new_page()

    def space(self, height: float) -> None:
        self.y -= height

    # Text -----------------------------------------------------------------------------------
    def heading(self, text: str, *, size: float = 12.5, keep: float = 20 * mm) -> None:
        """A section heading, kept on the page of what follows it (``keep``)."""
        self.need(size * 1.8 + keep)
        self.y -= size * 1.2
        self.form.text(text, self.form.setup.left, self.y, size, bold=True)
        self.y -= size * 0.7

    def paragraph(
        self,
        text: str,
        *,
        size: float = 11,
        indent: float = 0,
        leading: float | None = None,
        gray: float = 0.0,
    ) -> None:
        """Wrapped text (its own line breaks kept), continuing on the next page as needed."""
        leading = leading or size * 1.55
        left = self.form.setup.left + indent
        width = self.form.setup.right - left
        for line in wrap_lines(text, width - size, size, self.form.font):
            self.need(leading)
            self.y -= leading
            if line:
                self.form.text(line, left, self.y + leading * 0.3, size, gray=gray)

    # Ruled rows -----------------------------------------------------------------------------
    def _wrapped(self, cell: Cell, size: float) -> list[str]:
        return wrap_lines(cell.text, cell.width - 2 * PAD_X, size, self.form.font)

    @staticmethod
    def _height(lines: int, size: float, min_height: float) -> float:
        return max(min_height, lines * size * 1.4 + 2 * PAD_Y)

    def row(
        self, cells: Sequence[Cell], *, size: float = 10.5, min_height: float = 8.5 * mm
    ) -> None:
        """One ruled row of cells side by side from the left margin."""
        wrapped = [self._wrapped(cell, size) for cell in cells]
        lines = max(len(w) for w in wrapped)
        height = self._height(lines, size, min_height)
        if height <= self.room:
            self._draw_row(cells, wrapped, height, size)
            return
        if height <= self.page_height / 3 or self.room < self._height(3, size, min_height):
            self.new_page()
            if height <= self.room:
                self._draw_row(cells, wrapped, height, size)
                return
        # A large row (a long list of names): as many lines as fit here, the rest overleaf.
        fit = max(1, int((self.room - 2 * PAD_Y) // (size * 1.4)))
        head = [w[:fit] for w in wrapped]
        tail = [w[fit:] for w in wrapped]
        self._draw_row(cells, head, self._height(max(len(h) for h in head), size, min_height), size)
        rest = [
            Cell(
                "\n".join(t) if not c.label else c.text, c.width, c.label, c.align, c.bold, c.shade
            )
            for c, t in zip(cells, tail, strict=True)
        ]
        self.new_page()
        self.row(rest, size=size, min_height=min_height)

    def _draw_row(
        self,
        cells: Sequence[Cell],
        wrapped: Sequence[list[str]],
        height: float,
        size: float,
        *,
        header: bool = False,
    ) -> None:
        form = self.form
        top, bottom = self.y, self.y - height
        x = form.setup.left
        leading = size * 1.4
        for cell, lines in zip(cells, wrapped, strict=True):
            shade = (
                cell.shade
                if cell.shade is not None
                else (HEADER_SHADE if header else LABEL_SHADE if cell.label else None)
            )
            form.ruled_box(x, bottom, cell.width, height, shade=shade, line_width=0.5)
            align: Align = "center" if (cell.label or header) else cell.align
            anchor = {"center": x + cell.width / 2, "right": x + cell.width - PAD_X}.get(
                align, x + PAD_X
            )
            first = (top + bottom) / 2 + (len(lines) - 1) * leading / 2 - size * 0.36
            for number, line in enumerate(lines):
                if line:
                    form.text(
                        line,
                        anchor,
                        first - number * leading,
                        size,
                        align=align,
                        width=cell.width - 2 * PAD_X,
                        min_size=size - 2,
                        bold=cell.bold or cell.label or header,
                    )
            x += cell.width
        self.y = bottom

    def table(
        self,
        header: Sequence[Cell],
        rows: Sequence[Sequence[Cell]],
        *,
        size: float = 10,
        header_size: float = 10,
        min_height: float = 7.5 * mm,
    ) -> None:
        """A header row and body rows; the header comes again at the top of each new page."""
        header_height = self._height(1, header_size, 8 * mm)
        self.need(header_height + (self._height(1, size, min_height) if rows else 0))
        # Header cells stay on one line, shrunk to fit their column if need be.
        self._draw_row(header, [[c.text] for c in header], header_height, header_size, header=True)
        self.repeat, self.repeat_size = header, header_size
        try:
            for cells in rows:
                self.row(cells, size=size, min_height=min_height)
        finally:
            self.repeat = None

    # Signatures -----------------------------------------------------------------------------
    def signatures(
        self, labels: Sequence[str], *, size: float = 11.5, line_width: float = 38 * mm
    ) -> None:
        """``主持人（签名）：_____`` side by side, and a date line under each."""
        form = self.form
        self.need(26 * mm)
        self.y -= 12 * mm
        column = form.setup.content_width / len(labels)
        for number, label in enumerate(labels):
            x = form.setup.left + number * column
            form.text(f"{label}：", x, self.y, size)
            start = x + stringWidth(f"{label}：", form.font, size) + 1 * mm
            canvas = form.canvas
            canvas.saveState()
            canvas.setLineWidth(0.6)
            canvas.line(
                start,
                self.y - 1.5 * mm,
                min(start + line_width, x + column - 6 * mm),
                self.y - 1.5 * mm,
            )
            canvas.restoreState()
            form.text(
                "年　　月　　日",
                start + line_width - 1 * mm,
                self.y - 9 * mm,
                size - 1,
                align="right",
            )
        self.y -= 14 * mm

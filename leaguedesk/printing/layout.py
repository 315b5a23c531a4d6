"""The page framework all printed forms share: A4 pages, margins, footer, page x / y, fitting.

A form is drawn on a canvas that holds each finished page back until the last one, so every
footer can say "第 x 页 / 共 y 页". The file is written beside the target under a temporary
name and renamed at the end: a failure never leaves half a PDF where the user expects one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.rl_accel import escapePDF
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from leaguedesk.printing.fonts import register_cjk_font
from leaguedesk.printing.saving import cannot_write, claim_temp

Align = Literal["left", "center", "right"]
ELLIPSIS = "…"
# Punctuation that must not begin a line (禁则): it hangs at the end of the line before.
NO_LINE_START = frozenset("，。、；：！？）》」』”’…%,.;:!?)")
WEEKDAYS = "一二三四五六日"
INK = 0.0  # black text and rules
SOFT_INK = 0.35  # footers, notes


@dataclass(frozen=True)
class PageSetup:
    """A4 paper, portrait or landscape, with the content box inside the margins."""

    landscape: bool = False
    margin_left: float = 15 * mm
    margin_right: float = 15 * mm
    margin_top: float = 13 * mm
    margin_bottom: float = 17 * mm  # the footer sits inside the bottom margin

    @property
    def size(self) -> tuple[float, float]:
        return landscape(A4) if self.landscape else A4

    @property
    def width(self) -> float:
        return self.size[0]

    @property
    def height(self) -> float:
        return self.size[1]

    @property
    def left(self) -> float:
        return self.margin_left

    @property
    def right(self) -> float:
        return self.width - self.margin_right

    @property
    def top(self) -> float:
        return self.height - self.margin_top

    @property
    def bottom(self) -> float:
        return self.margin_bottom

    @property
    def content_width(self) -> float:
        return self.right - self.left


@dataclass(frozen=True)
class Footer:
    """What the foot of every page says besides the page number."""

    branch: str
    printed_on: dt.date
    document: str = ""


@dataclass(frozen=True)
class PrintResult:
    path: Path
    pages: int


def chinese_date(day: dt.date, *, weekday: bool = False) -> str:
    """2026年12月1日 (and （星期二） when asked)."""
    text = f"{day.year}年{day.month}月{day.day}日"
    return text + f"（星期{WEEKDAYS[day.weekday()]}）" if weekday else text


class NumberedCanvas(Canvas):
    """A canvas that keeps finished pages until save(), then stamps each footer with the total.

    Pages are kept as the canvas's own state (their drawing operators), which is what reportlab
    itself would write out; holding them costs memory of the page content only.
    """

    def __init__(self, filename: str, *, setup: PageSetup, footer: Footer, font: str):
        super().__init__(
            filename,
            pagesize=setup.size,
            pageCompression=1,
            initialFontName=font,
            initialFontSize=10,
        )
        self._setup = setup
        self._footer = footer
        self._font = font
        self._held: list[dict[str, object]] = []

    def showPage(self) -> None:  # reportlab's name
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, 1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            Canvas.showPage(self)
        self._held = []
        Canvas.save(self)

    @property
    def page_total(self) -> int:
        return len(self._held)

    def _draw_footer(self, number: int, total: int) -> None:
        setup, footer = self._setup, self._footer
        y = setup.bottom - 9 * mm
        self.saveState()
        self.setStrokeGray(SOFT_INK)
        self.setLineWidth(0.4)
        self.line(setup.left, y + 4.2 * mm, setup.right, y + 4.2 * mm)
        self.setFillGray(SOFT_INK)
        self.setFont(self._font, 8.5)
        left = footer.branch if not footer.document else f"{footer.branch}　{footer.document}"
        text, size = fit_text(left, setup.content_width * 0.4, 8.5, 6.5, self._font)
        self.setFont(self._font, size)
        self.drawString(setup.left, y, text)
        self.setFont(self._font, 8.5)
        self.drawCentredString((setup.left + setup.right) / 2, y, f"第 {number} 页 / 共 {total} 页")
        self.drawRightString(setup.right, y, f"打印日期：{chinese_date(footer.printed_on)}")
        self.restoreState()


def fit_text(text: str, width: float, size: float, min_size: float, font: str) -> tuple[str, float]:
    """Shrink ``text`` in half-point steps to fit ``width``; cut it with … below ``min_size``."""
    full = stringWidth(text, font, size)
    if full <= width or not text:
        return text, size
    fitted = math.floor(size * width / full * 2) / 2  # width scales with the size
    if fitted >= min_size:
        return text, fitted
    ellipsis = stringWidth(ELLIPSIS, font, min_size)
    kept = text
    while kept and stringWidth(kept, font, min_size) + ellipsis > width:
        kept = kept[:-1]
    return kept.rstrip() + ELLIPSIS, min_size


def wrap_text(text: str, width: float, size: float, font: str, max_lines: int) -> list[str]:
    """Break ``text`` into at most ``max_lines`` lines of ``width`` (CJK breaks anywhere).

    Text that does not fit ends with … on the last line.
    """
    flat = " ".join(text.split())
    lines: list[str] = []
    current = ""
    for index, char in enumerate(flat):
        if stringWidth(current + char, font, size) <= width or (current and char in NO_LINE_START):
            current += char
            continue
        if len(lines) == max_lines - 1:
            cut, _ = fit_text(current + flat[index:], width, size, size, font)
            return [*lines, cut]
        lines.append(current.rstrip())
        current = char.lstrip()
    return [*lines, current] if current else lines


class Form:
    """One PDF being drawn: its page setup, the canvas, and a fresh page on demand."""

    def __init__(self, canvas: NumberedCanvas, setup: PageSetup, font: str):
        self.canvas = canvas
        self.setup = setup
        self.font = font
        self.pages = 0
        face = pdfmetrics.getFont(font)
        # Plain table text is written as PDF operators directly (see plain_text); the TrueType
        # font's subset API has been stable for many reportlab releases, but check anyway.
        self._face = (
            face
            if hasattr(face, "splitString") and hasattr(face, "getSubsetInternalName")
            else None
        )
        self._shown: dict[tuple[str, float], str] = {}

    def plain_text(self, text: str, x: float, y: float, size: float) -> None:
        """Black, left-anchored text at (x, y): the fast path for thousands of table cells.

        Same output as ``text()`` without building a text object per cell, which is most of
        the time a 10,000-row sheet takes.
        """
        face = self._face
        if face is None:
            self.text(text, x, y, size)
            return
        shown = self._shown.get((text, size))
        if shown is None:  # 团小组 and post names repeat down a list: encode each once
            doc = self.canvas._doc
            shown = " ".join(
                f"{face.getSubsetInternalName(subset, doc)} {size:g} Tf ({escapePDF(raw)}) Tj"
                for subset, raw in face.splitString(text, doc)
            )
            self._shown[(text, size)] = shown
        self.canvas._code.append(f"BT 1 0 0 1 {x:.2f} {y:.2f} Tm {shown} ET")

    def new_page(self) -> float:
        """Start a page (ending the current one) and return the top of its content box."""
        if self.pages:
            self.canvas.showPage()
        self.pages += 1
        return self.setup.top

    def text(
        self,
        text: str,
        x: float,
        y: float,
        size: float,
        *,
        align: Align = "left",
        width: float | None = None,
        min_size: float | None = None,
        bold: bool = False,
        gray: float = INK,
    ) -> float:
        """Draw one line; with ``width`` it is fitted. Returns the size used."""
        if width is not None:
            text, size = fit_text(text, width, size, min_size or size, self.font)
        canvas = self.canvas
        if align == "center":
            x -= stringWidth(text, self.font, size) / 2
        elif align == "right":
            x -= stringWidth(text, self.font, size)
        styled = bold or gray != INK
        if styled:  # keep colour and line width from leaking into what is drawn next
            canvas.saveState()
            canvas.setFillGray(gray)
        obj = canvas.beginText(x, y)
        obj.setFont(self.font, size)
        if bold:  # the CJK face has no bold: fill and stroke the outline for a heavier line
            canvas.setLineWidth(size * 0.035)
            canvas.setStrokeGray(gray)
            obj.setTextRenderMode(2)
        obj.textOut(text)
        canvas.drawText(obj)
        if styled:
            canvas.restoreState()
        return size

    def ruled_box(
        self,
        x: float,
        y: float,
        width: float,
        height: float,
        *,
        shade: float | None = None,
        line_width: float = 0.6,
    ) -> None:
        """A ruled rectangle with its lower left corner at (x, y), filled grey with ``shade``."""
        canvas = self.canvas
        canvas.saveState()
        canvas.setLineWidth(line_width)
        if shade is not None:
            canvas.setFillGray(shade)
        canvas.rect(x, y, width, height, stroke=1, fill=int(shade is not None))
        canvas.restoreState()

    def field(
        self,
        label: str,
        value: str,
        x: float,
        y: float,
        width: float,
        *,
        size: float = 11,
        label_width: float | None = None,
    ) -> None:
        """``label：`` followed by a ruled line to write on, with ``value`` printed over it."""
        label_text = f"{label}：" if label else ""  # no label: a continuation line
        label_w = (
            label_width if label_width is not None else stringWidth(label_text, self.font, size)
        )
        if label_text:
            self.text(label_text, x, y, size)
        line_x = x + label_w
        canvas = self.canvas
        canvas.saveState()
        canvas.setLineWidth(0.5)
        canvas.line(line_x, y - 1.6 * mm, x + width, y - 1.6 * mm)
        canvas.restoreState()
        if value:
            self.text(
                value,
                line_x + 1.5 * mm,
                y,
                size,
                width=x + width - line_x - 2 * mm,
                min_size=size - 3,
            )


@contextlib.contextmanager
def open_form(
    out_path: Path | str, setup: PageSetup, footer: Footer, title: str = ""
) -> Iterator[Form]:
    """Draw a form and write it to ``out_path`` when the block ends without an error.

    The PDF is built under a temporary name beside the target and renamed over it at the end;
    PrintError(CANNOT_WRITE) when the folder or file cannot be written.
    """
    font = register_cjk_font()
    # Binary (not ASCII85-armoured) streams: 20% smaller files and a third less time per page.
    rl_config.useA85 = 0
    target = Path(out_path)
    temp = claim_temp(target)
    try:
        canvas = NumberedCanvas(str(temp), setup=setup, footer=footer, font=font)
        canvas.setTitle(title or footer.document)
        canvas.setAuthor(footer.branch)
        canvas.setCreator("团务通 LeagueDesk")
        canvas.setSubject(footer.document)
        form = Form(canvas, setup, font)
        yield form
        if form.pages == 0:
            form.new_page()
        canvas.showPage()
        try:
            canvas.save()
            os.replace(temp, target)
        except OSError as exc:
            raise cannot_write(target, exc) from exc
    finally:
        temp.unlink(missing_ok=True)

"""Printing a PDF through Qt: each page rendered by QtPdf and drawn one to one on the paper.

QtPdf has no vector output, so a page goes to the printer as an image at the printer's
resolution, capped at ``MAX_PRINT_DPI``; on paper of the page's own size (A4 for LeagueDesk's
forms) it is drawn exactly, on smaller paper shrunk to fit and centred, never enlarged.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_PRINT_DPI = 300  # sharp on paper; an A4 page is then a 35 MB image, not 560 MB at 1200 dpi


def page_layout_for(size_pt: QSizeF) -> tuple[QPageSize, QPageLayout.Orientation]:
    """The standard paper (A4 for LeagueDesk's forms) and orientation of a PDF page."""
    short, long = sorted((size_pt.width(), size_pt.height()))
    paper = QPageSize(
        QSizeF(short, long), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch
    )
    landscape = size_pt.width() > size_pt.height()
    return paper, (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )


def pages_to_print(printer: QPrinter, page_count: int, current: int = 0) -> list[int]:
    """The 0-based pages the print dialog asked for: all, a range, or the current page."""
    if page_count <= 0:
        return []
    mode = printer.printRange()
    if mode == QPrinter.PrintRange.CurrentPage:
        return [min(max(current, 0), page_count - 1)]
    if mode == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(page_count, printer.toPage() or page_count)
        return list(range(first - 1, last))
    return list(range(page_count))


def _page_image(document: QPdfDocument, page: int, dpi: int) -> QImage:
    """The page rendered at ``dpi`` on white (QtPdf leaves the paper transparent)."""
    size_pt = document.pagePointSize(page)
    size = QSize(round(size_pt.width() / 72 * dpi), round(size_pt.height() / 72 * dpi))
    rendered = document.render(page, size)
    paper = QImage(size, QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return paper


def print_pdf(
    document: QPdfDocument,
    printer: QPrinter,
    *,
    current_page: int = 0,
    on_page: Callable[[int, int], bool] | None = None,
) -> int:
    """Print ``document`` on ``printer`` (after its dialog); returns the pages printed.

    Each page goes onto paper of its own orientation, drawn one to one when the paper has the
    page's size (A4) and shrunk to fit, centred, when the user chose smaller paper.
    ``on_page(done, total)`` is called before each page; returning False aborts the job.
    """
    pages = pages_to_print(printer, document.pageCount(), current_page)
    copies = 1
    if printer.copyCount() > 1 and not printer.supportsMultipleCopies():
        copies = printer.copyCount()  # the driver cannot: send the pages that many times
    sequence = pages * copies
    if not sequence:
        return 0
    printer.setFullPage(True)
    painter = QPainter()
    printed = 0
    for number, page in enumerate(sequence):
        if on_page is not None and not on_page(number, len(sequence)):
            printer.abort()
            if painter.isActive():
                painter.end()
            return printed
        _paper, orientation = page_layout_for(document.pagePointSize(page))
        printer.setPageOrientation(orientation)
        if number == 0:
            if not painter.begin(printer):
                return 0
        else:
            printer.newPage()
        _draw_page(painter, printer, document, page)
        printed += 1
    painter.end()
    if on_page is not None:
        on_page(len(sequence), len(sequence))
    return printed


def _draw_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int) -> None:
    resolution = printer.resolution()
    dpi = min(resolution, MAX_PRINT_DPI)
    image = _page_image(document, page, dpi)
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    size_pt = document.pagePointSize(page)
    width = size_pt.width() / 72 * resolution
    height = size_pt.height() / 72 * resolution
    scale = min(1.0, paper.width() / width, paper.height() / height)
    if scale > 0.995:  # the paper is the page's size: exactly one to one
        scale = 1.0
    target = QRectF(0, 0, width * scale, height * scale)
    target.moveCenter(QPointF(paper.width() / 2, paper.height() / 2))
    if scale == 1.0:
        target.moveTopLeft(QPointF(0, 0))
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(target, image)

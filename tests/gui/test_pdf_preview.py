"""The PDF preview: pages, zoom, printing (to a PDF printer) and 另存为, driven like a user."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from leaguedesk.gui import pdf_preview, pdf_printing
from leaguedesk.gui.pdf_preview import PdfPreview, PdfPreviewDialog
from leaguedesk.printing.roster_sheet import RosterSpec, render_roster
from leaguedesk.printing.signin import SigninSpec, render_signin
from leaguedesk.services.attendees import Attendee
from leaguedesk.services.roster_print import RosterEntry
from tests.printing import pdftools

PEOPLE = [Attendee(f"团员{n:03d}", "第一团小组", "") for n in range(56)]


@pytest.fixture(scope="module")
def sheet(tmp_path_factory) -> Path:
    """A sign-in sheet of 56 names: three A4 pages."""
    path = tmp_path_factory.mktemp("pdf") / "signin.pdf"
    spec = SigninSpec(
        "示范团支部",
        "支部大会",
        dt.date(2026, 12, 1),
        "19:00",
        topic="学习",
        printed_on=dt.date(2026, 11, 21),
    )
    assert render_signin(spec, PEOPLE, path).pages == 3
    return path


@pytest.fixture
def preview(qtbot) -> PdfPreview:
    widget = PdfPreview()
    qtbot.addWidget(widget)
    widget.resize(800, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def warnings(record_message_boxes) -> list[str]:
    return record_message_boxes(
        ("warning",), entry=lambda _kind, _title, text: text, reply=QMessageBox.StandardButton.Ok
    )


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _page_count(pdf: Path) -> int:
    return len(pdftools.pages(pdf))


def test_loading_shows_the_pages_and_their_count(preview, sheet):
    assert preview.load(sheet, "签到表.pdf")
    assert preview.page_count() == 3 == _page_count(sheet)
    assert preview.stack.currentWidget() is preview.view
    assert preview.page_total.text() == "/ 3"
    assert preview.page_box.value() == 1
    assert preview.print_action.isEnabled() and preview.save_action.isEnabled()
    assert not preview.previous_action.isEnabled()  # on the first page


def test_next_previous_and_typed_page_number(preview, sheet):
    preview.load(sheet)
    preview.next_page()
    assert preview.current_page() == 1 and preview.page_box.value() == 2
    preview.next_page()
    preview.next_page()  # already on the last page: stays there
    assert preview.current_page() == 2
    assert not preview.next_action.isEnabled()
    preview.previous_page()
    assert preview.current_page() == 1
    preview.page_box.setValue(3)
    assert preview.current_page() == 2


def test_page_down_and_page_up_turn_pages(qtbot, preview, sheet):
    preview.load(sheet)
    preview.view.setFocus()
    qtbot.waitUntil(preview.view.hasFocus)
    qtbot.keyClick(preview.view, Qt.Key.Key_PageDown)
    assert preview.current_page() == 1
    qtbot.keyClick(preview.view, Qt.Key.Key_PageUp)
    assert preview.current_page() == 0


def test_zoom_in_out_and_fit_modes(preview, sheet):
    preview.load(sheet)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert preview.zoom_box.currentText() == "适合宽度"
    before = preview.effective_zoom()
    preview.zoom_in()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert preview.effective_zoom() > before
    assert preview.zoom_box.currentText() == f"{round(preview.view.zoomFactor() * 100)}%"
    zoomed = preview.effective_zoom()
    preview.zoom_out()
    assert preview.effective_zoom() < zoomed
    preview.fit_page()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitInView
    assert preview.zoom_box.currentText() == "整页"
    preview.zoom_box.setCurrentIndex(preview.zoom_box.findText("150%"))
    preview.zoom_box.activated.emit(preview.zoom_box.currentIndex())
    assert preview.view.zoomFactor() == pytest.approx(1.5)
    preview.fit_width()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_save_to_writes_an_identical_file(preview, sheet, tmp_path, qtbot):
    preview.load(sheet)
    target = tmp_path / "副本.pdf"
    with qtbot.waitSignal(preview.saved) as saved:
        assert preview.save_to(target) == target
    assert saved.args == [str(target)]
    assert target.read_bytes() == sheet.read_bytes()
    assert preview.save_folder == str(tmp_path)
    assert not list(tmp_path.glob("*.part"))


def test_save_as_asks_for_a_name_and_adds_pdf(preview, sheet, tmp_path, monkeypatch):
    preview.load(sheet, "支部大会签到表.pdf")
    asked = []

    def ask(parent, caption, start, filter_text, *args, **kwargs):
        asked.append(start)
        return str(tmp_path / "签到表"), filter_text

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    assert preview.save_as() == tmp_path / "签到表.pdf"
    assert asked[0].endswith("支部大会签到表.pdf")
    assert (tmp_path / "签到表.pdf").read_bytes() == sheet.read_bytes()


def test_save_into_a_missing_folder_says_why(preview, sheet, tmp_path, warnings):
    preview.load(sheet)
    assert preview.save_to(tmp_path / "没有这个文件夹" / "a.pdf") is None
    assert len(warnings) == 1 and "所在文件夹不存在" in warnings[0]


def test_printing_to_a_pdf_printer_prints_every_page_on_a4(preview, sheet, tmp_path):
    preview.load(sheet)
    out = tmp_path / "printed.pdf"
    printer = preview.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    assert preview.print_to(printer) == 3
    assert _page_count(out) == 3
    width, height = pdftools.page_size(out)
    assert (round(width), round(height)) == (595, 842)


def test_printing_a_landscape_form_keeps_it_landscape(preview, tmp_path):
    roster = tmp_path / "roster.pdf"
    entries = [
        RosterEntry(f"团员{n}", "男", "汉族", "2003-05-01", "2018-05", "共青团员") for n in range(5)
    ]
    render_roster(RosterSpec("示范团支部"), entries, roster)
    preview.load(roster)
    out = tmp_path / "printed.pdf"
    assert preview.print_to(_pdf_printer(out)) == 1
    width, height = pdftools.page_size(out)
    assert (round(width), round(height)) == (842, 595)


def test_printing_a_page_range_or_the_current_page(preview, sheet, tmp_path):
    preview.load(sheet)
    printer = _pdf_printer(tmp_path / "range.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert preview.print_to(printer) == 2
    assert _page_count(tmp_path / "range.pdf") == 2
    preview.go_to_page(1)
    printer = _pdf_printer(tmp_path / "current.pdf")
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert pdf_printing.pages_to_print(printer, 3, preview.current_page()) == [1]


def test_ctrl_p_opens_the_print_dialog_and_prints(qtbot, preview, sheet, tmp_path, monkeypatch):
    out = tmp_path / "ctrl-p.pdf"
    dialogs = []

    class FakePrintDialog:
        def __init__(self, printer, parent):
            dialogs.append(self)
            self.printer = printer
            self.min_max = None

        def setWindowTitle(self, title):
            self.title = title

        def setOption(self, option, on=True):
            pass

        def setMinMax(self, low, high):
            self.min_max = (low, high)

        def exec(self):
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(out))
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(pdf_preview, "QPrintDialog", FakePrintDialog)
    preview.load(sheet)
    preview.activateWindow()
    preview.view.setFocus()
    qtbot.waitUntil(preview.view.hasFocus)
    qtbot.keyClick(preview.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(dialogs) == 1 and dialogs[0].min_max == (1, 3)
    assert dialogs[0].printer.docName() == "signin"
    assert _page_count(out) == 3


def test_a_file_qtpdf_cannot_read_gives_a_clear_message(preview, tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_text("这不是PDF", encoding="utf-8")
    assert not preview.load(broken)
    assert preview.stack.currentIndex() == 0
    assert "无法显示这个PDF文件" in preview.message.text()
    assert not preview.print_action.isEnabled()
    assert preview.save_action.isEnabled()  # still worth keeping for another reader


def test_a_missing_file_says_so(preview, tmp_path):
    assert not preview.load(tmp_path / "gone.pdf")
    assert preview.message.text() == "找不到要预览的PDF文件。"
    assert not preview.save_action.isEnabled()


def test_preview_dialog_shows_a_file(qtbot, sheet):
    dialog = PdfPreviewDialog(sheet, "会议签到表", "签到表.pdf")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "会议签到表"
    assert dialog.preview.page_count() == 3
    assert dialog.preview.suggested_name == "签到表.pdf"


def test_a_narrow_preview_stacks_its_toolbar_instead_of_clipping(qtbot, preview, sheet):
    from PySide6.QtWidgets import QBoxLayout

    preview.load(sheet)
    preview.resize(900, 700)
    qtbot.waitUntil(lambda: preview.width() == 900)
    assert preview.toolbar_layout.direction() == QBoxLayout.Direction.LeftToRight
    preview.resize(330, 700)
    qtbot.waitUntil(lambda: preview.width() == 330)
    assert preview.toolbar_layout.direction() == QBoxLayout.Direction.TopToBottom
    widgets = (preview.print_button, preview.save_button, preview.page_box, preview.zoom_box)
    qtbot.waitUntil(lambda: all(w.width() >= w.minimumSizeHint().width() for w in widgets))
    right = max(w.mapTo(preview, w.rect().topRight()).x() for w in widgets)
    assert right <= preview.width()

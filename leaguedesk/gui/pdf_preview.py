"""PDF preview on QtPdf: pages, zoom, 打印… and 另存为 PDF…, as a widget and as a dialog.

The preview shows a finished PDF file (a form LeagueDesk printed to a temporary file). Printing
(``pdf_printing``) puts each page one to one on paper of its own size and orientation (A4 for
every LeagueDesk form): what the preview shows is what comes out of the printer. 另存为 copies
the file byte for byte.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leaguedesk.gui.pdf_printing import page_layout_for, pages_to_print, print_pdf
from leaguedesk.printing.copies import save_copy
from leaguedesk.printing.errors import PrintError

MESSAGE_STYLE = "font-size: 12pt; color: #4a4f57; padding: 24px;"
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)


def load_error_text(error: QPdfDocument.Error) -> str:
    """Why QtPdf could not show a file, in the user's words."""
    translate = QCoreApplication.translate
    if error == QPdfDocument.Error.FileNotFound:
        return translate("PdfPreview", "找不到要预览的PDF文件。")
    if error in (
        QPdfDocument.Error.IncorrectPassword,
        QPdfDocument.Error.UnsupportedSecurityScheme,
    ):
        return translate("PdfPreview", "这个PDF文件有密码保护，无法预览。")
    return translate("PdfPreview", "无法显示这个PDF文件：文件已损坏，或不是PDF文件。")


# The widget -------------------------------------------------------------------------------


class PdfPreview(QWidget):
    """A toolbar (打印…, 另存为 PDF…, pages, zoom) over a QPdfView, or a message in its place.

    ``print_action`` (Ctrl+P) and ``save_action`` (Ctrl+S) work anywhere inside the widget;
    a page holding the preview can add them to itself so they work on the whole page.
    """

    loaded = Signal(int)  # page count of the file now shown
    saved = Signal(str)  # the path a copy was saved to

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.path: Path | None = None
        self.suggested_name = ""
        self.save_folder = ""  # where 另存为 starts; remembered by whoever owns the preview
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("QPdfView#pdfView { background: #7f8690; border: none; }")
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.view.zoomFactorChanged.connect(self._update_zoom_label)
        self.view.zoomModeChanged.connect(self._update_zoom_label)
        self._build()
        self._set_document_actions(False)
        self.show_message(self.tr("没有可预览的文档。"))

    # Building -----------------------------------------------------------------------------
    def _action(
        self, text: str, slot: Callable[[], object], shortcut: QKeySequence | None, tip: str
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAutoRaise(True)
        return button

    def _build(self) -> None:
        self.print_action = self._action(
            self.tr("打印…"),
            self.print_document,
            QKeySequence(QKeySequence.StandardKey.Print),
            self.tr("打印 (Ctrl+P)"),
        )
        self.save_action = self._action(
            self.tr("另存为 PDF…"),
            self.save_as,
            QKeySequence("Ctrl+S"),
            self.tr("另存为 PDF (Ctrl+S)"),
        )
        self.previous_action = self._action(
            self.tr("上一页"),
            self.previous_page,
            QKeySequence(Qt.Key.Key_PageUp),
            self.tr("上一页 (PgUp)"),
        )
        self.next_action = self._action(
            self.tr("下一页"),
            self.next_page,
            QKeySequence(Qt.Key.Key_PageDown),
            self.tr("下一页 (PgDn)"),
        )
        self.zoom_out_action = self._action(
            self.tr("缩小"),
            self.zoom_out,
            QKeySequence(QKeySequence.StandardKey.ZoomOut),
            self.tr("缩小 (Ctrl+-)"),
        )
        self.zoom_in_action = self._action(
            self.tr("放大"),
            self.zoom_in,
            QKeySequence(QKeySequence.StandardKey.ZoomIn),
            self.tr("放大 (Ctrl++)"),
        )
        self.fit_width_action = self._action(
            self.tr("适合宽度"), self.fit_width, None, self.tr("页面宽度适合窗口")
        )
        self.fit_page_action = self._action(
            self.tr("整页"), self.fit_page, None, self.tr("整页显示")
        )
        self.print_action.setObjectName("printAction")
        self.save_action.setObjectName("saveAction")
        style = self.style()
        self.previous_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.next_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.zoom_out_action.setIconText("−")
        self.zoom_in_action.setIconText("+")

        # Two groups side by side; a narrow preview stacks them (see _fit_toolbar).
        self.file_group, self.view_group = QWidget(), QWidget()
        files, bar = QHBoxLayout(self.file_group), QHBoxLayout(self.view_group)
        for group in (files, bar):
            group.setContentsMargins(0, 0, 0, 0)
            group.setSpacing(3)
        self.print_button = self._button(self.print_action)
        self.print_button.setAutoRaise(False)
        bold = self.print_button.font()
        bold.setBold(True)
        self.print_button.setFont(bold)
        self.save_button = self._button(self.save_action)
        self.save_button.setAutoRaise(False)
        for button in (self.print_button, self.save_button):
            width = button.fontMetrics().horizontalAdvance(button.text()) + 28
            button.setMinimumWidth(max(64, width))
        files.addWidget(self.print_button)
        files.addWidget(self.save_button)
        files.addStretch(1)
        previous = self._button(self.previous_action)
        previous.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        bar.addWidget(previous)
        self.page_box = QSpinBox()
        self.page_box.setObjectName("pageBox")
        self.page_box.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.page_box.setKeyboardTracking(False)
        self.page_box.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.page_box.setMinimumWidth(40)
        self.page_box.setToolTip(self.tr("输入页码后按回车跳转"))
        self.page_box.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        self.page_total = QLabel()
        self.page_total.setMinimumWidth(self.page_total.fontMetrics().horizontalAdvance("/ 000"))
        bar.addWidget(self.page_box)
        bar.addWidget(self.page_total)
        following = self._button(self.next_action)
        following.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        bar.addWidget(following)
        bar.addSpacing(10)
        zoom_out, zoom_in = self._button(self.zoom_out_action), self._button(self.zoom_in_action)
        for button in (zoom_out, zoom_in):
            big = button.font()
            big.setPointSizeF(big.pointSizeF() * 1.25)
            big.setBold(True)
            button.setFont(big)
        bar.addWidget(zoom_out)
        self.zoom_box = QComboBox()
        self.zoom_box.setObjectName("zoomBox")
        self.zoom_box.setToolTip(self.tr("显示比例"))
        self.zoom_box.addItem(self.tr("适合宽度"), "width")
        self.zoom_box.addItem(self.tr("整页"), "page")
        for factor in ZOOM_STEPS:
            self.zoom_box.addItem(f"{round(factor * 100)}%", factor)
        self.zoom_box.activated.connect(self._zoom_chosen)
        bar.addWidget(self.zoom_box)
        bar.addWidget(zoom_in)
        # In a narrow preview the −/+ buttons go first (Ctrl+-/Ctrl++ and the box still zoom).
        self._optional_buttons = (zoom_out, zoom_in)
        self.toolbar = QWidget()
        self.toolbar.setObjectName("previewToolbar")
        self.toolbar_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.toolbar)
        self.toolbar_layout.setContentsMargins(6, 4, 6, 4)
        self.toolbar_layout.setSpacing(4)
        self.toolbar_layout.addWidget(self.file_group)
        self.toolbar_layout.addWidget(self.view_group, 0, Qt.AlignmentFlag.AlignRight)
        # The narrowest the toolbar gets (stacked, without −/+), not the width of one row: a
        # narrow pane stacks the toolbar rather than pushing the window wider.
        spacing = bar.spacing()
        zoom_buttons = sum(b.sizeHint().width() + spacing for b in self._optional_buttons)
        self.toolbar.setMinimumWidth(
            12
            + max(
                self.file_group.minimumSizeHint().width(),
                self.view_group.minimumSizeHint().width() - zoom_buttons,
            )
        )
        self.toolbar.setStyleSheet(
            "QWidget#previewToolbar { background: #eceef1; border-bottom: 1px solid #c9cdd3; }"
        )

        self.message = QLabel()
        self.message.setObjectName("previewMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: no known end
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(280)
        self.progress.hide()
        message_page = QWidget()
        message_page.setObjectName("previewEmpty")
        message_page.setStyleSheet("QWidget#previewEmpty { background: #f6f7f9; }")
        column = QVBoxLayout(message_page)
        column.addStretch(1)
        column.addWidget(self.message)
        column.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)

        self.stack = QStackedWidget()
        self.stack.addWidget(message_page)
        self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)

    # Showing ------------------------------------------------------------------------------
    def load(self, path: Path | str, suggested_name: str = "") -> bool:
        """Show the PDF at ``path``; False (and the reason in place of the pages) if it fails."""
        self.path = Path(path)
        self.suggested_name = suggested_name or self.path.name
        error = self.document.load(str(self.path))
        if error != QPdfDocument.Error.None_ or self.document.pageCount() == 0:
            self.document.close()
            self._set_document_actions(False)
            # A file that exists can still be saved and opened in another reader.
            self.save_action.setEnabled(self.path.is_file())
            text = load_error_text(error)
            if self.path.is_file():
                text += "\n" + self.tr("可以“另存为 PDF”后用其他阅读器打开。")
            self.show_message(text, problem=True)
            return False
        self.page_box.blockSignals(True)
        self.page_box.setRange(1, self.document.pageCount())
        self.page_box.setValue(1)
        self.page_box.blockSignals(False)
        self.page_total.setText(f"/ {self.document.pageCount()}")
        self.stack.setCurrentWidget(self.view)
        self._set_document_actions(True)
        self.go_to_page(0)
        self._update_zoom_label()
        self.loaded.emit(self.document.pageCount())
        return True

    def show_message(self, text: str, *, busy: bool = False, problem: bool = False) -> None:
        """Text in place of the pages: nothing chosen yet, a problem, or work under way."""
        self.message.setText(text)
        self.message.setProperty("problem", problem)
        self.message.setStyleSheet(MESSAGE_STYLE + ("color: #a4122a;" if problem else ""))
        self.progress.setVisible(busy)
        self.stack.setCurrentIndex(0)

    def clear(self, text: str = "", *, problem: bool = False) -> None:
        self.document.close()
        self.path = None
        self._set_document_actions(False)
        self.show_message(text or self.tr("没有可预览的文档。"), problem=problem)

    def has_document(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready and self.page_count() > 0

    def _set_document_actions(self, enabled: bool) -> None:
        for action in (
            self.print_action,
            self.save_action,
            self.previous_action,
            self.next_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_width_action,
            self.fit_page_action,
        ):
            action.setEnabled(enabled)
        self.page_box.setEnabled(enabled)
        self.zoom_box.setEnabled(enabled)
        if not enabled:
            self.page_total.setText("/ 0")
            self.page_box.blockSignals(True)
            self.page_box.setRange(0, 0)
            self.page_box.blockSignals(False)

    # Pages --------------------------------------------------------------------------------
    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        """The 0-based page in view."""
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, index: int) -> None:
        if self.page_count() == 0:
            return
        index = min(max(index, 0), self.page_count() - 1)
        navigator = self.view.pageNavigator()
        navigator.jump(index, QPointF(), navigator.currentZoom())
        self._page_changed(index)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def _page_changed(self, index: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(index + 1)
        self.page_box.blockSignals(False)
        self.previous_action.setEnabled(self.has_document() and index > 0)
        self.next_action.setEnabled(self.has_document() and index < self.page_count() - 1)

    # Zoom ---------------------------------------------------------------------------------
    def effective_zoom(self) -> float:
        """The zoom factor on screen, also in the fit modes (where QPdfView reports 1.0)."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom or self.page_count() == 0:
            return self.view.zoomFactor()
        page = self.document.pagePointSize(max(self.current_page(), 0))
        scale = self.view.logicalDpiX() / 72
        margins = self.view.documentMargins()
        viewport = self.view.viewport().size()
        by_width = (viewport.width() - margins.left() - margins.right()) / (page.width() * scale)
        if mode == QPdfView.ZoomMode.FitToWidth:
            return max(by_width, 0.05)
        by_height = (viewport.height() - margins.top() - margins.bottom()) / (page.height() * scale)
        return max(min(by_width, by_height), 0.05)

    def set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(factor, ZOOM_STEPS[0]), ZOOM_STEPS[-1]))
        self._update_zoom_label()

    def zoom_in(self) -> None:
        current = self.effective_zoom()
        self.set_zoom(next((z for z in ZOOM_STEPS if z > current * 1.01), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        current = self.effective_zoom()
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < current * 0.99), ZOOM_STEPS[0]))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_zoom_label()

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.go_to_page(self.current_page())
        self._update_zoom_label()

    def _zoom_chosen(self, index: int) -> None:
        choice = self.zoom_box.itemData(index)
        if choice == "width":
            self.fit_width()
        elif choice == "page":
            self.fit_page()
        else:
            self.set_zoom(float(choice))

    def _update_zoom_label(self, *_args: object) -> None:
        """Show the zoom in the box: a fit mode, or the step nearest the factor."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.FitToWidth:
            index = 0
        elif mode == QPdfView.ZoomMode.FitInView:
            index = 1
        else:
            factor = self.view.zoomFactor()
            nearest = min(range(len(ZOOM_STEPS)), key=lambda i: abs(ZOOM_STEPS[i] - factor))
            index = 2 + nearest
        self.zoom_box.setCurrentIndex(index)
        if self.has_document():
            self.zoom_box.setToolTip(
                self.tr("显示比例：{percent}%").format(percent=round(self.effective_zoom() * 100))
            )

    def resizeEvent(self, event) -> None:  # the fit modes change the zoom with the size
        super().resizeEvent(event)
        self._fit_toolbar()
        self._update_zoom_label()

    def _fit_toolbar(self) -> None:
        """One row when it fits; else files above pages and zoom; else without the −/+ buttons."""
        spacing = self.view_group.layout().spacing()
        optional = sum(b.sizeHint().width() + spacing for b in self._optional_buttons)
        hidden = all(b.isHidden() for b in self._optional_buttons)
        view_width = self.view_group.sizeHint().width() + (optional if hidden else 0)
        margins = 12 + self.toolbar_layout.spacing()
        one_row = self.file_group.sizeHint().width() + view_width + margins
        layout = self.toolbar_layout
        wide = self.width() >= one_row
        layout.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )
        layout.setAlignment(
            self.view_group, Qt.AlignmentFlag.AlignRight if wide else Qt.AlignmentFlag.AlignLeft
        )
        for button in self._optional_buttons:
            button.setHidden(self.width() < view_width + margins)

    # Printing and saving ------------------------------------------------------------------
    def make_printer(self) -> QPrinter:
        """A printer set up for this document: A4 (the page's paper), its orientation, name."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.page_count():
            paper, orientation = page_layout_for(self.document.pagePointSize(0))
            printer.setPageSize(paper)
            printer.setPageOrientation(orientation)
        printer.setDocName(Path(self.suggested_name).stem if self.suggested_name else "")
        printer.setFullPage(True)
        return printer

    def print_document(self) -> bool:
        """Ask for a printer and print; False when the user cancelled or nothing is shown."""
        if not self.has_document():
            return False
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setMinMax(1, self.page_count())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer) > 0

    def print_to(self, printer: QPrinter) -> int:
        """Print on ``printer`` as set up (its page range); a progress dialog for long jobs."""
        if not self.has_document():
            return 0
        total = len(pages_to_print(printer, self.page_count(), self.current_page()))
        progress: QProgressDialog | None = None
        if total > 3:
            progress = QProgressDialog(
                self.tr("正在发送到打印机…"), self.tr("取消"), 0, total, self
            )
            progress.setWindowTitle(self.tr("打印"))
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(400)

        def on_page(done: int, all_pages: int) -> bool:
            if progress is None:
                return True
            progress.setMaximum(all_pages)
            progress.setValue(done)
            QCoreApplication.processEvents()
            return not progress.wasCanceled()

        try:
            printed = print_pdf(
                self.document, printer, current_page=self.current_page(), on_page=on_page
            )
        finally:
            if progress is not None:
                progress.close()
        if printed == 0 and printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:
            QMessageBox.warning(
                self,
                self.tr("打印"),
                self.tr("无法开始打印：请检查打印机是否已连接并处于就绪状态。"),
            )
        return printed

    def save_as(self) -> Path | None:
        """Ask where to save a copy of the PDF and save it there."""
        if self.path is None or not self.path.is_file():
            return None
        start = Path(self.save_folder) if self.save_folder else Path.home()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("另存为 PDF"),
            str(start / (self.suggested_name or self.path.name)),
            self.tr("PDF 文件 (*.pdf)"),
        )
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        return self.save_to(target)

    def save_to(self, target: Path | str) -> Path | None:
        """Copy the PDF to ``target``; a message box (not an exception) when that fails."""
        if self.path is None:
            return None
        try:
            saved = save_copy(self.path, target)
        except PrintError as error:
            from leaguedesk.messages.printing import print_error

            QMessageBox.warning(self, self.tr("另存为 PDF"), print_error(error))
            return None
        self.save_folder = str(saved.parent)
        self.saved.emit(str(saved))
        return saved


class PdfPreviewDialog(QDialog):
    """A window with a preview of one PDF file, for showing a form from anywhere in the app."""

    def __init__(
        self,
        path: Path | str,
        title: str = "",
        suggested_name: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("打印预览"))
        self.preview = PdfPreview(self)
        for action in (self.preview.print_action, self.preview.save_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        self.resize(860, 960)
        self.preview.load(path, suggested_name)

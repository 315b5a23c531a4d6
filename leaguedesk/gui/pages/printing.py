"""打印: choose a form, set its options, preview the PDF, then print it or save it as PDF.

The forms are listed in ``FORMS``; a new form plugs in with one ``FormEntry`` (see
``leaguedesk.gui.print_forms``). The PDF is rendered to a temporary file off the UI thread
through ``session.tasks`` and shown in a ``PdfPreview`` (QtPdf), built the first time the page
is shown so that starting the window does not load QtPdf.
"""

from __future__ import annotations

import contextlib
import json
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDir, Qt, QTemporaryDir
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from leaguedesk.core.meetings import MeetingError
from leaguedesk.core.organisation import Branch, BranchError
from leaguedesk.gui.print_forms import FormEntry, FormOptions, OptionsProblem, PrintJob
from leaguedesk.gui.print_forms.grid import GridOptions
from leaguedesk.gui.print_forms.roster import RosterOptions
from leaguedesk.gui.print_forms.signin import SigninOptions
from leaguedesk.gui.session import Session
from leaguedesk.printing.errors import PrintError
from leaguedesk.services import organisation as org
from leaguedesk.storage.errors import LeagueFileError

if TYPE_CHECKING:
    from leaguedesk.printing.layout import PrintResult

FORMS: tuple[FormEntry, ...] = (
    FormEntry(
        "signin",
        QT_TRANSLATE_NOOP("PrintForms", "会议签到表"),
        QT_TRANSLATE_NOOP(
            "PrintForms",
            "一次会议的签到表：按会议类型预填应到人员，留有列席和补签的空行，"
            "表尾填写应到、实到、请假人数。",
        ),
        SigninOptions,
    ),
    FormEntry(
        "signin_grid",
        QT_TRANSLATE_NOOP("PrintForms", "多次签到表（系列活动）"),
        QT_TRANSLATE_NOOP(
            "PrintForms",
            "一学期的团课、每月的主题团日等系列活动共用一张表：每人一行，每次活动一列。",
        ),
        GridOptions,
    ),
    FormEntry(
        "roster",
        QT_TRANSLATE_NOOP("PrintForms", "团员花名册"),
        QT_TRANSLATE_NOOP("PrintForms", "本支部团籍正常的团员名单，供存档和报送上级团委。"),
        RosterOptions,
    ),
)
SETTINGS_GROUP = "printing"
# Problems the user can act on; anything else is also logged (stderr) for a bug report.
KNOWN_PROBLEMS = (OptionsProblem, PrintError, MeetingError, BranchError, LeagueFileError)


def _translate(text: str) -> str:
    return QCoreApplication.translate("PrintForms", text)


class PrintingPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.options: dict[str, FormOptions] = {}
        self.preview: Any = None  # PdfPreview once built (see ensure_preview)
        self.job: PrintJob | None = None
        self._generation = 0  # results of an older 预览 still running are dropped
        self._stale_options = True  # the branch or its members changed while hidden
        self._temp: QTemporaryDir | None = None
        self._build()
        for signal in (session.file_changed, session.branch_changed, session.data_changed):
            signal.connect(self._session_changed)
        key = str(session.settings.value(f"{SETTINGS_GROUP}/form", FORMS[0].key))
        self.select_form(key if key in self.options else FORMS[0].key)
        self._session_changed()

    # Building -----------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        top = QHBoxLayout()
        heading = QLabel(self.tr("打印"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        top.addWidget(heading)
        top.addSpacing(16)
        self.branch_caption = QLabel(self.tr("支部："))
        self.branch_name = QLabel()
        self.branch_name.setObjectName("printBranch")
        self.branch_name.setStyleSheet("color: #444;")
        self.branch_box = QComboBox()
        self.branch_box.setMinimumWidth(240)
        self.branch_box.setToolTip(self.tr("在“全部支部”视图下，选择要为哪个支部打印"))
        self.branch_box.currentIndexChanged.connect(self._branch_box_changed)
        for widget in (self.branch_caption, self.branch_name, self.branch_box):
            top.addWidget(widget)
        top.addStretch(1)
        layout.addLayout(top)

        self.forms_list = QListWidget()
        self.forms_list.setObjectName("printForms")
        self.forms_list.setStyleSheet(
            "QListWidget#printForms { font-size: 11pt; border: 1px solid #d5d8dc; }"
            "QListWidget#printForms::item { padding: 9px 10px; }"
            "QListWidget#printForms::item:selected { background: #fbe9ec; color: #8c0d22;"
            " border-left: 3px solid #c8102e; }"
        )
        self.options_stack = QStackedWidget()
        for entry in FORMS:
            item = QListWidgetItem(_translate(entry.title))
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setToolTip(_translate(entry.description))
            self.forms_list.addItem(item)
            panel = entry.options()
            panel.changed.connect(lambda key=entry.key: self._options_changed(key))
            self.options[entry.key] = panel
            self.options_stack.addWidget(panel)
            self._restore_options(entry.key)
        self.forms_list.currentRowChanged.connect(self._form_row_changed)
        self.forms_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.forms_list.setMinimumWidth(self.forms_list.sizeHintForColumn(0) + 24)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.forms_list)
        self.splitter.addWidget(self._options_column())
        self.preview_holder = QWidget()
        self.preview_holder.setObjectName("previewHolder")
        holder = QVBoxLayout(self.preview_holder)
        holder.setContentsMargins(0, 0, 0, 0)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setObjectName("previewFrame")
        self.preview_layout = QVBoxLayout(frame)
        self.preview_layout.setContentsMargins(0, 0, 0, 0)
        holder.addWidget(frame)
        self.splitter.addWidget(self.preview_holder)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([190, 330, 700])
        layout.addWidget(self.splitter, 1)

        self.preview_shortcuts = [
            QShortcut(QKeySequence(key), self) for key in ("F5", "Ctrl+Return")
        ]
        for shortcut in self.preview_shortcuts:
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.preview_form)

    def _options_column(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(10, 0, 10, 0)
        self.form_title = QLabel()
        self.form_title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.form_description = QLabel()
        self.form_description.setWordWrap(True)
        self.form_description.setStyleSheet("color: #666;")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 6, 4, 6)
        inner_layout.addWidget(self.options_stack)
        inner_layout.addSpacing(14)
        scroll.setWidget(inner)
        self.preview_button = QPushButton(self.tr("预览"))
        self.preview_button.setObjectName("previewButton")
        self.preview_button.setToolTip(self.tr("生成PDF并预览 (F5)"))
        self.preview_button.setStyleSheet(
            "QPushButton#previewButton { background: #c8102e; color: white; font-weight: bold;"
            " font-size: 11pt; padding: 7px 28px; border: none; border-radius: 4px; }"
            "QPushButton#previewButton:hover { background: #a90d26; }"
            "QPushButton#previewButton:disabled { background: #dba3ac; }"
        )
        self.preview_button.clicked.connect(self.preview_form)
        self.status = QLabel()
        self.status.setObjectName("printStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #555;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.status, 1)
        inner_layout.addLayout(buttons)
        inner_layout.addStretch(1)
        layout.addWidget(self.form_title)
        layout.addWidget(self.form_description)
        layout.addWidget(scroll, 1)
        # Wide enough for the widest panel in the current language: nothing is ever clipped.
        widest = max(panel.minimumSizeHint().width() for panel in self.options.values())
        scrollbar = scroll.verticalScrollBar().sizeHint().width()
        column.setMinimumWidth(max(300, widest + scrollbar + 4 + 20))
        return column

    # The preview --------------------------------------------------------------------------
    def ensure_preview(self) -> Any:
        """The PdfPreview, built on first use; None when this installation lacks QtPdf."""
        if self.preview is not None:
            return self.preview
        try:
            from leaguedesk.gui.pdf_preview import PdfPreview
        except ImportError:
            self.preview = None
            self._no_qtpdf()
            return None
        self.preview = PdfPreview()
        self.preview.save_folder = str(
            self.session.settings.value(f"{SETTINGS_GROUP}/save_folder", "")
        )
        self.preview.saved.connect(self._saved)
        self.preview_layout.addWidget(self.preview)
        if self.preview_holder.isVisible():
            self.preview.show()  # a child added to a shown widget waits for an explicit show
        # Ctrl+P and Ctrl+S work anywhere on the page, not only with the focus on the pages.
        self.addAction(self.preview.print_action)
        self.addAction(self.preview.save_action)
        self.preview.show_message(
            self.tr(
                "在左侧选择表格、设置选项，然后按“预览”（F5）。"
                "预览后可直接打印（Ctrl+P）或另存为PDF（Ctrl+S）。"
            )
        )
        return self.preview

    def _no_qtpdf(self) -> None:
        if self.preview_layout.count():
            return
        label = QLabel(
            self.tr(
                "此安装缺少PDF预览组件（QtPdf），无法在窗口中预览。"
                "按“预览”生成的表格可另存为PDF后用其他程序打开和打印。"
            )
        )
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_layout.addWidget(label)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_preview()
        if self._stale_options:
            self._refresh_options()

    # Forms and options --------------------------------------------------------------------
    def entry(self, key: str) -> FormEntry:
        return next(e for e in FORMS if e.key == key)

    @property
    def current_key(self) -> str:
        item = self.forms_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else FORMS[0].key

    def current_options(self) -> FormOptions:
        return self.options[self.current_key]

    def select_form(self, key: str) -> None:
        """Show the form ``key`` (e.g. "roster") and its options."""
        for row in range(self.forms_list.count()):
            if self.forms_list.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.forms_list.setCurrentRow(row)
                return

    def _form_row_changed(self, row: int) -> None:
        if row < 0:
            return
        entry = FORMS[row]
        # The stack takes the height of its current panel only, so 预览 sits right below it.
        for key, panel in self.options.items():
            policy = (
                QSizePolicy.Policy.Preferred if key == entry.key else QSizePolicy.Policy.Ignored
            )
            panel.setSizePolicy(QSizePolicy.Policy.Preferred, policy)
        self.options_stack.setCurrentWidget(self.options[entry.key])
        self.options_stack.adjustSize()
        self.form_title.setText(_translate(entry.title))
        self.form_description.setText(_translate(entry.description))
        self.session.settings.setValue(f"{SETTINGS_GROUP}/form", entry.key)
        if self.job is not None and self.preview is not None and self.preview.has_document():
            self.status.setText(
                self.tr("预览中是之前的表格，按“预览”生成“{form}”。").format(
                    form=_translate(entry.title)
                )
            )

    def _restore_options(self, key: str) -> None:
        raw = self.session.settings.value(f"{SETTINGS_GROUP}/options/{key}", "")
        try:
            state = json.loads(str(raw)) if raw else {}
        except ValueError:
            state = {}
        if isinstance(state, dict):
            panel = self.options[key]
            panel.blockSignals(True)
            panel.restore(state)
            panel.blockSignals(False)

    def _options_changed(self, key: str) -> None:
        state = self.options[key].state()
        self.session.settings.setValue(
            f"{SETTINGS_GROUP}/options/{key}", json.dumps(state, ensure_ascii=False)
        )
        if key == self.current_key:
            self._mark_stale()

    def _mark_stale(self) -> None:
        if self.job is not None and self.preview is not None and self.preview.has_document():
            self.status.setText(self.tr("选项已更改，按“预览”更新。"))

    # Branch -------------------------------------------------------------------------------
    def _session_changed(self) -> None:
        session = self.session
        branches = session.branches()
        chosen = self.branch_box.currentData()
        self.branch_box.blockSignals(True)
        self.branch_box.clear()
        self.branch_box.addItem(self.tr("请选择支部…"), None)
        for branch in branches:
            self.branch_box.addItem(branch.display_name, branch.id)
        self.branch_box.setCurrentIndex(max(0, self.branch_box.findData(chosen)))
        self.branch_box.blockSignals(False)
        ask = session.league is not None and session.branch_id is None and bool(branches)
        self.branch_box.setVisible(ask)
        self.branch_name.setVisible(not ask)
        branch = session.branch() if session.branch_id is not None else None
        if session.league is None:
            self.branch_name.setText(self.tr("未打开团务文件"))
        elif not branches:
            self.branch_name.setText(self.tr("本文件还没有支部"))
        elif branch is not None:
            self.branch_name.setText(branch.display_name)
        self.job = None
        self.status.clear()
        if self.preview is not None:
            self.preview.clear(self.tr("按“预览”生成表格。"))
        self._stale_options = True
        if self.isVisible():
            self._refresh_options()

    def _branch_box_changed(self, _index: int) -> None:
        self.job = None
        self.status.clear()
        if self.preview is not None:
            self.preview.clear(self.tr("按“预览”生成表格。"))
        self._stale_options = True
        self._refresh_options()

    def current_branch(self) -> Branch | None:
        """The branch to print for: the session's, or the one chosen on this page."""
        league = self.session.league
        if league is None:
            return None
        branch_id = self.session.branch_id
        if branch_id is None:
            branch_id = self.branch_box.currentData()
        if branch_id is None:
            return None
        return org.get_branch(league, int(branch_id))

    def _refresh_options(self) -> None:
        self._stale_options = False
        league = self.session.league
        try:
            branch = self.current_branch()
        except BranchError:
            branch = None
        for panel in self.options.values():
            panel.blockSignals(True)
            try:
                panel.set_branch(league, branch.id if branch else None)
            finally:
                panel.blockSignals(False)

    # Preview ------------------------------------------------------------------------------
    def preview_form(self) -> None:
        """Render the chosen form with its options off the UI thread, then show it."""
        preview = self.ensure_preview()
        league = self.session.league
        if league is None:
            self._problem(self.tr("请先打开或新建团务文件。"))
            return
        if not self.session.branches():
            self._problem(self.tr("本文件还没有支部。请先在“组织 → 管理支部”中新建支部。"))
            return
        try:
            branch = self.current_branch()
            if branch is None:
                self._problem(self.tr("这个文件有多个支部：请先在上方选择要为哪个支部打印。"))
                self.branch_box.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            if self._stale_options:
                self._refresh_options()
            key = self.current_key
            job = self.current_options().prepare(league, branch)
        except Exception as error:  # every problem becomes a sentence, never a traceback
            if not isinstance(error, KNOWN_PROBLEMS):
                traceback.print_exc()
            self._problem(problem_text(error))
            return
        self._generation += 1
        generation = self._generation
        target = self._temp_path(key, generation)
        self.job = job
        self.preview_button.setEnabled(False)
        self.status.setText(self.tr("正在生成…"))
        if preview is not None:
            preview.show_message(
                self.tr("正在生成“{form}”…").format(form=_translate(self.entry(key).title)),
                busy=True,
            )
        self.session.tasks.start(
            lambda _handle: job.render(target),
            on_done=lambda result: self._rendered(generation, job, result),
            on_error=lambda error: self._failed(generation, error),
        )

    def _temp_path(self, key: str, generation: int) -> Path:
        if self._temp is None or not self._temp.isValid():
            self._temp = QTemporaryDir(QDir.tempPath() + "/leaguedesk-print-XXXXXX")
        return Path(self._temp.path()) / f"{key}-{generation}.pdf"

    def _rendered(self, generation: int, job: PrintJob, result: PrintResult) -> None:
        if generation != self._generation:
            return
        self.preview_button.setEnabled(True)
        if job.summary:
            self.status.setText(
                self.tr("{summary}，共 {n} 页").format(summary=job.summary, n=result.pages)
            )
        else:
            self.status.setText(self.tr("共 {n} 页").format(n=result.pages))
        preview = self.preview
        if preview is None:
            self._save_without_preview(result.path, job.file_name)
            return
        previous = preview.path
        if preview.load(result.path, job.file_name) and previous and previous != result.path:
            with contextlib.suppress(OSError):  # QtPdf has let go of it; the folder goes later
                previous.unlink(missing_ok=True)

    def _failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self.preview_button.setEnabled(True)
        self.status.clear()
        if not isinstance(error, KNOWN_PROBLEMS):
            print(getattr(error, "formatted_traceback", repr(error)), file=sys.stderr)
        self._problem(problem_text(error))

    def _problem(self, text: str) -> None:
        self.job = None
        self.status.clear()
        if self.preview is not None:
            self.preview.clear(text, problem=True)
        else:
            QMessageBox.warning(self, self.tr("打印"), text)

    def _saved(self, path: str) -> None:
        self.session.settings.setValue(f"{SETTINGS_GROUP}/save_folder", str(Path(path).parent))
        self.status.setText(self.tr("已另存为 {path}").format(path=path))

    def _save_without_preview(self, source: Path, suggested: str) -> None:
        from leaguedesk.printing.copies import save_copy

        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("另存为 PDF"), str(Path.home() / suggested), self.tr("PDF 文件 (*.pdf)")
        )
        if name:
            try:
                self._saved(str(save_copy(source, name)))
            except PrintError as error:
                self._problem(problem_text(error))


def problem_text(error: BaseException) -> str:
    """The sentence shown for anything that stops a form from being printed."""
    from leaguedesk.messages import tr
    from leaguedesk.messages.failures import failure_text
    from leaguedesk.messages.printing import UNEXPECTED_PDF

    if isinstance(error, OptionsProblem):
        return str(error)
    return failure_text(error, tr(UNEXPECTED_PDF))

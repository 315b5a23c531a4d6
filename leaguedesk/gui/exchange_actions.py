"""Spreadsheet actions of the main window: 文件 → 导入名册… (Ctrl+I), 导出, and drag-and-drop.

Installed by the main window into its File menu; a spreadsheet dropped anywhere on the window
opens the import wizard for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from leaguedesk.exchange.readers import SUPPORTED_SUFFIXES
from leaguedesk.gui.session import Session

if TYPE_CHECKING:  # openpyxl and the wizard load on first use, not at window start
    from leaguedesk.exchange.export import RosterFormat
    from leaguedesk.gui import exports
    from leaguedesk.gui.dialogs.import_wizard import ImportWizard

SPREADSHEET_FILTER = QT_TRANSLATE_NOOP(
    "ExchangeActions", "表格文件 (*.xlsx *.xlsm *.xls *.et *.ods *.csv *.txt);;所有文件 (*)"
)
LAST_FOLDER = "exchange/last_folder"


class ExchangeActions(QObject):
    @property
    def exporter(self) -> exports.Exporter:
        if self._exporter is None:
            from leaguedesk.gui import exports

            self._exporter = exports.Exporter(self.window, self.session)
        return self._exporter

    def __init__(self, window: QMainWindow, session: Session, file_menu: QMenu):
        super().__init__(window)
        self.window = window
        self.session = session
        self.wizard: ImportWizard | None = None
        self._exporter: exports.Exporter | None = None
        self.last_export: exports.ExportRun | None = None
        self.import_action = QAction(self.tr("导入名册(&I)…"), window)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.choose_and_import)
        self.export_menu = QMenu(self.tr("导出(&X)"), window)
        self.full_action = self.export_menu.addAction(self.tr("完整名册(&F)…"))
        self.full_action.triggered.connect(lambda: self.export_roster("full"))
        self.zhtj_action = self.export_menu.addAction(self.tr("智慧团建导入格式(&Z)…"))
        self.zhtj_action.triggered.connect(lambda: self.export_roster("zhtj"))
        file_menu.addAction(self.import_action)
        file_menu.addMenu(self.export_menu)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        session.file_changed.connect(self._file_changed)
        self._file_changed()

    def _file_changed(self) -> None:
        has_file = self.session.league is not None
        self.import_action.setEnabled(has_file)
        self.export_menu.setEnabled(has_file)

    # Import -----------------------------------------------------------------------------------
    def choose_and_import(self) -> ImportWizard | None:
        if not self._can_import():
            return None
        league = self.session.league
        folder = str(
            self.session.settings.value(LAST_FOLDER, "")
            or (league.path.parent if league is not None else "")
        )
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("导入名册"), folder, self.tr(SPREADSHEET_FILTER)
        )
        if not name:
            return None
        return self.import_file(Path(name))

    def _can_import(self) -> bool:
        if self.session.league is None:
            QMessageBox.information(
                self.window, self.tr("导入名册"), self.tr("请先打开或新建团务文件，再导入名册。")
            )
            return False
        if not self.session.branches():
            QMessageBox.information(
                self.window,
                self.tr("导入名册"),
                self.tr("团务文件中还没有支部。请先在“组织 → 管理支部”中新建支部，再导入名册。"),
            )
            return False
        return True

    def import_file(self, path: Path) -> ImportWizard | None:
        """Open the import wizard for ``path`` (from the menu or a drop)."""
        if not self._can_import():
            return None
        self.session.settings.setValue(LAST_FOLDER, str(path.parent))
        from leaguedesk.gui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.session, path, self.window)
        self.wizard = wizard
        wizard.finished.connect(lambda _r, w=wizard: self._wizard_closed(w))
        wizard.open()
        return wizard

    def _wizard_closed(self, wizard: ImportWizard) -> None:
        if self.wizard is wizard:
            self.wizard = None
        wizard.deleteLater()

    # Export -----------------------------------------------------------------------------------
    def export_roster(self, fmt: RosterFormat) -> exports.ExportRun | None:
        self.last_export = self.exporter.roster_file(fmt)
        return self.last_export

    # Drag and drop ----------------------------------------------------------------------------
    @staticmethod
    def spreadsheet_in(event: QDragEnterEvent | QDropEvent) -> Path | None:
        data = event.mimeData()
        if data is None or not data.hasUrls():
            return None
        for url in data.urls():
            if url.isLocalFile():
                path = Path(url.toLocalFile())
                if path.suffix.lower() in SUPPORTED_SUFFIXES:
                    return path
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self.spreadsheet_in(event) is not None:  # type: ignore[arg-type]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif kind == QEvent.Type.Drop:
            path = self.spreadsheet_in(event)  # type: ignore[arg-type]
            if path is not None:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self.import_file(path)
                return True
        return super().eventFilter(watched, event)

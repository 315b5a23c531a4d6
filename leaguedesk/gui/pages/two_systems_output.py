"""The 打印/导出 button of the 两制 tabs: pick a file, then draw the form off the UI thread.

Each entry has a ``make`` function that reads what the form needs (on the UI thread, it is
quick) and returns a job of the output path; the job — drawing the PDF or writing the
workbook — runs through the session's task runner.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolButton, QWidget

from leaguedesk.gui.session import Session

Make = Callable[[], Callable[[Path], Any] | None]


class OutputMenu(QObject):
    def __init__(self, session: Session, parent: QWidget, text: str):
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent
        self.button = QToolButton(parent)
        self.button.setText(text)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(parent)
        self.button.setMenu(self.menu)
        self.entries: dict[str, tuple[str, str, Make]] = {}
        self.last_result: Any = None

    def add(self, label: str, file_stem: str, suffix: str, make: Make) -> None:
        self.entries[label] = (file_stem, suffix, make)
        self.menu.addAction(label, lambda: self.choose(label))

    def choose(self, label: str) -> None:
        stem, suffix, _make = self.entries[label]
        league = self.session.league
        folder = league.path.parent if league is not None else Path.home()
        pattern = (
            self.tr("PDF 文件 (*.pdf)") if suffix == ".pdf" else self.tr("Excel 工作簿 (*.xlsx)")
        )
        name, _ = QFileDialog.getSaveFileName(
            self.parent_widget, label.rstrip("…"), str(folder / f"{stem}{suffix}"), pattern
        )
        if name:
            path = Path(name)
            self.run(label, path if path.suffix.lower() == suffix else path.with_suffix(suffix))

    def run(self, label: str, path: Path) -> None:
        """Write the entry's file to ``path`` (the dialog is skipped: tests and scripts)."""
        _stem, _suffix, make = self.entries[label]
        job = make()
        if job is None:
            return
        self.session.tasks.start(
            lambda _handle: job(path), on_done=self._done, on_error=self._failed
        )

    def _done(self, result: Any) -> None:
        self.last_result = result
        window = self.parent_widget.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            path = getattr(result, "path", result)
            status().showMessage(self.tr("已保存 {path}").format(path=path), 8000)

    def _failed(self, error: Exception) -> None:
        self.last_result = error
        from leaguedesk.messages.failures import failure_text

        text = failure_text(error, self.tr("无法保存文件：{detail}"))
        QMessageBox.warning(self.parent_widget, self.tr("打印/导出"), text)

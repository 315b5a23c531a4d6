"""恢复备份: the file's backups with dates and sizes; restores after confirmation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leaguedesk import messages
from leaguedesk.gui.labels import backup_reason
from leaguedesk.gui.session import Session
from leaguedesk.storage import backup
from leaguedesk.storage.errors import LeagueFileError


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


class RestoreDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        league = session.league
        assert league is not None
        self.folder = backup.default_dir(league.path)
        self.setWindowTitle(self.tr("恢复备份"))
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "选择一个备份，用它替换“{name}”的当前内容。恢复前会先备份当前内容。\n"
                "备份文件夹：{folder}"
            ).format(name=league.path.name, folder=self.folder)
        )
        hint.setWordWrap(True)
        hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("备份时间"), self.tr("类型"), self.tr("大小")]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.restore_selected)
        buttons = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("恢复所选备份(&R)…"))
        self.restore_button.clicked.connect(self.restore_selected)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(620, 420)
        self.refresh()

    def refresh(self) -> None:
        self.backups = backup.list_backups(self.folder)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            reason = backup_reason(info.reason)
            values = [info.created.strftime("%Y-%m-%d %H:%M:%S"), reason, size_text(info.size)]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        if self.backups:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(self.backups))

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        league = self.session.league
        if not rows or league is None:
            return
        chosen = self.backups[rows[0].row()]
        answer = QMessageBox.question(
            self,
            self.tr("恢复备份"),
            self.tr(
                "用 {when} 的备份替换当前内容？\n当前内容会先另行备份，可以再恢复回来。"
            ).format(when=chosen.created.strftime("%Y-%m-%d %H:%M")),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            backup.restore(league, chosen.path, self.folder)
        except LeagueFileError as error:
            QMessageBox.critical(self, self.tr("恢复备份"), messages.file_error(error))
            return
        self.session.set_league(league)  # re-read everything from the restored content
        QMessageBox.information(self, self.tr("恢复备份"), self.tr("已恢复。"))
        self.accept()

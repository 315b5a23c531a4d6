"""统计: counts the office and the secretary ask for, per branch and in total."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leaguedesk.gui import labels
from leaguedesk.gui.session import Session
from leaguedesk.gui.view_export import add_view_export
from leaguedesk.services import organisation as org


class StatsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.totals = QLabel()
        self.table = QTableWidget(0, 4)
        add_view_export(self.table, self.session, lambda: self.tr("统计"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("支部"), self.tr("领域"), self.tr("在册团员"), self.tr("状态")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.heading)
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 1)
        for signal in (session.file_changed, session.data_changed):
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        league = self.session.league
        if league is None:
            self.heading.setText(self.tr("未打开团务文件"))
            self.totals.clear()
            self.table.setRowCount(0)
            return
        info = org.summary(league)
        self.heading.setText(info.organisation.name or league.path.stem)
        self.totals.setText(
            self.tr("支部 {branches} 个；在册团员 {active} 人；历史记录共 {total} 人").format(
                branches=sum(not b.archived for b in info.branches),
                active=info.members_active,
                total=info.members_total,
            )
        )
        self.table.setRowCount(len(info.branches))
        for row, branch in enumerate(info.branches):
            values = [
                branch.display_name,
                labels.label(branch.field),
                str(branch.member_count),
                self.tr("已撤销") if branch.archived else self.tr("正常"),
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

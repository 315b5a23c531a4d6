"""The attendance tab: each member's rate over a date range (all meetings or one kind), who
missed their last N meetings, and both exported to .xlsx off the UI thread.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leaguedesk.core.attendance import Tally
from leaguedesk.core.meetings import MEETING_KINDS
from leaguedesk.gui import meeting_labels
from leaguedesk.gui.session import Session
from leaguedesk.gui.view_export import add_view_export
from leaguedesk.gui.widgets import date_edit, pydate, qdate
from leaguedesk.services import meeting_stats as stats
from leaguedesk.services.meeting_stats import MemberRate, MissedEntry

SORT_ROLE = Qt.ItemDataRole.UserRole + 4


class SortableItem(QTableWidgetItem):
    """Sorts by a number (a rate, a count) rather than by the text shown."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None:  # text columns: names in pinyin order
            from leaguedesk.core.pinyin import sort_key

            return sort_key(self.text()) < sort_key(other.text())
        return mine < theirs


def _item(text: str, sort: object = None) -> QTableWidgetItem:
    item = SortableItem(text)
    item.setData(SORT_ROLE, sort)
    if sort is not None:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class AttendanceTab(QWidget):
    exported = Signal(Path)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.branch_id: int | None = None
        self.rates: list[MemberRate] = []
        self.missed: list[MissedEntry] = []
        layout = QVBoxLayout(self)
        controls = QHBoxLayout()
        self.start_edit = date_edit()
        self.end_edit = date_edit()
        self.kind_box = QComboBox()
        self.kind_box.addItem(self.tr("全部会议"), None)
        for kind in MEETING_KINDS:
            self.kind_box.addItem(meeting_labels.text(kind), kind)
        controls.addWidget(QLabel(self.tr("从")))
        controls.addWidget(self.start_edit)
        controls.addWidget(QLabel(self.tr("到")))
        controls.addWidget(self.end_edit)
        controls.addWidget(self.kind_box)
        controls.addStretch(1)
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        controls.addWidget(self.export_button)
        layout.addLayout(controls)
        self.rate_table = QTableWidget(0, 8)
        add_view_export(self.rate_table, self.session, lambda: self.tr("出勤统计"))
        self.rate_table.setHorizontalHeaderLabels(
            [
                self.tr("姓名"),
                self.tr("团小组"),
                self.tr("应到"),
                self.tr("出席"),
                self.tr("迟到"),
                self.tr("请假"),
                self.tr("无故缺席"),
                self.tr("出勤率"),
            ]
        )
        self.rate_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rate_table.verticalHeader().setVisible(False)
        self.rate_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rate_table.setSortingEnabled(True)
        layout.addWidget(self.rate_table, 3)
        missed_row = QHBoxLayout()
        missed_row.addWidget(QLabel(self.tr("最近连续缺席")))
        self.n_spin = QSpinBox()
        self.n_spin.setRange(1, 24)
        self.n_spin.setValue(3)
        missed_row.addWidget(self.n_spin)
        missed_row.addWidget(QLabel(self.tr("次的团员")))
        self.unexcused_box = QCheckBox(self.tr("只算无故缺席"))
        missed_row.addWidget(self.unexcused_box)
        missed_row.addStretch(1)
        layout.addLayout(missed_row)
        self.missed_table = QTableWidget(0, 4)
        add_view_export(self.missed_table, self.session, lambda: self.tr("缺席记录"))
        self.missed_table.setHorizontalHeaderLabels(
            [self.tr("姓名"), self.tr("团小组"), self.tr("自"), self.tr("缺席的会议日期")]
        )
        self.missed_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.missed_table.verticalHeader().setVisible(False)
        self.missed_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.missed_table, 2)
        for signal in (
            self.start_edit.dateChanged,
            self.end_edit.dateChanged,
            self.kind_box.currentIndexChanged,
            self.n_spin.valueChanged,
            self.unexcused_box.toggled,
        ):
            signal.connect(lambda *_: self.refresh())
        self.export_button.clicked.connect(lambda: self.export())

    def set_range(self, branch_id: int | None, year: int) -> None:
        self.branch_id = branch_id
        for edit, day in (
            (self.start_edit, dt.date(year, 1, 1)),
            (self.end_edit, dt.date(year, 12, 31)),
        ):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)
        self.refresh()

    def _range(self) -> tuple[dt.date, dt.date]:
        return pydate(self.start_edit.date()), pydate(self.end_edit.date())

    def refresh(self) -> None:
        league = self.session.league
        self.export_button.setEnabled(league is not None and self.branch_id is not None)
        if league is None or self.branch_id is None:
            self.rates, self.missed = [], []
        else:
            start, end = self._range()
            kind = self.kind_box.currentData()
            kinds = None if kind is None else [kind]
            self.rates = stats.attendance_report(
                league, self.branch_id, start=start, end=end, kinds=kinds
            )
            self.missed = stats.missed_meetings(
                league,
                self.branch_id,
                self.n_spin.value(),
                until=end,
                kinds=kinds,
                unexcused_only=self.unexcused_box.isChecked(),
            )
        self._fill_rates()
        self._fill_missed()

    def _fill_rates(self) -> None:
        table = self.rate_table
        table.setSortingEnabled(False)
        table.setRowCount(len(self.rates))
        for row, rate in enumerate(self.rates):
            t: Tally = rate.overall
            share = t.rate
            values = [
                _item(rate.name),
                _item(rate.group_name),
                _item(str(t.expected), t.expected),
                _item(str(t.attended), t.attended),
                _item(str(t.late), t.late),
                _item(str(t.excused), t.excused),
                _item(str(t.unexcused), t.unexcused),
                _item(
                    f"{float(share):.0%}" if share is not None else "—",
                    float(share) if share is not None else -1.0,
                ),
            ]
            for column, item in enumerate(values):
                table.setItem(row, column, item)
        table.setSortingEnabled(True)

    def _fill_missed(self) -> None:
        table = self.missed_table
        table.setRowCount(len(self.missed))
        for row, entry in enumerate(self.missed):
            for column, text in enumerate(
                (
                    entry.name,
                    entry.group_name,
                    entry.run.since.isoformat(),
                    "、".join(d.isoformat() for d in entry.dates),
                )
            ):
                table.setItem(row, column, QTableWidgetItem(text))

    def export(self, path: Path | None = None) -> None:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("导出出勤统计"),
                str(Path.home() / self.tr("出勤统计.xlsx")),
                self.tr("Excel 工作簿 (*.xlsx)"),
            )
            if not name:
                return
            path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        from leaguedesk.exchange.ledger_xlsx import write_attendance

        rates, missed = list(self.rates), list(self.missed)

        def failed(error: Exception) -> None:
            from leaguedesk.messages.failures import failure_text

            text = failure_text(error)
            QMessageBox.warning(self, self.tr("导出失败"), text)

        self.session.tasks.start(
            lambda _h: write_attendance(path, rates, missed),
            on_done=self.exported.emit,
            on_error=failed,
        )

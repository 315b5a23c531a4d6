"""The yearly calendar grid: one row per meeting kind, twelve month columns, each period a cell
coloured done / due / overdue / upcoming; clicking a cell lists the meetings behind it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leaguedesk.core.compliance import Cell, CellStatus, Period
from leaguedesk.gui import meeting_labels
from leaguedesk.services.meeting_stats import YearCalendar

CELL_ROLE = Qt.ItemDataRole.UserRole + 2
MEETING_ROLE = Qt.ItemDataRole.UserRole + 3
COLOURS = {
    CellStatus.DONE: "#d7f0dc",
    CellStatus.DUE: "#fff1c7",
    CellStatus.OVERDUE: "#f8d4d2",
    CellStatus.UPCOMING: "#eef0f3",
    CellStatus.NOT_REQUIRED: "#ffffff",
}


class CalendarGrid(QWidget):
    meeting_chosen = Signal(int)  # a meeting was double-clicked in the cell's list

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        self.table = QTableWidget(0, 12)
        self.table.setHorizontalHeaderLabels([self.tr("{n}月").format(n=n) for n in range(1, 13)])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(44)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.currentCellChanged.connect(lambda row, column, *_: self.show_cell(row, column))
        layout.addWidget(self.table, 3)
        side = QVBoxLayout()
        self.cell_label = QLabel(self.tr("点击格子查看该期的会议。"))
        self.cell_label.setWordWrap(True)
        self.meeting_list = QListWidget()
        self.meeting_list.setWordWrap(True)
        self.meeting_list.itemActivated.connect(self._activated)
        side.addWidget(self.cell_label)
        side.addWidget(self.meeting_list, 1)
        legend = QLabel(self.tr("绿色：已完成　黄色：本期待召开　红色：逾期未完成　灰色：未到期"))
        legend.setWordWrap(True)
        legend.setStyleSheet("color: #666;")
        side.addWidget(legend)
        layout.addLayout(side, 1)
        self.year: YearCalendar | None = None

    def set_calendar(self, year: YearCalendar | None) -> None:
        self.year = year
        self.table.clearSpans()
        self.table.clearContents()
        self.meeting_list.clear()
        if year is None:
            self.table.setRowCount(0)
            return
        calendar = year.calendar
        kinds = list(calendar.kinds)
        self.table.setRowCount(len(kinds))
        for row, kind in enumerate(kinds):
            summary = calendar.summary_for(kind)
            header = QTableWidgetItem(
                f"{meeting_labels.text(kind)}\n{meeting_labels.period(summary.rule.period.value)}"
            )
            self.table.setVerticalHeaderItem(row, header)
            for cell in calendar.cells_for(kind):
                self._place(row, cell)

    def _place(self, row: int, cell: Cell) -> None:
        months = cell.period.months if cell.period is not Period.NONE else 12
        column = (cell.index - 1) * months
        if months > 1:
            self.table.setSpan(row, column, 1, months)
        held = len(cell.meeting_ids) + len(cell.uncounted_ids)
        text = meeting_labels.cell_state(cell.status.value)
        if cell.status is CellStatus.NOT_REQUIRED:
            text = self.tr("{n} 次").format(n=held) if held else ""
        elif held and not (cell.required == 1 and cell.done == 1):
            text = self.tr("{state}（{done}/{required}）").format(
                state=text, done=cell.done, required=cell.required
            )
        if cell.uncounted_ids:
            text += self.tr("\n{n} 次不足法定人数").format(n=len(cell.uncounted_ids))
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        item.setBackground(QBrush(QColor(COLOURS[cell.status])))
        item.setData(CELL_ROLE, cell)
        item.setToolTip(f"{cell.start.isoformat()} — {cell.end.isoformat()}")
        self.table.setItem(row, column, item)

    def cell_at(self, row: int, column: int) -> Cell | None:
        item = self.table.item(row, column)
        return None if item is None else item.data(CELL_ROLE)

    def show_cell(self, row: int, column: int) -> None:
        self.meeting_list.clear()
        cell = self.cell_at(row, column)
        if cell is None or self.year is None:
            return
        self.cell_label.setText(
            self.tr("{kind}，{start} 至 {end}：{state}").format(
                kind=meeting_labels.text(cell.kind),
                start=cell.start.isoformat(),
                end=cell.end.isoformat(),
                state=meeting_labels.cell_state(cell.status.value),
            )
        )
        for meeting_id in (*cell.meeting_ids, *cell.uncounted_ids):
            summary = self.year.meetings[meeting_id]
            text = (
                f"{summary.date.isoformat()}　{summary.topics or meeting_labels.text(summary.kind)}"
            )
            if meeting_id in cell.uncounted_ids:
                text += self.tr("（不足法定人数，不计入）")
            item = QListWidgetItem(text)
            item.setData(MEETING_ROLE, meeting_id)
            self.meeting_list.addItem(item)
        if not self.meeting_list.count():
            self.meeting_list.addItem(self.tr("（本期尚无会议）"))

    def _activated(self, item: QListWidgetItem) -> None:
        meeting_id = item.data(MEETING_ROLE)
        if meeting_id is not None:
            self.meeting_chosen.emit(int(meeting_id))

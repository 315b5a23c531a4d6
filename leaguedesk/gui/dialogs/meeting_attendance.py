"""The attendance checklist of the meeting form: tick who came, give a reason for who did not.

Keyboard first: Space ticks or unticks the current member, the digits 1–6 set 出席, 迟到, 事假,
病假, 公假 and 无故缺席 and move to the next row; the 情况 cell also opens a list on double-click.
Once anyone is ticked, members still blank are marked 无故缺席 (visibly), so the sheet is never
half recorded by accident.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from leaguedesk.gui import meeting_labels
from leaguedesk.services.meeting_records import AttendanceEntry

STATUSES = ("出席", "迟到", "事假", "病假", "公假", "无故缺席")
PRESENT = ("出席", "迟到")
CHECK, NAME, GROUP, POST, STATUS, NOTE = range(6)
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
_COLOURS = {
    "出席": None,
    "迟到": QColor("#fff4d6"),
    "事假": QColor("#eef2ff"),
    "病假": QColor("#eef2ff"),
    "公假": QColor("#eef2ff"),
    "无故缺席": QColor("#fde2e1"),
}


class StatusDelegate(QStyledItemDelegate):
    """A list of the attendance states in the 情况 column."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        box = QComboBox(parent)
        for status in STATUSES:
            box.addItem(meeting_labels.text(status), status)
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(STATUS_ROLE))))

    def setModelData(
        self, editor: QWidget, model: object, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        table = self.parent()
        assert isinstance(table, AttendanceTable)
        table.set_status(index.row(), editor.currentData())


class AttendanceTable(QTableWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 6, parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("到会"),
                self.tr("姓名"),
                self.tr("团小组"),
                self.tr("职务"),
                self.tr("情况"),
                self.tr("备注"),
            ]
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((CHECK, 48), (NAME, 110), (GROUP, 110), (POST, 90), (STATUS, 90)):
            self.setColumnWidth(column, width)
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setItemDelegateForColumn(STATUS, StatusDelegate(self))
        self.setToolTip(
            self.tr(
                "空格：到会/未到；数字键 1 出席、2 迟到、3 事假、4 病假、5 公假、"
                "6 无故缺席；双击“情况”可选择，双击“备注”可填写事由"
            )
        )
        self._entries: list[AttendanceEntry] = []
        self._loading = False
        self.itemChanged.connect(self._item_changed)

    # Data -----------------------------------------------------------------------------------
    def set_entries(self, entries: tuple[AttendanceEntry, ...] | list[AttendanceEntry]) -> None:
        self._loading = True
        self._entries = list(entries)
        self.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            check = QTableWidgetItem()
            check.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            self.setItem(row, CHECK, check)
            for column, value in (
                (NAME, entry.name),
                (GROUP, entry.group_name),
                (POST, entry.post),
            ):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.setItem(row, column, item)
            status = QTableWidgetItem()
            status.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable
            )
            self.setItem(row, STATUS, status)
            self.setItem(row, NOTE, QTableWidgetItem(entry.note))
            self._show(row)
        self._loading = False
        self.changed.emit()

    def entries(self) -> tuple[AttendanceEntry, ...]:
        notes = [
            (self.item(row, NOTE).text() if self.item(row, NOTE) else "")
            for row in range(self.rowCount())
        ]
        return tuple(
            replace(entry, note=note.strip())
            for entry, note in zip(self._entries, notes, strict=True)
        )

    def recorded(self) -> bool:
        return any(entry.status is not None for entry in self._entries)

    def counts(self) -> tuple[int, int]:
        """(expected, present) among expected members."""
        expected = [e for e in self._entries if e.expected]
        return len(expected), sum(e.status in PRESENT for e in expected)

    def row_of(self, name: str) -> int:
        return next(row for row, entry in enumerate(self._entries) if entry.name == name)

    # Changing -------------------------------------------------------------------------------
    def set_status(self, row: int, status: str | None) -> None:
        if not 0 <= row < len(self._entries):
            return
        first = status is not None and not self.recorded()
        self._entries[row] = replace(self._entries[row], status=status)
        self._loading = True
        if first:  # the sheet is being recorded now: nobody stays blank
            for other, entry in enumerate(self._entries):
                if entry.status is None:
                    self._entries[other] = replace(entry, status="无故缺席")
                    self._show(other)
        self._show(row)
        self._loading = False
        self.changed.emit()

    def set_all(self, status: str | None) -> None:
        self._loading = True
        self._entries = [replace(entry, status=status) for entry in self._entries]
        for row in range(len(self._entries)):
            self._show(row)
        self._loading = False
        self.changed.emit()

    def toggle(self, row: int) -> None:
        status = self._entries[row].status
        if status in PRESENT:
            self.set_status(row, "无故缺席")
        else:
            self.set_status(row, "出席")

    def _show(self, row: int) -> None:
        status = self._entries[row].status
        check = self.item(row, CHECK)
        check.setCheckState(Qt.CheckState.Checked if status in PRESENT else Qt.CheckState.Unchecked)
        item = self.item(row, STATUS)
        item.setData(STATUS_ROLE, status)
        item.setText(meeting_labels.text(status) if status else "—")
        colour = _COLOURS.get(status or "")
        for column in range(self.columnCount()):
            cell = self.item(row, column)
            if cell is not None:
                cell.setBackground(colour if colour is not None else QColor(0, 0, 0, 0))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != CHECK:
            return
        row = item.row()
        ticked = item.checkState() == Qt.CheckState.Checked
        if ticked != (self._entries[row].status in PRESENT):
            self.set_status(row, "出席" if ticked else "无故缺席")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentRow()
        key = event.key()
        if row >= 0 and self.state() != QAbstractItemView.State.EditingState:
            if key == Qt.Key.Key_Space:
                self.toggle(row)
                return
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_6:
                self.set_status(row, STATUSES[key - Qt.Key.Key_1])
                if row + 1 < self.rowCount():
                    self.setCurrentCell(row + 1, self.currentColumn())
                return
        super().keyPressEvent(event)

"""The lists inside the meeting form besides attendance: 列席 guests, resolutions with their votes
(and a live verdict per resolution), and attachments kept in the league file.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leaguedesk.core.quorum import ResolutionKind
from leaguedesk.gui import meeting_labels
from leaguedesk.services.meeting_records import Guest, ResolutionEntry


def _buttons(
    owner: QWidget, add_text: str, remove_text: str
) -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    row = QHBoxLayout()
    add, remove = QPushButton(add_text), QPushButton(remove_text)
    row.addWidget(add)
    row.addWidget(remove)
    row.addStretch(1)
    return row, add, remove


class GuestList(QWidget):
    """列席人员: name and unit or role; they never count for quorum or votes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("姓名"), self.tr("单位、职务或身份")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(90)
        layout.addWidget(self.table)
        row, self.add_button, self.remove_button = _buttons(
            self, self.tr("添加列席人员"), self.tr("删除")
        )
        layout.addLayout(row)
        self.add_button.clicked.connect(lambda: self.add(Guest("")))
        self.remove_button.clicked.connect(self._remove)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())

    def set_guests(self, guests: tuple[Guest, ...]) -> None:
        self.table.setRowCount(0)
        for guest in guests:
            self.add(guest, edit=False)

    def add(self, guest: Guest, *, edit: bool = True) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(guest.name))
        self.table.setItem(row, 1, QTableWidgetItem(guest.role))
        if edit:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))
        self.changed.emit()

    def _remove(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())
            self.changed.emit()

    def guests(self) -> tuple[Guest, ...]:
        found = []
        for row in range(self.table.rowCount()):
            name = self.table.item(row, 0).text().strip() if self.table.item(row, 0) else ""
            role = self.table.item(row, 1).text().strip() if self.table.item(row, 1) else ""
            if name or role:
                found.append(Guest(name, role))
        return tuple(found)


TEXT, KIND, YES, NO, ABSTAIN, VERDICT = range(6)


class ResolutionList(QWidget):
    """决议: text, kind, 赞成 / 反对 / 弃权, and the verdict in words (set by the form)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("决议内容"),
                self.tr("类别"),
                self.tr("赞成"),
                self.tr("反对"),
                self.tr("弃权"),
                self.tr("表决结果"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(VERDICT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(110)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.table)
        row, self.add_button, self.remove_button = _buttons(
            self, self.tr("添加决议"), self.tr("删除")
        )
        layout.addLayout(row)
        self.add_button.clicked.connect(lambda: self.add(ResolutionEntry("")))
        self.remove_button.clicked.connect(self._remove)
        self.table.itemChanged.connect(self._item_changed)

    def set_resolutions(self, entries: tuple[ResolutionEntry, ...]) -> None:
        self.table.setRowCount(0)
        for entry in entries:
            self.add(entry, edit=False)

    def add(self, entry: ResolutionEntry, *, edit: bool = True) -> None:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self.table.setItem(row, TEXT, QTableWidgetItem(entry.text))
        kind = QComboBox()
        for value in ResolutionKind:
            kind.addItem(meeting_labels.text(value.value), value.value)
        kind.setCurrentIndex(max(0, kind.findData(entry.kind)))
        kind.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.table.setCellWidget(row, KIND, kind)
        for column, value in ((YES, entry.yes), (NO, entry.no), (ABSTAIN, entry.abstain)):
            spin = QSpinBox()
            spin.setRange(0, 100_000)
            spin.setValue(value)
            spin.valueChanged.connect(lambda _v: self.changed.emit())
            self.table.setCellWidget(row, column, spin)
        verdict = QTableWidgetItem()
        verdict.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(row, VERDICT, verdict)
        self.table.blockSignals(False)
        if edit:
            self.table.setCurrentCell(row, TEXT)
            self.table.editItem(self.table.item(row, TEXT))
        self.changed.emit()

    def _remove(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())
            self.changed.emit()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == TEXT:
            self.changed.emit()

    def spin(self, row: int, column: int) -> QSpinBox:
        widget = self.table.cellWidget(row, column)
        assert isinstance(widget, QSpinBox)
        return widget

    def resolutions(self) -> tuple[ResolutionEntry, ...]:
        found = []
        for row in range(self.table.rowCount()):
            text = self.table.item(row, TEXT).text() if self.table.item(row, TEXT) else ""
            kind = self.table.cellWidget(row, KIND)
            assert isinstance(kind, QComboBox)
            found.append(
                ResolutionEntry(
                    text.strip(),
                    kind.currentData(),
                    self.spin(row, YES).value(),
                    self.spin(row, NO).value(),
                    self.spin(row, ABSTAIN).value(),
                )
            )
        return tuple(found)

    def show_verdicts(self, verdicts: list[tuple[str, bool]]) -> None:
        """One (text, good) per row, in order."""
        self.table.blockSignals(True)
        for row, (text, good) in enumerate(verdicts):
            item = self.table.item(row, VERDICT)
            if item is not None:
                item.setText(text)
                item.setToolTip(text)
                item.setForeground(Qt.GlobalColor.darkGreen if good else Qt.GlobalColor.darkRed)
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()


class AttachmentList(QWidget):
    """Photos and files of the meeting; changes are kept until the form is saved."""

    add_requested = Signal()
    open_requested = Signal(object)  # the list item's data: ("stored", id) or ("new", path)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        layout.addWidget(self.list, 1)
        row, self.add_button, self.remove_button = _buttons(
            self, self.tr("添加照片或文件…"), self.tr("移除")
        )
        self.open_button = QPushButton(self.tr("打开"))
        row.insertWidget(2, self.open_button)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add_requested.emit)
        self.remove_button.clicked.connect(self._remove)
        self.open_button.clicked.connect(self._open)
        self.list.itemDoubleClicked.connect(lambda _item: self._open())
        self.removed: list[int] = []

    def add_item(self, label: str, data: tuple[str, object]) -> None:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, data)
        self.list.addItem(item)
        self.changed.emit()

    def _current(self) -> tuple[str, object] | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _remove(self) -> None:
        data = self._current()
        if data is None:
            return
        if data[0] == "stored":
            self.removed.append(int(data[1]))  # type: ignore[call-overload]
        self.list.takeItem(self.list.currentRow())
        self.changed.emit()

    def _open(self) -> None:
        data = self._current()
        if data is not None:
            self.open_requested.emit(data)

    def new_paths(self) -> list[str]:
        return [
            str(data[1])
            for data in (
                self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
            )
            if data[0] == "new"
        ]

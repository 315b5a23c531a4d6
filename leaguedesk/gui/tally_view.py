"""The tally grid's view, built for typing the paper tally in fast without the mouse.

Type a number into a vote cell (no editor opens: the digits go straight in, the first replacing
what was there); Tab or Enter moves right through 优秀 → 不合格 and then to the next member's
优秀; Shift+Tab goes back; the arrow keys move anywhere; Backspace removes the last digit and
Delete empties the cell. In the 支委会意见 column, 1–4 choose 优秀 … 不合格 and 0 or Delete
clears it; double-click (or F2) opens a list there for the mouse.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from leaguedesk.core.evaluation import GRADES
from leaguedesk.gui import two_systems_labels as labels
from leaguedesk.gui.tally_model import (
    ATTENDANCE,
    COMMITTEE,
    NAME,
    SUGGESTED,
    TOTAL,
    VOTE_COLUMNS,
    TallyModel,
)

Index = QModelIndex | QPersistentModelIndex
_MOVE_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class GradeDelegate(QStyledItemDelegate):
    """A list of the four grades (and none) for the 支委会意见 column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QComboBox(parent)
        box.addItem("", None)
        for grade in GRADES:
            box.addItem(labels.grade(grade.value), grade)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        current = index.data(Qt.ItemDataRole.DisplayRole) or ""
        editor.setCurrentIndex(max(0, editor.findText(current)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class TallyView(QTableView):
    def __init__(self, model: TallyModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self._typing: tuple[int, int] | None = None  # the cell digits are being typed into
        self._buffer = ""
        self.setItemDelegateForColumn(COMMITTEE, GradeDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setDefaultSectionSize(26)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        widths = {NAME: 110, TOTAL: 76, SUGGESTED: 110, COMMITTEE: 100, ATTENDANCE: 64}
        for column in range(model.columnCount()):
            self.setColumnWidth(column, widths.get(column, 70))
        header.setStretchLastSection(False)

    def tally_model(self) -> TallyModel:
        model = self.model()
        assert isinstance(model, TallyModel)
        return model

    def start(self) -> None:
        """Put the cursor on the first member's 优秀 cell, ready for typing."""
        if self.model().rowCount():
            self.setCurrentIndex(self.model().index(0, VOTE_COLUMNS[0]))
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def currentChanged(self, current: Index, previous: Index) -> None:
        super().currentChanged(current, previous)
        self._typing = None
        self._buffer = ""

    def _step(self, forward: bool) -> None:
        """The next (or previous) vote cell, row by row."""
        current = self.currentIndex()
        rows = self.model().rowCount()
        if not rows:
            return
        row = max(current.row(), 0)
        column = current.column()
        order = [(r, c) for r in range(rows) for c in VOTE_COLUMNS]
        if column in VOTE_COLUMNS:
            position = order.index((row, column)) + (1 if forward else -1)
        else:  # from a name or a grade: the row's first (or previous row's last) vote cell
            position = order.index((row, VOTE_COLUMNS[0])) + (0 if forward else -1)
        position = min(max(position, 0), len(order) - 1)
        target_row, target_column = order[position]
        self.setCurrentIndex(self.model().index(target_row, target_column))
        self._typing, self._buffer = None, ""  # also at the last cell, where nothing moves

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.tally_model().read_only or self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        key, index = event.key(), self.currentIndex()
        text = event.text()
        if key in _MOVE_KEYS and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._step(True)
        elif key == Qt.Key.Key_Backtab or (
            key == Qt.Key.Key_Tab and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self._step(False)
        elif index.isValid() and index.column() in VOTE_COLUMNS and self._vote_key(index, event):
            pass
        elif (
            index.isValid()
            and index.column() == COMMITTEE
            and (text in ("0", "1", "2", "3", "4") or key == Qt.Key.Key_Delete)
        ):
            grade: Any = None if text in ("0", "") else GRADES[int(text) - 1]
            self.model().setData(index, grade, Qt.ItemDataRole.EditRole)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _vote_key(self, index: QModelIndex, event: QKeyEvent) -> bool:
        """Digits, Backspace and Delete in a vote cell; False for any other key."""
        text, key = event.text(), event.key()
        cell = (index.row(), index.column())
        if text.isdigit() and len(text) == 1:
            self._buffer = (self._buffer if self._typing == cell else "") + text
            self._typing = cell
            if not self.model().setData(index, int(self._buffer), Qt.ItemDataRole.EditRole):
                self._buffer = self._buffer[:-1]
            return True
        if key == Qt.Key.Key_Backspace:
            if self._typing != cell:
                self._buffer = str(index.data(Qt.ItemDataRole.EditRole) or "")
                self._typing = cell
            self._buffer = self._buffer[:-1]
            self.model().setData(index, int(self._buffer or 0), Qt.ItemDataRole.EditRole)
            return True
        if key == Qt.Key.Key_Delete:
            self._typing, self._buffer = cell, ""
            self.model().setData(index, 0, Qt.ItemDataRole.EditRole)
            return True
        return False

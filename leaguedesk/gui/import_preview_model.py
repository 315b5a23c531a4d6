"""The import preview table: every row of the sheet, each bad cell red (error) or amber (warning).

A QAbstractTableModel over an ``ImportPlan``: columns are the sheet's mapped columns in their
own order (under their own headers), after the row number and what will happen to the row.
A cell with an issue shows what the sheet holds and the messages as its tooltip; other cells
show the value as the roster will store it. Rows are the plan's own objects, so 50,000 rows
cost nothing extra; the filter keeps a list of row positions.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from leaguedesk.core.fields import FIELDS_BY_KEY, Kind
from leaguedesk.core.issues import Issue
from leaguedesk.exchange.cleaning import BRANCH, GROUP, plain_text
from leaguedesk.exchange.headers import field_label
from leaguedesk.exchange.importing import Action, ImportPlan, PlannedRow
from leaguedesk.exchange.problems import IssueCode
from leaguedesk.messages.exchange import issue_text

ERROR_BACKGROUND = QColor("#f8d7da")
ERROR_TEXT = QColor("#842029")
WARNING_BACKGROUND = QColor("#fff3cd")
WARNING_TEXT = QColor("#7a5b00")
EXCLUDED_TEXT = QColor("#9a9a9a")
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 1  # "error", "warning" or None, for tests and delegates

ROW_COLUMN = 0
ACTION_COLUMN = 1
_FIRST_FIELD = 2
# Issues about the whole row rather than one of its cells: shown on the action column.
_ROW_CODES = {IssueCode.EXISTS_SKIPPED, IssueCode.EXISTS_UPDATED}
Index = QModelIndex | QPersistentModelIndex

_ACTIONS = {
    Action.CREATE: QT_TRANSLATE_NOOP("ImportPreviewModel", "新增"),
    Action.UPDATE: QT_TRANSLATE_NOOP("ImportPreviewModel", "更新"),
    Action.SKIP: QT_TRANSLATE_NOOP("ImportPreviewModel", "跳过"),
    Action.UNCHANGED: QT_TRANSLATE_NOOP("ImportPreviewModel", "无变化"),
    Action.OTHER_BRANCH: QT_TRANSLATE_NOOP("ImportPreviewModel", "其他支部"),
}


class ImportPreviewModel(QAbstractTableModel):
    def __init__(self, plan: ImportPlan | None = None, parent: Any = None):
        super().__init__(parent)
        self._plan: ImportPlan | None = None
        self._columns: list[tuple[int, str]] = []  # (sheet column, field key)
        self._visible: list[int] = []
        self._only_problems = False
        if plan is not None:
            self.set_plan(plan)

    # Data -----------------------------------------------------------------------------------
    @property
    def plan(self) -> ImportPlan | None:
        return self._plan

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self._plan = plan
        self._columns = (
            [] if plan is None else sorted((c, k) for k, c in plan.mapping.field_columns.items())
        )
        self._filter()
        self.endResetModel()

    def set_only_problems(self, only: bool) -> None:
        """只看有问题的行: keep the rows with an error or a warning."""
        self.beginResetModel()
        self._only_problems = only
        self._filter()
        self.endResetModel()

    def refresh(self) -> None:
        """The plan's rows changed (rows left out or taken back): repaint everything."""
        self.beginResetModel()
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        rows = self._plan.rows if self._plan is not None else []
        if self._only_problems:
            self._visible = [n for n, row in enumerate(rows) if row.issues]
        else:
            self._visible = list(range(len(rows)))

    def planned_row(self, row: int) -> PlannedRow:
        assert self._plan is not None
        return self._plan.rows[self._visible[row]]

    def column_key(self, column: int) -> str | None:
        if column >= _FIRST_FIELD:
            return self._columns[column - _FIRST_FIELD][1]
        return None

    def column_of(self, key: str) -> int | None:
        """The model column showing field ``key`` (None when the sheet has no such column)."""
        for n, (_, k) in enumerate(self._columns):
            if k == key:
                return n + _FIRST_FIELD
        return None

    # Qt model ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._plan is None else len(self._columns) + _FIRST_FIELD

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or self._plan is None:
            return None
        if not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == ROW_COLUMN:
                return self.tr("行号")
            if section == ACTION_COLUMN:
                return self.tr("处理")
            column, _key = self._columns[section - _FIRST_FIELD]
            return self._plan.mapping.labels.get(column, "")
        if role == Qt.ItemDataRole.ToolTipRole and section >= _FIRST_FIELD:
            _column, key = self._columns[section - _FIRST_FIELD]
            return self.tr("导入为：{field}").format(field=field_label(key))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._visible) or self._plan is None:
            return None
        row = self.planned_row(index.row())
        column = index.column()
        issues = self._issues(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column, bool(issues))
        if role == SEVERITY_ROLE:
            return _severity(issues)
        if role == Qt.ItemDataRole.BackgroundRole:
            severity = _severity(issues)
            if severity == "error":
                return ERROR_BACKGROUND
            if severity == "warning":
                return WARNING_BACKGROUND
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.excluded:
                return EXCLUDED_TEXT
            if column == ACTION_COLUMN and row.has_errors:
                return ERROR_TEXT
            severity = _severity(issues)
            if severity == "error":
                return ERROR_TEXT
            if severity == "warning":
                return WARNING_TEXT
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [issue_text(i) for i in issues]
            if column == ACTION_COLUMN:
                lines += self._changes(row)
            return "\n".join(lines) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ROW_COLUMN, ACTION_COLUMN):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    # Cells ----------------------------------------------------------------------------------
    def _issues(self, row: PlannedRow, column: int) -> list[Issue]:
        if not row.issues:
            return []
        if column == ROW_COLUMN:
            return []
        shown = {k for _, k in self._columns}
        if column == ACTION_COLUMN:  # what concerns the row, or a field without a column
            return [i for i in row.issues if i.code in _ROW_CODES or i.field not in shown]
        key = self._columns[column - _FIRST_FIELD][1]
        return [i for i in row.issues if i.field == key and i.code not in _ROW_CODES]

    def _display(self, row: PlannedRow, column: int, has_issue: bool) -> str:
        if column == ROW_COLUMN:
            return str(row.row)
        if column == ACTION_COLUMN:
            if row.excluded:
                return self.tr("不导入")
            if row.has_errors:
                return self.tr("有错误")
            return QCoreApplication.translate("ImportPreviewModel", _ACTIONS[row.action])
        sheet_column, key = self._columns[column - _FIRST_FIELD]
        if key == BRANCH:
            return row.branch
        if (has_issue or row.prepared is None) and row.source is not None:
            return plain_text(row.source[sheet_column]) if sheet_column < len(row.source) else ""
        if row.prepared is None:
            return ""
        values = row.prepared.values
        value = row.prepared.group_name if key == GROUP else values.get(key)
        if value is None:
            return ""
        spec = FIELDS_BY_KEY.get(key)
        if spec is not None and spec.kind is Kind.BOOL:
            return self.tr("是") if value else self.tr("否")
        return str(value)

    def _changes(self, row: PlannedRow) -> list[str]:
        """For an update: each field that changes, old → new."""
        return [
            self.tr("{field}：{old} → {new}").format(
                field=field_label(key),
                old="" if old is None else old,
                new="" if new is None else new,
            )
            for key, (old, new) in row.changes.items()
        ]


def _severity(issues: list[Issue]) -> str | None:
    if not issues:
        return None
    return "error" if any(i.is_error for i in issues) else "warning"

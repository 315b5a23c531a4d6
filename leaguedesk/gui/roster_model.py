"""The roster table model: an ordered list of member ids with light rows fetched page by page.

Filtering, searching and ordering are SQL (storage.roster); the model only holds the ids of the
matching members and keeps a few pages of visible cells in a small LRU cache, so a file with
100,000 members costs one list of ints plus the rows on screen.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from leaguedesk.core import idcard
from leaguedesk.core.fields import FIELDS_BY_KEY, Kind
from leaguedesk.gui.issues import WARNING_COLOUR
from leaguedesk.storage import roster
from leaguedesk.storage.leaguefile import LeagueFile
from leaguedesk.storage.roster import (
    AGE,
    BRANCH,
    LAST_REGISTERED,
    STATUS,
    STATUS_SINCE,
    RosterQuery,
    RosterRow,
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # native values: pinyin key, int age, bool, ISO dates
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 2

_EXTRA_LABELS = {
    AGE: QT_TRANSLATE_NOOP("RosterModel", "年龄"),
    BRANCH: QT_TRANSLATE_NOOP("RosterModel", "所在支部"),
    STATUS: QT_TRANSLATE_NOOP("RosterModel", "团籍状态"),
    STATUS_SINCE: QT_TRANSLATE_NOOP("RosterModel", "状态变更日期"),
    LAST_REGISTERED: QT_TRANSLATE_NOOP("RosterModel", "最近注册年度"),
}
DEFAULT_COLUMNS = (
    "name",
    "sex",
    AGE,
    "id_number",
    "political_status",
    "joined_on",
    "group_id",
    "league_post",
    "phone",
    "workplace",
)
_CENTRED = {
    AGE,
    "sex",
    "is_cadre",
    "joined_on",
    "birth_date",
    "post_since",
    STATUS_SINCE,
    LAST_REGISTERED,
    "party_joined_on",
    "volunteer_registered_on",
}
Index = QModelIndex | QPersistentModelIndex
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        SORT_ROLE,
        MEMBER_ID_ROLE,
    }
)


def column_label(key: str) -> str:
    """A column's header: the national field label, or the roster's own for derived columns."""
    if key in FIELDS_BY_KEY:
        return FIELDS_BY_KEY[key].label
    return QCoreApplication.translate("RosterModel", _EXTRA_LABELS[key])


def _warning_icon() -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#f0a020"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class RosterModel(QAbstractTableModel):
    """Rows are members matching ``query``; columns are the roster column keys chosen."""

    def __init__(
        self,
        league: LeagueFile | None = None,
        *,
        query: RosterQuery | None = None,
        columns: tuple[str, ...] | list[str] = DEFAULT_COLUMNS,
        today: dt.date | None = None,
        page_size: int = 128,
        max_pages: int = 40,
        parent: Any = None,
    ):
        super().__init__(parent)
        self._league = league
        self._query = query or RosterQuery()
        self._columns = [c for c in columns if c in roster.COLUMN_KEYS]
        self._fixed_today = today
        self._page_size = page_size
        self._max_pages = max_pages
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, RosterRow]] = OrderedDict()
        self._revealed = False
        self._icon: QIcon | None = None
        self._reload()

    # Query ----------------------------------------------------------------------------------
    @property
    def today(self) -> dt.date:
        return self._fixed_today or dt.date.today()

    @property
    def query(self) -> RosterQuery:
        return self._query

    @property
    def columns(self) -> list[str]:
        return list(self._columns)

    @property
    def ids(self) -> list[int]:
        return self._ids

    @property
    def league(self) -> LeagueFile | None:
        return self._league

    def set_league(self, league: LeagueFile | None, query: RosterQuery | None = None) -> None:
        """Show another file (and, optionally, another query) with one read."""
        self.beginResetModel()
        self._league = league
        self._revealed = False
        if query is not None:
            self._query = query
        self._reload()
        self.endResetModel()

    def set_query(self, query: RosterQuery) -> None:
        """Run ``query`` and show its members (one SQL statement for the ids, then a reset)."""
        self.beginResetModel()
        self._query = query
        self._reload()
        self.endResetModel()

    def refresh(self) -> None:
        """Read the same query again (records were changed)."""
        self.set_query(self._query)

    def set_columns(self, columns: list[str] | tuple[str, ...]) -> None:
        self.beginResetModel()
        self._columns = [c for c in columns if c in roster.COLUMN_KEYS]
        self._pages.clear()
        self.endResetModel()

    def _reload(self) -> None:
        self._pages.clear()
        if self._league is None:
            self._ids = []
        else:
            self._ids = roster.member_ids(self._league, self._query, today=self.today)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = self._columns[column]
        if key == self._query.sort and descending == self._query.descending:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [
            (self._ids[i.row()] if i.row() < len(self._ids) else None, i.column()) for i in old
        ]
        self._query = replace(self._query, sort=key, descending=descending)
        self._reload()
        positions = {member_id: row for row, member_id in enumerate(self._ids)}
        new = [
            self.index(positions[mid], col) if mid in positions else QModelIndex()
            for mid, col in old_ids
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # Id masking -----------------------------------------------------------------------------
    @property
    def ids_revealed(self) -> bool:
        return self._revealed

    def set_ids_revealed(self, revealed: bool) -> None:
        if revealed == self._revealed:
            return
        self._revealed = revealed
        if "id_number" in self._columns and self._ids:
            column = self._columns.index("id_number")
            self.dataChanged.emit(
                self.index(0, column),
                self.index(len(self._ids) - 1, column),
                [Qt.ItemDataRole.DisplayRole],
            )

    # Lookups --------------------------------------------------------------------------------
    def member_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, member_id: int) -> int | None:
        try:
            return self._ids.index(member_id)
        except ValueError:
            return None

    def row_data(self, row: int) -> RosterRow | None:
        """The light row behind a table row (fetching its page when needed)."""
        if not 0 <= row < len(self._ids):
            return None
        page = self._page(row // self._page_size)
        return page.get(self._ids[row])

    def _page(self, number: int) -> dict[int, RosterRow]:
        cached = self._pages.get(number)
        if cached is not None:
            self._pages.move_to_end(number)
            return cached
        start = number * self._page_size
        ids = self._ids[start : start + self._page_size]
        rows = roster.fetch_rows(self._league, ids, self._columns) if self._league else {}
        self._pages[number] = rows
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)
        return rows

    @property
    def cached_pages(self) -> int:
        return len(self._pages)

    # Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._columns):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return column_label(self._columns[section])
            if role == Qt.ItemDataRole.UserRole:
                return self._columns[section]
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._ids):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks a dozen roles per cell while painting; answer the unused ones first.
        if role not in _ROLES or not index.isValid() or index.row() >= len(self._ids):
            return None
        key = self._columns[index.column()]
        if role == MEMBER_ID_ROLE:
            return self._ids[index.row()]
        row = self.row_data(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == SORT_ROLE:
            return self._sort_value(row, key)
        if role == Qt.ItemDataRole.DecorationRole and key == "name" and row.warnings:
            if self._icon is None:
                self._icon = _warning_icon()
            return self._icon
        if role == Qt.ItemDataRole.ToolTipRole and key == "name" and row.warnings:
            return self.tr("保存时有 {n} 条提示待核实，打开记录可查看").format(n=len(row.warnings))
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status != roster.ACTIVE_STATUS:
                return QColor("#8a8a8a")
            if key == "name" and row.warnings:
                return WARNING_COLOUR
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _CENTRED:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, row: RosterRow, key: str) -> str:
        value = row.cells.get(key)
        if key == AGE:
            age = roster.age_on(row.birth_date, self.today)
            return "" if age is None else str(age)
        if value is None:
            return ""
        if key == "id_number":
            return str(value) if self._revealed else idcard.mask(str(value))
        spec = FIELDS_BY_KEY.get(key)
        if spec is not None and spec.kind is Kind.BOOL:
            return self.tr("是") if value else ""
        return str(value)

    def _sort_value(self, row: RosterRow, key: str) -> Any:
        if key == "name":
            return row.name_pinyin
        if key == AGE:
            age = roster.age_on(row.birth_date, self.today)
            return -1 if age is None else age
        value = row.cells.get(key)
        spec = FIELDS_BY_KEY.get(key)
        if spec is not None and spec.kind is Kind.BOOL:
            return bool(value)
        return "" if value is None else value

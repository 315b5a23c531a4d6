"""Exports from the window: the roster (完整名册 / 智慧团建导入格式) and 导出当前视图 — of the
roster (from the league file: every row of the filter, IDs masked as shown) and of any other
table in the window (``view_export.add_view_export``: what the table shows).

Each export asks for a file name, then writes off the UI thread, with a progress dialog whose
取消 leaves any earlier file in place.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QTableView,
    QWidget,
)

from leaguedesk.core import dates, idcard
from leaguedesk.core.fields import FIELDS_BY_KEY, Kind
from leaguedesk.exchange.export import (
    DATE,
    MONTH,
    Column,
    RosterFormat,
    export_roster,
    export_table,
)
from leaguedesk.gui.roster_model import column_label
from leaguedesk.gui.session import Session
from leaguedesk.gui.tasks import TaskHandle
from leaguedesk.messages.failures import failure_text
from leaguedesk.storage import leaguefile, roster
from leaguedesk.storage.roster import AGE, STATUS_SINCE, RosterQuery


class ExportRun(QObject):
    """One export running through session.tasks, shown in a progress dialog with 取消."""

    def __init__(
        self,
        parent: QWidget,
        session: Session,
        target: Path,
        work: Callable[[TaskHandle], int],
        done_text: str,
    ):
        super().__init__(parent)
        self.parent_widget = parent
        self.target = target
        self.done_text = done_text
        self.count: int | None = None
        self.error: Exception | None = None
        self.dialog = QProgressDialog(
            self.tr("正在导出到 {name}…").format(name=target.name), self.tr("取消"), 0, 0, parent
        )
        self.dialog.setWindowTitle(self.tr("导出"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.handle = session.tasks.start(
            work,
            on_done=self._done,
            on_error=self._failed,
            on_progress=self._progress,
            on_cancel=self._closed,
        )
        self.dialog.canceled.connect(self.handle.cancel)

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _closed(self) -> None:
        self.dialog.reset()
        self.dialog.close()

    def _done(self, count: int) -> None:
        self._closed()
        self.count = count
        text = self.done_text.format(n=count, path=self.target)
        window = self.parent_widget.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 15000)
        else:
            QMessageBox.information(self.parent_widget, self.tr("导出"), text)

    def _failed(self, error: Exception) -> None:
        self._closed()
        self.error = error
        text = failure_text(error, self.tr("导出时出现意外错误：{detail}"))
        QMessageBox.warning(self.parent_widget, self.tr("导出"), text)


class Exporter(QObject):
    """The export actions: ask for a file, then start an ExportRun."""

    def __init__(self, parent: QWidget, session: Session):
        super().__init__(parent)
        self.parent_widget = parent
        self.session = session

    def ask_target(self, title: str, suggested: Path) -> Path | None:
        """A save dialog for an .xlsx; the suffix is added when left out."""
        name, _ = QFileDialog.getSaveFileName(
            self.parent_widget, title, str(suggested), self.tr("Excel 工作簿 (*.xlsx)")
        )
        if not name:
            return None
        return Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")

    def _suggested(self, stem: str) -> Path:
        league = self.session.league
        folder = league.path.parent if league is not None else Path.home()
        branch = self.session.branch()
        scope = branch.name if branch is not None else (league.path.stem if league else "")
        return folder / f"{stem}-{scope}-{dt.date.today():%Y%m%d}.xlsx"

    def roster_file(self, fmt: RosterFormat) -> ExportRun | None:
        """文件 → 导出 → 完整名册… / 智慧团建导入格式…, for the chosen branch (or all)."""
        league = self.session.league
        if league is None:
            return None
        if fmt == "zhtj":
            title, stem = self.tr("导出智慧团建导入格式"), self.tr("智慧团建团员信息")
        else:
            title, stem = self.tr("导出完整名册"), self.tr("团员花名册")
        target = self.ask_target(title, self._suggested(stem))
        if target is None:
            return None
        branch_id = self.session.branch_id

        def work(handle: TaskHandle) -> int:
            with leaguefile.worker_connection(league, readonly=True) as reader:
                return export_roster(
                    reader, target, branch_id=branch_id, fmt=fmt, progress=handle.report
                )

        return ExportRun(
            self.parent_widget, self.session, target, work, self.tr("已导出 {n} 名团员到 {path}")
        )

    def roster_view(
        self, query: RosterQuery, keys: Sequence[str], *, revealed: bool, today: dt.date
    ) -> ExportRun | None:
        """导出当前视图: the roster table's visible columns, filter and order, as shown."""
        league = self.session.league
        if league is None:
            return None
        target = self.ask_target(self.tr("导出当前视图"), self._suggested(self.tr("名册视图")))
        if target is None:
            return None
        keys = list(keys)
        total = roster.count(league, query, today=today)
        columns = view_columns(keys)
        title, yes = self.tr("团员名册"), self.tr("是")

        def work(handle: TaskHandle) -> int:
            with leaguefile.worker_connection(league, readonly=True) as reader:
                rows = view_rows(reader, query, keys, revealed=revealed, today=today, yes=yes)
                return export_table(
                    columns, rows, target, title=title, progress=handle.report, total=total
                )

        return ExportRun(
            self.parent_widget, self.session, target, work, self.tr("已导出 {n} 行到 {path}")
        )

    def table_view(self, view: QTableView, title: str) -> ExportRun | None:
        """导出当前视图 of a table in the window: its visible columns in their order on screen
        and its rows as shown; counts become numbers and dates real dates."""
        target = self.ask_target(self.tr("导出当前视图"), self._suggested(title))
        if target is None:
            return None
        headers, rows = table_snapshot(view)

        def work(handle: TaskHandle) -> int:
            return export_table(
                headers, rows, target, title=title, progress=handle.report, total=len(rows)
            )

        return ExportRun(
            self.parent_widget, self.session, target, work, self.tr("已导出 {n} 行到 {path}")
        )


_COUNT = re.compile(r"^-?\d{1,9}$")  # longer digit strings are IDs and phone numbers: text


def table_snapshot(view: QTableView) -> tuple[list[str], list[list[Any]]]:
    """What a table shows: headers and rows of its visible columns, in their order on screen."""
    model = view.model()
    header = view.horizontalHeader()
    columns = [header.logicalIndex(v) for v in range(header.count())]
    columns = [c for c in columns if not header.isSectionHidden(c)]
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
    rows = [
        [_shown(view, model.index(r, c)) for c in columns]
        for r in range(model.rowCount())
        if not view.isRowHidden(r)
    ]
    return headers, rows


def _shown(view: QAbstractItemView, index: QModelIndex) -> Any:
    value = index.data(Qt.ItemDataRole.DisplayRole)
    if value is None or value == "":
        widget = view.indexWidget(index)  # a choice or a number edited in place
        read = getattr(widget, "currentText", None) or getattr(widget, "text", None)
        value = read() if callable(read) else None
    if (value is None or value == "") and index.data(Qt.ItemDataRole.CheckStateRole) in (
        Qt.CheckState.Checked,
        Qt.CheckState.Checked.value,
    ):
        value = "✓"
    if isinstance(value, str):
        text = value.strip()
        if _COUNT.match(text):
            return int(text)
        return dates.parse_day(text) or text or None
    return value


def view_columns(keys: Sequence[str]) -> list[Column]:
    """The headers of a roster view as shown, dates stored as dates."""
    columns = []
    for key in keys:
        spec = FIELDS_BY_KEY.get(key)
        kind = spec.kind if spec is not None else None
        number_format = (
            DATE
            if kind is Kind.DATE or key == STATUS_SINCE
            else (MONTH if kind is Kind.MONTH else None)
        )
        columns.append(Column(column_label(key), number_format))
    return columns


def view_rows(
    reader: leaguefile.LeagueFile,
    query: RosterQuery,
    keys: Sequence[str],
    *,
    revealed: bool,
    today: dt.date,
    yes: str = "是",
) -> Iterator[list[Any]]:
    """The rows of a roster view, as the table shows them (IDs masked unless revealed)."""
    ids = roster.member_ids(reader, query, today=today)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = roster.fetch_rows(reader, chunk, keys)
        for member_id in chunk:
            row = rows.get(member_id)
            if row is not None:
                yield [_cell(row, key, revealed, today, yes) for key in keys]


def _cell(row: roster.RosterRow, key: str, revealed: bool, today: dt.date, yes: str) -> Any:
    if key == AGE:
        return roster.age_on(row.birth_date, today)
    value = row.cells.get(key)
    if value is None or value == "":
        return None
    if key == "id_number":
        return str(value) if revealed else idcard.mask(str(value))
    spec = FIELDS_BY_KEY.get(key)
    kind = spec.kind if spec is not None else None
    if kind is Kind.BOOL:
        return yes if value else None
    if kind is Kind.MONTH:
        return dates.parse_month(str(value)) or value
    if kind is Kind.DATE or key == STATUS_SINCE:
        return dates.parse_day(str(value)) or value
    return value

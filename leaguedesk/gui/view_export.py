"""导出当前视图… for any table of the window: Ctrl+E while the table has the focus, and its
context menu. The export itself (``exports.Exporter.table_view``, with openpyxl) loads when
first used, not with the page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTableView

from leaguedesk.gui.session import Session


def add_view_export(view: QTableView, session: Session, title: Callable[[], str]) -> QAction:
    """Give ``view`` its 导出当前视图… action; ``title`` names the sheet and the file."""
    action = QAction(QCoreApplication.translate("ViewExport", "导出当前视图…"), view)
    action.setShortcut(QKeySequence("Ctrl+E"))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def export() -> None:
        from leaguedesk.gui.exports import Exporter

        Exporter(view, session).table_view(view, title())  # the run is a child of the view

    action.triggered.connect(export)
    view.addAction(action)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action

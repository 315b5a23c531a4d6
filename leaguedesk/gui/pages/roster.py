"""名册: the member roster — search as you type, filters, pinyin order, alerts and undo.

The table is a RosterModel over SQL (storage.roster), so it stays instant with 100,000 members.
Edits go through the members service; each saved edit is an undo step (Ctrl+Z / Ctrl+Y) that
writes the old values back through the service, so the member's history records the undo too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leaguedesk.core.fields import FIELDS_BY_KEY, POLITICAL_STATUSES
from leaguedesk.gui.issues import issue_text
from leaguedesk.gui.pages.roster_alerts import RosterAlerts
from leaguedesk.gui.roster_model import DEFAULT_COLUMNS, RosterModel, column_label
from leaguedesk.gui.session import Session
from leaguedesk.services import members
from leaguedesk.storage import roster
from leaguedesk.storage.roster import BRANCH, STATUS, STATUS_SINCE, RosterQuery

if TYPE_CHECKING:  # the dialogs load when first opened, not with the window
    from leaguedesk.gui.dialogs.member_form import MemberForm
    from leaguedesk.gui.dialogs.member_status import StatusDialog

SEARCH_DELAY_MS = 150
COLUMNS_SETTING = "roster/columns"
_COLUMN_WIDTHS = {
    "name": 110,
    "sex": 48,
    "age": 52,
    "id_number": 178,
    "political_status": 100,
    "joined_on": 80,
    "group_id": 100,
    "league_post": 84,
    "phone": 118,
    "workplace": 180,
    BRANCH: 220,
    STATUS: 80,
    STATUS_SINCE: 100,
    "is_cadre": 80,
}


class EditMemberCommand(QUndoCommand):
    """One saved edit of a member; undo writes the old values back through the service."""

    def __init__(
        self,
        page: RosterPage,
        member_id: int,
        name: str,
        before: dict[str, Any],
        after: dict[str, Any],
    ):
        labels = "、".join(FIELDS_BY_KEY[k].label for k in after if k in FIELDS_BY_KEY)
        text = QCoreApplication.translate("RosterPage", "修改{name}的{fields}")
        super().__init__(text.format(name=name, fields=labels))
        self.page = page
        self.member_id = member_id
        self.before = before
        self.after = after
        self._applied = True  # the form already saved it

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        note = QCoreApplication.translate("RosterPage", "重做")
        if not self.page.apply_values(self.member_id, self.after, note=note):
            self.setObsolete(True)

    def undo(self) -> None:
        note = QCoreApplication.translate("RosterPage", "撤销")
        if not self.page.apply_values(self.member_id, self.before, note=note):
            self.setObsolete(True)


class RosterPage(QWidget):
    def __init__(
        self, session: Session, parent: QWidget | None = None, *, today: dt.date | None = None
    ):
        super().__init__(parent)
        self.session = session
        self._today = today
        self.form: MemberForm | None = None
        self.status_dialog: StatusDialog | None = None
        self.undo_stack = QUndoStack(self)
        self._branch_count = 0
        self._total_active: int | None = None

        self.model = RosterModel(None, today=today, columns=self._wanted_columns(), parent=self)
        self._build()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())

        session.file_changed.connect(self._file_changed)
        session.branch_changed.connect(self._branch_changed)
        session.data_changed.connect(self.refresh)
        self._file_changed()

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # Building -------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        top = QHBoxLayout()
        self.heading = QLabel(self.tr("团员名册"))
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        top.addWidget(self.heading)
        self.scope = QLabel()
        self.scope.setStyleSheet("color: #666; padding-left: 8px;")
        top.addWidget(self.scope, 1)
        self.new_button = QPushButton(self.tr("新增团员"))
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.new_button.clicked.connect(self.new_member)
        self.leave_button = QPushButton(self.tr("离团/转出…"))
        self.leave_button.setToolTip(self.tr("Del"))
        self.leave_button.clicked.connect(self.leave_selected)
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("更多"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        top.addWidget(self.new_button)
        top.addWidget(self.leave_button)
        top.addWidget(self.more_button)
        layout.addLayout(top)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("rosterSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("搜索姓名、拼音、首字母（如 zs）、身份证尾号或手机号　Ctrl+F")
        )
        self.search.setMinimumWidth(220)
        self.search.returnPressed.connect(self._search_entered)
        filters.addWidget(self.search, 3)
        self.status_filter = self._combo(
            [
                (self.tr("在册团员"), (roster.ACTIVE_STATUS,)),
                (self.tr("已离团（历史）"), roster.LEFT_STATUSES),
                (self.tr("全部记录"), ()),
                *((status, (status,)) for status in roster.LEFT_STATUSES),
            ]
        )
        self.group_filter = self._combo([(self.tr("全部团小组"), None)])
        self.political_filter = self._combo(
            [(self.tr("全部政治面貌"), None), *((s, s) for s in POLITICAL_STATUSES)]
        )
        self.cadre_filter = self._combo(
            [
                (self.tr("团干部：不限"), None),
                (self.tr("团干部"), True),
                (self.tr("非团干部"), False),
            ]
        )
        self.min_age = self._age_box()
        self.max_age = self._age_box()
        for label, widget in (
            (None, self.status_filter),
            (None, self.group_filter),
            (None, self.political_filter),
            (self.tr("年龄"), self.min_age),
            ("–", self.max_age),
            (None, self.cadre_filter),
        ):
            if label:
                filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        self.clear_button = QPushButton(self.tr("清除筛选"))
        self.clear_button.clicked.connect(self.clear_filters)
        filters.addWidget(self.clear_button)
        layout.addLayout(filters)

        self.alerts = RosterAlerts(self.session, self._several_branches)
        self.alerts.member_chosen.connect(self.open_member)
        self.alerts.months.valueChanged.connect(self.update_alerts)
        layout.addWidget(self.alerts)

        self.table = QTableView()
        self.table.setObjectName("rosterTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self.table.activated.connect(self._row_activated)
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(26)
        vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(False)
        header.setHighlightSections(False)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.setToolTip(self.tr("点击表头排序（姓名按拼音）；右键选择显示的列"))
        header.sectionClicked.connect(self._header_clicked)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("rosterCount")
        bottom.addWidget(self.count_label, 1)
        hint = QLabel(self.tr("Enter 打开　Del 离团/转出　Ctrl+N 新增　Ctrl+Z 撤销"))
        hint.setStyleSheet("color: #888;")
        bottom.addWidget(hint)
        layout.addLayout(bottom)
        self._build_actions()

    def _combo(self, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox()
        for text, data in items:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        return combo

    def _age_box(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, 99)
        box.setSpecialValueText(self.tr("不限"))
        box.setSuffix(self.tr(" 岁"))
        box.valueChanged.connect(lambda _v: self.apply_filters())
        return box

    def _build_actions(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("撤销"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("重做"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.reveal_action = QAction(self.tr("显示完整身份证号"), self)
        self.reveal_action.setCheckable(True)
        self.reveal_action.toggled.connect(self._reveal_toggled)
        self.delete_action = QAction(self.tr("删除误录的记录…"), self)
        self.delete_action.triggered.connect(self.delete_selected)
        self.export_action = QAction(self.tr("导出当前视图…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setShortcutContext(context)
        self.export_action.triggered.connect(self.export_view)
        self.addAction(self.export_action)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(context)
            self.addAction(action)
        menu = QMenu(self)
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        menu.addAction(self.reveal_action)
        menu.addAction(self.delete_action)
        menu.addSeparator()
        menu.addAction(self.export_action)
        self.more_button.setMenu(menu)
        for keys, slot in (
            (QKeySequence.StandardKey.Find, self.focus_search),
            (QKeySequence.StandardKey.New, self.new_member),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.leave_selected)

    # Session --------------------------------------------------------------------------------
    def _file_changed(self) -> None:
        self.undo_stack.clear()
        self.reveal_action.setChecked(False)
        self._branch_changed()

    def _branch_changed(self) -> None:
        league = self.session.league
        branch = self.session.branch()
        if league is None:
            self.scope.setText(self.tr("未打开团务文件"))
        elif branch is None:
            self.scope.setText(self.tr("全部支部"))
        else:
            self.scope.setText(branch.display_name)
        self.group_filter.blockSignals(True)
        self.group_filter.clear()
        self.group_filter.addItem(self.tr("全部团小组"), None)
        if league is not None and self.session.branch_id is not None:
            for group_id, name in members.groups(league, self.session.branch_id):
                self.group_filter.addItem(name, group_id)
        self.group_filter.blockSignals(False)
        self.group_filter.setVisible(self.group_filter.count() > 1)
        has_file = league is not None
        for widget in (self.new_button, self.leave_button, self.search):
            widget.setEnabled(has_file)
        self._branch_count = len(self.session.branches())
        self._total_active = None
        self.apply_filters()
        QTimer.singleShot(0, self.update_alerts)

    def _several_branches(self) -> bool:
        return self.session.branch_id is None and self._branch_count > 1

    # Columns --------------------------------------------------------------------------------
    def _wanted_columns(self) -> list[str]:
        stored = self.session.settings.value(COLUMNS_SETTING)
        if isinstance(stored, str):
            stored = [stored] if stored else []
        keys = [k for k in (stored or DEFAULT_COLUMNS) if k in roster.COLUMN_KEYS]
        return [k for k in keys if k not in (BRANCH, STATUS, STATUS_SINCE)] or ["name"]

    def _effective_columns(self, query: RosterQuery) -> list[str]:
        columns = self._wanted_columns()
        if self._several_branches():
            columns.insert(1, BRANCH)
        if query.statuses != (roster.ACTIVE_STATUS,):
            columns.extend([STATUS, STATUS_SINCE])
        return columns

    def set_column_visible(self, key: str, visible: bool) -> None:
        """Show or hide a column; the choice is remembered for the next start."""
        wanted = self._wanted_columns()
        if visible and key not in wanted:
            order = list(roster.COLUMN_KEYS)
            wanted.append(key)
            wanted.sort(key=order.index)
        elif not visible and key in wanted and len(wanted) > 1:
            wanted.remove(key)
        self.session.settings.setValue(COLUMNS_SETTING, wanted)
        self._set_columns(self._effective_columns(self.model.query))

    def _set_columns(self, columns: list[str]) -> None:
        if columns == self.model.columns:
            return
        self.model.set_columns(columns)
        header = self.table.horizontalHeader()
        for index, key in enumerate(columns):
            header.resizeSection(index, _COLUMN_WIDTHS.get(key, 110))
        self._show_sort_indicator()

    def _header_menu(self, point: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.table.horizontalHeader().mapToGlobal(point))

    def column_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addSection(self.tr("显示的列"))
        wanted = self._wanted_columns()
        for key in roster.COLUMN_KEYS:
            if key in (BRANCH, STATUS, STATUS_SINCE):
                continue
            action = menu.addAction(column_label(key))
            action.setCheckable(True)
            action.setChecked(key in wanted)
            action.setData(key)
            action.toggled.connect(lambda on, k=key: self.set_column_visible(k, on))
        menu.addSeparator()
        reset = menu.addAction(self.tr("恢复默认列"))
        reset.triggered.connect(self.reset_columns)
        return menu

    def reset_columns(self) -> None:
        self.session.settings.remove(COLUMNS_SETTING)
        self._set_columns(self._effective_columns(self.model.query))

    # Query ----------------------------------------------------------------------------------
    def current_query(self) -> RosterQuery:
        min_age, max_age = self.min_age.value(), self.max_age.value()
        return RosterQuery(
            branch_id=self.session.branch_id,
            statuses=tuple(self.status_filter.currentData() or ()),
            group_id=self.group_filter.currentData(),
            political_status=self.political_filter.currentData(),
            min_age=min_age or None,
            max_age=max_age or None,
            is_cadre=self.cadre_filter.currentData(),
            search=self.search.text(),
            sort=self.model.query.sort,
            descending=self.model.query.descending,
        )

    def apply_filters(self) -> None:
        """Run the search and filters now (typing waits SEARCH_DELAY_MS for the next key)."""
        self._search_timer.stop()
        selected = self.selected_member_id()
        query = self.current_query()
        self._set_columns(self._effective_columns(query))
        if self.model.league is not self.session.league:
            self.model.set_league(self.session.league, query)
        else:
            self.model.set_query(query)
        self._after_reload(selected)

    def refresh(self) -> None:
        """Records changed: read the roster and the alerts again, keeping the selection."""
        selected = self.selected_member_id()
        self._total_active = None
        self.model.refresh()
        self._after_reload(selected)
        QTimer.singleShot(0, self.update_alerts)

    def _after_reload(self, selected: int | None) -> None:
        self._update_count()
        self._show_sort_indicator()
        if selected is not None:
            self.select_member(selected)

    def _update_count(self) -> None:
        league = self.session.league
        if league is None:
            self.count_label.clear()
            return
        shown = self.model.rowCount()
        query = self.model.query
        filtered = query != RosterQuery(
            branch_id=query.branch_id, sort=query.sort, descending=query.descending
        )
        if filtered:
            if self._total_active is None:  # once per branch or change, not per keystroke
                self._total_active = roster.total_active(league, self.session.branch_id)
            self.count_label.setText(
                self.tr("共 {n} 人（在册团员共 {total} 人）").format(
                    n=shown, total=self._total_active
                )
            )
        else:
            self.count_label.setText(self.tr("共 {n} 人").format(n=shown))

    def clear_filters(self) -> None:
        for widget in (
            self.status_filter,
            self.group_filter,
            self.political_filter,
            self.cadre_filter,
            self.min_age,
            self.max_age,
        ):
            widget.blockSignals(True)
        self.status_filter.setCurrentIndex(0)
        self.group_filter.setCurrentIndex(0)
        self.political_filter.setCurrentIndex(0)
        self.cadre_filter.setCurrentIndex(0)
        self.min_age.setValue(0)
        self.max_age.setValue(0)
        for widget in (
            self.status_filter,
            self.group_filter,
            self.political_filter,
            self.cadre_filter,
            self.min_age,
            self.max_age,
        ):
            widget.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filters()

    def _header_clicked(self, section: int) -> None:
        query = self.model.query
        key = self.model.columns[section]
        descending = (not query.descending) if key == query.sort else False
        self.model.sort(
            section, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        )
        self._show_sort_indicator()

    def sort_by(self, key: str, *, descending: bool = False) -> None:
        """Order the roster by a column key (``name`` sorts in pinyin order)."""
        if key in self.model.columns:
            self.model.sort(
                self.model.columns.index(key),
                Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder,
            )
        else:
            self.model.set_query(replace(self.model.query, sort=key, descending=descending))
        self._show_sort_indicator()

    def _show_sort_indicator(self) -> None:
        header = self.table.horizontalHeader()
        query = self.model.query
        column = self.model.columns.index(query.sort) if query.sort in self.model.columns else -1
        header.setSortIndicator(
            column,
            Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder,
        )

    # Selection ------------------------------------------------------------------------------
    def selected_member_id(self) -> int | None:
        index = self.table.currentIndex()
        selection = self.table.selectionModel()
        if (
            not index.isValid()
            or selection is None
            or not selection.isRowSelected(index.row(), QModelIndex())
        ):
            return None
        return self.model.member_id(index.row())

    def select_member(self, member_id: int) -> bool:
        row = self.model.row_of(member_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_entered(self) -> None:
        self.apply_filters()
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.selected_member_id() is None:
                self.table.selectRow(0)

    # Opening and editing --------------------------------------------------------------------
    def _row_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_member(self.model.member_id(index.row()))

    def open_selected(self) -> MemberForm | None:
        member_id = self.selected_member_id()
        return self.open_member(member_id) if member_id is not None else None

    def open_member(self, member_id: int) -> MemberForm | None:
        if self.session.league is None:
            return None
        from leaguedesk.gui.dialogs.member_form import MemberForm

        form = MemberForm(self.session, member_id=member_id, today=self._today, parent=self)
        return self._show_form(form)

    def new_member(self) -> MemberForm | None:
        if self.session.league is None:
            return None
        from leaguedesk.gui.dialogs.member_form import MemberForm

        form = MemberForm(
            self.session, branch_id=self.session.branch_id, today=self._today, parent=self
        )
        return self._show_form(form)

    def _show_form(self, form: MemberForm) -> MemberForm:
        self.form = form
        form.edited.connect(self._edited)
        form.status_changed.connect(lambda _id: self.session.notify_data_changed())
        form.finished.connect(lambda result, f=form: self._form_closed(f, result))
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.open()
        return form

    def _form_closed(self, form: MemberForm, result: int) -> None:
        if self.form is form:
            self.form = None
        member = form.saved_member
        if result == QDialog.DialogCode.Accepted and member is not None:
            self.session.notify_data_changed()
            if not self.select_member(member.id) and self.model.query.search:
                # A new member hidden by the search: show them by clearing it.
                self.search.clear()
                self.apply_filters()
                self.select_member(member.id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _edited(self, member_id: int, before: dict, after: dict) -> None:
        name = str(after.get("name") or before.get("name") or "")
        if not name and self.session.league is not None:
            name = members.get_member(self.session.league, member_id).name
        self.undo_stack.push(EditMemberCommand(self, member_id, name, before, after))

    def apply_values(self, member_id: int, values: dict[str, Any], *, note: str) -> bool:
        """Write values back (undo/redo); False, with the reason shown, when refused."""
        league = self.session.league
        if league is None:
            return False
        try:
            kw = {"today": self._today} if self._today else {}
            members.update_member(league, member_id, values, note=note, **kw)
        except members.ValidationFailed as failed:
            QMessageBox.warning(
                self, self.tr("无法撤销"), "\n".join(issue_text(i) for i in failed.issues)
            )
            return False
        except LookupError:
            return False
        self.session.notify_data_changed()
        self.select_member(member_id)
        return True

    def export_view(self) -> Any:
        """导出当前视图 (Ctrl+E): the visible columns, filter and order, as an .xlsx."""
        from leaguedesk.gui.exports import Exporter

        return Exporter(self, self.session).roster_view(
            self.model.query, self.model.columns, revealed=self.model.ids_revealed, today=self.today
        )

    # Leaving, deleting, revealing -----------------------------------------------------------
    def leave_selected(self) -> StatusDialog | None:
        league = self.session.league
        member_id = self.selected_member_id()
        if league is None or member_id is None:
            return None
        from leaguedesk.gui.dialogs.member_status import StatusDialog, events_for

        member = members.get_member(league, member_id)
        if not events_for(member.status):
            QMessageBox.information(
                self,
                self.tr("离团/转出"),
                self.tr(
                    "{name}的团籍状态为“{status}”，无需再办理离团。如是误录的记录，"
                    "可用“更多 → 删除误录的记录”。"
                ).format(name=member.name, status=member.status),
            )
            return None
        dialog = StatusDialog(league, member_id, today=self._today, parent=self)
        self.status_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.session.notify_data_changed)
        dialog.finished.connect(lambda _r: setattr(self, "status_dialog", None))
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        league = self.session.league
        member_id = self.selected_member_id()
        if league is None or member_id is None:
            return
        member = members.get_member(league, member_id)
        typed, ok = QInputDialog.getText(
            self,
            self.tr("删除误录的记录"),
            self.tr(
                "只有录入错误的记录才应删除；团员离团请用“离团/转出”。\n"
                "删除后无法恢复。请输入姓名“{name}”确认删除："
            ).format(name=member.name),
        )
        if not ok:
            return
        try:
            members.delete_member(league, member_id, confirm_name=typed)
        except members.ValidationFailed as failed:
            QMessageBox.warning(
                self, self.tr("未删除"), "\n".join(issue_text(i) for i in failed.issues)
            )
            return
        self.session.notify_data_changed()

    def _reveal_toggled(self, on: bool) -> None:
        if on and not self.model.ids_revealed:
            answer = QMessageBox.question(
                self,
                self.tr("显示完整身份证号"),
                self.tr(
                    "完整的公民身份号码属于个人敏感信息。确定要在名册中显示吗？\n"
                    "（关闭文件或再次点击此项即恢复遮盖）"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.reveal_action.blockSignals(True)
                self.reveal_action.setChecked(False)
                self.reveal_action.blockSignals(False)
                return
        self.model.set_ids_revealed(on)

    def _row_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("打开"), self.open_selected)
        menu.addAction(self.tr("离团/转出…"), self.leave_selected)
        menu.addSeparator()
        menu.addAction(self.reveal_action)
        menu.addAction(self.delete_action)
        menu.exec(self.table.viewport().mapToGlobal(point))

    # Alerts ---------------------------------------------------------------------------------

    def update_alerts(self) -> None:
        self.alerts.update_for(self.today)

"""管理支部: create, edit, archive and bring back branches of the open league file."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leaguedesk import messages
from leaguedesk.core.organisation import BRANCH_FIELDS, Branch, BranchError
from leaguedesk.gui import labels
from leaguedesk.gui.session import Session
from leaguedesk.gui.view_export import add_view_export
from leaguedesk.gui.widgets import date_edit
from leaguedesk.services import organisation as org
from leaguedesk.storage.errors import LeagueFileError


class BranchForm(QDialog):
    """The fields of one branch; validates through the service when accepted."""

    def __init__(self, session: Session, branch: Branch | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.branch = branch
        self.setWindowTitle(self.tr("编辑支部") if branch else self.tr("新建支部"))
        form = QFormLayout(self)
        self.name = QLineEdit(branch.name if branch else "")
        self.name.setPlaceholderText(self.tr("简称，如：2023级1班团支部"))
        self.full_name = QLineEdit(branch.full_name if branch else "")
        self.field = QComboBox()
        self.field.addItem("", "")
        for value in BRANCH_FIELDS:
            self.field.addItem(labels.label(value), value)
        if branch:
            self.field.setCurrentIndex(max(0, self.field.findData(branch.field)))
        self.has_founded = QCheckBox(self.tr("已知成立日期"))
        self.founded = date_edit()
        founded = QDate.fromString(branch.founded_on or "", "yyyy-MM-dd") if branch else QDate()
        self.has_founded.setChecked(founded.isValid())
        self.founded.setDate(founded if founded.isValid() else QDate.currentDate())
        self.founded.setEnabled(founded.isValid())
        self.has_founded.toggled.connect(self.founded.setEnabled)
        founded_row = QHBoxLayout()
        founded_row.addWidget(self.has_founded)
        founded_row.addWidget(self.founded, 1)
        self.approving = QLineEdit(branch.approving_body if branch else "")
        self.approving.setPlaceholderText(self.tr("审批的上级团委，如：示范大学团委"))
        self.contact = QLineEdit(branch.contact if branch else "")
        self.contact.setPlaceholderText(self.tr("联系人及电话"))
        form.addRow(self.tr("名称*："), self.name)
        form.addRow(self.tr("全称："), self.full_name)
        form.addRow(self.tr("领域："), self.field)
        form.addRow(self.tr("成立日期："), founded_row)
        form.addRow(self.tr("上级团组织："), self.approving)
        form.addRow(self.tr("联系方式："), self.contact)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(460, self.sizeHint().height())

    def fields(self) -> org.BranchFields:
        founded = (
            self.founded.date().toString("yyyy-MM-dd") if self.has_founded.isChecked() else None
        )
        return org.BranchFields(
            name=self.name.text(),
            full_name=self.full_name.text(),
            field=str(self.field.currentData() or ""),
            founded_on=founded,
            approving_body=self.approving.text(),
            contact=self.contact.text(),
        )

    def accept(self) -> None:
        league = self.session.league
        assert league is not None
        try:
            if self.branch is None:
                self.branch = org.create_branch(league, self.fields())
            else:
                self.branch = org.update_branch(league, self.branch.id, self.fields())
        except BranchError as error:
            QMessageBox.warning(self, self.windowTitle(), messages.branch_error(error))
            self.name.setFocus()
            return
        except LeagueFileError as error:
            QMessageBox.critical(self, self.windowTitle(), messages.file_error(error))
            return
        super().accept()


class BranchesDialog(QDialog):
    COLUMNS = ("名称", "全称", "领域", "成立日期", "上级团组织", "在册团员", "状态")

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("管理支部"))
        layout = QVBoxLayout(self)
        self.show_archived = QCheckBox(self.tr("显示已撤销的支部"))
        self.show_archived.toggled.connect(self.refresh)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("名称"),
                self.tr("全称"),
                self.tr("领域"),
                self.tr("成立日期"),
                self.tr("上级团组织"),
                self.tr("在册团员"),
                self.tr("状态"),
            ]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.edit)
        add_view_export(self.table, session, lambda: self.tr("支部"))
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("新建(&N)…"))
        self.edit_button = QPushButton(self.tr("编辑(&E)…"))
        self.archive_button = QPushButton(self.tr("撤销(&D)"))
        self.restore_button = QPushButton(self.tr("恢复(&R)"))
        close = QPushButton(self.tr("关闭"))
        for button in (self.new_button, self.edit_button, self.archive_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        self.new_button.clicked.connect(self.create)
        self.edit_button.clicked.connect(self.edit)
        self.archive_button.clicked.connect(self.archive)
        self.restore_button.clicked.connect(self.restore)
        close.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.show_archived)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(900, 480)
        self.refresh()

    def refresh(self) -> None:
        league = self.session.league
        assert league is not None
        self.branches = org.list_branches(league, include_archived=self.show_archived.isChecked())
        self.table.setRowCount(len(self.branches))
        for row, b in enumerate(self.branches):
            values = [
                b.name,
                b.full_name,
                labels.label(b.field),
                b.founded_on or "",
                b.approving_body,
                str(b.member_count),
                self.tr("已撤销") if b.archived else self.tr("正常"),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 5:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self._update_buttons()

    def selected(self) -> Branch | None:
        rows = self.table.selectionModel().selectedRows()
        return self.branches[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        branch = self.selected()
        self.edit_button.setEnabled(branch is not None)
        self.archive_button.setEnabled(branch is not None and not branch.archived)
        self.restore_button.setEnabled(branch is not None and branch.archived)

    def _changed(self) -> None:
        self.refresh()
        self.session.notify_data_changed()

    def create(self) -> None:
        if BranchForm(self.session, None, self).exec():
            self._changed()

    def edit(self) -> None:
        branch = self.selected()
        if branch and BranchForm(self.session, branch, self).exec():
            self._changed()

    def archive(self) -> None:
        branch = self.selected()
        league = self.session.league
        if branch is None or league is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("撤销支部"),
            self.tr(
                "撤销“{name}”？该支部将不再出现在列表中，其团员和记录仍保留在文件里，可随时恢复。"
            ).format(name=branch.display_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        org.archive_branch(league, branch.id)
        if self.session.branch_id == branch.id:
            self.session.set_branch(None)
        self._changed()

    def restore(self) -> None:
        branch = self.selected()
        league = self.session.league
        if branch is not None and league is not None:
            org.restore_branch(league, branch.id)
            self._changed()

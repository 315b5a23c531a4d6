"""The member form: every national field, checked as the user types, with history and status.

Errors show in red under their field and keep 保存 disabled; warnings show in amber and the
record can still be saved (it then carries a warning mark in the roster). Dates and 年月 are
typed as text in the usual ways (2019-05, 2019.5, 2019年5月) and cleaned by the service.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from leaguedesk.core import idcard
from leaguedesk.core.fields import FIELDS_BY_KEY, MEMBER_FIELDS, Field, Kind
from leaguedesk.gui.dialogs.member_status import DisciplineDialog, StatusDialog, events_for
from leaguedesk.gui.issues import ERROR_COLOUR, WARNING_COLOUR, is_error, issue_text
from leaguedesk.gui.session import Session
from leaguedesk.gui.view_export import add_view_export
from leaguedesk.gui.widgets import save_cancel_buttons
from leaguedesk.services import members
from leaguedesk.services import organisation as org

CHECK_DELAY_MS = 150
_SECTIONS = (
    ("name", "id_type", "id_number", "sex", "ethnicity", "birth_date", "household_registration"),
    (
        "political_status",
        "joined_on",
        "development_no",
        "card_no",
        "group_id",
        "league_post",
        "post_since",
        "is_cadre",
        "party_joined_on",
        "volunteer_registered_on",
    ),
    (
        "fulltime_education",
        "highest_education",
        "occupation",
        "income_band",
        "phone",
        "email",
        "workplace",
    ),
    ("notes",),
)


def same_value(a: Any, b: Any) -> bool:
    """Stored and typed values compared as a person would: None is '', True is 1."""

    def plain(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return "1" if value else "0"
        return str(value).strip()

    return plain(a) == plain(b)


class MemberForm(QDialog):
    """Create a member (``member_id`` None) or edit one; ``edited`` reports what changed."""

    edited = Signal(int, dict, dict)  # member id, old values, new values (changed fields only)
    status_changed = Signal(int)

    def __init__(
        self,
        session: Session,
        *,
        member_id: int | None = None,
        branch_id: int | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        league = session.league
        assert league is not None, "a member form needs an open league file"
        self.league = league
        self.today = today
        self.member: Any = members.get_member(league, member_id) if member_id else None
        self.branch_id = self.member.branch_id if self.member else branch_id
        self.saved_member: Any = None
        self.issues: list[Any] = []
        self._widgets: dict[str, QWidget] = {}
        self._issue_labels: dict[str, QLabel] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)

        self.setWindowTitle(
            self.tr("团员信息 — {name}").format(name=self.member.name)
            if self.member
            else self.tr("新增团员")
        )
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        layout.addWidget(self.heading)
        self.general = QLabel()  # issues that belong to no single field
        self.general.setWordWrap(True)
        self.general.hide()
        layout.addWidget(self.general)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._build_fields_tab(), self.tr("基本信息"))
        self.history_table = self._table(
            [self.tr("时间"), self.tr("项目"), self.tr("原值"), self.tr("新值"), self.tr("说明")]
        )
        self.tabs.addTab(self.history_table, self.tr("变更记录"))
        self.tabs.addTab(self._build_status_tab(), self.tr("团籍与处分"))
        for table, title in (
            (self.history_table, self.tr("变更记录")),
            (self.status_table, self.tr("团籍变动")),
            (self.discipline_table, self.tr("团内处分")),
        ):
            add_view_export(table, session, lambda title=title: self._export_title(title))
        for index in (1, 2):
            self.tabs.setTabEnabled(index, self.member is not None)

        bottom = QHBoxLayout()
        self.summary = QLabel()
        bottom.addWidget(self.summary, 1)
        self.buttons = save_cancel_buttons(self.save, self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self._load()
        self.check_now()
        self.resize(960, 720)

    # Building -------------------------------------------------------------------------------
    def _build_fields_tab(self) -> QWidget:
        inner = QWidget()
        column = QVBoxLayout(inner)
        titles = (
            self.tr("个人信息"),
            self.tr("团籍信息"),
            self.tr("学习工作与联系方式"),
            self.tr("备注"),
        )
        placed = {key for section in _SECTIONS for key in section}
        sections = [list(keys) for keys in _SECTIONS]
        sections[0].extend(f.key for f in MEMBER_FIELDS if f.key not in placed)
        if self.member is None:
            column.addWidget(self._branch_box())
        for title, keys in zip(titles, sections, strict=True):
            box = QGroupBox(title)
            grid = QGridLayout(box)
            grid.setHorizontalSpacing(10)
            grid.setColumnStretch(1, 1)
            grid.setColumnStretch(3, 1)
            for position, key in enumerate(keys):
                spec = FIELDS_BY_KEY[key]
                wide = key in ("notes", "workplace", "household_registration")
                row, col = (position // 2, (position % 2) * 2) if not wide else (100 + position, 0)
                label = QLabel(f"{spec.label}{'*' if spec.required else ''}：")
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                label.setContentsMargins(0, 5, 0, 0)
                cell = QWidget()
                cell_layout = QVBoxLayout(cell)
                cell_layout.setContentsMargins(0, 0, 0, 0)
                cell_layout.setSpacing(2)
                widget = self._make_widget(spec)
                issue = QLabel()
                issue.setWordWrap(True)
                issue.setObjectName(f"issue_{key}")
                issue.hide()
                cell_layout.addWidget(widget)
                cell_layout.addWidget(issue)
                cell_layout.addStretch(1)  # keep the field level with its label
                label.setBuddy(widget)
                grid.addWidget(label, row, col)
                grid.addWidget(cell, row, col + 1, 1, 3 if wide else 1)
                self._widgets[key] = widget
                self._issue_labels[key] = issue
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    def _branch_box(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("所在支部*：")))
        self.branch_combo = QComboBox()
        for branch in org.list_branches(self.league):
            self.branch_combo.addItem(branch.display_name, branch.id)
        index = self.branch_combo.findData(self.branch_id)
        self.branch_combo.setCurrentIndex(max(0, index))
        self.branch_id = self.branch_combo.currentData()
        self.branch_combo.currentIndexChanged.connect(self._branch_chosen)
        row.addWidget(self.branch_combo, 1)
        return box

    def _make_widget(self, spec: Field) -> QWidget:
        widget: QWidget
        if spec.kind is Kind.BOOL:
            widget = QCheckBox(self.tr("是"))
            widget.toggled.connect(self._changed)
        elif spec.kind is Kind.CHOICE:
            widget = QComboBox()
            widget.addItem("")
            widget.addItems(list(spec.choices))
            widget.setMaxVisibleItems(20)
            widget.currentIndexChanged.connect(self._changed)
        elif spec.kind is Kind.GROUP:
            widget = QComboBox()
            widget.currentIndexChanged.connect(self._changed)
        elif spec.key == "notes":
            widget = QPlainTextEdit()
            widget.setFixedHeight(70)
            widget.textChanged.connect(self._changed)
        else:
            widget = QLineEdit()
            widget.setPlaceholderText(self._placeholder(spec))
            widget.textEdited.connect(self._changed)
            if spec.kind is Kind.ID_NUMBER:
                widget.textEdited.connect(self._id_typed)
        widget.setObjectName(f"field_{spec.key}")
        return widget

    def _placeholder(self, spec: Field) -> str:
        if spec.kind is Kind.DATE:
            return self.tr("如 2005-09-01")
        if spec.kind is Kind.MONTH:
            return self.tr("如 2019-05")
        if spec.kind is Kind.ID_NUMBER:
            return self.tr("18位，末位可为X")
        if spec.kind is Kind.PHONE:
            return self.tr("11位手机号码")
        if spec.key == "development_no":
            return self.tr("12位数字，前4位为入团年份")
        return ""

    def _export_title(self, what: str) -> str:
        """Names the sheet and file of 导出当前视图 on the member's tables: 张三的变更记录."""
        if self.member is None:
            return what
        return self.tr("{name}的{what}").format(name=self.member.name, what=what)

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _build_status_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        self.status_label = QLabel()
        self.status_button = QPushButton(self.tr("办理离团/转出…"))
        self.status_button.clicked.connect(self.change_status)
        top.addWidget(self.status_label, 1)
        top.addWidget(self.status_button)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("团籍变动")))
        self.status_table = self._table(
            [
                self.tr("生效日期"),
                self.tr("事项"),
                self.tr("原因"),
                self.tr("决定会议或批准机关"),
                self.tr("转往/转自"),
            ]
        )
        layout.addWidget(self.status_table, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("团内处分")), 1)
        self.discipline_button = QPushButton(self.tr("登记处分…"))
        self.discipline_button.clicked.connect(self.add_discipline)
        self.discipline_button.setVisible(hasattr(members, "add_discipline"))
        row.addWidget(self.discipline_button)
        layout.addLayout(row)
        self.discipline_table = self._table(
            [
                self.tr("处分日期"),
                self.tr("处分"),
                self.tr("原因"),
                self.tr("决定机关"),
                self.tr("解除日期"),
            ]
        )
        layout.addWidget(self.discipline_table, 1)
        return page

    # Values ---------------------------------------------------------------------------------
    def _load(self) -> None:
        self._fill_groups()
        values = self.member.values() if self.member else {}
        for key, widget in self._widgets.items():
            widget.blockSignals(True)
            self._set_value(key, widget, values.get(key))
            widget.blockSignals(False)
        self._load_member_tabs()

    def _load_member_tabs(self) -> None:
        if self.member is None:
            self.heading.setText(self.tr("新增团员"))
            return
        m = self.member
        self.heading.setText(self.tr("{name}　{branch}").format(name=m.name, branch=m.branch_name))
        since = self.tr("（自 {day}）").format(day=m.status_since) if m.status_since else ""
        self.status_label.setText(
            self.tr("当前团籍状态：{status}{since}").format(status=m.status, since=since)
        )
        events = events_for(m.status)
        self.status_button.setEnabled(bool(events))
        self.discipline_button.setEnabled(m.status == "正常")
        self.status_button.setText(
            self.tr("办理转入…") if events == ("转入",) else self.tr("办理离团/转出…")
        )
        self._fill(
            self.history_table,
            [
                (h.changed_at, h.field_label, h.old_value, h.new_value, h.note)
                for h in members.history(self.league, m.id)
            ],
        )
        changes = getattr(members, "status_changes", None)
        self._fill(
            self.status_table,
            [
                (c.effective_on, c.status, c.reason, c.decided_by, c.destination)
                for c in (changes(self.league, m.id) if changes else [])
            ],
        )
        discipline = getattr(members, "discipline_records", None)
        self._fill(
            self.discipline_table,
            [
                (d.decided_on, d.level, d.reason, d.decided_by, d.lifted_on)
                for d in (discipline(self.league, m.id) if discipline else [])
            ],
        )

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[Any, ...]]) -> None:
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))

    def _fill_groups(self) -> None:
        combo = self._widgets.get("group_id")
        if not isinstance(combo, QComboBox):
            return
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("（无）"), None)
        if self.branch_id is not None:
            for group_id, name in members.groups(self.league, self.branch_id):
                combo.addItem(name, group_id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    @staticmethod
    def _set_value(key: str, widget: QWidget, value: Any) -> None:
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value) and str(value) != "0")
        elif isinstance(widget, QComboBox) and FIELDS_BY_KEY[key].kind is Kind.GROUP:
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QComboBox):
            text = "" if value is None else str(value)
            if widget.findText(text) < 0:  # an imported value outside the list: keep it
                widget.addItem(text)
            widget.setCurrentIndex(widget.findText(text))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText("" if value is None else str(value))
        elif isinstance(widget, QLineEdit):
            widget.setText("" if value is None else str(value))

    def widget(self, key: str) -> QWidget:
        return self._widgets[key]

    def value(self, key: str) -> Any:
        widget = self._widgets[key]
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QComboBox):
            if FIELDS_BY_KEY[key].kind is Kind.GROUP:
                return widget.currentData()
            return widget.currentText()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def values(self) -> dict[str, Any]:
        return {key: self.value(key) for key in self._widgets}

    def set_value(self, key: str, value: Any) -> None:
        """Put a value in a field as if typed (tests and the ID auto-fill use this)."""
        self._set_value(key, self._widgets[key], value)
        self._changed()

    # Live checking --------------------------------------------------------------------------
    def _changed(self, *_args: object) -> None:
        self._timer.start()

    def _branch_chosen(self) -> None:
        self.branch_id = self.branch_combo.currentData()
        self._fill_groups()
        self._changed()

    def _id_typed(self, text: str) -> None:
        """A valid ID fills 出生日期 and 性别 when they are still empty."""
        try:
            citizen = idcard.parse(text)
        except idcard.InvalidId:
            return
        if not self.value("birth_date"):
            self._set_value(
                "birth_date", self._widgets["birth_date"], citizen.birth_date.isoformat()
            )
        if not self.value("sex"):
            self._set_value("sex", self._widgets["sex"], citizen.sex.value)

    def _today_kw(self) -> dict[str, Any]:
        return {"today": self.today} if self.today else {}

    def check_now(self) -> list[Any]:
        """Check what is typed now and show the problems; returns them."""
        self._timer.stop()
        if self.member is not None:
            issues = members.check(
                self.league, self.values(), member_id=self.member.id, **self._today_kw()
            )
        else:
            issues = members.check(
                self.league, self.values(), branch_id=self.branch_id, **self._today_kw()
            )
        self.show_issues(issues)
        return issues

    def show_issues(self, issues: list[Any]) -> None:
        self.issues = list(issues)
        by_field: dict[str, list[Any]] = {}
        general: list[Any] = []
        for issue in self.issues:
            (
                by_field.setdefault(issue.field, [])
                if issue.field in self._issue_labels
                else general
            ).append(issue)
        for key, label in self._issue_labels.items():
            found = sorted(by_field.get(key, []), key=lambda i: not is_error(i))
            widget = self._widgets[key]
            if not found:
                label.hide()
                widget.setStyleSheet("")
                continue
            colour = ERROR_COLOUR if is_error(found[0]) else WARNING_COLOUR
            label.setText("\n".join(issue_text(i) for i in found))
            label.setStyleSheet(f"color: {colour.name()};")
            label.show()
            if isinstance(widget, (QLineEdit, QComboBox, QPlainTextEdit)):
                widget.setStyleSheet(f"border: 1px solid {colour.name()};")
        self.general.setText("\n".join(issue_text(i) for i in general))
        self.general.setStyleSheet(f"color: {ERROR_COLOUR.name()};")
        self.general.setVisible(bool(general))
        errors = sum(is_error(i) for i in self.issues)
        warnings = len(self.issues) - errors
        parts = []
        if errors:
            parts.append(
                f"<span style='color:{ERROR_COLOUR.name()}'>"
                + self.tr("{n} 处需改正后才能保存").format(n=errors)
                + "</span>"
            )
        if warnings:
            parts.append(
                f"<span style='color:{WARNING_COLOUR.name()}'>"
                + self.tr("{n} 条提示（可保存，保存后标记待核实）").format(n=warnings)
                + "</span>"
            )
        self.summary.setText("；".join(parts))
        self.save_button.setEnabled(errors == 0 and self.branch_id is not None)

    # Saving ---------------------------------------------------------------------------------
    def save(self) -> None:
        if any(is_error(i) for i in self.check_now()):
            return
        values = self.values()
        try:
            if self.member is None:
                member = members.create_member(
                    self.league, int(self.branch_id or 0), values, **self._today_kw()
                )
            else:
                before = self.member.values()
                changes = {k: v for k, v in values.items() if not same_value(v, before.get(k))}
                member = (
                    members.update_member(self.league, self.member.id, changes, **self._today_kw())
                    if changes
                    else self.member
                )
                after = member.values()
                keys = [k for k in before if not same_value(before[k], after.get(k))]
                if keys:
                    self.edited.emit(
                        member.id, {k: before[k] for k in keys}, {k: after[k] for k in keys}
                    )
        except members.ValidationFailed as failed:
            self.show_issues(failed.issues)
            return
        self.saved_member = member
        self.accept()

    def change_status(self) -> None:
        if self.member is None:
            return
        dialog = StatusDialog(self.league, self.member.id, today=self.today, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.member = members.get_member(self.league, self.member.id)
            self._load_member_tabs()
            self.status_changed.emit(self.member.id)

    def add_discipline(self) -> None:
        if self.member is None:
            return
        dialog = DisciplineDialog(self.league, self.member.id, today=self.today, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.member = members.get_member(self.league, self.member.id)
            self._load_member_tabs()
            self.status_changed.emit(self.member.id)

    def reject(self) -> None:
        if self.member is not None and self._dirty():
            answer = QMessageBox.question(
                self,
                self.tr("放弃修改"),
                self.tr("有尚未保存的修改，确定放弃吗？"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def _dirty(self) -> bool:
        before = self.member.values() if self.member else {}
        return any(not same_value(v, before.get(k)) for k, v in self.values().items())

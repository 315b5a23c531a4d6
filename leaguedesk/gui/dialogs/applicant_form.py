"""A compact form for an applicant's personal data, checked as typed like a member's record.

The fields and their national labels come from ``core.fields`` (the roster's own table), the
checks from ``services.recruitment.check_applicant`` (the roster's rules plus: one open
application per person, nobody already on a roster). 出生日期 and 性别 follow a valid ID.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from leaguedesk.core import idcard
from leaguedesk.core.fields import FIELDS_BY_KEY, Kind
from leaguedesk.gui.issues import ERROR_COLOUR, WARNING_COLOUR
from leaguedesk.gui.widgets import save_cancel_buttons
from leaguedesk.messages.recruitment import applicant_issue_text
from leaguedesk.services import organisation as org
from leaguedesk.services import recruitment as rs
from leaguedesk.services.member_records import ValidationFailed
from leaguedesk.services.recruitment_records import APPLICANT_FIELDS
from leaguedesk.storage.leaguefile import LeagueFile

CHECK_DELAY_MS = 150
_WIDE = ("workplace", "household_registration", "notes")


class ApplicantDialog(QDialog):
    """New applicant (``applicant_id`` None) or the personal data of one being recruited."""

    def __init__(
        self,
        league: LeagueFile,
        *,
        applicant_id: int | None = None,
        branch_id: int | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.league = league
        self.today = today or dt.date.today()
        self.applicant = rs.get_applicant(league, applicant_id) if applicant_id else None
        self.saved: Any = None
        self.issues: list[Any] = []
        self.widgets: dict[str, QWidget] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self.setWindowTitle(self.tr("入团申请人") if self.applicant else self.tr("新增入团申请人"))
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)
        self.branch_box = QComboBox()
        for branch in org.list_branches(league):
            self.branch_box.addItem(branch.display_name, branch.id)
        chosen = self.applicant.branch_id if self.applicant else branch_id
        self.branch_box.setCurrentIndex(max(0, self.branch_box.findData(chosen)))
        self.branch_box.setEnabled(self.applicant is None)
        grid.addWidget(QLabel(self.tr("所在支部*：")), 0, 0)
        grid.addWidget(self.branch_box, 0, 1, 1, 3)
        position = 0
        for key in APPLICANT_FIELDS:
            spec = FIELDS_BY_KEY[key]
            widget = self._widget(key)
            label = QLabel(f"{spec.label}{'*' if spec.required else ''}：")
            if key in _WIDE:
                row, col, span = 100 + position, 0, 3
            else:
                row, col, span = 1 + position // 2, (position % 2) * 2, 1
                position += 1
            grid.addWidget(label, row, col)
            grid.addWidget(widget, row, col + 1, 1, span)
            self.widgets[key] = widget
        self.issues_label = QLabel()
        self.issues_label.setObjectName("issues")
        self.issues_label.setWordWrap(True)
        layout.addWidget(self.issues_label)
        self.buttons = save_cancel_buttons(self.save, self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(self.buttons)
        if self.applicant is not None:
            for key, value in self.applicant.values().items():
                self.set_value(key, value)
        self.check_now()
        self.resize(720, 420)

    def _widget(self, key: str) -> QWidget:
        spec = FIELDS_BY_KEY[key]
        widget: QWidget
        if spec.kind is Kind.CHOICE:
            widget = QComboBox()
            widget.addItem("")
            widget.addItems(list(spec.choices))
            widget.setMaxVisibleItems(20)
            widget.currentIndexChanged.connect(self._changed)
        else:
            widget = QLineEdit()
            widget.textChanged.connect(self._changed)
            if spec.kind is Kind.ID_NUMBER:
                widget.setPlaceholderText(self.tr("18位，末位可为X"))
                widget.textChanged.connect(self._id_typed)
            elif spec.kind is Kind.DATE:
                widget.setPlaceholderText(self.tr("如 2009-09-01"))
            elif spec.kind is Kind.PHONE:
                widget.setPlaceholderText(self.tr("11位手机号码"))
        widget.setObjectName(f"field_{key}")
        return widget

    def set_value(self, key: str, value: Any) -> None:
        widget = self.widgets[key]
        text = "" if value is None else str(value)
        if isinstance(widget, QComboBox):
            if widget.findText(text) < 0:
                widget.addItem(text)
            widget.setCurrentIndex(widget.findText(text))
        elif isinstance(widget, QLineEdit):
            widget.setText(text)

    def values(self) -> dict[str, Any]:
        out = {}
        for key, widget in self.widgets.items():
            out[key] = (
                widget.currentText()
                if isinstance(widget, QComboBox)
                else widget.text()
                if isinstance(widget, QLineEdit)
                else None
            )
        return out

    def _id_typed(self, text: str) -> None:
        try:
            citizen = idcard.parse(text)
        except idcard.InvalidId:
            return
        if not self.values()["birth_date"]:
            self.set_value("birth_date", citizen.birth_date.isoformat())
        if not self.values()["sex"]:
            self.set_value("sex", citizen.sex.value)

    def _changed(self, *_args: object) -> None:
        self._timer.start()

    def check_now(self) -> list[Any]:
        self._timer.stop()
        self.show_issues(
            rs.check_applicant(
                self.league,
                self.values(),
                applicant_id=self.applicant.id if self.applicant else None,
                today=self.today,
            )
        )
        return self.issues

    def show_issues(self, issues: list[Any]) -> None:
        self.issues = list(issues)
        lines = []
        for issue in sorted(self.issues, key=lambda i: not i.is_error):
            colour = ERROR_COLOUR.name() if issue.is_error else WARNING_COLOUR.name()
            lines.append(f"<span style='color:{colour}'>{applicant_issue_text(issue)}</span>")
        self.issues_label.setText("<br>".join(lines))
        self.save_button.setEnabled(
            not any(i.is_error for i in self.issues) and self.branch_box.currentData() is not None
        )

    def save(self) -> None:
        if any(i.is_error for i in self.check_now()):
            return
        try:
            if self.applicant is None:
                self.saved = rs.create_applicant(
                    self.league, int(self.branch_box.currentData()), self.values(), today=self.today
                )
            else:
                self.saved = rs.update_applicant(
                    self.league, self.applicant.id, self.values(), today=self.today
                )
        except ValidationFailed as failed:
            self.show_issues(failed.issues)
            return
        self.accept()

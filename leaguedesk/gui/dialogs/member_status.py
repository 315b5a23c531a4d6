"""离团/转出, 转入 and 团内处分: changes of a member's standing, each with its date, reason
and the meeting or approval that decided it.

Nothing is deleted: a member who leaves moves to the history view of the roster.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from leaguedesk.core.fields import DISCIPLINE_LEVELS
from leaguedesk.gui.issues import ERROR_COLOUR, issue_text
from leaguedesk.gui.widgets import date_edit
from leaguedesk.services import members
from leaguedesk.storage.leaguefile import LeagueFile

LEAVING_EVENTS = ("转出", "超龄离团", "自愿退团", "自行脱团")
TRANSFER_IN = "转入"
TRANSFER_REASONS = ("升学", "就业", "参军", "出国(境)", "未就业", "其他")


def events_for(status: str) -> tuple[str, ...]:
    """The changes a member in ``status`` can go through here (开除团籍 is a discipline)."""
    if status == "正常":
        return LEAVING_EVENTS
    if status == "转出":
        return (TRANSFER_IN,)
    return ()


class StatusDialog(QDialog):
    """Asks for the event, date, reason and deciding body, then calls change_status."""

    def __init__(
        self,
        league: LeagueFile,
        member_id: int,
        *,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.league = league
        self.member = members.get_member(league, member_id)
        self.today = today
        self.result_member: Any = None
        events = events_for(self.member.status)
        self.setWindowTitle(
            self.tr("办理转入") if events == (TRANSFER_IN,) else self.tr("离团或转出")
        )
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "{name}（现为“{status}”）。记录保存后不会删除，可在名册的“历史”中查看。"
            ).format(name=self.member.name, status=self.member.status)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.event = QComboBox()
        self.event.addItems(list(events))
        self.effective = date_edit(today or dt.date.today())
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("如：毕业离校、年满28周岁、本人申请"))
        self.reason.setCompleter(QCompleter(list(TRANSFER_REASONS), self.reason))
        self.decided_by = QLineEdit()
        self.decided_by.setPlaceholderText(self.tr("如：2026年3月支部大会；上级团委批复"))
        self.destination = QLineEdit()
        self.destination_label = QLabel()
        form.addRow(self.tr("事项："), self.event)
        form.addRow(self.tr("生效日期："), self.effective)
        form.addRow(self.tr("原因*："), self.reason)
        form.addRow(self.tr("决定会议或批准机关："), self.decided_by)
        form.addRow(self.destination_label, self.destination)
        layout.addLayout(form)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {ERROR_COLOUR.name()};")
        self.problems.hide()
        layout.addWidget(self.problems)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定办理"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.event.currentTextChanged.connect(self._event_changed)
        self._event_changed(self.event.currentText())
        self.resize(480, self.sizeHint().height())

    def _event_changed(self, event: str) -> None:
        needs_place = event in ("转出", TRANSFER_IN)
        self.destination_label.setText(
            self.tr("转自组织*：") if event == TRANSFER_IN else self.tr("转往组织*：")
        )
        self.destination.setVisible(needs_place)
        self.destination_label.setVisible(needs_place)

    def accept(self) -> None:
        event = self.event.currentText()
        try:
            self.result_member = members.change_status(
                self.league,
                self.member.id,
                event,
                effective_on=self.effective.date().toString("yyyy-MM-dd"),
                reason=self.reason.text(),
                decided_by=self.decided_by.text(),
                destination=self.destination.text() if event in ("转出", TRANSFER_IN) else "",
                **({"today": self.today} if self.today else {}),
            )
        except members.ValidationFailed as failed:
            self.problems.setText("\n".join(issue_text(i) for i in failed.issues))
            self.problems.show()
            return
        super().accept()


class DisciplineDialog(QDialog):
    """Records a discipline decision (警告 … 开除团籍) through add_discipline."""

    def __init__(
        self,
        league: LeagueFile,
        member_id: int,
        *,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.league = league
        self.member = members.get_member(league, member_id)
        self.today = today
        self.setWindowTitle(self.tr("登记团内处分"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "{name}：处分须经支部大会讨论决定，报上级团委批准；开除团籍同时终止团籍。"
            ).format(name=self.member.name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.level = QComboBox()
        self.level.addItems(list(DISCIPLINE_LEVELS))
        self.decided_on = date_edit(today or dt.date.today())
        self.reason = QLineEdit()
        self.decided_by = QLineEdit()
        self.decided_by.setPlaceholderText(self.tr("如：2026年3月支部大会决定，示范区团委批准"))
        form.addRow(self.tr("处分："), self.level)
        form.addRow(self.tr("处分日期："), self.decided_on)
        form.addRow(self.tr("原因*："), self.reason)
        form.addRow(self.tr("决定会议或批准机关："), self.decided_by)
        layout.addLayout(form)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {ERROR_COLOUR.name()};")
        self.problems.hide()
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def accept(self) -> None:
        try:
            members.add_discipline(
                self.league,
                self.member.id,
                self.level.currentText(),
                decided_on=self.decided_on.date().toString("yyyy-MM-dd"),
                reason=self.reason.text(),
                decided_by=self.decided_by.text(),
                **({"today": self.today} if self.today else {}),
            )
        except members.ValidationFailed as failed:
            self.problems.setText("\n".join(issue_text(i) for i in failed.issues))
            self.problems.show()
            return
        super().accept()

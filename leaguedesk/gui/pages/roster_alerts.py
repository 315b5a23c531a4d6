"""The alerts strip above the roster: members turning 28 without a League post, members not
registered for 15 months, members absent from organisational life for 6 months. A one-line
summary, how many months ahead to warn, and the list on demand; activating a name opens the
member. Worked out off the UI thread; a newer request supersedes one still running."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leaguedesk.gui.issues import WARNING_BACKGROUND, WARNING_COLOUR
from leaguedesk.gui.session import Session
from leaguedesk.messages.members import alert_text
from leaguedesk.services.member_records import Alert
from leaguedesk.storage import leaguefile

MONTHS_SETTING = "roster/alert_months"
_SUMMARY_KINDS = ("turning_28", "no_registration", "inactive")


class RosterAlerts(QFrame):
    member_chosen = Signal(int)  # a name in the list was activated

    def __init__(
        self, session: Session, several_branches: Callable[[], bool], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.session = session
        self.several_branches = several_branches
        self._generation = 0
        self.setObjectName("rosterAlerts")
        self.setStyleSheet(
            f"QFrame#rosterAlerts {{ background: {WARNING_BACKGROUND.name()};"
            f" border: 1px solid #f0c36d; border-radius: 4px; }}"
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 4, 8, 4)
        row = QHBoxLayout()
        self.label = QLabel()
        self.label.setStyleSheet(f"color: {WARNING_COLOUR.name()};")
        row.addWidget(self.label, 1)
        row.addWidget(QLabel(self.tr("提前")))
        self.months = QSpinBox()
        self.months.setRange(1, 36)
        self.months.setSuffix(self.tr(" 个月提醒"))
        self.months.setValue(int(session.settings.value(MONTHS_SETTING, 6)))
        self.months.valueChanged.connect(self._months_changed)
        row.addWidget(self.months)
        self.toggle = QToolButton()
        self.toggle.setText(self.tr("查看名单"))
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._toggle_list)
        row.addWidget(self.toggle)
        column.addLayout(row)
        self.list = QListWidget()
        self.list.hide()
        self.list.itemActivated.connect(
            lambda item: self.member_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        )
        column.addWidget(self.list)
        self.hide()

    def _months_changed(self, months: int) -> None:
        self.session.settings.setValue(MONTHS_SETTING, months)

    def update_for(self, today: dt.date) -> None:
        """Work the alerts of the session's file and branch out in the background."""
        league = self.session.league
        if league is None:
            self.hide()
            return
        months, branch_id = self.months.value(), self.session.branch_id
        self._generation += 1
        generation = self._generation

        def work(_handle: object) -> list[Alert]:
            with leaguefile.worker_connection(league, readonly=True) as reader:
                from leaguedesk.services import alerts

                return alerts.roster_alerts(reader, branch_id, today=today, months_before_28=months)

        self.session.tasks.start(
            work,
            on_done=lambda found: self._show(found, months, generation),
            on_error=lambda _error: None,
        )  # alerts are a convenience: a failure shows none

    def _show(self, found: list[Alert], months: int, generation: int) -> None:
        if generation != self._generation or self.session.league is None:
            return
        self.list.clear()
        counts: dict[str, int] = {}
        overdue = 0
        for alert in found:
            counts[alert.kind] = counts.get(alert.kind, 0) + 1
            overdue += bool(alert.kind == "turning_28" and alert.detail.get("overdue"))
            item = QListWidgetItem(self._line(alert))
            item.setData(Qt.ItemDataRole.UserRole, alert.member_id)
            self.list.addItem(item)
        if not found:
            self.hide()
            return
        self.list.setFixedHeight(min(len(found), 6) * self.list.sizeHintForRow(0) + 6)
        parts = []
        if counts.get("turning_28"):
            part = self.tr("{n} 名团员将在 {m} 个月内年满28周岁（无团内职务）").format(
                n=counts["turning_28"], m=months
            )
            if overdue:
                part += self.tr("，其中 {k} 名已超龄").format(k=overdue)
            parts.append(part)
        if counts.get("no_registration"):
            parts.append(self.tr("{n} 名超过15个月未团籍注册").format(n=counts["no_registration"]))
        if counts.get("inactive"):
            parts.append(self.tr("{n} 名近6个月未参加组织生活").format(n=counts["inactive"]))
        others = len(found) - sum(counts.get(k, 0) for k in _SUMMARY_KINDS)
        if others:
            parts.append(self.tr("另有 {n} 条提醒").format(n=others))
        self.label.setText("⚠ " + "；".join(parts))
        self.show()

    def _line(self, alert: Alert) -> str:
        branch = alert.detail.get("branch")
        where = f"　{branch}" if branch and self.several_branches() else ""
        return f"{alert.name}　{alert_text(alert.kind, dict(alert.detail))}{where}"

    def _toggle_list(self, on: bool) -> None:
        self.list.setVisible(on)
        self.toggle.setText(self.tr("收起") if on else self.tr("查看名单"))

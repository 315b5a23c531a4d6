"""Change one member's 团籍注册 outcome: the outcome, the reason (needed when it differs from
the one derived from the grade) and, for 暂缓注册, the deadline (3–6 months)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from leaguedesk.core.registration import OUTCOMES, Outcome
from leaguedesk.gui import two_systems_labels as labels
from leaguedesk.gui.widgets import date_edit, pydate
from leaguedesk.messages import evaluation as words
from leaguedesk.services.evaluation_records import RegistrationEntry, RoundBlocked

Save = Callable[[Outcome, str, dt.date | None], object]


class RegistrationOutcomeDialog(QDialog):
    def __init__(
        self, entry: RegistrationEntry, deadline: dt.date, save: Save, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.save = save
        self.setWindowTitle(self.tr("修改注册结果"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("{name}：按评议结果应为“{derived}”。").format(
                    name=entry.name, derived=labels.outcome(entry.derived.value)
                )
            )
        )
        form = QFormLayout()
        self.outcome = QComboBox()
        for outcome in OUTCOMES:
            self.outcome.addItem(labels.outcome(outcome.value), outcome)
        self.outcome.setCurrentIndex(self.outcome.findData(entry.outcome))
        self.reason = QLineEdit(entry.reason)
        self.reason.setPlaceholderText(self.tr("如：留团察看期满已恢复团员权利"))
        self.deadline = date_edit(entry.deferred_until or deadline)
        form.addRow(self.tr("注册结果："), self.outcome)
        form.addRow(self.tr("原因："), self.reason)
        form.addRow(self.tr("暂缓期限："), self.deadline)
        layout.addLayout(form)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._outcome_changed()

    def _outcome_changed(self) -> None:
        self.deadline.setEnabled(self.outcome.currentData() is Outcome.DEFERRED)

    def accept(self) -> None:
        outcome = self.outcome.currentData()
        deadline = pydate(self.deadline.date()) if outcome is Outcome.DEFERRED else None
        try:
            self.save(outcome, self.reason.text(), deadline)
        except RoundBlocked as blocked:
            self.problems.setText("\n".join(words.deferral_text(f) for f in blocked.findings))
            return
        super().accept()

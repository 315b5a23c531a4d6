"""两制: the year's 团员教育评议, 团籍注册 and 推优入党 of the current branch, one tab each."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from leaguedesk.gui.pages.evaluation_tab import EvaluationTab
from leaguedesk.gui.pages.recommendation_tab import RecommendationTab
from leaguedesk.gui.pages.registration_tab import RegistrationTab
from leaguedesk.gui.session import Session
from leaguedesk.services import evaluation as ev


def default_year(today: dt.date) -> int:
    """Evaluation happens at the year's end: from September on it is this year's, before that
    the work still concerns last year."""
    return today.year if today.month >= 9 else today.year - 1


class TwoSystemsPage(QWidget):
    def __init__(
        self, session: Session, parent: QWidget | None = None, *, today: dt.date | None = None
    ):
        super().__init__(parent)
        self.session = session
        self._today = today
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        top = QHBoxLayout()
        heading = QLabel(self.tr("团员教育评议与团籍注册"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        top.addWidget(heading)
        self.scope = QLabel()
        self.scope.setStyleSheet("color: #666; padding-left: 8px;")
        top.addWidget(self.scope, 1)
        top.addWidget(QLabel(self.tr("年度：")))
        self.year = QSpinBox()
        self.year.setRange(2000, 2999)
        self.year.setValue(default_year(self.today()))
        self.year.valueChanged.connect(lambda _v: self.refresh())
        top.addWidget(self.year)
        self.rules_button = QPushButton(self.tr("规则设置…"))
        self.rules_button.clicked.connect(self.edit_rules)
        top.addWidget(self.rules_button)
        layout.addLayout(top)

        self.tabs = QTabWidget()
        self.evaluation = EvaluationTab(session, self.today)
        self.registration = RegistrationTab(session, self.today)
        self.recommendation = RecommendationTab(session, self.today)
        self.tabs.addTab(self.evaluation, self.tr("团员教育评议"))
        self.tabs.addTab(self.registration, self.tr("团籍注册"))
        self.tabs.addTab(self.recommendation, self.tr("推优入党"))
        layout.addWidget(self.tabs, 1)
        self.evaluation.round_changed.connect(self.registration.reload)

        session.file_changed.connect(self._file_changed)
        session.branch_changed.connect(self.refresh)
        session.data_changed.connect(self.refresh)
        self._file_changed()

    def edit_rules(self) -> None:
        """The 两制 and 推优 rule values of the file; the tabs follow the saved rules."""
        from leaguedesk.gui.dialogs.two_systems_rules import TwoSystemsRulesDialog

        if self.session.league is None:
            return
        if TwoSystemsRulesDialog(self.session.league, self).exec():
            self.refresh()

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def _file_changed(self) -> None:
        """A new file opens on the latest year it has a round for (else the default year)."""
        league, branch_id = self.session.league, self.session.branch_id
        years = ev.years(league, branch_id) if league and branch_id is not None else []
        self.year.blockSignals(True)
        self.year.setValue(years[0] if years else default_year(self.today()))
        self.year.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        branch = self.session.branch()
        self.scope.setText(branch.display_name if branch else "")
        branch_id = branch.id if branch else None
        for tab in (self.evaluation, self.registration, self.recommendation):
            tab.set_scope(branch_id, self.year.value())

"""Rule settings of 两制 and 推优: the main values of ``EvaluationRules``, ``RegistrationRules`` and
``RecommendationRules`` (stored per file), with a reset to the national defaults."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leaguedesk.core.evaluation import EvaluationRules, SuggestMethod
from leaguedesk.core.recommendation import RecommendationRules
from leaguedesk.core.registration import RegistrationRules
from leaguedesk.gui.widgets import save_cancel_buttons
from leaguedesk.services import evaluation as ev
from leaguedesk.services import recommendation as rec
from leaguedesk.services import registration as reg
from leaguedesk.storage.leaguefile import LeagueFile


class TwoSystemsRulesDialog(QDialog):
    def __init__(self, league: LeagueFile, parent: QWidget | None = None):
        super().__init__(parent)
        self.league = league
        self.setWindowTitle(self.tr("两制与推优规则设置"))
        layout = QVBoxLayout(self)

        evaluation = QGroupBox(self.tr("团员教育评议"))
        form = QFormLayout(evaluation)
        self.excellent_cap = self._spin(1, 100, self.tr(" %"))
        form.addRow(self.tr("优秀比例不超过："), self.excellent_cap)
        self.method = QComboBox()
        self.method.addItem(self.tr("按得分（优秀3分、合格2分、基本合格1分、不合格0分）"),
                            SuggestMethod.POINTS)
        self.method.addItem(self.tr("按多数票"), SuggestMethod.MAJORITY)
        form.addRow(self.tr("建议等次计算方法："), self.method)
        self.exclude_party = QCheckBox(self.tr("保留团籍的党员不参加评议"))
        form.addRow(self.exclude_party)
        layout.addWidget(evaluation)

        registration = QGroupBox(self.tr("团籍注册"))
        form = QFormLayout(registration)
        self.defer_months = self._spin(1, 120, self.tr(" 个月"))
        form.addRow(self.tr("暂缓注册期限（默认）："), self.defer_months)
        self.lapse_months = self._spin(1, 120, self.tr(" 个月"))
        form.addRow(self.tr("超过多久未注册提示："), self.lapse_months)
        layout.addWidget(registration)

        recommendation = QGroupBox(self.tr("推优入党"))
        form = QFormLayout(recommendation)
        self.max_age = self._spin(14, 120, self.tr(" 周岁"))
        form.addRow(self.tr("年龄不超过："), self.max_age)
        self.application_months = self._spin(0, 120, self.tr(" 个月"))
        form.addRow(self.tr("递交入党申请书满："), self.application_months)
        self.membership_months = self._spin(0, 120, self.tr(" 个月"))
        form.addRow(self.tr("团龄满："), self.membership_months)
        self.valid_years = self._spin(1, 10, self.tr(" 年"))
        form.addRow(self.tr("推优结果有效期："), self.valid_years)
        layout.addWidget(recommendation)

        buttons = QHBoxLayout()
        self.reset_button = QPushButton(self.tr("恢复全国统一规定"))
        self.reset_button.setToolTip(self.tr("填入默认规则，保存后生效"))
        self.reset_button.clicked.connect(self.reset)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(save_cancel_buttons(self.save, self.reject))
        layout.addLayout(buttons)
        self._show(ev.load_rules(league), reg.load_rules(league), rec.load_rules(league))

    @staticmethod
    def _spin(low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        return spin

    def _show(self, evaluation: EvaluationRules, registration: RegistrationRules,
              recommendation: RecommendationRules) -> None:
        self.excellent_cap.setValue(round(evaluation.excellent_cap * 100))
        self.method.setCurrentIndex(max(0, self.method.findData(evaluation.method)))
        self.exclude_party.setChecked(evaluation.exclude_party_members)
        self.defer_months.setRange(registration.defer_min_months, registration.defer_max_months)
        self.defer_months.setValue(registration.defer_default_months)
        self.lapse_months.setValue(registration.lapse_months)
        self.max_age.setValue(recommendation.max_age)
        self.application_months.setValue(recommendation.application_min_months)
        self.membership_months.setValue(recommendation.membership_min_months)
        self.valid_years.setValue(recommendation.valid_years)

    def reset(self) -> None:
        """The national defaults in the form (stored only on 保存)."""
        self._show(EvaluationRules(), RegistrationRules(), RecommendationRules())

    def rules(self) -> tuple[EvaluationRules, RegistrationRules, RecommendationRules]:
        """The rules as the form shows them, other values kept as stored."""
        evaluation = replace(ev.load_rules(self.league),
                             excellent_cap=Fraction(self.excellent_cap.value(), 100),
                             method=SuggestMethod(self.method.currentData()),
                             exclude_party_members=self.exclude_party.isChecked())
        registration = replace(reg.load_rules(self.league),
                               defer_default_months=self.defer_months.value(),
                               lapse_months=self.lapse_months.value())
        recommendation = replace(rec.load_rules(self.league), max_age=self.max_age.value(),
                                 application_min_months=self.application_months.value(),
                                 membership_min_months=self.membership_months.value(),
                                 valid_years=self.valid_years.value())
        return evaluation, registration, recommendation

    def save(self) -> None:
        evaluation, registration, recommendation = self.rules()
        ev.save_rules(self.league, evaluation)
        reg.save_rules(self.league, registration)
        rec.save_rules(self.league, recommendation)
        self.accept()

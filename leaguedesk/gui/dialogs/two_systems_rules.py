"""Rule settings of 两制 and 推优: ``EvaluationRules`` (cap, method with its points and
thresholds, who is evaluated, when 不合格 is evaluated again), the main values of
``RegistrationRules`` and ``RecommendationRules`` (stored per file), with a reset to the
national defaults. Values that contradict each other are refused with a reason in the dialog."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leaguedesk.core.evaluation import GRADES, EvaluationRules, Grade, SuggestMethod
from leaguedesk.core.recommendation import RecommendationRules
from leaguedesk.core.registration import RegistrationRules
from leaguedesk.gui.issues import ERROR_COLOUR
from leaguedesk.gui.labels import label
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
        self.method.addItem(self.tr("按平均得分"), SuggestMethod.POINTS)
        self.method.addItem(self.tr("按多数票（票数相同取较低等次）"), SuggestMethod.MAJORITY)
        self.method.currentIndexChanged.connect(self._method_changed)
        form.addRow(self.tr("建议等次计算方法："), self.method)
        self.points = {grade: self._spin(0, 100, self.tr(" 分")) for grade in GRADES}
        form.addRow(self.tr("每张票计分："), self._row(self.points))
        self.thresholds = {grade: self._score() for grade in GRADES if grade is not Grade.FAIL}
        form.addRow(self.tr("平均分不低于："), self._row(self.thresholds))
        self.exclude_party = QCheckBox(self.tr("保留团籍的党员不参加评议"))
        form.addRow(self.exclude_party)
        self.reevaluate_min = self._spin(1, 24, self.tr(" 个月"))
        self.reevaluate_max = self._spin(1, 24, self.tr(" 个月"))
        window = QHBoxLayout()
        window.addWidget(self.reevaluate_min)
        window.addWidget(QLabel(self.tr("至")))
        window.addWidget(self.reevaluate_max)
        window.addWidget(QLabel(self.tr("后")))
        window.addStretch(1)
        form.addRow(self.tr("不合格者再次评议："), window)
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

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        layout.addWidget(self.problem)

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

    @staticmethod
    def _score() -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(0, 100)
        spin.setDecimals(2)
        spin.setSingleStep(0.5)
        return spin

    def _row(self, boxes: dict[Grade, QWidget]) -> QHBoxLayout:
        """The grades side by side, each with its box: 优秀 [3] 合格 [2] …"""
        row = QHBoxLayout()
        for grade, box in boxes.items():
            row.addWidget(QLabel(label(grade.value)))
            row.addWidget(box)
        row.addStretch(1)
        return row

    def _method_changed(self) -> None:
        by_points = self.method.currentData() == SuggestMethod.POINTS
        for box in (*self.points.values(), *self.thresholds.values()):
            box.setEnabled(by_points)

    def _show(
        self,
        evaluation: EvaluationRules,
        registration: RegistrationRules,
        recommendation: RecommendationRules,
    ) -> None:
        self.excellent_cap.setValue(round(evaluation.excellent_cap * 100))
        self.method.setCurrentIndex(max(0, self.method.findData(evaluation.method)))
        for grade, box in self.points.items():
            box.setValue(evaluation.points[grade])
        for grade, score in self.thresholds.items():
            score.setValue(float(evaluation.thresholds[grade]))
        self._method_changed()
        self.exclude_party.setChecked(evaluation.exclude_party_members)
        self.reevaluate_min.setValue(evaluation.reevaluate_min_months)
        self.reevaluate_max.setValue(evaluation.reevaluate_max_months)
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
        evaluation = replace(
            ev.load_rules(self.league),
            excellent_cap=Fraction(self.excellent_cap.value(), 100),
            method=SuggestMethod(self.method.currentData()),
            points={g: box.value() for g, box in self.points.items()},
            thresholds={g: Fraction(f"{box.value():.2f}") for g, box in self.thresholds.items()},
            exclude_party_members=self.exclude_party.isChecked(),
            reevaluate_min_months=self.reevaluate_min.value(),
            reevaluate_max_months=self.reevaluate_max.value(),
        )
        registration = replace(
            reg.load_rules(self.league),
            defer_default_months=self.defer_months.value(),
            lapse_months=self.lapse_months.value(),
        )
        recommendation = replace(
            rec.load_rules(self.league),
            max_age=self.max_age.value(),
            application_min_months=self.application_months.value(),
            membership_min_months=self.membership_months.value(),
            valid_years=self.valid_years.value(),
        )
        return evaluation, registration, recommendation

    def problem_text(self, evaluation: EvaluationRules) -> str:
        """Why these evaluation rules cannot be saved ("" when they can)."""
        points = [evaluation.points[g] for g in GRADES]
        if points != sorted(points, reverse=True):
            return self.tr("每张票计分须按优秀、合格、基本合格、不合格从高到低（可以相同）。")
        scores = [evaluation.thresholds[g] for g in GRADES if g is not Grade.FAIL]
        if scores != sorted(scores, reverse=True):
            return self.tr("平均分标准须按优秀、合格、基本合格从高到低（可以相同）。")
        if evaluation.reevaluate_min_months > evaluation.reevaluate_max_months:
            return self.tr("再次评议的最短期限不能长于最长期限。")
        return ""

    def save(self) -> None:
        evaluation, registration, recommendation = self.rules()
        problem = self.problem_text(evaluation)
        self.problem.setText(problem)
        if problem:
            return
        ev.save_rules(self.league, evaluation)
        reg.save_rules(self.league, registration)
        rec.save_rules(self.league, recommendation)
        self.accept()

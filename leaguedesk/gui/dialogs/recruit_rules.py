"""Rule settings of recruitment: the numbers of ``RecruitmentRules``, the branch's 发展名额 for a
year, and the holiday calendar for years the bundled one does not know (or to correct it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leaguedesk.core.recruitment import RecruitmentRules
from leaguedesk.core.workdays import BadOverrides, HolidayOverrides, package_years
from leaguedesk.gui.issues import ERROR_COLOUR
from leaguedesk.gui.widgets import save_cancel_buttons
from leaguedesk.messages.recruitment import bad_holiday_overrides
from leaguedesk.services import recruitment as rs
from leaguedesk.storage.leaguefile import LeagueFile

NO_QUOTA = -1


class RecruitRulesDialog(QDialog):
    def __init__(
        self,
        league: LeagueFile,
        *,
        branch_id: int | None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.league = league
        self.branch_id = branch_id
        self.year = (today or dt.date.today()).year
        rules = rs.load_rules(league)
        self.setWindowTitle(self.tr("发展团员规则设置"))
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("规则（可按本地规定调整）"))
        form = QFormLayout(box)
        self.min_age = self._spin(rules.min_age, 0, 120, self.tr(" 周岁"))
        self.max_age = self._spin(rules.max_age, 0, 120, self.tr(" 周岁"))
        ages = QHBoxLayout()
        ages.addWidget(self.min_age)
        ages.addWidget(QLabel("—"))
        ages.addWidget(self.max_age)
        form.addRow(self.tr("申请年龄："), ages)
        self.talk = self._spin(rules.talk_within_months, 1, 24, self.tr(" 个月内"))
        form.addRow(self.tr("谈话期限："), self.talk)
        self.cultivation = self._spin(rules.cultivation_months, 0, 60, self.tr(" 个月"))
        form.addRow(self.tr("培养考察至少："), self.cultivation)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 1000)
        self.hours.setSuffix(self.tr(" 学时"))
        self.hours.setValue(rules.tuanke_hours)
        form.addRow(self.tr("团课至少："), self.hours)
        self.notices = [self._spin(n, 1, 60, self.tr(" 个工作日")) for n in rules.notice_days]
        for label, spin in zip(
            (self.tr("积极分子公示："), self.tr("发展对象公示："), self.tr("新团员公示：")),
            self.notices,
            strict=True,
        ):
            form.addRow(label, spin)
        self.approval = self._spin(rules.approval_within_days, 1, 3650, self.tr(" 天内"))
        form.addRow(self.tr("上级审批期限："), self.approval)
        self.archive = self._spin(rules.archive_within_days, 1, 3650, self.tr(" 天内"))
        form.addRow(self.tr("档案录入期限："), self.archive)
        self.quota = QSpinBox()
        self.quota.setRange(NO_QUOTA, 100000)
        self.quota.setSpecialValueText(self.tr("不限"))
        current = rs.quotas(league, branch_id).get(self.year) if branch_id else None
        self.quota.setValue(NO_QUOTA if current is None else current)
        self.quota.setEnabled(branch_id is not None)
        form.addRow(self.tr("本支部{year}年发展名额：").format(year=self.year), self.quota)
        layout.addWidget(box)

        calendar = QGroupBox(self.tr("节假日"))
        cal_form = QFormLayout(calendar)
        known = package_years()
        cal_form.addRow(
            QLabel(
                self.tr(
                    "已内置{first}–{last}年的法定节假日和调休安排。其他年份请录入，"
                    "每行一个日期（如 2027-10-01）。"
                ).format(first=known[0], last=known[-1])
            )
        )
        overrides = rs.load_holidays(league)
        self.holidays = QPlainTextEdit("\n".join(overrides.to_dict()["holidays"]))
        self.workdays = QPlainTextEdit("\n".join(overrides.to_dict()["workdays"]))
        for edit in (self.holidays, self.workdays):
            edit.setFixedHeight(80)
        cal_form.addRow(self.tr("放假日期："), self.holidays)
        cal_form.addRow(self.tr("调休上班日期："), self.workdays)
        self.fallback = QCheckBox(self.tr("没有节假日安排的年份暂按周末计算（会提示）"))
        self.fallback.setChecked(rs.weekends_fallback(league))
        cal_form.addRow(self.fallback)
        layout.addWidget(calendar)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR.name()};")
        layout.addWidget(self.problem)
        layout.addWidget(save_cancel_buttons(self.save, self.reject))

    @staticmethod
    def _spin(value: int, low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setValue(value)
        return spin

    def rules(self) -> RecruitmentRules:
        first, second, third = (spin.value() for spin in self.notices)
        return replace(
            rs.load_rules(self.league),
            min_age=self.min_age.value(),
            max_age=self.max_age.value(),
            talk_within_months=self.talk.value(),
            cultivation_months=self.cultivation.value(),
            tuanke_hours=self.hours.value(),
            notice_days=(first, second, third),
            approval_within_days=self.approval.value(),
            archive_within_days=self.archive.value(),
        )

    def save(self) -> None:
        try:
            overrides = HolidayOverrides.from_dict(
                {
                    "holidays": self.holidays.toPlainText().split(),
                    "workdays": self.workdays.toPlainText().split(),
                }
            )
        except BadOverrides as problem:
            self.problem.setText(bad_holiday_overrides(problem))
            return
        rules = self.rules()
        if rules.min_age > rules.max_age:
            self.problem.setText(self.tr("最小年龄不能大于最大年龄。"))
            return
        rs.save_rules(self.league, rules)
        rs.save_holidays(self.league, overrides)
        rs.set_weekends_fallback(self.league, self.fallback.isChecked())
        if self.branch_id is not None:
            quota = self.quota.value()
            rs.set_quota(
                self.league, self.branch_id, self.year, None if quota == NO_QUOTA else quota
            )
        self.accept()

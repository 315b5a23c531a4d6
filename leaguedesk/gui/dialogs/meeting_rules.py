"""The rule settings of organisational life: quorum per meeting kind, the 评议 quorum, what a
resolution needs, and how often each kind must be held. National defaults, one reset button.
"""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leaguedesk.core.compliance import DEFAULT_CALENDAR_RULES, CalendarRules, KindRule, Period
from leaguedesk.core.meetings import MEETING_KINDS
from leaguedesk.core.quorum import (
    DEFAULT_RULES,
    Base,
    Comparison,
    QuorumRules,
    ResolutionKind,
    Threshold,
    VoteRule,
)
from leaguedesk.core.rulesets import format_fraction, parse_fraction
from leaguedesk.gui import meeting_labels
from leaguedesk.gui.session import Session
from leaguedesk.services import meetings as ms

SHARES = (Fraction(1, 2), Fraction(2, 3), Fraction(3, 4), Fraction(1, 3))


class ThresholdEditor(QWidget):
    """超过 / 不少于 and a share; optionally "no rule"."""

    def __init__(self, *, allow_none: bool, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.comparison = QComboBox()
        if allow_none:
            self.comparison.addItem(self.tr("不设法定人数"), None)
        self.comparison.addItem(self.tr("超过"), Comparison.MORE_THAN.value)
        self.comparison.addItem(self.tr("不少于"), Comparison.AT_LEAST.value)
        self.share = QComboBox()
        for share in SHARES:  # item data as text: a Fraction does not survive a QVariant
            self.share.addItem(format_fraction(share), format_fraction(share))
        row.addWidget(self.comparison)
        row.addWidget(self.share)
        row.addStretch(1)
        self.comparison.currentIndexChanged.connect(
            lambda _i: self.share.setEnabled(self.comparison.currentData() is not None)
        )

    def set_value(self, threshold: Threshold | None) -> None:
        if threshold is None:
            self.comparison.setCurrentIndex(max(0, self.comparison.findData(None)))
            self.share.setEnabled(False)
            return
        self.comparison.setCurrentIndex(self.comparison.findData(threshold.comparison.value))
        index = self.share.findData(format_fraction(threshold.share))
        if index < 0:
            self.share.addItem(format_fraction(threshold.share), format_fraction(threshold.share))
            index = self.share.count() - 1
        self.share.setCurrentIndex(index)
        self.share.setEnabled(True)

    def value(self) -> Threshold | None:
        comparison = self.comparison.currentData()
        if comparison is None:
            return None
        return Threshold(Comparison(comparison), parse_fraction(self.share.currentData()))


class RulesDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        assert session.league is not None
        self.session = session
        self.league = session.league
        self.setWindowTitle(self.tr("组织生活规则设置"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr("默认值依据“三会两制一课”实施细则等全国性规定；如本地另有规定，可在此修改。")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        quorum_box = QGroupBox(self.tr("法定人数（到会团员占应到团员的比例）"))
        grid = QGridLayout(quorum_box)
        self.attendance: dict[str, ThresholdEditor] = {}
        for row, kind in enumerate(MEETING_KINDS):
            grid.addWidget(QLabel(meeting_labels.text(kind)), row, 0)
            self.attendance[kind] = ThresholdEditor(allow_none=True)
            grid.addWidget(self.attendance[kind], row, 1)
        self.evaluation = ThresholdEditor(allow_none=False)
        grid.addWidget(QLabel(self.tr("团员教育评议")), len(MEETING_KINDS), 0)
        grid.addWidget(self.evaluation, len(MEETING_KINDS), 1)
        layout.addWidget(quorum_box)
        vote_box = QGroupBox(self.tr("决议通过（赞成票占比）"))
        votes = QGridLayout(vote_box)
        self.votes: dict[str, tuple[ThresholdEditor, QComboBox]] = {}
        for row, kind in enumerate(ResolutionKind):
            votes.addWidget(QLabel(meeting_labels.text(kind.value)), row, 0)
            editor = ThresholdEditor(allow_none=False)
            base = QComboBox()
            base.addItem(self.tr("实到团员"), Base.PRESENT.value)
            base.addItem(self.tr("应到团员"), Base.EXPECTED.value)
            votes.addWidget(editor, row, 1)
            votes.addWidget(base, row, 2)
            self.votes[kind.value] = (editor, base)
        layout.addWidget(vote_box)
        calendar_box = QGroupBox(self.tr("召开频次（年度台账）"))
        cal = QGridLayout(calendar_box)
        self.kinds: dict[str, tuple[QComboBox, QSpinBox, QCheckBox]] = {}
        for row, kind in enumerate(MEETING_KINDS):
            period = QComboBox()
            for value in Period:
                period.addItem(meeting_labels.period(value.value), value.value)
            count = QSpinBox()
            count.setRange(0, 31)
            count.setSuffix(self.tr(" 次"))
            quorate = QCheckBox(self.tr("须达到法定人数才计入"))
            period.currentIndexChanged.connect(
                lambda _i, p=period, c=count: c.setEnabled(p.currentData() != "none")
            )
            cal.addWidget(QLabel(meeting_labels.text(kind)), row, 0)
            cal.addWidget(period, row, 1)
            cal.addWidget(count, row, 2)
            cal.addWidget(quorate, row, 3)
            self.kinds[kind] = (period, count, quorate)
        layout.addWidget(calendar_box)
        buttons = QHBoxLayout()
        self.reset_button = QPushButton(self.tr("恢复全国默认值"))
        self.save_button = QPushButton(self.tr("保存"))
        cancel = QPushButton(self.tr("取消"))
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        self.reset_button.clicked.connect(self.reset)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        quorum, problems = ms.load_quorum_rules(self.league)
        calendar, more = ms.load_calendar_rules(self.league)
        self.show_rules(quorum, calendar)
        if problems or more:
            note.setText(
                note.text()
                + "\n"
                + self.tr("注意：有 {n} 项已保存的规则无法读取，已按默认值显示。").format(
                    n=len(problems) + len(more)
                )
            )

    def show_rules(self, quorum: QuorumRules, calendar: CalendarRules) -> None:
        for kind, editor in self.attendance.items():
            editor.set_value(quorum.attendance.get(kind))
        self.evaluation.set_value(quorum.evaluation)
        for kind, (editor, base) in self.votes.items():
            rule = quorum.resolutions[kind]
            editor.set_value(rule.threshold)
            base.setCurrentIndex(base.findData(rule.base.value))
        for kind, (period, count, quorate) in self.kinds.items():
            rule = calendar.rule_for(kind)
            period.setCurrentIndex(period.findData(rule.period.value))
            count.setValue(rule.required)
            count.setEnabled(rule.period is not Period.NONE)
            quorate.setChecked(rule.only_quorate)

    def rules(self) -> tuple[QuorumRules, CalendarRules]:
        evaluation = self.evaluation.value()
        assert evaluation is not None
        quorum = QuorumRules(
            {kind: editor.value() for kind, editor in self.attendance.items()},
            evaluation,
            {
                kind: VoteRule(
                    editor.value() or DEFAULT_RULES.resolutions[kind].threshold,
                    Base(base.currentData()),
                )
                for kind, (editor, base) in self.votes.items()
            },
        )
        calendar = CalendarRules(
            {
                kind: KindRule(Period(period.currentData()), count.value(), quorate.isChecked())
                for kind, (period, count, quorate) in self.kinds.items()
            }
        )
        return quorum, calendar

    def reset(self) -> None:
        self.show_rules(DEFAULT_RULES, DEFAULT_CALENDAR_RULES)

    def save(self) -> None:
        quorum, calendar = self.rules()
        try:
            ms.save_quorum_rules(self.league, None if quorum == DEFAULT_RULES else quorum)
            ms.save_calendar_rules(
                self.league, None if calendar == DEFAULT_CALENDAR_RULES else calendar
            )
        except Exception as error:  # a file problem: say so and stay open
            from leaguedesk.messages import file_error
            from leaguedesk.storage.errors import LeagueFileError

            if not isinstance(error, LeagueFileError):
                raise
            QMessageBox.warning(self, self.tr("未保存"), file_error(error))
            return
        self.session.notify_data_changed()
        self.accept()

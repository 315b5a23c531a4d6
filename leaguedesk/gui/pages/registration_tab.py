"""团籍注册 tab: the registration list derived from the year's grades, outcomes changed with a
reason, the registration completed in one step, and reminders for deferrals and lapses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leaguedesk.core.registration import Outcome, default_deadline
from leaguedesk.gui import two_systems_labels as labels
from leaguedesk.gui.dialogs.registration_outcome import RegistrationOutcomeDialog
from leaguedesk.gui.pages.evaluation_tab import BAD_COLOUR
from leaguedesk.gui.pages.two_systems_output import OutputMenu
from leaguedesk.gui.session import Session
from leaguedesk.gui.view_export import add_view_export
from leaguedesk.gui.widgets import add_note, date_edit, pydate, qdate
from leaguedesk.messages import evaluation as words
from leaguedesk.services import evaluation as ev
from leaguedesk.services import evaluation_print as ep
from leaguedesk.services import registration as reg
from leaguedesk.services.evaluation_records import (
    EvaluationError,
    RegistrationEntry,
    RegistrationRound,
    RoundBlocked,
)

DEFERRED_BACKGROUND = QColor("#fff4d6")
REFUSED_BACKGROUND = QColor("#fde2e1")


class RegistrationTab(QWidget):
    def __init__(
        self, session: Session, today: Callable[[], dt.date], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.session = session
        self.today = today
        self.branch_id: int | None = None
        self.year = today().year
        self.round: RegistrationRound | None = None
        self.entries: list[RegistrationEntry] = []
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("注册日期：")))
        self.decided_on = date_edit()
        top.addWidget(self.decided_on)
        self.create_button = QPushButton(self.tr("按评议结果生成注册名单"))
        self.create_button.clicked.connect(self.create_round)
        self.edit_button = QPushButton(self.tr("修改注册结果…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.close_button = QPushButton(self.tr("完成注册"))
        self.close_button.setStyleSheet("font-weight: bold;")
        self.close_button.clicked.connect(self.close_round)
        self.output = OutputMenu(self.session, self, self.tr("打印/导出"))
        self.output.add(
            self.tr("团籍注册登记表…"),
            self.tr("团籍注册登记表"),
            ".pdf",
            lambda: ep.registration_job(self.session.league, self.round.id) if self.round else None,
        )
        for widget in (self.create_button, self.edit_button, self.close_button, self.output.button):
            top.addWidget(widget)
        top.addStretch(1)
        self.counts = QLabel()
        top.addWidget(self.counts)
        layout.addLayout(top)

        self.table = QTableWidget(0, 6)
        add_view_export(self.table, self.session, lambda: self.tr("团籍注册"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("姓名"),
                self.tr("评议等次"),
                self.tr("依据"),
                self.tr("注册结果"),
                self.tr("原因"),
                self.tr("暂缓期限"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        layout.addWidget(self.table, 1)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {BAD_COLOUR};")
        layout.addWidget(self.problems)
        layout.addWidget(QLabel(self.tr("提醒：暂缓注册到期、超过15个月未注册")))
        self.reminders = QListWidget()
        self.reminders.setMaximumHeight(110)
        layout.addWidget(self.reminders)

    # Loading --------------------------------------------------------------------------------
    def set_scope(self, branch_id: int | None, year: int) -> None:
        self.branch_id, self.year = branch_id, year
        self.reload()

    def reload(self) -> None:
        league = self.session.league
        self.problems.clear()
        self.round, self.entries = None, []
        if league is None or self.branch_id is None:
            self.message.setText(self.tr("请先在上方选择一个团支部。"))
            self._fill()
            return
        self.round = reg.round_for(league, self.branch_id, self.year)
        evaluation = ev.round_for(league, self.branch_id, self.year)
        if self.round is not None:
            self.entries = reg.entries(league, self.round.id)
            if self.round.closed:
                day = self.round.decided_on.isoformat() if self.round.decided_on else ""
                self.message.setText(
                    self.tr("{year}年度团籍注册已于 {day} 完成。").format(year=self.year, day=day)
                )
            else:
                self.message.setText(
                    self.tr("{year}年度团籍注册名单：核对后点“完成注册”。").format(year=self.year)
                )
        elif evaluation is None or not evaluation.closed:
            self.message.setText(
                self.tr("团籍注册依据评议结果：请先完成{year}年度团员教育评议。").format(
                    year=self.year
                )
            )
        else:
            self.message.setText(
                self.tr("{year}年度团员教育评议已完成，可以生成注册名单。").format(year=self.year)
            )
        can_create = self.round is None and evaluation is not None and evaluation.closed
        self.create_button.setEnabled(can_create)
        is_open = self.round is not None and not self.round.closed
        self.edit_button.setEnabled(is_open)
        self.close_button.setEnabled(is_open)
        self.decided_on.setEnabled(can_create or is_open)
        day = (self.round.decided_on if self.round else None) or (
            evaluation.approved_on if evaluation and evaluation.approved_on else self.today()
        )
        self.decided_on.setDate(qdate(day))
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            grade = entry.grade.value if entry.grade else ""
            deadline = (
                entry.deferred_until.isoformat()
                if entry.outcome is Outcome.DEFERRED and entry.deferred_until
                else ""
            )
            cells = [
                entry.name,
                labels.grade(grade) if grade else self.tr("未评议"),
                words.basis_text(entry.basis, labels.grade(grade)),
                labels.outcome(entry.outcome.value),
                entry.reason,
                deadline,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if entry.outcome is Outcome.DEFERRED:
                    item.setBackground(DEFERRED_BACKGROUND)
                elif entry.outcome is Outcome.REFUSED:
                    item.setBackground(REFUSED_BACKGROUND)
                if column == 3 and entry.changed:
                    item.setToolTip(
                        self.tr("已由“{derived}”改为此结果").format(
                            derived=labels.outcome(entry.derived.value)
                        )
                    )
                self.table.setItem(row, column, item)
        counts = {o: sum(e.outcome is o for e in self.entries) for o in Outcome}
        self.counts.setText(
            self.tr("正常注册 {a} 人，暂缓注册 {b} 人，不予注册 {c} 人").format(
                a=counts[Outcome.REGISTERED], b=counts[Outcome.DEFERRED], c=counts[Outcome.REFUSED]
            )
            if self.entries
            else ""
        )
        self._fill_reminders()

    def _fill_reminders(self) -> None:
        self.reminders.clear()
        league = self.session.league
        if league is None or self.branch_id is None:
            return
        today = self.today()
        for reminder in reg.reminders(league, self.branch_id, today=today):
            text = (
                self.tr("{name}　暂缓注册已于 {day} 到期，请再次评议后办理注册或不予注册")
                if reminder.overdue
                else self.tr("{name}　暂缓注册将于 {day} 到期（还有 {n} 天）")
            )
            self.reminders.addItem(
                text.format(
                    name=reminder.name, day=reminder.deadline.isoformat(), n=reminder.days_left
                )
            )
        for lapse in reg.lapsed_members(league, self.branch_id, today=today):
            self.reminders.addItem(self.tr("{name}　超过15个月未团籍注册").format(name=lapse.name))
        if not self.reminders.count():
            add_note(self.reminders, self.tr("没有需要跟进的注册事项。"))

    # Changes --------------------------------------------------------------------------------
    def create_round(self) -> None:
        league = self.session.league
        if league is None or self.branch_id is None:
            return
        try:
            reg.create_round(
                league, self.branch_id, self.year, decided_on=pydate(self.decided_on.date())
            )
        except EvaluationError as error:
            QMessageBox.warning(self, self.tr("不能生成注册名单"), words.error_text(error))
            return
        self.reload()

    def edit_selected(self) -> RegistrationOutcomeDialog | None:
        league = self.session.league
        row = self.table.currentRow()
        if league is None or self.round is None or self.round.closed or row < 0:
            return None
        entry = self.entries[row]
        decided = pydate(self.decided_on.date())

        def save(outcome: Outcome, reason: str, deadline: dt.date | None) -> object:
            return reg.set_outcome(
                league, entry.id, outcome, reason=reason, deferred_until=deadline, today=decided
            )

        dialog = RegistrationOutcomeDialog(entry, default_deadline(decided), save, self)
        dialog.finished.connect(lambda _result: self.reload())
        dialog.open()
        return dialog

    def close_round(self) -> bool:
        league = self.session.league
        if league is None or self.round is None:
            return False
        try:
            reg.close_round(league, self.round.id, decided_on=pydate(self.decided_on.date()))
        except RoundBlocked as blocked:
            problems = reg.check_round(league, self.round.id, pydate(self.decided_on.date()))
            lines = [words.deferral_text(f, name) for name, f in problems] or [
                words.deferral_text(f) for f in blocked.findings
            ]
            self.problems.setText(self.tr("注册还不能完成：") + "\n" + "\n".join(lines))
            return False
        self.reload()
        self.session.notify_data_changed()
        return True

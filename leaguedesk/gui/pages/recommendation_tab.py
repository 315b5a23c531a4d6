"""推优入党 tab: every member who may stand with the rules they meet or fail, the 支部大会's
secret vote typed in per candidate, and the ranking with each recommendation's validity."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leaguedesk.core import dates
from leaguedesk.gui.pages.evaluation_tab import BAD_COLOUR, OK_COLOUR
from leaguedesk.gui.pages.two_systems_output import OutputMenu
from leaguedesk.gui.session import Session
from leaguedesk.gui.view_export import add_view_export
from leaguedesk.gui.widgets import date_edit, pydate
from leaguedesk.messages import evaluation as words
from leaguedesk.services import evaluation_print as ep
from leaguedesk.services import members
from leaguedesk.services import recommendation as rec
from leaguedesk.services.evaluation_records import CandidatesIneligible, EvaluationError

NAME, AGE, JOINED, APPLIED, FINDINGS, YES, NO, ABSTAIN, RESULT, VALID = range(10)
EDITABLE = (APPLIED, YES, NO, ABSTAIN)
INELIGIBLE = QColor("#777777")


class RecommendationTab(QWidget):
    def __init__(
        self, session: Session, today: Callable[[], dt.date], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.session = session
        self.today = today
        self.branch_id: int | None = None
        self.candidates: list[rec.Candidate] = []
        self._filling = False
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.message = QLabel(
            self.tr("填写入党申请日期后自动核对推优条件；支部大会无记名投票后录入各人票数并保存。")
        )
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        top = QHBoxLayout()
        self.meeting_date = date_edit(self.today())
        self.meeting_date.dateChanged.connect(lambda _d: self.reload())
        self.expected = QSpinBox()
        self.present = QSpinBox()
        for spin in (self.expected, self.present):
            spin.setRange(0, 9999)
        for text, widget in (
            (self.tr("支部大会日期："), self.meeting_date),
            (self.tr("应到："), self.expected),
            (self.tr("实到："), self.present),
        ):
            top.addWidget(QLabel(text))
            top.addWidget(widget)
        self.save_button = QPushButton(self.tr("保存表决结果"))
        self.save_button.setStyleSheet("font-weight: bold;")
        self.save_button.clicked.connect(self.save_votes)
        self.output = OutputMenu(self.session, self, self.tr("打印"))
        self.output.add(
            self.tr("推优表…"),
            self.tr("推优表"),
            ".pdf",
            lambda: (
                ep.recommendation_job(
                    self.session.league, self.branch_id, pydate(self.meeting_date.date())
                )
                if self.branch_id is not None
                else None
            ),
        )
        top.addStretch(1)
        top.addWidget(self.save_button)
        top.addWidget(self.output.button)
        layout.addLayout(top)

        self.table = QTableWidget(0, 10)
        add_view_export(self.table, self.session, lambda: self.tr("推优入党"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("姓名"),
                self.tr("年龄"),
                self.tr("入团年月"),
                self.tr("入党申请日期"),
                self.tr("推优条件"),
                self.tr("赞成"),
                self.tr("反对"),
                self.tr("弃权"),
                self.tr("表决结果"),
                self.tr("有效期至"),
            ]
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FINDINGS, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (NAME, 90),
            (AGE, 50),
            (JOINED, 80),
            (APPLIED, 110),
            (YES, 56),
            (NO, 56),
            (ABSTAIN, 56),
            (RESULT, 120),
            (VALID, 100),
        ):
            self.table.setColumnWidth(column, width)
        self.table.itemChanged.connect(self._item_changed)
        layout.addWidget(self.table, 1)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {BAD_COLOUR};")
        layout.addWidget(self.problems)

    # Loading --------------------------------------------------------------------------------
    def set_scope(self, branch_id: int | None, year: int) -> None:
        self.branch_id = branch_id
        self.reload()

    def reload(self) -> None:
        league = self.session.league
        self.problems.clear()
        self.candidates = []
        enabled = league is not None and self.branch_id is not None
        self.save_button.setEnabled(enabled)
        if league is None or self.branch_id is None:
            self.table.setRowCount(0)
            return
        day = pydate(self.meeting_date.date())
        stored = {r.member_id: r for r in rec.batch(league, self.branch_id, day)}
        self.candidates = rec.candidates(league, self.branch_id, on=day)
        if stored:
            first = next(iter(stored.values()))
            self.expected.setValue(first.expected)
            self.present.setValue(first.present)
        elif not self.expected.value():  # every member in good standing may vote
            self.expected.setValue(
                len(members.list_members(league, branch_id=self.branch_id, status="正常"))
            )
        self._filling = True
        self.table.setRowCount(len(self.candidates))
        for row, candidate in enumerate(self.candidates):
            member = candidate.member
            result = stored.get(member.id)
            age = member.age(day)
            cells = {
                NAME: member.name,
                AGE: "" if age is None else str(age),
                JOINED: member.joined_on or "",
                APPLIED: candidate.applied_on.isoformat() if candidate.applied_on else "",
                YES: str(result.yes) if result else "",
                NO: str(result.no) if result else "",
                ABSTAIN: str(result.abstain) if result else "",
                RESULT: self._result_text(result),
                VALID: result.valid_until.isoformat() if result and result.valid_until else "",
            }
            for column in range(10):
                item = QTableWidgetItem(cells.get(column, ""))
                if column not in EDITABLE:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column in (AGE, YES, NO, ABSTAIN):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
            self._show_findings(row, candidate)
        self._filling = False

    def _result_text(self, result: rec.Recommendation | None) -> str:
        if result is None:
            return ""
        if result.passed:
            return self.tr("通过（第 {n} 名）").format(n=result.rank)
        return self.tr("未通过")

    def _show_findings(self, row: int, candidate: rec.Candidate) -> None:
        text = "".join(words.candidate_text(f) for f in candidate.findings) or self.tr("符合条件")
        item = self.table.item(row, FINDINGS)
        item.setText(text)
        item.setForeground(QColor(BAD_COLOUR) if candidate.findings else QColor(OK_COLOUR))
        self.table.item(row, NAME).setForeground(
            INELIGIBLE if candidate.findings else QColor("black")
        )

    def _applied(self, row: int) -> dt.date | None:
        return dates.parse_day(dates.clean(self.table.item(row, APPLIED).text(), month=False))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != APPLIED or self.session.league is None:
            return
        row = item.row()
        member = self.candidates[row].member
        found = rec.candidates(
            self.session.league,
            member.branch_id,
            on=pydate(self.meeting_date.date()),
            applied={member.id: self._applied(row)},
        )
        updated = next(c for c in found if c.member.id == member.id)
        self.candidates[row] = updated
        self._filling = True
        self._show_findings(row, updated)
        self._filling = False

    # Saving ---------------------------------------------------------------------------------
    def _count(self, row: int, column: int) -> int | None:
        text = self.table.item(row, column).text().strip()
        return int(text) if text.isdigit() else (None if not text else -1)

    def save_votes(self) -> bool:
        league = self.session.league
        if league is None or self.branch_id is None:
            return False
        votes = []
        for row, candidate in enumerate(self.candidates):
            counts = [self._count(row, column) for column in (YES, NO, ABSTAIN)]
            if all(count is None for count in counts):
                continue
            yes, no, abstain = (count or 0 for count in counts)
            votes.append(rec.Vote(candidate.member.id, self._applied(row), yes, no, abstain))
        if not votes:
            self.problems.setText(self.tr("请先录入候选人的赞成、反对、弃权票数。"))
            return False
        try:
            rec.record_vote(
                league,
                self.branch_id,
                meeting_date=pydate(self.meeting_date.date()),
                expected=self.expected.value(),
                present=self.present.value(),
                votes=votes,
            )
        except CandidatesIneligible as refused:
            self.problems.setText(
                self.tr("以下人选不符合推优条件，未保存：")
                + "\n"
                + "\n".join(
                    f"· {name}：" + "".join(words.candidate_text(f) for f in findings)
                    for name, findings in refused.candidates
                )
            )
            return False
        except EvaluationError as error:
            self.problems.setText(words.error_text(error))
            return False
        self.reload()
        self.session.notify_data_changed()
        return True

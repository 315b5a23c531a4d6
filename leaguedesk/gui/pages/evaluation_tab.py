"""团员教育评议 tab: open the year's round, type the tally in, see suggestions and the 优秀 share
live, and close the round — which lists every blocking problem in words when it cannot close."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leaguedesk.core.evaluation import MEETING_KINDS, Grade, Tally
from leaguedesk.core.quorum import check_quorum
from leaguedesk.gui import two_systems_labels as labels
from leaguedesk.gui.pages.two_systems_output import OutputMenu
from leaguedesk.gui.session import Session
from leaguedesk.gui.tally_model import TallyModel, TallyRow
from leaguedesk.gui.tally_view import TallyView
from leaguedesk.gui.view_export import add_view_export
from leaguedesk.gui.widgets import add_note, date_edit, pydate, qdate
from leaguedesk.messages import evaluation as words
from leaguedesk.services import evaluation as ev
from leaguedesk.services import evaluation_print as ep
from leaguedesk.services.evaluation_records import EvaluationError, Round, RoundBlocked

OK_COLOUR = "#1a7f37"
BAD_COLOUR = "#b3261e"


class EvaluationTab(QWidget):
    round_changed = Signal()  # a round was opened or closed: registration may follow

    def __init__(
        self, session: Session, today: Callable[[], dt.date], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.session = session
        self.today = today
        self.branch_id: int | None = None
        self.year = today().year
        self.round: Round | None = None
        self._loading = False
        self._build()

    # Building -------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        self.start_box = QWidget()
        start = QHBoxLayout(self.start_box)
        start.setContentsMargins(0, 0, 0, 0)
        self.include_party = QCheckBox(self.tr("保留团籍的党员也参加评议"))
        self.open_button = QPushButton(self.tr("开启评议"))
        self.open_button.clicked.connect(self.open_round)
        start.addWidget(self.include_party)
        start.addWidget(self.open_button)
        start.addStretch(1)
        layout.addWidget(self.start_box)

        self.round_box = QWidget()
        box = QVBoxLayout(self.round_box)
        box.setContentsMargins(0, 0, 0, 0)
        linked = QHBoxLayout()
        self.meeting = QComboBox()
        self.meeting.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.meeting.setMinimumContentsLength(44)
        self.meeting.setToolTip(
            self.tr(
                "选择已登记的支部大会或组织生活会，会议日期和应到、"
                "实到人数按会议记录（不含列席人员）填入"
            )
        )
        self.meeting.currentIndexChanged.connect(lambda _i: self._link_meeting())
        linked.addWidget(QLabel(self.tr("已登记的会议：")))
        linked.addWidget(self.meeting)
        linked.addStretch(1)
        box.addLayout(linked)
        facts = QHBoxLayout()
        self.kind = QComboBox()
        for kind in MEETING_KINDS:
            self.kind.addItem(labels.kind(kind), kind)
        self.meeting_date = date_edit()
        self.expected = QSpinBox()
        self.present = QSpinBox()
        self.ballots = QSpinBox()
        for spin in (self.expected, self.present, self.ballots):
            spin.setRange(0, 9999)
        for text, widget in (
            (self.tr("会议："), self.kind),
            (self.tr("日期："), self.meeting_date),
            (self.tr("应到："), self.expected),
            (self.tr("实到："), self.present),
            (self.tr("收回测评票："), self.ballots),
        ):
            facts.addWidget(QLabel(text))
            facts.addWidget(widget)
        self.quorum_label = QLabel()
        facts.addWidget(self.quorum_label, 1)
        box.addLayout(facts)
        self.kind.currentIndexChanged.connect(lambda _i: self._save_facts())
        self.meeting_date.dateChanged.connect(lambda _d: self._save_facts())
        for spin in (self.expected, self.present, self.ballots):
            spin.valueChanged.connect(lambda _v: self._save_facts())

        shares = QHBoxLayout()
        self.share_label = QLabel()
        self.share_label.setStyleSheet("font-weight: bold;")
        self.rows_label = QLabel()
        self.hint = QLabel(self.tr("直接输入票数，Tab 或回车到下一格；支委会意见栏按 1–4 选择等次"))
        self.hint.setStyleSheet("color: #666;")
        shares.addWidget(self.share_label)
        shares.addWidget(self.rows_label)
        shares.addStretch(1)
        shares.addWidget(self.hint)
        box.addLayout(shares)

        self.model = TallyModel(self)
        self.model.save_tally = self._save_tally
        self.model.save_grade = self._save_grade
        self.model.totals_changed.connect(self._update_status)
        self.view = TallyView(self.model)
        add_view_export(self.view, self.session, lambda: self.tr("团员教育评议"))
        self.view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        middle = QHBoxLayout()
        middle.addWidget(self.view)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("评议后跟进")))
        self.follow_ups = QListWidget()
        self.follow_ups.setMinimumWidth(220)
        self.follow_ups.setWordWrap(True)
        side.addWidget(self.follow_ups, 1)
        middle.addLayout(side, 1)
        box.addLayout(middle, 1)

        actions = QHBoxLayout()
        self.adopt_button = QPushButton(self.tr("采用建议等次"))
        self.adopt_button.setToolTip(self.tr("未选择等次的团员按得票建议等次填入支委会意见"))
        self.adopt_button.clicked.connect(self.adopt)
        self.self_button = QPushButton(self.tr("自我评价…"))
        self.self_button.clicked.connect(self.edit_self_assessment)
        self.output = OutputMenu(self.session, self, self.tr("打印/导出"))
        self.output.add(self.tr("测评票…"), self.tr("测评票"), ".pdf", self._job(ep.ballot_job))
        self.output.add(
            self.tr("团员教育评议表…"),
            self.tr("团员教育评议表"),
            ".pdf",
            self._job(ep.member_sheets_job),
        )
        self.output.add(
            self.tr("支部汇总表…"), self.tr("支部汇总表"), ".pdf", self._job(ep.summary_job)
        )
        self.output.add(
            self.tr("汇总表（Excel）…"),
            self.tr("团员教育评议汇总"),
            ".xlsx",
            self._job(ep.workbook_job),
        )
        actions.addWidget(self.adopt_button)
        actions.addWidget(self.self_button)
        actions.addWidget(self.output.button)
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("上级批准日期：")))
        self.approved_on = date_edit()
        actions.addWidget(self.approved_on)
        self.approved_by = QLineEdit()
        self.approved_by.setPlaceholderText(self.tr("批准的上级团委"))
        actions.addWidget(self.approved_by)
        self.close_button = QPushButton(self.tr("关闭评议"))
        self.close_button.setStyleSheet("font-weight: bold;")
        self.close_button.clicked.connect(self.close_round)
        actions.addWidget(self.close_button)
        box.addLayout(actions)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {BAD_COLOUR};")
        box.addWidget(self.problems)
        layout.addWidget(self.round_box, 1)

    def _job(self, make: Callable) -> Callable:
        return lambda: make(self.session.league, self.round.id) if self.round else None

    # Loading --------------------------------------------------------------------------------
    def set_scope(self, branch_id: int | None, year: int) -> None:
        self.branch_id, self.year = branch_id, year
        self.reload()

    def reload(self) -> None:
        league = self.session.league
        self.round = None
        if league is not None and self.branch_id is not None:
            self.round = ev.round_for(league, self.branch_id, self.year)
        self.problems.clear()
        if league is None or self.branch_id is None:
            self.message.setText(self.tr("请先在上方选择一个团支部。"))
            self.start_box.hide()
            self.round_box.hide()
            return
        if self.round is None:
            self.message.setText(
                self.tr(
                    "{year}年度团员教育评议尚未开启。开启后按名单打印测评票，会后录入票数。"
                ).format(year=self.year)
            )
            self.start_box.show()
            self.round_box.hide()
            return
        self.start_box.hide()
        self.round_box.show()
        self._load_round(self.round)

    def _load_round(self, found: Round) -> None:
        league = self.session.league
        assert league is not None
        self._loading = True
        self._fill_meetings(found)
        self.kind.setCurrentIndex(max(0, self.kind.findData(found.meeting_kind)))
        self.meeting_date.setDate(qdate(found.meeting_date or self.today()))
        self.expected.setValue(found.expected)
        self.present.setValue(found.present)
        self.ballots.setValue(found.ballots)
        self.approved_on.setDate(qdate(found.approved_on or self.today()))
        self.approved_by.setText(found.approved_by)
        self._loading = False
        closed = found.closed
        for widget in (
            self.meeting,
            self.ballots,
            self.approved_on,
            self.approved_by,
            self.close_button,
            self.adopt_button,
            self.self_button,
        ):
            widget.setEnabled(not closed)
        locked = closed or found.meeting_id is not None
        tip = self.tr("取自会议记录") if found.meeting_id is not None and not closed else ""
        for widget in (self.kind, self.meeting_date, self.expected, self.present):
            widget.setEnabled(not locked)
            widget.setToolTip(tip)
        rates = ev.attendance_rates(league, found)
        rows = [
            TallyRow(
                e.id,
                e.name,
                [e.tally.votes(g) for g in Grade],
                e.final_grade if closed else e.committee_grade,
                rates.get(e.member_id),
                e.ballots,
            )
            for e in ev.entries(league, found.id)
        ]
        self.model.load(rows, ballots=found.ballots, rules=ev.load_rules(league), read_only=closed)
        self._fill_follow_ups(found)
        if closed:
            approved = found.approved_on.isoformat() if found.approved_on else ""
            self.message.setText(
                self.tr("{year}年度团员教育评议已于 {day} 经上级批准，结果已记入团员档案。").format(
                    year=found.year, day=approved
                )
            )
        else:
            self.message.setText(
                self.tr("{year}年度团员教育评议进行中：参评 {n} 人。").format(
                    year=found.year, n=len(rows)
                )
            )
        self._update_status()

    def _fill_meetings(self, found: Round) -> None:
        """The branch's recorded 支部大会 and 组织生活会 of the year, the linked one chosen."""
        league = self.session.league
        assert league is not None
        self.meeting.clear()
        self.meeting.addItem(self.tr("（未登记，手动填写）"), None)
        for meeting in ev.linkable_meetings(league, found.branch_id, found.year):
            topic = meeting.topics.strip().splitlines()[0] if meeting.topics.strip() else ""
            text = f"{meeting.date.isoformat()} · {labels.kind(meeting.kind)}"
            if topic:
                text += f" · {topic[:30]}"
            self.meeting.addItem(text, meeting.id)
        if found.meeting_id is not None and self.meeting.findData(found.meeting_id) < 0:
            day = found.meeting_date.isoformat() if found.meeting_date else ""
            self.meeting.addItem(f"{day} · {labels.kind(found.meeting_kind)}", found.meeting_id)
        self.meeting.setCurrentIndex(max(0, self.meeting.findData(found.meeting_id)))

    def _fill_follow_ups(self, found: Round) -> None:
        """基本合格: the talk still to have; 不合格: when the re-evaluation is due."""
        self.follow_ups.clear()
        league = self.session.league
        if league is None:
            return
        if not found.closed:
            add_note(
                self.follow_ups,
                self.tr("关闭评议后，基本合格的谈心谈话和不合格的再次评议列在这里。"),
            )
            return
        for entry in ev.entries(league, found.id):
            if entry.final_grade is Grade.BASIC and entry.talk_on is None:
                self.follow_ups.addItem(
                    self.tr("{name}　基本合格：待谈心谈话").format(name=entry.name)
                )
            elif entry.final_grade is Grade.FAIL and entry.reevaluated_on is None:
                day = entry.reevaluate_by.isoformat() if entry.reevaluate_by else ""
                self.follow_ups.addItem(
                    self.tr("{name}　不合格：{day} 前再次评议").format(name=entry.name, day=day)
                )
        if not self.follow_ups.count():
            add_note(self.follow_ups, self.tr("没有待跟进的事项。"))

    # Changes --------------------------------------------------------------------------------
    def open_round(self) -> None:
        league = self.session.league
        if league is None or self.branch_id is None:
            return
        day = min(self.today(), dt.date(self.year, 12, 31))
        try:
            ev.open_round(
                league,
                self.branch_id,
                self.year,
                meeting_date=day,
                include_party_members=self.include_party.isChecked(),
            )
        except EvaluationError as error:
            QMessageBox.warning(self, self.tr("不能开启评议"), words.error_text(error))
            return
        self.reload()
        self.view.start()
        self.round_changed.emit()

    def _link_meeting(self) -> None:
        """Hold the round in the chosen recorded meeting, or go back to typed values."""
        if self._loading or self.round is None or self.round.closed:
            return
        league = self.session.league
        assert league is not None
        try:
            ev.link_meeting(league, self.round.id, self.meeting.currentData())
        except EvaluationError as error:
            QMessageBox.warning(self, self.tr("不能关联这次会议"), words.error_text(error))
        self.reload()

    def _save_facts(self) -> None:
        if self._loading or self.round is None or self.round.closed:
            return
        league = self.session.league
        assert league is not None
        if self.round.meeting_id is not None:  # kind, date and counts come from the meeting
            self.round = ev.update_meeting(league, self.round.id, ballots=self.ballots.value())
        else:
            self.round = ev.update_meeting(
                league,
                self.round.id,
                meeting_kind=self.kind.currentData(),
                meeting_date=pydate(self.meeting_date.date()),
                expected=self.expected.value(),
                present=self.present.value(),
                ballots=self.ballots.value(),
            )
        self.model.set_ballots(self.round.ballots)
        self._update_status()

    def _save_tally(self, entry_id: int, tally: Tally) -> None:
        assert self.session.league is not None
        ev.record_tally(self.session.league, entry_id, tally)

    def _save_grade(self, entry_id: int, grade: Grade | None) -> None:
        assert self.session.league is not None and self.round is not None
        ev.propose_grades(self.session.league, self.round.id, {entry_id: grade})

    def adopt(self) -> None:
        league = self.session.league
        if league is None or self.round is None:
            return
        ev.adopt_suggestions(league, self.round.id)
        self.model.set_grades({e.id: e.committee_grade for e in ev.entries(league, self.round.id)})

    def edit_self_assessment(self) -> None:
        league = self.session.league
        index = self.view.currentIndex()
        if league is None or not index.isValid():
            return
        row = self.model.rows[index.row()]
        current = ev.get_entry(league, row.entry_id).self_assessment
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("自我评价"),
            self.tr("{name}的书面自我评价（摘要）：").format(name=row.name),
            current,
        )
        if ok:
            ev.set_self_assessment(league, row.entry_id, text)

    def close_round(self) -> bool:
        league = self.session.league
        if league is None or self.round is None:
            return False
        try:
            ev.close_round(
                league,
                self.round.id,
                approved_on=pydate(self.approved_on.date()),
                approved_by=self.approved_by.text(),
            )
        except RoundBlocked as blocked:
            self.problems.setText(
                self.tr("评议还不能关闭：")
                + "\n"
                + "\n".join(f"· {words.finding_text(f)}" for f in blocked.findings)
            )
            return False
        self.reload()
        self.session.notify_data_changed()
        self.round_changed.emit()
        return True

    # Status ---------------------------------------------------------------------------------
    def _update_status(self) -> None:
        model = self.model
        evaluated = len(model.rows)
        excellent, cap = model.excellent_count(), model.excellent_cap()
        percent = f"{excellent * 100 / evaluated:.1f}%" if evaluated else "—"
        colour = BAD_COLOUR if excellent > cap else OK_COLOUR
        league = self.session.league
        limit = ev.load_rules(league).excellent_cap * 100 if league is not None else 30
        self.share_label.setText(
            self.tr("优秀 {n} / {total} 人（{percent}），上限 {limit}% 即 {cap} 人").format(
                n=excellent, total=evaluated, percent=percent, limit=f"{float(limit):g}", cap=cap
            )
        )
        self.share_label.setStyleSheet(f"font-weight: bold; color: {colour};")
        notes = []
        mismatched = model.mismatched_rows()
        if mismatched:
            notes.append(self.tr("{n} 行合计与测评票张数不符").format(n=len(mismatched)))
        if model.empty_rows():
            notes.append(self.tr("{n} 人未录入票数").format(n=len(model.empty_rows())))
        if model.ungraded():
            notes.append(self.tr("{n} 人未定等次").format(n=model.ungraded()))
        self.rows_label.setText("　" + "；".join(notes))
        self.rows_label.setStyleSheet(f"color: {BAD_COLOUR};")
        if self.round is not None:
            result = (
                check_quorum(
                    self.round.meeting_kind,
                    self.round.expected,
                    self.round.present,
                    ev.quorum_rules(self.session.league),
                    evaluation=True,
                )
                if self.session.league
                else None
            )
            if result is not None:
                text = self.tr("需到会 {n} 人").format(n=result.required)
                good = result.ok
                self.quorum_label.setText(("✓ " if good else "✗ ") + text)
                self.quorum_label.setStyleSheet(
                    f"color: {OK_COLOUR if good else BAD_COLOUR}; padding-left: 8px;"
                )

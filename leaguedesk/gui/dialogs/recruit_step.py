"""The form for one recruitment step: the fields that step needs, checked as the user types.

Findings show in words under the fields: red errors keep 保存 disabled, amber warnings need a
reason (which is saved with the step). Recording the approval (上级团委审批) admits the
applicant: the service makes the member in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leaguedesk.core import recruitment_steps as steps
from leaguedesk.core.recruitment import COMMITTEE_MEETING, GENERAL_MEETING, Ballot, Finding
from leaguedesk.gui.issues import ERROR_COLOUR, WARNING_COLOUR
from leaguedesk.gui.widgets import date_edit, pydate, qdate, save_cancel_buttons
from leaguedesk.messages.recruitment import (
    applicant_issue_text,
    decided_by,
    recruitment_finding,
    step_name,
)
from leaguedesk.services import recruitment as rs
from leaguedesk.services import recruitment_board as board
from leaguedesk.services.member_records import ValidationFailed
from leaguedesk.services.recruitment_records import DecisionFacts, StepInput, StepRefused
from leaguedesk.storage.leaguefile import LeagueFile

CHECK_DELAY_MS = 150
OK_COLOUR = "#1b7f3b"


class RecruitStepDialog(QDialog):
    """Record (or correct) ``step_code`` for one applicant."""

    def __init__(
        self,
        league: LeagueFile,
        applicant_id: int,
        step_code: str,
        *,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.league = league
        self.applicant_id = applicant_id
        self.code = step_code
        self.spec = steps.step(step_code)
        self.today = today or dt.date.today()
        self.applicant = rs.get_applicant(league, applicant_id)
        self.existing = self.applicant.steps.get(step_code)
        self.findings: list[Finding] = []
        self.saved = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)

        self.setWindowTitle(
            self.tr("{number}. {step} — {name}").format(
                number=self.spec.number, step=step_name(step_code), name=self.applicant.name
            )
        )
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr("第{number}步　{step}").format(
                number=self.spec.number, step=step_name(step_code)
            )
        )
        heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        layout.addWidget(heading)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        layout.addWidget(self.hint)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self._build_fields()
        self.findings_label = QLabel()
        self.findings_label.setObjectName("findings")
        self.findings_label.setWordWrap(True)
        self.findings_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.findings_label)
        self.reason_label = QLabel(self.tr("原因（有提示时必填）："))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setFixedHeight(60)
        self.reason.setPlaceholderText(self.tr("说明为什么在有提示的情况下仍按此记录"))
        self.reason.textChanged.connect(self._update_save)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addStretch(1)
        self.buttons = save_cancel_buttons(self.save, self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(self.buttons)
        self._load()
        self.check_now()
        self.resize(620, 560)

    # Building -------------------------------------------------------------------------------
    def _date_edit(self, name: str, *, live: bool = True) -> QDateEdit:
        edit = date_edit(self.today, name=name)
        if live:
            edit.dateChanged.connect(self._changed)
        return edit

    def _build_fields(self) -> None:
        required = self.spec.required
        self.date_edit = self._date_edit("date")
        self.form.addRow(self.tr("日期："), self.date_edit)
        self.notice_edit: QDateEdit | None = None
        if steps.NOTICE_START in required:
            self.notice_edit = self._date_edit("notice_start")
            self.form.addRow(self.tr("公示开始日期："), self.notice_edit)
        self.people_list: QListWidget | None = None
        if steps.PEOPLE in required:
            self.people_list = QListWidget()
            self.people_list.setObjectName("people")
            self.people_list.setMaximumHeight(150)
            for member_id, name, post in rs.branch_members(self.league, self.applicant.branch_id):
                item = QListWidgetItem(f"{name}　{post}" if post else name)
                item.setData(Qt.ItemDataRole.UserRole, member_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.people_list.addItem(item)
            self.people_list.itemChanged.connect(self._changed)
            self.form.addRow(self._people_label(), self.people_list)
        self.kind_box: QComboBox | None = None
        self.expected: QSpinBox | None = None
        self.present: QSpinBox | None = None
        self.meeting_box: QComboBox | None = None
        if steps.MEETING in required:
            self.meeting_box = QComboBox()
            self.meeting_box.setObjectName("recorded_meeting")
            self.meeting_box.addItem(self.tr("（未登记，手动填写）"), None)
            for meeting in rs.deciding_meetings(self.league, self.applicant.branch_id, self.code):
                topic = " ".join(meeting.topics.split())
                if len(topic) > 24:
                    topic = topic[:23] + "…"
                label = " · ".join(
                    p for p in (meeting.date.isoformat(), decided_by(meeting.kind), topic) if p
                )
                self.meeting_box.addItem(label, meeting)
            self.meeting_box.currentIndexChanged.connect(self._meeting_chosen)
            self.form.addRow(self.tr("已登记的会议："), self.meeting_box)
            self.kind_box = QComboBox()
            self.kind_box.setObjectName("meeting_kind")
            kinds = (
                (GENERAL_MEETING,)
                if self.code == "general_meeting"
                else (COMMITTEE_MEETING, GENERAL_MEETING)
            )
            for kind in kinds:
                self.kind_box.addItem(self._kind_label(kind), kind)
            default = rs.deciding_kind(self.league, self.applicant.branch_id)
            self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(default)))
            self.kind_box.currentIndexChanged.connect(self._changed)
            self.expected = self._count("expected")
            self.present = self._count("present")
            row = QHBoxLayout()
            row.addWidget(self.kind_box, 1)
            row.addWidget(QLabel(self.tr("应到")))
            row.addWidget(self.expected)
            row.addWidget(QLabel(self.tr("实到")))
            row.addWidget(self.present)
            self.form.addRow(self.tr("决定会议："), row)
        self.yes: QSpinBox | None = None
        self.no: QSpinBox | None = None
        self.abstain: QSpinBox | None = None
        self.separate: QCheckBox | None = None
        if steps.BALLOT in required:
            self.yes, self.no, self.abstain = (self._count(n) for n in ("yes", "no", "abstain"))
            row = QHBoxLayout()
            for label, box in (
                (self.tr("赞成"), self.yes),
                (self.tr("反对"), self.no),
                (self.tr("弃权"), self.abstain),
            ):
                row.addWidget(QLabel(label))
                row.addWidget(box)
            self.separate = QCheckBox(self.tr("逐个讨论、无记名投票逐个表决"))
            self.separate.setChecked(True)
            self.separate.toggled.connect(self._changed)
            row.addWidget(self.separate, 1)
            self.form.addRow(self.tr("表决结果："), row)
        self.opinion_edit: QDateEdit | None = None
        if steps.OPINION_DATE in required:
            self.opinion_edit = self._date_edit("opinion_date")
            self.form.addRow(self.tr("介绍人意见日期："), self.opinion_edit)
        self.hours: QDoubleSpinBox | None = None
        if self.code == "cultivation":
            self._build_lessons()
        self.documents: QPlainTextEdit | None = None
        if steps.DOCUMENTS in required or self.code == "apply":
            self.documents = QPlainTextEdit()
            self.documents.setObjectName("documents")
            self.documents.setFixedHeight(60)
            self.documents.setPlaceholderText(self.tr("每行一项，如：培养考察记录、入团志愿书编号"))
            self.documents.textChanged.connect(self._changed)
            attach = QPushButton(self.tr("附加文件…"))
            attach.clicked.connect(self.attach_file)
            column = QVBoxLayout()
            column.addWidget(self.documents)
            column.addWidget(attach, 0, Qt.AlignmentFlag.AlignLeft)
            self.form.addRow(self.tr("材料："), column)
        self.notes = QLineEdit()
        self.notes.setObjectName("notes")
        if self.code == "approval":
            self.notes.setPlaceholderText(self.tr("批准机关及文号"))
        self.form.addRow(self.tr("备注："), self.notes)

    def _meeting_chosen(self, *_args: object) -> None:
        """A recorded meeting fills in its date, kind and 应到/实到 and locks them."""
        assert self.meeting_box is not None and self.kind_box is not None
        assert self.expected is not None and self.present is not None
        meeting = self.meeting_box.currentData()
        if meeting is not None:
            self.date_edit.setDate(qdate(meeting.date))
            index = self.kind_box.findData(meeting.kind)
            if index < 0:  # a kind this step's box does not offer: show it as it is
                self.kind_box.addItem(decided_by(meeting.kind), meeting.kind)
                index = self.kind_box.count() - 1
            self.kind_box.setCurrentIndex(index)
            self.expected.setValue(meeting.expected)
            self.present.setValue(meeting.present)
        for widget in (self.date_edit, self.kind_box, self.expected, self.present):
            widget.setEnabled(meeting is None)
        self._changed()

    def linked_meeting_id(self) -> int | None:
        if self.meeting_box is None or self.meeting_box.currentData() is None:
            return None
        return int(self.meeting_box.currentData().id)

    def choose_meeting(self, meeting_id: int | None) -> bool:
        """Select the recorded meeting ``meeting_id`` (None: typed by hand); False if the
        list does not hold it."""
        assert self.meeting_box is not None
        for row in range(self.meeting_box.count()):
            meeting = self.meeting_box.itemData(row)
            if (meeting.id if meeting is not None else None) == meeting_id:
                self.meeting_box.setCurrentIndex(row)
                return True
        return False

    def _people_label(self) -> str:
        return {
            "talk": self.tr("谈话人："),
            "contacts": self.tr("培养联系人（1–2名）："),
            "introducers": self.tr("入团介绍人（2名）："),
        }.get(self.code, self.tr("人员："))

    @staticmethod
    def _kind_label(kind: str) -> str:
        return decided_by(kind)

    def _count(self, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(0, 100000)
        box.valueChanged.connect(self._changed)
        return box

    def _build_lessons(self) -> None:
        self.lessons_list = QListWidget()
        self.lessons_list.setObjectName("lessons")
        self.lessons_list.setMaximumHeight(110)
        add_row = QHBoxLayout()
        self.lesson_date = self._date_edit("lesson_date", live=False)
        self.lesson_topic = QLineEdit()
        self.lesson_topic.setPlaceholderText(self.tr("团课内容"))
        self.lesson_hours = QDoubleSpinBox()
        self.lesson_hours.setRange(0.5, 100)
        self.lesson_hours.setSingleStep(0.5)
        self.lesson_hours.setValue(2)
        add = QPushButton(self.tr("添加团课"))
        add.clicked.connect(self.add_lesson)
        for widget in (self.lesson_date, self.lesson_topic, self.lesson_hours, add):
            add_row.addWidget(widget)
        recorded_row = QHBoxLayout()
        recorded_row.addWidget(QLabel(self.tr("从已登记的团课添加：")))
        self.lecture_box = QComboBox()
        self.lecture_box.setObjectName("recorded_lecture")
        self.add_lecture_button = QPushButton(self.tr("添加所选团课"))
        self.add_lecture_button.setObjectName("add_recorded_lecture")
        self.add_lecture_button.clicked.connect(self.add_recorded_lesson)
        recorded_row.addWidget(self.lecture_box, 1)
        recorded_row.addWidget(self.add_lecture_button)
        column = QVBoxLayout()
        column.addWidget(self.lessons_list)
        column.addLayout(add_row)
        column.addLayout(recorded_row)
        self.form.addRow(self.tr("团课学习："), column)
        self.hours = QDoubleSpinBox()
        self.hours.setObjectName("hours")
        self.hours.setRange(0, 1000)
        self.hours.setSingleStep(0.5)
        self.hours.valueChanged.connect(self._changed)
        self.hours.valueChanged.connect(self._show_total)
        self.form.addRow(self.tr("其他团课学时："), self.hours)
        self.total_label = QLabel()
        self.total_label.setObjectName("tuanke_total")
        self.form.addRow(self.tr("团课合计："), self.total_label)
        self._fill_lessons()

    def _fill_lessons(self) -> None:
        self.lessons_list.clear()
        for lesson in rs.lessons(self.league, self.applicant_id):
            self.lessons_list.addItem(
                self.tr("{day}　{topic}　{hours}学时").format(
                    day=lesson["held_on"], topic=lesson["topic"], hours=f"{lesson['hours']:g}"
                )
            )
        self._fill_lectures()
        self._show_total()

    def _show_total(self, *_args: object) -> None:
        """团课 学时 of the lessons plus the other hours typed, against the hours required."""
        assert self.hours is not None
        total = rs.tuanke_hours(self.league, self.applicant_id) + self.hours.value()
        required = rs.load_rules(self.league).tuanke_hours
        self.total_label.setText(
            self.tr("{total}学时（至少{required}学时）").format(
                total=f"{total:g}", required=f"{required:g}"
            )
        )

    def _fill_lectures(self) -> None:
        """The branch's recorded 团课 not yet counted for the applicant, newest first."""
        self.lecture_box.clear()
        for meeting in rs.lecture_meetings(self.league, self.applicant_id):
            topic = " ".join(meeting.topics.split())
            if len(topic) > 24:
                topic = topic[:23] + "…"
            hours = (
                self.tr("{hours}学时").format(hours=f"{meeting.lecture_hours:g}")
                if meeting.lecture_hours > 0
                else self.tr("未登记学时")
            )
            label = " · ".join(p for p in (meeting.date.isoformat(), topic, hours) if p)
            self.lecture_box.addItem(label, meeting.id)
        empty = self.lecture_box.count() == 0
        if empty:
            self.lecture_box.addItem(self.tr("（本团支部没有未计入的团课记录）"), None)
        self.lecture_box.setEnabled(not empty)
        self.add_lecture_button.setEnabled(not empty)

    # Values ---------------------------------------------------------------------------------
    def _load(self) -> None:
        upcoming = board.progress(self.league, self.applicant_id, today=self.today).next
        hints = [self.tr("由{who}决定。").format(who=decided_by(self.spec.decided_by))]
        if upcoming.step is not None and upcoming.step.code == self.code:
            if upcoming.earliest:
                hints.append(self.tr("最早可在 {day} 进行。").format(day=upcoming.earliest))
            if upcoming.due_date:
                hints.append(self.tr("应在 {day} 前完成。").format(day=upcoming.due_date))
        self.hint.setText("".join(hints))
        default_day = (
            upcoming.earliest
            if upcoming.earliest and upcoming.earliest <= self.today
            else self.today
        )
        self.date_edit.setDate(qdate(default_day))
        if self.notice_edit is not None:
            self.notice_edit.setDate(qdate(default_day + dt.timedelta(days=1)))
        if self.opinion_edit is not None:
            self.opinion_edit.setDate(qdate(default_day))
        if self.expected is not None and self.present is not None:
            voters = rs.voting_members(self.league, self.applicant.branch_id)
            self.expected.setValue(voters)
            self.present.setValue(voters)
        if self.existing is not None:
            self.set_input(self.existing.as_input())

    def set_input(self, data: StepInput) -> None:
        """Fill the form from a record (to correct a step) or from a test."""
        if data.date:
            self.date_edit.setDate(qdate(data.date))
        if self.notice_edit is not None and data.notice_start:
            self.notice_edit.setDate(qdate(data.notice_start))
        if self.opinion_edit is not None and data.opinion_date:
            self.opinion_edit.setDate(qdate(data.opinion_date))
        if self.people_list is not None:
            self.set_people(data.people)
        if self.kind_box is not None and data.decision is not None:
            self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(data.decision.kind)))
            assert self.expected is not None and self.present is not None
            self.expected.setValue(data.decision.expected)
            self.present.setValue(data.decision.present)
            if self.meeting_box is not None:
                self.choose_meeting(data.decision.meeting_id)
        if self.yes is not None and data.ballot is not None:
            assert self.no is not None and self.abstain is not None
            assert self.separate is not None
            self.yes.setValue(data.ballot.yes)
            self.no.setValue(data.ballot.no)
            self.abstain.setValue(data.ballot.abstain)
            self.separate.setChecked(data.ballot.separate)
        if self.hours is not None:
            self.hours.setValue(data.hours)
        if self.documents is not None and data.documents:
            self.documents.setPlainText("\n".join(data.documents))
        self.notes.setText(data.notes)
        self.reason.setPlainText(data.reason)
        self.check_now()

    def set_people(self, member_ids: Any) -> None:
        assert self.people_list is not None
        wanted = set(member_ids)
        for row in range(self.people_list.count()):
            item = self.people_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def people(self) -> tuple[int, ...]:
        if self.people_list is None:
            return ()
        return tuple(
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.people_list.item(r) for r in range(self.people_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        )

    def step_input(self) -> StepInput:
        decision = None
        if self.kind_box is not None:
            assert self.expected is not None and self.present is not None
            decision = DecisionFacts(
                str(self.kind_box.currentData()),
                self.expected.value(),
                self.present.value(),
                self.linked_meeting_id(),
            )
        ballot = None
        if self.yes is not None:
            assert self.no is not None and self.abstain is not None
            assert self.separate is not None
            ballot = Ballot(
                self.yes.value(), self.no.value(), self.abstain.value(), self.separate.isChecked()
            )
        documents = tuple(
            line.strip()
            for line in (self.documents.toPlainText().splitlines() if self.documents else [])
            if line.strip()
        )
        return StepInput(
            date=pydate(self.date_edit.date()),
            people=self.people(),
            decision=decision,
            notice_start=pydate(self.notice_edit.date()) if self.notice_edit else None,
            opinion_date=pydate(self.opinion_edit.date()) if self.opinion_edit else None,
            ballot=ballot,
            hours=self.hours.value() if self.hours else 0.0,
            documents=documents,
            reason=self.reason.toPlainText().strip(),
            notes=self.notes.text().strip(),
        )

    # Checking -------------------------------------------------------------------------------
    def _changed(self, *_args: object) -> None:
        self._timer.start()

    def check_now(self) -> list[Finding]:
        self._timer.stop()
        self.findings = rs.check_proposed_step(
            self.league, self.applicant_id, self.code, self.step_input(), today=self.today
        )
        self.show_findings(self.findings)
        return self.findings

    def show_findings(self, findings: list[Finding], extra: list[str] | None = None) -> None:
        lines = []
        for found in sorted(findings, key=lambda f: not f.blocks):
            colour = ERROR_COLOUR.name() if found.blocks else WARNING_COLOUR.name()
            mark = "✖" if found.blocks else "⚠"
            lines.append(f"<span style='color:{colour}'>{mark} {recruitment_finding(found)}</span>")
        for text in extra or []:
            lines.append(f"<span style='color:{ERROR_COLOUR.name()}'>✖ {text}</span>")
        if not lines:
            lines.append(
                f"<span style='color:{OK_COLOUR}'>✔ " + self.tr("符合规定，可以保存。") + "</span>"
            )
        self.findings_label.setText("<br>".join(lines))
        warnings = any(f.needs_reason for f in findings)
        self.reason_label.setVisible(warnings)
        self.reason.setVisible(warnings)
        self._update_save()

    def _update_save(self) -> None:
        errors = any(f.blocks for f in self.findings)
        needs = any(f.needs_reason for f in self.findings)
        self.save_button.setEnabled(
            not errors and (not needs or bool(self.reason.toPlainText().strip()))
        )

    # Actions --------------------------------------------------------------------------------
    def add_lesson(self) -> None:
        try:
            rs.add_lesson(
                self.league,
                self.applicant_id,
                pydate(self.lesson_date.date()),
                self.lesson_hours.value(),
                self.lesson_topic.text(),
            )
        except ValidationFailed as failed:
            self.show_findings(self.findings, [applicant_issue_text(i) for i in failed.issues])
            return
        self.lesson_topic.clear()
        self._fill_lessons()
        self.check_now()

    def add_recorded_lesson(self) -> None:
        """Count the 团课 chosen from the branch's recorded meetings as a lesson."""
        meeting_id = self.lecture_box.currentData()
        if meeting_id is None:
            return
        try:
            rs.add_lesson(self.league, self.applicant_id, meeting_id=int(meeting_id))
        except ValidationFailed as failed:
            self.show_findings(self.findings, [applicant_issue_text(i) for i in failed.issues])
            return
        self._fill_lessons()
        self.check_now()

    def attach_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("附加文件"))
        if name:
            self.attach_path(name)

    def attach_path(self, name: str) -> None:
        from pathlib import Path

        path = Path(name)
        rs.add_document(
            self.league,
            self.applicant_id,
            self.code,
            path.stem,
            path.read_bytes(),
            filename=path.name,
        )
        assert self.documents is not None
        text = self.documents.toPlainText().rstrip()
        self.documents.setPlainText((text + "\n" if text else "") + path.stem)

    def save(self) -> None:
        if any(f.blocks for f in self.check_now()):
            return
        try:
            self.saved = rs.record_step(
                self.league, self.applicant_id, self.code, self.step_input(), today=self.today
            )
        except StepRefused as refused:
            self.findings = refused.findings
            self.show_findings(refused.findings)
            return
        except ValidationFailed as failed:  # the member could not be made: nothing was saved
            self.show_findings([], [applicant_issue_text(i) for i in failed.issues])
            self.save_button.setEnabled(False)
            return
        self.accept()

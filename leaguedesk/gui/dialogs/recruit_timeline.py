"""One applicant's timeline: all 15 steps with their dates, people, meetings, votes and the
problems found in them; from here a step is recorded or corrected, the 登记表 printed, the
personal data edited, or the application closed (不予接收 / 本人撤回)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leaguedesk.core.recruitment import STEPS
from leaguedesk.gui.dialogs.applicant_form import ApplicantDialog
from leaguedesk.gui.dialogs.recruit_step import RecruitStepDialog
from leaguedesk.gui.issues import ERROR_COLOUR, WARNING_BACKGROUND, WARNING_COLOUR
from leaguedesk.gui.session import Session
from leaguedesk.gui.view_export import add_view_export
from leaguedesk.gui.widgets import date_edit, pydate
from leaguedesk.messages.recruitment import (
    applicant_issue_text,
    applicant_status,
    decided_by,
    recruitment_finding,
    stage_name,
    step_name,
)
from leaguedesk.services import recruitment as rs
from leaguedesk.services import recruitment_board as board
from leaguedesk.services.member_records import ValidationFailed
from leaguedesk.services.recruitment_records import StepEntry
from leaguedesk.storage.leaguefile import LeagueFile

NEXT_BACKGROUND = QColor("#e8f0fe")


def meeting_text(entry: StepEntry, notice: board.NoticePeriod | None = None) -> str:
    """The deciding meeting, the vote, the 公示 period and other dates of a step, in one line."""
    translate = QCoreApplication.translate
    parts = []
    decision = entry.decision
    record = entry.record
    if decision is not None and decision.kind:
        parts.append(
            translate("TimelineDialog", "{kind} 应到{expected} 实到{present}").format(
                kind=decided_by(decision.kind), expected=decision.expected, present=decision.present
            )
        )
    if record.ballot is not None:
        parts.append(
            translate("TimelineDialog", "赞成{yes} 反对{no} 弃权{abstain}").format(
                yes=record.ballot.yes, no=record.ballot.no, abstain=record.ballot.abstain
            )
        )
    if notice is not None and notice.end is not None:
        parts.append(
            translate("TimelineDialog", "公示{start}至{end}（{days}个工作日）").format(
                start=notice.start.isoformat(), end=notice.end.isoformat(), days=notice.days
            )
        )
    elif record.notice_start:
        day = record.notice_start.isoformat()
        parts.append(translate("TimelineDialog", "公示自{day}").format(day=day))
    if record.opinion_date:
        day = record.opinion_date.isoformat()
        parts.append(translate("TimelineDialog", "介绍人意见{day}").format(day=day))
    if record.hours:
        hours = f"{record.hours:g}"
        parts.append(translate("TimelineDialog", "团课{hours}学时").format(hours=hours))
    return "；".join(parts)


class CloseDialog(QDialog):
    """不予接收 or 本人撤回: a date and the reason."""

    def __init__(
        self,
        league: LeagueFile,
        applicant_id: int,
        outcome: str,
        *,
        today: dt.date,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.league = league
        self.applicant_id = applicant_id
        self.outcome = outcome
        self.today = today
        self.setWindowTitle(self.tr("不予接收") if outcome == "rejected" else self.tr("撤回申请"))
        layout = QFormLayout(self)
        self.date_edit = date_edit(today)
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(70)
        self.reason.setPlaceholderText(self.tr("如：支部大会表决未通过；本人书面申请撤回"))
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {ERROR_COLOUR.name()};")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addRow(self.tr("日期："), self.date_edit)
        layout.addRow(self.tr("原因*："), self.reason)
        layout.addRow(self.problems)
        layout.addRow(buttons)

    def save(self) -> None:
        try:
            rs.close_applicant(
                self.league,
                self.applicant_id,
                self.outcome,
                on=pydate(self.date_edit.date()),
                reason=self.reason.toPlainText(),
                today=self.today,
            )
        except ValidationFailed as failed:
            self.problems.setText("\n".join(applicant_issue_text(i) for i in failed.issues))
            return
        self.accept()


class TimelineDialog(QDialog):
    """All 15 steps of one applicant; ``changed`` is set when something was recorded."""

    HEADERS = (
        "序号",
        "步骤",
        "日期",
        "相关人员",
        "会议、表决与公示",
        "材料",
        "原因与备注",
        "检查结果",
    )

    def __init__(
        self,
        session: Session,
        applicant_id: int,
        *,
        today: dt.date | None = None,
        print_record: Callable[[int], None] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        league = session.league
        assert league is not None, "a timeline needs an open league file"
        self.league = league
        self.applicant_id = applicant_id
        self.today = today or dt.date.today()
        self.print_record = print_record
        self.changed = False
        self.step_dialog: RecruitStepDialog | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        self.table = QTableWidget(len(STEPS), len(self.HEADERS))
        self.table.setObjectName("timeline")
        self.table.setHorizontalHeaderLabels([self._header(h) for h in self.HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        add_view_export(self.table, session, self._export_title)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.next_button = QPushButton(self.tr("下一步…"))
        self.next_button.clicked.connect(self.record_next)
        self.edit_button = QPushButton(self.tr("记录或修改所选步骤…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.person_button = QPushButton(self.tr("修改个人信息…"))
        self.person_button.clicked.connect(self.edit_person)
        self.print_button = QPushButton(self.tr("打印培养考察登记表"))
        self.print_button.clicked.connect(self._print)
        self.print_button.setEnabled(print_record is not None)
        self.reject_button = QPushButton(self.tr("不予接收…"))
        self.reject_button.clicked.connect(lambda: self.close_application("rejected"))
        self.withdraw_button = QPushButton(self.tr("撤回申请…"))
        self.withdraw_button.clicked.connect(lambda: self.close_application("withdrawn"))
        for button in (
            self.next_button,
            self.edit_button,
            self.person_button,
            self.print_button,
            self.reject_button,
            self.withdraw_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self.refresh()
        self.resize(1180, 640)

    def _header(self, text: str) -> str:
        return {
            "序号": self.tr("序号"),
            "步骤": self.tr("步骤"),
            "日期": self.tr("日期"),
            "相关人员": self.tr("相关人员"),
            "会议、表决与公示": self.tr("会议、表决与公示"),
            "材料": self.tr("材料"),
            "原因与备注": self.tr("原因与备注"),
            "检查结果": self.tr("检查结果"),
        }[text]

    def _export_title(self) -> str:
        """Names the sheet and file of 导出当前视图: 李四的发展过程."""
        return self.tr("{name}的发展过程").format(name=self.progress.applicant.name)

    def refresh(self) -> None:
        state = board.progress(self.league, self.applicant_id, today=self.today)
        self.progress = state
        a = state.applicant
        self.heading.setText(
            self.tr("{name}　{branch}　{status}").format(
                name=a.name, branch=a.branch_display_name, status=applicant_status(a.status)
            )
        )
        upcoming = state.next
        if upcoming.step is None:
            text = self.tr("15个步骤均已完成。")
        else:
            text = self.tr("当前阶段：{stage}；下一步：{step}").format(
                stage=stage_name(upcoming.step.stage), step=step_name(upcoming.step.code)
            )
            if upcoming.earliest:
                text += self.tr("，最早 {day}").format(day=upcoming.earliest)
            if upcoming.due_date:
                text += self.tr("，截止 {day}").format(day=upcoming.due_date)
            if upcoming.overdue:
                text += self.tr("（已逾期）")
        if a.status == "admitted" and a.development_no:
            text += self.tr("。已接收为团员，发展团员编号 {number}").format(number=a.development_no)
        if a.status in ("rejected", "withdrawn"):
            text += self.tr("。{day}：{reason}").format(day=a.status_on, reason=a.status_reason)
        self.summary.setText(text)
        problems: dict[str, list] = {}
        for code, found in state.problems:
            problems.setdefault(code, []).append(found)
        next_code = upcoming.step.code if upcoming.step else None
        for row, spec in enumerate(STEPS):
            entry = a.steps.get(spec.code)
            cells = [str(spec.number), step_name(spec.code), "", "", "", "", "", ""]
            if entry is not None:
                cells[2] = entry.record.date.isoformat() if entry.record.date else ""
                cells[3] = "、".join(entry.people_names)
                start = entry.record.notice_start or entry.record.date  # a 公示 step's own date
                notice = board.notice_period(self.league, spec.code, start) if start else None
                cells[4] = meeting_text(entry, notice)
                cells[5] = "、".join(entry.record.documents)
                cells[6] = "；".join(t for t in (entry.record.reason, entry.record.notes) if t)
            found = problems.get(spec.code, [])
            cells[7] = "\n".join(recruitment_finding(f) for f in found)
            if entry is not None and not found:
                cells[7] = self.tr("已完成")
            elif spec.code == next_code:
                cells[7] = self.tr("下一步")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if spec.code == next_code:
                    item.setBackground(QBrush(NEXT_BACKGROUND))
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                if found:
                    blocking = any(f.blocks for f in found)
                    item.setForeground(QBrush(ERROR_COLOUR if blocking else WARNING_COLOUR))
                    if not blocking:
                        item.setBackground(QBrush(WARNING_BACKGROUND))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        open_ = a.status == "active"
        self.next_button.setEnabled(upcoming.step is not None and a.is_open)
        self.reject_button.setEnabled(open_)
        self.withdraw_button.setEnabled(open_)
        self.person_button.setEnabled(open_)

    def open_step(self, code: str) -> bool:
        self.step_dialog = RecruitStepDialog(
            self.league, self.applicant_id, code, today=self.today, parent=self
        )
        accepted = self.step_dialog.exec() == QDialog.DialogCode.Accepted
        self.step_dialog = None
        if accepted:
            self.changed = True
            self.refresh()
        return accepted

    def record_next(self) -> None:
        upcoming = self.progress.next
        if upcoming.step is not None:
            self.open_step(upcoming.step.code)

    def edit_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        code = STEPS[row].code
        a = self.progress.applicant
        upcoming = self.progress.next.step
        if code not in a.steps and (upcoming is None or upcoming.code != code):
            QMessageBox.information(
                self,
                self.tr("发展团员"),
                self.tr("请按顺序进行：下一步是“{step}”。").format(
                    step=step_name(upcoming.code) if upcoming else ""
                ),
            )
            return
        self.open_step(code)

    def edit_person(self) -> None:
        dialog = ApplicantDialog(
            self.league, applicant_id=self.applicant_id, today=self.today, parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed = True
            self.refresh()

    def close_application(self, outcome: str) -> None:
        dialog = CloseDialog(self.league, self.applicant_id, outcome, today=self.today, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed = True
            self.refresh()

    def _print(self) -> None:
        if self.print_record is not None:
            self.print_record(self.applicant_id)

"""The meeting form: particulars, the attendance checklist, 列席 guests, resolutions with votes,
agenda and speakers' points, attachments; the quorum and each vote judged live, in words.

Nothing is written until 保存 (one transaction for the record, then the attachment changes).
打印签到表 and 打印会议记录 print what the form shows, saved or not, off the UI thread.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from leaguedesk import messages
from leaguedesk.core.meeting_record import MAX_ATTACHMENT_BYTES, MeetingRecordError, RecordProblem
from leaguedesk.core.meetings import MEETING_KINDS, MeetingError
from leaguedesk.gui import meeting_labels, pdf_open
from leaguedesk.gui.dialogs.meeting_attendance import AttendanceTable
from leaguedesk.gui.dialogs.meeting_extras import AttachmentList, GuestList, ResolutionList
from leaguedesk.gui.session import Session
from leaguedesk.gui.widgets import date_edit, qdate
from leaguedesk.messages import meetings as meeting_messages
from leaguedesk.services import meetings as ms
from leaguedesk.services import members as member_service
from leaguedesk.services import organisation as org
from leaguedesk.services.meeting_records import Meeting, MeetingDraft, assess
from leaguedesk.storage.errors import LeagueFileError

OK_COLOUR = "#1b6e2d"
BAD_COLOUR = "#b3261e"
PLAIN_COLOUR = "#444"


def print_folder() -> Path:
    folder = Path(tempfile.gettempdir()) / "leaguedesk-print"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class MeetingForm(QDialog):
    """Record a new meeting (``meeting_id`` None) of ``branch_id`` or edit one."""

    def __init__(
        self,
        session: Session,
        branch_id: int,
        *,
        meeting_id: int | None = None,
        kind: str = "支部大会",
        day: dt.date | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        assert session.league is not None
        self.session = session
        self.league = session.league
        self.branch_id = branch_id
        self.meeting_id = meeting_id
        self.saved_id: int | None = None
        self.last_error = ""
        self.printed: list[Path] = []
        self.rules, _ = ms.load_quorum_rules(self.league)
        self.branch_name = org.get_branch(self.league, branch_id).display_name
        meeting = ms.get_meeting(self.league, meeting_id) if meeting_id else None
        self.setWindowTitle(
            self.tr("会议记录 — {kind} {date}").format(
                kind=meeting_labels.text(meeting.kind), date=meeting.date.isoformat()
            )
            if meeting
            else self.tr("登记会议")
        )
        layout = QVBoxLayout(self)
        heading = QLabel(self.branch_name)
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        layout.addWidget(heading)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._details_tab(), self.tr("会议信息"))
        self.tabs.addTab(self._attendance_tab(), self.tr("出席情况"))
        self.tabs.addTab(self._votes_tab(), self.tr("列席与决议"))
        self.tabs.addTab(self._minutes_tab(), self.tr("议程与发言"))
        self.attachments = AttachmentList()
        self.tabs.addTab(self.attachments, self.tr("附件"))
        self.quorum_label = QLabel()
        self.quorum_label.setWordWrap(True)
        self.quorum_label.setObjectName("quorumResult")
        layout.addWidget(self.quorum_label)
        layout.addLayout(self._buttons())
        self._load(meeting, kind, day or dt.date.today())
        self._connect()
        self.refresh_result()
        self.resize(980, 720)

    # Building -------------------------------------------------------------------------------
    def _details_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.kind_box = QComboBox()
        for kind in MEETING_KINDS:
            self.kind_box.addItem(meeting_labels.text(kind), kind)
        self.group_box = QComboBox()
        self.group_box.addItem(self.tr("（不限团小组）"), None)
        for group_id, name in member_service.groups(self.league, self.branch_id):
            self.group_box.addItem(name, group_id)
        self.date_edit = date_edit()
        self.start_edit = QLineEdit()
        self.start_edit.setPlaceholderText("19:00")
        self.end_edit = QLineEdit()
        self.end_edit.setPlaceholderText("20:30")
        times = QHBoxLayout()
        times.addWidget(self.start_edit)
        times.addWidget(QLabel(self.tr("至")))
        times.addWidget(self.end_edit)
        times.addStretch(1)
        self.place_edit = QLineEdit()
        self.topics_edit = QPlainTextEdit()
        self.topics_edit.setFixedHeight(60)
        self.topics_edit.setTabChangesFocus(True)
        self.chair_box = self._member_box()
        self.recorder_box = self._member_box()
        self.evaluation_box = QCheckBox(
            self.tr("本次会议开展团员教育评议（须{rule}团员到会）").format(
                rule=meeting_messages.threshold_text(self.rules.evaluation)
            )
        )
        self.hours_spin = QDoubleSpinBox()
        self.hours_spin.setRange(0, 24)
        self.hours_spin.setSingleStep(0.5)
        self.hours_spin.setDecimals(1)
        self.hours_spin.setSuffix(self.tr(" 学时"))
        self.notes_edit = QLineEdit()
        form.addRow(self.tr("会议类型："), self.kind_box)
        form.addRow(self.tr("团小组："), self.group_box)
        form.addRow(self.tr("日期："), self.date_edit)
        form.addRow(self.tr("时间："), times)
        form.addRow(self.tr("地点："), self.place_edit)
        form.addRow(self.tr("议题："), self.topics_edit)
        form.addRow(self.tr("主持人："), self.chair_box)
        form.addRow(self.tr("记录人："), self.recorder_box)
        form.addRow("", self.evaluation_box)
        form.addRow(self.tr("团课学时："), self.hours_spin)
        form.addRow(self.tr("备注："), self.notes_edit)
        return tab

    def _member_box(self) -> QComboBox:
        box = QComboBox()
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.addItem("", None)
        for member in member_service.list_members(
            self.league, branch_id=self.branch_id, status="正常"
        ):
            box.addItem(member.name, member.id)
        return box

    def _attendance_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.all_present_button = QPushButton(self.tr("全部出席"))
        self.clear_button = QPushButton(self.tr("清除登记"))
        self.attendance_summary = QLabel()
        row.addWidget(self.all_present_button)
        row.addWidget(self.clear_button)
        row.addSpacing(16)
        row.addWidget(self.attendance_summary, 1)
        layout.addLayout(row)
        self.attendance = AttendanceTable()
        layout.addWidget(self.attendance, 1)
        hint = QLabel(
            self.tr(
                "空格键勾选到会；数字键 1–6 依次为出席、迟到、事假、病假、公假、无故缺席。"
                "开始登记后，未勾选的人员记为无故缺席。"
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        layout.addWidget(hint)
        return tab

    def _votes_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(self.tr("列席人员（不计入应到、实到人数，不参加表决）：")))
        self.guests = GuestList()
        layout.addWidget(self.guests, 1)
        layout.addWidget(QLabel(self.tr("决议及表决情况：")))
        self.resolutions = ResolutionList()
        layout.addWidget(self.resolutions, 2)
        return tab

    def _minutes_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.agenda_edit = QPlainTextEdit()
        self.agenda_edit.setPlaceholderText(self.tr("每行一项议程"))
        self.agenda_edit.setFixedHeight(110)
        self.minutes_edit = QPlainTextEdit()
        self.minutes_edit.setPlaceholderText(self.tr("张三（书记）：……\n李四：……"))
        form.addRow(self.tr("会议议程："), self.agenda_edit)
        form.addRow(self.tr("发言要点："), self.minutes_edit)
        return tab

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.signin_button = QPushButton(self.tr("打印签到表"))
        self.minutes_button = QPushButton(self.tr("打印会议记录"))
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setDefault(True)
        cancel = QPushButton(self.tr("取消"))
        for button in (self.signin_button, self.minutes_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(cancel)
        self.signin_button.clicked.connect(self.print_signin)
        self.minutes_button.clicked.connect(self.print_minutes)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        return row

    # Loading --------------------------------------------------------------------------------
    def _load(self, meeting: Meeting | None, kind: str, day: dt.date) -> None:
        if meeting is None:
            self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))
            self.date_edit.setDate(qdate(day))
            secretary = next(
                (
                    m
                    for m in member_service.list_members(
                        self.league, branch_id=self.branch_id, status="正常"
                    )
                    if m.league_post == "书记"
                ),
                None,
            )
            if secretary is not None:
                self.chair_box.setCurrentText(secretary.name)
            self._update_kind_fields()
            self._reload_expected()
            return
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(meeting.kind)))
        self.group_box.setCurrentIndex(max(0, self.group_box.findData(meeting.group_id)))
        self.date_edit.setDate(qdate(meeting.date))
        self.start_edit.setText(meeting.start_time)
        self.end_edit.setText(meeting.end_time)
        self.place_edit.setText(meeting.place)
        self.topics_edit.setPlainText(meeting.topics)
        self.chair_box.setCurrentText(meeting.chair_name)
        self.recorder_box.setCurrentText(meeting.recorder_name)
        self.evaluation_box.setChecked(meeting.evaluation)
        self.hours_spin.setValue(meeting.lecture_hours)
        self.notes_edit.setText(meeting.notes)
        self.agenda_edit.setPlainText(meeting.agenda)
        self.minutes_edit.setPlainText(meeting.minutes)
        self.attendance.set_entries(meeting.attendance)
        self.guests.set_guests(meeting.guests)
        self.resolutions.set_resolutions(meeting.resolutions)
        for info in meeting.attachments:
            self.attachments.add_item(
                f"{info.name}（{info.size / 1024:.0f} KB）", ("stored", info.id)
            )
        self._update_kind_fields()

    def _connect(self) -> None:
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.group_box.currentIndexChanged.connect(self._kind_changed)
        self.evaluation_box.toggled.connect(self.refresh_result)
        self.attendance.changed.connect(self.refresh_result)
        self.resolutions.changed.connect(self.refresh_result)
        self.all_present_button.clicked.connect(lambda: self.attendance.set_all("出席"))
        self.clear_button.clicked.connect(lambda: self.attendance.set_all(None))
        self.attachments.add_requested.connect(self.add_attachments)
        self.attachments.open_requested.connect(self.open_attachment)

    @property
    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def _kind_changed(self) -> None:
        self._update_kind_fields()
        self._reload_expected()
        self.refresh_result()

    def _update_kind_fields(self) -> None:
        kind = self.kind
        self.hours_spin.setEnabled(kind == "团课")
        self.evaluation_box.setEnabled(kind in ("支部大会", "组织生活会"))
        if not self.evaluation_box.isEnabled():
            self.evaluation_box.setChecked(False)

    def _reload_expected(self) -> None:
        """The people the kind (and 团小组) calls; statuses already ticked are kept."""
        group_id = self.group_box.currentData()
        if self.kind == "团小组会" and group_id is None:
            self.attendance.set_entries([])
            return
        try:
            fresh = ms.default_attendance(self.league, self.branch_id, self.kind, group_id)
        except MeetingError:
            fresh = ()
        known = {entry.member_id: entry for entry in self.attendance.entries()}
        self.attendance.set_entries(
            [
                replace(
                    entry, status=known[entry.member_id].status, note=known[entry.member_id].note
                )
                if entry.member_id in known
                else entry
                for entry in fresh
            ]
        )

    # Live result ----------------------------------------------------------------------------
    def refresh_result(self) -> None:
        expected, present = self.attendance.counts()
        recorded = self.attendance.recorded()
        resolutions = self.resolutions.resolutions()
        check = assess(
            self.kind,
            expected=expected,
            present=present,
            recorded=recorded,
            resolutions=resolutions,
            evaluation=self.evaluation_box.isChecked(),
            rules=self.rules,
        )
        self.check = check
        text = meeting_messages.quorum_text(meeting_labels.text(self.kind), check)
        colour = (
            PLAIN_COLOUR
            if not recorded or check.quorum.rule is None
            else (OK_COLOUR if check.quorum.ok else BAD_COLOUR)
        )
        self.quorum_label.setText(text)
        self.quorum_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.attendance_summary.setText(
            self.tr("应到 {expected} 人，已登记到会 {present} 人").format(
                expected=expected, present=present
            )
        )
        self.resolutions.show_verdicts(
            [
                (meeting_messages.vote_text(outcome, check), outcome.effective)
                for outcome in check.votes
            ]
        )
        self.tabs.setTabText(
            1,
            self.tr("出席情况（{present}/{expected}）").format(present=present, expected=expected),
        )

    # The record -----------------------------------------------------------------------------
    def _member_id(self, box: QComboBox) -> int | None:
        index = box.findText(box.currentText().strip(), Qt.MatchFlag.MatchExactly)
        return box.itemData(index) if index > 0 else None

    def draft(self) -> MeetingDraft:
        day = self.date_edit.date()
        return MeetingDraft(
            kind=self.kind,
            date=dt.date(day.year(), day.month(), day.day()),
            start_time=self.start_edit.text(),
            end_time=self.end_edit.text(),
            place=self.place_edit.text(),
            topics=self.topics_edit.toPlainText(),
            chair_name=self.chair_box.currentText(),
            chair_member_id=self._member_id(self.chair_box),
            recorder_name=self.recorder_box.currentText(),
            recorder_member_id=self._member_id(self.recorder_box),
            group_id=self.group_box.currentData(),
            evaluation=self.evaluation_box.isChecked(),
            agenda=self.agenda_edit.toPlainText(),
            minutes=self.minutes_edit.toPlainText(),
            lecture_hours=self.hours_spin.value() if self.kind == "团课" else 0.0,
            notes=self.notes_edit.text(),
            attendance=self.attendance.entries(),
            guests=self.guests.guests(),
            resolutions=self.resolutions.resolutions(),
        )

    def _fail(self, error: Exception) -> None:
        if isinstance(error, (MeetingRecordError, MeetingError)):
            self.last_error = meeting_messages.meeting_problem(error)
        elif isinstance(error, LeagueFileError):
            self.last_error = messages.file_error(error)
        else:
            raise error
        QMessageBox.warning(self, self.tr("未保存"), self.last_error)

    def save(self) -> bool:
        try:
            draft = self.draft()
            if self.meeting_id is None:
                self.meeting_id = ms.record_meeting(self.league, self.branch_id, draft)
            else:
                ms.update_meeting(self.league, self.meeting_id, draft)
            for attachment_id in self.attachments.removed:
                ms.remove_attachment(self.league, attachment_id)
            for path in self.attachments.new_paths():
                ms.add_attachment_file(self.league, self.meeting_id, path)
        except (MeetingRecordError, MeetingError, LeagueFileError) as error:
            self._fail(error)
            return False
        self.saved_id = self.meeting_id
        self.session.notify_data_changed()
        self.accept()
        return True

    # Attachments ----------------------------------------------------------------------------
    def add_attachments(self, paths: list[str] | None = None) -> None:
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(
                self,
                self.tr("添加照片或文件"),
                str(Path.home()),
                self.tr(
                    "照片和文件 (*.jpg *.jpeg *.png *.gif *.pdf *.doc *.docx *.xls *.xlsx);;"
                    "所有文件 (*)"
                ),
            )
        for path in paths:
            size = os.stat(path).st_size
            if size > MAX_ATTACHMENT_BYTES:
                self._fail(
                    MeetingRecordError(
                        RecordProblem.ATTACHMENT_TOO_LARGE,
                        name=Path(path).name,
                        size_mb=f"{size / 1024 / 1024:.1f}",
                        limit_mb=MAX_ATTACHMENT_BYTES // 1024 // 1024,
                    )
                )
                continue
            self.attachments.add_item(
                self.tr("{name}（{size} KB，保存后存入团务文件）").format(
                    name=Path(path).name, size=f"{size / 1024:.0f}"
                ),
                ("new", path),
            )

    def open_attachment(self, data: tuple[str, Any]) -> None:
        kind, value = data
        if kind == "new":
            pdf_open.open_file(self, value)
            return
        try:
            path = ms.save_attachment(self.league, int(value), print_folder() / "attachments")
        except MeetingRecordError as error:
            self._fail(error)
            return
        pdf_open.open_file(self, path)

    # Printing -------------------------------------------------------------------------------
    def _as_meeting(self) -> Meeting:
        draft = self.draft()
        return Meeting(
            id=self.meeting_id or 0,
            branch_id=self.branch_id,
            branch_name=self.branch_name,
            kind=draft.kind,
            date=draft.date if isinstance(draft.date, dt.date) else dt.date.today(),
            start_time=draft.start_time.strip(),
            end_time=draft.end_time.strip(),
            place=draft.place.strip(),
            topics=draft.topics.strip(),
            chair_name=draft.chair_name.strip(),
            recorder_name=draft.recorder_name.strip(),
            group_id=draft.group_id,
            group_name=self.group_box.currentText() if draft.group_id is not None else "",
            evaluation=draft.evaluation,
            agenda=draft.agenda,
            minutes=draft.minutes,
            lecture_hours=draft.lecture_hours,
            notes=draft.notes,
            attendance=draft.attendance or (),
            guests=draft.guests,
            resolutions=draft.resolutions,
        )

    def _print(self, name: str, render: Any) -> None:
        meeting = self._as_meeting()
        target = (
            print_folder() / f"{name}-{meeting.date.isoformat()}-{os.getpid()}-"
            f"{len(self.printed)}.pdf"
        )

        def work(_handle: object) -> Path:
            return render(meeting, target).path

        def done(path: Path) -> None:
            self.printed.append(path)
            pdf_open.open_pdf(self, path)

        def failed(error: Exception) -> None:
            from leaguedesk.messages.failures import failure_text

            text = failure_text(error)
            QMessageBox.warning(self, self.tr("无法打印"), text)

        self.session.tasks.start(work, on_done=done, on_error=failed)

    def print_signin(self) -> None:
        from leaguedesk.printing.meeting_signin import render_meeting_signin

        people = [entry for entry in self.attendance.entries() if entry.expected]
        self._print(
            self.tr("签到表"),
            lambda meeting, target: render_meeting_signin(meeting, people, target),
        )

    def print_minutes(self) -> None:
        from leaguedesk.printing.minutes import render_minutes

        rules = self.rules
        self._print(
            self.tr("会议记录"),
            lambda meeting, target: render_minutes(meeting, meeting.assess(rules), target),
        )

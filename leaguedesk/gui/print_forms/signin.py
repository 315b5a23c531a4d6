"""Options of the 会议签到表: the meeting as far as it is known, who is listed and in what order."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QWidget

from leaguedesk.core.meetings import AttendeeOrder, MeetingKind
from leaguedesk.core.organisation import Branch
from leaguedesk.gui.print_forms import (
    FormOptions,
    OptionsProblem,
    PrintJob,
    file_name,
    from_iso,
    parse_time,
)
from leaguedesk.gui.widgets import date_edit, pydate
from leaguedesk.services import attendees as att
from leaguedesk.storage.leaguefile import LeagueFile

DEFAULT_BLANK_ROWS = 5  # as printing.signin.DEFAULT_BLANK_ROWS (the CLI's default too)


class SigninOptions(FormOptions):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = self.kind_box(MeetingKind.BRANCH_ASSEMBLY)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.group = self.group_box()
        self.date = date_edit(dt.date.today())
        self.date.dateChanged.connect(self._notify)
        self.no_date = QCheckBox(self.tr("留空（手写）"))
        self.no_date.toggled.connect(self.date.setDisabled)
        self.no_date.toggled.connect(self._notify)
        date_row = QWidget()
        row = QHBoxLayout(date_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date, 1)
        row.addWidget(self.no_date)
        self.time = self._line(self.tr("如 19:00；可留空"))
        self.time.setMaxLength(8)
        self.topic = self._line(self.tr("如：学习贯彻团的二十大精神"))
        self.topic.setMaxLength(120)
        self.place = self._line(self.tr("如：教学楼A301"))
        self.chair = self.member_picker()
        self.recorder = self.member_picker()
        order_row, self.order = self.order_choice()
        self.blank_rows = self.blank_rows_box(DEFAULT_BLANK_ROWS)
        self.blank_rows.setToolTip(self.tr("表末留给列席和补签人员的空白行"))

        form = self.form
        form.addRow(self.tr("会议类型："), self.kind)
        form.addRow(self.tr("团小组："), self.group)
        form.addRow(self.tr("日期："), date_row)
        form.addRow(self.tr("时间："), self.time)
        form.addRow(self.tr("议题："), self.topic)
        form.addRow(self.tr("地点："), self.place)
        form.addRow(self.tr("主持人："), self.chair)
        form.addRow(self.tr("记录人："), self.recorder)
        form.addRow(self.tr("排列顺序："), order_row)
        form.addRow(self.tr("空白行："), self.blank_rows)
        self._kind_changed()

    def _line(self, placeholder: str) -> QLineEdit:
        line = QLineEdit()
        line.setPlaceholderText(placeholder)
        line.setClearButtonEnabled(True)
        line.textChanged.connect(self._notify)
        return line

    def _kind_changed(self, *_args: object) -> None:
        is_group = self.meeting_kind() is MeetingKind.GROUP
        self.form.setRowVisible(self.group, is_group)
        # A 团小组会 lists one group: ordering by group has nothing to order.
        for button in self.order.buttons():
            button.setEnabled(not is_group)

    def meeting_kind(self) -> MeetingKind:
        return MeetingKind(self.kind.currentData())

    # Hooks --------------------------------------------------------------------------------
    def set_branch(self, league: LeagueFile | None, branch_id: int | None) -> None:
        super().set_branch(league, branch_id)
        self.fill_groups(self.group)
        self.fill_member_picker(self.chair)
        self.fill_member_picker(self.recorder)

    def state(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "group": self.group.currentText(),
            "date": self.date.date().toString("yyyy-MM-dd"),
            "no_date": self.no_date.isChecked(),
            "time": self.time.text(),
            "topic": self.topic.text(),
            "place": self.place.text(),
            "chair": self.chair.currentText(),
            "recorder": self.recorder.currentText(),
            "order": self.order_of(self.order).value,
            "blank_rows": self.blank_rows.value(),
        }

    def restore(self, state: dict[str, Any]) -> None:
        self.restore_kind_and_group(self.kind, self.group, state)
        today = QDate.currentDate()
        remembered = from_iso(state.get("date"), today)
        self.date.setDate(remembered if remembered >= today else today)  # no past meetings
        self.no_date.setChecked(bool(state.get("no_date", False)))
        for line, key in ((self.time, "time"), (self.topic, "topic"), (self.place, "place")):
            line.setText(str(state.get(key, "")))
            line.setCursorPosition(0)  # show the beginning of a long topic
        self.chair.setEditText(str(state.get("chair", "")))
        self.recorder.setEditText(str(state.get("recorder", "")))
        self.set_order(self.order, state.get("order"))
        if isinstance(state.get("blank_rows"), int):
            self.blank_rows.setValue(state["blank_rows"])

    def prepare(self, league: LeagueFile, branch: Branch) -> PrintJob:
        from leaguedesk.printing import signin as sheet

        kind = self.meeting_kind()
        order = self.order_of(self.order)
        group_id, group_name = None, ""
        if kind is MeetingKind.GROUP:
            group_id = self.group.currentData()
            if group_id is None:
                raise OptionsProblem(
                    self.tr(
                        "本支部还没有团小组，无法打印团小组会签到表。请先在名册中为团员设置团小组。"
                    )
                )
            group_name = self.group.currentText()
        day: dt.date | None = None if self.no_date.isChecked() else pydate(self.date.date())
        start = parse_time(self.time.text())
        people = att.expected_attendees(league, branch.id, kind, group_id, order)
        spec = sheet.SigninSpec(
            branch=branch.display_name,
            kind=kind,
            date=day,
            time=start,
            topic=self.topic.text().strip(),
            place=self.place.text().strip(),
            chair=self.chair.currentText().strip(),
            recorder=self.recorder.currentText().strip(),
            group=group_name,
            grouped=order is AttendeeOrder.GROUP and kind is not MeetingKind.GROUP,
            blank_rows=self.blank_rows.value(),
        )
        name = file_name(
            branch.name, group_name, f"{kind.value}签到表", day.isoformat() if day else ""
        )
        return PrintJob(
            lambda path: sheet.render_signin(spec, people, path),
            name,
            self.tr("应到 {n} 人").format(n=len(people)),
        )

"""Options of the 多次签到表 (a series, e.g. a term's 团课): its dates, title and who is listed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from leaguedesk.core.meetings import AttendeeOrder, MeetingKind
from leaguedesk.core.organisation import Branch
from leaguedesk.gui.print_forms import (
    FormOptions,
    OptionsProblem,
    PrintJob,
    file_name,
    from_iso,
)
from leaguedesk.gui.widgets import date_edit, pydate, qdate
from leaguedesk.printing.errors import PrintError, PrintProblem
from leaguedesk.services import attendees as att
from leaguedesk.storage.leaguefile import LeagueFile

MAX_DATES = 60
DEFAULT_TITLE = "团课签到表"  # as printing.signin_grid.DEFAULT_TITLE
DEFAULT_BLANK_ROWS = 3


class GridOptions(FormOptions):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLineEdit(DEFAULT_TITLE)
        self.title.setPlaceholderText(self.tr("如：2026年秋季学期团课签到表"))
        self.title.setMaxLength(60)
        self.title.textChanged.connect(self._notify)
        self.kind = self.kind_box(MeetingKind.LECTURE)
        self.kind.setToolTip(self.tr("会议类型决定名单：支部委员会只列支委，团小组会只列该团小组"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.group = self.group_box()
        self.form.addRow(self.tr("标题："), self.title)
        self.form.addRow(self.tr("会议类型："), self.kind)
        self.form.addRow(self.tr("团小组："), self.group)
        self.form.addRow(self.tr("日期："), self._dates_editor())
        order_row, self.order = self.order_choice()
        self.blank_rows = self.blank_rows_box(DEFAULT_BLANK_ROWS)
        self.form.addRow(self.tr("排列顺序："), order_row)
        self.form.addRow(self.tr("空白行："), self.blank_rows)
        self._kind_changed()

    def _dates_editor(self) -> QWidget:
        editor = QWidget()
        grid = QGridLayout(editor)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        self.new_date = date_edit(dt.date.today())
        self.add_button = QPushButton(self.tr("添加"))
        self.add_button.clicked.connect(lambda: self.add_date(pydate(self.new_date.date())))
        self.dates = QListWidget()
        self.dates.setObjectName("gridDates")
        self.dates.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.dates.setMinimumHeight(120)
        self.dates.setMaximumHeight(180)
        self.week_button = QPushButton(self.tr("再加一周"))
        self.week_button.setToolTip(self.tr("添加最后一个日期的七天之后"))
        self.week_button.clicked.connect(self.add_week)
        self.remove_button = QPushButton(self.tr("删除所选"))
        self.remove_button.clicked.connect(self.remove_selected)
        grid.addWidget(self.new_date, 0, 0, 1, 2)
        grid.addWidget(self.add_button, 0, 2)
        grid.addWidget(self.dates, 1, 0, 1, 3)
        grid.addWidget(self.week_button, 2, 0)
        grid.addWidget(self.remove_button, 2, 1, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return editor

    def _kind_changed(self, *_args: object) -> None:
        self.form.setRowVisible(
            self.group, MeetingKind(self.kind.currentData()) is MeetingKind.GROUP
        )

    # Dates --------------------------------------------------------------------------------
    def chosen_dates(self) -> list[dt.date]:
        return [
            self.dates.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.dates.count())
        ]

    def set_dates(self, dates: list[dt.date]) -> None:
        self.dates.clear()
        for day in sorted(set(dates))[:MAX_DATES]:
            # "2026-09-05  星期六" (the weekday in the window's language)
            item = QListWidgetItem(QLocale().toString(qdate(day), "yyyy-MM-dd  dddd"))
            item.setData(Qt.ItemDataRole.UserRole, day)
            self.dates.addItem(item)
        self.week_button.setEnabled(self.dates.count() > 0)
        self._notify()

    def add_date(self, day: dt.date) -> None:
        self.set_dates([*self.chosen_dates(), day])
        self.new_date.setDate(qdate(day).addDays(7))

    def add_week(self) -> None:
        dates = self.chosen_dates()
        if dates:
            self.add_date(max(dates) + dt.timedelta(days=7))

    def remove_selected(self) -> None:
        selected = {self.dates.row(item) for item in self.dates.selectedItems()}
        self.set_dates([d for i, d in enumerate(self.chosen_dates()) if i not in selected])

    # Hooks --------------------------------------------------------------------------------
    def set_branch(self, league: LeagueFile | None, branch_id: int | None) -> None:
        super().set_branch(league, branch_id)
        self.fill_groups(self.group)

    def state(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "kind": self.kind.currentData(),
            "group": self.group.currentText(),
            "dates": [d.isoformat() for d in self.chosen_dates()],
            "order": self.order_of(self.order).value,
            "blank_rows": self.blank_rows.value(),
        }

    def restore(self, state: dict[str, Any]) -> None:
        if isinstance(state.get("title"), str):
            self.title.setText(state["title"])
        self.restore_kind_and_group(self.kind, self.group, state)
        invalid = QDate()
        dates = [from_iso(text, invalid) for text in state.get("dates") or []]
        self.set_dates([pydate(d) for d in dates if d.isValid()])
        self.set_order(self.order, state.get("order"))
        if isinstance(state.get("blank_rows"), int):
            self.blank_rows.setValue(state["blank_rows"])

    def prepare(self, league: LeagueFile, branch: Branch) -> PrintJob:
        from leaguedesk.printing import signin_grid as sheet

        dates = self.chosen_dates()
        if not dates:
            raise PrintError(PrintProblem.NO_DATES)
        kind = MeetingKind(self.kind.currentData())
        order = self.order_of(self.order)
        group_id = None
        if kind is MeetingKind.GROUP:
            group_id = self.group.currentData()
            if group_id is None:
                raise OptionsProblem(
                    self.tr("本支部还没有团小组，无法按团小组打印。请先在名册中为团员设置团小组。")
                )
        people = att.expected_attendees(league, branch.id, kind, group_id, order)
        title = self.title.text().strip() or DEFAULT_TITLE
        spec = sheet.GridSpec(
            branch=branch.display_name,
            dates=dates,
            title=title,
            grouped=order is AttendeeOrder.GROUP and kind is not MeetingKind.GROUP,
            blank_rows=self.blank_rows.value(),
        )
        return PrintJob(
            lambda path: sheet.render_signin_grid(spec, people, path),
            file_name(branch.name, title),
            self.tr("{n} 人 × {dates} 次").format(n=len(people), dates=len(dates)),
        )

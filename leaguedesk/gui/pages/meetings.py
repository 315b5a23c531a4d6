"""组织生活: the branch's meetings of a year, the yearly calendar, attendance, and the 台账.

The list shows each meeting's kind, date, topics, 应到 / 实到 and a quorum mark; the calendar
shows what is done, due and overdue; the ledger prints or exports in one go (off the UI thread).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from leaguedesk.gui import meeting_labels, pdf_open
from leaguedesk.gui.dialogs.meeting_form import MeetingForm, print_folder
from leaguedesk.gui.pages.meeting_attendance import AttendanceTab
from leaguedesk.gui.pages.meeting_calendar import CalendarGrid
from leaguedesk.gui.session import Session
from leaguedesk.gui.view_export import add_view_export
from leaguedesk.services import meeting_stats as stats
from leaguedesk.services import meetings as ms
from leaguedesk.services.meeting_records import MeetingSummary
from leaguedesk.services.meeting_stats import YearCalendar

ID_ROLE = Qt.ItemDataRole.UserRole + 1
BELOW_COLOUR = QColor("#b3261e")
OK_COLOUR = QColor("#1b6e2d")


class MeetingsPage(QWidget):
    ledger_written = Signal(Path)

    def __init__(
        self, session: Session, parent: QWidget | None = None, today: dt.date | None = None
    ):
        super().__init__(parent)
        self.session = session
        self.today = today
        self.summaries: list[MeetingSummary] = []
        self.year_calendar: YearCalendar | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel(self.tr("组织生活"))
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        top.addWidget(self.heading)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("年度：")))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(self._today().year)
        top.addWidget(self.year_spin)
        top.addStretch(1)
        self.new_button = QPushButton(self.tr("登记会议…"))
        self.new_button.setShortcut("Ctrl+N")
        self.ledger_button = QPushButton(self.tr("打印台账"))
        self.export_button = QPushButton(self.tr("导出台账…"))
        self.rules_button = QPushButton(self.tr("规则设置…"))
        for button in (self.new_button, self.ledger_button, self.export_button, self.rules_button):
            top.addWidget(button)
        layout.addLayout(top)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #666;")
        layout.addWidget(self.hint)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._list_tab(), self.tr("会议记录"))
        self.calendar = CalendarGrid()
        add_view_export(self.calendar.table, self.session, lambda: self.tr("组织生活年度完成情况"))
        self.tabs.addTab(self.calendar, self.tr("年度完成情况"))
        self.attendance = AttendanceTab(session)
        self.tabs.addTab(self.attendance, self.tr("出勤统计"))
        self.year_spin.valueChanged.connect(lambda _v: self.refresh())
        self.new_button.clicked.connect(lambda: self.new_meeting())
        self.ledger_button.clicked.connect(self.print_ledger)
        self.export_button.clicked.connect(lambda: self.export_ledger())
        self.rules_button.clicked.connect(self.edit_rules)
        self.calendar.meeting_chosen.connect(self.open_meeting)
        for signal in (session.file_changed, session.branch_changed, session.data_changed):
            signal.connect(self.refresh)
        self.refresh()

    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    def _list_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.table = QTableWidget(0, 7)
        add_view_export(self.table, self.session, lambda: self.tr("组织生活记录"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("日期"),
                self.tr("类型"),
                self.tr("议题"),
                self.tr("应到"),
                self.tr("实到"),
                self.tr("法定人数"),
                self.tr("决议"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda index: self.open_meeting(self._id_at(index.row())))
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("打开"))
        self.delete_button = QPushButton(self.tr("删除"))
        self.totals = QLabel()
        row.addWidget(self.open_button)
        row.addWidget(self.delete_button)
        row.addWidget(self.totals, 1)
        layout.addLayout(row)
        self.open_button.clicked.connect(lambda: self.open_meeting(self.current_id()))
        self.delete_button.clicked.connect(lambda: self.delete_meeting())
        return tab

    # State ----------------------------------------------------------------------------------
    @property
    def branch_id(self) -> int | None:
        return self.session.branch_id if self.session.league is not None else None

    def refresh(self) -> None:
        league = self.session.league
        branch_id = self.branch_id
        ready = league is not None and branch_id is not None
        for widget in (
            self.new_button,
            self.ledger_button,
            self.export_button,
            self.table,
            self.open_button,
            self.delete_button,
        ):
            widget.setEnabled(ready)
        self.rules_button.setEnabled(league is not None)
        if league is None:
            self.hint.setText(self.tr("未打开团务文件。"))
        elif branch_id is None:
            self.hint.setText(self.tr("组织生活按支部记录：请在上方工具栏选择一个支部。"))
        else:
            self.hint.setText(
                self.tr("双击会议打开；“年度完成情况”显示各类会议的完成、待开和逾期。")
            )
        year = self.year_spin.value()
        if not ready:
            self.summaries, self.year_calendar = [], None
        else:
            assert league is not None and branch_id is not None
            self.year_calendar = stats.year_calendar(league, branch_id, year, today=self._today())
            self.summaries = sorted(
                self.year_calendar.meetings.values(), key=lambda s: (s.date, s.id)
            )
        self._fill_list()
        self.calendar.set_calendar(self.year_calendar)
        self.attendance.set_range(branch_id if ready else None, year)

    def _fill_list(self) -> None:
        table = self.table
        table.setRowCount(len(self.summaries))
        below = 0
        for row, s in enumerate(self.summaries):
            kind = meeting_labels.text(s.kind) + (f"（{s.group_name}）" if s.group_name else "")
            present = str(s.present) if s.recorded else "—"
            if not s.recorded:
                mark, colour = self.tr("未登记"), None
            elif s.assessment.quorum.rule is None:
                mark, colour = self.tr("不设"), None
            elif s.below_quorum:
                mark, colour = self.tr("✗ 不足"), BELOW_COLOUR
                below += 1
            else:
                mark, colour = self.tr("✓ 达到"), OK_COLOUR
            values = [
                s.date.isoformat(),
                kind,
                s.topics.replace("\n", " "),
                str(s.expected),
                present,
                mark,
                str(s.resolutions) if s.resolutions else "",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, s.id)
                if column == 5 and colour is not None:
                    item.setForeground(colour)
                if column in (3, 4, 6):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        text = self.tr("共 {n} 次会议").format(n=len(self.summaries))
        if below:
            text += self.tr("，其中 {n} 次不足法定人数（决议无效）").format(n=below)
        self.totals.setText(text)

    def _id_at(self, row: int) -> int | None:
        item = self.table.item(row, 0)
        return None if item is None else int(item.data(ID_ROLE))

    def current_id(self) -> int | None:
        return self._id_at(self.table.currentRow())

    # Actions --------------------------------------------------------------------------------
    def new_meeting(self, *, run: bool = True) -> MeetingForm | None:
        if self.branch_id is None:
            return None
        form = MeetingForm(self.session, self.branch_id, day=self._today(), parent=self)
        if run:
            form.exec()
        return form

    def open_meeting(self, meeting_id: int | None, *, run: bool = True) -> MeetingForm | None:
        if meeting_id is None or self.branch_id is None:
            return None
        form = MeetingForm(self.session, self.branch_id, meeting_id=meeting_id, parent=self)
        if run:
            form.exec()
        return form

    def delete_meeting(self, *, confirm: bool = True) -> bool:
        meeting_id = self.current_id()
        league = self.session.league
        if meeting_id is None or league is None:
            return False
        summary = next(s for s in self.summaries if s.id == meeting_id)
        if (
            confirm
            and QMessageBox.question(
                self,
                self.tr("删除会议记录"),
                self.tr(
                    "删除 {date} 的{kind}记录（含出席情况、决议和附件）？此操作不能撤销。"
                ).format(date=summary.date.isoformat(), kind=meeting_labels.text(summary.kind)),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return False
        ms.delete_meeting(league, meeting_id)
        self.session.notify_data_changed()
        return True

    def edit_rules(self) -> None:
        from leaguedesk.gui.dialogs.meeting_rules import RulesDialog

        if self.session.league is not None:
            RulesDialog(self.session, self).exec()

    def _branch_name(self) -> str:
        branch = self.session.branch()
        return branch.display_name if branch is not None else ""

    def print_ledger(self) -> None:
        from leaguedesk.printing.ledger import render_ledger

        year = self.year_calendar
        if year is None:
            return
        name = self._branch_name()
        target = print_folder() / f"台账-{year.calendar.year}-{year.branch_id}.pdf"
        self.session.tasks.start(
            lambda _h: render_ledger(year, name, target).path,
            on_done=lambda path: pdf_open.open_pdf(self, path),
            on_error=self._failed,
        )

    def export_ledger(self, path: Path | None = None) -> None:
        from leaguedesk.exchange.ledger_xlsx import write_ledger

        year = self.year_calendar
        if year is None:
            return
        name = self._branch_name()
        if path is None:
            suggested = Path.home() / self.tr("{branch}{year}年组织生活台账.xlsx").format(
                branch=name, year=year.calendar.year
            )
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("导出台账"), str(suggested), self.tr("Excel 工作簿 (*.xlsx)")
            )
            if not chosen:
                return
            path = Path(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")
        target = path
        self.session.tasks.start(
            lambda _h: write_ledger(target, year, name),
            on_done=self.ledger_written.emit,
            on_error=self._failed,
        )

    def _failed(self, error: Exception) -> None:
        from leaguedesk.messages.failures import failure_text

        text = failure_text(error)
        QMessageBox.warning(self, self.tr("未完成"), text)

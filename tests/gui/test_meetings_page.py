"""The 组织生活 page and meeting form driven like a user: record a meeting, tick attendance,
see the quorum mark, read the calendar, export, edit the rules."""

from __future__ import annotations

import dataclasses
import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from leaguedesk.core.compliance import CellStatus
from leaguedesk.core.quorum import AT_LEAST_TWO_THIRDS, QuorumRules
from leaguedesk.gui import pdf_open
from leaguedesk.gui.dialogs.meeting_attendance import STATUS
from leaguedesk.gui.dialogs.meeting_rules import RulesDialog
from leaguedesk.gui.pages.meetings import MeetingsPage
from leaguedesk.services import meetings as ms
from leaguedesk.services.meeting_records import MeetingDraft
from tests.printing import pdftools
from tests.sample_branch import PINYIN_ORDER

TODAY = dt.date(2026, 5, 20)


@pytest.fixture
def session(league, sample, make_session):
    return make_session(league, sample.branch_id)


@pytest.fixture
def opened(monkeypatch):
    shown = []
    monkeypatch.setattr(pdf_open, "open_file", lambda parent, path: shown.append(path) or True)
    monkeypatch.setattr(pdf_open, "open_pdf", lambda parent, path: shown.append(path) or True)
    return shown


@pytest.fixture
def page(qtbot, session):
    page = MeetingsPage(session, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def list_rows(page):
    table = page.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_record_a_meeting_by_ticking_who_came(qtbot, page, league, sample):
    form = page.new_meeting(run=False)
    qtbot.addWidget(form)
    assert form.attendance.rowCount() == len(PINYIN_ORDER)
    assert "尚未登记出席情况" in form.quorum_label.text()
    form.topics_edit.setPlainText("学习团章")
    form.start_edit.setText("19:00")
    table = form.attendance
    table.setFocus()
    for name in PINYIN_ORDER[:5]:
        table.setCurrentCell(table.row_of(name), 1)
        qtbot.keyClick(table, Qt.Key.Key_Space)
    table.setCurrentCell(table.row_of("赵磊"), 1)
    qtbot.keyClick(table, Qt.Key.Key_4)  # 病假
    assert table.item(table.row_of("赵磊"), STATUS).text() == "病假"
    assert table.item(table.row_of("张伟"), STATUS).text() == "无故缺席"
    assert "实到 5 人" in form.quorum_label.text()
    assert "符合法定人数" in form.quorum_label.text()
    assert form.save()
    (row,) = list_rows(page)
    assert row[:6] == ["2026-05-20", "支部大会", "学习团章", "8", "5", "✓ 达到"]
    meeting = ms.get_meeting(league, form.saved_id)
    assert {e.name: e.status for e in meeting.attendance}["赵磊"] == "病假"


def test_below_quorum_is_marked_in_words_and_in_the_list(qtbot, page):
    form = page.new_meeting(run=False)
    qtbot.addWidget(form)
    for name in PINYIN_ORDER[:4]:
        form.attendance.set_status(form.attendance.row_of(name), "出席")
    form.resolutions.add(dataclasses.replace(ms.ResolutionEntry("通过计划"), yes=4), edit=False)
    text = form.quorum_label.text()
    assert "实到 4 人" in text and "不足法定人数" in text and "至少 5 人" in text
    verdict = form.resolutions.table.item(0, 5).text()
    assert "决议无效" in verdict
    assert form.save()
    assert list_rows(page)[0][5] == "✗ 不足"
    assert "1 次不足法定人数" in page.totals.text()


def test_an_evaluation_meeting_needs_more_than_two_thirds(qtbot, page):
    """8 members: 5 is more than half but not more than ⅔ (5.33); 6 is."""
    form = page.new_meeting(run=False)
    qtbot.addWidget(form)
    assert "须超过三分之二团员到会" in form.evaluation_box.text()
    form.evaluation_box.setChecked(True)
    for name in PINYIN_ORDER[:5]:
        form.attendance.set_status(form.attendance.row_of(name), "出席")
    assert "不足法定人数" in form.quorum_label.text()
    form.attendance.set_status(form.attendance.row_of(PINYIN_ORDER[5]), "出席")
    assert "符合法定人数" in form.quorum_label.text()


def test_an_error_keeps_the_form_open_with_the_reason(qtbot, page, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: None)
    form = page.new_meeting(run=False)
    qtbot.addWidget(form)
    form.start_edit.setText("25:00")
    assert not form.save()
    assert "无法识别时间“25:00”" in form.last_error
    assert page.table.rowCount() == 0


def test_group_meeting_lists_only_its_group(qtbot, page, sample):
    form = page.new_meeting(run=False)
    qtbot.addWidget(form)
    form.kind_box.setCurrentIndex(form.kind_box.findData("团小组会"))
    assert form.attendance.rowCount() == 0
    form.group_box.setCurrentIndex(form.group_box.findData(sample.group_ids[0]))
    assert form.attendance.rowCount() == 4


def test_calendar_cells_show_done_due_and_overdue(qtbot, page, league, sample):
    entries = tuple(
        dataclasses.replace(e, status="出席")
        for e in ms.default_attendance(league, sample.branch_id, "支部大会")
    )
    meeting_id = ms.record_meeting(
        league,
        sample.branch_id,
        MeetingDraft(
            kind="支部大会", date=dt.date(2026, 2, 10), topics="学习团章", attendance=entries
        ),
    )
    page.session.notify_data_changed()
    grid = page.calendar
    row = page.year_calendar.calendar.kinds.index("支部大会")
    assert grid.cell_at(row, 0).status is CellStatus.DONE
    assert grid.cell_at(row, 3).status is CellStatus.DUE
    assert grid.cell_at(row, 6).status is CellStatus.UPCOMING
    committee = page.year_calendar.calendar.kinds.index("支部委员会")
    assert grid.cell_at(committee, 0).status is CellStatus.OVERDUE
    assert grid.table.item(committee, 0).text() == "逾期"
    grid.show_cell(row, 0)
    assert grid.meeting_list.item(0).text().endswith("学习团章")
    assert grid.meeting_list.item(0).data(Qt.ItemDataRole.UserRole + 3) == meeting_id


def test_print_minutes_and_signin_from_the_form(qtbot, page, opened):
    form = page.new_meeting(run=False)
    qtbot.addWidget(form)
    form.topics_edit.setPlainText("学习团章")
    form.attendance.set_all("出席")
    form.print_signin()
    form.print_minutes()
    signin, minutes = opened
    assert "应到8人" in pdftools.squeeze(pdftools.pages(signin)[0])
    assert "实到人数8人" in pdftools.squeeze(pdftools.pages(minutes)[0])


def test_export_ledger_and_attendance(qtbot, page, league, sample, tmp_path):
    entries = tuple(
        dataclasses.replace(e, status="事假" if e.name == "赵磊" else "出席")
        for e in ms.default_attendance(league, sample.branch_id, "支部大会")
    )
    ms.record_meeting(
        league,
        sample.branch_id,
        MeetingDraft(
            kind="支部大会", date=dt.date(2026, 2, 10), topics="学习团章", attendance=entries
        ),
    )
    page.session.notify_data_changed()
    with qtbot.waitSignal(page.ledger_written):
        page.export_ledger(tmp_path / "台账.xlsx")
    assert openpyxl.load_workbook(tmp_path / "台账.xlsx")["会议台账"]["E2"].value == "学习团章"
    tab = page.attendance
    rows = {
        tab.rate_table.item(r, 0).text(): tab.rate_table.item(r, 7).text()
        for r in range(tab.rate_table.rowCount())
    }
    assert rows["赵磊"] == "0%" and rows["张伟"] == "100%"
    with qtbot.waitSignal(tab.exported):
        tab.export(tmp_path / "出勤.xlsx")
    assert openpyxl.load_workbook(tmp_path / "出勤.xlsx")["出勤率"]["A1"].value == "姓名"


def test_rules_dialog_saves_and_resets(qtbot, session, page, league):
    dialog = RulesDialog(session)
    qtbot.addWidget(dialog)
    editor = dialog.attendance["支部大会"]
    editor.comparison.setCurrentIndex(editor.comparison.findData("at_least"))
    editor.share.setCurrentIndex(editor.share.findData("2/3"))
    dialog.save()
    rules, _ = ms.load_quorum_rules(league)
    assert rules.attendance["支部大会"] == AT_LEAST_TWO_THIRDS
    again = RulesDialog(session)
    qtbot.addWidget(again)
    assert again.attendance["支部大会"].value() == AT_LEAST_TWO_THIRDS
    again.reset()
    again.save()
    assert ms.load_quorum_rules(league) == (QuorumRules(), [])
    assert (
        league.db.execute("SELECT count(*) FROM settings WHERE key = 'rules.quorum'").fetchone()[0]
        == 0
    )


def test_no_branch_chosen_says_so(qtbot, session, page):
    session.set_branch(None)
    assert "请在上方工具栏选择一个支部" in page.hint.text()
    assert not page.new_button.isEnabled()

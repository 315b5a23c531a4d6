"""导出当前视图 of the window's other tables: what the table shows, counts as numbers and dates
as dates, reached with Ctrl+E or the table's context menu."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from leaguedesk.gui.dialogs.branches import BranchesDialog
from leaguedesk.gui.dialogs.member_form import MemberForm
from leaguedesk.gui.dialogs.recruit_timeline import TimelineDialog
from leaguedesk.gui.pages.meetings import MeetingsPage
from leaguedesk.gui.pages.stats import StatsPage
from leaguedesk.services import meetings as ms
from leaguedesk.services import members
from leaguedesk.services import recruitment as rs
from leaguedesk.services.meeting_records import MeetingDraft
from tests.recruit_path import TODAY, applicant_values, member_ids, walk


@pytest.fixture
def saved_to(tmp_path, monkeypatch, record_message_boxes):
    record_message_boxes()  # "已导出 …" outside the main window is a message box
    target = tmp_path / "视图.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    return target


def test_ctrl_e_on_the_statistics_table_writes_what_it_shows(
    qtbot, demo_league, make_session, saved_to
):
    page = StatsPage(make_session(demo_league))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.table.setColumnHidden(1, True)  # 领域 hidden: left out
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    sheet = openpyxl.load_workbook(saved_to).active
    assert [c.value for c in sheet[1]] == ["支部", "在册团员", "状态"]
    table = page.table
    assert sheet.max_row - 1 == table.rowCount() > 0
    assert sheet.cell(2, 1).value == table.item(0, 0).text()
    assert sheet.cell(2, 2).value == int(table.item(0, 2).text())  # a count is a number
    assert sheet.title == "统计" and sheet.freeze_panes == "A2"


def test_the_meetings_list_exports_dates_as_dates(qtbot, league, sample, make_session, saved_to):
    session = make_session(league, sample.branch_id)
    ms.record_meeting(
        league, sample.branch_id, MeetingDraft("支部大会", dt.date(2026, 5, 20), topics="学习团章")
    )
    page = MeetingsPage(session, today=dt.date(2026, 5, 31))
    qtbot.addWidget(page)
    [action] = [a for a in page.table.actions() if a.text() == "导出当前视图…"]
    assert page.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    action.trigger()
    sheet = openpyxl.load_workbook(saved_to).active
    day = sheet.cell(2, 1)
    assert day.value == dt.datetime(2026, 5, 20) and day.number_format == "yyyy-mm-dd"
    assert [sheet.cell(2, c).value for c in (2, 3)] == ["支部大会", "学习团章"]


def test_a_view_that_cannot_be_saved_says_why(
    qtbot, demo_league, make_session, tmp_path, monkeypatch, record_message_boxes
):
    shown = record_message_boxes()
    target = tmp_path / "没有的文件夹" / "视图.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    page = StatsPage(make_session(demo_league))
    qtbot.addWidget(page)
    [action] = [a for a in page.table.actions() if a.text() == "导出当前视图…"]
    action.trigger()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [("warning", "导出", f"无法保存到“{target}”：所在文件夹不存在。")]
    assert not target.parent.exists()


def test_the_branch_list_exports_what_it_shows(qtbot, demo_league, make_session, saved_to):
    dialog = BranchesDialog(make_session(demo_league))
    qtbot.addWidget(dialog)
    [action] = [a for a in dialog.table.actions() if a.text() == "导出当前视图…"]
    action.trigger()
    sheet = openpyxl.load_workbook(saved_to).active
    assert [c.value for c in sheet[1]][:2] == ["名称", "全称"]
    assert sheet.max_row - 1 == dialog.table.rowCount() == 3
    counts = [sheet.cell(r, 6).value for r in range(2, sheet.max_row + 1)]
    assert counts == [int(dialog.table.item(r, 5).text()) for r in range(3)]  # numbers
    assert sheet.title == "支部"


def test_a_members_history_exports_from_the_member_form(qtbot, demo_league, make_session, saved_to):
    member_id = demo_league.db.execute(
        "SELECT id FROM members WHERE status = '正常' AND warnings = '' LIMIT 1"
    ).fetchone()[0]
    members.update_member(demo_league, member_id, {"workplace": "示范市第一中学"})
    form = MemberForm(make_session(demo_league), member_id=member_id)
    qtbot.addWidget(form)
    [action] = [a for a in form.history_table.actions() if a.text() == "导出当前视图…"]
    action.trigger()
    sheet = openpyxl.load_workbook(saved_to).active
    assert [c.value for c in sheet[1]] == ["时间", "项目", "原值", "新值", "说明"]
    assert sheet.max_row == 1 + form.history_table.rowCount() >= 2
    assert "示范市第一中学" in [c.value for c in sheet[2]]
    assert sheet.title == f"{form.member.name}的变更记录"[:31]
    for table in (form.status_table, form.discipline_table):  # the other tables of the form
        assert "导出当前视图…" in [a.text() for a in table.actions()]


def test_an_applicants_timeline_exports_its_fifteen_steps(
    qtbot, league, sample, make_session, saved_to
):
    applicant = rs.create_applicant(league, sample.branch_id, applicant_values(), today=TODAY)
    walk(league, applicant.id, member_ids(league, sample.branch_id), until="talk")
    dialog = TimelineDialog(make_session(league, sample.branch_id), applicant.id, today=TODAY)
    qtbot.addWidget(dialog)
    [action] = [a for a in dialog.table.actions() if a.text() == "导出当前视图…"]
    action.trigger()
    sheet = openpyxl.load_workbook(saved_to).active
    assert sheet.max_row == 16 and sheet.cell(1, 2).value == "步骤"
    assert sheet.cell(2, 2).value == dialog.table.item(0, 1).text() == "提交入团申请书"
    assert sheet.title == "林小青的发展过程"

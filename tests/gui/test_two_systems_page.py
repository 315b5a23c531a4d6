"""The 两制 page driven from the keyboard: open a round, type the tally, close, register."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from leaguedesk.core.evaluation import Grade
from leaguedesk.gui.pages.two_systems import TwoSystemsPage, default_year
from leaguedesk.gui.tally_model import (
    COMMITTEE,
    EXCELLENT,
    MISMATCH_BACKGROUND,
    SUGGESTED,
    TOTAL,
)
from leaguedesk.services import evaluation as ev
from leaguedesk.services import meetings
from leaguedesk.services import members as ms
from leaguedesk.services import registration as reg
from leaguedesk.services.meeting_records import Guest, MeetingDraft
from tests.evaluation_branch import NAMES, YEAR, add_branch

TODAY = dt.date(2026, 1, 12)


@pytest.fixture
def branch(league):
    return add_branch(league)


@pytest.fixture
def page(qtbot, league, branch, make_session):
    widget = TwoSystemsPage(make_session(league), today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1180, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _type_row(qtbot, view, votes: tuple[str, str, str, str]) -> None:
    """One member's four numbers, Tab between them, Enter to go to the next member."""
    for position, digits in enumerate(votes):
        qtbot.keyClicks(view, digits)
        qtbot.keyClick(view, Qt.Key.Key_Tab if position < 3 else Qt.Key.Key_Return)


def test_a_whole_round_from_the_keyboard(qtbot, page, league, branch):
    tab = page.evaluation
    assert page.year.value() == YEAR == default_year(TODAY)
    assert not tab.round_box.isVisible()
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    assert tab.round is not None and tab.model.rowCount() == len(NAMES)
    tab.present.setValue(9)
    tab.ballots.setValue(9)
    view, model = tab.view, tab.model
    assert view.currentIndex().row() == 0 and view.currentIndex().column() == EXCELLENT

    rows = [("8", "1", "0", "0")] * 3 + [("0", "9", "0", "0")] * 6 + [("0", "2", "7", "0")]
    rows[4] = ("0", "8", "0", "0")  # a typing slip: 8 instead of 9
    for votes in rows:
        _type_row(qtbot, view, votes)
    assert view.currentIndex().row() == len(NAMES) - 1  # stays on the last member

    stored = ev.entries(league, tab.round.id)
    assert [e.tally.votes(Grade.PASS) for e in stored][:5] == [1, 1, 1, 9, 8]
    assert model.mismatched_rows() == [4]
    assert model.index(4, TOTAL).data(Qt.ItemDataRole.BackgroundRole) == MISMATCH_BACKGROUND
    assert model.index(4, TOTAL).data() == "8 / 9"
    assert "1 行合计与测评票张数不符" in tab.rows_label.text()
    assert [model.index(r, SUGGESTED).data() for r in (0, 3, 9)] == ["优秀", "合格", "基本合格"]

    # Fix the slip: up to row 5, over to 合格, retype.
    view.setCurrentIndex(model.index(4, EXCELLENT))
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClicks(view, "9")
    assert model.mismatched_rows() == []

    # The committee: one 优秀 too many, typed as 1 in the 支委会意见 column, is blocked.
    qtbot.mouseClick(tab.adopt_button, Qt.MouseButton.LeftButton)
    assert model.excellent_count() == 3
    view.setCurrentIndex(model.index(3, COMMITTEE))
    qtbot.keyClicks(view, "1")
    assert model.index(3, COMMITTEE).data() == "优秀"
    assert "优秀 4 / 10 人（40.0%）" in tab.share_label.text()
    tab.approved_on.setDate(QDate(2026, 1, 10))
    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    assert "评为优秀4人，超过参评10人的30%（最多3人），请减少1名优秀。" in tab.problems.text()
    assert not ev.get_round(league, tab.round.id).closed

    qtbot.keyClicks(view, "2")
    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    assert ev.get_round(league, tab.round.id).closed
    assert model.read_only and not tab.close_button.isEnabled()
    assert "待谈心谈话" in tab.follow_ups.item(0).text()
    history = ms.history(league, branch.ids[NAMES[0]])
    assert history[0].new_value == f"{YEAR}年度团员教育评议：优秀"

    # Registration follows from the grades.
    page.tabs.setCurrentWidget(page.registration)
    registration = page.registration
    assert registration.create_button.isEnabled()
    qtbot.mouseClick(registration.create_button, Qt.MouseButton.LeftButton)
    assert registration.table.rowCount() == len(NAMES) + 1  # with the Party member
    assert registration.table.item(0, 3).text() == "正常注册"
    qtbot.mouseClick(registration.close_button, Qt.MouseButton.LeftButton)
    assert registration.round.closed
    assert reg.last_registered_year(league, [branch.ids[NAMES[0]]]) == {branch.ids[NAMES[0]]: YEAR}


def test_a_round_below_quorum_says_so(qtbot, page, league):
    tab = page.evaluation
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    tab.present.setValue(7)
    tab.ballots.setValue(7)
    assert tab.quorum_label.text() == "✗ 需到会 8 人"
    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    text = tab.problems.text()
    assert "应到11人，实到7人，不足评议所需的8人（须超过三分之二团员到会）" in text
    assert "还有10名团员没有评定等次" in text
    assert "陈一的得票合计0票，与测评票张数7张不符" in text


def test_backspace_delete_and_shift_tab(qtbot, page):
    tab = page.evaluation
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    view, model = tab.view, tab.model
    qtbot.keyClicks(view, "12")
    assert model.rows[0].votes[0] == 12
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    assert model.rows[0].votes[0] == 1
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClicks(view, "5")
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    qtbot.keyClicks(view, "3")  # the first digit replaces what was there
    assert model.rows[0].votes[:2] == [3, 5]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert model.rows[0].votes[0] == 0


def test_recommendation_tab_checks_rules_and_ranks(qtbot, page, league, branch):
    tab = page.recommendation
    page.tabs.setCurrentWidget(tab)
    tab.meeting_date.setDate(QDate(2026, 6, 15))
    names = [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]
    first, second = names.index(NAMES[0]), names.index(NAMES[1])
    assert "请填写递交入党申请书的日期" in tab.table.item(first, 4).text()
    tab.table.item(first, 3).setText("2025-09-01")
    assert tab.table.item(first, 4).text() == "符合条件"
    tab.table.item(second, 3).setText("2026-03-01")
    assert "不满6个月" in tab.table.item(second, 4).text()
    tab.expected.setValue(11)
    tab.present.setValue(9)
    tab.table.item(first, 5).setText("8")
    tab.table.item(second, 5).setText("9")
    assert not tab.save_votes()
    assert NAMES[1] in tab.problems.text()
    tab.table.item(second, 5).setText("")
    assert tab.save_votes()
    assert tab.table.item(first, 8).text() == "通过（第 1 名）"
    assert tab.table.item(first, 9).text() == "2028-06-14"


def test_a_round_held_in_a_recorded_meeting(qtbot, page, league, branch):
    people = meetings.default_attendance(league, branch.branch_id, "支部大会")
    ticked = tuple(
        dataclasses.replace(e, status="病假" if i < 2 else "出席") for i, e in enumerate(people)
    )
    meeting_id = meetings.record_meeting(
        league,
        branch.branch_id,
        MeetingDraft(
            kind="支部大会",
            date=dt.date(YEAR, 12, 18),
            topics="年度团员教育评议\n第二行",
            attendance=ticked,
            guests=(Guest("王书记", "校团委"),),
        ),
    )
    meetings.record_meeting(
        league,
        branch.branch_id,
        MeetingDraft(kind="团课", date=dt.date(YEAR, 11, 1), topics="团课", attendance=ticked),
    )
    tab = page.evaluation
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    combo = tab.meeting
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "（未登记，手动填写）",
        f"{YEAR}-12-18 · 支部大会 · 年度团员教育评议",
    ]
    assert combo.currentIndex() == 0 and tab.present.isEnabled()

    combo.setCurrentIndex(1)
    assert tab.round.meeting_id == meeting_id
    assert (tab.expected.value(), tab.present.value()) == (11, 9)  # the guest is not counted
    assert tab.meeting_date.date() == QDate(YEAR, 12, 18)
    assert not any(w.isEnabled() for w in (tab.kind, tab.meeting_date, tab.expected, tab.present))
    assert tab.ballots.isEnabled() and tab.quorum_label.text() == "✓ 需到会 8 人"
    tab.ballots.setValue(9)
    assert ev.get_round(league, tab.round.id).ballots == 9

    combo.setCurrentIndex(0)
    assert tab.round.meeting_id is None and tab.present.isEnabled()
    assert tab.present.value() == 9
    tab.present.setValue(10)
    assert ev.get_round(league, tab.round.id).present == 10


def test_a_linked_meeting_deleted_elsewhere_unlocks_the_facts(qtbot, page, league, branch):
    people = meetings.default_attendance(league, branch.branch_id, "组织生活会")
    ticked = tuple(dataclasses.replace(e, status="出席") for e in people)
    meeting_id = meetings.record_meeting(
        league,
        branch.branch_id,
        MeetingDraft(kind="组织生活会", date=dt.date(YEAR, 12, 5), attendance=ticked),
    )
    tab = page.evaluation
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    tab.meeting.setCurrentIndex(tab.meeting.findData(meeting_id))
    assert not tab.present.isEnabled() and tab.kind.currentData() == "组织生活会"
    meetings.delete_meeting(league, meeting_id)
    tab.reload()
    assert tab.meeting.count() == 1 and tab.present.isEnabled() and tab.present.value() == 11

"""The 培养教育 step form adds a 团课 from the branch's recorded 团课 meetings: the lesson shows
in the list with the meeting's date, topic and 学时, and the 团课 total goes up."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from leaguedesk.gui.dialogs import recruit_step
from leaguedesk.services import meetings as ms
from leaguedesk.services import recruitment as rs
from leaguedesk.services.meeting_records import MeetingDraft
from tests.recruit_path import ORDER, TODAY, applicant_values, member_ids, path

D = dt.date


def _lecture(league, branch_id, day, hours, topics):
    return ms.record_meeting(
        league, branch_id, MeetingDraft(kind="团课", date=day, topics=topics, lecture_hours=hours)
    )


def _dialog(qtbot, league, branch_id):
    applicant = rs.create_applicant(league, branch_id, applicant_values(), today=TODAY)
    people = member_ids(league, branch_id)
    for code in ORDER[: ORDER.index("cultivation")]:
        rs.record_step(league, applicant.id, code, path(people)[code], today=TODAY)
    dialog = recruit_step.RecruitStepDialog(league, applicant.id, "cultivation", today=TODAY)
    qtbot.addWidget(dialog)
    return applicant.id, dialog


def _items(widget):
    return [
        widget.itemText(i) if hasattr(widget, "itemText") else widget.item(i).text()
        for i in range(widget.count())
    ]


def test_choosing_a_recorded_lecture_adds_it_and_updates_the_total(qtbot, league, sample):
    branch_id = sample.branch_id
    _lecture(league, branch_id, D(2025, 3, 7), 2, "团的基本知识")
    newer = _lecture(league, branch_id, D(2025, 5, 9), 4, "团史")
    _lecture(league, branch_id, D(2025, 4, 11), 0, "团章")
    _lecture(league, branch_id + 1, D(2025, 5, 10), 3, "二班的团课")
    applicant_id, dialog = _dialog(qtbot, league, branch_id)
    assert _items(dialog.lecture_box) == [
        "2025-05-09 · 团史 · 4学时",
        "2025-04-11 · 团章 · 未登记学时",
        "2025-03-07 · 团的基本知识 · 2学时",
    ]
    assert dialog.total_label.text() == "0学时（至少8学时）"

    dialog.lecture_box.setCurrentIndex(0)
    qtbot.mouseClick(dialog.add_lecture_button, Qt.MouseButton.LeftButton)
    assert _items(dialog.lessons_list) == ["2025-05-09　团史　4学时"]
    assert dialog.total_label.text() == "4学时（至少8学时）"
    assert [r["meeting_id"] for r in rs.lessons(league, applicant_id)] == [newer]
    assert "团史" not in " ".join(_items(dialog.lecture_box))  # counted once: no longer offered

    dialog.hours.setValue(1.5)
    assert dialog.total_label.text() == "5.5学时（至少8学时）"


def test_a_lecture_without_hours_is_refused_with_a_reason(qtbot, league, sample):
    _lecture(league, sample.branch_id, D(2025, 4, 11), 0, "团章")
    applicant_id, dialog = _dialog(qtbot, league, sample.branch_id)
    qtbot.mouseClick(dialog.add_lecture_button, Qt.MouseButton.LeftButton)
    assert "没有登记学时" in dialog.findings_label.text()
    assert dialog.lessons_list.count() == 0
    assert rs.lessons(league, applicant_id) == []


def test_no_recorded_lectures_leaves_the_choice_disabled(qtbot, league, sample):
    _, dialog = _dialog(qtbot, league, sample.branch_id)
    assert not dialog.lecture_box.isEnabled() and not dialog.add_lecture_button.isEnabled()

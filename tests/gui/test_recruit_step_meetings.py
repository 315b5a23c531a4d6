"""The step form of a decision step offers the branch's recorded meetings: choosing one fills in
and locks its date and 应到/实到; the ballot stays typed."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt

from leaguedesk.gui.dialogs import recruit_step
from leaguedesk.gui.widgets import pydate
from leaguedesk.services import meetings as ms
from leaguedesk.services import recruitment as rs
from leaguedesk.services.meeting_records import Guest, MeetingDraft
from tests.recruit_path import ORDER, TODAY, applicant_values, member_ids, path

D = dt.date


def _meeting(league, branch_id, kind, day, topics, absent=()):
    attendance = tuple(
        dataclasses.replace(e, status="事假" if e.name in absent else "出席")
        for e in ms.default_attendance(league, branch_id, kind)
    )
    return ms.record_meeting(
        league,
        branch_id,
        MeetingDraft(
            kind=kind, date=day, topics=topics, attendance=attendance, guests=(Guest("党支部代表"),)
        ),
    )


def _at(league, branch_id, until):
    applicant = rs.create_applicant(league, branch_id, applicant_values(), today=TODAY)
    people = member_ids(league, branch_id)
    for code in ORDER[: ORDER.index(until)]:
        rs.record_step(league, applicant.id, code, path(people)[code], today=TODAY)
    return applicant.id


def test_choosing_a_recorded_meeting_fills_and_locks_its_facts(qtbot, league, sample):
    branch_id = sample.branch_id
    older = _meeting(league, branch_id, "支部大会", D(2025, 6, 1), "学习团章")
    assembly = _meeting(
        league, branch_id, "支部大会", D(2025, 8, 1), "讨论发展团员", absent=("赵磊",)
    )
    _meeting(league, branch_id, "支部委员会", D(2025, 7, 30), "确定发展对象")
    applicant_id = _at(league, branch_id, "general_meeting")
    dialog = recruit_step.RecruitStepDialog(league, applicant_id, "general_meeting", today=TODAY)
    qtbot.addWidget(dialog)
    box = dialog.meeting_box
    assert [box.itemText(i) for i in range(box.count())] == [
        "（未登记，手动填写）",
        "2025-08-01 · 支部大会 · 讨论发展团员",
        "2025-06-01 · 支部大会 · 学习团章",
    ]
    assert [box.itemData(i).id for i in (1, 2)] == [assembly, older]
    assert dialog.date_edit.isEnabled() and dialog.expected.isEnabled()

    box.setCurrentIndex(1)
    assert pydate(dialog.date_edit.date()) == D(2025, 8, 1)
    assert (dialog.expected.value(), dialog.present.value()) == (8, 7)  # the guest not counted
    assert not dialog.date_edit.isEnabled()
    assert not dialog.expected.isEnabled() and not dialog.present.isEnabled()
    assert dialog.yes.isEnabled()
    dialog.yes.setValue(6)
    dialog.no.setValue(1)
    dialog.check_now()
    assert dialog.save_button.isEnabled(), dialog.findings_label.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    entry = rs.get_applicant(league, applicant_id).steps["general_meeting"]
    assert entry.decision.meeting_id == assembly
    assert (entry.record.date, entry.decision.expected, entry.decision.present) == (
        D(2025, 8, 1),
        8,
        7,
    )
    assert entry.record.ballot.yes == 6

    again = recruit_step.RecruitStepDialog(league, applicant_id, "general_meeting", today=TODAY)
    qtbot.addWidget(again)
    assert again.linked_meeting_id() == assembly and not again.date_edit.isEnabled()
    again.meeting_box.setCurrentIndex(0)
    assert again.date_edit.isEnabled() and again.present.isEnabled()


def test_a_committee_step_lists_committee_meetings_only(qtbot, league, sample):
    branch_id = sample.branch_id
    _meeting(league, branch_id, "支部大会", D(2025, 4, 8), "学习团章")
    committee = _meeting(league, branch_id, "支部委员会", D(2025, 4, 9), "确定入团积极分子")
    applicant_id = _at(league, branch_id, "activist")
    dialog = recruit_step.RecruitStepDialog(league, applicant_id, "activist", today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.meeting_box.count() == 2
    dialog.choose_meeting(committee)
    assert dialog.kind_box.currentData() == "支部委员会"
    assert (dialog.expected.value(), dialog.present.value()) == (4, 4)
    assert dialog.step_input().decision.meeting_id == committee

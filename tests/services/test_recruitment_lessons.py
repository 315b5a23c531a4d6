"""A 团课 the applicant attended may be entered from the branch's recorded 团课 meetings: its
date, topics and 学时 are taken from the meeting, and it counts once."""

from __future__ import annotations

import datetime as dt

import pytest

from leaguedesk.messages.recruitment import applicant_issue_text
from leaguedesk.services import meetings as ms
from leaguedesk.services import recruitment as rs
from leaguedesk.services.meeting_records import MeetingDraft
from leaguedesk.services.member_records import ValidationFailed
from tests.recruit_path import TODAY, applicant_values

D = dt.date


def lecture(league, branch_id, day, hours, *, kind="团课", topics="团的基本知识"):
    return ms.record_meeting(
        league, branch_id, MeetingDraft(kind=kind, date=day, topics=topics, lecture_hours=hours)
    )


@pytest.fixture
def applicant_id(league, sample):
    return rs.create_applicant(league, sample.branch_id, applicant_values(), today=TODAY).id


def refused(league, applicant_id, meeting_id):
    with pytest.raises(ValidationFailed) as caught:
        rs.add_lesson(league, applicant_id, meeting_id=meeting_id)
    (issue,) = caught.value.issues
    return issue.code, applicant_issue_text(issue)


def test_a_recorded_lecture_adds_its_date_topic_and_hours(league, sample, applicant_id):
    meeting = lecture(league, sample.branch_id, D(2025, 5, 9), 4, topics="团史\n团章")
    rs.add_lesson(league, applicant_id, D(2025, 6, 1), 2, "团员义务")
    assert rs.add_lesson(league, applicant_id, meeting_id=meeting) > 0
    assert [
        (r["held_on"], r["topic"], r["hours"], r["meeting_id"])
        for r in rs.lessons(league, applicant_id)
    ] == [("2025-05-09", "团史 团章", 4.0, meeting), ("2025-06-01", "团员义务", 2.0, None)]
    assert rs.tuanke_hours(league, applicant_id) == 6


def test_typed_facts_are_ignored_for_a_recorded_lecture(league, sample, applicant_id):
    meeting = lecture(league, sample.branch_id, D(2025, 5, 9), 3.5)
    rs.add_lesson(league, applicant_id, D(2030, 1, 1), 99, "别的", meeting_id=meeting)
    (row,) = rs.lessons(league, applicant_id)
    assert (row["held_on"], row["topic"], row["hours"]) == ("2025-05-09", "团的基本知识", 3.5)


def test_lecture_meetings_lists_the_branchs_lectures_not_yet_counted(league, sample, applicant_id):
    older = lecture(league, sample.branch_id, D(2025, 3, 1), 2)
    newer = lecture(league, sample.branch_id, D(2025, 5, 9), 4)
    no_hours = lecture(league, sample.branch_id, D(2025, 4, 1), 0)
    lecture(league, sample.branch_id, D(2025, 6, 1), 0, kind="支部大会")
    lecture(league, sample.branch_id + 1, D(2025, 6, 2), 2)
    assert [m.id for m in rs.lecture_meetings(league, applicant_id)] == [newer, no_hours, older]
    rs.add_lesson(league, applicant_id, meeting_id=newer)
    assert [m.id for m in rs.lecture_meetings(league, applicant_id)] == [no_hours, older]


def test_another_branchs_lecture_is_refused(league, sample, applicant_id):
    other = lecture(league, sample.branch_id + 1, D(2025, 5, 9), 4)
    code, text = refused(league, applicant_id, other)
    assert code == "lesson_meeting_other_branch"
    assert "二班团支部" in text and "2025-05-09" in text
    assert rs.lessons(league, applicant_id) == []


def test_a_meeting_that_is_not_a_lecture_is_refused(league, sample, applicant_id):
    assembly = lecture(league, sample.branch_id, D(2025, 5, 9), 0, kind="支部大会")
    code, text = refused(league, applicant_id, assembly)
    assert code == "lesson_meeting_not_lecture"
    assert "支部大会" in text and "不是团课" in text


def test_a_lecture_without_hours_is_refused(league, sample, applicant_id):
    meeting = lecture(league, sample.branch_id, D(2025, 5, 9), 0)
    code, text = refused(league, applicant_id, meeting)
    assert code == "lesson_meeting_no_hours"
    assert "没有登记学时" in text
    assert rs.tuanke_hours(league, applicant_id) == 0


def test_the_same_lecture_counts_once(league, sample, applicant_id):
    meeting = lecture(league, sample.branch_id, D(2025, 5, 9), 4)
    rs.add_lesson(league, applicant_id, meeting_id=meeting)
    code, text = refused(league, applicant_id, meeting)
    assert code == "lesson_meeting_added" and "只能计算一次" in text
    assert rs.tuanke_hours(league, applicant_id) == 4


def test_an_unknown_meeting_is_refused(league, applicant_id):
    code, text = refused(league, applicant_id, 4242)
    assert code == "lesson_meeting_unknown" and "找不到" in text

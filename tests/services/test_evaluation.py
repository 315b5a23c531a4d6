"""Evaluation rounds in a real league file: who is evaluated, tallies, closing all or nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
from fractions import Fraction

import pytest

from leaguedesk.core.evaluation import CloseProblem, Grade, Tally
from leaguedesk.messages import evaluation as words
from leaguedesk.services import evaluation as ev
from leaguedesk.services import meetings
from leaguedesk.services import members as ms
from leaguedesk.services import organisation as org
from leaguedesk.services.evaluation_records import EvaluationError, Problem, RoundBlocked
from leaguedesk.services.meeting_records import Guest, MeetingDraft
from tests.evaluation_branch import LEFT, NAMES, PARTY_MEMBER, YEAR, add_branch

APPROVED = dt.date(2026, 1, 10)


@pytest.fixture
def branch(league):
    return add_branch(league)


def _open(league, branch, **kwargs):
    values = dict(meeting_date="2025-12-20", present=9, ballots=9)
    values.update(kwargs)
    return ev.open_round(league, branch.branch_id, YEAR, **values)


def _fill(league, round_id, grades):
    """Tallies of 9 ballots that point at each grade, and the committee's grades."""
    tallies = {
        Grade.EXCELLENT: Tally(8, 1, 0, 0),
        Grade.PASS: Tally(1, 8, 0, 0),
        Grade.BASIC: Tally(0, 2, 7, 0),
        Grade.FAIL: Tally(0, 0, 2, 7),
    }
    entries = ev.entries(league, round_id)
    for entry, grade in zip(entries, grades, strict=True):
        ev.record_tally(league, entry.id, tallies[grade])
    assert ev.adopt_suggestions(league, round_id) == len(entries)
    return ev.entries(league, round_id)


def test_a_round_evaluates_active_league_members_but_not_party_members(league, branch):
    found = _open(league, branch)
    names = [e.name for e in ev.entries(league, found.id)]
    assert names == list(NAMES)
    assert PARTY_MEMBER not in names and LEFT not in names
    assert found.expected == 11  # every active member should attend, Party members too
    assert not found.closed


def test_party_members_can_be_included_for_one_round(league, branch):
    found = _open(league, branch, include_party_members=True)
    assert PARTY_MEMBER in [e.name for e in ev.entries(league, found.id)]
    assert found.include_party_members


def test_one_round_per_branch_and_year(league, branch):
    _open(league, branch)
    with pytest.raises(EvaluationError) as caught:
        _open(league, branch)
    assert caught.value.problem is Problem.ROUND_EXISTS


def test_closing_writes_grades_to_history_and_sets_follow_ups(league, branch):
    found = _open(league, branch)
    grades = [Grade.EXCELLENT] * 3 + [Grade.PASS] * 5 + [Grade.BASIC, Grade.FAIL]
    _fill(league, found.id, grades)
    closed = ev.close_round(league, found.id, approved_on=APPROVED, approved_by="示范区团委")
    assert closed.closed and closed.approved_on == APPROVED
    after = ev.entries(league, found.id)
    assert [e.final_grade for e in after] == grades
    assert after[-1].reevaluate_by == dt.date(2026, 4, 10)
    history = ms.history(league, branch.ids[NAMES[0]])
    assert history[0].field_label == "团员教育评议"
    assert history[0].new_value == "2025年度团员教育评议：优秀"
    with pytest.raises(EvaluationError):
        ev.record_tally(league, after[0].id, Tally(9, 0, 0, 0))


def test_a_blocked_close_changes_nothing_and_says_why(league, branch):
    found = _open(league, branch, present=7)  # 7 of 11 is below ⅔ (8 needed)
    _fill(league, found.id, [Grade.EXCELLENT] * 4 + [Grade.PASS] * 6)
    before = len(ms.history(league, branch.ids[NAMES[0]]))
    with pytest.raises(RoundBlocked) as caught:
        ev.close_round(league, found.id, approved_on=APPROVED)
    codes = [f.code for f in caught.value.findings]
    assert codes == [
        CloseProblem.QUORUM_NOT_MET,
        CloseProblem.BALLOTS_EXCEED_PRESENT,
        CloseProblem.EXCELLENT_OVER_CAP,
    ]
    assert not ev.get_round(league, found.id).closed
    assert len(ms.history(league, branch.ids[NAMES[0]])) == before
    assert all(e.final_grade is None for e in ev.entries(league, found.id))


def test_close_fails_whole_when_the_disk_write_fails_midway(league, branch, monkeypatch):
    found = _open(league, branch)
    _fill(league, found.id, [Grade.PASS] * 10)
    calls = []

    def failing(db, *args, **kwargs):
        calls.append(args)
        if len(calls) == 5:
            raise RuntimeError("disk gone")
        return original(db, *args, **kwargs)

    original = ev.member_store.add_history
    monkeypatch.setattr(ev.member_store, "add_history", failing)
    with pytest.raises(RuntimeError):
        ev.close_round(league, found.id, approved_on=APPROVED)
    monkeypatch.undo()
    assert not ev.get_round(league, found.id).closed
    assert all(e.final_grade is None for e in ev.entries(league, found.id))
    assert all(h.field != "evaluation" for h in ms.history(league, branch.ids[NAMES[0]]))


def test_meeting_facts_and_bad_counts(league, branch):
    found = _open(league, branch)
    updated = ev.update_meeting(
        league, found.id, present=10, meeting_kind="组织生活会", meeting_date="2025年12月21日"
    )
    assert (updated.present, updated.meeting_kind, updated.meeting_date, updated.meeting_id) == (
        10,
        "组织生活会",
        dt.date(2025, 12, 21),
        None,
    )
    with pytest.raises(EvaluationError) as caught:
        ev.update_meeting(league, found.id, present=-1)
    assert caught.value.problem is Problem.BAD_COUNT
    with pytest.raises(EvaluationError):
        ev.update_meeting(league, found.id, meeting_kind="团课")


def test_attendance_rate_is_none_without_recorded_meetings(league, branch):
    found = _open(league, branch)
    rates = ev.attendance_rates(league, found)
    assert set(rates.values()) == {None} and len(rates) == 10


def test_attendance_rate_comes_from_the_years_recorded_meetings(league, branch):
    found = _open(league, branch)
    people = meetings.default_attendance(league, branch.branch_id, "支部大会")
    absent = people[0].member_id
    for month in (3, 6):
        ticked = tuple(
            dataclasses.replace(
                e, status="无故缺席" if (e.member_id == absent and month == 6) else "出席"
            )
            for e in people
        )
        meetings.record_meeting(
            league,
            branch.branch_id,
            MeetingDraft(
                kind="支部大会", date=dt.date(YEAR, month, 10), topics="学习", attendance=ticked
            ),
        )
    rates = ev.attendance_rates(league, found)
    assert rates[absent] == Fraction(1, 2)
    assert {rate for member, rate in rates.items() if member != absent} == {Fraction(1)}


def test_talk_and_reevaluation_are_recorded_with_history(league, branch):
    found = _open(league, branch)
    entries = _fill(league, found.id, [Grade.PASS] * 8 + [Grade.BASIC, Grade.FAIL])
    ev.close_round(league, found.id, approved_on=APPROVED)
    talked = ev.record_talk(league, entries[8].id, talk_on=dt.date(2026, 1, 15), note="谈心")
    assert talked.talk_on == dt.date(2026, 1, 15)
    with pytest.raises(RoundBlocked):
        ev.set_reevaluation_date(league, entries[9].id, dt.date(2026, 9, 1))
    moved = ev.set_reevaluation_date(league, entries[9].id, dt.date(2026, 7, 10))
    assert moved.reevaluate_by == dt.date(2026, 7, 10)
    again = ev.record_reevaluation(league, entries[9].id, on=dt.date(2026, 7, 10), grade=Grade.PASS)
    assert again.reevaluation_grade is Grade.PASS
    assert ms.history(league, branch.ids[NAMES[9]])[0].new_value == "再次评议：合格"


def _record(league, branch_id, kind="支部大会", day=dt.date(YEAR, 12, 20), absent=2, guests=()):
    """A recorded meeting of the branch: everyone it calls, ``absent`` of them away."""
    people = meetings.default_attendance(league, branch_id, kind)
    ticked = tuple(
        dataclasses.replace(e, status="事假" if i < absent else "出席")
        for i, e in enumerate(people)
    )
    return meetings.record_meeting(
        league,
        branch_id,
        MeetingDraft(kind=kind, date=day, topics="团员教育评议", attendance=ticked, guests=guests),
    )


def test_a_linked_round_takes_members_attendance_from_the_meeting(league, branch):
    guests = (Guest("王书记", "校团委"), Guest("李老师", "班主任"))
    meeting_id = _record(league, branch.branch_id, absent=2, guests=guests)
    found = _open(league, branch, present=0, ballots=9)
    linked = ev.link_meeting(league, found.id, meeting_id)
    # 11 active members called, 9 came; the two 列席 guests do not count.
    assert (
        linked.meeting_id,
        linked.meeting_kind,
        linked.meeting_date,
        linked.expected,
        linked.present,
    ) == (meeting_id, "支部大会", dt.date(YEAR, 12, 20), 11, 9)
    codes = {f.code for f in ev.check_round(league, found.id, approved_on=APPROVED)}
    assert CloseProblem.QUORUM_NOT_MET not in codes  # 9 of 11 is above ⅔
    with pytest.raises(EvaluationError) as caught:
        ev.update_meeting(league, found.id, present=11)
    assert caught.value.problem is Problem.FACTS_FROM_MEETING
    assert ev.update_meeting(league, found.id, ballots=8).ballots == 8

    # The attendance corrected afterwards: the round follows the meeting.
    meeting = meetings.get_meeting(league, meeting_id)
    everyone = tuple(dataclasses.replace(e, status="出席") for e in meeting.attendance)
    meetings.update_meeting(league, meeting_id, meeting.draft(attendance=everyone))
    assert ev.get_round(league, found.id).present == 11

    unlinked = ev.link_meeting(league, found.id, None)
    assert unlinked.meeting_id is None and unlinked.present == 9  # as last taken, now typed
    assert ev.update_meeting(league, found.id, present=10).present == 10


def test_a_round_opened_in_a_meeting(league, branch):
    meeting_id = _record(league, branch.branch_id, kind="组织生活会", absent=1)
    found = ev.open_round(league, branch.branch_id, YEAR, meeting_id=meeting_id, ballots=10)
    assert (found.meeting_kind, found.expected, found.present) == ("组织生活会", 11, 10)
    assert [m.id for m in ev.linkable_meetings(league, branch.branch_id, YEAR)] == [meeting_id]


def test_only_the_branchs_assemblies_and_life_meetings_can_be_linked(league, branch):
    other = org.create_branch(league, org.BranchFields("另一团支部"))
    lecture = _record(league, branch.branch_id, kind="团课")
    elsewhere = _record(league, other.id)
    found = _open(league, branch)
    for meeting_id, problem in (
        (lecture, Problem.MEETING_WRONG_KIND),
        (elsewhere, Problem.MEETING_OTHER_BRANCH),
        (9999, Problem.MEETING_NOT_FOUND),
    ):
        with pytest.raises(EvaluationError) as caught:
            ev.link_meeting(league, found.id, meeting_id)
        assert caught.value.problem is problem
        assert words.error_text(caught.value)
    assert ev.get_round(league, found.id).meeting_id is None
    assert ev.linkable_meetings(league, branch.branch_id, YEAR) == []
    assert "另一团支部" in words.error_text(
        EvaluationError(
            Problem.MEETING_OTHER_BRANCH, branch="另一团支部", date="2025-12-20", kind="支部大会"
        )
    )


def test_closing_keeps_the_meetings_facts_as_approved(league, branch):
    meeting_id = _record(league, branch.branch_id, absent=2)
    found = _open(league, branch, present=0, ballots=9)
    ev.link_meeting(league, found.id, meeting_id)
    _fill(league, found.id, [Grade.PASS] * 10)
    ev.close_round(league, found.id, approved_on=APPROVED)
    meetings.delete_meeting(league, meeting_id)
    closed = ev.get_round(league, found.id)
    assert (closed.expected, closed.present, closed.meeting_date) == (11, 9, dt.date(YEAR, 12, 20))


def test_a_deleted_meeting_leaves_the_typed_values(league, branch):
    meeting_id = _record(league, branch.branch_id, absent=3)
    found = _open(league, branch)
    ev.link_meeting(league, found.id, meeting_id)
    meetings.delete_meeting(league, meeting_id)
    after = ev.get_round(league, found.id)
    assert after.meeting_id is None and after.present == 8

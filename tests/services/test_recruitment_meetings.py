"""A recruitment step linked to a recorded 支委会 or 支部大会 is checked on that meeting's facts."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from leaguedesk.core.recruitment import FindingCode
from leaguedesk.services import meetings as ms
from leaguedesk.services import recruitment as rs
from leaguedesk.services.meeting_records import Guest, MeetingDraft
from leaguedesk.services.recruitment_records import DecisionFacts, StepRefused
from tests.recruit_path import TODAY, applicant_values, member_ids, path, walk
from tests.sample_branch import add_sample_branch

D = dt.date


@pytest.fixture
def branch(league):
    sample = add_sample_branch(league)
    return sample.branch_id, member_ids(league, sample.branch_id)


def meeting(league, branch_id, kind, day, *, absent=(), guests=()):
    """A recorded meeting of ``kind`` where everyone called came except ``absent``."""
    draft = MeetingDraft(kind=kind, date=day, topics="发展团员", guests=tuple(guests))
    attendance = tuple(
        dataclasses.replace(e, status="事假" if e.name in absent else "出席")
        for e in ms.default_attendance(league, branch_id, kind)
    )
    return ms.record_meeting(league, branch_id, dataclasses.replace(draft, attendance=attendance))


def applicant_at(league, branch, until):
    branch_id, people = branch
    applicant = rs.create_applicant(league, branch_id, applicant_values(), today=TODAY)
    walk(league, applicant.id, people, until=until)
    return applicant.id


def linked(branch, code, meeting_id):
    """The path's input for ``code`` with typed facts that differ from the meeting's."""
    typed = path(branch[1])[code]
    return dataclasses.replace(
        typed,
        date=typed.date + dt.timedelta(days=1),
        decision=DecisionFacts("支部大会", 99, 98, meeting_id),
    )


def test_a_linked_committee_meeting_decides_with_its_own_date_and_counts(league, branch):
    committee = meeting(league, branch[0], "支部委员会", D(2025, 4, 9), absent=("李娜",))
    applicant_id = applicant_at(league, branch, "activist")
    data = linked(branch, "activist", committee)
    assert rs.check_proposed_step(league, applicant_id, "activist", data, today=TODAY) == []
    entry = rs.record_step(league, applicant_id, "activist", data, today=TODAY).steps["activist"]
    assert entry.record.date == D(2025, 4, 9)
    assert entry.decision == DecisionFacts("支部委员会", 4, 3, committee)
    assert entry.record.meeting_id == committee


def test_general_meeting_counts_voting_members_never_guests(league, branch):
    assembly = meeting(
        league,
        branch[0],
        "支部大会",
        D(2025, 8, 1),
        absent=("赵磊",),
        guests=(Guest("林小青", "发展对象"), Guest("党支部代表")),
    )
    applicant_id = applicant_at(league, branch, "general_meeting")
    applicant = rs.record_step(
        league,
        applicant_id,
        "general_meeting",
        linked(branch, "general_meeting", assembly),
        today=TODAY,
    )
    entry = applicant.steps["general_meeting"]
    assert (entry.record.date, entry.decision) == (
        D(2025, 8, 1),
        DecisionFacts("支部大会", 8, 7, assembly),
    )
    assert rs.audit(rs.BranchFacts(league, branch[0]), applicant) == []


def test_a_meeting_of_the_wrong_kind_is_refused(league, branch):
    assembly = meeting(league, branch[0], "支部大会", D(2025, 4, 9))
    applicant_id = applicant_at(league, branch, "activist")
    with pytest.raises(StepRefused) as refused:
        rs.record_step(
            league, applicant_id, "activist", linked(branch, "activist", assembly), today=TODAY
        )
    assert [f.code for f in refused.value.findings] == [FindingCode.MEETING_WRONG_KIND]
    assert refused.value.findings[0].params["allowed"] == ["支部委员会"]


def test_a_meeting_of_another_branch_or_none_at_all_is_refused(league, branch):
    other = int(
        league.db.execute("SELECT id FROM branches WHERE name = '二班团支部'").fetchone()[0]
    )
    elsewhere = meeting(league, other, "支部大会", D(2025, 8, 1))
    applicant_id = applicant_at(league, branch, "general_meeting")
    with pytest.raises(StepRefused) as refused:
        rs.record_step(
            league,
            applicant_id,
            "general_meeting",
            linked(branch, "general_meeting", elsewhere),
            today=TODAY,
        )
    found = refused.value.findings
    assert FindingCode.MEETING_OTHER_BRANCH in [f.code for f in found]
    assert found[0].params["branch"] == "二班团支部"
    missing = linked(branch, "general_meeting", elsewhere + 100)
    assert [
        f.code
        for f in rs.check_proposed_step(
            league, applicant_id, "general_meeting", missing, today=TODAY
        )
    ] == [FindingCode.MEETING_UNKNOWN]


def test_a_general_meeting_below_quorum_cannot_decide(league, branch):
    assembly = meeting(
        league, branch[0], "支部大会", D(2025, 8, 1), absent=("赵磊", "陈静", "曾小凡", "单丽")
    )
    applicant_id = applicant_at(league, branch, "general_meeting")
    findings = rs.check_proposed_step(
        league,
        applicant_id,
        "general_meeting",
        linked(branch, "general_meeting", assembly),
        today=TODAY,
    )
    quorum = [f for f in findings if f.code == FindingCode.QUORUM_NOT_MET]
    assert quorum and quorum[0].params == {"expected": 8, "present": 4, "needed": 5}


def test_deciding_meetings_are_the_accepted_kinds_newest_first(league, branch):
    branch_id = branch[0]
    old = meeting(league, branch_id, "支部委员会", D(2025, 3, 1))
    new = meeting(league, branch_id, "支部委员会", D(2025, 6, 1))
    assembly = meeting(league, branch_id, "支部大会", D(2025, 5, 1))
    assert [m.id for m in rs.deciding_meetings(league, branch_id, "candidate")] == [new, old]
    assert [m.id for m in rs.deciding_meetings(league, branch_id, "general_meeting")] == [assembly]
    assert rs.deciding_meetings(league, branch_id, "talk") == []

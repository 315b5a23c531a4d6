"""Recording meetings: one transaction, default attendance, quorum marks, rule sets, attachments."""

import dataclasses
import datetime as dt

import pytest

from leaguedesk.core.compliance import CalendarRules, KindRule, Period
from leaguedesk.core.meeting_record import MAX_ATTACHMENT_BYTES, MeetingRecordError, RecordProblem
from leaguedesk.core.meetings import MeetingError, MeetingProblem
from leaguedesk.core.quorum import AT_LEAST_TWO_THIRDS, QuorumRules
from leaguedesk.services import meetings as ms
from leaguedesk.services.meeting_records import Guest, MeetingDraft, ResolutionEntry
from leaguedesk.storage import leaguefile
from tests.sample_branch import COMMITTEE, FIRST_GROUP, PINYIN_ORDER


def tick(entries, absent=(), late=(), reasons=None):
    """Everyone present except ``absent`` (事假 unless a reason is given)."""
    reasons = reasons or {}
    return tuple(
        dataclasses.replace(
            e,
            status=(
                reasons.get(e.name, "事假")
                if e.name in absent
                else "迟到"
                if e.name in late
                else "出席"
            ),
        )
        for e in entries
    )


def assembly(league, sample, **changes):
    base = MeetingDraft(
        kind="支部大会",
        date=dt.date(2026, 3, 12),
        start_time="19:00",
        end_time="20:30",
        place="教学楼A301",
        topics="学习团章",
        chair_name="张伟",
        recorder_name="李娜",
    )
    return dataclasses.replace(base, **changes)


def test_new_meeting_expects_everyone_its_kind_calls_with_nothing_ticked(league, sample):
    meeting_id = ms.record_meeting(league, sample.branch_id, assembly(league, sample))
    meeting = ms.get_meeting(league, meeting_id)
    assert [e.name for e in meeting.expected] == list(PINYIN_ORDER)
    assert not meeting.recorded
    assert meeting.branch_name == "示范中学高一（1）班团支部"
    committee = ms.record_meeting(league, sample.branch_id, assembly(league, sample, kind="支委会"))
    assert sorted(e.name for e in ms.get_meeting(league, committee).expected) == sorted(COMMITTEE)


def test_group_meeting_needs_its_group(league, sample):
    with pytest.raises(MeetingError) as caught:
        ms.record_meeting(league, sample.branch_id, assembly(league, sample, kind="团小组会"))
    assert caught.value.problem is MeetingProblem.GROUP_REQUIRED
    meeting_id = ms.record_meeting(
        league,
        sample.branch_id,
        assembly(league, sample, kind="团小组会", group_id=sample.group_ids[0]),
    )
    meeting = ms.get_meeting(league, meeting_id)
    assert sorted(e.name for e in meeting.expected) == sorted(FIRST_GROUP)
    assert meeting.group_name == "第一团小组"


def test_ticked_attendance_guests_and_resolutions_are_saved_together(league, sample):
    entries = ms.default_attendance(league, sample.branch_id, "支部大会")
    draft = assembly(
        league,
        sample,
        attendance=tick(entries, absent=("赵磊",), late=("陈静",)),
        guests=(Guest("孙老师", "党支部代表"),),
        resolutions=(ResolutionEntry("同意接收王小明为团员", "发展团员", 6, 1, 0),),
    )
    meeting = ms.get_meeting(league, ms.record_meeting(league, sample.branch_id, draft))
    assert len(meeting.present) == 7 and [e.name for e in meeting.absent] == ["赵磊"]
    assert meeting.guests == (Guest("孙老师", "党支部代表"),)
    check = meeting.assess()
    assert check.quorate and check.effective[0].text == "同意接收王小明为团员"


def test_below_quorum_is_saved_marked_and_its_resolutions_do_not_count(league, sample):
    entries = ms.default_attendance(league, sample.branch_id, "支部大会")
    absent = PINYIN_ORDER[:4]  # 4 of 8 present: not more than half
    draft = assembly(
        league,
        sample,
        attendance=tick(entries, absent=absent),
        resolutions=(ResolutionEntry("通过年度计划", yes=4),),
    )
    meeting_id = ms.record_meeting(league, sample.branch_id, draft)
    (summary,) = ms.list_meetings(league, branch_id=sample.branch_id, year=2026)
    assert summary.below_quorum and (summary.expected, summary.present) == (8, 4)
    assert summary.assessment.quorum.required == 5
    assert ms.get_meeting(league, meeting_id).assess().effective == ()


def test_more_votes_than_members_present_is_refused(league, sample):
    entries = ms.default_attendance(league, sample.branch_id, "支部大会")
    draft = assembly(
        league,
        sample,
        attendance=tick(entries, absent=PINYIN_ORDER[:2]),
        resolutions=(ResolutionEntry("通过", yes=7),),
    )
    with pytest.raises(MeetingRecordError) as caught:
        ms.record_meeting(league, sample.branch_id, draft)
    assert caught.value.problem is RecordProblem.VOTES_EXCEED_PRESENT
    assert ms.list_meetings(league, branch_id=sample.branch_id) == []


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"date": ""}, RecordProblem.DATE_REQUIRED),
        ({"date": "2026-02-30"}, RecordProblem.BAD_DATE),
        ({"start_time": "25:00"}, RecordProblem.BAD_TIME),
        ({"start_time": "20:00", "end_time": "19:00"}, RecordProblem.END_BEFORE_START),
        ({"lecture_hours": -1}, RecordProblem.BAD_HOURS),
        ({"guests": (Guest(" "),)}, RecordProblem.GUEST_NAME),
        ({"resolutions": (ResolutionEntry(""),)}, RecordProblem.RESOLUTION_TEXT),
    ],
)
def test_a_record_that_cannot_be_saved_says_why(league, sample, changes, problem):
    with pytest.raises(MeetingRecordError) as caught:
        ms.record_meeting(league, sample.branch_id, assembly(league, sample, **changes))
    assert caught.value.problem is problem


def test_a_member_of_another_branch_cannot_be_ticked(league, sample):
    other = league.db.execute("SELECT id FROM members WHERE name = '孙悦'").fetchone()[0]
    entries = ms.default_attendance(league, sample.branch_id, "支部大会")
    stranger = dataclasses.replace(entries[0], member_id=other, name="孙悦")
    with pytest.raises(MeetingRecordError) as caught:
        ms.record_meeting(
            league, sample.branch_id, assembly(league, sample, attendance=(*entries, stranger))
        )
    assert caught.value.problem is RecordProblem.NOT_A_MEMBER


def test_update_replaces_the_record_and_delete_removes_everything(league, sample):
    meeting_id = ms.record_meeting(league, sample.branch_id, assembly(league, sample))
    ms.add_attachment(league, meeting_id, "合影.jpg", b"\xff\xd8photo")
    meeting = ms.get_meeting(league, meeting_id)
    ms.update_meeting(
        league,
        meeting_id,
        meeting.draft(topics="学习团章（修订）", attendance=tick(meeting.attendance)),
    )
    again = ms.get_meeting(league, meeting_id)
    assert again.topics == "学习团章（修订）" and again.recorded
    assert [a.name for a in again.attachments] == ["合影.jpg"]
    ms.delete_meeting(league, meeting_id)
    for table in ("meetings", "meeting_attendance", "attachments"):
        assert league.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_attachments_travel_inside_the_file(league, sample, tmp_path):
    meeting_id = ms.record_meeting(league, sample.branch_id, assembly(league, sample))
    photo = tmp_path / "活动照片.png"
    photo.write_bytes(b"\x89PNG" + bytes(100))
    attachment_id = ms.add_attachment_file(league, meeting_id, photo)
    photo.unlink()
    name, mime, data = ms.attachment_content(league, attachment_id)
    assert (name, mime, len(data)) == ("活动照片.png", "image/png", 104)
    saved = ms.save_attachment(league, attachment_id, tmp_path / "out")
    assert saved.read_bytes() == data
    ms.remove_attachment(league, attachment_id)
    assert ms.get_meeting(league, meeting_id).attachments == ()


def test_an_attachment_over_the_limit_is_refused(league, sample):
    meeting_id = ms.record_meeting(league, sample.branch_id, assembly(league, sample))
    with pytest.raises(MeetingRecordError) as caught:
        ms.add_attachment(league, meeting_id, "录像.mp4", bytes(MAX_ATTACHMENT_BYTES + 1))
    assert caught.value.problem is RecordProblem.ATTACHMENT_TOO_LARGE
    assert caught.value.facts["limit_mb"] == 20


def test_rule_sets_are_kept_in_the_file_and_reset(league_path):
    with leaguefile.open_league(league_path) as league:
        quorum = QuorumRules().with_attendance("支部大会", AT_LEAST_TWO_THIRDS)
        ms.save_quorum_rules(league, quorum)
        calendar = CalendarRules().with_rule("团课", KindRule(Period.MONTH, 1))
        ms.save_calendar_rules(league, calendar)
    with leaguefile.open_league(league_path) as league:
        assert ms.load_quorum_rules(league) == (quorum, [])
        assert ms.load_calendar_rules(league) == (calendar, [])
        ms.save_quorum_rules(league, None)
        ms.save_calendar_rules(league, None)
        assert ms.load_quorum_rules(league) == (QuorumRules(), [])
        assert ms.load_calendar_rules(league) == (CalendarRules(), [])


def test_edited_quorum_rules_change_the_mark(league, sample):
    entries = ms.default_attendance(league, sample.branch_id, "支部大会")
    ms.record_meeting(
        league,
        sample.branch_id,
        assembly(league, sample, attendance=tick(entries, absent=PINYIN_ORDER[:3])),
    )
    assert not ms.list_meetings(league, branch_id=sample.branch_id)[0].below_quorum  # 5 of 8
    ms.save_quorum_rules(league, QuorumRules().with_attendance("支部大会", AT_LEAST_TWO_THIRDS))
    assert ms.list_meetings(league, branch_id=sample.branch_id)[0].below_quorum  # needs 6

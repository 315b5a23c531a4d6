"""The recruitment service: applicants, steps checked against the file, admission in one
transaction, rejection and withdrawal, settings kept in the file."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from leaguedesk.core.recruitment import FindingCode, RecruitmentRules
from leaguedesk.core.workdays import HolidayOverrides
from leaguedesk.services import members
from leaguedesk.services import recruitment as rs
from leaguedesk.services import recruitment_board as board
from leaguedesk.services.member_records import ValidationFailed
from leaguedesk.services.recruitment_records import (
    ApplicantStatus,
    DecisionFacts,
    StepInput,
    StepRefused,
)
from leaguedesk.storage import leaguefile
from tests.recruit_path import TODAY, applicant_values, member_ids, path, walk
from tests.sample_branch import add_sample_branch

D = dt.date


@pytest.fixture
def branch(league):
    sample = add_sample_branch(league)
    return sample.branch_id, member_ids(league, sample.branch_id)


def _new(league, branch_id, **changes):
    return rs.create_applicant(league, branch_id, applicant_values(**changes), today=TODAY)


def codes(findings):
    return [f.code for f in findings]


def test_applicant_gets_birth_date_and_sex_from_the_id(league, branch):
    applicant = _new(league, branch[0])
    assert applicant.birth_date == "2008-05-10"
    assert applicant.sex == "女"
    assert applicant.status == ApplicantStatus.ACTIVE
    assert rs.list_applicants(league, branch_id=branch[0]) == [applicant]


def test_applicant_fields_are_validated_like_members(league, branch):
    with pytest.raises(ValidationFailed) as failed:
        _new(league, branch[0], id_number="11010120080510001", phone="123")
    assert {(i.field, i.code) for i in failed.value.issues if i.is_error} >= {
        ("id_number", "id_length"),
        ("phone", "phone_length"),
    }
    assert rs.list_applicants(league) == []


def test_the_same_person_cannot_apply_twice_or_be_a_member_already(league, branch):
    _new(league, branch[0])
    issues = rs.check_applicant(league, applicant_values(name="林小青"), today=TODAY)
    assert "applicant_id_duplicate" in [i.code for i in issues]
    member_id = next(iter(branch[1].values()))
    number = members.get_member(league, member_id).id_number
    issues = rs.check_applicant(league, applicant_values(id_number=number), today=TODAY)
    assert "applicant_is_member" in [i.code for i in issues]


def test_update_applicant(league, branch):
    applicant = _new(league, branch[0])
    changed = rs.update_applicant(
        league, applicant.id, {"workplace": "示范中学高二（3）班"}, today=TODAY
    )
    assert changed.workplace == "示范中学高二（3）班"


def test_the_whole_way_admits_a_member_with_the_general_meeting_month(league, branch):
    branch_id, people = branch
    applicant = _new(league, branch_id)
    walk(league, applicant.id, people)
    done = rs.get_applicant(league, applicant.id)
    assert done.status == ApplicantStatus.ADMITTED
    assert len(done.steps) == 15
    member = members.get_member(league, done.member_id)
    assert member.joined_on == "2025-08"
    assert member.development_no == done.development_no
    assert member.development_no.startswith("2025") and len(member.development_no) == 12
    assert member.id_number == applicant.id_number and member.branch_id == branch_id
    assert member.political_status == "共青团员"
    history = members.history(league, member.id)
    assert any("2025-08-01支部大会通过" in h.note for h in history)
    changes = members.status_changes(league, member.id)
    assert [(c.status, c.effective_on) for c in changes] == [("入团", "2025-08-01")]
    assert board.progress(league, applicant.id, today=TODAY).stage == board.DONE_STAGE


def test_development_numbers_are_unique_in_the_file(league, branch):
    branch_id, people = branch
    numbers = set()
    for serial, name in ((401, "甲"), (402, "乙")):
        applicant = _new(league, branch_id, name=f"林{name}", serial=serial)
        walk(league, applicant.id, people, until="new_member_notice")
        numbers.add(rs.get_applicant(league, applicant.id).development_no)
    assert len(numbers) == 2


def test_a_failed_admission_leaves_nothing_behind(league, branch):
    branch_id, people = branch
    applicant = _new(league, branch_id)
    walk(league, applicant.id, people, until="approval")
    # Meanwhile the same person was typed into the roster by hand: the member cannot be made.
    values = {
        **applicant_values(),
        "political_status": "共青团员",
        "joined_on": "2025-08",
        "development_no": "202500000099",
    }
    members.create_member(league, branch_id, values, today=TODAY)
    before = league.db.execute("SELECT count(*) FROM members").fetchone()[0]
    with pytest.raises(ValidationFailed):
        rs.record_step(league, applicant.id, "approval", path(people)["approval"], today=TODAY)
    after = rs.get_applicant(league, applicant.id)
    assert "approval" not in after.steps
    assert after.status == ApplicantStatus.ACTIVE and after.member_id is None
    assert league.db.execute("SELECT count(*) FROM members").fetchone()[0] == before
    assert league.db.execute("SELECT count(*) FROM status_changes").fetchone()[0] == 0


def test_an_error_refuses_the_step(league, branch):
    branch_id, people = branch
    applicant = _new(league, branch_id)
    walk(league, applicant.id, people, until="contacts")
    too_early = StepInput(D(2025, 4, 17), people=(people["张伟"],))
    with pytest.raises(StepRefused) as refused:
        rs.record_step(league, applicant.id, "contacts", too_early, today=TODAY)
    assert codes(refused.value.findings) == [FindingCode.NOTICE_NOT_OVER]
    assert "contacts" not in rs.get_applicant(league, applicant.id).steps


def test_a_warning_needs_a_reason_which_is_kept(league, branch):
    branch_id, people = branch
    applicant = _new(league, branch_id)
    walk(league, applicant.id, people, until="talk")
    late = StepInput(D(2025, 4, 7), people=(people["张伟"],))
    with pytest.raises(StepRefused) as refused:
        rs.record_step(league, applicant.id, "talk", late, today=TODAY)
    assert codes(refused.value.findings) == [FindingCode.TALK_LATE]
    reasoned = dataclasses.replace(late, reason="申请人寒假离校，返校后谈话")
    saved = rs.record_step(league, applicant.id, "talk", reasoned, today=TODAY)
    entry = saved.steps["talk"]
    assert entry.record.reason == "申请人寒假离校，返校后谈话"
    assert entry.accepted_warnings == (FindingCode.TALK_LATE,)


def test_a_step_cannot_be_dated_in_the_future(league, branch):
    applicant = _new(league, branch[0])
    findings = rs.check_proposed_step(
        league, applicant.id, "apply", StepInput(D(2026, 1, 2)), today=TODAY
    )
    assert codes(findings) == [FindingCode.DATE_IN_FUTURE]


def test_an_introducer_under_probation_is_refused(league, branch):
    branch_id, people = branch
    applicant = _new(league, branch_id)
    walk(league, applicant.id, people, until="introducers")
    members.add_discipline(
        league,
        people["王芳"],
        "留团察看",
        decided_on="2025-07-20",
        reason="违反团的纪律",
        decided_by="支部大会",
        today=TODAY,
    )
    findings = rs.check_proposed_step(
        league, applicant.id, "introducers", path(people)["introducers"], today=TODAY
    )
    assert codes(findings) == [FindingCode.PERSON_ON_PROBATION]


def test_member_of_another_branch_cannot_be_a_contact(league, branch):
    branch_id, people = branch
    other = league.db.execute("SELECT id FROM members WHERE name = '孙悦'").fetchone()[0]
    applicant = _new(league, branch_id)
    walk(league, applicant.id, people, until="contacts")
    findings = rs.check_proposed_step(
        league, applicant.id, "contacts", StepInput(D(2025, 4, 18), people=(other,)), today=TODAY
    )
    assert codes(findings) == [FindingCode.PERSON_NOT_IN_BRANCH]


def test_branch_without_committee_decides_in_its_general_meeting(league, branch):
    branch_id, people = branch
    league.db.execute("UPDATE members SET league_post = '' WHERE branch_id = ?", [branch_id])
    assert rs.deciding_kind(league, branch_id) == "支部大会"
    applicant = _new(league, branch_id)
    walk(league, applicant.id, people, until="activist")
    by_committee = path(people)["activist"]
    findings = rs.check_proposed_step(league, applicant.id, "activist", by_committee, today=TODAY)
    assert codes(findings) == [FindingCode.MEETING_WRONG_KIND]
    by_meeting = dataclasses.replace(by_committee, decision=DecisionFacts("支部大会", 8, 6))
    assert rs.check_proposed_step(league, applicant.id, "activist", by_meeting, today=TODAY) == []


def test_league_lessons_count_towards_the_hours(league, branch):
    branch_id, people = branch
    applicant = _new(league, branch_id)
    walk(league, applicant.id, people, until="cultivation")
    short = dataclasses.replace(path(people)["cultivation"], hours=0)
    assert codes(
        rs.check_proposed_step(league, applicant.id, "cultivation", short, today=TODAY)
    ) == [FindingCode.TUANKE_HOURS_SHORT]
    rs.add_lesson(league, applicant.id, D(2025, 5, 9), 4, "团的基本知识")
    rs.add_lesson(league, applicant.id, D(2025, 6, 6), 4, "团史")
    assert rs.tuanke_hours(league, applicant.id) == 8
    assert rs.check_proposed_step(league, applicant.id, "cultivation", short, today=TODAY) == []


def test_the_quota_of_the_year_stops_the_general_meeting(league, branch):
    branch_id, people = branch
    rs.set_quota(league, branch_id, 2025, 1)
    first = _new(league, branch_id, name="林甲", serial=401)
    walk(league, first.id, people, until="approval")
    second = _new(league, branch_id, name="林乙", serial=402)
    walk(league, second.id, people, until="general_meeting")
    findings = rs.check_proposed_step(
        league, second.id, "general_meeting", path(people)["general_meeting"], today=TODAY
    )
    assert codes(findings) == [FindingCode.QUOTA_REACHED]
    assert rs.quotas(league, branch_id) == {2025: 1}


def test_rejection_and_withdrawal_are_recorded(league, branch):
    first = _new(league, branch[0], name="林甲", serial=401)
    second = _new(league, branch[0], name="林乙", serial=402)
    with pytest.raises(ValidationFailed):
        rs.close_applicant(league, first.id, "rejected", on=D(2025, 5, 1), reason=" ", today=TODAY)
    rejected = rs.close_applicant(
        league, first.id, "rejected", on=D(2025, 5, 1), reason="支部大会表决未通过", today=TODAY
    )
    withdrawn = rs.close_applicant(
        league, second.id, "withdrawn", on=D(2025, 5, 2), reason="本人撤回申请", today=TODAY
    )
    assert (rejected.status, rejected.status_reason) == ("rejected", "支部大会表决未通过")
    assert (withdrawn.status, withdrawn.status_on) == ("withdrawn", "2025-05-02")
    findings = rs.check_proposed_step(
        league, first.id, "apply", StepInput(D(2025, 3, 3)), today=TODAY
    )
    assert codes(findings) == [FindingCode.APPLICANT_CLOSED]
    # A closed application does not stop the person from applying again later.
    assert rs.check_applicant(league, applicant_values(name="林甲", serial=401), today=TODAY) == []


def test_steps_before_admission_are_locked_afterwards(league, branch):
    branch_id, people = branch
    applicant = _new(league, branch_id)
    walk(league, applicant.id, people, until="new_member_notice")
    findings = rs.check_proposed_step(
        league, applicant.id, "talk", path(people)["talk"], today=TODAY
    )
    assert FindingCode.STEP_LOCKED in codes(findings)


def test_rules_and_holidays_are_kept_in_the_file(league_path):
    with leaguefile.open_league(league_path) as league:
        rs.save_rules(league, RecruitmentRules(cultivation_months=6, notice_days=(7, 5, 5)))
        rs.save_holidays(
            league, HolidayOverrides(holidays={D(2030, 10, 1)}, workdays={D(2030, 9, 29)})
        )
        rs.set_weekends_fallback(league, True)
    with leaguefile.open_league(league_path) as league:
        assert rs.load_rules(league).cultivation_months == 6
        assert rs.load_rules(league).notice_days == (7, 5, 5)
        assert rs.load_holidays(league).holidays == {D(2030, 10, 1)}
        assert rs.weekends_fallback(league) is True


def test_unreadable_holidays_count_as_none(league):
    from leaguedesk.services import organisation as org

    org.set_setting(league, rs.HOLIDAYS_SETTING, {"holidays": ["not a date"]})
    assert rs.load_holidays(league) == HolidayOverrides()
    assert rs.holidays_problem(league) is not None


def test_documents_are_kept_inside_the_file(league, branch):
    applicant = _new(league, branch[0])
    doc_id = rs.add_document(
        league,
        applicant.id,
        "apply",
        "入团申请书",
        b"%PDF-1.4 ...",
        filename="申请书.pdf",
        media_type="application/pdf",
    )
    listed = rs.documents(league, applicant.id)
    assert [(d["title"], d["size"]) for d in listed] == [("入团申请书", 12)]
    assert rs.document_content(league, doc_id) == b"%PDF-1.4 ..."


@pytest.mark.parametrize(
    ("code", "start", "end"),
    [
        ("activist", D(2025, 4, 11), D(2025, 4, 17)),  # Friday: the weekend is not counted
        ("candidate_notice", D(2025, 7, 16), D(2025, 7, 22)),
        ("new_member_notice", D(2025, 8, 21), D(2025, 8, 27)),
        ("new_member_notice", D(2025, 9, 29), D(2025, 10, 11)),  # 国庆 off, 调休 Saturday 10-11 on
    ],
)
def test_a_notice_period_ends_after_its_working_days(league, code, start, end):
    assert board.notice_period(league, code, start) == board.NoticePeriod(start, end, 5)


def test_a_notice_period_follows_the_rules_and_knows_what_it_cannot_count(league):
    assert board.notice_period(league, "talk", D(2025, 4, 11)) is None
    rs.save_rules(league, dataclasses.replace(RecruitmentRules(), notice_days=(7, 5, 5)))
    assert board.notice_period(league, "activist", D(2025, 4, 11)).end == D(2025, 4, 21)
    unknown = board.notice_period(league, "activist", D(2099, 4, 10))
    assert (unknown.end, unknown.unknown_year) == (None, 2099)
    rs.set_weekends_fallback(league, True)
    assert board.notice_period(league, "activist", D(2099, 4, 10)).end == D(2099, 4, 20)

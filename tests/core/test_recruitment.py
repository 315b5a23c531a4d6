"""Recruitment rules (发展团员): every step's check at its boundaries, and what comes next."""

import datetime as dt
from dataclasses import replace

import pytest

from leaguedesk.core import devnumber
from leaguedesk.core import recruitment as r
from leaguedesk.core.recruitment import (
    Applicant,
    Ballot,
    FindingCode,
    MeetingFacts,
    MemberStanding,
    RecruitmentContext,
    RecruitmentRules,
    StepRecord,
)
from leaguedesk.core.workdays import HolidayOverrides, package_years

D = dt.date
C = FindingCode
UNKNOWN = package_years()[-1] + 1

GOOD, GOOD2, PROBATION, DEFERRED, ELSEWHERE, LEFT, SPARE = 1, 2, 3, 4, 5, 6, 7
COMMITTEE_APR, COMMITTEE_JUL, GENERAL_AUG, GENERAL_APR = 10, 11, 12, 13

CONTEXT = RecruitmentContext(
    members={
        GOOD: MemberStanding("李明"),
        GOOD2: MemberStanding("王芳"),
        PROBATION: MemberStanding("赵强", on_probation=True),
        DEFERRED: MemberStanding("钱丽", registration_deferred=True),
        ELSEWHERE: MemberStanding("孙伟", in_branch=False),
        LEFT: MemberStanding("周杰", status="转出"),
        SPARE: MemberStanding("吴敏"),
    },
    meetings={
        COMMITTEE_APR: MeetingFacts(COMMITTEE_APR, r.COMMITTEE_MEETING, D(2025, 4, 10), 5, 4),
        COMMITTEE_JUL: MeetingFacts(COMMITTEE_JUL, r.COMMITTEE_MEETING, D(2025, 7, 10), 5, 5),
        GENERAL_AUG: MeetingFacts(GENERAL_AUG, r.GENERAL_MEETING, D(2025, 8, 1), 20, 15),
        GENERAL_APR: MeetingFacts(GENERAL_APR, r.GENERAL_MEETING, D(2025, 4, 10), 6, 5),
    },
    tuanke_hours=6,
)

# A clean path through all 15 steps (2025; 公示 periods checked against the official calendar).
PATH: dict[str, StepRecord] = {
    "apply": StepRecord(D(2025, 3, 3)),
    "talk": StepRecord(D(2025, 3, 20), people=(GOOD,)),
    # 公示 #1 from Friday 04-11: 04-11, 14, 15, 16, 17 -> contacts from 04-18
    "activist": StepRecord(D(2025, 4, 10), meeting_id=COMMITTEE_APR, notice_start=D(2025, 4, 11)),
    "contacts": StepRecord(D(2025, 4, 18), people=(GOOD, GOOD2)),
    "cultivation": StepRecord(D(2025, 7, 1), documents=("培养考察记录",), hours=2),
    "candidate": StepRecord(D(2025, 7, 10), meeting_id=COMMITTEE_JUL),
    "pre_review": StepRecord(D(2025, 7, 15), documents=("入团志愿书 第001号",)),
    # 公示 #2 from Wednesday 07-16: 16, 17, 18, 21, 22 -> introducers from 07-23
    "candidate_notice": StepRecord(D(2025, 7, 16)),
    "introducers": StepRecord(D(2025, 7, 23), people=(GOOD, GOOD2)),
    "application_form": StepRecord(D(2025, 7, 24), opinion_date=D(2025, 7, 25)),
    "general_meeting": StepRecord(D(2025, 8, 1), meeting_id=GENERAL_AUG, ballot=Ballot(12, 2, 1)),
    "approval": StepRecord(D(2025, 8, 20)),
    # 公示 #3 from Thursday 08-21: 21, 22, 25, 26, 27 -> ceremony and archive from 08-28
    "new_member_notice": StepRecord(D(2025, 8, 21)),
    "ceremony": StepRecord(D(2025, 9, 1)),
    "archive": StepRecord(D(2025, 9, 5), documents=("入团志愿书扫描件",)),
}
BIRTH = D(2008, 5, 10)


def until(code: str, birth: dt.date = BIRTH, **changed: StepRecord) -> Applicant:
    """An applicant with every step before ``code`` done as on PATH (with ``changed`` ones)."""
    steps = {}
    for spec in r.STEPS:
        if spec.code == code:
            break
        steps[spec.code] = changed.get(spec.code, PATH[spec.code])
    return Applicant("张小青", birth, steps)


def check(code, record=None, applicant=None, context=CONTEXT, rules=None, **changed):
    applicant = applicant or until(code, **changed)
    return r.check_step(applicant, code, record or PATH[code], context, rules)


def codes(findings):
    return [f.code for f in findings]


def at(code: str, day: dt.date, **fields) -> StepRecord:
    return replace(PATH[code], date=day, **fields)


# The steps as data ---------------------------------------------------------------------------


def test_fifteen_steps_in_five_stages_in_order():
    assert [s.number for s in r.STEPS] == list(range(1, 16))
    assert [s.number for s in r.STAGES] == [1, 2, 3, 4, 5]
    assert all(r.steps_of_stage(stage.number) for stage in r.STAGES)
    assert [s.stage for s in r.STEPS] == sorted(s.stage for s in r.STEPS)
    assert [s.name for s in r.STEPS][:3] == ["提交入团申请书", "谈话", "确定入团积极分子"]
    assert r.step("general_meeting").name == "支部大会讨论"
    assert [s.notice for s in r.STEPS if s.notice] == [1, 2, 3]
    for spec in r.STEPS:
        assert all(r.STEPS_BY_CODE[code].number < spec.number for code in spec.after)


@pytest.mark.parametrize("code", list(PATH))
def test_the_clean_path_passes_every_step(code):
    assert check(code) == []


def test_next_step_walks_the_clean_path_to_the_end():
    applicant = Applicant("张小青", BIRTH)
    for spec in r.STEPS:
        nxt = r.next_step(applicant, RecruitmentRules(), D(2025, 3, 1))
        assert nxt.step == spec
        applicant = applicant.with_step(spec.code, PATH[spec.code])
    done = r.next_step(applicant, RecruitmentRules(), D(2025, 10, 1))
    assert done.step is None and not done.overdue and done.missing == []
    assert applicant.stage == 5


# 1 提交入团申请书: age 14–28 in full years on the application day ----------------------------


@pytest.mark.parametrize(
    ("born", "applied", "finding"),
    [
        (D(1996, 5, 10), D(2024, 5, 10), None),  # 28th birthday on the application day: allowed
        (D(1996, 5, 10), D(2025, 5, 9), None),  # day before the 29th birthday: still 28
        (D(1996, 5, 10), D(2025, 5, 10), C.AGE_TOO_OLD),  # 29th birthday
        (D(2011, 5, 10), D(2025, 5, 9), C.AGE_TOO_YOUNG),  # day before the 14th birthday: 13
        (D(2011, 5, 10), D(2025, 5, 10), None),  # 14th birthday
        (D(2011, 5, 10), D(2025, 5, 11), None),  # day after the 14th birthday
    ],
)
def test_age_on_the_application_day(born, applied, finding):
    found = r.check_step(Applicant("张小青", born), "apply", StepRecord(applied), CONTEXT)
    assert codes(found) == ([finding] if finding else [])


def test_age_finding_names_the_age():
    found = r.check_step(Applicant("张小青", D(1996, 5, 10)), "apply", StepRecord(D(2025, 5, 10)))
    assert found[0].params == {"age": 29, "max_age": 28, "date": D(2025, 5, 10)}
    assert found[0].blocks and not found[0].needs_reason


def test_born_on_29_february_turns_14_on_1_march_in_common_years():
    applicant = Applicant("张小青", D(2012, 2, 29))
    assert codes(r.check_step(applicant, "apply", StepRecord(D(2026, 2, 28)))) == [C.AGE_TOO_YOUNG]
    assert r.check_step(applicant, "apply", StepRecord(D(2026, 3, 1))) == []


def test_age_limits_are_editable():
    rules = RecruitmentRules(max_age=30)
    applicant = Applicant("张小青", D(1996, 5, 10))
    assert r.check_step(applicant, "apply", StepRecord(D(2025, 5, 10)), rules=rules) == []


def test_birth_date_comes_from_the_citizen_id():
    applicant = Applicant.from_id_number("张小青", "11010519491231002X")
    assert applicant.birth_date == D(1949, 12, 31)


# 2 谈话 within one calendar month --------------------------------------------------------------


@pytest.mark.parametrize(
    ("applied", "talked", "late"),
    [
        (D(2025, 3, 1), D(2025, 4, 1), False),  # day 31
        (D(2025, 3, 1), D(2025, 4, 2), True),  # day 32
        (D(2025, 1, 31), D(2025, 2, 28), False),  # month end clamps to February's last day
        (D(2025, 1, 31), D(2025, 3, 1), True),
        (D(2024, 1, 31), D(2024, 2, 29), False),  # leap year
    ],
)
def test_talk_within_one_month(applied, talked, late):
    applicant = Applicant("张小青", BIRTH, {"apply": StepRecord(applied)})
    found = r.check_step(applicant, "talk", StepRecord(talked, people=(GOOD,)), CONTEXT)
    assert codes(found) == ([C.TALK_LATE] if late else [])


def test_a_late_talk_is_a_warning_that_needs_a_reason():
    applicant = Applicant("张小青", BIRTH, {"apply": StepRecord(D(2025, 3, 1))})
    found = r.check_step(applicant, "talk", StepRecord(D(2025, 4, 2), people=(GOOD,)))
    assert found[0].needs_reason and not found[0].blocks
    assert found[0].params == {"due": D(2025, 4, 1), "days_late": 1}
    assert not r.can_record(found)
    assert not r.can_record(found, "   ")
    assert r.can_record(found, "申请人寒假离校，返校后即谈话")


def test_talk_needs_the_talker():
    assert codes(check("talk", StepRecord(D(2025, 3, 20)))) == [C.FIELD_MISSING]


# 3 确定入团积极分子: decided by the committee and announced ------------------------------------


def test_activist_decided_by_a_general_meeting_when_a_committee_exists_is_refused():
    record = replace(PATH["activist"], meeting_id=GENERAL_APR)
    found = check("activist", record)
    assert codes(found) == [C.MEETING_WRONG_KIND]
    assert found[0].params["allowed"] == [r.COMMITTEE_MEETING]


def test_a_branch_without_committee_decides_in_its_general_meeting():
    context = replace(CONTEXT, branch_has_committee=False)
    assert (
        check("activist", replace(PATH["activist"], meeting_id=GENERAL_APR), context=context) == []
    )
    assert codes(check("activist", context=context)) == [C.MEETING_WRONG_KIND]


def test_activist_meeting_must_exist_and_match_the_date():
    assert codes(check("activist", replace(PATH["activist"], meeting_id=99))) == [C.MEETING_UNKNOWN]
    moved = at("activist", D(2025, 4, 9), notice_start=D(2025, 4, 11))
    assert codes(check("activist", moved)) == [C.MEETING_DATE_MISMATCH]


def test_activist_needs_a_meeting_and_an_announcement():
    found = check("activist", StepRecord(D(2025, 4, 10)))
    assert [f.params["field"] for f in found] == ["meeting", "notice_start"]


def test_announcement_cannot_start_before_the_decision():
    record = replace(PATH["activist"], notice_start=D(2025, 4, 9))
    assert codes(check("activist", record)) == [C.NOTICE_BEFORE_DECISION]


# 4 培养联系人: 1–2 full members in good standing, after 公示 #1 ---------------------------------


@pytest.mark.parametrize(
    ("people", "expected"),
    [
        ((GOOD,), []),
        ((GOOD, GOOD2), []),
        ((GOOD, GOOD2, SPARE), [C.CONTACTS_COUNT]),
        ((), [C.FIELD_MISSING, C.CONTACTS_COUNT]),
    ],
)
def test_one_or_two_contacts(people, expected):
    assert codes(check("contacts", at("contacts", D(2025, 4, 18), people=people))) == expected


def test_contacts_after_the_first_notice_ends():
    found = check("contacts", at("contacts", D(2025, 4, 17)))
    assert codes(found) == [C.NOTICE_NOT_OVER]
    assert found[0].params == {
        "step": "activist",
        "notice": 1,
        "start": D(2025, 4, 11),
        "end": D(2025, 4, 17),
        "earliest": D(2025, 4, 18),
    }


@pytest.mark.parametrize(
    ("member", "code"),
    [
        (PROBATION, C.PERSON_ON_PROBATION),
        (DEFERRED, C.PERSON_REGISTRATION_DEFERRED),
        (ELSEWHERE, C.PERSON_NOT_IN_BRANCH),
        (LEFT, C.PERSON_NOT_ACTIVE),
        (99, C.PERSON_UNKNOWN),
    ],
)
def test_contacts_in_good_standing(member, code):
    found = check("contacts", at("contacts", D(2025, 4, 18), people=(GOOD, member)))
    assert codes(found) == [code]
    assert found[0].params["member_id"] == member
    assert found[0].params["step"] == "contacts"


def test_the_same_contact_twice_counts_once():
    found = check("contacts", at("contacts", D(2025, 4, 18), people=(GOOD, GOOD)))
    assert codes(found) == [C.PERSON_REPEATED]


# 5 教育培养考察: at least 8 学时 of 团课 ----------------------------------------------------------


@pytest.mark.parametrize(
    ("attended", "recorded", "short"),
    [
        (6, 2, False),  # exactly 8
        (6, 1.5, True),
        (8, 0, False),
        (0, 8, False),
        (7.5, 0.5, False),
    ],
)
def test_eight_hours_of_league_lessons(attended, recorded, short):
    context = replace(CONTEXT, tuanke_hours=attended)
    found = check("cultivation", at("cultivation", D(2025, 7, 1), hours=recorded), context=context)
    assert codes(found) == ([C.TUANKE_HOURS_SHORT] if short else [])


def test_cultivation_needs_written_records():
    found = check("cultivation", at("cultivation", D(2025, 7, 1), documents=("  ",)))
    assert [f.params.get("field") for f in found] == ["documents"]


# 6 确定发展对象: at least 3 months after the activist decision --------------------------------


def _candidate_after(activist: dt.date) -> Applicant:
    return until(
        "candidate",
        activist=at("activist", activist, notice_start=activist),
        contacts=at("contacts", activist + dt.timedelta(days=10)),
        cultivation=at("cultivation", activist + dt.timedelta(days=20)),
    )


def _committee_on(day: dt.date) -> RecruitmentContext:
    meeting = MeetingFacts(50, r.COMMITTEE_MEETING, day, 5, 5)
    return replace(CONTEXT, meetings={**CONTEXT.meetings, 50: meeting})


@pytest.mark.parametrize(
    ("activist", "decided", "short"),
    [
        (D(2026, 3, 15), D(2026, 6, 15), False),  # exactly 3 months
        (D(2026, 3, 15), D(2026, 6, 14), True),
        (D(2025, 11, 30), D(2026, 2, 28), False),  # month end: 11-30 + 3 months = 02-28
        (D(2025, 11, 30), D(2026, 2, 27), True),
        (D(2023, 11, 30), D(2024, 2, 29), False),  # leap year
        (D(2023, 11, 30), D(2024, 2, 28), True),
    ],
)
def test_three_months_of_cultivation(activist, decided, short):
    found = r.check_step(
        _candidate_after(activist),
        "candidate",
        StepRecord(decided, meeting_id=50),
        _committee_on(decided),
    )
    assert codes(found) == ([C.CULTIVATION_TOO_SHORT] if short else [])


def test_cultivation_length_is_editable():
    rules = RecruitmentRules(cultivation_months=6)
    found = r.check_step(
        _candidate_after(D(2026, 3, 15)),
        "candidate",
        StepRecord(D(2026, 6, 15), meeting_id=50),
        _committee_on(D(2026, 6, 15)),
        rules,
    )
    assert codes(found) == [C.CULTIVATION_TOO_SHORT]
    assert found[0].params == {"start": D(2026, 3, 15), "earliest": D(2026, 9, 15), "months": 6}


# 8/9 公示 #2 across a national holiday, then 入团介绍人 ------------------------------------------


def test_notice_across_national_day_ends_after_the_holiday():
    # 公示 #2 from 2025-09-30: 09-30, 10-09, 10-10, Saturday 10-11 (make-up), 10-13.
    applicant = until("introducers", candidate_notice=StepRecord(D(2025, 9, 30)))
    found = r.check_step(applicant, "introducers", at("introducers", D(2025, 10, 13)), CONTEXT)
    assert codes(found) == [C.NOTICE_NOT_OVER]
    assert found[0].params["end"] == D(2025, 10, 13)
    assert r.check_step(applicant, "introducers", at("introducers", D(2025, 10, 14)), CONTEXT) == []
    assert r.next_step(applicant, today=D(2025, 10, 1)).earliest == D(2025, 10, 14)


@pytest.mark.parametrize(
    ("people", "expected"),
    [
        ((GOOD, GOOD2), []),
        ((GOOD,), [C.INTRODUCERS_COUNT]),  # a missing introducer
        ((GOOD, GOOD2, SPARE), [C.INTRODUCERS_COUNT]),
        ((GOOD, PROBATION), [C.PERSON_ON_PROBATION]),  # under 留团察看
        ((GOOD, DEFERRED), [C.PERSON_REGISTRATION_DEFERRED]),
        ((GOOD, ELSEWHERE), [C.PERSON_NOT_IN_BRANCH]),
    ],
)
def test_two_introducers_in_good_standing(people, expected):
    assert codes(check("introducers", at("introducers", D(2025, 7, 23), people=people))) == (
        expected
    )


def test_introducer_count_finding_says_how_many():
    found = check("introducers", at("introducers", D(2025, 7, 23), people=(GOOD,)))
    assert found[0].params == {"count": 1, "required": 2}


def test_same_two_introducers_for_a_whole_batch_is_a_warning():
    pair = frozenset({GOOD, GOOD2})
    whole = replace(CONTEXT, batch_introducers=[pair, pair])
    found = check("introducers", context=whole)
    assert codes(found) == [C.SAME_INTRODUCERS_FOR_BATCH]
    assert found[0].needs_reason and found[0].params == {"count": 3}
    mixed = replace(CONTEXT, batch_introducers=[pair, frozenset({GOOD, SPARE})])
    assert check("introducers", context=mixed) == []
    two = replace(CONTEXT, batch_introducers=[pair])  # below the default batch size of 3
    assert check("introducers", context=two) == []


# 10 填写入团志愿书 and the order of dates --------------------------------------------------------


def test_introducers_opinions_cannot_precede_the_form():
    record = replace(PATH["application_form"], opinion_date=D(2025, 7, 23))
    assert codes(check("application_form", record)) == [C.OPINIONS_BEFORE_FORM]


def test_same_day_is_in_order():
    record = StepRecord(D(2025, 7, 23), opinion_date=D(2025, 7, 23))
    assert check("application_form", record) == []


def test_a_date_before_the_previous_step_is_refused():
    found = check("introducers", at("introducers", D(2025, 7, 15)))
    assert codes(found) == [C.DATE_BEFORE_PREVIOUS]
    assert found[0].params == {"step": "candidate_notice", "previous_date": D(2025, 7, 16)}


def test_general_meeting_before_the_introducers_opinions_is_refused():
    # After the form (07-24) but before the opinions (07-25).
    meeting = MeetingFacts(60, r.GENERAL_MEETING, D(2025, 7, 24), 20, 15)
    context = replace(CONTEXT, meetings={60: meeting})
    record = StepRecord(D(2025, 7, 24), meeting_id=60, ballot=Ballot(12))
    found = check("general_meeting", record, context=context)
    assert codes(found) == [C.DATE_BEFORE_PREVIOUS]
    assert found[0].params["previous_date"] == D(2025, 7, 25)


def test_a_step_cannot_be_skipped():
    applicant = Applicant("张小青", BIRTH, {"apply": PATH["apply"], "talk": PATH["talk"]})
    found = r.check_step(applicant, "contacts", PATH["contacts"], CONTEXT)
    assert codes(found) == [C.PREVIOUS_STEP_MISSING]
    assert found[0].params == {"step": "activist"}


def test_moving_a_step_after_the_next_one_is_refused():
    applicant = until("candidate")
    found = r.check_step(applicant, "contacts", at("contacts", D(2025, 7, 2)), CONTEXT)
    assert codes(found) == [C.DATE_AFTER_NEXT]
    assert found[0].params == {"step": "cultivation", "next_date": D(2025, 7, 1)}


def test_moving_a_notice_so_that_it_overlaps_the_next_step_is_refused():
    applicant = until("application_form")
    found = r.check_step(applicant, "candidate_notice", StepRecord(D(2025, 7, 17)), CONTEXT)
    assert codes(found) == [C.NOTICE_OVERLAPS_NEXT]
    assert found[0].params["end"] == D(2025, 7, 23)


# 11 支部大会: quorum and votes ------------------------------------------------------------------


def _vote(expected, present, ballot, kind=r.GENERAL_MEETING):
    meeting = MeetingFacts(70, kind, D(2025, 8, 1), expected, present)
    context = replace(CONTEXT, meetings={70: meeting})
    return codes(
        check(
            "general_meeting",
            StepRecord(D(2025, 8, 1), meeting_id=70, ballot=ballot),
            context=context,
        )
    )


def test_exactly_half_present_is_no_quorum():
    assert _vote(20, 10, Ballot(10)) == [C.QUORUM_NOT_MET]
    assert _vote(20, 11, Ballot(10)) == []
    assert _vote(7, 4, Ballot(3)) == []


def test_a_tie_does_not_pass():
    assert _vote(20, 12, Ballot(6, 6)) == [C.VOTE_NOT_PASSED]
    assert _vote(20, 12, Ballot(6, 1, 5)) == [C.VOTE_NOT_PASSED]  # abstentions are not yes
    assert _vote(20, 12, Ballot(7, 5)) == []


def test_vote_not_passed_says_how_many_were_needed():
    meeting = MeetingFacts(70, r.GENERAL_MEETING, D(2025, 8, 1), 20, 12)
    context = replace(CONTEXT, meetings={70: meeting})
    found = check(
        "general_meeting",
        StepRecord(D(2025, 8, 1), meeting_id=70, ballot=Ballot(6, 6)),
        context=context,
    )
    assert found[0].params == {"yes": 6, "present": 12, "needed": 7}


def test_each_candidate_is_voted_separately():
    assert _vote(20, 15, Ballot(12, separate=False)) == [C.VOTE_NOT_SEPARATE]


def test_more_ballots_than_members_present_is_refused():
    assert _vote(20, 12, Ballot(10, 2, 1)) == [C.BALLOT_EXCEEDS_PRESENT]


def test_the_resolution_needs_a_general_meeting():
    assert _vote(20, 15, Ballot(12), kind=r.COMMITTEE_MEETING) == [C.MEETING_WRONG_KIND]


def test_general_meeting_needs_meeting_and_ballot():
    found = check("general_meeting", StepRecord(D(2025, 8, 1)))
    assert [f.params["field"] for f in found] == ["meeting", "ballot"]


# 12 上级团委审批 within 30 days; the yearly quota ------------------------------------------------


@pytest.mark.parametrize(
    ("approved", "late"),
    [
        (D(2025, 8, 31), False),  # day 30 after the 支部大会 of 08-01
        (D(2025, 9, 1), True),  # day 31
    ],
)
def test_approval_within_thirty_days(approved, late):
    found = check("approval", StepRecord(approved))
    assert codes(found) == ([C.APPROVAL_LATE] if late else [])
    if late:
        assert found[0].needs_reason
        assert found[0].params == {"due": D(2025, 8, 31), "days_late": 1}


@pytest.mark.parametrize(("admitted", "reached"), [(2, False), (3, True), (4, True)])
def test_yearly_quota(admitted, reached):
    context = replace(CONTEXT, admissions={2025: admitted}, quotas={2025: 3})
    found = check("approval", context=context)
    assert codes(found) == ([C.QUOTA_REACHED] if reached else [])
    if reached:
        assert found[0].blocks
        assert found[0].params == {"year": 2025, "quota": 3, "admitted": admitted}


def test_quota_from_the_rules_when_the_year_has_none_and_no_limit_by_default():
    context = replace(CONTEXT, admissions={2025: 5})
    assert check("approval", context=context) == []
    assert codes(check("approval", context=context, rules=RecruitmentRules(yearly_quota=5))) == [
        C.QUOTA_REACHED
    ]


def test_quota_counts_in_the_year_of_the_general_meeting():
    meeting = MeetingFacts(80, r.GENERAL_MEETING, D(2025, 12, 29), 20, 15)
    context = replace(
        CONTEXT,
        meetings={**CONTEXT.meetings, 80: meeting},
        admissions={2025: 3, 2026: 0},
        quotas={2025: 3, 2026: 3},
    )
    applicant = until(
        "approval", general_meeting=StepRecord(D(2025, 12, 29), meeting_id=80, ballot=Ballot(12))
    )
    found = r.check_step(applicant, "approval", StepRecord(D(2026, 1, 8)), context)
    assert codes(found) == [C.QUOTA_REACHED]


def test_a_full_quota_also_stops_the_general_meeting():
    context = replace(CONTEXT, admissions={2025: 3}, quotas={2025: 3})
    assert codes(check("general_meeting", context=context)) == [C.QUOTA_REACHED]


# 13–15 公示新团员, 入团仪式, 档案 --------------------------------------------------------------


def test_ceremony_waits_for_the_third_notice():
    found = check("ceremony", StepRecord(D(2025, 8, 27)))
    assert codes(found) == [C.NOTICE_NOT_OVER]
    assert found[0].params["notice"] == 3
    assert check("ceremony", StepRecord(D(2025, 8, 28))) == []


def test_archive_need_not_wait_for_the_ceremony():
    applicant = until("ceremony")
    assert r.check_step(applicant, "archive", PATH["archive"], CONTEXT) == []


@pytest.mark.parametrize(("uploaded", "late"), [(D(2025, 9, 19), False), (D(2025, 9, 20), True)])
def test_archive_within_thirty_days_of_approval(uploaded, late):
    found = check("archive", at("archive", uploaded))
    assert codes(found) == ([C.ARCHIVE_LATE] if late else [])


# Unknown holiday years ------------------------------------------------------------------------


def _in_unknown_year():
    return until("introducers", candidate_notice=StepRecord(D(UNKNOWN, 3, 1)))


def test_notice_in_a_year_without_holiday_schedule_is_an_error():
    found = r.check_step(
        _in_unknown_year(), "introducers", at("introducers", D(UNKNOWN, 4, 1)), CONTEXT
    )
    assert codes(found) == [C.CALENDAR_UNKNOWN_YEAR]
    assert found[0].params == {"year": UNKNOWN}


def test_weekends_fallback_turns_it_into_a_warning():
    context = replace(CONTEXT, weekends_fallback=True)
    found = r.check_step(
        _in_unknown_year(), "introducers", at("introducers", D(UNKNOWN, 4, 1)), context
    )
    assert codes(found) == [C.CALENDAR_WEEKENDS_ONLY]
    assert found[0].needs_reason


def test_user_holidays_make_the_year_known():
    holidays = HolidayOverrides(holidays=frozenset({D(UNKNOWN, 1, 1)}))
    context = replace(CONTEXT, holidays=holidays)
    assert (
        r.check_step(
            _in_unknown_year(), "introducers", at("introducers", D(UNKNOWN, 4, 1)), context
        )
        == []
    )


# What comes next -------------------------------------------------------------------------------


def test_a_new_applicant_starts_with_the_application():
    nxt = r.next_step(Applicant("张小青", BIRTH), RecruitmentRules(), D(2025, 3, 1))
    assert nxt.step.code == "apply" and nxt.due_date is None and not nxt.overdue


def test_talk_is_due_one_month_after_the_application():
    applicant = until("talk")
    on_time = r.next_step(applicant, RecruitmentRules(), D(2025, 4, 3))
    assert on_time.due_date == D(2025, 4, 3) and not on_time.overdue
    assert on_time.missing == ["people"]
    assert r.next_step(applicant, RecruitmentRules(), D(2025, 4, 4)).overdue


def test_a_draft_record_fills_what_is_missing():
    applicant = until("talk").with_step("talk", StepRecord(people=(GOOD,)))
    assert r.next_step(applicant, today=D(2025, 3, 10)).missing == []


def test_contacts_may_start_the_day_after_the_first_notice():
    nxt = r.next_step(until("contacts"), today=D(2025, 4, 12))
    assert nxt.step.code == "contacts" and nxt.earliest == D(2025, 4, 18)


def test_candidate_decision_is_possible_three_months_after_the_activist_decision():
    nxt = r.next_step(until("candidate"), today=D(2025, 7, 2))
    assert nxt.earliest == D(2025, 7, 10) and nxt.missing == ["meeting"]


def test_approval_and_archive_due_dates():
    approval = r.next_step(until("approval"), today=D(2025, 9, 1))
    assert approval.due_date == D(2025, 8, 31) and approval.overdue
    archive = r.next_step(
        until("ceremony").with_step("ceremony", PATH["ceremony"]), today=D(2025, 9, 19)
    )
    assert archive.step.code == "archive"
    assert archive.due_date == D(2025, 9, 19) and not archive.overdue


def test_unknown_holiday_year_shows_as_missing_calendar():
    nxt = r.next_step(_in_unknown_year(), today=D(UNKNOWN, 3, 2))
    assert "holiday_calendar" in nxt.missing
    fallback = r.next_step(_in_unknown_year(), today=D(UNKNOWN, 3, 2), weekends_fallback=True)
    assert "holiday_calendar" not in fallback.missing and fallback.earliest > D(UNKNOWN, 3, 1)


# Rules as settings -----------------------------------------------------------------------------


def test_rules_round_trip_through_json_data():
    rules = RecruitmentRules(cultivation_months=6, notice_days=(5, 7, 5), yearly_quota=12)
    data = rules.to_dict()
    assert data["notice_days"] == [5, 7, 5]
    assert RecruitmentRules.from_dict(data) == rules
    assert RecruitmentRules.from_dict(None) == RecruitmentRules()


def test_bad_stored_rules_keep_their_defaults_and_are_reported():
    problems: list[str] = []
    rules = RecruitmentRules.from_dict(
        {
            "cultivation_months": "six",
            "tuanke_hours": 10,
            "notice_days": [5, 0, 5],
            "colour": "red",
            "min_age": 30,
            "contacts_max": True,
        },
        problems,
    )
    assert rules.cultivation_months == 3 and rules.tuanke_hours == 10
    assert rules.notice_days == (5, 5, 5) and rules.min_age == 14
    assert rules.contacts_max == 2
    assert sorted(problems) == sorted(
        ["cultivation_months", "notice_days", "colour", "contacts_max", "min_age", "max_age"]
    )


# 发展团员编号 ----------------------------------------------------------------------------------


def test_development_number_is_twelve_digits_with_the_year():
    assert r.development_number(2025, set()) == "202500000001"
    number = r.development_number(2025, {"202500000007", "202500000003", "202400000099"})
    assert number == "202500000008"
    assert r.check_development_number(number, 2025) is None


def test_development_number_with_a_branch_code():
    assert r.development_number(2025, {"202512000004"}, "12") == "202512000005"
    assert r.development_number(2025, {"202512000004"}, "13") == "202513000001"


def test_development_number_fills_a_gap_when_the_top_is_taken():
    used = {"2025999999", "202599999999", "202500000001"}
    assert r.development_number(2025, used) == "202500000002"


def test_development_number_exhausted_and_bad_hints():
    used = {f"20259999{n:04d}" for n in range(1, 10000)}
    with pytest.raises(devnumber.DevelopmentNumberError):
        r.development_number(2025, used, "9999")
    with pytest.raises(ValueError):
        r.development_number(2025, set(), "12a")
    with pytest.raises(ValueError):
        r.development_number(2025, set(), "12345")


@pytest.mark.parametrize(
    ("number", "problem"),
    [
        ("20250000001", "devnum_length"),
        ("2025000000X1", "devnum_length"),
        ("202400000001", "devnum_year"),
        ("202500000001", "devnum_taken"),
    ],
)
def test_check_development_number(number, problem):
    assert r.check_development_number(number, 2025, {"202500000001"}) == problem

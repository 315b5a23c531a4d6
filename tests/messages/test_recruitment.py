"""Every recruitment finding, holiday-calendar and 发展团员编号 problem reads as a full sentence."""

import datetime as dt

from leaguedesk.core import workdays
from leaguedesk.core.devnumber import NumberProblem
from leaguedesk.core.recruitment import Finding, FindingCode, Severity
from leaguedesk.messages import recruitment as messages

D = dt.date(2025, 10, 13)
SAMPLE = {
    "field": "notice_start",
    "step": "introducers",
    "previous_date": D,
    "next_date": D,
    "notice": 2,
    "start": D,
    "end": D,
    "earliest": D,
    "notice_start": D,
    "date": D,
    "year": 2027,
    "age": 29,
    "min_age": 14,
    "max_age": 28,
    "due": D,
    "days_late": 3,
    "meeting_id": 9,
    "kind": "支部大会",
    "allowed": ["支部委员会"],
    "meeting_date": D,
    "count": 3,
    "min": 1,
    "max": 2,
    "required": 8.0,
    "member_id": 4,
    "name": "钱丽",
    "status": "转出",
    "hours": 7.5,
    "months": 3,
    "opinion_date": D,
    "expected": 20,
    "present": 10,
    "needed": 11,
    "cast": 13,
    "yes": 6,
    "quota": 3,
    "admitted": 3,
    "today": D,
    "branch": "二班团支部",
}


def test_every_finding_code_has_a_sentence_with_its_params_filled_in():
    for code in FindingCode:
        text = messages.recruitment_finding(Finding(code, Severity.ERROR, SAMPLE))
        assert text and "{" not in text, code


def test_finding_words_step_names_fields_and_hours():
    introducer = Finding(
        FindingCode.PERSON_ON_PROBATION,
        Severity.ERROR,
        {"member_id": 3, "name": "赵强", "step": "introducers"},
    )
    assert messages.recruitment_finding(introducer) == "赵强正受留团察看处分，不能担任入团介绍人。"
    missing = Finding(FindingCode.FIELD_MISSING, Severity.ERROR, {"field": "notice_start"})
    assert messages.recruitment_finding(missing) == "请填写公示开始日期。"
    hours = Finding(FindingCode.TUANKE_HOURS_SHORT, Severity.ERROR, {"hours": 6.0, "required": 8.0})
    assert messages.recruitment_finding(hours) == "团课学习共6学时，不足8学时。"
    notice = Finding(
        FindingCode.NOTICE_NOT_OVER,
        Severity.ERROR,
        {
            "step": "candidate_notice",
            "notice": 2,
            "start": dt.date(2025, 9, 30),
            "end": D,
            "earliest": dt.date(2025, 10, 14),
        },
    )
    assert "公示发展对象" in messages.recruitment_finding(notice)
    assert "2025-10-14" in messages.recruitment_finding(notice)


def test_holiday_calendar_and_number_problems_are_worded():
    assert "2099" in messages.unknown_holiday_year(workdays.UnknownYear(2099))
    assert messages.bad_holiday_overrides(workdays.BadOverrides("x"))
    for problem in NumberProblem:
        text = messages.development_number_problem(problem, year=2025, number="1", prefix="2025")
        assert text and "{" not in text
    assert messages.step_field("holiday_calendar") == "当年的节假日安排"


def test_applicant_issues_steps_stages_and_problems_are_worded():
    from leaguedesk.core.issues import error
    from leaguedesk.services.recruitment_records import RecruitmentError, RecruitmentProblem

    duplicate = error(
        "id_number", "applicant_is_member", name="王芳", branch="一班团支部", status="正常"
    )
    assert messages.applicant_issue_text(duplicate) == (
        "此人已在团员名册中（一班团支部，王芳，正常），不能再作为入团申请人录入。"
    )
    assert messages.applicant_issue_text(error("phone", "phone_length", length=3, expected=11))
    assert messages.step_name("general_meeting") == "支部大会讨论"
    assert messages.stage_name(2) == "入团积极分子的确定和培养"
    assert messages.applicant_status("withdrawn") == "本人撤回"
    nobody = RecruitmentError(RecruitmentProblem.NOTHING_TO_NOTICE, notice=2)
    assert messages.recruitment_error(nobody) == "没有可公示的人员：请先记录“公示发展对象”这一步。"
    closed = Finding(FindingCode.APPLICANT_CLOSED, Severity.ERROR, {"status": "rejected"})
    assert (
        messages.recruitment_finding(closed) == "该申请人的状态为“不予接收”，不能再记录发展步骤。"
    )

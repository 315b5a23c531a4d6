"""Words for recruitment (发展团员): step findings, the holiday calendar, 发展团员编号."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from leaguedesk.core import recruitment_steps as _steps
from leaguedesk.core.devnumber import NumberProblem
from leaguedesk.core.recruitment_findings import Finding, FindingCode
from leaguedesk.core.workdays import BadOverrides, UnknownYear
from leaguedesk.messages import tr

# Recruitment (发展团员): findings of the step checks, holiday calendar, 发展团员编号 ----------------


_RECRUIT_FINDINGS: dict[FindingCode, str] = {
    FindingCode.FIELD_MISSING: QT_TRANSLATE_NOOP("Messages", "请填写{field}。"),
    FindingCode.PREVIOUS_STEP_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "上一步“{step}”尚未完成，不能跳过。"
    ),
    FindingCode.DATE_BEFORE_PREVIOUS: QT_TRANSLATE_NOOP(
        "Messages", "日期早于上一步“{step}”（{previous_date}），请按顺序填写日期。"
    ),
    FindingCode.DATE_AFTER_NEXT: QT_TRANSLATE_NOOP(
        "Messages", "日期晚于已记录的下一步“{step}”（{next_date}），请先核对下一步的日期。"
    ),
    FindingCode.NOTICE_NOT_OVER: QT_TRANSLATE_NOOP(
        "Messages", "“{step}”的公示期为{start}至{end}，公示期满后（最早{earliest}）才能进行这一步。"
    ),
    FindingCode.NOTICE_OVERLAPS_NEXT: QT_TRANSLATE_NOOP(
        "Messages", "按此日期公示期到{end}才结束，而下一步“{step}”已记录在{next_date}。"
    ),
    FindingCode.NOTICE_BEFORE_DECISION: QT_TRANSLATE_NOOP(
        "Messages", "公示开始日期（{notice_start}）不能早于支委会决定日期（{date}）。"
    ),
    FindingCode.CALENDAR_UNKNOWN_YEAR: QT_TRANSLATE_NOOP(
        "Messages",
        "没有{year}年的法定节假日安排，无法按工作日计算公示期。"
        "请在“设置 → 节假日”中录入{year}年的放假和调休上班日期，或选择只按周末计算。",
    ),
    FindingCode.CALENDAR_WEEKENDS_ONLY: QT_TRANSLATE_NOOP(
        "Messages", "没有{year}年的法定节假日安排，公示期暂按周末计算，可能与实际放假安排不符。"
    ),
    FindingCode.AGE_TOO_YOUNG: QT_TRANSLATE_NOOP(
        "Messages", "申请日（{date}）申请人{age}周岁，未满{min_age}周岁，不能申请入团。"
    ),
    FindingCode.AGE_TOO_OLD: QT_TRANSLATE_NOOP(
        "Messages", "申请日（{date}）申请人已满{age}周岁，超过{max_age}周岁，不能申请入团。"
    ),
    FindingCode.TALK_LATE: QT_TRANSLATE_NOOP(
        "Messages", "谈话应在{due}前进行，已晚{days_late}天。请注明原因。"
    ),
    FindingCode.MEETING_UNKNOWN: QT_TRANSLATE_NOOP(
        "Messages", "找不到所选会议的记录，请先记录这次会议。"
    ),
    FindingCode.MEETING_WRONG_KIND: QT_TRANSLATE_NOOP(
        "Messages", "这一步应由{allowed}决定，所选会议是{kind}。"
    ),
    FindingCode.MEETING_DATE_MISMATCH: QT_TRANSLATE_NOOP(
        "Messages", "所选会议的日期是{meeting_date}，与这一步的日期（{date}）不一致。"
    ),
    FindingCode.MEETING_OTHER_BRANCH: QT_TRANSLATE_NOOP(
        "Messages", "所选会议（{date}{kind}）是{branch}的会议，不是申请人所在团支部的会议。"
    ),
    FindingCode.CONTACTS_COUNT: QT_TRANSLATE_NOOP(
        "Messages", "培养联系人应为{min}至{max}名，现为{count}名。"
    ),
    FindingCode.INTRODUCERS_COUNT: QT_TRANSLATE_NOOP(
        "Messages", "入团介绍人应为{required}名，现为{count}名。"
    ),
    FindingCode.PERSON_REPEATED: QT_TRANSLATE_NOOP("Messages", "{name}被重复选择。"),
    FindingCode.PERSON_UNKNOWN: QT_TRANSLATE_NOOP(
        "Messages", "“{step}”中有一名人员不在团员名册中。"
    ),
    FindingCode.PERSON_NOT_IN_BRANCH: QT_TRANSLATE_NOOP(
        "Messages", "{name}不是本支部团员，不能担任{step}。"
    ),
    FindingCode.PERSON_NOT_ACTIVE: QT_TRANSLATE_NOOP(
        "Messages", "{name}的团籍状态为“{status}”，不能担任{step}。"
    ),
    FindingCode.PERSON_ON_PROBATION: QT_TRANSLATE_NOOP(
        "Messages", "{name}正受留团察看处分，不能担任{step}。"
    ),
    FindingCode.PERSON_REGISTRATION_DEFERRED: QT_TRANSLATE_NOOP(
        "Messages", "{name}被暂缓注册，不能担任{step}。"
    ),
    FindingCode.SAME_INTRODUCERS_FOR_BATCH: QT_TRANSLATE_NOOP(
        "Messages", "本批{count}名发展对象的入团介绍人是同样的两人，应尽量避免。请注明原因。"
    ),
    FindingCode.TUANKE_HOURS_SHORT: QT_TRANSLATE_NOOP(
        "Messages", "团课学习共{hours}学时，不足{required}学时。"
    ),
    FindingCode.CULTIVATION_TOO_SHORT: QT_TRANSLATE_NOOP(
        "Messages",
        "自确定为入团积极分子（{start}）起培养考察不足{months}个月，最早{earliest}可确定为发展对象。",
    ),
    FindingCode.OPINIONS_BEFORE_FORM: QT_TRANSLATE_NOOP(
        "Messages", "介绍人意见日期（{opinion_date}）不能早于填写志愿书的日期（{date}）。"
    ),
    FindingCode.QUORUM_NOT_MET: QT_TRANSLATE_NOOP(
        "Messages",
        "应到有表决权的团员{expected}人，实到{present}人，未超过半数（至少需{needed}人），"
        "支部大会不能讨论发展团员。",
    ),
    FindingCode.VOTE_NOT_SEPARATE: QT_TRANSLATE_NOOP(
        "Messages", "发展对象须逐个讨论、逐个表决，不能合并表决。"
    ),
    FindingCode.BALLOT_EXCEEDS_PRESENT: QT_TRANSLATE_NOOP(
        "Messages", "赞成、反对、弃权共{cast}票，多于实到人数{present}人。"
    ),
    FindingCode.VOTE_NOT_PASSED: QT_TRANSLATE_NOOP(
        "Messages", "赞成{yes}票，未超过实到{present}人的半数（至少需{needed}票），未获通过。"
    ),
    FindingCode.APPROVAL_LATE: QT_TRANSLATE_NOOP(
        "Messages", "上级团委审批应在{due}前完成，已晚{days_late}天。请注明原因。"
    ),
    FindingCode.ARCHIVE_LATE: QT_TRANSLATE_NOOP(
        "Messages", "入团志愿书应在{due}前录入智慧团建，已晚{days_late}天。请注明原因。"
    ),
    FindingCode.QUOTA_REACHED: QT_TRANSLATE_NOOP(
        "Messages", "本支部{year}年发展名额为{quota}名，已发展{admitted}名，名额已用完。"
    ),
    FindingCode.DATE_IN_FUTURE: QT_TRANSLATE_NOOP(
        "Messages", "日期{date}晚于今天（{today}）：只能记录已经完成的步骤。"
    ),
    FindingCode.APPLICANT_CLOSED: QT_TRANSLATE_NOOP(
        "Messages", "该申请人的状态为“{status}”，不能再记录发展步骤。"
    ),
    FindingCode.STEP_LOCKED: QT_TRANSLATE_NOOP(
        "Messages", "已接收为团员，“{step}”已归入档案，不能再修改。"
    ),
}

# Names of the fields a step may require, for "请填写…".
_STEP_FIELDS: dict[str, str] = {
    _steps.DATE: QT_TRANSLATE_NOOP("Messages", "日期"),
    _steps.PEOPLE: QT_TRANSLATE_NOOP("Messages", "相关人员"),
    _steps.MEETING: QT_TRANSLATE_NOOP("Messages", "决定这一步的会议"),
    _steps.DOCUMENTS: QT_TRANSLATE_NOOP("Messages", "材料"),
    _steps.NOTICE_START: QT_TRANSLATE_NOOP("Messages", "公示开始日期"),
    _steps.OPINION_DATE: QT_TRANSLATE_NOOP("Messages", "介绍人意见日期"),
    _steps.BALLOT: QT_TRANSLATE_NOOP("Messages", "表决结果"),
    _steps.HOLIDAY_CALENDAR: QT_TRANSLATE_NOOP("Messages", "当年的节假日安排"),
}

_NUMBER_PROBLEMS: dict[NumberProblem, str] = {
    NumberProblem.LENGTH: QT_TRANSLATE_NOOP("Messages", "发展团员编号应为12位数字。"),
    NumberProblem.YEAR: QT_TRANSLATE_NOOP("Messages", "发展团员编号的前4位应为入团年份{year}。"),
    NumberProblem.TAKEN: QT_TRANSLATE_NOOP("Messages", "发展团员编号{number}已被使用。"),
    NumberProblem.EXHAUSTED: QT_TRANSLATE_NOOP(
        "Messages", "{year}年以{prefix}开头的发展团员编号已全部用完。"
    ),
}


# The role of the people a step records, as in "不能担任培养联系人".
_ROLES: dict[str, str] = {
    "talk": QT_TRANSLATE_NOOP("Messages", "谈话人"),
    "contacts": QT_TRANSLATE_NOOP("Messages", "培养联系人"),
    "introducers": QT_TRANSLATE_NOOP("Messages", "入团介绍人"),
}


_STEP_NAMES: dict[str, str] = {
    "apply": QT_TRANSLATE_NOOP("Messages", "提交入团申请书"),
    "talk": QT_TRANSLATE_NOOP("Messages", "谈话"),
    "activist": QT_TRANSLATE_NOOP("Messages", "确定入团积极分子"),
    "contacts": QT_TRANSLATE_NOOP("Messages", "培养联系人"),
    "cultivation": QT_TRANSLATE_NOOP("Messages", "教育培养考察"),
    "candidate": QT_TRANSLATE_NOOP("Messages", "确定发展对象"),
    "pre_review": QT_TRANSLATE_NOOP("Messages", "上级预审"),
    "candidate_notice": QT_TRANSLATE_NOOP("Messages", "公示发展对象"),
    "introducers": QT_TRANSLATE_NOOP("Messages", "入团介绍人"),
    "application_form": QT_TRANSLATE_NOOP("Messages", "填写入团志愿书"),
    "general_meeting": QT_TRANSLATE_NOOP("Messages", "支部大会讨论"),
    "approval": QT_TRANSLATE_NOOP("Messages", "上级团委审批"),
    "new_member_notice": QT_TRANSLATE_NOOP("Messages", "公示新团员"),
    "ceremony": QT_TRANSLATE_NOOP("Messages", "入团仪式"),
    "archive": QT_TRANSLATE_NOOP("Messages", "档案"),
}
assert set(_STEP_NAMES) == set(_steps.STEPS_BY_CODE)

_STAGE_NAMES: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("Messages", "申请入团"),
    2: QT_TRANSLATE_NOOP("Messages", "入团积极分子的确定和培养"),
    3: QT_TRANSLATE_NOOP("Messages", "发展对象的确定和考察"),
    4: QT_TRANSLATE_NOOP("Messages", "接收新团员"),
    5: QT_TRANSLATE_NOOP("Messages", "入团仪式和档案"),
}

_APPLICANT_STATUSES: dict[str, str] = {
    "active": QT_TRANSLATE_NOOP("Messages", "发展中"),
    "admitted": QT_TRANSLATE_NOOP("Messages", "已接收为团员"),
    "rejected": QT_TRANSLATE_NOOP("Messages", "不予接收"),
    "withdrawn": QT_TRANSLATE_NOOP("Messages", "本人撤回"),
}

_NOTICES: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("Messages", "入团积极分子公示"),
    2: QT_TRANSLATE_NOOP("Messages", "发展对象公示"),
    3: QT_TRANSLATE_NOOP("Messages", "新团员公示"),
}

# Issues about an applicant's record (services.recruitment); the others are the roster's.
_APPLICANT_ISSUES: dict[str, str] = {
    "applicant_id_duplicate": QT_TRANSLATE_NOOP(
        "Messages", "{name}（{branch}）已用此证件号码提出入团申请，同一人只需录入一次。"
    ),
    "applicant_is_member": QT_TRANSLATE_NOOP(
        "Messages", "此人已在团员名册中（{branch}，{name}，{status}），不能再作为入团申请人录入。"
    ),
    "applicant_admitted_kept": QT_TRANSLATE_NOOP(
        "Messages", "已接收为团员的申请人记录是入团档案，不能删除。"
    ),
    "applicant_not_open": QT_TRANSLATE_NOOP("Messages", "该申请人的状态为“{status}”，不能再办理。"),
    "lesson_hours": QT_TRANSLATE_NOOP("Messages", "团课学时应大于0，且每次不超过100学时。"),
    "lesson_meeting_unknown": QT_TRANSLATE_NOOP("Messages", "找不到所选的团课记录，可能已被删除。"),
    "lesson_meeting_other_branch": QT_TRANSLATE_NOOP(
        "Messages", "所选的团课（{date}）是{branch}的团课，不是申请人所在团支部的团课。"
    ),
    "lesson_meeting_not_lecture": QT_TRANSLATE_NOOP(
        "Messages", "所选会议（{date}）是{kind}，不是团课，不能计入团课学时。"
    ),
    "lesson_meeting_no_hours": QT_TRANSLATE_NOOP(
        "Messages", "{date}的团课没有登记学时，请先在会议记录中填写本次团课的学时。"
    ),
    "lesson_meeting_added": QT_TRANSLATE_NOOP(
        "Messages", "{date}的团课已计入该申请人的团课学习，同一次团课只能计算一次。"
    ),
}

_PROBLEMS: dict[str, str] = {
    "recruit_nothing_to_notice": QT_TRANSLATE_NOOP(
        "Messages", "没有可公示的人员：请先记录“{step}”这一步。"
    ),
    "recruit_nothing_to_print": QT_TRANSLATE_NOOP("Messages", "没有符合条件的人员，无需打印。"),
    "recruit_bad_stage": QT_TRANSLATE_NOOP(
        "Messages", "不认识的阶段“{value}”：请写1–5或阶段名称（如“申请入团”）。"
    ),
}


# Who decides a step (core.recruitment_steps.Step.decided_by) and the deciding meetings' kinds.
_DECIDERS: dict[str, str] = {
    "申请人": QT_TRANSLATE_NOOP("Messages", "申请人"),
    "团支部": QT_TRANSLATE_NOOP("Messages", "团支部"),
    "上级团委": QT_TRANSLATE_NOOP("Messages", "上级团委"),
    _steps.GENERAL_MEETING: QT_TRANSLATE_NOOP("Messages", "支部大会"),
    _steps.COMMITTEE_MEETING: QT_TRANSLATE_NOOP("Messages", "支部委员会"),
    "支部委员会（未设支委会的由支部大会）": QT_TRANSLATE_NOOP(
        "Messages", "支部委员会（未设支委会的由支部大会）"
    ),
}


def decided_by(text: str) -> str:
    """Who decides a step, or a meeting kind, in the current language."""
    return tr(_DECIDERS[text]) if text in _DECIDERS else text


def step_name(code: str) -> str:
    return tr(_STEP_NAMES[code])


def stage_name(number: int) -> str:
    return tr(_STAGE_NAMES[number])


def applicant_status(status: str) -> str:
    return tr(_APPLICANT_STATUSES.get(status, status))


def notice_name(notice: int) -> str:
    return tr(_NOTICES[notice])


def applicant_issue_text(issue) -> str:  # type: ignore[no-untyped-def]
    """The sentence for a problem with an applicant's record (or a roster rule it breaks)."""
    from leaguedesk.messages import Facts
    from leaguedesk.messages.members import issue_text

    template = _APPLICANT_ISSUES.get(issue.code)
    if template is None:
        return issue_text(issue)
    facts = Facts({k: v for k, v in issue.params.items() if v is not None})
    if "status" in facts:
        facts["status"] = applicant_status(str(facts["status"]))
    if "kind" in facts:
        facts["kind"] = decided_by(str(facts["kind"]))
    return tr(template).format_map(facts)


def recruitment_error(error) -> str:  # type: ignore[no-untyped-def]
    """The sentence for a RecruitmentError (services.recruitment_records)."""
    from leaguedesk.messages import Facts

    facts = Facts({k: str(v) for k, v in error.params.items()})
    notice = error.params.get("notice")
    if notice in (1, 2, 3):
        facts["step"] = step_name(("activist", "candidate_notice", "new_member_notice")[notice - 1])
    return tr(_PROBLEMS[error.problem.value]).format_map(facts)


def step_field(name: str) -> str:
    """The label of a step field (or of the holiday calendar a next step is missing)."""
    return tr(_STEP_FIELDS.get(name, name))


def _word(key: str, value: object) -> str:
    if key == "step" and isinstance(value, str) and value in _steps.STEPS_BY_CODE:
        return tr(_ROLES[value]) if value in _ROLES else step_name(value)
    if key == "status" and isinstance(value, str) and value in _APPLICANT_STATUSES:
        return applicant_status(value)
    if key == "kind" and isinstance(value, str):
        return decided_by(value)
    if key == "allowed" and isinstance(value, list | tuple):
        return tr(QT_TRANSLATE_NOOP("Messages", "或")).join(decided_by(str(v)) for v in value)
    if key == "field" and isinstance(value, str):
        return step_field(value)
    if isinstance(value, list | tuple):
        return "或".join(str(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def recruitment_finding(finding: Finding) -> str:
    """The sentence a user reads for one finding of the recruitment checks."""
    params = {key: _word(key, value) for key, value in finding.params.items()}
    params.setdefault("name", "")
    if not params["name"] and "member_id" in params:
        params["name"] = tr(QT_TRANSLATE_NOOP("Messages", "所选人员"))
    return tr(_RECRUIT_FINDINGS[finding.code]).format(**params)


def unknown_holiday_year(error: UnknownYear) -> str:
    return tr(_RECRUIT_FINDINGS[FindingCode.CALENDAR_UNKNOWN_YEAR]).format(year=error.year)


def bad_holiday_overrides(error: BadOverrides) -> str:
    return tr(
        QT_TRANSLATE_NOOP("Messages", "节假日设置无法读取（{detail}），已按未设置处理。")
    ).format(detail=error.detail)


def development_number_problem(problem: NumberProblem, **params: object) -> str:
    facts = {"year": "", "number": "", "prefix": ""}
    facts.update({k: str(v) for k, v in params.items()})
    return tr(_NUMBER_PROBLEMS[problem]).format(**facts)

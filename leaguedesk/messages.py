"""Words for the codes the Qt-free layers raise, shared by the window and the command line.

Source texts are Simplified Chinese (the default language); ``i18n/*.ts`` translate them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from leaguedesk.core.fields import field_label
from leaguedesk.core.issues import Issue, Severity
from leaguedesk.core.organisation import BranchError, BranchProblem
from leaguedesk.storage.errors import LeagueFileError, Problem

_CONTEXT = "Messages"

_FILE_PROBLEMS: dict[Problem, str] = {
    Problem.NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "找不到团务文件“{path}”。请检查路径，或新建一个团务文件。"),
    Problem.EMPTY: QT_TRANSLATE_NOOP(
        "Messages", "“{path}”是一个空文件，不是团务文件。文件未作任何改动。请打开其他文件或从备份恢复。"),
    Problem.NOT_SQLITE: QT_TRANSLATE_NOOP(
        "Messages", "“{path}”不是团务文件（可能是文本或其他类型的文件）。文件未作任何改动。"),
    Problem.FOREIGN_SQLITE: QT_TRANSLATE_NOOP(
        "Messages", "“{path}”是其他软件的数据库，不是团务文件。文件未作任何改动。"),
    Problem.NEWER_VERSION: QT_TRANSLATE_NOOP(
        "Messages",
        "“{path}”由更新版本的团务通保存（文件格式 {version}，本程序只认识到 {known}）。"
        "请升级团务通后再打开。文件未作任何改动。"),
    Problem.DAMAGED: QT_TRANSLATE_NOOP(
        "Messages",
        "“{path}”已损坏（完整性检查未通过），为防止数据进一步丢失已拒绝打开。文件未作任何改动。"
        "请通过“文件 → 恢复备份”恢复最近的备份。"),
    Problem.IN_USE: QT_TRANSLATE_NOOP(
        "Messages",
        "“{path}”正在被使用（计算机：{host}，用户：{user}，自 {since} 起）。"
        "请先在那里关闭团务通，或打开其他文件。"),
    Problem.BUSY: QT_TRANSLATE_NOOP(
        "Messages", "“{path}”暂时被其他程序锁定，请稍后再试。"),
    Problem.READ_ONLY: QT_TRANSLATE_NOOP(
        "Messages",
        "无法写入“{path}”：文件或所在文件夹是只读的（如写保护的U盘）。请复制到可写的位置后再打开。"),
    Problem.DISK_FULL: QT_TRANSLATE_NOOP(
        "Messages", "磁盘已满，无法保存到“{path}”。请清理磁盘空间后重试，已保存的数据未受影响。"),
    Problem.CANNOT_OPEN: QT_TRANSLATE_NOOP(
        "Messages", "无法打开“{path}”：{detail}。请检查文件是否存在以及是否有访问权限。"),
    Problem.ALREADY_EXISTS: QT_TRANSLATE_NOOP(
        "Messages", "“{path}”已经存在。请换一个文件名，或直接打开它。"),
    Problem.BACKUP_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "找不到备份文件“{path}”。"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def file_error(error: LeagueFileError) -> str:
    """The sentence a user reads for a league-file problem."""
    facts = {"host": "?", "user": "?", "since": "?", "detail": "", "version": "?", "known": "?"}
    facts.update({k: v for k, v in error.facts.items() if v not in (None, "")})
    return tr(_FILE_PROBLEMS[error.problem]).format(path=error.path, **facts)


_BRANCH_PROBLEMS: dict[BranchProblem, str] = {
    BranchProblem.NAME_EMPTY: QT_TRANSLATE_NOOP("Messages", "支部名称不能为空。"),
    BranchProblem.NAME_TAKEN: QT_TRANSLATE_NOOP("Messages", "已有名为“{name}”的支部，请换一个名称。"),
    BranchProblem.NOT_FOUND: QT_TRANSLATE_NOOP(
        "Messages", "找不到支部“{name}”。可用 leaguedesk info 查看本文件中的支部。"),
}


def branch_error(error: BranchError) -> str:
    return tr(_BRANCH_PROBLEMS[error.problem]).format(name=error.name)


# ---------------------------------------------------------------------------------- member issues
# One text per Issue code from core.validation, core.lifecycle and services.members. {label} is
# the field's national label; other names are the issue's params. ".warning" texts are used when
# the same code is only a warning (records from before the rule applied).

_ISSUES: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Messages", "请填写{label}。"),
    "required_hint": QT_TRANSLATE_NOOP("Messages", "请填写{label}（{hint}）。"),
    "choice_invalid": QT_TRANSLATE_NOOP(
        "Messages", "{label}“{value}”不在可选范围内，请从列表中选择。"),
    "date_format": QT_TRANSLATE_NOOP(
        "Messages", "{label}“{value}”不是有效的日期，请按{pattern}填写。"),
    "date_future": QT_TRANSLATE_NOOP(
        "Messages", "{label}“{value}”晚于今天（{today}），请核对。"),
    "id_empty": QT_TRANSLATE_NOOP("Messages", "请填写{label}。"),
    "id_length": QT_TRANSLATE_NOOP(
        "Messages", "{label}应为18位，现为{length}位，请核对证件。"),
    "id_characters": QT_TRANSLATE_NOOP(
        "Messages", "{label}只能是17位数字加1位数字或X，请核对证件。"),
    "id_birth_date": QT_TRANSLATE_NOOP(
        "Messages", "{label}中的出生日期（第7–14位）不是有效日期，请核对证件。"),
    "id_check_digit": QT_TRANSLATE_NOOP(
        "Messages", "{label}校验位错误：按前17位计算应为 {expected}，请核对证件。"),
    "birth_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "{label}与公民身份号码不符：证件显示为 {expected}，请改正其中之一。"),
    "sex_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "{label}与公民身份号码不符：证件显示为“{expected}”，请改正其中之一。"),
    "join_before_birth": QT_TRANSLATE_NOOP(
        "Messages", "{label}早于出生日期（{birth}），请核对。"),
    "age_at_join": QT_TRANSLATE_NOOP(
        "Messages",
        "入团时年龄为{age}周岁，不在{min}–{max}周岁之间。请核对{label}和出生日期。"),
    "age_at_join.warning": QT_TRANSLATE_NOOP(
        "Messages",
        "入团时年龄为{age}周岁，不在{min}–{max}周岁之间（{strict_from}年前入团，仅作提示）。"
        "请核对{label}和出生日期。"),
    "development_no_missing": QT_TRANSLATE_NOOP(
        "Messages", "{since}年起入团的团员必须填写{label}（{length}位数字，前4位为入团年份）。"),
    "development_no_format": QT_TRANSLATE_NOOP(
        "Messages", "{label}应为{length}位数字，现为{given_length}位或含有非数字字符，请核对。"),
    "development_no_format.warning": QT_TRANSLATE_NOOP(
        "Messages",
        "{label}应为{length}位数字，现为{given_length}位或含有非数字字符（仅作提示）。"),
    "development_no_year": QT_TRANSLATE_NOOP(
        "Messages", "{label}前4位应为入团年份 {expected}，现为 {given}。请核对编号或入团年月。"),
    "development_no_year.warning": QT_TRANSLATE_NOOP(
        "Messages", "{label}前4位应为入团年份 {expected}，现为 {given}（仅作提示）。"),
    "development_no_duplicate": QT_TRANSLATE_NOOP(
        "Messages", "{label}已被“{branch}”的 {name} 使用，编号不能重复，请核对。"),
    "phone_length": QT_TRANSLATE_NOOP(
        "Messages", "{label}应为{expected}位数字，现为{length}位，请核对。"),
    "phone_prefix": QT_TRANSLATE_NOOP(
        "Messages", "{label}“{value}”不像大陆手机号码（应以13–19开头），请核对。"),
    "email_format": QT_TRANSLATE_NOOP(
        "Messages", "{label}“{value}”格式不对，应类似 name@example.com。"),
    "party_joined_missing": QT_TRANSLATE_NOOP(
        "Messages", "政治面貌为{status}，请填写{label}。"),
    "party_joined_unexpected": QT_TRANSLATE_NOOP(
        "Messages", "填写了{label}，但政治面貌为共青团员。请核对政治面貌。"),
    "post_since_without_post": QT_TRANSLATE_NOOP(
        "Messages", "填写了{label}，但没有团内职务。请补填团内职务或清空此项。"),
    "post_before_join": QT_TRANSLATE_NOOP(
        "Messages", "{label}早于入团年月（{joined_on}），请核对。"),
    "id_duplicate": QT_TRANSLATE_NOOP(
        "Messages",
        "{label}与“{branch}”的 {name}（{status}）相同。同一人只需录入一次，请核对证件。"),
    "id_in_other_branch": QT_TRANSLATE_NOOP(
        "Messages",
        "此人已在“{branch}”登记（{name}，{status}）。同一人只能在一个支部在册："
        "如是组织关系转接，请在原记录上办理转出和转入，不要重复录入。"),
    "group_other_branch": QT_TRANSLATE_NOOP(
        "Messages", "所选{label}不属于该支部，请重新选择。"),
    "group_name_taken": QT_TRANSLATE_NOOP(
        "Messages", "本支部已有名为“{name}”的团小组，请换一个名称。"),
    "status_transition": QT_TRANSLATE_NOOP(
        "Messages", "团籍状态为“{current}”的团员不能办理“{event}”。"),
    "status_use_discipline": QT_TRANSLATE_NOOP(
        "Messages", "开除团籍是团内处分，请通过“处分”登记，并写明决定会议和批准机关。"),
    "before_join": QT_TRANSLATE_NOOP(
        "Messages", "{label}早于入团年月（{joined_on}），请核对。"),
    "age_out_too_early": QT_TRANSLATE_NOOP(
        "Messages", "该团员 {birthday} 才年满{age}周岁，{label}不能早于这一天。"),
    "discipline_not_member": QT_TRANSLATE_NOOP(
        "Messages", "团籍状态为“{status}”，已不在册，不能再给予处分。"),
    "discipline_no_post": QT_TRANSLATE_NOOP(
        "Messages", "该团员没有团内职务，不能给予“撤销团内职务”处分。"),
    "discipline_lift_expelled": QT_TRANSLATE_NOOP(
        "Messages", "开除团籍不能解除；如需恢复团籍，须重新履行入团手续。"),
    "discipline_already_lifted": QT_TRANSLATE_NOOP(
        "Messages", "该处分已于 {lifted_on} 解除。"),
    "lift_before_decision": QT_TRANSLATE_NOOP(
        "Messages", "{label}不能早于处分日期（{decided_on}）。"),
    "delete_confirm_name": QT_TRANSLATE_NOOP(
        "Messages",
        "请输入该团员的姓名“{name}”以确认删除。删除后无法恢复；团员离团请改用“离团/转出”。"),
}

_DATE_PATTERNS = {
    True: QT_TRANSLATE_NOOP("Messages", "“年-月”（如 2019-09）"),
    False: QT_TRANSLATE_NOOP("Messages", "“年-月-日”（如 2005-09-01）"),
}


class _Facts(dict):
    def __missing__(self, key: str) -> str:
        return "?"


def issue_text(issue: Issue) -> str:
    """The sentence for one validation issue: names the field and says how to fix it."""
    code = issue.code
    if code == "required" and issue.params.get("hint"):
        code = "required_hint"
    if issue.severity is Severity.WARNING and f"{code}.warning" in _ISSUES:
        code = f"{code}.warning"
    template = _ISSUES.get(code)
    if template is None:
        return f"{field_label(issue.field)}：{issue.code}"
    facts = _Facts({k: v for k, v in issue.params.items() if v is not None})
    facts["label"] = field_label(issue.field) if issue.field else ""
    facts["pattern"] = tr(_DATE_PATTERNS[bool(issue.params.get("month"))])
    return tr(template).format_map(facts)


def issues_text(issues: list[Issue]) -> str:
    """Several issues, one per line, errors first."""
    ordered = sorted(issues, key=lambda i: i.severity is not Severity.ERROR)
    return "\n".join(issue_text(i) for i in ordered)
# Recruitment (发展团员): findings of the step checks, holiday calendar, 发展团员编号 ----------------

from leaguedesk.core import recruitment_steps as _steps  # noqa: E402
from leaguedesk.core.devnumber import NumberProblem  # noqa: E402
from leaguedesk.core.recruitment_findings import Finding, FindingCode  # noqa: E402
from leaguedesk.core.workdays import BadOverrides, UnknownYear  # noqa: E402

_RECRUIT_FINDINGS: dict[FindingCode, str] = {
    FindingCode.FIELD_MISSING: QT_TRANSLATE_NOOP("Messages", "请填写{field}。"),
    FindingCode.PREVIOUS_STEP_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "上一步“{step}”尚未完成，不能跳过。"),
    FindingCode.DATE_BEFORE_PREVIOUS: QT_TRANSLATE_NOOP(
        "Messages", "日期早于上一步“{step}”（{previous_date}），请按顺序填写日期。"),
    FindingCode.DATE_AFTER_NEXT: QT_TRANSLATE_NOOP(
        "Messages", "日期晚于已记录的下一步“{step}”（{next_date}），请先核对下一步的日期。"),
    FindingCode.NOTICE_NOT_OVER: QT_TRANSLATE_NOOP(
        "Messages",
        "“{step}”的公示期为{start}至{end}，公示期满后（最早{earliest}）才能进行这一步。"),
    FindingCode.NOTICE_OVERLAPS_NEXT: QT_TRANSLATE_NOOP(
        "Messages", "按此日期公示期到{end}才结束，而下一步“{step}”已记录在{next_date}。"),
    FindingCode.NOTICE_BEFORE_DECISION: QT_TRANSLATE_NOOP(
        "Messages", "公示开始日期（{notice_start}）不能早于支委会决定日期（{date}）。"),
    FindingCode.CALENDAR_UNKNOWN_YEAR: QT_TRANSLATE_NOOP(
        "Messages",
        "没有{year}年的法定节假日安排，无法按工作日计算公示期。"
        "请在“设置 → 节假日”中录入{year}年的放假和调休上班日期，或选择只按周末计算。"),
    FindingCode.CALENDAR_WEEKENDS_ONLY: QT_TRANSLATE_NOOP(
        "Messages", "没有{year}年的法定节假日安排，公示期暂按周末计算，可能与实际放假安排不符。"),
    FindingCode.AGE_TOO_YOUNG: QT_TRANSLATE_NOOP(
        "Messages", "申请日（{date}）申请人{age}周岁，未满{min_age}周岁，不能申请入团。"),
    FindingCode.AGE_TOO_OLD: QT_TRANSLATE_NOOP(
        "Messages", "申请日（{date}）申请人已满{age}周岁，超过{max_age}周岁，不能申请入团。"),
    FindingCode.TALK_LATE: QT_TRANSLATE_NOOP(
        "Messages", "谈话应在{due}前进行，已晚{days_late}天。请注明原因。"),
    FindingCode.MEETING_UNKNOWN: QT_TRANSLATE_NOOP(
        "Messages", "找不到所选会议的记录，请先记录这次会议。"),
    FindingCode.MEETING_WRONG_KIND: QT_TRANSLATE_NOOP(
        "Messages", "这一步应由{allowed}决定，所选会议是{kind}。"),
    FindingCode.MEETING_DATE_MISMATCH: QT_TRANSLATE_NOOP(
        "Messages", "所选会议的日期是{meeting_date}，与这一步的日期（{date}）不一致。"),
    FindingCode.CONTACTS_COUNT: QT_TRANSLATE_NOOP(
        "Messages", "培养联系人应为{min}至{max}名，现为{count}名。"),
    FindingCode.INTRODUCERS_COUNT: QT_TRANSLATE_NOOP(
        "Messages", "入团介绍人应为{required}名，现为{count}名。"),
    FindingCode.PERSON_REPEATED: QT_TRANSLATE_NOOP("Messages", "{name}被重复选择。"),
    FindingCode.PERSON_UNKNOWN: QT_TRANSLATE_NOOP(
        "Messages", "“{step}”中有一名人员不在团员名册中。"),
    FindingCode.PERSON_NOT_IN_BRANCH: QT_TRANSLATE_NOOP(
        "Messages", "{name}不是本支部团员，不能担任{step}。"),
    FindingCode.PERSON_NOT_ACTIVE: QT_TRANSLATE_NOOP(
        "Messages", "{name}的团籍状态为“{status}”，不能担任{step}。"),
    FindingCode.PERSON_ON_PROBATION: QT_TRANSLATE_NOOP(
        "Messages", "{name}正受留团察看处分，不能担任{step}。"),
    FindingCode.PERSON_REGISTRATION_DEFERRED: QT_TRANSLATE_NOOP(
        "Messages", "{name}被暂缓注册，不能担任{step}。"),
    FindingCode.SAME_INTRODUCERS_FOR_BATCH: QT_TRANSLATE_NOOP(
        "Messages", "本批{count}名发展对象的入团介绍人是同样的两人，应尽量避免。请注明原因。"),
    FindingCode.TUANKE_HOURS_SHORT: QT_TRANSLATE_NOOP(
        "Messages", "团课学习共{hours}学时，不足{required}学时。"),
    FindingCode.CULTIVATION_TOO_SHORT: QT_TRANSLATE_NOOP(
        "Messages",
        "自确定为入团积极分子（{start}）起培养考察不足{months}个月，最早{earliest}可确定为发展对象。"),
    FindingCode.OPINIONS_BEFORE_FORM: QT_TRANSLATE_NOOP(
        "Messages", "介绍人意见日期（{opinion_date}）不能早于填写志愿书的日期（{date}）。"),
    FindingCode.QUORUM_NOT_MET: QT_TRANSLATE_NOOP(
        "Messages",
        "应到有表决权的团员{expected}人，实到{present}人，未超过半数（至少需{needed}人），"
        "支部大会不能讨论发展团员。"),
    FindingCode.VOTE_NOT_SEPARATE: QT_TRANSLATE_NOOP(
        "Messages", "发展对象须逐个讨论、逐个表决，不能合并表决。"),
    FindingCode.BALLOT_EXCEEDS_PRESENT: QT_TRANSLATE_NOOP(
        "Messages", "赞成、反对、弃权共{cast}票，多于实到人数{present}人。"),
    FindingCode.VOTE_NOT_PASSED: QT_TRANSLATE_NOOP(
        "Messages", "赞成{yes}票，未超过实到{present}人的半数（至少需{needed}票），未获通过。"),
    FindingCode.APPROVAL_LATE: QT_TRANSLATE_NOOP(
        "Messages", "上级团委审批应在{due}前完成，已晚{days_late}天。请注明原因。"),
    FindingCode.ARCHIVE_LATE: QT_TRANSLATE_NOOP(
        "Messages", "入团志愿书应在{due}前录入智慧团建，已晚{days_late}天。请注明原因。"),
    FindingCode.QUOTA_REACHED: QT_TRANSLATE_NOOP(
        "Messages", "本支部{year}年发展名额为{quota}名，已发展{admitted}名，名额已用完。"),
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
        "Messages", "{year}年以{prefix}开头的发展团员编号已全部用完。"),
}


# The role of the people a step records, as in "不能担任培养联系人".
_ROLES: dict[str, str] = {
    "talk": QT_TRANSLATE_NOOP("Messages", "谈话人"),
    "contacts": QT_TRANSLATE_NOOP("Messages", "培养联系人"),
    "introducers": QT_TRANSLATE_NOOP("Messages", "入团介绍人"),
}


def step_field(name: str) -> str:
    """The label of a step field (or of the holiday calendar a next step is missing)."""
    return tr(_STEP_FIELDS.get(name, name))


def _word(key: str, value: object) -> str:
    if key == "step" and isinstance(value, str) and value in _steps.STEPS_BY_CODE:
        return tr(_ROLES[value]) if value in _ROLES else _steps.STEPS_BY_CODE[value].name
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
    return tr(QT_TRANSLATE_NOOP(
        "Messages", "节假日设置无法读取（{detail}），已按未设置处理。")).format(detail=error.detail)


def development_number_problem(problem: NumberProblem, **params: object) -> str:
    facts = {"year": "", "number": "", "prefix": ""}
    facts.update({k: str(v) for k, v in params.items()})
    return tr(_NUMBER_PROBLEMS[problem]).format(**facts)
# --- Printing and meetings -------------------------------------------------------------------

from leaguedesk.core.meetings import MeetingError, MeetingProblem  # noqa: E402
from leaguedesk.printing.errors import PrintError, PrintProblem  # noqa: E402

_PRINT_PROBLEMS: dict[PrintProblem, str] = {
    PrintProblem.NO_CJK_FONT: QT_TRANSLATE_NOOP(
        "Messages",
        "找不到可用于打印的中文字体。请重新安装团务通，或安装微软雅黑、宋体或文泉驿字体后重试。"),
    PrintProblem.CANNOT_WRITE: QT_TRANSLATE_NOOP(
        "Messages", "无法保存到“{path}”：{reason}。"),
    PrintProblem.NO_DATES: QT_TRANSLATE_NOOP("Messages", "请至少指定一个日期。"),
    PrintProblem.BAD_DATE: QT_TRANSLATE_NOOP(
        "Messages", "无法识别日期或时间“{value}”。日期请写成 2026-12-01，时间请写成 19:00。"),
}

_WRITE_REASONS: dict[str, str] = {
    "no_folder": QT_TRANSLATE_NOOP("Messages", "所在文件夹不存在"),
    "denied": QT_TRANSLATE_NOOP(
        "Messages", "没有写入权限，或文件正被其他程序（如PDF阅读器）打开，请关闭后重试"),
    "read_only": QT_TRANSLATE_NOOP("Messages", "该位置是只读的（如写保护的U盘）"),
    "disk_full": QT_TRANSLATE_NOOP("Messages", "磁盘已满"),
    "is_folder": QT_TRANSLATE_NOOP("Messages", "这是一个文件夹，请指定文件名（如 签到表.pdf）"),
    "other": QT_TRANSLATE_NOOP("Messages", "{detail}"),
}

_MEETING_PROBLEMS: dict[MeetingProblem, str] = {
    MeetingProblem.UNKNOWN_KIND: QT_TRANSLATE_NOOP(
        "Messages", "没有“{value}”这种会议类型。可选：{known}。"),
    MeetingProblem.UNKNOWN_ORDER: QT_TRANSLATE_NOOP(
        "Messages", "排列顺序“{value}”无效：可选 pinyin（按姓名拼音）或 group（按团小组）。"),
    MeetingProblem.GROUP_REQUIRED: QT_TRANSLATE_NOOP(
        "Messages", "{kind}需要指定团小组（命令行用 --group 团小组名称）。"),
    MeetingProblem.GROUP_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Messages", "本支部没有名为“{value}”的团小组。"),
}


def print_error(error: PrintError) -> str:
    """The sentence a user reads when a form cannot be printed."""
    facts = {"path": "?", "value": "?", "detail": ""}
    facts.update({k: str(v) for k, v in error.facts.items() if v not in (None, "")})
    reason = _WRITE_REASONS.get(facts.get("reason", "other"), _WRITE_REASONS["other"])
    facts["reason"] = tr(reason).format(**facts)
    return tr(_PRINT_PROBLEMS[error.problem]).format(**facts)


def meeting_error(error: MeetingError) -> str:
    facts = {"value": "?", "known": "", "kind": ""}
    facts.update({k: str(v) for k, v in error.facts.items() if v not in (None, "")})
    return tr(_MEETING_PROBLEMS[error.problem]).format(**facts)

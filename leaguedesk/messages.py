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

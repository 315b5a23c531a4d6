"""Words for member validation issues: each names the field and says how to fix it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from leaguedesk.core.fields import field_label
from leaguedesk.core.issues import Issue, Severity
from leaguedesk.messages import Facts, tr

# ---------------------------------------------------------------------------------- member issues
# One text per Issue code from core.validation, core.lifecycle and services.members. {label} is
# the field's national label; other names are the issue's params. ".warning" texts are used when
# the same code is only a warning (records from before the rule applied).

_ISSUES: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Messages", "请填写{label}。"),
    "required_hint": QT_TRANSLATE_NOOP("Messages", "请填写{label}（{hint}）。"),
    "choice_invalid": QT_TRANSLATE_NOOP(
        "Messages", "{label}“{value}”不在可选范围内，请从列表中选择。"
    ),
    "date_format": QT_TRANSLATE_NOOP(
        "Messages", "{label}“{value}”不是有效的日期，请按{pattern}填写。"
    ),
    "date_future": QT_TRANSLATE_NOOP("Messages", "{label}“{value}”晚于今天（{today}），请核对。"),
    "id_empty": QT_TRANSLATE_NOOP("Messages", "请填写{label}。"),
    "id_length": QT_TRANSLATE_NOOP("Messages", "{label}应为18位，现为{length}位，请核对证件。"),
    "id_characters": QT_TRANSLATE_NOOP(
        "Messages", "{label}只能是17位数字加1位数字或X，请核对证件。"
    ),
    "id_birth_date": QT_TRANSLATE_NOOP(
        "Messages", "{label}中的出生日期（第7–14位）不是有效日期，请核对证件。"
    ),
    "id_check_digit": QT_TRANSLATE_NOOP(
        "Messages", "{label}校验位错误：按前17位计算应为 {expected}，请核对证件。"
    ),
    "birth_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "{label}与公民身份号码不符：证件显示为 {expected}，请改正其中之一。"
    ),
    "sex_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "{label}与公民身份号码不符：证件显示为“{expected}”，请改正其中之一。"
    ),
    "join_before_birth": QT_TRANSLATE_NOOP("Messages", "{label}早于出生日期（{birth}），请核对。"),
    "age_at_join": QT_TRANSLATE_NOOP(
        "Messages", "入团时年龄为{age}周岁，不在{min}–{max}周岁之间。请核对{label}和出生日期。"
    ),
    "age_at_join.warning": QT_TRANSLATE_NOOP(
        "Messages",
        "入团时年龄为{age}周岁，不在{min}–{max}周岁之间（{strict_from}年前入团，仅作提示）。"
        "请核对{label}和出生日期。",
    ),
    "development_no_missing": QT_TRANSLATE_NOOP(
        "Messages", "{since}年起入团的团员必须填写{label}（{length}位数字，前4位为入团年份）。"
    ),
    "development_no_format": QT_TRANSLATE_NOOP(
        "Messages", "{label}应为{length}位数字，现为{given_length}位或含有非数字字符，请核对。"
    ),
    "development_no_format.warning": QT_TRANSLATE_NOOP(
        "Messages", "{label}应为{length}位数字，现为{given_length}位或含有非数字字符（仅作提示）。"
    ),
    "development_no_year": QT_TRANSLATE_NOOP(
        "Messages", "{label}前4位应为入团年份 {expected}，现为 {given}。请核对编号或入团年月。"
    ),
    "development_no_year.warning": QT_TRANSLATE_NOOP(
        "Messages", "{label}前4位应为入团年份 {expected}，现为 {given}（仅作提示）。"
    ),
    "development_no_duplicate": QT_TRANSLATE_NOOP(
        "Messages", "{label}已被“{branch}”的 {name} 使用，编号不能重复，请核对。"
    ),
    "phone_length": QT_TRANSLATE_NOOP(
        "Messages", "{label}应为{expected}位数字，现为{length}位，请核对。"
    ),
    "phone_prefix": QT_TRANSLATE_NOOP(
        "Messages", "{label}“{value}”不像大陆手机号码（应以13–19开头），请核对。"
    ),
    "email_format": QT_TRANSLATE_NOOP(
        "Messages", "{label}“{value}”格式不对，应类似 name@example.com。"
    ),
    "party_joined_missing": QT_TRANSLATE_NOOP("Messages", "政治面貌为{status}，请填写{label}。"),
    "party_joined_unexpected": QT_TRANSLATE_NOOP(
        "Messages", "填写了{label}，但政治面貌为共青团员。请核对政治面貌。"
    ),
    "post_since_without_post": QT_TRANSLATE_NOOP(
        "Messages", "填写了{label}，但没有团内职务。请补填团内职务或清空此项。"
    ),
    "post_before_join": QT_TRANSLATE_NOOP(
        "Messages", "{label}早于入团年月（{joined_on}），请核对。"
    ),
    "id_duplicate": QT_TRANSLATE_NOOP(
        "Messages", "{label}与“{branch}”的 {name}（{status}）相同。同一人只需录入一次，请核对证件。"
    ),
    "id_in_other_branch": QT_TRANSLATE_NOOP(
        "Messages",
        "此人已在“{branch}”登记（{name}，{status}）。同一人只能在一个支部在册："
        "如是组织关系转接，请在原记录上办理转出和转入，不要重复录入。",
    ),
    "group_other_branch": QT_TRANSLATE_NOOP("Messages", "所选{label}不属于该支部，请重新选择。"),
    "group_name_taken": QT_TRANSLATE_NOOP(
        "Messages", "本支部已有名为“{name}”的团小组，请换一个名称。"
    ),
    "status_transition": QT_TRANSLATE_NOOP(
        "Messages", "团籍状态为“{current}”的团员不能办理“{event}”。"
    ),
    "status_use_discipline": QT_TRANSLATE_NOOP(
        "Messages", "开除团籍是团内处分，请通过“处分”登记，并写明决定会议和批准机关。"
    ),
    "before_join": QT_TRANSLATE_NOOP("Messages", "{label}早于入团年月（{joined_on}），请核对。"),
    "age_out_too_early": QT_TRANSLATE_NOOP(
        "Messages", "该团员 {birthday} 才年满{age}周岁，{label}不能早于这一天。"
    ),
    "discipline_not_member": QT_TRANSLATE_NOOP(
        "Messages", "团籍状态为“{status}”，已不在册，不能再给予处分。"
    ),
    "discipline_no_post": QT_TRANSLATE_NOOP(
        "Messages", "该团员没有团内职务，不能给予“撤销团内职务”处分。"
    ),
    "discipline_lift_expelled": QT_TRANSLATE_NOOP(
        "Messages", "开除团籍不能解除；如需恢复团籍，须重新履行入团手续。"
    ),
    "discipline_already_lifted": QT_TRANSLATE_NOOP("Messages", "该处分已于 {lifted_on} 解除。"),
    "lift_before_decision": QT_TRANSLATE_NOOP(
        "Messages", "{label}不能早于处分日期（{decided_on}）。"
    ),
    "delete_confirm_name": QT_TRANSLATE_NOOP(
        "Messages",
        "请输入该团员的姓名“{name}”以确认删除。删除后无法恢复；团员离团请改用“离团/转出”。",
    ),
}

_DATE_PATTERNS = {
    True: QT_TRANSLATE_NOOP("Messages", "“年-月”（如 2019-09）"),
    False: QT_TRANSLATE_NOOP("Messages", "“年-月-日”（如 2005-09-01）"),
}


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
    facts = Facts({k: v for k, v in issue.params.items() if v is not None})
    facts["label"] = field_label(issue.field) if issue.field else ""
    facts["pattern"] = tr(_DATE_PATTERNS[bool(issue.params.get("month"))])
    return tr(template).format_map(facts)


def issues_text(issues: list[Issue]) -> str:
    """Several issues, one per line, errors first."""
    ordered = sorted(issues, key=lambda i: i.severity is not Severity.ERROR)
    return "\n".join(issue_text(i) for i in ordered)


# Roster alerts (services.alerts): the window's list and ``leaguedesk members alerts`` ---------

_ALERTS = {
    "turning_28": QT_TRANSLATE_NOOP("Messages", "将于{birthday}年满28周岁（还有{days_left}天）"),
    "turning_28_overdue": QT_TRANSLATE_NOOP(
        "Messages", "已于{birthday}年满28周岁，未担任团内职务，应办理超龄离团"
    ),
    "no_registration": QT_TRANSLATE_NOOP("Messages", "超过15个月未团籍注册（最近：{last}）"),
    "inactive": QT_TRANSLATE_NOOP("Messages", "近6个月未参加组织生活（缺席{missed}次）"),
}
_NEVER_REGISTERED = QT_TRANSLATE_NOOP("Messages", "从未注册")


def alert_text(kind: str, detail: dict) -> str:
    """What one roster alert asks the secretary to look at (without the member's name)."""
    facts = Facts(detail)
    if kind == "no_registration" and not detail.get("last"):
        facts["last"] = tr(_NEVER_REGISTERED)
    key = "turning_28_overdue" if kind == "turning_28" and detail.get("overdue") else kind
    return tr(_ALERTS[key]).format_map(facts) if key in _ALERTS else ""

"""How the window shows validation issues: their words, whether they block, and their colours."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from leaguedesk import messages
from leaguedesk.core.fields import FIELDS_BY_KEY

ERROR_COLOUR = QColor("#b3261e")
WARNING_COLOUR = QColor("#9a6700")
WARNING_BACKGROUND = QColor("#fff4d6")

# Used only when messages has no text for an issue code.
_FALLBACK = {
    "required": QT_TRANSLATE_NOOP("Issues", "请填写{label}。"),
    "date_format": QT_TRANSLATE_NOOP(
        "Issues", "{label}“{value}”不是有效的日期，请按“年-月-日”或“年-月”填写。"),
    "date_future": QT_TRANSLATE_NOOP("Issues", "{label}晚于今天，请核对。"),
    "id_length": QT_TRANSLATE_NOOP("Issues", "{label}应为18位，请核对证件。"),
    "id_characters": QT_TRANSLATE_NOOP(
        "Issues", "{label}只能是17位数字加1位数字或X，请核对证件。"),
    "id_birth_date": QT_TRANSLATE_NOOP(
        "Issues", "{label}中的出生日期不是有效日期，请核对证件。"),
    "id_check_digit": QT_TRANSLATE_NOOP(
        "Issues", "{label}校验位错误：按前17位计算应为 {expected}，请核对证件。"),
    "birth_mismatch": QT_TRANSLATE_NOOP(
        "Issues", "{label}与公民身份号码不符：证件显示为 {expected}。"),
    "sex_mismatch": QT_TRANSLATE_NOOP(
        "Issues", "{label}与公民身份号码不符：证件显示为“{expected}”。"),
    "phone_length": QT_TRANSLATE_NOOP("Issues", "{label}应为11位数字的手机号码，请核对。"),
    "age_at_join": QT_TRANSLATE_NOOP(
        "Issues", "入团时年龄为{age}周岁，不在14–28周岁之间，请核对{label}和出生日期。"),
    "id_duplicate": QT_TRANSLATE_NOOP(
        "Issues", "{label}与“{branch}”的 {name} 相同，同一人只需录入一次。"),
    "status_transition": QT_TRANSLATE_NOOP(
        "Issues", "团籍状态为“{current}”的团员不能办理“{event}”。"),
    "delete_confirm_name": QT_TRANSLATE_NOOP(
        "Issues", "请输入该团员的姓名“{name}”以确认删除。"),
}
_FORM_LABELS = {
    "effective_on": QT_TRANSLATE_NOOP("Issues", "生效日期"),
    "reason": QT_TRANSLATE_NOOP("Issues", "原因"),
    "decided_by": QT_TRANSLATE_NOOP("Issues", "决定会议或批准机关"),
    "destination": QT_TRANSLATE_NOOP("Issues", "转往组织"),
    "status": QT_TRANSLATE_NOOP("Issues", "团籍状态"),
}


class _Facts(dict):
    def __missing__(self, key: str) -> str:
        return "?"


def is_error(issue: Any) -> bool:
    """Errors block saving; everything else is a warning saved with a mark."""
    return str(issue.severity).lower().endswith("error")


def field_label(key: str) -> str:
    if key in FIELDS_BY_KEY:
        return FIELDS_BY_KEY[key].label
    if key in _FORM_LABELS:
        return QCoreApplication.translate("Issues", _FORM_LABELS[key])
    return key


def issue_text(issue: Any) -> str:
    """The sentence for one issue, naming the field and the fix."""
    words = getattr(messages, "issue_text", None)
    if words is not None:
        return str(words(issue))
    template = _FALLBACK.get(issue.code)
    label = field_label(issue.field) if issue.field else ""
    if template is None:
        return f"{label}：{issue.code}" if label else issue.code
    facts = _Facts({k: v for k, v in dict(issue.params).items() if v is not None})
    facts["label"] = label
    return QCoreApplication.translate("Issues", template).format_map(facts)

"""Words for printing and meeting problems."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from leaguedesk.core.meetings import MeetingError, MeetingProblem
from leaguedesk.messages import tr
from leaguedesk.printing.errors import PrintError, PrintProblem

# --- Printing and meetings -------------------------------------------------------------------


_PRINT_PROBLEMS: dict[PrintProblem, str] = {
    PrintProblem.NO_CJK_FONT: QT_TRANSLATE_NOOP(
        "Messages",
        "找不到可用于打印的中文字体。请重新安装团务通，或安装微软雅黑、宋体或文泉驿字体后重试。",
    ),
    PrintProblem.CANNOT_WRITE: QT_TRANSLATE_NOOP("Messages", "无法保存到“{path}”：{reason}。"),
    PrintProblem.NO_DATES: QT_TRANSLATE_NOOP("Messages", "请至少指定一个日期。"),
    PrintProblem.BAD_DATE: QT_TRANSLATE_NOOP(
        "Messages", "无法识别日期或时间“{value}”。日期请写成 2026-12-01，时间请写成 19:00。"
    ),
}

_WRITE_REASONS: dict[str, str] = {
    "no_folder": QT_TRANSLATE_NOOP("Messages", "所在文件夹不存在"),
    "denied": QT_TRANSLATE_NOOP(
        "Messages", "没有写入权限，或文件正被其他程序（如PDF阅读器、Excel、WPS）打开，请关闭后重试"
    ),
    "read_only": QT_TRANSLATE_NOOP("Messages", "该位置是只读的（如写保护的U盘）"),
    "disk_full": QT_TRANSLATE_NOOP("Messages", "磁盘已满"),
    "is_folder": QT_TRANSLATE_NOOP("Messages", "这是一个文件夹，请指定文件名（如 签到表.pdf）"),
    "other": QT_TRANSLATE_NOOP("Messages", "{detail}"),
}

_MEETING_PROBLEMS: dict[MeetingProblem, str] = {
    MeetingProblem.UNKNOWN_KIND: QT_TRANSLATE_NOOP(
        "Messages", "没有“{value}”这种会议类型。可选：{known}。"
    ),
    MeetingProblem.UNKNOWN_ORDER: QT_TRANSLATE_NOOP(
        "Messages", "排列顺序“{value}”无效：可选 pinyin（按姓名拼音）或 group（按团小组）。"
    ),
    MeetingProblem.GROUP_REQUIRED: QT_TRANSLATE_NOOP(
        "Messages", "{kind}需要指定团小组（命令行用 --group 团小组名称）。"
    ),
    MeetingProblem.GROUP_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Messages", "本支部没有名为“{value}”的团小组。"
    ),
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


# --- The 打印 page ----------------------------------------------------------------------------

UNEXPECTED_PDF = QT_TRANSLATE_NOOP(
    "Messages", "生成PDF时出现意外错误（{detail}）。请重试；如果问题仍然存在，请联系技术支持。"
)

"""Display names for the meeting values the window shows: kinds, attendance, resolution kinds,
calendar periods and cell states.

The values are Chinese domain terms from Qt-free modules; naming each literally here lets
lupdate find them (context ``Labels``) and ``gui.labels.label()`` translate them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

VALUES: tuple[str, ...] = (
    # MeetingKind
    QT_TRANSLATE_NOOP("Labels", "支部大会"),
    QT_TRANSLATE_NOOP("Labels", "支部委员会"),
    QT_TRANSLATE_NOOP("Labels", "团小组会"),
    QT_TRANSLATE_NOOP("Labels", "团课"),
    QT_TRANSLATE_NOOP("Labels", "主题团日"),
    QT_TRANSLATE_NOOP("Labels", "组织生活会"),
    QT_TRANSLATE_NOOP("Labels", "其他"),
    # AttendanceStatus
    QT_TRANSLATE_NOOP("Labels", "出席"),
    QT_TRANSLATE_NOOP("Labels", "迟到"),
    QT_TRANSLATE_NOOP("Labels", "事假"),
    QT_TRANSLATE_NOOP("Labels", "病假"),
    QT_TRANSLATE_NOOP("Labels", "公假"),
    QT_TRANSLATE_NOOP("Labels", "无故缺席"),
    # ResolutionKind
    QT_TRANSLATE_NOOP("Labels", "一般决议"),
    QT_TRANSLATE_NOOP("Labels", "发展团员"),
    QT_TRANSLATE_NOOP("Labels", "推优入党"),
)

# core.compliance.Period -> how often
PERIODS: dict[str, str] = {
    "month": QT_TRANSLATE_NOOP("Labels", "每月"),
    "quarter": QT_TRANSLATE_NOOP("Labels", "每季度"),
    "half_year": QT_TRANSLATE_NOOP("Labels", "每半年"),
    "year": QT_TRANSLATE_NOOP("Labels", "每年"),
    "none": QT_TRANSLATE_NOOP("Labels", "按需召开"),
}

# core.compliance.CellStatus -> a word in a calendar cell
CELL_STATES: dict[str, str] = {
    "done": QT_TRANSLATE_NOOP("Labels", "已完成"),
    "due": QT_TRANSLATE_NOOP("Labels", "待召开"),
    "overdue": QT_TRANSLATE_NOOP("Labels", "逾期"),
    "upcoming": QT_TRANSLATE_NOOP("Labels", "未到期"),
    "not_required": QT_TRANSLATE_NOOP("Labels", "按需"),
}


def text(value: str) -> str:
    return QCoreApplication.translate("Labels", value) if value else value


def period(value: str) -> str:
    return text(PERIODS.get(value, value))


def cell_state(value: str) -> str:
    return text(CELL_STATES.get(value, value))

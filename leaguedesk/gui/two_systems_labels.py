"""Display names for the 两制 values the window shows: grades, registration outcomes, meeting
kinds. Listed literally so lupdate finds them (context "Labels", like gui.labels)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from leaguedesk.gui.labels import label

VALUES: tuple[str, ...] = (
    # core.evaluation.Grade
    QT_TRANSLATE_NOOP("Labels", "优秀"),
    QT_TRANSLATE_NOOP("Labels", "合格"),
    QT_TRANSLATE_NOOP("Labels", "基本合格"),
    QT_TRANSLATE_NOOP("Labels", "不合格"),
    # core.registration.Outcome
    QT_TRANSLATE_NOOP("Labels", "正常注册"),
    QT_TRANSLATE_NOOP("Labels", "暂缓注册"),
    QT_TRANSLATE_NOOP("Labels", "不予注册"),
    # core.evaluation.MEETING_KINDS
    QT_TRANSLATE_NOOP("Labels", "支部大会"),
    QT_TRANSLATE_NOOP("Labels", "组织生活会"),
)


def grade(value: str) -> str:
    return label(value)


def outcome(value: str) -> str:
    return label(value)


def kind(value: str) -> str:
    return label(value)

"""Display names for domain values the window shows (enum values, fixed choice lists).

The values live in Qt-free modules and reach widgets as variables, which lupdate cannot see;
this table names each one literally so it is translated, and ``label()`` looks one up.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Labels"

# Every value listed here gets an entry in i18n/*.ts; tests check the enums stay covered.
VALUES: tuple[str, ...] = (
    # OrganisationKind: what one league file holds.
    QT_TRANSLATE_NOOP("Labels", "团支部"),
    QT_TRANSLATE_NOOP("Labels", "团总支"),
    QT_TRANSLATE_NOOP("Labels", "团委"),
    # BRANCH_FIELDS: the sector (领域) of a branch, as 智慧团建 lists them.
    QT_TRANSLATE_NOOP("Labels", "学校"),
    QT_TRANSLATE_NOOP("Labels", "机关"),
    QT_TRANSLATE_NOOP("Labels", "事业单位"),
    QT_TRANSLATE_NOOP("Labels", "国有企业"),
    QT_TRANSLATE_NOOP("Labels", "非公企业"),
    QT_TRANSLATE_NOOP("Labels", "农村"),
    QT_TRANSLATE_NOOP("Labels", "城市社区"),
    QT_TRANSLATE_NOOP("Labels", "社会组织"),
    QT_TRANSLATE_NOOP("Labels", "其他"),
    # core.evaluation.Grade: the four grades of 团员教育评议.
    QT_TRANSLATE_NOOP("Labels", "优秀"),
    QT_TRANSLATE_NOOP("Labels", "合格"),
    QT_TRANSLATE_NOOP("Labels", "基本合格"),
    QT_TRANSLATE_NOOP("Labels", "不合格"),
)

# Why a backup was made (storage.backup.Reason values) -> its label.
BACKUP_REASONS: dict[str, str] = {
    "daily": QT_TRANSLATE_NOOP("Labels", "每日自动"),
    "migration": QT_TRANSLATE_NOOP("Labels", "升级前"),
    "restore": QT_TRANSLATE_NOOP("Labels", "恢复前"),
    "manual": QT_TRANSLATE_NOOP("Labels", "手动"),
    "import": QT_TRANSLATE_NOOP("Labels", "导入前"),
}


def label(value: str) -> str:
    """The label for a domain value in the current language; unknown values come back as is."""
    return QCoreApplication.translate(CONTEXT, value) if value else value


def backup_reason(reason: str) -> str:
    return label(BACKUP_REASONS[reason]) if reason in BACKUP_REASONS else reason

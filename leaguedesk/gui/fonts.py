"""A CJK font chosen on purpose, so Chinese never shows as boxes on a bare office PC."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from leaguedesk.paths import resource_path

BUNDLED_FONT = "wqy-microhei.ttc"
# Families that carry Simplified Chinese on Windows, macOS and Linux, in order of preference.
SYSTEM_CJK_FAMILIES = (
    "Microsoft YaHei",
    "微软雅黑",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "SimHei",
    "SimSun",
)


def install_cjk_font(app: QApplication) -> str | None:
    """Make a CJK family the application font; return its name, or None when none exists."""
    family = _bundled_family() or _system_family()
    if family is None:
        return None
    font = QFont(family)
    font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
    app.setFont(font)
    return family


def _bundled_family() -> str | None:
    path = resource_path("fonts", BUNDLED_FONT)
    if not path.is_file():
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else None


def _system_family() -> str | None:
    available = set(QFontDatabase.families())
    for family in SYSTEM_CJK_FAMILIES:
        if family in available:
            return family
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    return chinese[0] if chinese else None

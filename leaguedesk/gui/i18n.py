"""Installing translations: LeagueDesk's own .qm files and Qt's for standard dialogs."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from leaguedesk.paths import i18n_path

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def install(app: QApplication, language: str) -> str:
    """Load translators for ``language`` (falling back to Chinese); return the language used."""
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(language))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{language}", qt_dir), (f"leaguedesk_{language}", str(i18n_path()))]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    _current = language
    return language


def current() -> str:
    """The language installed last (the default until ``install`` is called)."""
    return _current

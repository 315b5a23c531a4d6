"""Starting the window: the QApplication, translations, the CJK font, and the first league file."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from leaguedesk import APP_NAME, __version__, messages, paths
from leaguedesk.gui import files, fonts, i18n
from leaguedesk.gui.main_window import MainWindow
from leaguedesk.gui.session import Session
from leaguedesk.gui.tasks import TaskRunner
from leaguedesk.storage.errors import LeagueFileError


def app_settings() -> QSettings:
    """Window settings live in the data folder, so LEAGUEDESK_HOME keeps installs apart."""
    return QSettings(str(paths.data_home() / "settings.ini"), QSettings.Format.IniFormat)


def make_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    return app


def build_window(
    settings: QSettings, *, lang: str | None = None, tasks: TaskRunner | None = None
) -> MainWindow:
    app = make_application()
    language = i18n.install(app, lang or str(settings.value("ui/language", i18n.DEFAULT_LANGUAGE)))
    if lang:
        settings.setValue("ui/language", language)
    family = fonts.install_cjk_font(app)
    session = Session(settings, tasks or TaskRunner())
    return MainWindow(session, font_family=family)


def first_file(settings: QSettings, db_path: Path | None) -> tuple[Path, bool]:
    """The file to open at start: --db, else the last one used, else the default (created)."""
    if db_path is not None:
        return db_path, True
    last = settings.value("files/last")
    if last and Path(str(last)).exists():
        return Path(str(last)), False
    return paths.default_league_path(), True


def run(db_path: Path | None = None, lang: str | None = None, smoke_test: bool = False) -> int:
    if smoke_test and not os.environ.get("DISPLAY") and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_application()
    settings = app_settings()
    window = build_window(settings, lang=lang)
    if window.font_family is None:
        print("警告：未找到中文字体，中文可能显示为方框。", file=sys.stderr)
    path, create = first_file(settings, db_path)
    try:
        league = files.open_league(path, create=create)
    except LeagueFileError as error:
        if smoke_test:
            print(f"错误：{messages.file_error(error)}", file=sys.stderr)
            return 2
        window.show()
        files.show_error(window, error)  # the window stays, with 新建/打开 at hand
    else:
        window.session.set_league(league)
        files.remember(settings, path)
    if smoke_test:
        return _smoke(window, path)
    if os.environ.get("LEAGUEDESK_LAUNCH_PROBE"):  # benchmarks/launch.py only
        from leaguedesk.gui import probe

        probe.install(window)
    window.show()
    return app.exec()


def _smoke(window: MainWindow, path: Path) -> int:
    """Visit every page offscreen; 0 when every page was built."""
    window.show()
    for key in window.pages:
        window.show_page(key)
        QApplication.processEvents()
    pages = len(window.pages)
    title = window.windowTitle()
    window.close()
    print(f"冒烟测试通过：{path}，{pages} 个页面。")
    print(f"字体：{window.font_family or '未找到'}；界面语言：{i18n.current()}；窗口标题：{title}")
    return 0

"""Opening, creating, copying and backing up league files from the window, with clear messages."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from leaguedesk import messages, paths
from leaguedesk.gui.session import Session
from leaguedesk.storage import backup, leaguefile
from leaguedesk.storage.errors import LeagueFileError, Problem, from_sqlite

RECENT_KEY = "files/recent"
MAX_RECENT = 8


def with_suffix(path: Path) -> Path:
    return path if path.suffix else path.with_suffix(paths.LEAGUE_SUFFIX)


def recent_files(settings: QSettings) -> list[str]:
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in (value or [])]


def remember(settings: QSettings, path: Path) -> None:
    entry = str(path.resolve())
    items = [p for p in recent_files(settings) if p != entry]
    settings.setValue(RECENT_KEY, [entry, *items][:MAX_RECENT])
    settings.setValue("files/last", entry)


def show_error(parent: QWidget | None, error: LeagueFileError) -> None:
    QMessageBox.critical(
        parent, QCoreApplication.translate("Files", "团务文件"), messages.file_error(error)
    )


class _BusyCursor:
    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc_info: object) -> None:
        QApplication.restoreOverrideCursor()


def open_league(path: Path, *, create: bool = False) -> leaguefile.LeagueFile:
    if create and not path.exists():
        return leaguefile.create(path)
    return leaguefile.open_league(path)


def open_into_session(
    parent: QWidget | None, session: Session, path: Path, *, create: bool = False
) -> bool:
    """Open ``path`` (creating it when asked) and make it the session's file; False on failure."""
    current = session.league
    if current is not None and current.path.resolve() == path.resolve():
        return True
    try:
        with _BusyCursor():
            league = open_league(path, create=create)
    except LeagueFileError as error:
        show_error(parent, error)
        return False
    session.set_league(league)
    remember(session.settings, path)
    return True


def create_and_open(parent: QWidget | None, session: Session, path: Path) -> bool:
    if path.exists():
        # The save dialog already asked whether to replace it; a league file is never replaced.
        show_error(parent, LeagueFileError(Problem.ALREADY_EXISTS, path))
        return False
    return open_into_session(parent, session, path, create=True)


def save_as(parent: QWidget | None, session: Session, target: Path) -> bool:
    """Copy the open file to ``target`` (a consistent copy) and continue working in the copy."""
    league = session.league
    if league is None:
        return False
    if target.resolve() == league.path.resolve():
        return True
    if target.exists():
        show_error(parent, LeagueFileError(Problem.ALREADY_EXISTS, target))
        return False
    try:
        with _BusyCursor():
            backup.copy_database(league.db.conn, target)
    except sqlite3.Error as exc:
        show_error(
            parent,
            from_sqlite(exc, target)
            or LeagueFileError(Problem.CANNOT_OPEN, target, detail=str(exc)),
        )
        return False
    except OSError as exc:
        problem = Problem.DISK_FULL if exc.errno == 28 else Problem.READ_ONLY
        show_error(parent, LeagueFileError(problem, target, detail=str(exc)))
        return False
    return open_into_session(parent, session, target)


def backup_now(parent: QWidget | None, session: Session) -> None:
    league = session.league
    if league is None:
        return
    folder = backup.default_dir(league.path)
    try:
        with _BusyCursor():
            made = backup.make(league, folder, reason=backup.Reason.MANUAL)
            backup.rotate(folder, backup.Policy.from_settings(league.db))
    except LeagueFileError as error:
        show_error(parent, error)
        return
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Files", "备份"),
        QCoreApplication.translate("Files", "已备份到：\n{path}").format(path=made.path),
    )

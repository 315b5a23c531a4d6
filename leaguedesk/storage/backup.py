"""Backups of a league file through SQLite's online backup API, with rotation and restore.

A backup is a complete league file named ``<stem>_<YYYYmmdd-HHMMSS>_<reason>.leaguedb`` in the
file's backup folder. Rotation keeps the newest backup of each of the last N days that have one
and of each of the last M months; the newest backup is never removed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from leaguedesk import paths
from leaguedesk.storage.errors import LeagueFileError, Problem, from_sqlite

if TYPE_CHECKING:
    from leaguedesk.storage.leaguefile import LeagueFile

_NAME = re.compile(
    r"^(?P<stem>.+)_(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?_(?P<reason>[a-z]+)"
    + re.escape(paths.LEAGUE_SUFFIX)
    + "$"
)
_STAMP = "%Y%m%d-%H%M%S"


class Reason(StrEnum):
    DAILY = "daily"
    MIGRATION = "migration"
    RESTORE = "restore"
    MANUAL = "manual"
    IMPORT = "import"  # just before a spreadsheet import writes: the way back from it


@dataclass(frozen=True)
class Policy:
    daily: int = 10
    monthly: int = 12

    @classmethod
    def from_settings(cls, db: Database) -> Policy:
        values = {}
        if "settings" in db.table_names():
            for key in ("daily", "monthly"):
                row = db.execute(
                    "SELECT value FROM settings WHERE key = ?", [f"backup.{key}"]
                ).fetchone()
                # a hand-edited bad value keeps the default
                if row:
                    with contextlib.suppress(ValueError, TypeError):
                        values[key] = max(1, int(json.loads(row[0])))
        return cls(**values)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    reason: str
    size: int


def default_dir(league_path: Path) -> Path:
    return paths.backups_dir_for(league_path)


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first."""
    found = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        if not match or not entry.is_file():
            continue
        created = dt.datetime.strptime(match["stamp"], _STAMP)
        found.append(BackupInfo(entry, created, match["reason"], entry.stat().st_size))
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


def _target_name(folder: Path, stem: str, when: dt.datetime, reason: Reason) -> Path:
    stamp = when.strftime(_STAMP)
    candidate = folder / f"{stem}_{stamp}_{reason.value}{paths.LEAGUE_SUFFIX}"
    counter = 1
    while candidate.exists():
        candidate = folder / f"{stem}_{stamp}-{counter}_{reason.value}{paths.LEAGUE_SUFFIX}"
        counter += 1
    return candidate


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Write a consistent copy of an open database to ``target`` (atomically replaced)."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    dest = sqlite3.connect(partial)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    os.replace(partial, target)


def make(
    league: LeagueFile,
    folder: Path,
    *,
    reason: Reason = Reason.MANUAL,
    now: dt.datetime | None = None,
) -> BackupInfo:
    """Back the open league file up into ``folder``."""
    when = now or dt.datetime.now()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = _target_name(folder, league.path.stem, when, reason)
        copy_database(league.db.conn, target)
    except sqlite3.Error as exc:
        raise (from_sqlite(exc, folder) or exc) from exc
    except OSError as exc:
        problem = Problem.DISK_FULL if exc.errno == 28 else Problem.READ_ONLY
        raise LeagueFileError(problem, folder, detail=str(exc)) from exc
    return BackupInfo(target, when.replace(microsecond=0), reason.value, target.stat().st_size)


def rotate(folder: Path, policy: Policy) -> list[Path]:
    """Delete backups the policy no longer keeps; return what was deleted."""
    backups = list_backups(folder)
    keep: set[Path] = set()
    days_seen: list[dt.date] = []
    months_seen: list[tuple[int, int]] = []
    for info in backups:  # newest first: the first of each day/month is the newest of it
        day = info.created.date()
        month = (day.year, day.month)
        if day not in days_seen:
            days_seen.append(day)
            if len(days_seen) <= policy.daily:
                keep.add(info.path)
        if month not in months_seen:
            months_seen.append(month)
            if len(months_seen) <= policy.monthly:
                keep.add(info.path)
    if backups:
        keep.add(backups[0].path)
    removed = []
    for info in backups:
        if info.path not in keep:
            try:
                info.path.unlink()
                removed.append(info.path)
            except OSError:
                pass  # in use or read-only: try again next time
    return removed


def daily(
    league: LeagueFile, folder: Path, policy: Policy, now: dt.datetime | None = None
) -> BackupInfo | None:
    """Take today's backup unless one exists, then rotate. Returns the new backup, if any."""
    today = (now or dt.datetime.now()).date()
    made = None
    if not any(b.created.date() == today for b in list_backups(folder)):
        made = make(league, folder, reason=Reason.DAILY, now=now)
    rotate(folder, policy)
    return made


def restore(league: LeagueFile, source: Path, folder: Path) -> BackupInfo:
    """Replace the open league file's content with a backup; back the current content up first.

    Returns the backup of the content that was replaced.
    """
    from leaguedesk.storage import leaguefile, schema

    source = Path(source)
    if not source.is_file():
        raise LeagueFileError(Problem.BACKUP_NOT_FOUND, source)
    leaguefile.inspect(source)
    safety = make(league, folder, reason=Reason.RESTORE)
    src = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        src.backup(league.db.conn)
    except sqlite3.Error as exc:
        raise (from_sqlite(exc, league.path) or exc) from exc
    finally:
        src.close()
    if schema.pending_count(league.db):
        schema.apply(league.db)
    return safety

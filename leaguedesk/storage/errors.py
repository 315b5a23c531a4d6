"""Errors about the league file that a user can act on, kept apart from programming bugs.

Each carries a code and the facts; ``leaguedesk.messages`` words them for people.
"""

from __future__ import annotations

import sqlite3
from enum import StrEnum
from pathlib import Path


class Problem(StrEnum):
    NOT_FOUND = "not_found"
    EMPTY = "empty"
    NOT_SQLITE = "not_sqlite"
    FOREIGN_SQLITE = "foreign_sqlite"
    NEWER_VERSION = "newer_version"
    DAMAGED = "damaged"
    IN_USE = "in_use"
    BUSY = "busy"
    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    CANNOT_OPEN = "cannot_open"
    ALREADY_EXISTS = "already_exists"
    BACKUP_NOT_FOUND = "backup_not_found"


class LeagueFileError(Exception):
    """Something about a league file the user must know and can fix; the file is unchanged."""

    def __init__(self, problem: Problem, path: Path | str, **facts: object):
        super().__init__(f"{problem.value}: {path}")
        self.problem = problem
        self.path = Path(path)
        self.facts = facts


def from_sqlite(exc: sqlite3.Error, path: Path | str) -> LeagueFileError | None:
    """Turn an sqlite error caused by the file or the disk into a LeagueFileError.

    Returns None for errors that are bugs (bad SQL, constraint failures), which must surface.
    """
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorname", "") or ""
    if "disk is full" in text or code == "SQLITE_FULL":
        return LeagueFileError(Problem.DISK_FULL, path)
    if "readonly" in text or "read-only" in text or code.startswith("SQLITE_READONLY"):
        return LeagueFileError(Problem.READ_ONLY, path)
    if "locked" in text or code.startswith("SQLITE_BUSY"):
        return LeagueFileError(Problem.BUSY, path)
    if "not a database" in text or code == "SQLITE_NOTADB":
        return LeagueFileError(Problem.NOT_SQLITE, path)
    if "malformed" in text or code.startswith("SQLITE_CORRUPT"):
        return LeagueFileError(Problem.DAMAGED, path, detail=str(exc))
    if (
        "unable to open" in text
        or code.startswith("SQLITE_CANTOPEN")
        or code.startswith("SQLITE_IOERR")
    ):
        return LeagueFileError(Problem.CANNOT_OPEN, path, detail=str(exc))
    return None

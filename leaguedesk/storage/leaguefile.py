"""The one place that opens a league file.

Opening checks the file before anything can write to it (header, application id, format
version, integrity), takes the single-writer lock, sets the pragmas, backs the file up and then
migrates it. Every refusal leaves the file's bytes exactly as they were.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from leaguedesk.storage import backup, schema
from leaguedesk.storage.errors import LeagueFileError, Problem, from_sqlite
from leaguedesk.storage.lock import FileLock

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 5.0


@dataclass(frozen=True)
class Header:
    page_size: int
    page_count: int
    page_count_valid: bool
    user_version: int
    application_id: int


def read_header(path: Path) -> Header:
    """Read the 100-byte SQLite header without opening the database (nothing is written)."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(100)
            size = fh.seek(0, 2)
    except FileNotFoundError:
        raise LeagueFileError(Problem.NOT_FOUND, path) from None
    except OSError as exc:
        raise LeagueFileError(Problem.CANNOT_OPEN, path, detail=str(exc)) from exc
    if size == 0:
        raise LeagueFileError(Problem.EMPTY, path)
    if len(raw) < 100 or not raw.startswith(SQLITE_MAGIC):
        raise LeagueFileError(Problem.NOT_SQLITE, path)
    (page_size,) = struct.unpack(">H", raw[16:18])
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", raw[24:32])
    (valid_for,) = struct.unpack(">I", raw[92:96])
    (user_version,) = struct.unpack(">i", raw[60:64])
    (application_id,) = struct.unpack(">i", raw[68:72])
    header = Header(
        page_size, page_count, valid_for == change_counter, user_version, application_id
    )
    if header.page_count_valid and size < page_size * page_count:
        raise LeagueFileError(Problem.DAMAGED, path, detail="truncated")
    return header


def _check_identity(path: Path, application_id: int, user_version: int, has_tables: bool) -> None:
    if application_id != schema.APPLICATION_ID:
        raise LeagueFileError(Problem.FOREIGN_SQLITE if has_tables else Problem.NOT_SQLITE, path)
    if user_version > schema.known_version():
        raise LeagueFileError(
            Problem.NEWER_VERSION, path, version=user_version, known=schema.known_version()
        )


def _connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + ("?mode=ro" if readonly else "?mode=rw")
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1")
    except sqlite3.OperationalError:
        if not readonly:
            raise
        # A WAL-mode file on a read-only medium (a locked USB stick, a CD) cannot get its
        # shared-memory file; nothing can write there, so reading it as immutable is safe.
        conn = sqlite3.connect(uri + "&immutable=1", uri=True, check_same_thread=False)
    return conn


def inspect(path: Path) -> Header:
    """Check that ``path`` is a healthy league file this build can read; change nothing.

    Raises LeagueFileError with the reason when it is not.
    """
    path = Path(path)
    header = read_header(path)
    # The header may be stale while changes wait in the -wal file, so ask SQLite too.
    conn = None
    try:
        conn = _connect(path, readonly=True)
        has_tables = bool(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        _check_identity(path, application_id, user_version, has_tables)
        problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
        if problems != ["ok"]:
            raise LeagueFileError(Problem.DAMAGED, path, detail="; ".join(problems))
    except sqlite3.Error as exc:
        raise (
            from_sqlite(exc, path) or LeagueFileError(Problem.DAMAGED, path, detail=str(exc))
        ) from exc
    finally:
        if conn is not None:
            conn.close()
    return header


def _reader_connection(path: Path) -> sqlite3.Connection:
    """A connection for reading only. Where the file may be written it is a read-write one
    kept to queries (``query_only``): the last connection to close removes the -wal and -shm
    files, which a read-only connection cannot, so they would stay beside the file."""
    if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
        try:
            return _connect(path, readonly=False)
        except sqlite3.Error:
            pass  # e.g. a read-only medium the access check did not see
    return _connect(path, readonly=True)


class LeagueFile:
    """An open league file: the sqlite-utils Database plus its path and lock."""

    def __init__(self, path: Path, db: Database, lock: FileLock | None):
        self.path = path
        self.db = db
        self._lock = lock

    @property
    def readonly(self) -> bool:
        return self._lock is None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """One all-or-nothing change; disk and file errors come out as LeagueFileError."""
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.Error as exc:
            mapped = from_sqlite(exc, self.path)
            if mapped is None:
                raise
            raise mapped from exc

    def format_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        try:
            self.db.close()
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> LeagueFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":  # e.g. a network share that cannot map shared memory
        conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    # Up to 32 MB of pages held per connection (SQLite's default is 2 MB): an import of
    # 50,000 members updates five indexes in one transaction and no longer spills pages.
    conn.execute("PRAGMA cache_size = -32768")


def create(path: Path) -> LeagueFile:
    """Make a new, empty league file at ``path`` (which must not exist) and open it."""
    path = Path(path)
    if path.exists():
        raise LeagueFileError(Problem.ALREADY_EXISTS, path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LeagueFileError(Problem.READ_ONLY, path, detail=str(exc)) from exc
    lock = FileLock(path)
    lock.acquire()
    conn = None
    try:
        try:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
            conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
            _configure(conn)
            db = Database(conn, execute_plugins=False)
            schema.apply(db)
        except sqlite3.Error as exc:
            if conn is not None:
                conn.close()
                conn = None
            path.unlink(missing_ok=True)
            raise (from_sqlite(exc, path) or exc) from exc
    except BaseException:
        lock.release()
        raise
    return LeagueFile(path, db, lock)


def open_league(
    path: Path,
    *,
    readonly: bool = False,
    policy: backup.Policy | None = None,
    backups_dir: Path | None = None,
) -> LeagueFile:
    """Open an existing league file; migrate it (after a backup) and take the daily backup.

    ``readonly`` opens without the lock, without migrating and without backing up: for
    ``leaguedesk info`` and other lookups that may run while the window has the file open.
    """
    path = Path(path)
    if readonly:
        inspect(path)
        try:
            db = Database(_reader_connection(path), execute_plugins=False)
        except sqlite3.Error as exc:
            raise (from_sqlite(exc, path) or exc) from exc
        db.execute("PRAGMA query_only = ON")
        return LeagueFile(path, db, None)

    read_header(path)  # cheap refusals before creating a lock file beside it
    lock = FileLock(path)
    lock.acquire()
    try:
        inspect(path)
        conn = _connect(path, readonly=False)
        try:
            _configure(conn)
            db = Database(conn, execute_plugins=False)
            league = LeagueFile(path, db, None)
            target = backups_dir or backup.default_dir(path)
            if schema.pending_count(db):
                backup.make(league, target, reason=backup.Reason.MIGRATION)
                schema.apply(db)
            settings = policy or backup.Policy.from_settings(db)
            backup.daily(league, target, settings)
        except sqlite3.Error as exc:
            conn.close()
            raise (from_sqlite(exc, path) or exc) from exc
        except BaseException:
            conn.close()
            raise
    except BaseException:
        lock.release()
        raise
    league._lock = lock
    return league


def worker_connection(league: LeagueFile, *, readonly: bool = False) -> LeagueFile:
    """Another connection to a league file this process has open, for work on another thread.

    Long work (an import, the alerts of a whole office) gets its own connection: WAL lets it
    read while the window writes, and the window's connection never sees half a transaction.
    The window's LeagueFile keeps the lock; close this one when the work is done.
    """
    try:
        conn = _connect(league.path, readonly=readonly)
        try:
            if readonly:
                conn.execute("PRAGMA query_only = ON")
            else:
                _configure(conn)
        except BaseException:
            conn.close()
            raise
    except sqlite3.Error as exc:
        raise (from_sqlite(exc, league.path) or exc) from exc
    return LeagueFile(league.path, Database(conn, execute_plugins=False), None)

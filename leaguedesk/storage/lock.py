"""One writer per league file: an OS-level lock on a small file beside it.

The lock file records who holds it (computer, user, process, since when) so a second LeagueDesk
can say by whom the file is in use. The OS releases the lock when the holder exits or crashes,
so a stale lock file never blocks anyone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
from pathlib import Path

from leaguedesk.storage.errors import LeagueFileError, Problem

# Windows locks byte ranges; lock one far past the JSON so others can still read who holds it.
_LOCK_OFFSET = 1 << 20


def lock_path_for(league_path: Path) -> Path:
    return league_path.with_name(league_path.name + ".lock")


def _holder_info() -> dict[str, object]:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in some service accounts
        user = ""
    return {
        "host": socket.gethostname(),
        "user": user,
        "pid": os.getpid(),
        "since": dt.datetime.now().isoformat(timespec="seconds"),
    }


def _try_lock(fd: int) -> bool:
    if os.name == "nt":
        import msvcrt

        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    if os.name == "nt":
        import msvcrt

        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def read_holder(league_path: Path) -> dict[str, object]:
    try:
        text = lock_path_for(league_path).read_text(encoding="utf-8")
        return dict(json.loads(text))
    except (OSError, ValueError, TypeError):
        return {}


def _same_file(fd: int, path: Path) -> bool:
    try:
        on_disk = os.stat(path)
    except OSError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (on_disk.st_dev, on_disk.st_ino)


class FileLock:
    """Held while a league file is open for writing; ``release()`` or process exit frees it."""

    def __init__(self, league_path: Path):
        self.league_path = league_path
        self.path = lock_path_for(league_path)
        self._fd: int | None = None

    def acquire(self) -> None:
        for _attempt in range(5):
            fd = self._open_locked()
            # The previous holder unlinks the file while still holding it; if we locked that
            # orphan, the path now names another file and we must lock that one instead.
            if _same_file(fd, self.path):
                break
            _unlock(fd)
            os.close(fd)
        else:
            raise LeagueFileError(Problem.IN_USE, self.league_path, **read_holder(self.league_path))
        payload = json.dumps(_holder_info(), ensure_ascii=False).encode("utf-8")
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, payload)
        os.fsync(fd)
        self._fd = fd

    def _open_locked(self) -> int:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            # A read-only folder (a write-protected USB stick, a CD): no lock file possible.
            raise LeagueFileError(Problem.READ_ONLY, self.league_path, detail=str(exc)) from exc
        if not _try_lock(fd):
            os.close(fd)
            raise LeagueFileError(Problem.IN_USE, self.league_path, **read_holder(self.league_path))
        return fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)
            # Unlinked while still locked: see acquire(). Windows refuses to delete an open
            # file; the empty lock file left there is harmless.
            with contextlib.suppress(OSError):
                self.path.unlink()
            _unlock(fd)
        finally:
            os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

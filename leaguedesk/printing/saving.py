"""Putting a finished document where the user chose: every PDF, copy and workbook LeagueDesk
prints or exports as a form is built under a temporary name beside the target and renamed over
it at the end, so a failure never leaves half a file and leaves an earlier file as it was.

Problems come out as PrintError(CANNOT_WRITE) with a reason the message layer puts in words:
no such folder, access denied, a read-only medium, a full disk, a folder by that name.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from leaguedesk.printing.errors import PrintError, PrintProblem

_REASONS = {
    errno.ENOENT: "no_folder",
    errno.ENOTDIR: "no_folder",
    errno.EACCES: "denied",
    errno.EPERM: "denied",
    errno.EROFS: "read_only",
    errno.ENOSPC: "disk_full",
    errno.EISDIR: "is_folder",
}


def cannot_write(target: Path, exc: OSError) -> PrintError:
    """CANNOT_WRITE with a reason code the message layer can put in words."""
    reason = _REASONS.get(exc.errno or 0, "other")
    return PrintError(
        PrintProblem.CANNOT_WRITE, path=str(target), reason=reason, detail=exc.strerror or str(exc)
    )


def claim_temp(target: Path) -> Path:
    """Create an empty, uniquely named file beside ``target`` (same disk, so rename is atomic).

    os.open with 0o666 lets the user's umask decide the permissions, as for any saved file.
    """
    if target.is_dir():
        raise PrintError(PrintProblem.CANNOT_WRITE, path=str(target), reason="is_folder")
    for _ in range(100):
        temp = target.with_name(f".{target.stem}-{secrets.token_hex(4)}{target.suffix}.part")
        try:
            os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        except OSError as exc:
            raise cannot_write(target, exc) from exc
        return temp
    raise PrintError(
        PrintProblem.CANNOT_WRITE, path=str(target), reason="other", detail="no temporary name"
    )


@contextlib.contextmanager
def replacing(out_path: Path | str) -> Iterator[Path]:
    """A temporary path to write the whole document to; renamed over ``out_path`` when the
    block ends without an error. The block only writes the file: any OSError in it is a
    problem of writing there."""
    target = Path(out_path)
    temp = claim_temp(target)
    try:
        try:
            yield temp
            os.replace(temp, target)
        except OSError as exc:
            raise cannot_write(target, exc) from exc
    finally:
        temp.unlink(missing_ok=True)

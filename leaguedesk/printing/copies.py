"""Saving a finished PDF somewhere else (另存为 PDF): a byte-for-byte copy, never half a file.

The copy is written under a temporary name beside the target and renamed over it at the end,
like every form LeagueDesk prints; problems come out as PrintError(CANNOT_WRITE) with a reason
the message layer can put in words.
"""

from __future__ import annotations

import os
import secrets
import shutil
from pathlib import Path

from leaguedesk.printing.errors import PrintError, PrintProblem
from leaguedesk.printing.layout import _cannot_write


def save_copy(source: Path | str, target: Path | str) -> Path:
    """Copy the PDF ``source`` to ``target`` (replacing it); returns the target."""
    source, target = Path(source), Path(target)
    if target.is_dir():
        raise PrintError(PrintProblem.CANNOT_WRITE, path=str(target), reason="is_folder")
    if target.exists() and source.resolve() == target.resolve():
        return target  # saving a file over itself: nothing to do (and nothing to lose)
    temp = target.with_name(f".{target.stem}-{secrets.token_hex(4)}.pdf.part")
    try:
        shutil.copyfile(source, temp)
        os.replace(temp, target)
    except OSError as exc:
        raise _cannot_write(target, exc) from exc
    finally:
        temp.unlink(missing_ok=True)
    return target

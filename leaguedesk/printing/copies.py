"""Saving a finished PDF somewhere else (另存为 PDF): a byte-for-byte copy, never half a file.

The copy is written under a temporary name beside the target and renamed over it at the end,
like every form LeagueDesk prints; problems come out as PrintError(CANNOT_WRITE) with a reason
the message layer can put in words.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from leaguedesk.printing.saving import replacing


def save_copy(source: Path | str, target: Path | str) -> Path:
    """Copy the PDF ``source`` to ``target`` (replacing it); returns the target."""
    source, target = Path(source), Path(target)
    if target.exists() and not target.is_dir() and source.resolve() == target.resolve():
        return target  # saving a file over itself: nothing to do (and nothing to lose)
    with replacing(target) as temp:
        shutil.copyfile(source, temp)
    return target

"""Saving a finished workbook: written under a temporary name beside the target, then renamed
over it, so a failure (full disk, the old file open in Excel) never leaves half a workbook."""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook


def save_workbook(book: Workbook, out_path: Path | str) -> Path:
    """Write ``book`` to ``out_path`` (the temporary file is removed whatever happens)."""
    target = Path(out_path)
    temp = target.with_name(f".{target.stem}.xlsx.part")
    try:
        book.save(temp)
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    return target

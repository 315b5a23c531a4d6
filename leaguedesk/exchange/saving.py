"""Saving a finished workbook form (拟发展团员名单, 评议汇总, 组织生活台账): through
``printing.saving.replacing``, like every printed form, so a failure never leaves half a
workbook and comes out as PrintError(CANNOT_WRITE) with its reason."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from leaguedesk.printing.saving import replacing


def save_workbook(book: Workbook, out_path: Path | str) -> Path:
    """Write ``book`` to ``out_path``; returns the path written."""
    with replacing(out_path) as temp:
        book.save(temp)
    return Path(out_path)

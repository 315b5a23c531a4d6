"""Plain-text tables for the terminal that stay aligned with Chinese text.

A CJK character takes two columns in a terminal, so widths are counted per character
(East Asian Wide/Fullwidth = 2, combining marks = 0) rather than with ``len``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes."""
    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def pad(text: str, width: int, *, right: bool = False) -> str:
    """``text`` padded with spaces to ``width`` columns (left-aligned unless ``right``)."""
    fill = " " * max(0, width - display_width(text))
    return fill + text if right else text + fill


def render(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    right: Sequence[bool] | None = None,
    gap: int = 2,
) -> str:
    """Headers, a rule and the rows, columns aligned; trailing spaces removed."""
    right = right or [False] * len(headers)
    widths = [display_width(h) for h in headers]
    for row in rows:
        widths = [max(w, display_width(cell)) for w, cell in zip(widths, row, strict=True)]
    spacer = " " * gap

    def line(cells: Sequence[str]) -> str:
        return spacer.join(
            pad(c, w, right=r) for c, w, r in zip(cells, widths, right, strict=True)
        ).rstrip()

    rule = spacer.join("-" * w for w in widths)
    return "\n".join([line(headers), rule, *(line(row) for row in rows)])

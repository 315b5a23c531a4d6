"""Reading printed PDFs back with poppler (pdftotext, pdffonts, pdfinfo, pdftoppm), as a user would.

Tests that need a tool skip with a clear reason when poppler-utils is not installed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} not found: install poppler-utils to check printed PDFs")
    return found


def pages(pdf: Path) -> list[str]:
    """The text of each page, laid out as printed (pdftotext -layout)."""
    out = subprocess.run(
        [_tool("pdftotext"), "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")


def squeeze(text: str) -> str:
    """Text without any whitespace: pdftotext's spacing between glyphs varies."""
    return re.sub(r"\s+", "", text)


def fonts(pdf: Path) -> list[dict[str, str]]:
    out = subprocess.run(
        [_tool("pdffonts"), str(pdf)], check=True, capture_output=True, text=True
    ).stdout.splitlines()
    rows = []
    for line in out[2:]:
        parts = line.split()
        # name type... encoding emb sub uni object ID: read the flags from the right.
        rows.append(
            {
                "name": parts[0],
                "emb": parts[-5],
                "sub": parts[-4],
                "uni": parts[-3],
                "type": " ".join(parts[1:-6]),
            }
        )
    return rows


def page_size(pdf: Path) -> tuple[float, float]:
    out = subprocess.run(
        [_tool("pdfinfo"), str(pdf)], check=True, capture_output=True, text=True
    ).stdout
    match = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", out)
    assert match, out
    return float(match[1]), float(match[2])


def render_png(pdf: Path, target_stem: Path, *, page: int = 1, dpi: int = 70) -> Path:
    """Render one page to PNG (pdftoppm) and return the file."""
    subprocess.run(
        [
            _tool("pdftoppm"),
            "-png",
            "-r",
            str(dpi),
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(pdf),
            str(target_stem),
        ],
        check=True,
    )
    return target_stem.with_suffix(".png")

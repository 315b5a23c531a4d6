"""The CJK font every form is printed in, embedded as a subset so a PDF carries only its glyphs.

The bundled WenQuanYi Micro Hei comes first; when a build lacks it, a Chinese TrueType font of
the system is used. reportlab reads TrueType outlines only (not the CFF outlines of e.g. Noto
Sans CJK), so each candidate is tried and skipped when it cannot be read. The built-in
STSong-Light is never used: it is not embedded and prints as boxes on many PCs.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from leaguedesk.paths import resource_path
from leaguedesk.printing.errors import PrintError, PrintProblem

FONT_NAME = "WQY"
BUNDLED_FONT = ("fonts", "wqy-microhei.ttc")

# (file, subfont index) of Chinese TrueType fonts found on Windows, macOS and Linux.
_SYSTEM_CANDIDATES: tuple[tuple[str, int], ...] = (
    ("msyh.ttc", 0),
    ("msyh.ttf", 0),
    ("simhei.ttf", 0),
    ("simsun.ttc", 0),
    ("simkai.ttf", 0),
    ("Songti.ttc", 0),
    ("STHeiti Medium.ttc", 0),
    ("Hiragino Sans GB.ttc", 0),
    ("Arial Unicode.ttf", 0),
    ("wqy-microhei.ttc", 0),
    ("wqy-zenhei.ttc", 0),
    ("uming.ttc", 0),
    ("ukai.ttc", 0),
    ("DroidSansFallbackFull.ttf", 0),
    ("DroidSansFallback.ttf", 0),
)

_lock = threading.Lock()
_registered: Path | None = None


def _system_font_dirs() -> list[Path]:
    if sys.platform.startswith("win"):
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft" / "Windows" / "Fonts"
        return [windir / "Fonts", local]
    if sys.platform == "darwin":
        return [
            Path("/System/Library/Fonts"),
            Path("/System/Library/Fonts/Supplemental"),
            Path("/Library/Fonts"),
            Path.home() / "Library" / "Fonts",
        ]
    return [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        Path.home() / ".local" / "share" / "fonts",
        Path.home() / ".fonts",
    ]


def _system_candidates() -> Iterator[tuple[Path, int]]:
    wanted = dict(_SYSTEM_CANDIDATES)
    for folder in _system_font_dirs():
        if not folder.is_dir():
            continue
        if sys.platform.startswith("win") or sys.platform == "darwin":
            present = {name: folder / name for name in wanted if (folder / name).is_file()}
        else:  # Linux distributions file fonts in sub-folders (truetype/wqy/...)
            present = {}
            for root, _dirs, files in os.walk(folder):
                for name in files:
                    if name in wanted and name not in present:
                        present[name] = Path(root) / name
        for name, index in _SYSTEM_CANDIDATES:
            if name in present:
                yield present[name], index


def candidates() -> Iterator[tuple[Path, int]]:
    """Font files to try, best first: the bundled font, then system fonts (found lazily)."""
    bundled = resource_path(*BUNDLED_FONT)
    if bundled.is_file():
        yield bundled, 0
    yield from _system_candidates()


def load_cjk_font(options: Iterable[tuple[Path, int]]) -> tuple[TTFont, Path]:
    """The first of ``options`` reportlab can read; PrintError(NO_CJK_FONT) when none."""
    tried: list[str] = []
    for path, index in options:
        try:
            return TTFont(FONT_NAME, str(path), subfontIndex=index), Path(path)
        except (TTFError, OSError, ValueError, KeyError, IndexError) as exc:
            tried.append(f"{path}: {exc}")
    raise PrintError(PrintProblem.NO_CJK_FONT, tried="; ".join(tried) or "-")


def register_cjk_font() -> str:
    """Register the CJK font with reportlab once per process and return its name."""
    global _registered
    with _lock:
        if _registered is None:
            font, path = load_cjk_font(candidates())
            pdfmetrics.registerFont(font)
            _registered = path
    return FONT_NAME


def registered_font_path() -> Path | None:
    """The file the printing font was loaded from (for diagnostics and the About box)."""
    return _registered

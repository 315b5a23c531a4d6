"""Offscreen screenshots of the window for docs/screenshots/: one function per screen.

Run from the repository root: ``python scripts/screenshots.py [--out docs/screenshots]``.
Each screen function gets a prepared main window on a fresh demo file (3 branches, 60 members)
and saves its PNG; add a function and list it in SCREENS for a new screen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from leaguedesk.gui.app import build_window
from leaguedesk.gui.main_window import MainWindow
from leaguedesk.gui.tasks import TaskRunner
from leaguedesk.services import demo
from leaguedesk.storage import leaguefile

SIZE = (1280, 800)


def _settle(widget: QWidget, rounds: int = 5) -> None:
    for _ in range(rounds):
        QApplication.processEvents()
    widget.repaint()


def _save(widget: QWidget, out: Path, name: str) -> Path:
    _settle(widget)
    path = out / name
    widget.grab().save(str(path))
    print(f"saved {path}")
    return path


def roster(window: MainWindow, out: Path) -> Path:
    """名册, all branches, with the alert list open and a member selected."""
    window.show_page("roster")
    page = window.pages["roster"]
    page.alerts_toggle.setChecked(True)
    page.table.selectRow(2)
    return _save(window, out, "roster.png")


def member_form(window: MainWindow, out: Path) -> Path:
    """The member form on a record with a typing mistake in the phone number."""
    window.show_page("roster")
    page = window.pages["roster"]
    form = page.open_member(page.model.member_id(3))
    form.set_value("phone", "1381234567")
    form.check_now()
    form.resize(1000, 760)
    path = _save(form, out, "member-form.png")
    form.done(0)
    return path


SCREENS: tuple[Callable[[MainWindow, Path], Path], ...] = (roster, member_form)


def _window(home: Path) -> MainWindow:
    os.environ["LEAGUEDESK_HOME"] = str(home)
    path = home / "示范区团委.leaguedb"
    with leaguefile.create(path) as league:
        demo.generate(league, branches=3, members=60, seed=7)
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    window = build_window(settings, tasks=TaskRunner(synchronous=True))
    window.session.set_league(leaguefile.open_league(path))
    window.resize(*SIZE)
    window.show()
    return window


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("screens", nargs="*", help="names of screens (default: all)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    chosen = [s for s in SCREENS if not args.screens or s.__name__ in args.screens]
    with tempfile.TemporaryDirectory() as home:
        window = _window(Path(home))
        for screen in chosen:
            screen(window, args.out)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

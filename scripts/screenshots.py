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
from leaguedesk.services import demo, members
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


def _young_member(window: MainWindow, skip: int = 0) -> int:
    """A member born 2003 or later (so an early 入团年月 gives a warning, not an error)."""
    page = window.pages["roster"]
    league = window.session.league
    found = [i for i in page.model.ids[:40]
             if (members.get_member(league, i).birth_date or "") >= "2003"]
    return found[skip]


def roster(window: MainWindow, out: Path) -> Path:
    """名册, all branches, with the alert list open, a member selected and one warning mark."""
    window.show_page("roster")
    page = window.pages["roster"]
    members.update_member(window.session.league, _young_member(window),
                          {"joined_on": "2016-03", "development_no": ""})
    window.session.notify_data_changed()
    page.alerts_toggle.setChecked(True)
    page.table.selectRow(2)
    return _save(window, out, "roster.png")


def member_form(window: MainWindow, out: Path) -> Path:
    """The member form with a typing mistake (error) and an early 入团年月 (warning)."""
    window.show_page("roster")
    page = window.pages["roster"]
    form = page.open_member(_young_member(window, 1))
    form.set_value("phone", "1381234567")
    form.set_value("joined_on", "2016-03")
    form.set_value("development_no", "")
    form.check_now()
    form.resize(1000, 760)
    path = _save(form, out, "member-form.png")
    form.done(0)
    return path


def meetings(window: MainWindow, out: Path) -> Path:
    """组织生活 of one branch: the year at a glance, a cell with its meetings listed."""
    window.session.set_branch(window.session.branches()[0].id)
    window.show_page("meetings")
    page = window.pages["meetings"]
    page.tabs.setCurrentIndex(1)
    row = page.year_calendar.calendar.kinds.index("支部大会")
    page.calendar.table.setCurrentCell(row, 6)
    return _save(window, out, "meetings.png")


def meeting_form(window: MainWindow, out: Path) -> Path:
    """The meeting form's attendance checklist with the quorum judged below it."""
    page = window.pages["meetings"]
    below = min((s for s in page.summaries if s.kind == "支部大会"),
                key=lambda s: s.present / max(1, s.expected))
    form = page.open_meeting(below.id, run=False)
    form.tabs.setCurrentIndex(1)
    form.resize(1000, 720)
    form.show()
    path = _save(form, out, "meeting-form.png")
    form.done(0)
    return path


SCREENS: tuple[Callable[[MainWindow, Path], Path], ...] = (roster, member_form, meetings,
                                                          meeting_form)


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

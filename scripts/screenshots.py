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
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from leaguedesk.gui.app import build_window
from leaguedesk.gui.main_window import MainWindow
from leaguedesk.gui.tasks import TaskRunner
from leaguedesk.services import demo, members, organisation
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
    found = [
        i for i in page.model.ids[:40] if (members.get_member(league, i).birth_date or "") >= "2003"
    ]
    return found[skip]


def roster(window: MainWindow, out: Path) -> Path:
    """名册, all branches, with the alert list open, a member selected and one warning mark."""
    window.show_page("roster")
    page = window.pages["roster"]
    members.update_member(
        window.session.league, _young_member(window), {"joined_on": "2016-03", "development_no": ""}
    )
    window.session.notify_data_changed()
    page.alerts.toggle.setChecked(True)
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


def tally(window: MainWindow, out: Path) -> Path:
    """两制: this year's evaluation being typed in — suggestions, a row that does not add up,
    a committee grade differing from the suggestion, the 优秀 share against the cap."""
    import datetime as dt

    from leaguedesk.core.evaluation import Grade

    session = window.session
    session.set_branch(session.branches()[0].id)
    window.show_page("two_systems")
    page = window.pages["two_systems"]
    page.year.setValue(dt.date.today().year)
    tab = page.evaluation
    tab.open_round()
    tab.present.setValue(tab.expected.value() - 1)
    tab.ballots.setValue(tab.present.value())
    ballots = tab.ballots.value()
    model = tab.model
    pattern = (
        (ballots - 3, 3, 0, 0),
        (2, ballots - 3, 1, 0),
        (1, ballots - 2, 1, 0),
        (0, 3, ballots - 4, 1),
        (ballots - 4, 4, 0, 0),
        (2, ballots - 2, 0, 0),
    )
    for row in range(min(12, model.rowCount())):
        votes = list(pattern[row % len(pattern)])
        if row == 7:
            votes[1] -= 1  # a typing slip: the row does not add up
        for column, value in enumerate(votes, 1):
            model.setData(model.index(row, column), value)
    tab.adopt()
    model.setData(model.index(4, 7), Grade.PASS)  # the committee decides otherwise
    tab.view.setFocus()
    tab.view.setCurrentIndex(model.index(12, 1))
    return _save(window, out, "tally.png")


def recruitment_board(window: MainWindow, out: Path) -> Path:
    """发展团员 board of one branch with demo applicants at every stage and a few problems."""
    import datetime as dt

    from leaguedesk.services.demo_recruitment import generate_applicants

    session = window.session
    generate_applicants(session.league, today=dt.date.today(), seed=7, make_name=demo._name)
    session.set_branch(session.branches()[0].id)
    session.notify_data_changed()
    window.show_page("recruitment")
    return _save(window, out, "recruitment-board.png")


def printing(window: MainWindow, out: Path) -> Path:
    """打印, a school branch chosen, the sign-in sheet for a 支部大会 previewed."""
    league = window.session.league
    school = next(b for b in organisation.list_branches(league) if "班" in b.name)
    window.session.set_branch(school.id)
    window.show_page("printing")
    page = window.pages["printing"]
    page.select_form("signin")
    options = page.options["signin"]
    options.kind.setCurrentIndex(options.kind.findData("支部大会"))
    options.date.setDate(QDate(2026, 12, 1))
    options.time.setText("19:00")
    options.topic.setText("学习贯彻团的二十大精神，开展“青春心向党”主题教育")
    options.topic.setCursorPosition(0)
    options.place.setText("教学楼A301")
    options.chair.setCurrentIndex(0)
    options.recorder.setCurrentIndex(1)
    page.preview_form()
    deadline = time.monotonic() + 3  # QPdfView renders its pages in the background
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    return _save(window, out, "printing.png")


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
    below = min(
        (s for s in page.summaries if s.kind == "支部大会"),
        key=lambda s: s.present / max(1, s.expected),
    )
    form = page.open_meeting(below.id, run=False)
    form.tabs.setCurrentIndex(1)
    form.resize(1000, 720)
    form.show()
    path = _save(form, out, "meeting-form.png")
    form.done(0)
    return path


def import_preview(window: MainWindow, out: Path) -> Path:
    """导入名册: the preview of a hand-kept roster — a title row, an ID Excel turned into a
    number (red), a sex that contradicts the ID (red), a landline (amber), someone already on
    the roster (skipped), and 所在班级 mapped to 团小组 by hand."""
    import datetime as dt

    import openpyxl

    from leaguedesk.core import idcard

    league = window.session.league
    home = league.path.parent
    known = members.get_member(league, window.pages["roster"].model.ids[0])
    people = [
        ("陈晨", "440106", dt.date(2005, 3, 4), 121, "男"),
        ("林雪", "310104", dt.date(2004, 11, 2), 242, "女"),
        ("王浩", "510107", dt.date(2005, 1, 30), 357, "男"),
        ("欧阳娜", "330106", dt.date(2004, 7, 15), 468, "女"),
        ("赵磊", "420106", dt.date(2005, 12, 1), 579, "男"),
        ("周婷婷", "320102", dt.date(2005, 8, 21), 682, "女"),
        ("吴俊杰", "350102", dt.date(2004, 5, 9), 791, "男"),
    ]
    rows: list[list[object]] = []
    for n, (name, area, birth, seq, sex) in enumerate(people, 1):
        number = idcard.make(area, birth, seq)
        rows.append(
            [n, name, sex, number, f"{birth:%Y.%m}", "2020年5月", "13812345678", f"{n % 3 + 1}班"]
        )
    rows[2][3] = float(rows[2][3])  # typed into a number cell: the last digits are gone
    rows[3][2] = "男"  # the ID says 女
    rows[4][6] = "020-87654321"
    rows.append(
        [
            len(rows) + 1,
            known.name,
            known.sex,
            known.id_number,
            (known.birth_date or "")[:7],
            known.joined_on,
            known.phone,
            "1班",
        ]
    )
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["示范大学2024级3班团支部团员花名册"])
    ws.merge_cells("A1:H1")
    ws.append(["填报日期：2024年9月"])
    ws.append(
        ["序号", "姓名", "性别", "身份证号码", "出生年月", "入团时间", "联系电话", "所在班级"]
    )
    for row in rows:
        ws.append(row)
    ws.append(["填表人：李老师"])
    source = home / "2024级3班团员花名册.xlsx"
    wb.save(source)

    wizard = window.exchange.import_file(source)
    wizard.branch_box.setCurrentIndex(1)
    wizard.resize(1180, 640)
    _save(wizard, out, "import-columns.png")
    box = wizard.column_box(7)
    box.setCurrentIndex(box.findData("group_id"))
    wizard.check()
    wizard.resize(1180, 640)
    path = _save(wizard, out, "import-preview.png")
    wizard.reject()
    return path


def import_by_branch(window: MainWindow, out: Path) -> Path:
    """导入名册 of a 团委's sheet of all its branches, 所在团支部 merged over each branch's
    members, imported by that column: one row names a branch the file does not have (red)."""
    import datetime as dt

    import openpyxl

    from leaguedesk.core import idcard

    league = window.session.league
    branches = [b.name for b in organisation.list_branches(league)]
    people = [
        ("孙悦", "440106", dt.date(2005, 4, 12), 132, "女"),
        ("钱程", "310104", dt.date(2004, 10, 3), 251, "男"),
        ("李想", "510107", dt.date(2005, 2, 8), 373, "男"),
        ("何静", "330106", dt.date(2004, 6, 25), 484, "女"),
        ("郭鹏", "420106", dt.date(2005, 11, 11), 595, "男"),
        ("马琳", "320102", dt.date(2005, 9, 19), 602, "女"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["示范区团委团员花名册"])
    ws.merge_cells("A1:F1")
    ws.append(["所在团支部", "姓名", "性别", "身份证号码", "入团时间", "联系电话"])
    where = [branches[0], None, branches[1], None, branches[2], "研发部第9团支部"]
    for branch, (name, area, birth, seq, sex) in zip(where, people, strict=True):
        ws.append([branch, name, sex, idcard.make(area, birth, seq), "2021年5月", "13812345678"])
    ws.merge_cells("A3:A4")
    ws.merge_cells("A5:A6")
    source = league.path.parent / "示范区团委团员花名册.xlsx"
    wb.save(source)

    wizard = window.exchange.import_file(source)
    wizard.branch_box.setCurrentIndex(wizard.branch_box.count() - 1)  # 按表中“所在支部”
    wizard.check()
    wizard.resize(1180, 560)
    path = _save(wizard, out, "import-by-branch.png")
    wizard.reject()
    return path


SCREENS: tuple[Callable[[MainWindow, Path], Path], ...] = (
    roster,
    member_form,
    tally,
    recruitment_board,
    printing,
    meetings,
    meeting_form,
    import_preview,
    import_by_branch,
)


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

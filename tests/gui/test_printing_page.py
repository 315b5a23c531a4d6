"""The 打印 page driven like a user: choose a form, set options, preview, save, come back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog

from leaguedesk.core.meetings import MeetingKind
from leaguedesk.gui import app as gui_app
from leaguedesk.gui.pages import printing
from leaguedesk.gui.pages.printing import FORMS, PrintingPage
from leaguedesk.gui.print_forms.grid import GridOptions
from leaguedesk.gui.print_forms.roster import RosterOptions
from leaguedesk.gui.print_forms.signin import SigninOptions
from leaguedesk.gui.session import Session
from leaguedesk.gui.tasks import TaskRunner
from leaguedesk.printing.errors import PrintError, PrintProblem
from leaguedesk.services import organisation as org
from leaguedesk.services.attendees import expected_attendees
from tests.printing import pdftools


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _session(settings, league, tasks=None) -> Session:
    session = Session(settings, tasks or TaskRunner(synchronous=True))
    session.set_league(league)
    return session


@pytest.fixture
def session(settings, demo_league):
    session = _session(settings, demo_league)
    yield session
    session.league = None  # the demo_league fixture closes the file


@pytest.fixture
def branch(session, demo_league):
    """The first demo branch, chosen in the window."""
    first = org.list_branches(demo_league)[0]
    session.set_branch(first.id)
    return first


def _page(qtbot, session) -> PrintingPage:
    page = PrintingPage(session)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def page(qtbot, session) -> PrintingPage:
    return _page(qtbot, session)


def _message(page: PrintingPage) -> str:
    return page.preview.message.text()


def test_every_form_is_listed_and_shows_its_own_options(page):
    titles = [page.forms_list.item(i).text() for i in range(page.forms_list.count())]
    assert titles == ["会议签到表", "多次签到表（系列活动）", "团员花名册"]
    expected = {"signin": SigninOptions, "signin_grid": GridOptions, "roster": RosterOptions}
    for entry in FORMS:
        page.select_form(entry.key)
        panel = page.options_stack.currentWidget()
        assert isinstance(panel, expected[entry.key]) and panel.isVisible()
        assert page.form_title.text() == page.forms_list.currentItem().text()
        assert page.form_description.text()
    page.select_form("signin")
    signin = page.options["signin"]
    for widget in (
        signin.kind,
        signin.date,
        signin.time,
        signin.topic,
        signin.place,
        signin.chair,
        signin.recorder,
        signin.blank_rows,
    ):
        assert widget.isVisible()
    page.select_form("signin_grid")
    grid = page.options["signin_grid"]
    assert grid.dates.isVisible() and grid.title.text() == "团课签到表"
    assert grid.kind.currentData() == "团课"


def test_group_row_shows_only_for_a_group_meeting(page, branch):
    signin = page.options["signin"]
    assert not signin.group.isVisible()
    signin.kind.setCurrentIndex(signin.kind.findData("团小组会"))
    assert signin.group.isVisible()
    assert signin.group.count() > 0 and signin.group.currentData() is not None


def test_office_file_without_a_branch_asks_for_one(page, session):
    assert session.branch_id is None and session.is_office()
    assert page.branch_box.isVisible()
    page.preview_form()
    assert "请先在上方选择" in _message(page)
    assert page.preview.stack.currentIndex() == 0
    page.branch_box.setCurrentIndex(1)
    page.preview_form()
    assert page.preview.page_count() >= 1


def test_preview_of_a_sign_in_sheet_lists_the_branch_members(page, branch, demo_league):
    signin = page.options["signin"]
    signin.topic.setText("学习贯彻团的二十大精神")
    signin.place.setText("教学楼A301")
    signin.time.setText("19:00")
    page.preview_form()
    people = expected_attendees(demo_league, branch.id, MeetingKind.BRANCH_ASSEMBLY)
    assert people
    texts = pdftools.pages(page.preview.path)
    assert page.preview.page_count() == len(texts)
    printed = pdftools.squeeze("".join(texts))
    assert all(person.name in printed for person in people)
    assert "学习贯彻团的二十大精神" in printed and branch.display_name in printed
    assert page.status.text() == f"应到 {len(people)} 人，共 {len(texts)} 页"
    assert page.preview.suggested_name.startswith(branch.name)
    assert page.preview.suggested_name.endswith(".pdf")


def test_group_meeting_lists_only_the_group(page, branch, demo_league):
    signin = page.options["signin"]
    signin.kind.setCurrentIndex(signin.kind.findData("团小组会"))
    signin.group.setCurrentIndex(0)
    page.preview_form()
    group_id = signin.group.currentData()
    members = expected_attendees(demo_league, branch.id, MeetingKind.GROUP, group_id)
    everyone = expected_attendees(demo_league, branch.id, MeetingKind.BRANCH_ASSEMBLY)
    printed = pdftools.squeeze("".join(pdftools.pages(page.preview.path)))
    assert all(p.name in printed for p in members)
    assert any(p.name not in printed for p in everyone)
    assert signin.group.currentText() in printed


def test_grid_and_roster_preview(page, branch, demo_league):
    import datetime as dt

    page.select_form("signin_grid")
    grid = page.options["signin_grid"]
    grid.add_date(dt.date(2026, 9, 5))
    grid.add_week()
    assert [d.isoformat() for d in grid.chosen_dates()] == ["2026-09-05", "2026-09-12"]
    page.preview_form()
    printed = pdftools.squeeze("".join(pdftools.pages(page.preview.path)))
    assert "9月5日" in printed and "9月12日" in printed
    page.select_form("roster")
    page.preview_form()
    printed = pdftools.squeeze("".join(pdftools.pages(page.preview.path)))
    assert "团员花名册" in printed
    assert page.preview.page_count() == pdftools.pages(page.preview.path).__len__()


def test_grid_without_dates_says_so(page, branch):
    page.select_form("signin_grid")
    page.preview_form()
    assert _message(page) == "请至少指定一个日期。"


def test_a_time_that_cannot_be_read_is_explained(page, branch):
    page.options["signin"].time.setText("25:99")
    page.preview_form()
    assert "无法识别日期或时间“25:99”" in _message(page)


def test_no_open_file_asks_to_open_one(qtbot, settings):
    session = Session(settings, TaskRunner(synchronous=True))
    page = _page(qtbot, session)
    assert page.branch_name.text() == "未打开团务文件"
    page.preview_form()
    assert "请先打开或新建团务文件" in _message(page)


def test_render_failures_become_sentences(page, branch, monkeypatch):
    import leaguedesk.printing.signin as signin_form

    def cannot_write(*args, **kwargs):
        raise PrintError(PrintProblem.CANNOT_WRITE, path="/x.pdf", reason="disk_full")

    monkeypatch.setattr(signin_form, "render_signin", cannot_write)
    page.preview_form()
    assert _message(page) == "无法保存到“/x.pdf”：磁盘已满。"
    assert page.preview_button.isEnabled()

    def bug(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(signin_form, "render_signin", bug)
    page.preview_form()
    assert "意外错误（boom）" in _message(page) and "Traceback" not in _message(page)


def test_save_as_copies_the_previewed_file(page, branch, tmp_path, monkeypatch, settings):
    page.preview_form()
    target = tmp_path / "out" / "签到表.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    page.preview.save_as()
    assert target.read_bytes() == page.preview.path.read_bytes()
    assert settings.value("printing/save_folder") == str(target.parent)
    assert "已另存为" in page.status.text()


def test_ctrl_s_saves_from_anywhere_on_the_page(qtbot, page, branch, tmp_path, monkeypatch):
    page.preview_form()
    target = tmp_path / "ctrl-s.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    page.activateWindow()
    topic = page.options["signin"].topic
    topic.setFocus()
    qtbot.waitUntil(topic.hasFocus)
    qtbot.keyClick(topic, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert target.read_bytes() == page.preview.path.read_bytes()


def test_f5_previews(qtbot, page, branch):
    page.activateWindow()
    page.forms_list.setFocus()
    qtbot.waitUntil(page.forms_list.hasFocus)
    qtbot.keyClick(page.forms_list, Qt.Key.Key_F5)
    assert page.preview.page_count() > 0


def test_options_and_form_are_remembered(qtbot, page, session, settings, demo_league):
    signin = page.options["signin"]
    signin.kind.setCurrentIndex(signin.kind.findData("团课"))
    signin.topic.setText("团史学习")
    signin.place.setText("会议室")
    signin.chair.setEditText("张三")
    signin.blank_rows.setValue(8)
    signin.order.button(1).setChecked(True)
    page.select_form("roster")
    page.options["roster"].order.button(1).setChecked(True)
    stored = json.loads(settings.value("printing/options/signin"))
    assert stored["topic"] == "团史学习" and stored["kind"] == "团课"

    again = _page(qtbot, _session(settings, demo_league))
    assert again.current_key == "roster"
    assert again.options["roster"].order.checkedId() == 1
    remembered = again.options["signin"]
    assert remembered.kind.currentData() == "团课"
    assert remembered.topic.text() == "团史学习" and remembered.place.text() == "会议室"
    assert remembered.chair.currentText() == "张三"
    assert remembered.blank_rows.value() == 8
    assert remembered.order.checkedId() == 1
    again.session.league = None


def test_changed_options_mark_the_preview_out_of_date(page, branch):
    page.preview_form()
    page.options["signin"].topic.setText("新议题")
    assert "选项已更改" in page.status.text()


def test_preview_off_the_ui_thread(qtbot, settings, demo_league):
    session = _session(settings, demo_league, TaskRunner())
    session.set_branch(org.list_branches(demo_league)[0].id)
    page = _page(qtbot, session)
    page.preview_form()
    assert not page.preview_button.isEnabled()
    assert page.preview.progress.isVisible()
    qtbot.waitUntil(lambda: page.preview.has_document(), timeout=10000)
    assert page.preview_button.isEnabled() and not page.preview.progress.isVisible()
    session.league = None


def test_main_window_has_the_printing_page(qtbot, data_home):
    window = gui_app.build_window(gui_app.app_settings(), tasks=TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    assert isinstance(window.pages["printing"], printing.PrintingPage)
    window.session.close()


def test_roster_page_offers_print_roster(qtbot, data_home):
    window = gui_app.build_window(gui_app.app_settings(), tasks=TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    menu = window.pages["roster"].more_button.menu()
    action = next(a for a in menu.actions() if a.text() == "打印花名册…")
    action.trigger()
    assert window.stack.currentWidget() is window.pages["printing"]
    assert window.pages["printing"].current_key == "roster"
    window.session.close()


def test_panel_defaults_match_the_printed_forms():
    from leaguedesk.gui.print_forms import grid, signin
    from leaguedesk.printing import signin as signin_sheet
    from leaguedesk.printing import signin_grid

    assert signin.DEFAULT_BLANK_ROWS == signin_sheet.DEFAULT_BLANK_ROWS
    assert grid.DEFAULT_TITLE == signin_grid.DEFAULT_TITLE
    assert signin_grid.GridSpec("x", []).blank_rows == grid.DEFAULT_BLANK_ROWS


def test_opening_the_window_does_not_load_reportlab():
    import subprocess
    import sys

    code = (
        "import sys, leaguedesk.gui.main_window; "
        "print('reportlab' in sys.modules, 'PySide6.QtPdf' in sys.modules)"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    ).stdout.split()
    assert out == ["False", "False"]

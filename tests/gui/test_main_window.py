"""The main window: Chinese by default, pages, branch switching, file menu actions."""

from pathlib import Path

import pytest

from leaguedesk.gui import app as gui_app
from leaguedesk.gui import files
from leaguedesk.gui.tasks import TaskRunner
from leaguedesk.services import organisation as org
from leaguedesk.storage import leaguefile


@pytest.fixture
def settings(data_home):
    return gui_app.app_settings()


@pytest.fixture
def window(qtbot, settings):
    win = gui_app.build_window(settings, tasks=TaskRunner(synchronous=True))
    qtbot.addWidget(win)
    yield win
    win.session.close()


@pytest.fixture
def dialogs(record_message_boxes):
    """Message boxes recorded as (kind, title, text), each answered Yes."""
    return record_message_boxes()


def test_window_speaks_chinese_and_has_every_page(window):
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == ["名册", "发展团员", "组织生活", "两制", "打印", "统计", "设置"]
    assert window.windowTitle() == "团务通"
    assert window.font_family  # a CJK font was found (bundled)


def test_single_branch_file_has_no_branch_chrome(window, league_path):
    with leaguefile.open_league(league_path) as league:
        org.create_branch(league, org.BranchFields(name="一班团支部"))
    assert window.open_file(league_path)
    assert window.branch_bar.isHidden()
    assert window.session.branch().name == "一班团支部"
    assert "一班团支部" in window.branch_label.text()
    assert "league.leaguedb" in window.windowTitle()


def test_office_file_switches_branch(window, demo_path):
    assert window.open_file(demo_path)
    assert not window.branch_bar.isHidden()
    box = window.branch_box
    assert box.count() == 4 and box.itemText(0) == "全部支部"
    box.setCurrentIndex(2)
    box.activated.emit(2)
    assert window.session.branch_id == box.itemData(2)
    assert window.branch_label.text() == window.session.branch().display_name


def test_branch_choice_is_remembered(window, demo_path, settings, qtbot):
    window.open_file(demo_path)
    chosen = window.branch_box.itemData(3)
    window.session.set_branch(chosen)
    window.session.close()
    again = gui_app.build_window(settings)
    qtbot.addWidget(again)
    again.open_file(demo_path)
    assert again.session.branch_id == chosen
    again.session.close()


def test_refused_file_shows_a_chinese_message_and_keeps_bytes(window, tmp_path, dialogs):
    bad = tmp_path / "bad.leaguedb"
    bad.write_text("团员名单", encoding="utf-8")
    assert not window.open_file(bad)
    assert dialogs and dialogs[0][0] == "critical"
    assert "不是团务文件" in dialogs[0][2]
    assert bad.read_text(encoding="utf-8") == "团员名单"
    assert window.session.league is None


def test_recent_files_menu_lists_opened_files(window, demo_path, league_path):
    window.open_file(demo_path)
    window.open_file(league_path)
    entries = [a.text() for a in window.recent_menu.actions()]
    assert str(league_path.resolve()) in entries[0]
    assert str(demo_path.resolve()) in entries[1]


def test_save_as_continues_in_the_copy(window, demo_path, tmp_path, dialogs):
    window.open_file(demo_path)
    target = tmp_path / "copy.leaguedb"
    assert files.save_as(window, window.session, target)
    assert window.session.league.path == target
    count = window.session.league.db.execute("SELECT count(*) FROM members").fetchone()[0]
    assert count == 60
    leaguefile.open_league(demo_path).close()  # the original is free again


def test_save_as_never_replaces_an_existing_file(window, demo_path, league_path, dialogs):
    window.open_file(demo_path)
    before = league_path.read_bytes()
    assert not files.save_as(window, window.session, league_path)
    assert "已经存在" in dialogs[-1][2]
    assert league_path.read_bytes() == before
    assert window.session.league.path == demo_path


def test_new_file_is_created_and_opened(window, tmp_path):
    target = tmp_path / "新文件.leaguedb"
    assert files.create_and_open(window, window.session, target)
    assert window.session.league.path == target
    assert str(target) in window.file_label.text()


def test_geometry_is_remembered(window, settings, qtbot):
    window.resize(760, 610)  # within the 800x800 offscreen screen
    window.show()
    window.close()
    again = gui_app.build_window(settings)
    qtbot.addWidget(again)
    assert (again.size().width(), again.size().height()) == (760, 610)


def test_shortcuts_switch_pages(window, qtbot):
    window.show()
    window.show_page("settings")
    assert window.stack.currentWidget() is window.pages["settings"]
    shortcuts = {a.shortcut().toString() for a in window.findChildren(type(window.save_as_action))}
    assert {"Ctrl+O", "Ctrl+Shift+N", "Ctrl+Shift+S", "Ctrl+B", "Ctrl+1", "Ctrl+7"} <= shortcuts


def test_backup_now_reports_where(window, demo_path, dialogs):
    window.open_file(demo_path)
    window.backup_now()
    assert dialogs[-1][0] == "information"
    assert Path(dialogs[-1][2].split("\n")[-1]).exists()

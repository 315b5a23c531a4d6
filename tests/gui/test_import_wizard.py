"""Importing a spreadsheet from the window: drop, map, preview, import or cancel; exports."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from leaguedesk.core import idcard
from leaguedesk.exchange import importing
from leaguedesk.gui import app as gui_app
from leaguedesk.gui import labels
from leaguedesk.gui.dialogs.import_wizard import PREVIEW_PAGE, SETUP_PAGE, ImportWizard
from leaguedesk.gui.import_preview_model import ACTION_COLUMN, SEVERITY_ROLE
from leaguedesk.gui.tasks import TaskRunner
from leaguedesk.services import organisation as org
from leaguedesk.storage import backup, leaguefile
from tests.exchange.conftest import PEOPLE, file_bytes, write_xlsx

TODAY = dt.date(2024, 3, 1)
HEADER = ["序号", "姓名", "性别", "身份证号码", "出生年月", "入团时间", "所在班级"]


@pytest.fixture
def dialogs(monkeypatch):
    """Message boxes would block an offscreen test: record them instead."""
    shown = []

    def record(kind):
        def show(parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return show

    for kind in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))
    return shown


def _window(qtbot, league_path, *, synchronous=True):
    with leaguefile.open_league(league_path) as league:
        org.create_branch(league, org.BranchFields(name="2023级1班团支部"))
    win = gui_app.build_window(gui_app.app_settings(), tasks=TaskRunner(synchronous=synchronous))
    qtbot.addWidget(win)
    assert win.open_file(league_path)
    return win


@pytest.fixture
def window(qtbot, league_path, data_home):
    win = _window(qtbot, league_path)
    yield win
    win.session.close()


def messy_sheet(path: Path, *, bad_id: bool = True) -> Path:
    """A title over merged cells, a blank line, a class column nobody maps, one ID typed as a
    number (Excel kept 15 digits of it)."""
    rows = [HEADER]
    for n, (name, number, sex) in enumerate(PEOPLE, 1):
        rows.append(
            [n, name, sex, number, number[6:10] + "." + number[10:12], "2019年5月", f"{n}班"]
        )
    if bad_id:
        rows[3][3] = float(rows[3][3])
    rows.append(["合计：5人"])
    return write_xlsx(path, rows, title="示范大学2023级1班团支部团员花名册")


def drop(widget, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        widget.rect().center(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(widget.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def open_wizard(window, path: Path) -> ImportWizard:
    drop(window, path)
    wizard = window.exchange.wizard
    assert wizard is not None
    wizard.today = TODAY
    return wizard


def cell(wizard: ImportWizard, sheet_row: int, key: str | None, role=Qt.ItemDataRole.DisplayRole):
    model = wizard.model
    row = next(r for r in range(model.rowCount()) if model.planned_row(r).row == sheet_row)
    column = ACTION_COLUMN if key is None else model.column_of(key)
    return model.data(model.index(row, column), role)


def test_a_dropped_messy_sheet_shows_the_bad_cell_and_blocks_the_import(
    qtbot, window, tmp_path, dialogs
):
    wizard = open_wizard(window, messy_sheet(tmp_path / "花名册.xlsx"))
    assert wizard.pages.currentIndex() == SETUP_PAGE
    assert wizard.header_spin.value() == 3  # under the title and a blank line
    assert wizard.column_box(6).currentData() != "group_id"  # 所在班级: not recognised
    assert "1 列未识别" in wizard.mapping_note.text()
    assert wizard.branch_label.text() == "2023级1班团支部"

    wizard.next_button.click()
    assert wizard.pages.currentIndex() == PREVIEW_PAGE
    assert wizard.model.rowCount() == 5
    assert cell(wizard, 6, "id_number", SEVERITY_ROLE) == "error"
    assert "后几位已经丢失" in cell(wizard, 6, "id_number", Qt.ItemDataRole.ToolTipRole)
    assert cell(wizard, 6, None) == "有错误"
    assert cell(wizard, 5, "id_number", SEVERITY_ROLE) is None
    assert cell(wizard, 5, "birth_date") == "2001-11-02"  # 出生年月 completed from the ID
    assert "1 行有错误" in wizard.counts_label.text()
    assert not wizard.import_button.isEnabled()

    wizard.only_problems.setChecked(True)
    assert wizard.model.rowCount() == 1
    report = tmp_path / "问题.xlsx"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(report), ""))
        )
        wizard.report_button.click()
    sheet = openpyxl.load_workbook(report).active
    assert sheet.cell(2, 1).value == 6 and "后几位已经丢失" in sheet.cell(2, 9).value

    wizard.exclude_errors.setChecked(True)  # import the other four, leave the bad row out
    assert wizard.import_button.isEnabled()
    wizard.reject()
    with leaguefile.open_league(window.session.league.path, readonly=True) as league:
        assert league.db.execute("SELECT count(*) FROM members").fetchone()[0] == 0


def test_fix_the_mapping_then_import_and_see_the_members(qtbot, window, tmp_path, dialogs):
    wizard = open_wizard(window, messy_sheet(tmp_path / "花名册.xlsx", bad_id=False))
    box = wizard.column_box(6)
    box.setCurrentIndex(box.findData("group_id"))  # 所在班级 → 团小组
    assert wizard.mapping.field_columns["group_id"] == 6
    assert wizard.mapping_note.text() == "所有列都已对应。"
    wizard.next_button.click()
    assert wizard.import_button.isEnabled()
    assert cell(wizard, 4, "group_id") == "1班"
    wizard.import_button.click()

    assert wizard.result is not None and wizard.result.created == 5
    assert dialogs[-1][0] == "information" and "新增 5 人" in dialogs[-1][2]
    assert "“文件 → 恢复备份…”选择“导入前”的备份" in dialogs[-1][2]
    [made] = [
        b
        for b in backup.list_backups(backup.default_dir(window.session.league.path))
        if b.reason == "import"
    ]
    assert labels.backup_reason(made.reason) == "导入前"
    roster = window.pages["roster"]
    names = {roster.model.data(roster.model.index(r, 0)) for r in range(roster.model.rowCount())}
    assert names == {name for name, _, _ in PEOPLE}
    assert window.session.league.db.execute("SELECT count(*) FROM league_groups").fetchone()[0] == 5

    again = open_wizard(window, messy_sheet(tmp_path / "花名册.xlsx", bad_id=False))
    assert again.column_box(6).currentData() == "group_id"  # the layout was remembered
    again.reject()


def test_cancel_mid_import_leaves_the_file_byte_identical(
    qtbot, league_path, data_home, tmp_path, dialogs
):
    window = _window(qtbot, league_path, synchronous=False)
    try:
        rows = [["姓名", "身份证号码", "入团年月"]]
        rows += [
            [
                f"团员{i}",
                idcard.make("440106", dt.date(2000, 1, 1) + dt.timedelta(days=i), 11),
                "2016-05",
            ]
            for i in range(900)
        ]
        wizard = open_wizard(window, write_xlsx(tmp_path / "big.xlsx", rows))
        qtbot.waitUntil(lambda: not wizard.busy and wizard.mapping is not None)
        wizard.next_button.click()
        qtbot.waitUntil(lambda: wizard.pages.currentIndex() == PREVIEW_PAGE, timeout=20000)
        assert wizard.import_button.isEnabled()
        before = file_bytes(league_path)
        seen = []

        def slow(done: int, total: int) -> None:  # runs on the worker thread
            seen.append(done)
            time.sleep(0.3)

        wizard.apply_progress_hook = slow
        wizard.import_button.click()
        assert wizard.busy and not wizard.import_button.isEnabled()
        qtbot.waitUntil(lambda: len(seen) >= 2, timeout=10000)
        assert wizard.progress.isVisible()  # the window kept painting and taking clicks
        wizard.cancel_button.click()
        qtbot.waitUntil(lambda: not wizard.busy, timeout=10000)
        assert "已取消" in wizard.status.text()
        assert wizard.result is None and wizard.isVisible()
        assert file_bytes(league_path) == before
        with leaguefile.open_league(league_path, readonly=True) as league:
            assert league.db.execute("SELECT count(*) FROM members").fetchone()[0] == 0
        wizard.reject()
    finally:
        window.session.tasks.wait()
        window.session.close()


def test_export_the_current_view_reads_back(
    qtbot, demo_path, data_home, tmp_path, dialogs, monkeypatch
):
    win = gui_app.build_window(gui_app.app_settings(), tasks=TaskRunner(synchronous=True))
    qtbot.addWidget(win)
    try:
        assert win.open_file(demo_path)
        page = win.pages["roster"]
        page.political_filter.setCurrentIndex(page.political_filter.findData("共青团员"))
        page.sort_by("age", descending=True)
        target = tmp_path / "视图.xlsx"
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
        )
        page.export_action.trigger()
        sheet = openpyxl.load_workbook(target).active
        model = page.model
        header = [c.value for c in sheet[1]]
        assert header == [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        ]
        assert sheet.max_row - 1 == model.rowCount() > 0
        for row in (0, model.rowCount() - 1):
            name = sheet.cell(row + 2, header.index("姓名") + 1).value
            assert name == model.data(model.index(row, header.index("姓名")))
            masked = sheet.cell(row + 2, header.index("公民身份号码") + 1).value
            assert masked == model.data(model.index(row, header.index("公民身份号码")))
        ages = [sheet.cell(r, header.index("年龄") + 1).value for r in range(2, sheet.max_row + 1)]
        assert ages == sorted(ages, reverse=True)
        joined = sheet.cell(2, header.index("入团年月") + 1)
        assert isinstance(joined.value, dt.datetime) and joined.number_format == "yyyy-mm"
        assert "已导出" in win.statusBar().currentMessage()
    finally:
        win.session.close()


def test_file_menu_exports_the_roster_for_zhtj(qtbot, window, tmp_path, dialogs, monkeypatch):
    target = tmp_path / "智慧团建.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target)[:-5], ""))
    )
    assert window.exchange.import_action.shortcut().toString() == "Ctrl+I"
    window.exchange.zhtj_action.trigger()
    header = [c.value for c in openpyxl.load_workbook(target).active[1]]
    assert header[:3] == ["姓名", "证件类型", "身份证号码"]


def test_importing_needs_an_open_file(qtbot, data_home, tmp_path, dialogs):
    win = gui_app.build_window(gui_app.app_settings(), tasks=TaskRunner(synchronous=True))
    qtbot.addWidget(win)
    assert not win.exchange.import_action.isEnabled()
    assert win.exchange.import_file(tmp_path / "a.xlsx") is None
    assert "请先打开或新建团务文件" in dialogs[-1][2]


def test_choose_the_sheet_and_the_header_row(qtbot, window, tmp_path, dialogs):
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "填表说明"
    notes.append(["1. 身份证号码请设为文本格式"])
    members_sheet = wb.create_sheet("团员")
    members_sheet.append(["2024年团员名单"])
    members_sheet.append(["姓名", "身份证号码", "入团年月"])
    for name, number, _ in PEOPLE:
        members_sheet.append([name, number, "2019-05"])
    path = tmp_path / "两张表.xlsx"
    wb.save(path)

    wizard = open_wizard(window, path)
    assert wizard.sheet_box.isVisibleTo(wizard)
    assert "没有找到表头" in wizard.status.text()
    assert not wizard.next_button.isEnabled()  # no 姓名 and no ID column yet
    wizard.sheet_box.setCurrentText("团员")
    wizard.sheet_box.activated.emit(wizard.sheet_box.currentIndex())
    assert wizard.head.name == "团员"
    assert wizard.header_spin.value() == 2
    assert wizard.mapping.field_columns == {"name": 0, "id_number": 1, "joined_on": 2}
    wizard.header_spin.setValue(1)  # the title line as header: nothing maps
    assert "缺少必需的列" in wizard.mapping_note.text()
    assert not wizard.next_button.isEnabled()
    wizard.header_spin.setValue(2)
    wizard.next_button.click()
    assert wizard.plan.sheet == "团员" and wizard.plan.counts.to_create == 5
    wizard.reject()


def test_checking_reuses_the_sheet_read_for_the_columns(
    qtbot, window, tmp_path, dialogs, monkeypatch
):
    wizard = open_wizard(window, messy_sheet(tmp_path / "花名册.xlsx", bad_id=False))

    def no_second_read(*_args, **_kwargs):
        raise AssertionError("read twice")

    monkeypatch.setattr(importing, "read_table", no_second_read)
    monkeypatch.setattr(leaguefile, "inspect", no_second_read)  # the window checked the file
    wizard.next_button.click()
    assert wizard.pages.currentIndex() == PREVIEW_PAGE and wizard.model.rowCount() == 5
    assert wizard.head is not None and wizard.head.table is None  # its memory is let go


def test_a_sheet_of_several_branches_shows_each_rows_branch(qtbot, window, tmp_path, dialogs):
    rows = [
        ["所在团支部", "姓名", "身份证号码"],
        ["2023级1班团支部", PEOPLE[0][0], PEOPLE[0][1]],
        [None, PEOPLE[1][0], PEOPLE[1][1]],
        ["2023级2班团支部", PEOPLE[2][0], PEOPLE[2][1]],
        [None, PEOPLE[3][0], PEOPLE[3][1]],
    ]
    wizard = open_wizard(window, write_xlsx(tmp_path / "团委.xlsx", rows))
    wizard.next_button.click()
    assert [cell(wizard, r, "branch") for r in range(2, 6)] == ["2023级1班团支部"] * 2 + [
        "2023级2班团支部"
    ] * 2  # a merged cell is the one above
    assert [cell(wizard, r, None) for r in range(2, 6)] == ["新增"] * 2 + ["其他支部"] * 2
    assert "不是正在导入的“2023级1班团支部”" in cell(
        wizard, 5, "branch", Qt.ItemDataRole.ToolTipRole
    )
    assert "其他支部 2 人本次不导入" in wizard.counts_label.text()
    wizard.import_button.click()
    assert wizard.result is not None and wizard.result.created == 2


def test_a_tuanwei_sheet_goes_into_each_rows_branch_in_one_import(qtbot, window, tmp_path, dialogs):
    league = window.session.league
    first = org.find_branch(league, "2023级1班团支部").id
    other = org.create_branch(league, org.BranchFields(name="2023级2班团支部")).id
    rows = [
        ["所在团支部", "姓名", "身份证号码"],
        ["2023级1班团支部", PEOPLE[0][0], PEOPLE[0][1]],
        [None, PEOPLE[1][0], PEOPLE[1][1]],
        ["2023级2班团支部", PEOPLE[2][0], PEOPLE[2][1]],
        [None, PEOPLE[3][0], PEOPLE[3][1]],
    ]
    wizard = open_wizard(window, write_xlsx(tmp_path / "团委.xlsx", rows))
    wizard.branch_box.setCurrentIndex(wizard.branch_box.findText("按表中“所在支部”分别导入各支部"))
    assert wizard.by_sheet and wizard.branch_id is None and wizard.next_button.isEnabled()
    wizard.next_button.click()
    assert [cell(wizard, r, None) for r in range(2, 6)] == ["新增"] * 4
    assert "新增 4 人" in wizard.counts_label.text()
    assert "分属 2 个支部" in wizard.counts_label.text()
    wizard.import_button.click()
    assert wizard.result is not None and wizard.result.created == 4
    assert dialogs[-1][2].startswith("已按所在支部导入到 2 个支部：新增 4 人")
    stored = dict(league.db.execute("SELECT id_number, branch_id FROM members"))
    assert [stored[PEOPLE[i][1]] for i in range(4)] == [first] * 2 + [other] * 2


def test_by_branch_asks_for_the_branch_column(qtbot, window, tmp_path, dialogs):
    org.create_branch(window.session.league, org.BranchFields(name="2023级2班团支部"))
    wizard = open_wizard(window, messy_sheet(tmp_path / "花名册.xlsx"))
    wizard.branch_box.setCurrentIndex(wizard.branch_box.findText("按表中“所在支部”分别导入各支部"))
    assert not wizard.next_button.isEnabled()
    assert "缺少必需的列：所在支部" in wizard.mapping_note.text()
    wizard.branch_box.setCurrentIndex(wizard.branch_box.findText("2023级1班团支部"))
    assert wizard.next_button.isEnabled() and "缺少" not in wizard.mapping_note.text()

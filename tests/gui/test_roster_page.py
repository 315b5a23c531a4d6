"""The 名册 page driven like a user: search, filters, sorting, columns, editing, undo, leaving."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from leaguedesk.core import idcard
from leaguedesk.gui.pages.roster import COLUMNS_SETTING, RosterPage
from leaguedesk.gui.roster_model import MEMBER_ID_ROLE, SORT_ROLE
from leaguedesk.services import members


@pytest.fixture
def session(demo_league, make_session):
    return make_session(demo_league)


@pytest.fixture
def page(qtbot, session):
    page = RosterPage(session)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    return page


def _column_values(page: RosterPage, key: str, role=Qt.ItemDataRole.DisplayRole) -> list:
    model = page.model
    column = model.columns.index(key)
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def _member_ids(page: RosterPage) -> list[int]:
    return list(page.model.ids)


def _db_value(league, member_id: int, column: str):
    return league.db.execute(f"SELECT {column} FROM members WHERE id = ?", [member_id]).fetchone()[
        0
    ]


def _young_plain_member(league) -> int:
    """An active 共青团员 without a post, born 2003 or later (no warnings on the record)."""
    return league.db.execute(
        "SELECT id FROM members WHERE status = '正常' AND political_status = '共青团员' "
        "AND league_post = '' AND birth_date >= '2003-01-01' AND warnings = '' "
        "ORDER BY id LIMIT 1"
    ).fetchone()[0]


def test_page_lists_active_members_of_all_branches_with_branch_column(page, demo_league):
    active = demo_league.db.execute(
        "SELECT count(*) FROM members WHERE status = '正常'"
    ).fetchone()[0]
    assert page.model.rowCount() == active
    assert page.count_label.text() == f"共 {active} 人"
    assert "branch" in page.model.columns


def test_typing_in_search_narrows_the_rows(qtbot, page):
    before = page.model.rowCount()
    qtbot.keyClicks(page.search, "zh")
    qtbot.waitUntil(lambda: page.model.rowCount() < before, timeout=2000)
    pinyin = _column_values(page, "name", SORT_ROLE)
    # Full pinyin anywhere (zhang, xia zhe) or initials from the start (zeng hao jie → zhj).
    assert pinyin and all(
        "zh" in p.replace(" ", "") or "".join(s[0] for s in p.split()).startswith("zh")
        for p in pinyin
    )
    assert page.count_label.text().startswith(f"共 {page.model.rowCount()} 人")
    qtbot.keyClicks(page.search, "ang")
    qtbot.waitUntil(
        lambda: all("zhang" in p.replace(" ", "") for p in _column_values(page, "name", SORT_ROLE))
    )
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == before)


def test_search_by_initials_and_phone(page, demo_league):
    member_id = _young_plain_member(demo_league)
    name, initials, phone = demo_league.db.execute(
        "SELECT name, name_initials, phone FROM members WHERE id = ?", [member_id]
    ).fetchone()
    page.search.setText(initials)
    page.apply_filters()
    assert name in _column_values(page, "name")
    page.search.setText(phone[-5:])
    page.apply_filters()
    assert member_id in _member_ids(page)


def test_ctrl_f_focuses_the_search_box(qtbot, page):
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search.hasFocus)


def test_filters_narrow_by_political_status_age_cadre_and_status(page, demo_league):
    page.political_filter.setCurrentIndex(page.political_filter.findData("中共党员"))
    assert page.model.rowCount() > 0
    assert set(_column_values(page, "political_status")) == {"中共党员"}
    page.clear_filters()
    page.min_age.setValue(20)
    page.max_age.setValue(22)
    ages = [int(a) for a in _column_values(page, "age")]
    assert ages and all(20 <= a <= 22 for a in ages)
    page.clear_filters()
    page.cadre_filter.setCurrentIndex(page.cadre_filter.findData(True))
    cadres = demo_league.db.execute(
        "SELECT count(*) FROM members WHERE status = '正常' AND is_cadre = 1"
    ).fetchone()[0]
    assert page.model.rowCount() == cadres
    page.clear_filters()
    page.status_filter.setCurrentIndex(1)  # 已离团（历史）
    statuses = _column_values(page, "status")
    assert statuses and "正常" not in statuses
    assert "status_since" in page.model.columns


def test_choosing_a_branch_hides_the_branch_column_and_offers_its_groups(page, session):
    branch = next(b for b in session.branches() if members.groups(session.league, b.id))
    session.set_branch(branch.id)
    assert "branch" not in page.model.columns
    assert page.group_filter.isVisible()
    group_id, group_name = members.groups(session.league, branch.id)[0]
    page.group_filter.setCurrentIndex(page.group_filter.findData(group_id))
    assert set(_column_values(page, "group_id")) == {group_name}
    session.set_branch(None)
    assert "branch" in page.model.columns
    assert not page.group_filter.isVisible()


def test_clicking_the_name_header_sorts_in_pinyin_order_both_ways(qtbot, page):
    keys = _column_values(page, "name", SORT_ROLE)
    assert keys == sorted(keys)
    header = page.table.horizontalHeader()
    column = page.model.columns.index("name")
    position = QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert _column_values(page, "name", SORT_ROLE) == sorted(keys, reverse=True)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert _column_values(page, "name", SORT_ROLE) == keys


def test_sort_by_age_and_joined(page):
    page.sort_by("age")
    ages = [int(a) for a in _column_values(page, "age")]
    assert ages == sorted(ages)
    page.sort_by("joined_on", descending=True)
    joined = _column_values(page, "joined_on")
    assert joined == sorted(joined, reverse=True)


def test_hidden_columns_are_remembered(qtbot, page, session):
    menu = page.column_menu()
    phone = next(a for a in menu.actions() if a.data() == "phone")
    assert phone.isChecked()
    phone.setChecked(False)
    assert "phone" not in page.model.columns
    assert "phone" not in session.settings.value(COLUMNS_SETTING)
    page.set_column_visible("email", True)
    again = RosterPage(session)
    qtbot.addWidget(again)
    assert "phone" not in again.model.columns
    assert "email" in again.model.columns
    page.reset_columns()
    assert "phone" in page.model.columns


def test_ids_are_masked_and_revealed_only_after_confirming(page, demo_league, monkeypatch):
    member_id = page.model.member_id(0)
    full = _db_value(demo_league, member_id, "id_number")
    assert _column_values(page, "id_number")[0] == idcard.mask(full)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.reveal_action.trigger()
    assert not page.reveal_action.isChecked()
    assert _column_values(page, "id_number")[0] == idcard.mask(full)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.reveal_action.trigger()
    assert _column_values(page, "id_number")[0] == full


def test_enter_opens_member_edit_save_then_undo_and_redo(qtbot, page, demo_league):
    member_id = _young_plain_member(demo_league)
    old_phone = _db_value(demo_league, member_id, "phone")
    assert page.select_member(member_id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    form = page.form
    assert form is not None and form.member.id == member_id
    form.set_value("phone", "13900001111")
    form.check_now()
    assert form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert page.form is None
    assert _db_value(demo_league, member_id, "phone") == "13900001111"
    assert page.selected_member_id() == member_id
    entries = members.history(demo_league, member_id)
    assert entries[0].field == "phone" and entries[0].new_value == "13900001111"

    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _db_value(demo_league, member_id, "phone") == old_phone
    undo = members.history(demo_league, member_id)[0]
    assert (undo.field, undo.old_value, undo.new_value) == ("phone", "13900001111", old_phone)
    assert "撤销" in undo.note

    qtbot.keyClick(page.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _db_value(demo_league, member_id, "phone") == "13900001111"
    assert page.undo_stack.canUndo()


def test_form_errors_block_saving_and_warnings_allow_it(qtbot, page, demo_league):
    member_id = _young_plain_member(demo_league)
    form = page.open_member(member_id)
    number = _db_value(demo_league, member_id, "id_number")
    wrong = number[:17] + ("0" if number[17] != "0" else "1")
    form.set_value("id_number", wrong)
    form.check_now()
    assert not form.save_button.isEnabled()
    label = form.findChild(type(form.heading), "issue_id_number")
    assert label.isVisible() and "公民身份号码" in label.text()
    form.set_value("id_number", number)
    form.set_value("development_no", "")
    form.set_value("joined_on", "2016-01")  # aged under 14 then; before 2017 only a warning
    issues = form.check_now()
    assert issues and form.save_button.isEnabled()
    assert form.findChild(type(form.heading), "issue_joined_on").isVisible()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert _db_value(demo_league, member_id, "joined_on") == "2016-01"
    row = page.model.row_of(member_id)
    name_column = page.model.columns.index("name")
    assert page.model.index(row, name_column).data(Qt.ItemDataRole.DecorationRole) is not None


def test_form_history_tab_lists_changes(page, demo_league):
    member_id = _young_plain_member(demo_league)
    members.update_member(demo_league, member_id, {"workplace": "示范市第一中学"})
    form = page.open_member(member_id)
    texts = [
        form.history_table.item(r, c).text()
        for r in range(form.history_table.rowCount())
        for c in range(form.history_table.columnCount())
    ]
    assert "学习工作单位" in texts and "示范市第一中学" in texts
    form.done(0)


def test_delete_key_records_leaving_with_a_reason(qtbot, page, demo_league):
    member_id = _young_plain_member(demo_league)
    before = page.model.rowCount()
    page.select_member(member_id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    dialog = page.status_dialog
    assert dialog is not None
    dialog.event.setCurrentText("自愿退团")
    dialog.accept()  # no reason yet: refused, the dialog stays
    assert dialog.problems.isVisible() and "原因" in dialog.problems.text()
    dialog.reason.setText("本人书面申请")
    dialog.decided_by.setText("2026年3月支部大会")
    dialog.accept()
    assert _db_value(demo_league, member_id, "status") == "自愿退团"
    assert page.model.rowCount() == before - 1
    page.status_filter.setCurrentIndex(1)
    assert member_id in _member_ids(page)


def test_ctrl_n_adds_a_member_to_the_chosen_branch(qtbot, page, session, demo_league):
    branch = session.branches()[0]
    session.set_branch(branch.id)
    before = page.model.rowCount()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = page.form
    assert form is not None and form.member is None
    number = idcard.make("440106", dt.date(2006, 4, 5), 123)
    form.set_value("name", "欧阳新")
    form.widget("id_number").setText(number)
    form.widget("id_number").textEdited.emit(number)  # as if typed: fills birth date and sex
    assert form.value("birth_date") == "2006-04-05" and form.value("sex") == "男"
    form.set_value("political_status", "共青团员")
    form.set_value("joined_on", "2021-05")
    form.set_value("development_no", "202112345678")
    form.check_now()
    assert form.save_button.isEnabled(), [i.code for i in form.issues]
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == before + 1
    new_id = page.selected_member_id()
    assert _db_value(demo_league, new_id, "name") == "欧阳新"
    assert _db_value(demo_league, new_id, "branch_id") == branch.id


def test_alerts_show_members_turning_28(qtbot, page, demo_league):
    member_id = _young_plain_member(demo_league)
    today = dt.date.today()
    birth = dt.date(today.year - 28, today.month, 1) + dt.timedelta(days=70)
    with demo_league.transaction() as db:
        db.execute("UPDATE members SET birth_date = ? WHERE id = ?", [birth.isoformat(), member_id])
    page.update_alerts()
    assert page.alerts.isVisible()
    assert "年满28周岁" in page.alerts.label.text()
    name = _db_value(demo_league, member_id, "name")
    items = [page.alerts.list.item(i) for i in range(page.alerts.list.count())]
    mine = [i for i in items if i.data(Qt.ItemDataRole.UserRole) == member_id]
    assert mine and mine[0].text().startswith(f"{name}　将于") and "还有" in mine[0].text()
    with qtbot.waitSignal(page.alerts.member_chosen) as chosen:
        page.alerts.list.itemActivated.emit(mine[0])
    assert chosen.args == [member_id]


def test_model_rows_carry_member_ids(page):
    ids = _member_ids(page)
    assert page.model.index(0, 0).data(MEMBER_ID_ROLE) == ids[0]


def test_status_tab_lists_leaving_and_discipline(qtbot, page, demo_league):
    from leaguedesk.gui.dialogs.member_status import DisciplineDialog

    member_id = _young_plain_member(demo_league)
    dialog = DisciplineDialog(demo_league, member_id)
    qtbot.addWidget(dialog)
    dialog.level.setCurrentText("警告")
    dialog.reason.setText("无故连续三次不参加组织生活")
    dialog.decided_by.setText("2026年3月支部大会")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    left_on = (dt.date.today() - dt.timedelta(days=30)).isoformat()
    members.change_status(
        demo_league,
        member_id,
        "转出",
        effective_on=left_on,
        reason="就业",
        decided_by="转出、转入组织批准",
        destination="示范市青年志愿者协会团支部",
    )
    form = page.open_member(member_id)
    cells = [
        [form.status_table.item(r, c).text() for c in range(5)]
        for r in range(form.status_table.rowCount())
    ]
    assert cells[-1][:3] == [left_on, "转出", "就业"]
    levels = [
        form.discipline_table.item(r, 1).text() for r in range(form.discipline_table.rowCount())
    ]
    assert levels == ["警告"]
    assert form.status_button.text() == "办理转入…"
    form.done(0)

"""The roster table model: passes Qt's model checks, masks IDs, sorts in pinyin order."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from leaguedesk.core import idcard
from leaguedesk.core.pinyin import sort_key
from leaguedesk.gui.roster_model import MEMBER_ID_ROLE, SORT_ROLE, RosterModel
from leaguedesk.storage.roster import COLUMN_KEYS, RosterQuery

TODAY = dt.date(2026, 6, 1)


def _column(model: RosterModel, key: str) -> int:
    return model.columns.index(key)


def _texts(model: RosterModel, key: str) -> list[str]:
    column = _column(model, key)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_model_passes_qt_model_checks(qtmodeltester, demo_league):
    model = RosterModel(demo_league, columns=COLUMN_KEYS, today=TODAY)
    assert model.rowCount() > 40
    qtmodeltester.check(model)


def test_model_passes_checks_while_searching_and_sorting(qtmodeltester, demo_league):
    model = RosterModel(demo_league, today=TODAY)
    qtmodeltester.check(model, force_py=True)
    model.set_query(RosterQuery(search="zh"))
    model.sort(_column(model, "joined_on"), Qt.SortOrder.DescendingOrder)
    model.set_query(RosterQuery(search="no such person"))
    assert model.rowCount() == 0


def test_id_numbers_are_masked_until_revealed(demo_league):
    model = RosterModel(demo_league, today=TODAY)
    full = demo_league.db.execute(
        "SELECT id_number FROM members WHERE id = ?", [model.member_id(0)]
    ).fetchone()[0]
    shown = model.index(0, _column(model, "id_number")).data()
    assert shown == idcard.mask(full)
    assert full[4:14] not in shown
    model.set_ids_revealed(True)
    assert model.index(0, _column(model, "id_number")).data() == full


def test_headers_use_national_labels(demo_league):
    model = RosterModel(demo_league, columns=("name", "id_number", "joined_on", "age"))
    labels = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert labels == ["姓名", "公民身份号码", "入团年月", "年龄"]


def test_names_are_in_pinyin_order_and_sort_role_is_native(demo_league):
    model = RosterModel(demo_league, today=TODAY)
    column = _column(model, "name")
    keys = [model.index(r, column).data(SORT_ROLE) for r in range(model.rowCount())]
    assert keys == sorted(keys)
    assert keys[0] == sort_key(model.index(0, column).data())
    ages = [model.index(r, _column(model, "age")).data(SORT_ROLE) for r in range(3)]
    assert all(isinstance(a, int) for a in ages)


def test_sorting_by_age_and_back_keeps_selection_on_the_same_member(demo_league):
    model = RosterModel(demo_league, today=TODAY)
    age = _column(model, "age")
    from PySide6.QtCore import QPersistentModelIndex

    tracked = QPersistentModelIndex(model.index(5, 0))
    member = model.index(5, 0).data(MEMBER_ID_ROLE)
    model.sort(age, Qt.SortOrder.DescendingOrder)
    ages = [int(a) for a in _texts(model, "age")]
    assert ages == sorted(ages, reverse=True)
    assert model.index(tracked.row(), 0).data(MEMBER_ID_ROLE) == member
    model.sort(age, Qt.SortOrder.AscendingOrder)
    ages = [int(a) for a in _texts(model, "age")]
    assert ages == sorted(ages)


def test_rows_with_warnings_carry_a_mark(qapp, demo_league):
    member_id = demo_league.db.execute(
        "SELECT min(id) FROM members WHERE status = '正常'"
    ).fetchone()[0]
    with demo_league.transaction() as db:
        db.execute("UPDATE members SET warnings = 'age_at_join' WHERE id = ?", [member_id])
    model = RosterModel(demo_league, today=TODAY)
    row = model.row_of(member_id)
    name = model.index(row, _column(model, "name"))
    assert name.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "提示" in name.data(Qt.ItemDataRole.ToolTipRole)
    other = model.index(0 if row else 1, _column(model, "name"))
    assert other.data(Qt.ItemDataRole.DecorationRole) is None


def test_pages_are_fetched_lazily_and_bounded(demo_league):
    model = RosterModel(demo_league, today=TODAY, page_size=10, max_pages=2)
    assert model.cached_pages == 0
    for row in range(model.rowCount()):
        model.index(row, 0).data()
    assert model.cached_pages == 2

"""The shared SQL helpers: id lists in chunks, updates limited to known columns."""

import pytest

from leaguedesk.storage.sql import chunks, update_columns


def test_chunks_cover_every_id_once_with_matching_placeholders():
    ids = list(range(1, 1203))
    parts = list(chunks(ids))
    assert [len(chunk) for chunk, _ in parts] == [500, 500, 202]
    assert [i for chunk, _ in parts for i in chunk] == ids
    assert all(marks.count("?") == len(chunk) for chunk, marks in parts)
    assert list(chunks([])) == []


def test_update_columns_sets_known_columns_and_refuses_others(league):
    db = league.db
    branch_id = db.execute("INSERT INTO branches(name) VALUES ('测试团支部')").lastrowid
    update_columns(
        db, "branches", branch_id, {"full_name": "测试学院测试团支部"}, ("full_name", "contact")
    )
    assert (
        db.execute("SELECT full_name FROM branches WHERE id = ?", [branch_id]).fetchone()[0]
        == "测试学院测试团支部"
    )
    update_columns(db, "branches", branch_id, {}, ())  # nothing to set: no statement
    with pytest.raises(ValueError, match="name"):
        update_columns(db, "branches", branch_id, {"name": "别的"}, ("full_name",))

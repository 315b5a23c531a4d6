"""Opening league files: refusals leave the bytes alone; one writer at a time; migrations."""

import hashlib
import sqlite3
import struct
from pathlib import Path

import pytest

from leaguedesk.storage import backup, leaguefile, schema
from leaguedesk.storage.errors import LeagueFileError, Problem
from leaguedesk.storage.lock import lock_path_for


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused(path: Path, problem: Problem) -> None:
    before = digest(path)
    with pytest.raises(LeagueFileError) as caught:
        leaguefile.open_league(path)
    assert caught.value.problem is problem
    assert digest(path) == before
    assert not lock_path_for(path).exists()


def test_create_then_reopen_keeps_data(league_path):
    with leaguefile.open_league(league_path) as league:
        league.db["branches"].insert({"name": "一班团支部"})
    with leaguefile.open_league(league_path) as league:
        assert [r["name"] for r in league.db["branches"].rows] == ["一班团支部"]
        assert league.format_version() == schema.known_version()
        assert league.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert league.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.leaguedb"
    path.write_bytes(b"")
    refused(path, Problem.EMPTY)


def test_text_file_is_refused(tmp_path):
    path = tmp_path / "notes.leaguedb"
    path.write_text("团员名单\n张三\n", encoding="utf-8")
    refused(path, Problem.NOT_SQLITE)


def test_other_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    refused(path, Problem.FOREIGN_SQLITE)


def test_newer_version_is_refused(league_path):
    data = bytearray(league_path.read_bytes())
    data[60:64] = struct.pack(">i", schema.known_version() + 1)
    league_path.write_bytes(bytes(data))
    refused(league_path, Problem.NEWER_VERSION)


def test_truncated_file_is_refused(demo_path):
    data = demo_path.read_bytes()
    demo_path.write_bytes(data[: len(data) // 2])
    refused(demo_path, Problem.DAMAGED)


def test_corrupted_page_is_refused(demo_path):
    data = bytearray(demo_path.read_bytes())
    page = 4096
    for offset in range(page * 3, page * 6):  # scribble over table and index pages
        data[offset] = 0xA5
    demo_path.write_bytes(bytes(data))
    refused(demo_path, Problem.DAMAGED)


def test_second_writer_is_told_who_holds_the_file(league_path):
    with leaguefile.open_league(league_path), pytest.raises(LeagueFileError) as caught:
        leaguefile.open_league(league_path)
    assert caught.value.problem is Problem.IN_USE
    assert caught.value.facts.get("host")
    assert caught.value.facts.get("pid")


def test_lock_is_released_on_close(league_path):
    leaguefile.open_league(league_path).close()
    leaguefile.open_league(league_path).close()


def test_readonly_open_works_while_a_writer_holds_the_file(demo_path):
    with leaguefile.open_league(demo_path), leaguefile.open_league(demo_path, readonly=True) as ro:
        assert ro.db.execute("SELECT count(*) FROM members").fetchone()[0] == 60


def test_a_readonly_open_leaves_nothing_beside_the_file_and_writes_nothing(demo_path):
    """A USB stick shows only the league file after `leaguedesk info` or a print."""
    before = demo_path.read_bytes()
    with leaguefile.open_league(demo_path, readonly=True) as ro:
        assert ro.db.execute("SELECT count(*) FROM members").fetchone()[0] == 60
        with pytest.raises(sqlite3.OperationalError):
            ro.db.execute("DELETE FROM members")
    siblings = sorted(
        p.name for p in demo_path.parent.iterdir() if p.name.startswith(demo_path.name)
    )
    assert siblings == [demo_path.name]
    assert demo_path.read_bytes() == before


def test_missing_file_is_reported(tmp_path):
    with pytest.raises(LeagueFileError) as caught:
        leaguefile.open_league(tmp_path / "nope.leaguedb")
    assert caught.value.problem is Problem.NOT_FOUND


def test_create_refuses_an_existing_file(league_path):
    with pytest.raises(LeagueFileError) as caught:
        leaguefile.create(league_path)
    assert caught.value.problem is Problem.ALREADY_EXISTS


def test_pending_migration_is_backed_up_first(league_path, data_home, monkeypatch):
    calls = []

    @schema.migrations(name="9999_test_extra_table")
    def _extra(db):
        calls.append(1)
        db.execute("CREATE TABLE extra (x TEXT)")

    try:
        monkeypatch.setattr(schema, "known_version", lambda: len(schema.migrations._migrations))
        with leaguefile.open_league(league_path) as league:
            assert "extra" in league.db.table_names()
            assert league.format_version() == len(schema.migrations._migrations)
        reasons = [b.reason for b in backup.list_backups(backup.default_dir(league_path))]
        assert "migration" in reasons
        assert calls == [1]
    finally:
        schema.migrations._migrations.pop()

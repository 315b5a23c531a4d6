"""Backups: made through SQLite's backup API, rotated by day and month, restored on demand."""

import datetime as dt
import sqlite3

import pytest

from leaguedesk.storage import backup, leaguefile
from leaguedesk.storage.errors import LeagueFileError, Problem


def names(league):
    return [r[0] for r in league.db.execute("SELECT name FROM branches ORDER BY id")]


def test_opening_takes_one_backup_a_day(league_path, data_home):
    folder = backup.default_dir(league_path)
    leaguefile.open_league(league_path).close()
    leaguefile.open_league(league_path).close()
    backups = backup.list_backups(folder)
    assert [b.reason for b in backups] == ["daily"]
    assert str(folder).startswith(str(data_home))


def test_backup_is_a_complete_league_file_even_with_pending_wal(league):
    league.db.execute("INSERT INTO branches(name) VALUES ('一班团支部')")
    league.db.conn.commit()  # committed into the -wal file, not yet checkpointed
    made = backup.make(league, backup.default_dir(league.path))
    leaguefile.inspect(made.path)
    conn = sqlite3.connect(made.path)
    assert conn.execute("SELECT name FROM branches").fetchall() == [("一班团支部",)]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def _fake_history(league, folder, days):
    start = dt.datetime(2026, 1, 1, 9, 0, 0)
    for offset in range(days):
        backup.make(
            league, folder, reason=backup.Reason.DAILY, now=start + dt.timedelta(days=offset)
        )


def test_rotation_keeps_last_daily_and_monthly(league, tmp_path):
    folder = tmp_path / "backups"
    _fake_history(league, folder, 200)  # 2026-01-01 .. 2026-07-19
    removed = backup.rotate(folder, backup.Policy(daily=10, monthly=12))
    kept = backup.list_backups(folder)
    kept_days = {b.created.date() for b in kept}
    last_ten = {dt.date(2026, 7, 19) - dt.timedelta(days=n) for n in range(10)}
    assert last_ten <= kept_days
    # one per month for the older months: the newest of each month
    assert dt.date(2026, 1, 31) in kept_days and dt.date(2026, 1, 30) not in kept_days
    assert len(kept) == 10 + 6  # Jan..Jun month-ends; July is covered by the daily ones
    assert len(removed) == 200 - len(kept)


def test_rotation_never_removes_the_newest(league, tmp_path):
    folder = tmp_path / "backups"
    _fake_history(league, folder, 3)
    backup.rotate(folder, backup.Policy(daily=1, monthly=1))
    assert len(backup.list_backups(folder)) == 1
    assert backup.list_backups(folder)[0].created.date() == dt.date(2026, 1, 3)


def test_policy_comes_from_the_file_settings(league):
    league.db.execute("INSERT INTO settings(key, value) VALUES ('backup.daily', '3')")
    league.db.execute("INSERT INTO settings(key, value) VALUES ('backup.monthly', '\"x\"')")
    assert backup.Policy.from_settings(league.db) == backup.Policy(daily=3, monthly=12)


def test_restore_brings_back_content_and_keeps_a_safety_copy(league):
    folder = backup.default_dir(league.path)
    league.db.execute("INSERT INTO branches(name) VALUES ('一班团支部')")
    league.db.conn.commit()
    saved = backup.make(league, folder)
    league.db.execute("INSERT INTO branches(name) VALUES ('二班团支部')")
    league.db.conn.commit()
    safety = backup.restore(league, saved.path, folder)
    assert names(league) == ["一班团支部"]
    assert safety.reason == "restore"
    # the replaced content is itself restorable
    backup.restore(league, safety.path, folder)
    assert names(league) == ["一班团支部", "二班团支部"]
    assert league.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_restore_survives_reopening(league_path):
    with leaguefile.open_league(league_path) as league:
        folder = backup.default_dir(league.path)
        saved = backup.make(league, folder)
        league.db.execute("INSERT INTO branches(name) VALUES ('二班团支部')")
        league.db.conn.commit()
        backup.restore(league, saved.path, folder)
    with leaguefile.open_league(league_path) as league:
        assert names(league) == []


def test_restore_refuses_a_file_that_is_not_a_backup(league, tmp_path):
    bogus = tmp_path / "bogus.leaguedb"
    bogus.write_text("not a database", encoding="utf-8")
    with pytest.raises(LeagueFileError) as caught:
        backup.restore(league, bogus, tmp_path / "backups")
    assert caught.value.problem is Problem.NOT_SQLITE
    assert backup.list_backups(tmp_path / "backups") == []


def test_missing_backup_is_reported(league, tmp_path):
    with pytest.raises(LeagueFileError) as caught:
        backup.restore(league, tmp_path / "gone.leaguedb", tmp_path)
    assert caught.value.problem is Problem.BACKUP_NOT_FOUND

"""SQL for 推优入党: one row per candidate voted on at a 支部大会."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from leaguedesk.storage.sql import rows

COLUMNS = (
    "member_id",
    "applied_on",
    "meeting_date",
    "meeting_id",
    "expected",
    "present",
    "votes_yes",
    "votes_no",
    "votes_abstain",
    "passed",
    "rank",
    "valid_until",
    "findings",
    "notes",
)
_SELECT = """
    SELECT r.*, m.name, m.name_pinyin, m.sex, m.birth_date, m.joined_on, m.political_status,
           m.workplace, m.league_post, b.name AS branch_name
    FROM recommendations r
    JOIN members m ON m.id = r.member_id
    JOIN branches b ON b.id = r.branch_id
"""


def replace_batch(
    db: Database, branch_id: int, meeting_date: str, rows: Iterable[dict[str, Any]]
) -> None:
    """Store one meeting's votes, replacing what was stored for that meeting before."""
    db.execute(
        "DELETE FROM recommendations WHERE branch_id = ? AND meeting_date = ?",
        [branch_id, meeting_date],
    )
    db.conn.executemany(
        f"INSERT INTO recommendations(branch_id, {', '.join(COLUMNS)}) VALUES (:branch_id, "
        f"{', '.join(':' + c for c in COLUMNS)})",
        [{"branch_id": branch_id, **row} for row in rows],
    )


def batch_rows(db: Database, branch_id: int, meeting_date: str) -> list[dict[str, Any]]:
    return rows(
        db,
        _SELECT + " WHERE r.branch_id = ? AND r.meeting_date = ? "
        "ORDER BY r.rank IS NULL, r.rank, m.name_pinyin",
        [branch_id, meeting_date],
    )


def meeting_dates(db: Database, branch_id: int) -> list[str]:
    return [
        str(r[0])
        for r in db.execute(
            "SELECT DISTINCT meeting_date FROM recommendations WHERE branch_id = ? "
            "ORDER BY meeting_date DESC",
            [branch_id],
        ).fetchall()
    ]


def valid_rows(db: Database, branch_id: int, on: str) -> list[dict[str, Any]]:
    """Recommendations that passed and are still valid on ``on``."""
    return rows(
        db,
        _SELECT + " WHERE r.branch_id = ? AND r.passed = 1 "
        "AND r.valid_until >= ? ORDER BY r.meeting_date DESC, r.rank",
        [branch_id, on],
    )

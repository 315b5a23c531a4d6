"""SQL for 团员教育评议: evaluation rounds and their entries (one per member evaluated).

Callers pass the Database (inside a transaction when writing); rows come back as dicts.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from leaguedesk.storage.sql import first_row, rows, update_columns

ROUND_COLUMNS = (
    "meeting_kind",
    "meeting_date",
    "meeting_id",
    "expected",
    "present",
    "ballots",
    "include_party_members",
    "approved_on",
    "approved_by",
    "notes",
)
ENTRY_COLUMNS = (
    "self_assessment",
    "votes_excellent",
    "votes_pass",
    "votes_basic",
    "votes_fail",
    "ballots",
    "committee_grade",
    "final_grade",
    "talk_on",
    "talk_note",
    "reevaluate_by",
    "reevaluated_on",
    "reevaluation_grade",
    "notes",
)

_ENTRY_SELECT = """
    SELECT e.*, m.name, m.name_pinyin, m.political_status, m.status AS member_status,
           m.birth_date, m.joined_on, m.league_post, m.sex, coalesce(g.name, '') AS group_name
    FROM evaluation_entries e
    JOIN members m ON m.id = e.member_id
    LEFT JOIN league_groups g ON g.id = m.group_id
"""


def insert_round(db: Database, branch_id: int, year: int, values: dict[str, Any]) -> int:
    columns = ["branch_id", "year", *values]
    cursor = db.execute(
        f"INSERT INTO evaluation_rounds({', '.join(columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})",
        [branch_id, year, *values.values()],
    )
    return int(cursor.lastrowid or 0)


def update_round(db: Database, round_id: int, values: dict[str, Any]) -> None:
    update_columns(
        db, "evaluation_rounds", round_id, values, (*ROUND_COLUMNS, "status", "closed_at")
    )


def close_round(db: Database, round_id: int) -> None:
    db.execute(
        "UPDATE evaluation_rounds SET status = 'closed', "
        "closed_at = datetime('now', 'localtime') WHERE id = ?",
        [round_id],
    )


def round_row(db: Database, round_id: int) -> dict[str, Any] | None:
    return first_row(
        db,
        "SELECT r.*, b.name AS branch_name FROM evaluation_rounds r "
        "JOIN branches b ON b.id = r.branch_id WHERE r.id = ?",
        [round_id],
    )


def round_for(db: Database, branch_id: int, year: int) -> dict[str, Any] | None:
    row = db.execute(
        "SELECT id FROM evaluation_rounds WHERE branch_id = ? AND year = ?", [branch_id, year]
    ).fetchone()
    return round_row(db, int(row[0])) if row else None


def round_rows(db: Database, branch_id: int) -> list[dict[str, Any]]:
    return rows(
        db, "SELECT * FROM evaluation_rounds WHERE branch_id = ? ORDER BY year DESC", [branch_id]
    )


def delete_round(db: Database, round_id: int) -> None:
    db.execute("DELETE FROM evaluation_rounds WHERE id = ?", [round_id])


def insert_entries(db: Database, round_id: int, member_ids: Iterable[int]) -> None:
    db.conn.executemany(
        "INSERT INTO evaluation_entries(round_id, member_id, position) VALUES (?, ?, ?)",
        [(round_id, member_id, position) for position, member_id in enumerate(member_ids, 1)],
    )


def entry_rows(db: Database, round_id: int) -> list[dict[str, Any]]:
    return rows(db, _ENTRY_SELECT + " WHERE e.round_id = ? ORDER BY e.position, e.id", [round_id])


def entry_row(db: Database, entry_id: int) -> dict[str, Any] | None:
    return first_row(db, _ENTRY_SELECT + " WHERE e.id = ?", [entry_id])


def update_entry(db: Database, entry_id: int, values: dict[str, Any]) -> None:
    update_columns(db, "evaluation_entries", entry_id, values, ENTRY_COLUMNS)


def member_entries(db: Database, member_id: int) -> list[dict[str, Any]]:
    """A member's evaluations, newest year first (for the member's record)."""
    return rows(
        db,
        "SELECT r.year, r.status, e.committee_grade, e.final_grade, e.reevaluate_by "
        "FROM evaluation_entries e JOIN evaluation_rounds r ON r.id = e.round_id "
        "WHERE e.member_id = ? ORDER BY r.year DESC",
        [member_id],
    )

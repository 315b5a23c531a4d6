"""SQL for 团籍注册: registration rounds per branch and year, one entry per member."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlite_utils import Database

from leaguedesk.storage.sql import chunks, first_row, rows, update_columns

ENTRY_COLUMNS = (
    "grade",
    "derived_outcome",
    "basis",
    "outcome",
    "reason",
    "deferred_until",
    "resolved_on",
    "resolved_outcome",
)
_ENTRY_SELECT = """
    SELECT e.*, m.name, m.name_pinyin, m.political_status, m.joined_on, m.sex,
           m.card_no, coalesce(g.name, '') AS group_name, r.year, r.branch_id
    FROM registration_entries e
    JOIN registration_rounds r ON r.id = e.round_id
    JOIN members m ON m.id = e.member_id
    LEFT JOIN league_groups g ON g.id = m.group_id
"""


def insert_round(
    db: Database, branch_id: int, year: int, evaluation_round_id: int | None, decided_on: str | None
) -> int:
    cursor = db.execute(
        "INSERT INTO registration_rounds(branch_id, year, evaluation_round_id, decided_on) "
        "VALUES (?, ?, ?, ?)",
        [branch_id, year, evaluation_round_id, decided_on],
    )
    return int(cursor.lastrowid or 0)


def round_row(db: Database, round_id: int) -> dict[str, Any] | None:
    return first_row(
        db,
        "SELECT r.*, b.name AS branch_name FROM registration_rounds r "
        "JOIN branches b ON b.id = r.branch_id WHERE r.id = ?",
        [round_id],
    )


def round_for(db: Database, branch_id: int, year: int) -> dict[str, Any] | None:
    row = db.execute(
        "SELECT id FROM registration_rounds WHERE branch_id = ? AND year = ?", [branch_id, year]
    ).fetchone()
    return round_row(db, int(row[0])) if row else None


def update_round(db: Database, round_id: int, decided_on: str | None) -> None:
    db.execute("UPDATE registration_rounds SET decided_on = ? WHERE id = ?", [decided_on, round_id])


def close_round(db: Database, round_id: int, decided_on: str) -> None:
    db.execute(
        "UPDATE registration_rounds SET status = 'closed', decided_on = ?, "
        "closed_at = datetime('now', 'localtime') WHERE id = ?",
        [decided_on, round_id],
    )


def delete_round(db: Database, round_id: int) -> None:
    db.execute("DELETE FROM registration_rounds WHERE id = ?", [round_id])


def insert_entries(db: Database, round_id: int, rows: Iterable[dict[str, Any]]) -> None:
    db.conn.executemany(
        "INSERT INTO registration_entries(round_id, member_id, position, grade, "
        "derived_outcome, basis, outcome, reason, deferred_until) VALUES (:round_id, "
        ":member_id, :position, :grade, :derived_outcome, :basis, :outcome, :reason, "
        ":deferred_until)",
        [{**row, "round_id": round_id} for row in rows],
    )


def entry_rows(db: Database, round_id: int) -> list[dict[str, Any]]:
    return rows(db, _ENTRY_SELECT + " WHERE e.round_id = ? ORDER BY e.position, e.id", [round_id])


def entry_row(db: Database, entry_id: int) -> dict[str, Any] | None:
    return first_row(db, _ENTRY_SELECT + " WHERE e.id = ?", [entry_id])


def update_entry(db: Database, entry_id: int, values: dict[str, Any]) -> None:
    update_columns(db, "registration_entries", entry_id, values, ENTRY_COLUMNS)


def open_deferrals(db: Database, branch_id: int | None) -> list[dict[str, Any]]:
    """Deferred members of closed rounds not yet resolved (registered or refused later)."""
    sql = (
        _ENTRY_SELECT + " WHERE r.status = 'closed' AND e.outcome = '暂缓注册' "
        "AND e.resolved_outcome IS NULL AND m.status = '正常'"
    )
    params: list[Any] = []
    if branch_id is not None:
        sql += " AND r.branch_id = ?"
        params.append(branch_id)
    return rows(db, sql + " ORDER BY e.deferred_until, m.name_pinyin", params)


def last_registrations(db: Database, member_ids: Sequence[int]) -> dict[int, tuple[int, str]]:
    """Each member's latest registration in a closed round: (year, date registered).

    A deferral resolved as 正常注册 counts for its round's year, on the day it was resolved.
    """
    found: dict[int, tuple[int, str]] = {}
    for chunk, marks in chunks(member_ids):
        for member_id, year, day in db.execute(
            "SELECT e.member_id, max(r.year), max(CASE WHEN e.outcome = '正常注册' "
            "THEN r.decided_on ELSE e.resolved_on END) FROM registration_entries e "
            "JOIN registration_rounds r ON r.id = e.round_id "
            "WHERE r.status = 'closed' AND (e.outcome = '正常注册' OR "
            "e.resolved_outcome = '正常注册') "
            f"AND e.member_id IN ({marks}) GROUP BY e.member_id",
            chunk,
        ).fetchall():
            found[int(member_id)] = (int(year), str(day or ""))
    return found


def previous_outcome(db: Database, member_id: int, before_year: int) -> str | None:
    """The member's outcome in the latest closed round before ``before_year``."""
    row = db.execute(
        "SELECT e.outcome FROM registration_entries e JOIN registration_rounds r "
        "ON r.id = e.round_id WHERE e.member_id = ? AND r.year < ? AND r.status = 'closed' "
        "ORDER BY r.year DESC LIMIT 1",
        [member_id, before_year],
    ).fetchone()
    return str(row[0]) if row else None


def registration_standing(
    db: Database, branch_id: int | None, since_before: str
) -> list[dict[str, Any]]:
    """Active members of branches whose registration the file keeps (at least one closed round)
    whose latest registration (``last_on``, or else ``joined_on``) falls before
    ``since_before`` (an ISO date): the candidates for "too long without registration"."""
    where = "AND m.branch_id = ?" if branch_id is not None else ""
    sql = f"""
        WITH kept AS (SELECT DISTINCT branch_id FROM registration_rounds
                       WHERE status = 'closed'),
             last AS (SELECT e.member_id,
                             max(CASE WHEN e.outcome = '正常注册' THEN r.decided_on
                                      ELSE e.resolved_on END) AS last_on
                        FROM registration_entries e
                        JOIN registration_rounds r ON r.id = e.round_id
                       WHERE r.status = 'closed'
                         AND (e.outcome = '正常注册' OR e.resolved_outcome = '正常注册')
                       GROUP BY e.member_id)
        SELECT m.id, m.name, m.joined_on, m.branch_id, b.name AS branch_name, last.last_on
          FROM members m
          JOIN kept ON kept.branch_id = m.branch_id
          JOIN branches b ON b.id = m.branch_id
          LEFT JOIN last ON last.member_id = m.id
         WHERE m.status = '正常' {where}
           AND max(coalesce(last.last_on, ''), coalesce(m.joined_on, '')) < ?
         ORDER BY m.name_pinyin, m.id"""
    args: list[object] = [branch_id] if branch_id is not None else []
    return rows(db, sql, [*args, since_before])

"""Reads and writes of single member records, their history, status changes and discipline.

Plain SQL over the league file's tables; callers pass the Database (inside a transaction when
writing). The roster's list and search queries live in ``storage.roster``.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from leaguedesk.core.fields import MEMBER_FIELDS
from leaguedesk.storage.sql import first_row, rows

MEMBER_COLUMNS: tuple[str, ...] = tuple(f.key for f in MEMBER_FIELDS)
EXTRA_COLUMNS = ("name_pinyin", "name_initials", "warnings")

_SELECT = """
    SELECT m.*, b.name AS branch_name, coalesce(g.name, '') AS group_name
    FROM members m
    JOIN branches b ON b.id = m.branch_id
    LEFT JOIN league_groups g ON g.id = m.group_id
"""


def member_row(db: Database, member_id: int) -> dict[str, Any] | None:
    return first_row(db, _SELECT + " WHERE m.id = ?", [member_id])


def member_rows(
    db: Database,
    *,
    branch_id: int | None = None,
    status: str | None = None,
    with_warnings: bool = False,
) -> list[dict[str, Any]]:
    """Members in roster order (branch, then pinyin), optionally of one branch or status."""
    where: list[str] = ["1 = 1"]
    params: list[Any] = []
    if branch_id is not None:
        where.append("m.branch_id = ?")
        params.append(branch_id)
    if status is not None:
        where.append("m.status = ?")
        params.append(status)
    if with_warnings:
        where.append("m.warnings != ''")
    sql = _SELECT + f" WHERE {' AND '.join(where)} ORDER BY m.branch_id, m.name_pinyin, m.id"
    return rows(db, sql, params)


def holders(db: Database, column: str, value: str, except_id: int | None) -> list[dict[str, Any]]:
    """Other members whose ``column`` (id_number or development_no) equals ``value``."""
    if column not in ("id_number", "development_no"):
        raise ValueError(column)
    # Repeating the partial index's condition lets SQLite use it (otherwise: a full scan).
    return rows(
        db,
        f"SELECT m.id, m.name, m.branch_id, b.name AS branch_name, m.status FROM members m "
        f"JOIN branches b ON b.id = m.branch_id WHERE m.{column} = ? "
        f"AND m.{column} IS NOT NULL AND m.{column} != '' AND m.id != ?",
        [value, -1 if except_id is None else except_id],
    )


def used_values(db: Database, column: str) -> dict[str, int]:
    """Every non-empty ``column`` (id_number or development_no) in the file and the member who
    holds it (the column's unique index allows one), read from the index."""
    if column not in ("id_number", "development_no"):
        raise ValueError(column)
    return dict(
        db.execute(
            f"SELECT {column}, id FROM members WHERE {column} IS NOT NULL AND {column} != ''"
        ).fetchall()
    )


def insert_members(
    db: Database, branch_id: int, columns: tuple[str, ...], rows: list[tuple[Any, ...]]
) -> list[int]:
    """Insert many members of one branch with one prepared statement; their ids, in order.

    Inside one transaction SQLite gives new rows max(id) + 1, + 2 …; that is checked, not
    assumed.
    """
    if not rows:
        return []
    conn = db.conn
    before = int(conn.execute("SELECT coalesce(max(id), 0) FROM members").fetchone()[0])
    names = ["branch_id", *columns]
    values = [f"?{n}" for n in range(1, len(names) + 1)]
    if "name_pinyin" in columns:  # the compact search key is the writer's to fill (0006)
        names.append("name_pinyin_compact")
        values.append(f"replace(?{names.index('name_pinyin') + 1}, ' ', '')")
    conn.executemany(
        f"INSERT INTO members({', '.join(names)}) VALUES ({', '.join(values)})",
        [(branch_id, *row) for row in rows],
    )
    last, count = conn.execute(
        "SELECT max(id), count(*) FROM members WHERE id > ?", [before]
    ).fetchone()
    if (last, count) != (before + len(rows), len(rows)):
        raise RuntimeError("member ids were not allocated in sequence")
    return list(range(before + 1, before + len(rows) + 1))


def update_members(db: Database, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    """Set the same ``columns`` on many members: each row is the values, then the member id."""
    assignments = [f"{column} = ?" for column in columns]
    assignments.append("updated_at = datetime('now', 'localtime')")
    db.conn.executemany(f"UPDATE members SET {', '.join(assignments)} WHERE id = ?", rows)


def update_member(db: Database, member_id: int, values: dict[str, Any]) -> None:
    """Set the given columns and the modification time."""
    assignments = [f"{column} = ?" for column in values]
    assignments.append("updated_at = datetime('now', 'localtime')")
    db.execute(
        f"UPDATE members SET {', '.join(assignments)} WHERE id = ?", [*values.values(), member_id]
    )


def delete_member(db: Database, member_id: int) -> None:
    """Remove the record and (by cascade) its history, status changes and discipline."""
    db.execute("DELETE FROM members WHERE id = ?", [member_id])


def add_history(
    db: Database, member_id: int, field: str, old: object, new: object, note: str = ""
) -> None:
    db.execute(
        "INSERT INTO member_history(member_id, field, old_value, new_value, note) "
        "VALUES (?, ?, ?, ?, ?)",
        [member_id, field, _text(old), _text(new), note],
    )


def add_history_rows(db: Database, rows: list[tuple[int, str, object, object, str]]) -> None:
    """Many (member_id, field, old, new, note) history rows with one prepared statement."""
    db.conn.executemany(
        "INSERT INTO member_history(member_id, field, old_value, new_value, note) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            (member_id, field, _text(old), _text(new), note)
            for member_id, field, old, new, note in rows
        ],
    )


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def history_rows(db: Database, member_id: int) -> list[dict[str, Any]]:
    return rows(
        db,
        "SELECT changed_at, field, old_value, new_value, note FROM "
        "member_history WHERE member_id = ? ORDER BY id DESC",
        [member_id],
    )


def add_status_change(
    db: Database,
    member_id: int,
    status: str,
    effective_on: str,
    reason: str,
    decided_by: str,
    destination: str,
) -> None:
    db.execute(
        "INSERT INTO status_changes(member_id, status, effective_on, reason, decided_by, "
        "destination) VALUES (?, ?, ?, ?, ?, ?)",
        [member_id, status, effective_on, reason, decided_by, destination],
    )


def status_change_rows(db: Database, member_id: int) -> list[dict[str, Any]]:
    return rows(
        db,
        "SELECT id, member_id, status, effective_on, reason, decided_by, "
        "destination, recorded_at FROM status_changes WHERE member_id = ? "
        "ORDER BY effective_on DESC, id DESC",
        [member_id],
    )


def add_discipline(
    db: Database, member_id: int, level: str, decided_on: str, reason: str, decided_by: str
) -> int:
    cursor = db.execute(
        "INSERT INTO discipline(member_id, level, decided_on, reason, "
        "decided_by) VALUES (?, ?, ?, ?, ?)",
        [member_id, level, decided_on, reason, decided_by],
    )
    return int(cursor.lastrowid or 0)


def discipline_rows(
    db: Database, member_id: int | None = None, discipline_id: int | None = None
) -> list[dict[str, Any]]:
    where, params = (
        ("member_id = ?", [member_id]) if discipline_id is None else ("id = ?", [discipline_id])
    )
    return rows(
        db,
        "SELECT id, member_id, level, decided_on, reason, decided_by, "
        f"lifted_on, recorded_at FROM discipline WHERE {where} "
        "ORDER BY decided_on DESC, id DESC",
        params,
    )


def lift_discipline(db: Database, discipline_id: int, lifted_on: str) -> None:
    db.execute("UPDATE discipline SET lifted_on = ? WHERE id = ?", [lifted_on, discipline_id])


def group_rows(db: Database, branch_id: int) -> list[tuple[int, str]]:
    return [
        (int(r[0]), str(r[1]))
        for r in db.execute(
            "SELECT id, name FROM league_groups WHERE branch_id = ? ORDER BY name, id", [branch_id]
        ).fetchall()
    ]


def group_row(db: Database, group_id: int) -> tuple[int, int, str] | None:
    """(id, branch_id, name) of a 团小组, or None."""
    row = db.execute(
        "SELECT id, branch_id, name FROM league_groups WHERE id = ?", [group_id]
    ).fetchone()
    return (int(row[0]), int(row[1]), str(row[2])) if row else None


def group_ids_by_name(db: Database, branch_id: int) -> dict[str, int]:
    return {
        str(name): int(group_id)
        for group_id, name in db.execute(
            "SELECT id, name FROM league_groups WHERE branch_id = ?", [branch_id]
        ).fetchall()
    }


def insert_group(db: Database, branch_id: int, name: str) -> int:
    cursor = db.execute(
        "INSERT INTO league_groups(branch_id, name) VALUES (?, ?)", [branch_id, name]
    )
    return int(cursor.lastrowid or 0)


def branch_name(db: Database, branch_id: int) -> str | None:
    row = db.execute("SELECT name FROM branches WHERE id = ?", [branch_id]).fetchone()
    return str(row[0]) if row else None


def born_on_or_before(
    db: Database, cutoff: str, *, branch_id: int | None, status: str
) -> list[dict[str, Any]]:
    """Members of ``status`` without a post, born on or before ``cutoff`` (turning-28 alerts)."""
    sql = (
        "SELECT m.id, m.name, m.birth_date, m.branch_id, b.name AS branch_name FROM members m "
        "JOIN branches b ON b.id = m.branch_id WHERE m.status = ? AND m.birth_date <= ? "
        "AND m.league_post = '' AND m.is_cadre = 0"
    )
    params: list[Any] = [status, cutoff]
    if branch_id is not None:
        sql += " AND m.branch_id = ?"
        params.append(branch_id)
    return rows(db, sql + " ORDER BY m.birth_date, m.id", params)

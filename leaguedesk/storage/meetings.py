"""SQL for organisational life: meetings, attendance, 列席 guests, resolutions, attachments.

Plain queries over the tables of migration 0003; callers pass the Database (inside a
transaction when writing). Lists come back with their counts computed in SQL, so a year of
meetings is read in one query, not one per meeting.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlite_utils import Database

from leaguedesk.storage.sql import chunks, first_row, rows

MEETING_COLUMNS: tuple[str, ...] = (
    "branch_id",
    "kind",
    "date",
    "start_time",
    "end_time",
    "place",
    "topics",
    "chair_member_id",
    "chair_name",
    "recorder_member_id",
    "recorder_name",
    "group_id",
    "evaluation",
    "agenda",
    "minutes",
    "lecture_hours",
    "notes",
)
PRESENT = ("出席", "迟到")
EXCUSED = ("事假", "病假", "公假")

_LIST = f"""
    SELECT m.id, m.branch_id, m.kind, m.date, m.start_time, m.end_time, m.place, m.topics,
           m.chair_name, m.recorder_name, m.group_id, coalesce(g.name, '') AS group_name,
           m.evaluation, m.lecture_hours,
           (SELECT count(*) FROM meeting_attendance a
             WHERE a.meeting_id = m.id AND a.expected) AS expected,
           (SELECT count(*) FROM meeting_attendance a WHERE a.meeting_id = m.id AND a.expected
             AND a.status IN {PRESENT}) AS present,
           (SELECT count(*) FROM meeting_attendance a WHERE a.meeting_id = m.id AND a.expected
             AND a.status IN {EXCUSED}) AS excused,
           (SELECT count(*) FROM meeting_attendance a WHERE a.meeting_id = m.id AND a.expected
             AND a.status = '无故缺席') AS unexcused,
           (SELECT count(*) FROM meeting_attendance a
             WHERE a.meeting_id = m.id AND a.status IS NOT NULL) AS recorded,
           (SELECT count(*) FROM meeting_guests x WHERE x.meeting_id = m.id) AS guests,
           (SELECT count(*) FROM resolutions r WHERE r.meeting_id = m.id) AS resolutions,
           (SELECT count(*) FROM attachments f WHERE f.meeting_id = m.id) AS attachments
    FROM meetings m LEFT JOIN league_groups g ON g.id = m.group_id
"""


def insert_meeting(db: Database, values: dict[str, Any]) -> int:
    columns = [c for c in MEETING_COLUMNS if c in values]
    cursor = db.execute(
        f"INSERT INTO meetings({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        [values[c] for c in columns],
    )
    return int(cursor.lastrowid or 0)


def update_meeting(db: Database, meeting_id: int, values: dict[str, Any]) -> None:
    columns = [c for c in MEETING_COLUMNS if c in values]
    assignments = ", ".join(f"{c} = ?" for c in columns)
    db.execute(
        f"UPDATE meetings SET {assignments}, updated_at = datetime('now', 'localtime') "
        "WHERE id = ?",
        [*(values[c] for c in columns), meeting_id],
    )


def delete_meeting(db: Database, meeting_id: int) -> None:
    db.execute("DELETE FROM meetings WHERE id = ?", [meeting_id])


def meeting_row(db: Database, meeting_id: int) -> dict[str, Any] | None:
    return first_row(
        db,
        "SELECT m.*, coalesce(g.name, '') AS group_name, b.name AS branch_name, "
        "coalesce(nullif(b.full_name, ''), b.name) AS branch_display FROM meetings m "
        "JOIN branches b ON b.id = m.branch_id "
        "LEFT JOIN league_groups g ON g.id = m.group_id WHERE m.id = ?",
        [meeting_id],
    )


def meeting_rows(
    db: Database, *, branch_id: int | None = None, start: str | None = None, end: str | None = None
) -> list[dict[str, Any]]:
    """Meetings with their counts, by date (then id), optionally of one branch and a date range
    (ISO dates, inclusive)."""
    where, params = _meeting_filter(["1 = 1"], branch_id, start, end)
    return rows(db, _LIST + f" WHERE {' AND '.join(where)} ORDER BY m.date, m.id", params)


def _meeting_filter(
    where: list[str], branch_id: int | None, start: str | None, end: str | None
) -> tuple[list[str], list[Any]]:
    """``where`` with the conditions on meetings ``m`` of one branch and a date range (ISO
    dates, inclusive) that are given, and their parameters in order."""
    params: list[Any] = []
    for condition, value in (
        ("m.branch_id = ?", branch_id),
        ("m.date >= ?", start),
        ("m.date <= ?", end),
    ):
        if value is not None:
            where.append(condition)
            params.append(value)
    return where, params


# Attendance ---------------------------------------------------------------------------------


def replace_attendance(
    db: Database, meeting_id: int, rows: Iterable[tuple[int, bool, str | None, str]]
) -> None:
    """Set the meeting's attendance to ``rows`` of (member_id, expected, status, note)."""
    db.execute("DELETE FROM meeting_attendance WHERE meeting_id = ?", [meeting_id])
    db.conn.executemany(
        "INSERT INTO meeting_attendance(meeting_id, member_id, expected, status, note) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            (meeting_id, member, int(expected), status, note)
            for member, expected, status, note in rows
        ],
    )


def attendance_rows(db: Database, meeting_id: int) -> list[dict[str, Any]]:
    """The meeting's attendance with each member's name, 团小组 and post, in pinyin order."""
    return rows(
        db,
        "SELECT a.member_id, a.expected, a.status, a.note, mb.name, mb.league_post AS post, "
        "coalesce(g.name, '') AS group_name, g.id AS group_id FROM meeting_attendance a "
        "JOIN members mb ON mb.id = a.member_id "
        "LEFT JOIN league_groups g ON g.id = mb.group_id "
        "WHERE a.meeting_id = ? ORDER BY mb.name_pinyin, mb.name, mb.id",
        [meeting_id],
    )


def branch_member_ids(db: Database, branch_id: int, member_ids: Sequence[int]) -> set[int]:
    """Those of ``member_ids`` that are members of the branch (whatever their status)."""
    if not member_ids:
        return set()
    found: set[int] = set()
    for chunk, marks in chunks(member_ids):
        found.update(
            int(row[0])
            for row in db.execute(
                f"SELECT id FROM members WHERE branch_id = ? AND id IN ({marks})",
                [branch_id, *chunk],
            ).fetchall()
        )
    return found


def attendance_records(
    db: Database, *, branch_id: int | None, start: str | None = None, end: str | None = None
) -> list[tuple[int, str, str, int, str | None, int]]:
    """(meeting_id, kind, date, member_id, status, expected) for every attendance row of the
    branch's meetings in the range, by date then meeting."""
    where, params = _meeting_filter(["1 = 1"], branch_id, start, end)
    return [
        tuple(row)
        for row in db.execute(  # type: ignore[misc]
            "SELECT m.id, m.kind, m.date, a.member_id, a.status, a.expected FROM meetings m "
            "JOIN meeting_attendance a ON a.meeting_id = m.id "
            f"WHERE {' AND '.join(where)} ORDER BY m.date, m.id",
            params,
        ).fetchall()
    ]


def member_names(db: Database, member_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """Name, 团小组, status and pinyin key of members, by id."""
    ids = list(dict.fromkeys(member_ids))
    found: dict[int, dict[str, Any]] = {}
    for chunk, marks in chunks(ids):
        for row in rows(
            db,
            "SELECT m.id, m.name, m.name_pinyin, m.status, m.league_post AS post, "
            "coalesce(g.name, '') AS group_name FROM members m "
            f"LEFT JOIN league_groups g ON g.id = m.group_id WHERE m.id IN ({marks})",
            chunk,
        ):
            found[int(row["id"])] = row
    return found


def lecture_hours(
    db: Database,
    member_ids: Sequence[int] | None = None,
    *,
    branch_id: int | None = None,
    end: str | None = None,
) -> dict[int, float]:
    """团课 学时 per member: the hours of each 团课 they attended (出席 or 迟到)."""
    where, params = _meeting_filter(
        ["m.kind = '团课'", f"a.status IN {PRESENT}"], branch_id, None, end
    )
    if member_ids is not None:
        if not member_ids:
            return {}
        where.append(f"a.member_id IN ({', '.join('?' * len(member_ids))})")
        params.extend(member_ids)
    return {
        int(member): float(hours)
        for member, hours in db.execute(
            "SELECT a.member_id, sum(m.lecture_hours) FROM meeting_attendance a "
            "JOIN meetings m ON m.id = a.meeting_id "
            f"WHERE {' AND '.join(where)} GROUP BY a.member_id",
            params,
        ).fetchall()
    }


# Guests and resolutions ---------------------------------------------------------------------


def replace_guests(db: Database, meeting_id: int, guests: Iterable[tuple[str, str]]) -> None:
    db.execute("DELETE FROM meeting_guests WHERE meeting_id = ?", [meeting_id])
    db.conn.executemany(
        "INSERT INTO meeting_guests(meeting_id, position, name, role) VALUES (?, ?, ?, ?)",
        [(meeting_id, position, name, role) for position, (name, role) in enumerate(guests)],
    )


def guest_rows(db: Database, meeting_id: int) -> list[tuple[str, str]]:
    return [
        (str(name), str(role))
        for name, role in db.execute(
            "SELECT name, role FROM meeting_guests WHERE meeting_id = ? ORDER BY position, id",
            [meeting_id],
        ).fetchall()
    ]


def replace_resolutions(
    db: Database, meeting_id: int, rows: Iterable[tuple[str, str, int, int, int]]
) -> None:
    """Set the meeting's resolutions to ``rows`` of (text, kind, yes, no, abstain)."""
    db.execute("DELETE FROM resolutions WHERE meeting_id = ?", [meeting_id])
    db.conn.executemany(
        "INSERT INTO resolutions(meeting_id, position, text, kind, yes, no, abstain) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(meeting_id, position, *row) for position, row in enumerate(rows)],
    )


def resolution_rows(db: Database, meeting_id: int) -> list[tuple[str, str, int, int, int]]:
    return [
        (str(text), str(kind), int(yes), int(no), int(abstain))
        for text, kind, yes, no, abstain in db.execute(
            "SELECT text, kind, yes, no, abstain FROM resolutions WHERE meeting_id = ? "
            "ORDER BY position, id",
            [meeting_id],
        ).fetchall()
    ]


# Attachments --------------------------------------------------------------------------------


def insert_attachment(db: Database, meeting_id: int, name: str, mime_type: str, data: bytes) -> int:
    cursor = db.execute(
        "INSERT INTO attachments(meeting_id, name, mime_type, size, data) VALUES (?, ?, ?, ?, ?)",
        [meeting_id, name, mime_type, len(data), data],
    )
    return int(cursor.lastrowid or 0)


def attachment_rows(db: Database, meeting_id: int) -> list[dict[str, Any]]:
    """The meeting's attachments without their contents (which may be megabytes each)."""
    return rows(
        db,
        "SELECT id, meeting_id, name, mime_type, size, added_at FROM attachments "
        "WHERE meeting_id = ? ORDER BY id",
        [meeting_id],
    )


def attachment_data(db: Database, attachment_id: int) -> tuple[str, str, bytes] | None:
    row = db.execute(
        "SELECT name, mime_type, data FROM attachments WHERE id = ?", [attachment_id]
    ).fetchone()
    return (str(row[0]), str(row[1]), bytes(row[2])) if row else None


def delete_attachment(db: Database, attachment_id: int) -> bool:
    return db.execute("DELETE FROM attachments WHERE id = ?", [attachment_id]).rowcount > 0


def members_absent_throughout(
    db: Database, branch_id: int | None, start: str, end: str
) -> list[dict[str, Any]]:
    """Active members expected at recorded meetings between ``start`` and ``end`` (ISO dates)
    who attended none of them, with how many they missed and the first of those dates."""
    where = "AND mt.branch_id = ?" if branch_id is not None else ""
    # CROSS JOIN keeps SQLite on the date index: the window's meetings, then their rows.
    sql = f"""
        SELECT x.member_id AS id, m.name, m.branch_id, b.name AS branch_name,
               x.missed, x.first_missed
          FROM (SELECT a.member_id, count(*) AS missed, min(mt.date) AS first_missed
                  FROM meetings mt CROSS JOIN meeting_attendance a ON a.meeting_id = mt.id
                 WHERE mt.date BETWEEN ? AND ? {where}
                   AND a.expected = 1 AND a.status IS NOT NULL
                 GROUP BY a.member_id
                HAVING sum(a.status IN ('出席', '迟到')) = 0) x
          JOIN members m ON m.id = x.member_id
          JOIN branches b ON b.id = m.branch_id
         WHERE m.status = '正常'
         ORDER BY m.name_pinyin, m.id"""
    args: list[object] = [start, end]
    if branch_id is not None:
        args.append(branch_id)
    return rows(db, sql, args)

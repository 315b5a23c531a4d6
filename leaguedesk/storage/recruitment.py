"""Reads and writes of recruitment records: applicants, their steps, people, documents, 团课
hours and the yearly quotas (发展名额).

Plain SQL over the tables of migration 0004; callers pass the Database (inside a transaction
when writing). Dates are ISO text; a step's documents are a JSON list of their names.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlite_utils import Database

from leaguedesk.storage.sql import first_row, rows

APPLICANT_COLUMNS: tuple[str, ...] = (
    "name",
    "id_type",
    "id_number",
    "sex",
    "ethnicity",
    "birth_date",
    "fulltime_education",
    "highest_education",
    "occupation",
    "workplace",
    "phone",
    "email",
    "household_registration",
    "notes",
)
STEP_COLUMNS: tuple[str, ...] = (
    "done_on",
    "notice_start",
    "opinion_date",
    "meeting_id",
    "meeting_kind",
    "expected",
    "present",
    "yes",
    "no",
    "abstain",
    "separate_vote",
    "hours",
    "documents",
    "reason",
    "accepted_warnings",
    "notes",
)

_SELECT_APPLICANT = """
    SELECT a.*, b.name AS branch_name, b.full_name AS branch_full_name
    FROM applicants a JOIN branches b ON b.id = a.branch_id
"""


# ---------------------------------------------------------------------------------- applicants


def applicant_row(db: Database, applicant_id: int) -> dict[str, Any] | None:
    return first_row(db, _SELECT_APPLICANT + " WHERE a.id = ?", [applicant_id])


def applicant_rows(
    db: Database, *, branch_id: int | None = None, statuses: Sequence[str] | None = None
) -> list[dict[str, Any]]:
    """Applicants in pinyin order (branch by branch), optionally of one branch or some states."""
    where, params = ["1 = 1"], []  # type: ignore[var-annotated]
    if branch_id is not None:
        where.append("a.branch_id = ?")
        params.append(branch_id)
    if statuses is not None:
        where.append(f"a.status IN ({', '.join('?' * len(statuses))})")
        params.extend(statuses)
    sql = (
        _SELECT_APPLICANT + f" WHERE {' AND '.join(where)} "
        "ORDER BY a.branch_id, a.name_pinyin, a.id"
    )
    return rows(db, sql, params)


def insert_applicant(db: Database, branch_id: int, values: dict[str, Any]) -> int:
    columns = ["branch_id", *values]
    cursor = db.execute(
        f"INSERT INTO applicants({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        [branch_id, *values.values()],
    )
    return int(cursor.lastrowid or 0)


def update_applicant(db: Database, applicant_id: int, values: dict[str, Any]) -> None:
    assignments = [f"{column} = ?" for column in values]
    assignments.append("updated_at = datetime('now', 'localtime')")
    db.execute(
        f"UPDATE applicants SET {', '.join(assignments)} WHERE id = ?",
        [*values.values(), applicant_id],
    )


def open_applicants_with_id(
    db: Database, id_number: str, except_id: int | None
) -> list[dict[str, Any]]:
    """Other applicants still in the procedure with this ID number."""
    return rows(
        db,
        "SELECT a.id, a.name, b.name AS branch_name FROM applicants a "
        "JOIN branches b ON b.id = a.branch_id WHERE a.id_number = ? AND a.status = 'active' "
        "AND a.id_number IS NOT NULL AND a.id_number != '' AND a.id != ?",
        [id_number, -1 if except_id is None else except_id],
    )


def used_development_numbers(db: Database) -> set[str]:
    """Every 发展团员编号 in the file, of members and of admitted applicants."""
    rows = db.execute(
        "SELECT development_no FROM members WHERE development_no IS NOT NULL "
        "AND development_no != '' UNION SELECT development_no FROM applicants "
        "WHERE development_no IS NOT NULL AND development_no != ''"
    ).fetchall()
    return {str(row[0]) for row in rows}


# ---------------------------------------------------------------------------------- steps


def step_rows(db: Database, applicant_ids: Iterable[int]) -> list[dict[str, Any]]:
    """The recorded steps of some applicants, each with ``people`` as [(member_id, name)]."""
    ids = list(applicant_ids)
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    steps = rows(
        db,
        f"SELECT * FROM applicant_steps WHERE applicant_id IN ({marks}) ORDER BY applicant_id, id",
        ids,
    )
    people: dict[int, list[tuple[int | None, str]]] = {}
    for step_id, member_id, name in db.execute(
        "SELECT p.step_id, p.member_id, coalesce(m.name, p.name) FROM applicant_step_people p "
        "JOIN applicant_steps s ON s.id = p.step_id "
        "LEFT JOIN members m ON m.id = p.member_id "
        f"WHERE s.applicant_id IN ({marks}) ORDER BY p.step_id, p.position",
        ids,
    ).fetchall():
        people.setdefault(int(step_id), []).append(
            (None if member_id is None else int(member_id), str(name))
        )
    for row in steps:
        row["documents"] = json.loads(row["documents"] or "[]")
        row["people"] = people.get(int(row["id"]), [])
    return steps


def save_step(
    db: Database,
    applicant_id: int,
    step: str,
    values: dict[str, Any],
    people: Sequence[tuple[int, str]],
) -> int:
    """Insert or replace one step's record and its people; returns the step row id."""
    stored = dict(values)
    stored["documents"] = json.dumps(list(stored.get("documents", [])), ensure_ascii=False)
    row = db.execute(
        "SELECT id FROM applicant_steps WHERE applicant_id = ? AND step = ?", [applicant_id, step]
    ).fetchone()
    if row is None:
        columns = ["applicant_id", "step", *stored]
        cursor = db.execute(
            f"INSERT INTO applicant_steps({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})",
            [applicant_id, step, *stored.values()],
        )
        step_id = int(cursor.lastrowid or 0)
    else:
        step_id = int(row[0])
        assignments = ", ".join(f"{column} = ?" for column in stored)
        db.execute(
            f"UPDATE applicant_steps SET {assignments}, "
            "recorded_at = datetime('now', 'localtime') WHERE id = ?",
            [*stored.values(), step_id],
        )
        db.execute("DELETE FROM applicant_step_people WHERE step_id = ?", [step_id])
    db.conn.executemany(
        "INSERT INTO applicant_step_people(step_id, position, member_id, name) VALUES (?, ?, ?, ?)",
        [
            (step_id, position, member_id, name)
            for position, (member_id, name) in enumerate(people, 1)
        ],
    )
    return step_id


def delete_step(db: Database, applicant_id: int, step: str) -> None:
    db.execute(
        "DELETE FROM applicant_steps WHERE applicant_id = ? AND step = ?", [applicant_id, step]
    )


# ---------------------------------------------------------------------------------- people


def member_standing_rows(db: Database, member_ids: Iterable[int]) -> list[dict[str, Any]]:
    """Name, branch, 团籍状态 and whether a 留团察看 is running, for some members."""
    ids = sorted(set(member_ids))
    if not ids:
        return []
    return rows(
        db,
        "SELECT m.id, m.name, m.branch_id, m.status, EXISTS ("
        "  SELECT 1 FROM discipline d WHERE d.member_id = m.id AND d.level = '留团察看' "
        "  AND (d.lifted_on IS NULL OR d.lifted_on = '')) AS on_probation "
        f"FROM members m WHERE m.id IN ({', '.join('?' * len(ids))})",
        ids,
    )


def branch_member_rows(db: Database, branch_id: int) -> list[dict[str, Any]]:
    """The branch's members in good standing to choose talkers, contacts and introducers from."""
    return rows(
        db,
        "SELECT m.id, m.name, m.league_post, coalesce(g.name, '') AS group_name FROM members m "
        "LEFT JOIN league_groups g ON g.id = m.group_id "
        "WHERE m.branch_id = ? AND m.status = '正常' AND NOT EXISTS ("
        "  SELECT 1 FROM discipline d WHERE d.member_id = m.id AND d.level = '留团察看' "
        "  AND (d.lifted_on IS NULL OR d.lifted_on = '')) "
        "ORDER BY m.name_pinyin, m.id",
        [branch_id],
    )


def committee_size(db: Database, branch_id: int, posts: Sequence[str]) -> int:
    """How many members in good standing hold a committee post (书记 … 权益委员)."""
    row = db.execute(
        f"SELECT count(*) FROM members WHERE branch_id = ? AND status = '正常' "
        f"AND league_post IN ({', '.join('?' * len(posts))})",
        [branch_id, *posts],
    ).fetchone()
    return int(row[0])


def active_member_count(db: Database, branch_id: int) -> int:
    row = db.execute(
        "SELECT count(*) FROM members WHERE branch_id = ? AND status = '正常'", [branch_id]
    ).fetchone()
    return int(row[0])


# ---------------------------------------------------------------------------------- 团课, files


def lesson_rows(db: Database, applicant_id: int) -> list[dict[str, Any]]:
    return rows(
        db,
        "SELECT id, held_on, topic, hours, meeting_id FROM applicant_lessons "
        "WHERE applicant_id = ? ORDER BY held_on, id",
        [applicant_id],
    )


def insert_lesson(
    db: Database,
    applicant_id: int,
    held_on: str,
    topic: str,
    hours: float,
    meeting_id: int | None = None,
) -> int:
    cursor = db.execute(
        "INSERT INTO applicant_lessons(applicant_id, held_on, topic, hours, "
        "meeting_id) VALUES (?, ?, ?, ?, ?)",
        [applicant_id, held_on, topic, hours, meeting_id],
    )
    return int(cursor.lastrowid or 0)


def lesson_meeting_ids(db: Database, applicant_id: int) -> set[int]:
    """The recorded 团课 meetings already entered as lessons of the applicant."""
    return {
        int(row[0])
        for row in db.execute(
            "SELECT meeting_id FROM applicant_lessons WHERE applicant_id = ? "
            "AND meeting_id IS NOT NULL",
            [applicant_id],
        ).fetchall()
    }


def delete_lesson(db: Database, applicant_id: int, lesson_id: int) -> None:
    db.execute(
        "DELETE FROM applicant_lessons WHERE id = ? AND applicant_id = ?", [lesson_id, applicant_id]
    )


def lesson_hours(db: Database, applicant_id: int) -> float:
    row = db.execute(
        "SELECT coalesce(sum(hours), 0) FROM applicant_lessons WHERE applicant_id = ?",
        [applicant_id],
    ).fetchone()
    return float(row[0])


def insert_document(
    db: Database,
    applicant_id: int,
    step: str,
    title: str,
    filename: str,
    media_type: str,
    content: bytes,
) -> int:
    cursor = db.execute(
        "INSERT INTO applicant_documents(applicant_id, step, title, filename, media_type, "
        "content) VALUES (?, ?, ?, ?, ?, ?)",
        [applicant_id, step, title, filename, media_type, content],
    )
    return int(cursor.lastrowid or 0)


def document_rows(db: Database, applicant_id: int) -> list[dict[str, Any]]:
    """Documents of an applicant without their content (see ``document_content``)."""
    return rows(
        db,
        "SELECT id, step, title, filename, media_type, length(content) AS size, added_at "
        "FROM applicant_documents WHERE applicant_id = ? ORDER BY id",
        [applicant_id],
    )


def document_content(db: Database, document_id: int) -> bytes | None:
    row = db.execute(
        "SELECT content FROM applicant_documents WHERE id = ?", [document_id]
    ).fetchone()
    return None if row is None else bytes(row[0])


# ---------------------------------------------------------------------------------- quotas


def quota_rows(db: Database, branch_id: int) -> dict[int, int]:
    return {
        int(year): int(quota)
        for year, quota in db.execute(
            "SELECT year, quota FROM recruitment_quotas WHERE branch_id = ?", [branch_id]
        )
    }


def set_quota(db: Database, branch_id: int, year: int, quota: int | None) -> None:
    if quota is None:
        db.execute(
            "DELETE FROM recruitment_quotas WHERE branch_id = ? AND year = ?", [branch_id, year]
        )
        return
    db.execute(
        "INSERT INTO recruitment_quotas(branch_id, year, quota) VALUES (?, ?, ?) "
        "ON CONFLICT(branch_id, year) DO UPDATE SET quota = excluded.quota",
        [branch_id, year, quota],
    )


def general_meeting_dates(db: Database, branch_id: int) -> list[tuple[int, str]]:
    """(applicant id, 支部大会 date) of the branch's applicants who passed it and were not
    turned down afterwards: the admissions that count against the quota."""
    return [
        (int(a), str(d))
        for a, d in db.execute(
            "SELECT a.id, s.done_on FROM applicants a JOIN applicant_steps s "
            "ON s.applicant_id = a.id AND s.step = 'general_meeting' "
            "WHERE a.branch_id = ? AND a.status IN ('active', 'admitted') AND s.done_on IS NOT NULL",
            [branch_id],
        ).fetchall()
    ]

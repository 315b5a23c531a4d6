"""Queries for the people a meeting expects: active members of a branch, its committee, a group.

Reads the members and league_groups tables only. Rows come back already ordered (the pinyin key
is stored with each member, so ordering is SQL, not Python).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlite_utils import Database

ACTIVE = "正常"


@dataclass(frozen=True)
class AttendeeRow:
    name: str
    group_name: str
    post: str
    member_id: int = 0


def find_group(db: Database, branch_id: int, name: str) -> int | None:
    """The id of the 团小组 called ``name`` in the branch, or None."""
    row = db.execute(
        "SELECT id FROM league_groups WHERE branch_id = ? AND name = ?", [branch_id, name]
    ).fetchone()
    return int(row[0]) if row else None


def group_name(db: Database, branch_id: int, group_id: int) -> str | None:
    row = db.execute(
        "SELECT name FROM league_groups WHERE branch_id = ? AND id = ?", [branch_id, group_id]
    ).fetchone()
    return str(row[0]) if row else None


def attendee_rows(
    db: Database,
    branch_id: int,
    *,
    group_id: int | None = None,
    posts: Sequence[str] | None = None,
    by_group: bool = False,
) -> list[AttendeeRow]:
    """Active members of a branch, optionally only one group's or only holders of ``posts``.

    ``by_group`` orders by 团小组 (in the order groups were set up, members without a group
    last), then by pinyin; otherwise by pinyin alone.
    """
    where = ["m.branch_id = ?", "m.status = ?"]
    params: list[object] = [branch_id, ACTIVE]
    if group_id is not None:
        where.append("m.group_id = ?")
        params.append(group_id)
    if posts is not None:
        where.append(f"m.league_post IN ({', '.join('?' * len(posts))})")
        params.extend(posts)
    order = "m.name_pinyin, m.name, m.id"
    if by_group:
        order = "g.id IS NULL, g.id, " + order
    sql = (
        "SELECT m.name, coalesce(g.name, ''), m.league_post, m.id FROM members m "
        "LEFT JOIN league_groups g ON g.id = m.group_id "
        f"WHERE {' AND '.join(where)} ORDER BY {order}"
    )
    return [
        AttendeeRow(str(name), str(group), str(post or ""), int(member_id))
        for name, group, post, member_id in db.execute(sql, params).fetchall()
    ]

"""The columns of the printed 团员花名册, read for one branch in print order.

ID numbers are not read at all: the printed roster has no column for them.
"""

from __future__ import annotations

from sqlite_utils import Database

ACTIVE = "正常"
ROSTER_COLUMNS = (
    "name",
    "sex",
    "ethnicity",
    "birth_date",
    "joined_on",
    "political_status",
    "league_post",
    "workplace",
    "phone",
)


def roster_rows(db: Database, branch_id: int, *, by_group: bool = False) -> list[dict[str, str]]:
    """Active members of the branch, pinyin order (or by 团小组 first), as column → text."""
    order = "m.name_pinyin, m.name, m.id"
    if by_group:
        order = "g.id IS NULL, g.id, " + order
    columns = ", ".join(f"coalesce(m.{c}, '')" for c in ROSTER_COLUMNS)
    sql = (
        f"SELECT {columns}, coalesce(g.name, '') FROM members m "
        "LEFT JOIN league_groups g ON g.id = m.group_id "
        f"WHERE m.branch_id = ? AND m.status = ? ORDER BY {order}"
    )
    keys = (*ROSTER_COLUMNS, "group_name")
    return [
        dict(zip(keys, map(str, row), strict=True))
        for row in db.execute(sql, [branch_id, ACTIVE]).fetchall()
    ]

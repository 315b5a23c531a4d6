"""The organisation in a league file: its name and kind, and its branches."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from leaguedesk.core.organisation import (
    Branch,
    BranchError,
    BranchProblem,
    Organisation,
    OrganisationKind,
    clean_name,
)
from leaguedesk.storage.leaguefile import LeagueFile

_BRANCH_COLUMNS = "id, name, full_name, field, founded_on, approving_body, contact, archived_at"


def get_setting(league: LeagueFile, key: str, default: object = None) -> object:
    row = league.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return json.loads(row[0]) if row else default


def set_setting(league: LeagueFile, key: str, value: object) -> None:
    with league.transaction() as db:
        db.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, json.dumps(value, ensure_ascii=False)],
        )


def organisation(league: LeagueFile) -> Organisation:
    name = str(get_setting(league, "organisation.name", "") or "")
    kind = OrganisationKind(get_setting(league, "organisation.kind", OrganisationKind.BRANCH))
    return Organisation(name=name, kind=kind)


def set_organisation(league: LeagueFile, name: str, kind: OrganisationKind) -> None:
    set_setting(league, "organisation.name", " ".join(name.split()))
    set_setting(league, "organisation.kind", kind.value)


def list_branches(league: LeagueFile, *, include_archived: bool = False) -> list[Branch]:
    where = "" if include_archived else "WHERE b.archived_at IS NULL"
    rows = league.db.execute(
        f"""SELECT {", ".join("b." + c.strip() for c in _BRANCH_COLUMNS.split(","))},
                   (SELECT count(*) FROM members m
                     WHERE m.branch_id = b.id AND m.status = '正常') AS member_count
            FROM branches b {where} ORDER BY b.archived_at IS NOT NULL, b.id"""
    ).fetchall()
    return [Branch(*row) for row in rows]


def get_branch(league: LeagueFile, branch_id: int) -> Branch:
    for branch in list_branches(league, include_archived=True):
        if branch.id == branch_id:
            return branch
    raise BranchError(BranchProblem.NOT_FOUND, str(branch_id))


def find_branch(league: LeagueFile, name: str) -> Branch:
    """A branch by its short or full name (as typed on the command line)."""
    wanted = " ".join(name.split())
    for branch in list_branches(league, include_archived=True):
        if wanted in (branch.name, branch.full_name):
            return branch
    raise BranchError(BranchProblem.NOT_FOUND, wanted)


def _name_taken(league: LeagueFile, name: str, except_id: int | None = None) -> bool:
    row = league.db.execute("SELECT id FROM branches WHERE name = ?", [name]).fetchone()
    return row is not None and row[0] != except_id


@dataclass(frozen=True)
class BranchFields:
    name: str
    full_name: str = ""
    field: str = ""
    founded_on: str | None = None
    approving_body: str = ""
    contact: str = ""


def create_branch(league: LeagueFile, fields: BranchFields) -> Branch:
    name = clean_name(fields.name)
    if _name_taken(league, name):
        raise BranchError(BranchProblem.NAME_TAKEN, name)
    with league.transaction() as db:
        cursor = db.execute(
            "INSERT INTO branches(name, full_name, field, founded_on, approving_body, contact) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                name,
                fields.full_name.strip(),
                fields.field,
                fields.founded_on or None,
                fields.approving_body.strip(),
                fields.contact.strip(),
            ],
        )
        branch_id = int(cursor.lastrowid or 0)
    return get_branch(league, branch_id)


def update_branch(league: LeagueFile, branch_id: int, fields: BranchFields) -> Branch:
    get_branch(league, branch_id)
    name = clean_name(fields.name)
    if _name_taken(league, name, except_id=branch_id):
        raise BranchError(BranchProblem.NAME_TAKEN, name)
    with league.transaction() as db:
        db.execute(
            "UPDATE branches SET name = ?, full_name = ?, field = ?, founded_on = ?, "
            "approving_body = ?, contact = ? WHERE id = ?",
            [
                name,
                fields.full_name.strip(),
                fields.field,
                fields.founded_on or None,
                fields.approving_body.strip(),
                fields.contact.strip(),
                branch_id,
            ],
        )
    return get_branch(league, branch_id)


def archive_branch(league: LeagueFile, branch_id: int, *, today: dt.date | None = None) -> None:
    """Archive a branch (撤销): it leaves the lists but its records stay in the file."""
    get_branch(league, branch_id)
    when = (today or dt.date.today()).isoformat()
    with league.transaction() as db:
        db.execute("UPDATE branches SET archived_at = ? WHERE id = ?", [when, branch_id])


def restore_branch(league: LeagueFile, branch_id: int) -> None:
    get_branch(league, branch_id)
    with league.transaction() as db:
        db.execute("UPDATE branches SET archived_at = NULL WHERE id = ?", [branch_id])


@dataclass(frozen=True)
class FileSummary:
    format_version: int
    organisation: Organisation
    branches: list[Branch]
    members_active: int
    members_total: int


def summary(league: LeagueFile) -> FileSummary:
    active, total = league.db.execute(
        "SELECT coalesce(sum(status = '正常'), 0), count(*) FROM members"
    ).fetchone()
    return FileSummary(
        league.format_version(),
        organisation(league),
        list_branches(league, include_archived=True),
        int(active),
        int(total),
    )

"""``leaguedesk members``: the roster from the command line (list, alerts, records to check).

Table output is for people (ID numbers masked unless ``--show-id``); csv and json are for
scripts and carry every field in full.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import click

from leaguedesk.commands.common import db_option, resolve_db
from leaguedesk.commands.table import render
from leaguedesk.core.fields import MEMBER_FIELDS, MEMBER_STATUSES, field_label

ALL_STATUSES = ("全部", "all")

_TABLE_COLUMNS = (
    "name",
    "sex",
    "birth_date",
    "id_number",
    "political_status",
    "joined_on",
    "phone",
    "group_id",
    "league_post",
)


def _open(db_path: Path | None) -> Any:
    from leaguedesk.storage import leaguefile

    return leaguefile.open_league(resolve_db(db_path), readonly=True)


def _branch_id(league: Any, name: str | None) -> int | None:
    """The branch named on the command line; an unknown name is reported by run_cli."""
    if not name:
        return None
    from leaguedesk.services import organisation as org

    return org.find_branch(league, name).id


def _cell(member: Any, key: str, *, show_id: bool = False) -> str:
    if key == "group_id":
        return member.group_name
    if key == "is_cadre":
        return "是" if member.is_cadre else "否"
    if key == "id_number" and not show_id:
        return member.masked_id
    value = getattr(member, key)
    return "" if value is None else str(value)


@click.group("members")
def members_command() -> None:
    """The roster (团员名册): list members, alerts, records saved with warnings."""


@members_command.command("list")
@db_option
@click.option(
    "--branch", "branch_name", metavar="NAME", help="Only this branch (short or full name)."
)
@click.option(
    "--status",
    type=click.Choice([*MEMBER_STATUSES, *ALL_STATUSES]),
    default="正常",
    show_default=True,
    help="团籍状态 to list; 全部/all lists everyone.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
)
@click.option(
    "--show-id",
    is_flag=True,
    help="Show full ID numbers in the table (masked by "
    "default; csv and json always carry them in full).",
)
def list_command(
    db_path: Path | None, branch_name: str | None, status: str, fmt: str, show_id: bool
) -> None:
    """List members in pinyin order, branch by branch."""
    from leaguedesk.services import members as ms

    with _open(db_path) as league:
        branch_id = _branch_id(league, branch_name)
        wanted = None if status in ALL_STATUSES else status
        found = ms.list_members(league, branch_id=branch_id, status=wanted)
        notes = _warning_texts(league, [m for m in found if m.warnings])
    if fmt == "json":
        click.echo(
            json.dumps(
                [_as_json(m, notes.get(m.id, [])) for m in found], ensure_ascii=False, indent=2
            )
        )
    elif fmt == "csv":
        click.echo(_as_csv(found, notes), nl=False)
    elif not found:
        click.echo("没有符合条件的团员。")
    else:
        click.echo(
            _as_table(
                found, show_id=show_id, show_status=wanted is None, show_branch=branch_id is None
            )
        )
        click.echo(f"共 {len(found)} 人。")


def _warning_texts(league: Any, flagged: list[Any]) -> dict[int, list[str]]:
    """Worded warnings of the members saved with some (recomputed with today's rules)."""
    if not flagged:
        return {}
    from leaguedesk.core.validation import validate_member
    from leaguedesk.messages.members import issue_text
    from leaguedesk.services.members import load_rules

    rules, today = load_rules(league), dt.date.today()
    return {
        m.id: [issue_text(i) for i in validate_member(m.values(), today=today, rules=rules)]
        for m in flagged
    }


def _as_table(found: list[Any], *, show_id: bool, show_status: bool, show_branch: bool) -> str:
    keys = list(_TABLE_COLUMNS)
    headers = ["序号", *(field_label(k) for k in keys)]
    if show_branch:
        headers.append("支部")
    if show_status:
        headers.append("团籍状态")
    headers.append("提示")
    rows = []
    for number, member in enumerate(found, 1):
        row = [str(number), *(_cell(member, k, show_id=show_id) for k in keys)]
        if show_branch:
            row.append(member.branch_name)
        if show_status:
            row.append(member.status)
        row.append(f"{len(member.warnings)}项" if member.warnings else "")
        rows.append(row)
    right = [True] + [False] * (len(headers) - 1)
    return render(headers, rows, right)


def _as_csv(found: list[Any], notes: dict[int, list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    keys = [f.key for f in MEMBER_FIELDS]
    writer.writerow(["支部", *(f.label for f in MEMBER_FIELDS), "团籍状态", "状态变更日期", "提示"])
    for member in found:
        writer.writerow(
            [
                member.branch_name,
                *(_cell(member, k, show_id=True) for k in keys),
                member.status,
                member.status_since or "",
                "；".join(notes.get(member.id, [])),
            ]
        )
    return out.getvalue()


def _as_json(member: Any, notes: list[str]) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": member.id,
        "branch_id": member.branch_id,
        "branch": member.branch_name,
    }
    record.update(member.values())
    record["is_cadre"] = bool(member.is_cadre)
    record.update(
        group_name=member.group_name,
        status=member.status,
        status_since=member.status_since,
        warnings=list(member.warnings),
        warning_texts=notes,
        name_pinyin=member.name_pinyin,
        created_at=member.created_at,
        updated_at=member.updated_at,
    )
    return record


@members_command.command("alerts")
@db_option
@click.option("--branch", "branch_name", metavar="NAME", help="Only this branch.")
@click.option(
    "--months",
    default=None,
    type=click.IntRange(0, 120),
    help="Warn this many months before a member turns 28 (default: the rule setting).",
)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
def alerts_command(
    db_path: Path | None, branch_name: str | None, months: int | None, fmt: str
) -> None:
    """Members who need attention: turning 28 soon, no registration for over 15 months, absent
    from all organisational life of the last 6 months."""
    from leaguedesk.services import alerts
    from leaguedesk.services import members as ms

    today = dt.date.today()
    with _open(db_path) as league:
        branch_id = _branch_id(league, branch_name)
        if months is None:
            months = ms.load_rules(league).turning_28_months
        found = alerts.roster_alerts(league, branch_id, today=today, months_before_28=months)
    if fmt == "json":
        click.echo(
            json.dumps(
                [
                    {"member_id": a.member_id, "name": a.name, "kind": a.kind, **a.detail}
                    for a in found
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    if not found:
        click.echo(
            f"没有需要提醒的团员（{months}个月内无人年满28周岁，无超期未注册、无长期缺席）。"
        )
        return
    from leaguedesk.messages.members import alert_text

    rows = [[a.name, a.detail["branch"], alert_text(a.kind, dict(a.detail))] for a in found]
    click.echo(render(["姓名", "支部", "提醒"], rows))
    click.echo(f"共 {len(found)} 条提醒。年满28周岁且未担任团内职务的，应办理超龄离团。")


@members_command.command("check")
@db_option
@click.option("--branch", "branch_name", metavar="NAME", help="Only this branch.")
def check_command(db_path: Path | None, branch_name: str | None) -> None:
    """List records saved with warnings, with what to check in each."""
    from leaguedesk.messages.members import issue_text
    from leaguedesk.services import members as ms

    with _open(db_path) as league:
        branch_id = _branch_id(league, branch_name)
        found = ms.members_with_warnings(league, branch_id)
    if not found:
        click.echo("所有在册团员的记录都没有待核对的提示。")
        return
    for member, issues in found:
        click.echo(f"{member.name}（{member.branch_name}）")
        for issue in issues:
            click.echo(f"  - {issue_text(issue)}")
    click.echo(f"共 {len(found)} 人的记录有待核对的提示。")

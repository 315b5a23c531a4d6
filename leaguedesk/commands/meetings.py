"""``leaguedesk meetings``: organisational life from the command line (list the meetings).

Table output is for people; csv and json carry every count for scripts. The file is opened
read-only, so this works while the window has it open.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import click

from leaguedesk.commands.common import db_option, resolve_db
from leaguedesk.commands.table import render

HEADERS = (
    "编号",
    "日期",
    "类型",
    "支部",
    "议题",
    "应到",
    "实到",
    "请假",
    "无故缺席",
    "列席",
    "法定人数",
    "决议",
)


def _quorum(summary: Any) -> str:
    if not summary.recorded:
        return "未登记"
    if summary.assessment.quorum.rule is None:
        return "不设"
    return "达到" if summary.assessment.quorum.ok else "不足"


def _row(summary: Any, branch: str) -> list[str]:
    recorded = summary.recorded
    return [
        str(summary.id),
        summary.date.isoformat(),
        summary.kind + (f"（{summary.group_name}）" if summary.group_name else ""),
        branch,
        summary.topics.replace("\n", " "),
        str(summary.expected),
        str(summary.present) if recorded else "",
        str(summary.excused) if recorded else "",
        str(summary.unexcused) if recorded else "",
        str(summary.guests),
        _quorum(summary),
        str(summary.resolutions),
    ]


@click.group("meetings")
def meetings_group() -> None:
    """Organisational life (三会两制一课, 主题团日): recorded meetings."""


@meetings_group.command("list")
@db_option
@click.option("--branch", "branch_name", metavar="NAME", help="Only this branch.")
@click.option("--year", type=click.IntRange(2000, 2100), default=None, help="Only this year.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
)
def list_command(db_path: Path | None, branch_name: str | None, year: int | None, fmt: str) -> None:
    """List meetings by date with 应到 / 实到 and whether they reached the quorum."""
    from leaguedesk.services import meetings as ms
    from leaguedesk.services import organisation as org
    from leaguedesk.storage import leaguefile

    with leaguefile.open_league(resolve_db(db_path), readonly=True) as league:
        branch_id = org.find_branch(league, branch_name).id if branch_name else None
        names = {b.id: b.display_name for b in org.list_branches(league, include_archived=True)}
        found = ms.list_meetings(league, branch_id=branch_id, year=year)
    if fmt == "json":
        click.echo(
            json.dumps(
                [_as_json(s, names.get(s.branch_id, "")) for s in found],
                ensure_ascii=False,
                indent=2,
            )
        )
    elif fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(HEADERS)
        writer.writerows(_row(s, names.get(s.branch_id, "")) for s in found)
        click.echo(out.getvalue(), nl=False)
    elif not found:
        click.echo("没有符合条件的会议记录。")
    else:
        rows = [_row(s, names.get(s.branch_id, "")) for s in found]
        keep = [i for i in range(len(HEADERS)) if i != 3 or branch_id is None]
        right = [
            HEADERS[i] in ("编号", "应到", "实到", "请假", "无故缺席", "列席", "决议") for i in keep
        ]
        click.echo(render([HEADERS[i] for i in keep], [[r[i] for i in keep] for r in rows], right))
        below = sum(s.below_quorum for s in found)
        note = f"，其中 {below} 次不足法定人数（决议无效）" if below else ""
        click.echo(f"共 {len(found)} 次会议{note}。")


def _as_json(summary: Any, branch: str) -> dict[str, Any]:
    quorum = summary.assessment.quorum
    return {
        "id": summary.id,
        "branch_id": summary.branch_id,
        "branch": branch,
        "kind": summary.kind,
        "date": summary.date.isoformat(),
        "start_time": summary.start_time,
        "topics": summary.topics,
        "place": summary.place,
        "chair": summary.chair_name,
        "recorder": summary.recorder_name,
        "group": summary.group_name,
        "expected": summary.expected,
        "present": summary.present if summary.recorded else None,
        "excused": summary.excused if summary.recorded else None,
        "unexcused": summary.unexcused if summary.recorded else None,
        "guests": summary.guests,
        "resolutions": summary.resolutions,
        "attachments": summary.attachments,
        "lecture_hours": summary.lecture_hours,
        "recorded": summary.recorded,
        "quorate": quorum.ok if summary.recorded else None,
        "quorum_required": quorum.required,
    }

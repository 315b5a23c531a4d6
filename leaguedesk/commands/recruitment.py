"""``leaguedesk recruits list`` (where each applicant stands) and ``leaguedesk print notice``
(the 公示 of a branch's activists, 发展对象 or new members).

The league file is opened read-only, so both work while the window has the file open. The
notice command joins the ``print`` group (commands/printing.py) when this module is imported.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import click

from leaguedesk.commands.common import db_option, resolve_db
from leaguedesk.commands.printing import PrintFailure, parse_date, print_group
from leaguedesk.commands.table import render

NOTICE_STAGES = ("activists", "candidates", "new")


def _open(db_path: Path | None) -> Any:
    from leaguedesk.storage import leaguefile

    return leaguefile.open_league(resolve_db(db_path), readonly=True)


def _fail(exc: Exception) -> PrintFailure:
    from leaguedesk.messages.recruitment import recruitment_error

    return PrintFailure(recruitment_error(exc))


@click.group("recruits")
def recruits_command() -> None:
    """Recruitment (发展团员): where every applicant stands."""


def _rows(found: list[Any]) -> list[dict[str, Any]]:
    from leaguedesk.messages.recruitment import (
        applicant_status,
        recruitment_finding,
        stage_name,
        step_field,
        step_name,
    )

    rows = []
    for p in found:
        a, upcoming = p.applicant, p.next
        rows.append(
            {
                "id": a.id,
                "name": a.name,
                "branch": a.branch_name,
                "status": applicant_status(a.status),
                "stage": p.stage,
                "stage_name": stage_name(p.stage),
                "next_step": upcoming.step.code if upcoming.step else None,
                "next_step_name": step_name(upcoming.step.code) if upcoming.step else "",
                "earliest": upcoming.earliest.isoformat() if upcoming.earliest else None,
                "due_date": upcoming.due_date.isoformat() if upcoming.due_date else None,
                "overdue": upcoming.overdue,
                "missing": [step_field(m) for m in upcoming.missing],
                "problems": [
                    f"{step_name(code)}：{recruitment_finding(f)}" for code, f in p.problems
                ],
            }
        )
    return rows


@recruits_command.command("list")
@db_option
@click.option("--branch", "branch_name", metavar="NAME", help="Only this branch.")
@click.option(
    "--stage",
    "stage_text",
    metavar="S",
    default="",
    help="Only one stage: 1–5 or its name (e.g. 申请入团).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
)
def list_command(db_path: Path | None, branch_name: str | None, stage_text: str, fmt: str) -> None:
    """Applicants in the procedure: stage, next step, earliest date and due date."""
    from leaguedesk.services import organisation as org
    from leaguedesk.services import recruitment_board as board
    from leaguedesk.services.recruitment_records import RecruitmentError

    try:
        stage = board.parse_stage(stage_text) if stage_text.strip() else None
    except RecruitmentError as exc:
        raise _fail(exc) from exc
    with _open(db_path) as league:
        branch_id = org.find_branch(league, branch_name).id if branch_name else None
        found = [
            p for p in board.open_progress(league, branch_id) if stage is None or p.stage == stage
        ]
        rows = _rows(found)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    headers = ["姓名", "支部", "阶段", "下一步", "最早日期", "截止日期", "逾期", "问题"]
    cells = [
        [
            r["name"],
            r["branch"],
            f"{r['stage']} {r['stage_name']}",
            r["next_step_name"],
            r["earliest"] or "",
            r["due_date"] or "",
            "是" if r["overdue"] else "",
            "；".join(r["problems"]),
        ]
        for r in rows
    ]
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(headers)
        writer.writerows(cells)
        click.echo(out.getvalue(), nl=False)
    elif not rows:
        click.echo("没有正在发展的申请人。")
    else:
        short = [
            [*row[:7], f"{len(r['problems'])}项" if r["problems"] else ""]
            for row, r in zip(cells, rows, strict=True)
        ]
        click.echo(render(headers, short))
        click.echo(f"共 {len(rows)} 人，逾期 {sum(r['overdue'] for r in rows)} 人。")


@click.command("notice")
@db_option
@click.option("--branch", "branch_name", required=True, help="Branch (团支部) by its name.")
@click.option(
    "--stage",
    "stage",
    required=True,
    type=click.Choice(NOTICE_STAGES),
    help="activists (公示 #1), candidates (发展对象, #2) or new (新团员, #3).",
)
@click.option(
    "--start",
    "start_text",
    default="",
    help="The notice that began on this date (default: the latest one).",
)
@click.option("--contact", default="", help="联系人及电话 (default: the branch's contact).")
@click.option(
    "-o",
    "--output",
    "output",
    required=True,
    type=click.Path(path_type=Path),
    help="PDF file to write.",
)
def notice_command(
    db_path: Path | None, branch_name: str, stage: str, start_text: str, contact: str, output: Path
) -> None:
    """公示 of a branch's activists, 发展对象 or new members, period in working days."""
    from leaguedesk.printing.recruit_forms import NoticeSpec, render_notice
    from leaguedesk.services import organisation as org
    from leaguedesk.services import recruitment_board as board
    from leaguedesk.services.recruitment_records import RecruitmentError

    notice = board.NOTICE_NAMES[stage]
    try:
        start = parse_date(start_text) if start_text.strip() else None
        with _open(db_path) as league:
            branch = org.find_branch(league, branch_name)
            batch = board.notice_batch(league, branch.id, notice, start=start)
        spec = NoticeSpec(
            notice,
            batch.branch,
            batch.start,
            batch.end,
            batch.days,
            contact=contact.strip() or batch.contact,
            issued_on=batch.start,
        )
        result = render_notice(spec, batch.people, output)
    except RecruitmentError as exc:
        raise _fail(exc) from exc
    end = batch.end.isoformat() if batch.end else "?"
    click.echo(
        f"已生成公示 {output}：{len(batch.people)} 人，公示期 {batch.start.isoformat()}"
        f" 至 {end}，共 {result.pages} 页。"
    )
    if batch.unknown_year:
        from leaguedesk.core.workdays import UnknownYear
        from leaguedesk.messages.recruitment import unknown_holiday_year

        click.echo(f"提示：{unknown_holiday_year(UnknownYear(batch.unknown_year))}", err=True)


# `leaguedesk print notice` lives with the other printed forms.
print_group.add_command(notice_command)

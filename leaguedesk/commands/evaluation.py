"""``leaguedesk evaluation`` and ``leaguedesk registration``: a branch's 两制 results of a year
from the command line — the evaluation summary (or its .xlsx for the 上级团委) and the
registration list as a table, csv or json.

The league file is opened read-only, so these work while the window has the file open.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import click

from leaguedesk.commands.common import db_option, resolve_db
from leaguedesk.commands.table import render

branch_option = click.option(
    "--branch", "branch_name", required=True, help="Branch (团支部) by its short or full name."
)
year_option = click.option(
    "--year",
    required=True,
    type=click.IntRange(1949, 2999),
    help="The year evaluated (年度), e.g. 2025.",
)


class EvaluationFailure(click.ClickException):
    """A problem the user can fix, shown as one Chinese line."""

    exit_code = 2

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"错误：{self.message}", err=True)


@contextmanager
def _opened(db_path: Path | None, branch_name: str) -> Iterator[tuple[Any, Any]]:
    from leaguedesk.services import organisation as org
    from leaguedesk.storage import leaguefile

    with leaguefile.open_league(resolve_db(db_path), readonly=True) as league:
        yield league, org.find_branch(league, branch_name)


@click.group("evaluation")
def evaluation_group() -> None:
    """团员教育评议 (annual evaluation): results of a branch's year."""


@evaluation_group.command("summary")
@db_option
@branch_option
@year_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the summary workbook (.xlsx) here instead of printing it.",
)
def summary_command(db_path: Path | None, branch_name: str, year: int, output: Path | None) -> None:
    """支部汇总表: votes, suggested and final grade per member, totals and the 优秀 share."""
    from leaguedesk.services import evaluation as ev
    from leaguedesk.services import evaluation_print as ep

    with _opened(db_path, branch_name) as (league, branch):
        found = ev.round_for(league, branch.id, year)
        if found is None:
            raise EvaluationFailure(f"{branch.display_name}没有{year}年度团员教育评议的记录。")
        sheet, rows = ep.sheet(league, found.id), ep.summary_rows(league, found.id)
        if output is not None:
            ep.workbook_job(league, found.id)(output)
    if output is not None:
        click.echo(f"已生成{year}年度团员教育评议汇总表 {output}：{len(rows)}人。")
        return
    table = [
        (
            str(n),
            r.name,
            *(str(v) for v in r.votes),
            str(sum(r.votes)),
            r.suggested,
            r.committee,
            r.final,
        )
        for n, r in enumerate(rows, 1)
    ]
    click.echo(
        render(
            (
                "序号",
                "姓名",
                "优秀",
                "合格",
                "基本合格",
                "不合格",
                "合计",
                "建议等次",
                "支委会意见",
                "评定等次",
            ),
            table,
            right=[True, False, True, True, True, True, True, False, False, False],
        )
    )
    graded = [r.final or r.committee for r in rows]
    state = "已关闭" if found.closed else "进行中"
    click.echo(
        f"{year}年度（{state}）：参评{len(rows)}人，应到{sheet.expected}人，"
        f"实到{sheet.present}人，收回测评票{sheet.ballots}张；优秀{graded.count('优秀')}人"
        f"（上限{sheet.cap_count}人），合格{graded.count('合格')}人，"
        f"基本合格{graded.count('基本合格')}人，不合格{graded.count('不合格')}人。"
    )


@click.group("registration")
def registration_group() -> None:
    """团籍注册 (annual registration): a branch's registration list of a year."""


FIELDS = (
    "name",
    "sex",
    "card_no",
    "grade",
    "outcome",
    "reason",
    "deferred_until",
    "resolved_outcome",
    "resolved_on",
)
LABELS = (
    "姓名",
    "性别",
    "团员证号",
    "评议等次",
    "注册结果",
    "原因",
    "暂缓期限",
    "暂缓后处理",
    "处理日期",
)


@registration_group.command("list")
@db_option
@branch_option
@year_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
)
def list_command(db_path: Path | None, branch_name: str, year: int, fmt: str) -> None:
    """Each member's registration outcome, with the reason and any deferral."""
    from leaguedesk.services import registration as reg

    with _opened(db_path, branch_name) as (league, branch):
        found = reg.round_for(league, branch.id, year)
        if found is None:
            raise EvaluationFailure(f"{branch.display_name}没有{year}年度团籍注册的记录。")
        rows = [_row(e) for e in reg.entries(league, found.id)]
    if fmt == "json":
        click.echo(
            json.dumps(
                {
                    "branch": branch.display_name,
                    "year": year,
                    "status": found.status,
                    "decided_on": found.decided_on.isoformat() if found.decided_on else None,
                    "members": rows,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: "" if v is None else v for k, v in row.items()} for row in rows)
        click.echo(buffer.getvalue(), nl=False)
    else:
        click.echo(render(LABELS, [[str(row[k] or "") for k in FIELDS] for row in rows]))
        click.echo(f"共 {len(rows)} 人。")


def _row(entry: Any) -> dict[str, Any]:
    return {
        "name": entry.name,
        "sex": entry.sex,
        "card_no": entry.card_no,
        "grade": entry.grade.value if entry.grade else None,
        "outcome": entry.outcome.value,
        "reason": entry.reason,
        "deferred_until": entry.deferred_until.isoformat()
        if entry.deferred_until and entry.outcome.value == "暂缓注册"
        else None,
        "resolved_outcome": entry.resolved_outcome.value if entry.resolved_outcome else None,
        "resolved_on": entry.resolved_on.isoformat() if entry.resolved_on else None,
    }

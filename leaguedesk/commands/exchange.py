"""``leaguedesk import`` and ``leaguedesk export roster``: spreadsheets from the command line."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from leaguedesk.commands.common import db_option, resolve_db

EXIT_ROW_ERRORS = 1
EXIT_FILE_ERROR = 2


def _fail(error: Exception) -> None:
    from leaguedesk.messages.exchange import exchange_error

    click.echo(f"错误：{exchange_error(error)}", err=True)  # type: ignore[arg-type]
    sys.exit(EXIT_FILE_ERROR)


@click.command("import")
@db_option
@click.argument("source", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--branch", "branch_name", default=None, help="Branch (团支部) to import into.")
@click.option(
    "--branches-from-sheet",
    "by_sheet",
    is_flag=True,
    help="Instead of --branch: each row into the branch its 所在支部 column names "
    "(a sheet of several branches, in one import).",
)
@click.option("--sheet", default=None, help="Sheet name or number (default: the first).")
@click.option("--dry-run", is_flag=True, help="Check and report only; write nothing.")
@click.option(
    "--on-duplicate",
    type=click.Choice(["stop", "skip", "update"]),
    default="stop",
    show_default=True,
    help="What to do with members already in the league file.",
)
@click.option(
    "--report",
    "report_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the problems to this .xlsx, bad cells highlighted.",
)
def import_command(
    db_path: Path | None,
    source: Path,
    branch_name: str | None,
    by_sheet: bool,
    sheet: str | None,
    dry_run: bool,
    on_duplicate: str,
    report_path: Path | None,
) -> None:
    """Import members from a roster spreadsheet (.xlsx, .xls, .csv) into a branch, or into
    the branches its 所在支部 column names.

    Nothing is written when any row has an error; the problems are listed instead.
    """
    if (branch_name is None) == (not by_sheet):
        raise click.UsageError(
            "请用 --branch 指定导入到哪个支部，或用 --branches-from-sheet "
            "按表中“所在支部”导入（二者选一）。"
        )
    from leaguedesk.exchange import importing
    from leaguedesk.exchange.problems import ExchangeError, IssueCode
    from leaguedesk.exchange.report import write_problem_report
    from leaguedesk.messages.exchange import deferred_text, import_problem, issue_text
    from leaguedesk.services import organisation as org
    from leaguedesk.storage import leaguefile

    path = resolve_db(db_path)
    with leaguefile.open_league(path, readonly=dry_run) as league:
        branch = org.find_branch(league, branch_name) if branch_name is not None else None
        try:
            plan = importing.plan_import(
                league,
                source,
                sheet=sheet,
                branch_id=branch.id if branch else None,
                on_duplicate=on_duplicate,
            )  # type: ignore[arg-type]
        except ExchangeError as exc:
            _fail(exc)
            return
        counts = plan.counts
        target = branch.display_name if branch else "按表中“所在支部”"
        click.echo(f"文件：{source.name}　工作表：{plan.sheet}　导入到：{target}")
        click.echo(
            f"读取 {counts.rows_read} 行（跳过空行 {counts.blank_rows} 行、"
            f"表尾 {counts.footer_rows} 行）"
        )
        for key, count in plan.deferred.items():
            click.echo(f"  [提醒] {deferred_text(key, count)}")
        elsewhere: dict[str, int] = {}  # rows of other branches, said once per branch
        for problem in plan.problems():
            if problem.issue.code == IssueCode.OTHER_BRANCH:
                given = str(problem.issue.params["given"])
                elsewhere[given] = elsewhere.get(given, 0) + 1
                continue
            kind = "错误" if problem.issue.is_error else "提醒"
            where = f"第 {problem.row} 行"
            if problem.column is not None:
                where += f" {problem.column_letter} 列"
            if problem.header:
                where += f"（{problem.header}）"
            click.echo(f"  [{kind}] {problem.sheet} {where}：{issue_text(problem.issue)}")
        if elsewhere:
            click.echo(
                "  [提醒] 表格中其他支部的行本次不导入（请再分别导入到这些支部，"
                "或用 --branches-from-sheet 一次导入各支部）："
                + "、".join(f"{name} {n} 行" for name, n in elsewhere.items())
            )
        if report_path is not None and (counts.errors or counts.warnings):
            write_problem_report(plan, report_path, describe=import_problem)
            click.echo(f"问题清单已写入 {report_path}")
        if plan.has_errors:
            click.echo(
                f"共有 {counts.rows_with_errors} 行存在 {counts.errors} 处错误，"
                "未导入任何数据。请修改表格后重新导入。",
                err=True,
            )
            sys.exit(EXIT_ROW_ERRORS)
        by_branch = plan.branch_rows() if branch is None else {}
        if by_branch:
            names = {b.id: b.display_name for b in org.list_branches(league)}
            click.echo("分属 " + "、".join(f"{names[i]} {n} 人" for i, n in by_branch.items()))
        if dry_run:
            click.echo(
                f"检查通过（未写入）：将新增 {counts.to_create} 人，"
                f"更新 {counts.to_update} 人，跳过 {counts.to_skip + counts.unchanged} 人。"
            )
            return
        try:
            result = importing.apply_import(league, plan)
        except ExchangeError as exc:
            _fail(exc)
            return
    click.echo(
        f"导入完成：新增 {result.created} 人，更新 {result.updated} 人，跳过 {result.skipped} 人。"
    )
    if result.backup is not None:
        click.echo(
            f"导入前的团务文件已备份到 {result.backup}。"
            f'如需撤销本次导入：leaguedesk restore "{result.backup}"'
        )


@click.group("export")
def export_command() -> None:
    """Export rosters to .xlsx."""


@export_command.command("roster")
@db_option
@click.option("--branch", "branch_name", default=None, help="Only this branch (default: all).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["full", "zhtj"]),
    default="full",
    show_default=True,
    help="full: every field; zhtj: the 智慧团建 member list.",
)
@click.option(
    "-o",
    "--output",
    "output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The .xlsx to write.",
)
def export_roster_command(
    db_path: Path | None, branch_name: str | None, fmt: str, output: Path
) -> None:
    """Write the roster (团员花名册) to an .xlsx file."""
    from leaguedesk.exchange.export import export_roster
    from leaguedesk.services import organisation as org
    from leaguedesk.storage import leaguefile

    path = resolve_db(db_path)
    with leaguefile.open_league(path, readonly=True) as league:
        branch_id = org.find_branch(league, branch_name).id if branch_name else None
        count = export_roster(league, output, branch_id=branch_id, fmt=fmt)  # type: ignore[arg-type]
    click.echo(f"已导出 {count} 名团员到 {output}。")

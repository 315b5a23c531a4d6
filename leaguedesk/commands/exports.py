"""``leaguedesk export ledger``: the year's 组织生活台账 as a workbook for the office.

The ``export`` group itself lives with the roster exports in ``commands/exchange.py``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from leaguedesk.commands.common import db_option, resolve_db


@click.command("ledger")
@db_option
@click.option("--branch", "branch_name", required=True, help="Branch (团支部), short or full name.")
@click.option(
    "--year", type=click.IntRange(2000, 2100), default=None, help="Year (default: this year)."
)
@click.option(
    "-o",
    "--output",
    "output",
    required=True,
    type=click.Path(path_type=Path),
    help=".xlsx file to write.",
)
def ledger_command(db_path: Path | None, branch_name: str, year: int | None, output: Path) -> None:
    """The year's 组织生活台账 of a branch: every meeting and the calendar summary."""
    from leaguedesk.exchange.ledger_xlsx import write_ledger
    from leaguedesk.services import meeting_stats as stats
    from leaguedesk.services import organisation as org
    from leaguedesk.storage import leaguefile

    year = year or dt.date.today().year
    with leaguefile.open_league(resolve_db(db_path), readonly=True) as league:
        branch = org.find_branch(league, branch_name)
        calendar = stats.year_calendar(league, branch.id, year)
    write_ledger(output, calendar, branch.display_name)
    click.echo(
        f"已导出{branch.display_name} {year}年度组织生活台账 {output}："
        f"{len(calendar.meetings)} 次会议。"
    )

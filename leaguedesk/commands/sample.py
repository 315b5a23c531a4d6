"""``leaguedesk demo``: write a realistic sample league file."""

from __future__ import annotations

from pathlib import Path

import click

from leaguedesk.commands.common import db_option, resolve_db


@click.command("demo")
@db_option
@click.option(
    "--branches",
    default=1,
    show_default=True,
    type=click.IntRange(1, 10000),
    help="Number of branches (团支部).",
)
@click.option(
    "--members",
    default=30,
    show_default=True,
    type=click.IntRange(0, 1_000_000),
    help="Number of members across all branches.",
)
@click.option("--seed", default=2026, show_default=True, help="Same seed, same data.")
@click.option("--no-meetings", is_flag=True, help="Members only: no year of meetings.")
@click.option(
    "--recruitment/--no-recruitment",
    default=True,
    show_default=True,
    help="Applicants at every stage of recruitment (发展团员); two of them admitted.",
)
def demo_command(
    db_path: Path | None,
    branches: int,
    members: int,
    seed: int,
    no_meetings: bool,
    recruitment: bool,
) -> None:
    """Write sample data into a new league file (the file must not exist yet)."""
    from leaguedesk.services import demo
    from leaguedesk.storage import leaguefile

    path = resolve_db(db_path)
    with leaguefile.create(path) as league:
        result = demo.generate(
            league,
            branches=branches,
            members=members,
            seed=seed,
            meetings=not no_meetings,
            recruitment=recruitment,
        )
    meetings = f"，{result.meetings} 次组织生活" if result.meetings else ""
    click.echo(
        f"已生成示例团务文件 {path}：{result.branches} 个支部，{result.members} 名团员{meetings}。"
    )

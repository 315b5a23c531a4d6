"""``leaguedesk info``, ``backup`` and ``restore``: the league file from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import click

from leaguedesk.commands.common import db_option, resolve_db


@click.command("info")
@db_option
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
def info_command(db_path: Path | None, fmt: str) -> None:
    """Print the file's format version, its branches and member counts."""
    from leaguedesk.services import organisation as org
    from leaguedesk.storage import leaguefile

    path = resolve_db(db_path)
    with leaguefile.open_league(path, readonly=True) as league:
        info = org.summary(league)
    if fmt == "json":
        click.echo(
            json.dumps(
                {
                    "path": str(path),
                    "format_version": info.format_version,
                    "organisation": {
                        "name": info.organisation.name,
                        "kind": info.organisation.kind.value,
                    },
                    "members_active": info.members_active,
                    "members_total": info.members_total,
                    "branches": [
                        {
                            "id": b.id,
                            "name": b.name,
                            "full_name": b.full_name,
                            "field": b.field,
                            "members_active": b.member_count,
                            "archived": b.archived,
                        }
                        for b in info.branches
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    click.echo(f"文件：{path}")
    click.echo(f"文件格式版本：{info.format_version}")
    org_name = info.organisation.name or "（未命名）"
    click.echo(f"组织：{org_name}（{info.organisation.kind.value}）")
    click.echo(
        f"支部：{sum(not b.archived for b in info.branches)} 个"
        f"（另有已撤销 {sum(b.archived for b in info.branches)} 个）"
    )
    click.echo(f"团员：在册 {info.members_active} 人，历史记录共 {info.members_total} 人")
    for branch in info.branches:
        mark = "（已撤销）" if branch.archived else ""
        click.echo(f"  {branch.id:>4}  {branch.name}{mark}  在册 {branch.member_count} 人")


@click.command("backup")
@db_option
@click.option("--list", "list_only", is_flag=True, help="List the backups instead of making one.")
def backup_command(db_path: Path | None, list_only: bool) -> None:
    """Back the league file up now (or list its backups)."""
    from leaguedesk.storage import backup, leaguefile

    path = resolve_db(db_path)
    folder = backup.default_dir(path)
    if list_only:
        backups = backup.list_backups(folder)
        if not backups:
            click.echo(f"还没有备份（备份文件夹：{folder}）。")
        for number, info in enumerate(backups, 1):
            click.echo(
                f"{number:>3}  {info.created:%Y-%m-%d %H:%M:%S}  {_size(info.size):>9}  "
                f"{_REASONS.get(info.reason, info.reason)}  {info.path.name}"
            )
        return
    with leaguefile.open_league(path) as league:
        made = backup.make(league, folder, reason=backup.Reason.MANUAL)
        backup.rotate(folder, backup.Policy.from_settings(league.db))
    click.echo(f"已备份到 {made.path}（{_size(made.size)}）。")


@click.command("restore")
@db_option
@click.argument("source", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--latest", is_flag=True, help="Restore the newest backup.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def restore_command(db_path: Path | None, source: Path | None, latest: bool, yes: bool) -> None:
    """Replace the league file with a backup (the current content is backed up first).

    SOURCE is a backup file or its number in `leaguedesk backup --list`.
    """
    from leaguedesk.storage import backup, leaguefile

    path = resolve_db(db_path)
    folder = backup.default_dir(path)
    backups = backup.list_backups(folder)
    if latest:
        if not backups:
            raise click.ClickException(f"没有可恢复的备份（备份文件夹：{folder}）。")
        chosen = backups[0].path
    elif source is None:
        raise click.UsageError("请指定备份文件或编号，或使用 --latest。")
    elif str(source).isdigit() and not source.exists():
        index = int(str(source))
        if not 1 <= index <= len(backups):
            raise click.ClickException(f"没有编号为 {index} 的备份，共有 {len(backups)} 个。")
        chosen = backups[index - 1].path
    else:
        chosen = source
    if not yes:
        click.confirm(
            f"用备份 {chosen.name} 替换 {path} 的当前内容？当前内容会先备份。", abort=True
        )
    with leaguefile.open_league(path) as league:
        safety = backup.restore(league, chosen, folder)
    click.echo(f"已从 {chosen.name} 恢复。恢复前的内容已备份到 {safety.path.name}。")


_REASONS = {
    "daily": "每日",
    "migration": "升级前",
    "restore": "恢复前",
    "manual": "手动",
    "import": "导入前",
}


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{size / 1024:.0f} KB"

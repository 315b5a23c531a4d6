"""What every sub-command shares: finding the league file and reporting errors without tracebacks."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from leaguedesk import paths
from leaguedesk.core.organisation import BranchError
from leaguedesk.printing.errors import PrintError
from leaguedesk.storage.errors import LeagueFileError

db_option = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="League file (default: the one in the user data folder).",
)


def resolve_db(db_path: Path | None) -> Path:
    """The --db given to the sub-command, else the one given before it, else the default."""
    if db_path is not None:
        return db_path
    ctx = click.get_current_context(silent=True)
    while ctx is not None:
        if isinstance(ctx.obj, dict) and ctx.obj.get("db") is not None:
            return Path(ctx.obj["db"])
        ctx = ctx.parent
    return paths.default_league_path()


def run_cli(group: click.Group) -> None:
    """Run the command group; turn the errors a user can fix into one line on stderr."""
    try:
        code = group.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("已取消。", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except LeagueFileError as exc:
        from leaguedesk.messages import file_error

        click.echo(f"错误：{file_error(exc)}", err=True)
        sys.exit(2)
    except BranchError as exc:
        from leaguedesk.messages import branch_error

        click.echo(f"错误：{branch_error(exc)}", err=True)
        sys.exit(2)
    except PrintError as exc:  # a form or workbook that cannot be written where asked
        from leaguedesk.messages.printing import print_error

        click.echo(f"错误：{print_error(exc)}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        click.echo("已中断。", err=True)
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)

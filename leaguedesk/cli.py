"""The ``leaguedesk`` command: no sub-command opens the window; sub-commands do batch work.

Errors a user can act on go to stderr in plain language with a non-zero exit code.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from leaguedesk import __version__
from leaguedesk.commands import common
from leaguedesk.commands.evaluation import evaluation_group, registration_group
from leaguedesk.commands.exchange import export_command, import_command
from leaguedesk.commands.exports import ledger_command
from leaguedesk.commands.files import backup_command, info_command, restore_command
from leaguedesk.commands.meetings import meetings_group
from leaguedesk.commands.members import members_command
from leaguedesk.commands.printing import print_group
from leaguedesk.commands.recruitment import recruits_command
from leaguedesk.commands.sample import demo_command

LANGUAGES = ("zh_CN", "en")


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(
    __version__, "-V", "--version", prog_name="leaguedesk", message="%(prog)s %(version)s"
)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="League file to open (default: the one in the user data folder).",
)
@click.option("--lang", type=click.Choice(LANGUAGES), help="Language of the window.")
@click.option(
    "--smoke-test",
    is_flag=True,
    help="Open the file, build every page offscreen and exit 0 when all is well.",
)
@click.pass_context
def cli(ctx: click.Context, db_path: Path | None, lang: str | None, smoke_test: bool) -> None:
    """团务通 LeagueDesk: records for Youth League branches. Without a command, opens the window."""
    ctx.ensure_object(dict)
    ctx.obj["db"] = db_path
    if ctx.invoked_subcommand is not None:
        return
    from leaguedesk.gui.app import run

    sys.exit(run(db_path=db_path, lang=lang, smoke_test=smoke_test))


for command in (
    info_command,
    backup_command,
    restore_command,
    demo_command,
    members_command,
    print_group,
    import_command,
    export_command,
    evaluation_group,
    registration_group,
    recruits_command,
    meetings_group,
):
    cli.add_command(command)
export_command.add_command(ledger_command)


def main() -> None:
    common.run_cli(cli)


if __name__ == "__main__":
    main()

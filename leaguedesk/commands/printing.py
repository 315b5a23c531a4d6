"""``leaguedesk print``: sign-in sheets, sign-in grids and the roster as PDF files.

The league file is opened read-only, so printing works while the window has the file open.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import click

from leaguedesk.commands.common import db_option, resolve_db
from leaguedesk.core.meetings import MeetingError
from leaguedesk.printing.errors import PrintError, PrintProblem

_TIME = re.compile(r"^\s*(\d{1,2})\s*[:：]\s*(\d{2})\s*$")


class PrintFailure(click.ClickException):
    """A problem the user can fix, shown as one Chinese line (no English "Error:" prefix)."""

    exit_code = 2

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"错误：{self.message}", err=True)


@contextmanager
def _reported() -> Iterator[None]:
    try:
        yield
    except PrintError as exc:
        from leaguedesk.messages.printing import print_error

        raise PrintFailure(print_error(exc)) from exc
    except MeetingError as exc:
        from leaguedesk.messages.printing import meeting_error

        raise PrintFailure(meeting_error(exc)) from exc


def parse_date(text: str) -> dt.date:
    cleaned = text.strip().replace("/", "-").replace(".", "-")
    try:
        return dt.date.fromisoformat(cleaned)
    except ValueError:
        parts = cleaned.split("-")
        if len(parts) == 3 and all(p.isdigit() for p in parts):  # 2026-9-5
            try:
                return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
            except ValueError:
                pass
        raise PrintError(PrintProblem.BAD_DATE, value=text) from None


def parse_time(text: str) -> str:
    match = _TIME.match(text)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise PrintError(PrintProblem.BAD_DATE, value=text)
    return f"{int(match[1]):02d}:{match[2]}"


def parse_dates(text: str) -> list[dt.date]:
    items = [item for item in re.split(r"[,，、;；\s]+", text) if item]
    if not items:
        raise PrintError(PrintProblem.NO_DATES)
    return [parse_date(item) for item in items]


branch_option = click.option("--branch", "branch_name", required=True,
                             help="Branch (团支部) by its short or full name.")
output_option = click.option("-o", "--output", "output", required=True,
                             type=click.Path(path_type=Path), help="PDF file to write.")
order_option = click.option("--order", default="pinyin", show_default=True,
                            help="pinyin (姓名拼音) or group (按团小组).")
group_option = click.option("--group", "group_name", default="",
                            help="团小组 (required for 团小组会).")


@click.group("print")
def print_group() -> None:
    """Print forms to PDF: sign-in sheets, sign-in grids, the roster."""


@print_group.command("signin")
@db_option
@branch_option
@click.option("--kind", required=True, help="支部大会, 支部委员会, 团小组会, 团课, 主题团日, "
              "组织生活会 or 其他.")
@click.option("--date", "date_text", default="", help="Meeting date, e.g. 2026-12-01.")
@click.option("--time", "time_text", default="", help="Start time, e.g. 19:00.")
@click.option("--topic", default="", help="议题.")
@click.option("--place", default="", help="地点.")
@click.option("--chair", default="", help="主持人.")
@click.option("--recorder", default="", help="记录人.")
@group_option
@order_option
@click.option("--blank-rows", default=5, show_default=True, type=click.IntRange(0, 200),
              help="Blank rows for 列席 and walk-ins.")
@output_option
def signin_command(db_path: Path | None, branch_name: str, kind: str, date_text: str,
                   time_text: str, topic: str, place: str, chair: str, recorder: str,
                   group_name: str, order: str, blank_rows: int, output: Path) -> None:
    """会议签到表 for a meeting, pre-filled with the members expected."""
    from leaguedesk.core.meetings import AttendeeOrder, MeetingKind, parse_kind, parse_order
    from leaguedesk.printing.signin import SigninSpec, render_signin
    from leaguedesk.services import attendees as att
    from leaguedesk.services import organisation as org
    from leaguedesk.storage import leaguefile

    with _reported():
        meeting_kind = parse_kind(kind)
        attendee_order = parse_order(order)
        day = parse_date(date_text) if date_text.strip() else None
        start = parse_time(time_text) if time_text.strip() else ""
        with leaguefile.open_league(resolve_db(db_path), readonly=True) as league:
            branch = org.find_branch(league, branch_name)
            group_id = att.group_id_by_name(league, branch.id, group_name) \
                if group_name.strip() else None
            people = att.expected_attendees(league, branch.id, meeting_kind, group_id,
                                            attendee_order)
        grouped = (attendee_order is AttendeeOrder.GROUP
                   and meeting_kind is not MeetingKind.GROUP)
        spec = SigninSpec(branch=branch.display_name, kind=meeting_kind, date=day, time=start,
                          topic=topic.strip(), place=place.strip(), chair=chair.strip(),
                          recorder=recorder.strip(), group=" ".join(group_name.split()),
                          grouped=grouped, blank_rows=blank_rows)
        result = render_signin(spec, people, output)
    click.echo(f"已生成{meeting_kind.value}签到表 {output}：应到 {len(people)} 人，"
               f"共 {result.pages} 页。")


@print_group.command("signin-grid")
@db_option
@branch_option
@click.option("--dates", "dates_text", required=True,
              help="Dates separated by commas: 2026-09-05,2026-10-10,...")
@click.option("--title", default="团课签到表", show_default=True,
              help="Title after the branch name.")
@click.option("--kind", default="团课", show_default=True,
              help="Meeting kind deciding who is listed.")
@group_option
@order_option
@click.option("--blank-rows", default=3, show_default=True, type=click.IntRange(0, 200))
@output_option
def signin_grid_command(db_path: Path | None, branch_name: str, dates_text: str, title: str,
                        kind: str, group_name: str, order: str, blank_rows: int,
                        output: Path) -> None:
    """Sign-in grid for a series of meetings: one row per person, one column per date."""
    from leaguedesk.core.meetings import AttendeeOrder, parse_kind, parse_order
    from leaguedesk.printing.signin_grid import GridSpec, render_signin_grid
    from leaguedesk.services import attendees as att
    from leaguedesk.services import organisation as org
    from leaguedesk.storage import leaguefile

    with _reported():
        meeting_kind = parse_kind(kind)
        attendee_order = parse_order(order)
        dates = parse_dates(dates_text)
        with leaguefile.open_league(resolve_db(db_path), readonly=True) as league:
            branch = org.find_branch(league, branch_name)
            group_id = att.group_id_by_name(league, branch.id, group_name) \
                if group_name.strip() else None
            people = att.expected_attendees(league, branch.id, meeting_kind, group_id,
                                            attendee_order)
        spec = GridSpec(branch=branch.display_name, dates=dates, title=title.strip(),
                        grouped=attendee_order is AttendeeOrder.GROUP, blank_rows=blank_rows)
        result = render_signin_grid(spec, people, output)
    click.echo(f"已生成签到表 {output}：{len(people)} 人 × {len(set(dates))} 次，"
               f"共 {result.pages} 页。")


@print_group.command("roster")
@db_option
@branch_option
@order_option
@output_option
def roster_command(db_path: Path | None, branch_name: str, order: str, output: Path) -> None:
    """团员花名册 of a branch (members in good standing)."""
    from leaguedesk.core.meetings import AttendeeOrder, parse_order
    from leaguedesk.printing.roster_sheet import RosterSpec, render_roster
    from leaguedesk.services import organisation as org
    from leaguedesk.services.roster_print import roster_entries
    from leaguedesk.storage import leaguefile

    with _reported():
        roster_order = parse_order(order)
        with leaguefile.open_league(resolve_db(db_path), readonly=True) as league:
            branch = org.find_branch(league, branch_name)
            entries = roster_entries(league, branch.id, roster_order)
        spec = RosterSpec(branch=branch.display_name,
                          grouped=roster_order is AttendeeOrder.GROUP)
        result = render_roster(spec, entries, output)
    click.echo(f"已生成团员花名册 {output}：{len(entries)} 人，共 {result.pages} 页。")

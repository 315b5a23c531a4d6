"""``leaguedesk print``: sign-in sheets, sign-in grids and the roster as PDF files.

The league file is opened read-only, so printing works while the window has the file open.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from leaguedesk.commands.common import db_option, resolve_db
from leaguedesk.core.meeting_record import MeetingRecordError
from leaguedesk.core.meetings import AttendeeOrder, MeetingError, MeetingKind
from leaguedesk.printing.errors import PrintError, PrintProblem

if TYPE_CHECKING:
    from leaguedesk.core.organisation import Branch
    from leaguedesk.services.attendees import Attendee

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
    except MeetingError as exc:
        from leaguedesk.messages.printing import meeting_error

        raise PrintFailure(meeting_error(exc)) from exc
    except MeetingRecordError as exc:
        from leaguedesk.messages.meetings import record_error

        raise PrintFailure(record_error(exc)) from exc


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


branch_option = click.option(
    "--branch", "branch_name", required=True, help="Branch (团支部) by its short or full name."
)
output_option = click.option(
    "-o",
    "--output",
    "output",
    required=True,
    type=click.Path(path_type=Path),
    help="PDF file to write.",
)
order_option = click.option(
    "--order", default="pinyin", show_default=True, help="pinyin (姓名拼音) or group (按团小组)."
)
group_option = click.option(
    "--group", "group_name", default="", help="团小组 (required for 团小组会)."
)


@click.group("print")
def print_group() -> None:
    """Print forms to PDF: sign-in sheets, sign-in grids, the roster."""


@print_group.command("signin")
@db_option
@click.option(
    "--branch",
    "branch_name",
    default="",
    help="Branch (团支部) by its short or full name (not with --meeting).",
)
@click.option(
    "--kind",
    default="",
    help="支部大会, 支部委员会, 团小组会, 团课, 主题团日, 组织生活会 or 其他 (not with --meeting).",
)
@click.option(
    "--meeting",
    "meeting_id",
    type=int,
    default=None,
    help="A recorded meeting (see `leaguedesk meetings list`): its own attendees and particulars.",
)
@click.option("--date", "date_text", default="", help="Meeting date, e.g. 2026-12-01.")
@click.option("--time", "time_text", default="", help="Start time, e.g. 19:00.")
@click.option("--topic", default="", help="议题.")
@click.option("--place", default="", help="地点.")
@click.option("--chair", default="", help="主持人.")
@click.option("--recorder", default="", help="记录人.")
@group_option
@order_option
@click.option(
    "--blank-rows",
    default=5,
    show_default=True,
    type=click.IntRange(0, 200),
    help="Blank rows for 列席 and walk-ins.",
)
@output_option
def signin_command(
    db_path: Path | None,
    branch_name: str,
    kind: str,
    meeting_id: int | None,
    date_text: str,
    time_text: str,
    topic: str,
    place: str,
    chair: str,
    recorder: str,
    group_name: str,
    order: str,
    blank_rows: int,
    output: Path,
) -> None:
    """会议签到表 for a meeting, pre-filled with the members expected."""
    if meeting_id is not None:
        _recorded_signin(db_path, meeting_id, order, blank_rows, output)
        return
    if not branch_name.strip() or not kind.strip():
        raise PrintFailure(
            "请用 --branch 和 --kind 指定支部和会议类型，或用 --meeting 指定已登记的会议。"
        )
    from leaguedesk.core.meetings import parse_kind, parse_order
    from leaguedesk.printing.signin import SigninSpec, render_signin

    with _reported():
        meeting_kind = parse_kind(kind)
        attendee_order = parse_order(order)
        day = parse_date(date_text) if date_text.strip() else None
        start = parse_time(time_text) if time_text.strip() else ""
        branch, people = _expected(db_path, branch_name, meeting_kind, group_name, attendee_order)
        grouped = attendee_order is AttendeeOrder.GROUP and meeting_kind is not MeetingKind.GROUP
        spec = SigninSpec(
            branch=branch.display_name,
            kind=meeting_kind,
            date=day,
            time=start,
            topic=topic.strip(),
            place=place.strip(),
            chair=chair.strip(),
            recorder=recorder.strip(),
            group=" ".join(group_name.split()),
            grouped=grouped,
            blank_rows=blank_rows,
        )
        result = render_signin(spec, people, output)
    click.echo(
        f"已生成{meeting_kind.value}签到表 {output}：应到 {len(people)} 人，共 {result.pages} 页。"
    )


@print_group.command("signin-grid")
@db_option
@branch_option
@click.option(
    "--dates",
    "dates_text",
    required=True,
    help="Dates separated by commas: 2026-09-05,2026-10-10,...",
)
@click.option(
    "--title", default="团课签到表", show_default=True, help="Title after the branch name."
)
@click.option(
    "--kind", default="团课", show_default=True, help="Meeting kind deciding who is listed."
)
@group_option
@order_option
@click.option("--blank-rows", default=3, show_default=True, type=click.IntRange(0, 200))
@output_option
def signin_grid_command(
    db_path: Path | None,
    branch_name: str,
    dates_text: str,
    title: str,
    kind: str,
    group_name: str,
    order: str,
    blank_rows: int,
    output: Path,
) -> None:
    """Sign-in grid for a series of meetings: one row per person, one column per date."""
    from leaguedesk.core.meetings import parse_kind, parse_order
    from leaguedesk.printing.signin_grid import GridSpec, render_signin_grid

    with _reported():
        meeting_kind = parse_kind(kind)
        attendee_order = parse_order(order)
        dates = parse_dates(dates_text)
        branch, people = _expected(db_path, branch_name, meeting_kind, group_name, attendee_order)
        spec = GridSpec(
            branch=branch.display_name,
            dates=dates,
            title=title.strip(),
            grouped=attendee_order is AttendeeOrder.GROUP,
            blank_rows=blank_rows,
        )
        result = render_signin_grid(spec, people, output)
    click.echo(
        f"已生成签到表 {output}：{len(people)} 人 × {len(set(dates))} 次，共 {result.pages} 页。"
    )


@print_group.command("roster")
@db_option
@branch_option
@order_option
@output_option
def roster_command(db_path: Path | None, branch_name: str, order: str, output: Path) -> None:
    """团员花名册 of a branch (members in good standing)."""
    from leaguedesk.core.meetings import parse_order
    from leaguedesk.printing.roster_sheet import RosterSpec, render_roster
    from leaguedesk.services import organisation as org
    from leaguedesk.services.roster_print import roster_entries
    from leaguedesk.storage import leaguefile

    with _reported():
        roster_order = parse_order(order)
        with leaguefile.open_league(resolve_db(db_path), readonly=True) as league:
            branch = org.find_branch(league, branch_name)
            entries = roster_entries(league, branch.id, roster_order)
        spec = RosterSpec(branch=branch.display_name, grouped=roster_order is AttendeeOrder.GROUP)
        result = render_roster(spec, entries, output)
    click.echo(f"已生成团员花名册 {output}：{len(entries)} 人，共 {result.pages} 页。")


def _expected(
    db_path: Path | None, branch_name: str, kind: MeetingKind, group_name: str, order: AttendeeOrder
) -> tuple[Branch, list[Attendee]]:
    """The branch named on the command line and who is expected at a meeting of ``kind`` (of
    the 团小组 ``group_name`` when one is named)."""
    from leaguedesk.services import attendees as att
    from leaguedesk.services import organisation as org
    from leaguedesk.storage import leaguefile

    with leaguefile.open_league(resolve_db(db_path), readonly=True) as league:
        branch = org.find_branch(league, branch_name)
        group_id = (
            att.group_id_by_name(league, branch.id, group_name) if group_name.strip() else None
        )
        return branch, att.expected_attendees(league, branch.id, kind, group_id, order)


def _recorded_signin(
    db_path: Path | None, meeting_id: int, order: str, blank_rows: int, output: Path
) -> None:
    from leaguedesk.core.meetings import parse_order
    from leaguedesk.printing.meeting_signin import render_meeting_signin
    from leaguedesk.services import meetings as ms
    from leaguedesk.storage import leaguefile

    with _reported():
        attendee_order = parse_order(order)
        with leaguefile.open_league(resolve_db(db_path), readonly=True) as league:
            meeting = ms.get_meeting(league, meeting_id)
            people = ms.meeting_attendees(league, meeting_id, attendee_order)
        result = render_meeting_signin(
            meeting,
            people,
            output,
            blank_rows=blank_rows,
            grouped=attendee_order is AttendeeOrder.GROUP,
        )
    click.echo(
        f"已生成{meeting.kind}签到表 {output}：应到 {len(people)} 人，共 {result.pages} 页。"
    )


@print_group.command("minutes")
@db_option
@click.option(
    "--meeting",
    "meeting_id",
    type=int,
    required=True,
    help="The recorded meeting (see `leaguedesk meetings list`).",
)
@output_option
def minutes_command(db_path: Path | None, meeting_id: int, output: Path) -> None:
    """会议记录 of a recorded meeting, with signature lines for chair and recorder."""
    from leaguedesk.printing.minutes import render_minutes
    from leaguedesk.services import meetings as ms
    from leaguedesk.storage import leaguefile

    with _reported():
        with leaguefile.open_league(resolve_db(db_path), readonly=True) as league:
            meeting = ms.get_meeting(league, meeting_id)
            rules, _ = ms.load_quorum_rules(league)
        result = render_minutes(meeting, meeting.assess(rules), output)
    click.echo(
        f"已生成会议记录 {output}（{meeting.date.isoformat()} {meeting.kind}），"
        f"共 {result.pages} 页。"
    )


@print_group.command("ledger")
@db_option
@branch_option
@click.option(
    "--year", type=click.IntRange(2000, 2100), default=None, help="Year (default: this year)."
)
@output_option
def ledger_command(db_path: Path | None, branch_name: str, year: int | None, output: Path) -> None:
    """The year's 组织生活台账 of a branch: the calendar and every meeting."""
    from leaguedesk.printing.ledger import render_ledger
    from leaguedesk.services import meeting_stats as stats
    from leaguedesk.services import organisation as org
    from leaguedesk.storage import leaguefile

    year = year or dt.date.today().year
    with _reported():
        with leaguefile.open_league(resolve_db(db_path), readonly=True) as league:
            branch = org.find_branch(league, branch_name)
            calendar = stats.year_calendar(league, branch.id, year)
        result = render_ledger(calendar, branch.display_name, output)
    click.echo(
        f"已生成{year}年度组织生活台账 {output}：{len(calendar.meetings)} 次会议，"
        f"共 {result.pages} 页。"
    )

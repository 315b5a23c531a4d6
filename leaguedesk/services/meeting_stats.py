"""What the recorded meetings add up to: the year's calendar per branch, attendance rates per
member, who keeps missing meetings, and 团课 hours.

The rules live in the core (core.compliance, core.attendance); this module reads the rows and
the file's rule sets and hands back plain data with names attached.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from leaguedesk.core.attendance import (
    AttendanceRecord,
    MissedRun,
    Tally,
    member_attendance,
    missed_last_n,
)
from leaguedesk.core.compliance import Calendar, CalendarRules, MeetingRef, build_calendar
from leaguedesk.core.quorum import AttendanceStatus, QuorumRules
from leaguedesk.services import meetings as ms
from leaguedesk.services.meeting_records import MeetingSummary
from leaguedesk.storage import meetings as store
from leaguedesk.storage.leaguefile import LeagueFile


@dataclass(frozen=True)
class YearCalendar:
    """The calendar with the meetings behind it (by id) for the window and the ledger."""

    branch_id: int
    calendar: Calendar
    meetings: Mapping[int, MeetingSummary]
    planned: tuple[int, ...]  # meetings dated after today: not held yet, in no cell


def year_calendar(
    league: LeagueFile,
    branch_id: int,
    year: int,
    *,
    today: dt.date | None = None,
    rules: CalendarRules | None = None,
    quorum_rules: QuorumRules | None = None,
) -> YearCalendar:
    """Done / due / overdue per kind and period of ``year`` for the branch, under the file's
    rules. A meeting counts where its kind needs a quorum only if it reached it."""
    today = today or dt.date.today()
    if rules is None:
        rules, _ = ms.load_calendar_rules(league)
    summaries = ms.list_meetings(league, branch_id=branch_id, year=year, rules=quorum_rules)
    held = [s for s in summaries if s.date <= today or s.recorded]
    planned = tuple(s.id for s in summaries if not (s.date <= today or s.recorded))
    refs = [MeetingRef(s.id, s.kind, s.date, s.counts) for s in held]
    calendar = build_calendar(year, refs, rules, today)
    return YearCalendar(branch_id, calendar, {s.id: s for s in summaries}, planned)


def _records(
    league: LeagueFile, branch_id: int | None, start: dt.date | None, end: dt.date | None
) -> list[AttendanceRecord]:
    rows = store.attendance_records(
        league.db,
        branch_id=branch_id,
        start=start.isoformat() if start else None,
        end=end.isoformat() if end else None,
    )
    return [
        AttendanceRecord(
            meeting,
            kind,
            dt.date.fromisoformat(day),
            member,
            AttendanceStatus(status) if status else None,
            bool(expected),
        )
        for meeting, kind, day, member, status, expected in rows
    ]


@dataclass(frozen=True)
class MemberRate:
    member_id: int
    name: str
    group_name: str
    status: str  # 团籍状态 today
    overall: Tally
    by_kind: Mapping[str, Tally]


def attendance_report(
    league: LeagueFile,
    branch_id: int | None,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    kinds: Iterable[str] | None = None,
) -> list[MemberRate]:
    """Each member's attendance between ``start`` and ``end`` (inclusive), overall and per kind,
    in pinyin order. Members expected at nothing in the range are left out."""
    per_member = member_attendance(_records(league, branch_id, start, end), kinds=kinds)
    names = store.member_names(league.db, [int(m) for m in per_member])
    rates = [
        MemberRate(
            int(member),
            str(names[int(member)]["name"]),
            str(names[int(member)]["group_name"]),
            str(names[int(member)]["status"]),
            data.overall,
            data.by_kind,
        )
        for member, data in per_member.items()
        if int(member) in names
    ]
    return sorted(
        rates, key=lambda r: (str(names[r.member_id]["name_pinyin"]), r.name, r.member_id)
    )


@dataclass(frozen=True)
class MissedEntry:
    member_id: int
    name: str
    group_name: str
    run: MissedRun
    dates: tuple[dt.date, ...]


def missed_meetings(
    league: LeagueFile,
    branch_id: int | None,
    n: int,
    *,
    until: dt.date | None = None,
    kinds: Iterable[str] | None = None,
    unexcused_only: bool = False,
) -> list[MissedEntry]:
    """Members absent from each of their last ``n`` expected meetings up to ``until``, active
    members only (those who have left are no one's follow-up), in pinyin order."""
    records = _records(league, branch_id, None, until)
    dates = {r.meeting_id: r.date for r in records}
    runs = missed_last_n(records, n, until=until, kinds=kinds, unexcused_only=unexcused_only)
    names = store.member_names(league.db, [int(r.member_id) for r in runs])
    found = [
        MissedEntry(
            int(r.member_id),
            str(names[int(r.member_id)]["name"]),
            str(names[int(r.member_id)]["group_name"]),
            r,
            tuple(dates[m] for m in r.meeting_ids),
        )
        for r in runs
        if names.get(int(r.member_id), {}).get("status") == "正常"
    ]
    return sorted(found, key=lambda e: (str(names[e.member_id]["name_pinyin"]), e.member_id))


def lecture_hours(
    league: LeagueFile,
    member_ids: list[int] | None = None,
    *,
    branch_id: int | None = None,
    until: dt.date | None = None,
) -> dict[int, float]:
    """团课 学时 per member (the hours of each 团课 attended), for recruits' 8 学时."""
    return store.lecture_hours(
        league.db, member_ids, branch_id=branch_id, end=until.isoformat() if until else None
    )

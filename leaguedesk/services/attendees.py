"""Who should attend a meeting: the list a sign-in sheet is printed from.

``expected_attendees`` applies the rule of the meeting kind (everyone, the committee, one
团小组) to a branch. It never returns ID numbers or phones: a sign-in sheet must not carry them.
"""

from __future__ import annotations

from dataclasses import dataclass

from leaguedesk.core.meetings import (
    COMMITTEE_POSTS,
    AttendeeOrder,
    AttendeeScope,
    MeetingError,
    MeetingKind,
    MeetingProblem,
    parse_kind,
    parse_order,
    scope_for,
)
from leaguedesk.services import organisation as org
from leaguedesk.storage import attendees as store
from leaguedesk.storage.leaguefile import LeagueFile


@dataclass(frozen=True)
class Attendee:
    name: str
    group_name: str = ""
    post: str = ""


def expected_attendees(
    league: LeagueFile,
    branch_id: int,
    kind: MeetingKind | str,
    group_id: int | None = None,
    order: AttendeeOrder | str = AttendeeOrder.PINYIN,
) -> list[Attendee]:
    """The members a meeting of ``kind`` calls, in pinyin order or grouped by 团小组.

    团小组会 needs ``group_id``; the other kinds ignore it except that a group narrows an
    all-members list (e.g. a 团课 held for one group).
    """
    return [
        Attendee(row.name, row.group_name, row.post)
        for row in expected_rows(league, branch_id, kind, group_id, order)
    ]


def expected_rows(
    league: LeagueFile,
    branch_id: int,
    kind: MeetingKind | str,
    group_id: int | None = None,
    order: AttendeeOrder | str = AttendeeOrder.PINYIN,
) -> list[store.AttendeeRow]:
    """``expected_attendees`` with each member's row id, for recording attendance."""
    org.get_branch(league, branch_id)  # BranchError when the branch does not exist
    meeting_kind = parse_kind(kind)
    by_group = parse_order(order) is AttendeeOrder.GROUP
    scope = scope_for(meeting_kind)
    if group_id is not None and store.group_name(league.db, branch_id, group_id) is None:
        raise MeetingError(MeetingProblem.GROUP_NOT_FOUND, value=str(group_id))
    if scope is AttendeeScope.GROUP and group_id is None:
        raise MeetingError(MeetingProblem.GROUP_REQUIRED, kind=meeting_kind.value)
    posts = COMMITTEE_POSTS if scope is AttendeeScope.COMMITTEE else None
    return store.attendee_rows(
        league.db, branch_id, group_id=group_id, posts=posts, by_group=by_group
    )


def group_id_by_name(league: LeagueFile, branch_id: int, name: str) -> int:
    """The 团小组 called ``name`` in the branch; MeetingError when there is none."""
    found = store.find_group(league.db, branch_id, " ".join(name.split()))
    if found is None:
        raise MeetingError(MeetingProblem.GROUP_NOT_FOUND, value=name)
    return found

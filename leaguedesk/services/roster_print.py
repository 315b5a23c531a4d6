"""The data behind the printed 团员花名册: a branch's members in good standing, in print order."""

from __future__ import annotations

from dataclasses import dataclass

from leaguedesk.core.meetings import AttendeeOrder, parse_order
from leaguedesk.services import organisation as org
from leaguedesk.storage import roster_print as store
from leaguedesk.storage.leaguefile import LeagueFile


@dataclass(frozen=True)
class RosterEntry:
    name: str
    sex: str = ""
    ethnicity: str = ""
    birth_date: str = ""  # YYYY-MM-DD
    joined_on: str = ""  # YYYY-MM
    political_status: str = ""
    post: str = ""
    workplace: str = ""
    phone: str = ""
    group_name: str = ""


def roster_entries(
    league: LeagueFile, branch_id: int, order: AttendeeOrder | str = AttendeeOrder.PINYIN
) -> list[RosterEntry]:
    org.get_branch(league, branch_id)  # BranchError when the branch does not exist
    by_group = parse_order(order) is AttendeeOrder.GROUP
    return [
        RosterEntry(
            name=row["name"],
            sex=row["sex"],
            ethnicity=row["ethnicity"],
            birth_date=row["birth_date"],
            joined_on=row["joined_on"],
            political_status=row["political_status"],
            post=row["league_post"],
            workplace=row["workplace"],
            phone=row["phone"],
            group_name=row["group_name"],
        )
        for row in store.roster_rows(league.db, branch_id, by_group=by_group)
    ]

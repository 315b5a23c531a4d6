"""Roster alerts: the members who need the secretary's attention, from every record the file keeps.

- ``turning_28``: 28th birthday within N months (or past) and no League post (services.members);
- ``no_registration``: over 15 months without 团籍注册, in branches whose registration the file
  keeps (services.registration);
- ``inactive``: expected at the recorded organisational life of the last 6 months and present at
  none of it. Dues are not recorded by LeagueDesk yet, so they do not count here.
"""

from __future__ import annotations

import datetime as dt

from leaguedesk.core import dates
from leaguedesk.services import members, registration
from leaguedesk.services.member_records import Alert
from leaguedesk.storage import meetings as meeting_store
from leaguedesk.storage.leaguefile import LeagueFile

INACTIVE_MONTHS = 6


def roster_alerts(
    league: LeagueFile, branch_id: int | None, *, today: dt.date, months_before_28: int = 6
) -> list[Alert]:
    """Every alert for the branch (or the whole file), by kind: age first, then registration,
    then attendance."""
    found = members.alerts(league, branch_id, today=today, months_before_28=months_before_28)
    for lapse in registration.lapsed_members(league, branch_id, today=today):
        found.append(
            Alert(
                lapse.member_id,
                lapse.name,
                "no_registration",
                {
                    "last": lapse.last_registered_on.isoformat()
                    if lapse.last_registered_on
                    else "",
                    "branch": lapse.branch_name,
                    "branch_id": lapse.branch_id,
                },
            )
        )
    start = dates.add_months(today, -INACTIVE_MONTHS)
    for row in meeting_store.members_absent_throughout(
        league.db, branch_id, start.isoformat(), today.isoformat()
    ):
        found.append(
            Alert(
                int(row["id"]),
                str(row["name"]),
                "inactive",
                {
                    "missed": int(row["missed"]),
                    "since": str(row["first_missed"]),
                    "branch": row["branch_name"],
                    "branch_id": row["branch_id"],
                },
            )
        )
    return found

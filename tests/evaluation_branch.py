"""A branch for the 两制 and 推优 tests: ten 共青团员, a Party member keeping 团籍 and one member
who has left. Names in pinyin order: 陈一 … (see NAMES)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from leaguedesk.services import members as ms
from leaguedesk.services import organisation as org
from leaguedesk.storage.leaguefile import LeagueFile
from tests.factories import TODAY, member_values

NAMES = ("陈一", "邓二", "范三", "郭四", "何五", "金六", "孔七", "林八", "马九", "倪十")
PARTY_MEMBER = "彭党员"
LEFT = "宋离开"
YEAR = 2025


@dataclass(frozen=True)
class Branch:
    branch_id: int
    ids: dict[str, int]  # name -> member id


def add_branch(league: LeagueFile, name: str = "评议团支部") -> Branch:
    branch = org.create_branch(league, org.BranchFields(name))
    ids = {}
    for serial, person in enumerate((*NAMES, PARTY_MEMBER, LEFT), 1):
        extra = {}
        if person == PARTY_MEMBER:
            extra = {"political_status": "中共党员", "party_joined_on": "2024-06"}
        values = member_values(
            name=person, serial=serial, birth=dt.date(2001, 1, serial), joined_on="2016-05", **extra
        )
        ids[person] = ms.create_member(league, branch.id, values, today=TODAY).id
    ms.change_status(
        league,
        ids[LEFT],
        "转出",
        effective_on="2025-03-01",
        reason="毕业",
        decided_by="支委会",
        destination="外校团委",
        today=TODAY,
    )
    return Branch(branch.id, ids)

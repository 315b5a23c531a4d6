"""Demo files come with last year's closed evaluation and registration for every branch."""

from __future__ import annotations

import datetime as dt

from leaguedesk.core.evaluation import Grade, excellent_cap_count
from leaguedesk.services import evaluation as ev
from leaguedesk.services import members as ms
from leaguedesk.services import organisation as org
from leaguedesk.services import registration as reg


def test_demo_has_a_closed_round_and_registration_per_branch(demo_league):
    year = dt.date.today().year - 1
    for branch in org.list_branches(demo_league):
        found = ev.round_for(demo_league, branch.id, year)
        assert found is not None and found.closed
        entries = ev.entries(demo_league, found.id)
        assert entries and all(e.final_grade for e in entries)
        excellent = sum(e.final_grade is Grade.EXCELLENT for e in entries)
        assert excellent <= excellent_cap_count(len(entries))
        assert ev.check_round(demo_league, found.id) == []
        registration = reg.round_for(demo_league, branch.id, year)
        assert registration is not None and registration.closed
    member = ms.list_members(demo_league, status="正常")[0]
    assert reg.last_registered_year(demo_league, [member.id]) == {member.id: year}
    assert any(h.field == "evaluation" for h in ms.history(demo_league, member.id))

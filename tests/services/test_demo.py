"""Demo data passes the roster's own checks, so screenshots and trials show clean records."""

import datetime as dt

import pytest

from leaguedesk.core.issues import Severity
from leaguedesk.core.validation import validate_member
from leaguedesk.services import demo
from leaguedesk.services import members as ms
from leaguedesk.storage import leaguefile


def errors_in(league, today):
    found = []
    for member in ms.list_members(league):
        found += [
            (member.name, i.field, i.code)
            for i in validate_member(member.values(), today=today)
            if i.severity is Severity.ERROR
        ]
    return found


def test_every_demo_member_validates_without_errors(demo_league):
    assert len(ms.list_members(demo_league)) == 60
    assert errors_in(demo_league, dt.date.today()) == []


@pytest.mark.parametrize("today", [dt.date(2024, 2, 29), dt.date(2026, 12, 31)])
def test_larger_demo_files_validate_without_errors_or_warnings(tmp_path, today):
    with leaguefile.create(tmp_path / "big.leaguedb") as league:
        demo.generate(league, branches=7, members=700, seed=11, today=today)
        assert errors_in(league, today) == []
        assert all(not validate_member(m.values(), today=today) for m in ms.list_members(league))

"""Roster alerts from every record: age, registration kept by the file, attendance."""

from __future__ import annotations

import dataclasses
import datetime as dt

from leaguedesk.core.evaluation import Grade
from leaguedesk.services import alerts, meetings
from leaguedesk.services import evaluation as ev
from leaguedesk.services import registration as reg
from leaguedesk.services.meeting_records import MeetingDraft
from tests.evaluation_branch import NAMES, YEAR, add_branch

TODAY = dt.date(2026, 11, 20)


def _kinds(found, kind):
    return sorted(a.name for a in found if a.kind == kind)


def test_no_registration_alerts_where_the_file_keeps_no_registration(league):
    branch = add_branch(league)
    found = alerts.roster_alerts(league, branch.branch_id, today=TODAY)
    assert _kinds(found, "no_registration") == []


def test_registration_lapse_is_flagged_once_registration_is_kept(league):
    branch = add_branch(league)
    rnd = ev.open_round(
        league, branch.branch_id, YEAR, meeting_date="2025-12-20", present=9, ballots=9
    )
    grades = [Grade.PASS] * 9 + [Grade.FAIL]
    for entry, grade in zip(ev.entries(league, rnd.id), grades, strict=True):
        ev.record_tally(league, entry.id, {grade: 9})
    ev.adopt_suggestions(league, rnd.id)
    ev.close_round(league, rnd.id, approved_on=dt.date(2026, 1, 10))
    registration = reg.create_round(league, branch.branch_id, YEAR, decided_on=dt.date(2026, 1, 15))
    reg.close_round(league, registration.id, decided_on=dt.date(2026, 1, 15))
    # 倪十 (不合格) was deferred, never registered since joining long ago: flagged now.
    found = alerts.roster_alerts(league, branch.branch_id, today=TODAY)
    assert NAMES[9] in _kinds(found, "no_registration")
    assert NAMES[0] not in _kinds(found, "no_registration")
    # Fifteen months after the registration, everyone registered then is due again.
    later = alerts.roster_alerts(league, branch.branch_id, today=dt.date(2027, 4, 16))
    assert NAMES[0] in _kinds(later, "no_registration")


def test_member_absent_from_all_recent_meetings_is_inactive(league):
    branch = add_branch(league)
    people = meetings.default_attendance(league, branch.branch_id, "支部大会")
    away = people[0]
    for day in (dt.date(2026, 7, 1), dt.date(2026, 10, 1)):
        ticked = tuple(
            dataclasses.replace(e, status="无故缺席" if e == away else "出席") for e in people
        )
        meetings.record_meeting(
            league,
            branch.branch_id,
            MeetingDraft(kind="支部大会", date=day, topics="学习", attendance=ticked),
        )
    found = alerts.roster_alerts(league, branch.branch_id, today=TODAY)
    inactive = [a for a in found if a.kind == "inactive"]
    assert [a.name for a in inactive] == [away.name]
    assert inactive[0].detail["missed"] == 2
    # Meetings older than six months do not count.
    assert not [
        a
        for a in alerts.roster_alerts(league, branch.branch_id, today=dt.date(2027, 6, 1))
        if a.kind == "inactive"
    ]

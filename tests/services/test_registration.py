"""Registration derived from a closed evaluation: outcomes, reasons, deferrals, last year."""

from __future__ import annotations

import datetime as dt

import pytest

from leaguedesk.core.evaluation import Grade
from leaguedesk.core.registration import Basis, DeferralProblem, Outcome
from leaguedesk.services import evaluation as ev
from leaguedesk.services import members as ms
from leaguedesk.services import registration as reg
from leaguedesk.services.evaluation_records import EvaluationError, Problem, RoundBlocked
from tests.evaluation_branch import NAMES, PARTY_MEMBER, YEAR, add_branch

DECIDED = dt.date(2026, 1, 15)


@pytest.fixture
def branch(league):
    found = add_branch(league)
    ms.add_discipline(
        league,
        found.ids[NAMES[1]],
        "留团察看",
        decided_on="2025-11-01",
        reason="违纪",
        decided_by="支部大会",
        today=dt.date(2026, 1, 1),
    )
    rnd = ev.open_round(
        league, found.branch_id, YEAR, meeting_date="2025-12-20", present=9, ballots=9
    )
    grades = [Grade.PASS] * 8 + [Grade.BASIC, Grade.FAIL]
    for entry, grade in zip(ev.entries(league, rnd.id), grades, strict=True):
        ev.record_tally(league, entry.id, {grade: 9})
    ev.adopt_suggestions(league, rnd.id)
    ev.close_round(league, rnd.id, approved_on=dt.date(2026, 1, 10))
    return found


def _by_name(league, round_id):
    return {e.name: e for e in reg.entries(league, round_id)}


def test_outcomes_follow_grades_probation_and_party_membership(league, branch):
    rnd = reg.create_round(league, branch.branch_id, YEAR, decided_on=DECIDED)
    found = _by_name(league, rnd.id)
    assert found[NAMES[0]].outcome is Outcome.REGISTERED
    assert (found[NAMES[1]].outcome, found[NAMES[1]].basis) == (Outcome.DEFERRED, Basis.PROBATION)
    assert found[NAMES[8]].outcome is Outcome.REGISTERED  # 基本合格
    assert found[NAMES[9]].outcome is Outcome.DEFERRED
    assert found[NAMES[9]].deferred_until == dt.date(2026, 4, 15)
    assert (found[PARTY_MEMBER].outcome, found[PARTY_MEMBER].basis) == (
        Outcome.REGISTERED,
        Basis.NOT_EVALUATED,
    )
    assert len(found) == 11


def test_registration_needs_a_closed_evaluation(league):
    other = add_branch(league, "另一支部")
    with pytest.raises(EvaluationError) as caught:
        reg.create_round(league, other.branch_id, YEAR)
    assert caught.value.problem is Problem.NO_CLOSED_EVALUATION


def test_changing_an_outcome_needs_a_reason(league, branch):
    rnd = reg.create_round(league, branch.branch_id, YEAR, decided_on=DECIDED)
    entry = _by_name(league, rnd.id)[NAMES[0]]
    with pytest.raises(RoundBlocked) as caught:
        reg.set_outcome(league, entry.id, Outcome.REFUSED)
    assert [f.code for f in caught.value.findings] == [DeferralProblem.REASON_MISSING]
    changed = reg.set_outcome(league, entry.id, Outcome.REFUSED, reason="长期不参加组织生活")
    assert changed.outcome is Outcome.REFUSED and changed.changed
    with pytest.raises(RoundBlocked):
        reg.set_outcome(
            league, entry.id, Outcome.DEFERRED, reason="x", deferred_until=dt.date(2026, 12, 1)
        )


def test_closing_writes_history_and_counts_as_last_registered_year(league, branch):
    rnd = reg.create_round(league, branch.branch_id, YEAR, decided_on=DECIDED)
    assert reg.last_registered_year(league, list(branch.ids.values())) == {}
    reg.close_round(league, rnd.id, decided_on=DECIDED)
    years = reg.last_registered_year(league, list(branch.ids.values()))
    assert years[branch.ids[NAMES[0]]] == YEAR
    assert branch.ids[NAMES[9]] not in years  # deferred
    assert ms.history(league, branch.ids[NAMES[9]])[0].new_value == "2025年度团籍注册：暂缓注册"


def test_deferral_reminders_and_resolution(league, branch):
    rnd = reg.create_round(league, branch.branch_id, YEAR, decided_on=DECIDED)
    reg.close_round(league, rnd.id, decided_on=DECIDED)
    assert reg.reminders(league, branch.branch_id, today=dt.date(2026, 3, 1)) == []
    due = reg.reminders(league, branch.branch_id, today=dt.date(2026, 4, 10))
    assert [(r.name, r.days_left) for r in due] == [(NAMES[1], 5), (NAMES[9], 5)]
    entry = _by_name(league, rnd.id)[NAMES[9]]
    reg.resolve_deferral(league, entry.id, Outcome.REGISTERED, on=dt.date(2026, 4, 20))
    assert reg.last_registered_year(league, [branch.ids[NAMES[9]]]) == {branch.ids[NAMES[9]]: YEAR}
    assert [
        r.name for r in reg.reminders(league, branch.branch_id, today=dt.date(2026, 4, 30))
    ] == [NAMES[1]]
    with pytest.raises(EvaluationError):
        reg.resolve_deferral(league, entry.id, Outcome.REGISTERED, on=dt.date(2026, 4, 21))


def test_members_over_15_months_without_registration_are_flagged(league, branch):
    rnd = reg.create_round(league, branch.branch_id, YEAR, decided_on=DECIDED)
    reg.close_round(league, rnd.id, decided_on=DECIDED)
    deferred = [NAMES[1], NAMES[9]]  # never registered since joining in 2016
    assert [
        lapse.name
        for lapse in reg.lapsed_members(league, branch.branch_id, today=dt.date(2027, 4, 15))
    ] == deferred
    flagged = reg.lapsed_members(league, branch.branch_id, today=dt.date(2027, 4, 16))
    assert len(flagged) == 11
    assert flagged[0].last_registered_on == DECIDED


def test_a_deferred_member_is_not_in_good_standing_to_introduce_recruits(league, branch):
    from leaguedesk.services.recruitment import BranchFacts

    rnd = reg.create_round(league, branch.branch_id, YEAR, decided_on=DECIDED)
    reg.close_round(league, rnd.id, decided_on=DECIDED)
    deferred, registered = branch.ids[NAMES[9]], branch.ids[NAMES[0]]
    standing = BranchFacts(league, branch.branch_id).standings([deferred, registered])
    assert standing[deferred].registration_deferred
    assert not standing[registered].registration_deferred
    entry = next(e for e in reg.entries(league, rnd.id) if e.member_id == deferred)
    reg.resolve_deferral(league, entry.id, Outcome.REGISTERED, on=dt.date(2026, 4, 1))
    assert (
        not BranchFacts(league, branch.branch_id)
        .standings([deferred])[deferred]
        .registration_deferred
    )

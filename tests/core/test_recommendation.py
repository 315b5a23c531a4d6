"""推优入党 candidates at the boundaries, the secret vote, ranking and validity."""

from __future__ import annotations

import datetime as dt

import pytest

from leaguedesk.core.lifecycle import DisciplineRecord
from leaguedesk.core.recommendation import (
    CandidateFacts,
    Eligibility,
    RecommendationRules,
    VoteProblem,
    check_candidate,
    rank,
    valid_until,
    vote_outcome,
)

VOTE_DAY = dt.date(2026, 6, 15)


def _facts(**changes) -> CandidateFacts:
    values = dict(
        status="正常",
        political_status="共青团员",
        birth_date=dt.date(2000, 1, 1),
        joined_on=dt.date(2016, 5, 1),
        applied_on=dt.date(2025, 9, 1),
        discipline=(),
    )
    values.update(changes)
    return CandidateFacts(**values)


def _codes(facts: CandidateFacts, on: dt.date = VOTE_DAY, **rules) -> list[Eligibility]:
    return [f.code for f in check_candidate(facts, on, RecommendationRules(**rules))]


def test_an_ordinary_candidate_is_eligible():
    assert _codes(_facts()) == []


@pytest.mark.parametrize(
    ("birth", "ok"),
    [
        (dt.date(1998, 6, 15), True),  # the 28th birthday is the vote day: 28, eligible
        (dt.date(1997, 6, 16), True),  # 29 tomorrow
        (dt.date(1997, 6, 15), False),  # 29 today
    ],
)
def test_age_28_or_under_on_the_day(birth, ok):
    assert (_codes(_facts(birth_date=birth)) == []) is ok


def test_membership_of_exactly_one_year_is_enough():
    assert _codes(_facts(joined_on=dt.date(2025, 6, 1)), dt.date(2026, 6, 1)) == []
    assert _codes(_facts(joined_on=dt.date(2025, 6, 1)), dt.date(2026, 5, 31)) == [
        Eligibility.MEMBERSHIP_TOO_SHORT
    ]


def test_party_application_at_least_six_months_old():
    assert _codes(_facts(applied_on=dt.date(2025, 12, 15))) == []
    found = check_candidate(_facts(applied_on=dt.date(2025, 12, 16)), VOTE_DAY)
    assert [f.code for f in found] == [Eligibility.APPLICATION_TOO_RECENT]
    assert found[0].params["earliest"] == "2026-06-16"
    assert _codes(_facts(applied_on=None)) == [Eligibility.NO_APPLICATION]


def test_an_active_punishment_excludes_a_lifted_one_does_not():
    active = DisciplineRecord(1, 1, "警告", "2026-01-01", "r", "", None)
    lifted = DisciplineRecord(2, 1, "警告", "2024-01-01", "r", "", "2025-01-01")
    assert _codes(_facts(discipline=[active])) == [Eligibility.PUNISHED]
    assert _codes(_facts(discipline=[lifted])) == []


def test_each_rule_can_be_switched_off_or_changed():
    old = _facts(birth_date=dt.date(1990, 1, 1), applied_on=None, joined_on=dt.date(2026, 1, 1))
    assert _codes(old, check_age=False, check_application=False, check_membership=False) == []
    assert _codes(_facts(birth_date=dt.date(1997, 6, 15)), max_age=29) == []


def test_party_members_and_former_members_are_not_candidates():
    assert Eligibility.ALREADY_PARTY in _codes(_facts(political_status="中共预备党员"))
    assert Eligibility.NOT_ACTIVE in _codes(_facts(status="转出"))


def test_vote_needs_more_than_half_present_and_yes_above_half_of_those_expected():
    # 10 should attend: 6 present is quorate, 5 is not; 6 yes passes, 5 does not.
    assert vote_outcome(6, 0, 0, expected=10, present=6).passed
    assert vote_outcome(6, 0, 0, expected=10, present=5).problems == (VoteProblem.COUNTS_INVALID,)
    quorum_short = vote_outcome(5, 0, 0, expected=10, present=5)
    assert quorum_short.problems == (VoteProblem.QUORUM_NOT_MET,)
    assert quorum_short.required_present == 6
    not_passed = vote_outcome(5, 1, 1, expected=10, present=7)
    assert not_passed.problems == (VoteProblem.NOT_PASSED,) and not_passed.required_yes == 6


def test_ranking_by_yes_votes_shares_ranks_for_equal_votes():
    ranks = rank([("a", 8, True), ("b", 9, True), ("c", 8, True), ("d", 7, True), ("e", 9, False)])
    assert ranks == {"b": 1, "a": 2, "c": 2, "d": 4}


def test_valid_for_two_years_by_default():
    assert valid_until(dt.date(2026, 6, 15)) == dt.date(2028, 6, 14)
    assert valid_until(dt.date(2026, 6, 15), RecommendationRules(valid_years=1)) == dt.date(
        2027, 6, 14
    )

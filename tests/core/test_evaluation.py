"""The evaluation rules at their boundaries: the 30% cap, the more-than-⅔ quorum, ties in the
tally."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from leaguedesk.core.evaluation import (
    DEFAULT_RULES,
    CloseProblem,
    EntryFacts,
    EvaluationRules,
    Exclusion,
    FollowUpKind,
    Grade,
    RoundFacts,
    SuggestMethod,
    Tally,
    check_close,
    check_reevaluation_date,
    excellent_cap_count,
    exclusion,
    follow_up,
    row_matches,
    suggest,
)
from leaguedesk.core.quorum import Comparison, QuorumRules, Threshold
from leaguedesk.core.rulesets import RuleProblemCode

MAJORITY = EvaluationRules(method=SuggestMethod.MAJORITY)


def _entries(grades: list[Grade | None], ballots: int = 6) -> list[EntryFacts]:
    return [
        EntryFacts(i, f"团员{i}", Tally(excellent=ballots), grade) for i, grade in enumerate(grades)
    ]


def _facts(
    expected: int = 9,
    present: int = 7,
    ballots: int = 6,
    approved: dt.date | None = dt.date(2026, 1, 10),
) -> RoundFacts:
    return RoundFacts("支部大会", expected, present, ballots, dt.date(2025, 12, 20), approved)


def _codes(findings) -> list[CloseProblem]:
    return [f.code for f in findings]


@pytest.mark.parametrize(("evaluated", "cap"), [(10, 3), (7, 2), (3, 0), (4, 1), (20, 6), (0, 0)])
def test_excellent_cap_is_at_most_30_percent_rounded_down(evaluated, cap):
    assert excellent_cap_count(evaluated) == cap


def test_exactly_30_percent_excellent_closes_and_one_more_is_blocked():
    ok = _entries([Grade.EXCELLENT] * 3 + [Grade.PASS] * 7)
    assert check_close(_facts(), ok) == []
    over = _entries([Grade.EXCELLENT] * 4 + [Grade.PASS] * 6)
    findings = check_close(_facts(), over)
    assert _codes(findings) == [CloseProblem.EXCELLENT_OVER_CAP]
    assert findings[0].params == {"excellent": 4, "evaluated": 10, "cap": 3, "percent": "30"}


def test_seven_evaluated_allow_two_excellent_not_three():
    assert check_close(_facts(), _entries([Grade.EXCELLENT] * 2 + [Grade.PASS] * 5)) == []
    assert _codes(check_close(_facts(), _entries([Grade.EXCELLENT] * 3 + [Grade.PASS] * 4))) == [
        CloseProblem.EXCELLENT_OVER_CAP
    ]


def test_more_than_two_thirds_present_is_quorate_exactly_two_thirds_is_not():
    entries = _entries([Grade.PASS] * 3, ballots=5)
    assert check_close(_facts(expected=9, present=7, ballots=5), entries) == []
    findings = check_close(_facts(expected=9, present=6, ballots=5), entries)
    assert _codes(findings) == [CloseProblem.QUORUM_NOT_MET]
    assert findings[0].params["required"] == 7


def test_at_least_two_thirds_is_one_edit():
    at_least = QuorumRules(evaluation=Threshold(Comparison.AT_LEAST, Fraction(2, 3)))
    entries = _entries([Grade.PASS] * 3)
    assert check_close(_facts(present=6), entries, quorum=at_least) == []
    assert _codes(check_close(_facts(present=6), entries)) == [CloseProblem.QUORUM_NOT_MET]


def test_no_quota_for_fail_all_or_none_may_be_graded_fail():
    assert check_close(_facts(), _entries([Grade.FAIL] * 5)) == []
    assert check_close(_facts(), _entries([Grade.PASS] * 5)) == []


def test_every_member_must_be_graded():
    findings = check_close(_facts(), _entries([Grade.PASS, None, None]))
    assert _codes(findings) == [CloseProblem.NOT_GRADED]
    assert findings[0].params["count"] == 2
    assert findings[0].params["names"] == "团员1、团员2"


def test_each_tally_row_must_add_up_to_the_ballots():
    entries = [
        EntryFacts(1, "张三", Tally(3, 2, 0, 0), Grade.PASS),
        EntryFacts(2, "李四", Tally(3, 2, 1, 0), Grade.PASS),
        EntryFacts(3, "王五", Tally(4, 0, 0, 0), Grade.PASS, ballots=4),
    ]
    findings = check_close(_facts(ballots=6), entries)
    assert _codes(findings) == [CloseProblem.TALLY_MISMATCH]
    assert findings[0].params == {"name": "张三", "total": 5, "ballots": 6}


def test_ballots_cannot_outnumber_those_present_nor_be_missing():
    entries = _entries([Grade.PASS], ballots=8)
    assert CloseProblem.BALLOTS_EXCEED_PRESENT in _codes(check_close(_facts(ballots=8), entries))
    assert CloseProblem.BALLOTS_MISSING in _codes(check_close(_facts(ballots=0), entries))


def test_present_above_expected_is_invalid_and_approval_is_needed():
    codes = _codes(check_close(_facts(expected=5, present=6, approved=None), _entries([None])))
    assert codes[:1] == [CloseProblem.COUNTS_INVALID]
    assert CloseProblem.NO_APPROVAL_DATE in codes
    assert CloseProblem.NOT_GRADED in codes


def test_approval_cannot_come_before_the_meeting():
    findings = check_close(_facts(approved=dt.date(2025, 12, 1)), _entries([Grade.PASS]))
    assert _codes(findings) == [CloseProblem.APPROVAL_BEFORE_MEETING]


def test_an_empty_round_cannot_close():
    assert CloseProblem.NOBODY_EVALUATED in _codes(check_close(_facts(), []))


# ---------------------------------------------------------------------------------- suggestions


def test_points_method_uses_thresholds_with_the_boundary_going_up():
    assert suggest(Tally(5, 5, 0, 0)).grade is Grade.EXCELLENT  # exactly 2.5
    assert suggest(Tally(4, 6, 0, 0)).grade is Grade.PASS  # 2.4
    assert suggest(Tally(0, 5, 5, 0)).grade is Grade.PASS  # exactly 1.5
    assert suggest(Tally(0, 4, 6, 0)).grade is Grade.BASIC
    assert suggest(Tally(0, 0, 5, 5)).grade is Grade.BASIC  # exactly 0.5
    assert suggest(Tally(0, 0, 4, 6)).grade is Grade.FAIL
    assert suggest(Tally(5, 5, 0, 0)).score == Fraction(5, 2)


def test_majority_tie_goes_to_the_lower_grade_and_is_flagged():
    tied = suggest(Tally(4, 4, 1, 0), MAJORITY)
    assert tied.grade is Grade.PASS and tied.tied
    three_way = suggest(Tally(2, 0, 2, 2), MAJORITY)
    assert three_way.grade is Grade.FAIL and three_way.tied
    clear = suggest(Tally(5, 4, 0, 0), MAJORITY)
    assert clear.grade is Grade.EXCELLENT and not clear.tied


def test_no_votes_no_suggestion():
    assert suggest(Tally()) is None
    assert suggest(Tally(), MAJORITY) is None
    assert suggest(Tally(-1, 3, 0, 0)) is None


def test_row_matches_only_when_it_adds_up():
    assert row_matches(Tally(3, 3, 0, 0), 6)
    assert not row_matches(Tally(3, 2, 0, 0), 6)
    assert row_matches(Tally(3, 2, 0, 0), 0)  # ballots not entered yet: nothing to compare


# ---------------------------------------------------------------------------------- who, follow-ups


def test_party_members_are_excluded_by_default_and_can_be_included():
    assert exclusion("正常", "共青团员") is None
    assert exclusion("正常", "中共党员") is Exclusion.PARTY_MEMBER
    assert exclusion("正常", "中共预备党员") is Exclusion.PARTY_MEMBER
    assert exclusion("正常", "中共党员", EvaluationRules(exclude_party_members=False)) is None
    assert exclusion("转出", "共青团员") is Exclusion.NOT_ACTIVE


def test_follow_ups_talk_for_basic_and_reevaluation_window_for_fail():
    decided = dt.date(2026, 1, 31)
    assert follow_up(Grade.BASIC, decided).kind is FollowUpKind.TALK
    plan = follow_up(Grade.FAIL, decided)
    assert plan.kind is FollowUpKind.REEVALUATE
    assert (plan.earliest, plan.latest) == (dt.date(2026, 4, 30), dt.date(2026, 7, 31))
    assert follow_up(Grade.PASS, decided).kind is FollowUpKind.NONE
    assert check_reevaluation_date(decided, dt.date(2026, 4, 30)) is None
    assert check_reevaluation_date(decided, dt.date(2026, 7, 31)) is None
    assert check_reevaluation_date(decided, dt.date(2026, 4, 29)) is not None
    assert check_reevaluation_date(decided, dt.date(2026, 8, 1)) is not None


# ---------------------------------------------------------------------------------- stored rules


def test_rules_round_trip_and_bad_values_keep_defaults():
    rules = EvaluationRules(
        excellent_cap=Fraction(1, 4), method=SuggestMethod.MAJORITY, exclude_party_members=False
    )
    loaded, problems = EvaluationRules.from_dict(rules.to_dict())
    assert loaded == rules and problems == []
    loaded, problems = EvaluationRules.from_dict(
        {"excellent_cap": 0.3, "method": "vote", "colour": "red"}
    )
    assert loaded == DEFAULT_RULES
    assert sorted((p.path, p.code) for p in problems) == [
        ("colour", RuleProblemCode.UNKNOWN_KEY),
        ("excellent_cap", RuleProblemCode.INVALID_VALUE),
        ("method", RuleProblemCode.INVALID_VALUE),
    ]

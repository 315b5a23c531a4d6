"""Quorum and votes: the edges of "more than ½" and "at least ⅔", invalid counts, stored rules."""

import json
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leaguedesk.core.quorum import (
    AT_LEAST_TWO_THIRDS,
    MORE_THAN_HALF,
    MORE_THAN_TWO_THIRDS,
    AttendanceStatus,
    Base,
    Comparison,
    CountProblem,
    QuorumRules,
    ResolutionKind,
    Threshold,
    VoteRule,
    check_quorum,
    check_resolution,
    counts_as_present,
    effective_resolutions,
)
from leaguedesk.core.rulesets import RuleProblem, RuleProblemCode


@pytest.mark.parametrize(
    ("expected", "required"),
    [
        (0, 1),
        (1, 1),
        (2, 2),
        (3, 2),
        (4, 3),
        (7, 4),
        (8, 5),
        (50, 26),
    ],
)
def test_branch_meeting_needs_more_than_half(expected, required):
    assert check_quorum("支部大会", expected, required).required == required
    assert check_quorum("支部大会", expected, required).ok is (expected > 0)
    assert not check_quorum("支部大会", expected, required - 1).ok


def test_exactly_half_present_is_not_quorate():
    result = check_quorum("支部大会", 8, 4)
    assert not result.ok
    assert result.required == 5
    assert check_quorum("支部大会", 8, 5).ok


def test_three_members_need_two():
    assert not check_quorum("支部大会", 3, 1).ok
    assert check_quorum("支部大会", 3, 2).ok


def test_zero_members_can_never_be_quorate():
    result = check_quorum("支部大会", 0, 0)
    assert not result.ok
    assert result.required == 1
    assert CountProblem.NOBODY_EXPECTED in result.problems
    assert not check_quorum("组织生活会", 0, 0).ok


@pytest.mark.parametrize(("expected", "required"), [(3, 2), (6, 4), (9, 6), (10, 7), (12, 8)])
def test_life_meeting_needs_at_least_two_thirds(expected, required):
    result = check_quorum("组织生活会", expected, required)
    assert result.ok
    assert result.required == required
    assert result.rule_code == "at_least"
    assert result.rule_params == {"numerator": 2, "denominator": 3}
    assert not check_quorum("组织生活会", expected, required - 1).ok


def test_evaluation_at_a_branch_meeting_needs_more_than_two_thirds():
    assert check_quorum("支部大会", 9, 5).ok
    result = check_quorum("支部大会", 9, 6, evaluation=True)  # exactly ⅔ is not enough
    assert not result.ok
    assert result.required == 7
    assert result.rule == MORE_THAN_TWO_THIRDS
    assert check_quorum("支部大会", 9, 7, evaluation=True).ok
    assert check_quorum("支部大会", 30, 21, evaluation=True).ok  # 21 > 20


def test_committee_needs_more_than_half_of_its_members():
    assert not check_quorum("支部委员会", 4, 2).ok
    assert check_quorum("支部委员会", 5, 3).ok


@pytest.mark.parametrize("kind", ["团课", "主题团日", "团小组会", "其他"])
def test_kinds_without_quorum_are_always_quorate(kind):
    result = check_quorum(kind, 30, 1)
    assert result.ok
    assert result.required == 0
    assert result.rule is None
    assert result.rule_code == "none"


def test_more_present_than_expected_is_a_counting_error():
    result = check_quorum("支部大会", 5, 6)
    assert not result.ok
    assert result.problems == (CountProblem.PRESENT_EXCEEDS_EXPECTED,)
    negative = check_quorum("支部大会", -1, 0)
    assert negative.problems == (CountProblem.NEGATIVE, CountProblem.NOBODY_EXPECTED)


@given(
    total=st.integers(min_value=0, max_value=2000),
    numerator=st.integers(min_value=1, max_value=12),
    denominator=st.integers(min_value=1, max_value=12),
    comparison=st.sampled_from(list(Comparison)),
)
def test_required_is_the_smallest_count_that_satisfies(total, numerator, denominator, comparison):
    share = Fraction(numerator, denominator)
    if share > 1:
        share = 1 / share
    threshold = Threshold(comparison, share)
    required = threshold.required(total)
    assert threshold.satisfied(required, total)
    if required > 0:
        assert not threshold.satisfied(required - 1, total)
    exact = share * total
    assert (required > exact) if comparison is Comparison.MORE_THAN else (required >= exact)


@given(expected=st.integers(min_value=1, max_value=500), data=st.data())
def test_quorum_flips_exactly_at_required(expected, data):
    kind = data.draw(st.sampled_from(["支部大会", "支部委员会", "组织生活会"]))
    required = check_quorum(kind, expected, 0).required
    assert 1 <= required <= expected
    assert check_quorum(kind, expected, required).ok
    assert not check_quorum(kind, expected, required - 1).ok


def test_yes_exactly_half_of_present_fails():
    result = check_resolution(4, 4, 0, present=8, expected=10)
    assert not result.passed
    assert result.required_yes == 5
    assert check_resolution(5, 3, 0, present=8, expected=10).passed


def test_abstentions_count_against_a_majority_of_those_present():
    assert not check_resolution(3, 1, 3, present=7, expected=7).passed
    assert check_resolution(4, 0, 3, present=7, expected=7).passed


def test_votes_exceeding_members_present_are_invalid():
    result = check_resolution(5, 2, 2, present=8, expected=10)
    assert not result.counts_valid
    assert not result.passed
    assert result.problems == (CountProblem.VOTES_EXCEED_PRESENT,)


def test_recommendation_is_measured_against_those_who_should_attend():
    # 推优入党: yes above ½ of the 10 expected, not of the 7 present.
    assert not check_resolution(
        5, 2, 0, present=7, expected=10, kind=ResolutionKind.RECOMMENDATION
    ).passed
    result = check_resolution(6, 1, 0, present=7, expected=10, kind=ResolutionKind.RECOMMENDATION)
    assert result.passed
    assert result.required_yes == 6
    assert result.rule.base is Base.EXPECTED


def test_base_can_be_chosen_per_call():
    assert check_resolution(5, 2, 0, present=7, expected=10).passed
    assert not check_resolution(5, 2, 0, present=7, expected=10, base=Base.EXPECTED).passed


def test_admission_default_is_more_than_half_of_present():
    assert check_resolution(4, 3, 0, present=7, expected=12, kind=ResolutionKind.ADMISSION).passed


def test_below_quorum_no_resolution_takes_effect():
    votes = [
        ("a", check_resolution(4, 0, 0, present=4, expected=8)),
        ("b", check_resolution(0, 4, 0, present=4, expected=8)),
    ]
    assert votes[0][1].passed
    assert effective_resolutions(check_quorum("支部大会", 8, 4), votes) == []
    quorate = [
        ("a", check_resolution(5, 0, 0, present=5, expected=8)),
        ("b", check_resolution(1, 4, 0, present=5, expected=8)),
    ]
    assert effective_resolutions(check_quorum("支部大会", 8, 5), quorate) == ["a"]


def test_late_counts_as_present_and_leave_as_excused():
    assert counts_as_present("迟到")
    assert counts_as_present(AttendanceStatus.PRESENT)
    assert not counts_as_present("事假")
    assert AttendanceStatus.SICK_LEAVE.is_excused
    assert not AttendanceStatus.ABSENT.is_excused
    assert [status.value for status in AttendanceStatus] == [
        "出席",
        "事假",
        "病假",
        "公假",
        "无故缺席",
        "迟到",
    ]


def test_rules_round_trip_through_json():
    rules = (
        QuorumRules()
        .with_attendance("团课", MORE_THAN_HALF)
        .with_attendance("支部大会", Threshold(Comparison.AT_LEAST, Fraction(3, 5)))
        .with_resolution(ResolutionKind.GENERAL, VoteRule(AT_LEAST_TWO_THIRDS, Base.EXPECTED))
    )
    loaded, problems = QuorumRules.from_dict(json.loads(json.dumps(rules.to_dict())))
    assert problems == []
    assert loaded == rules
    assert check_quorum("支部大会", 10, 6, loaded).ok
    assert check_quorum("团课", 10, 5, loaded).required == 6


def test_edited_rule_changes_the_outcome():
    rules = QuorumRules().with_attendance(
        "支部大会", Threshold(Comparison.AT_LEAST, Fraction(1, 2))
    )
    assert check_quorum("支部大会", 8, 4, rules).ok


def test_defaults_survive_bad_stored_values():
    stored = {
        "attendance": {
            "支部大会": {"comparison": "more_than", "share": 0.5},
            "组织生活会": {"comparison": "at_least", "share": "3/2"},
            "团课": {"comparison": "at_least", "share": "1/3"},
            "周会": {"comparison": "at_least", "share": "1/2"},
        },
        "evaluation": "two thirds",
        "resolutions": {"推优入党": {"comparison": "more_than", "share": "1/2", "base": "all"}},
        "colour": "red",
    }
    rules, problems = QuorumRules.from_dict(stored)
    assert rules.attendance["支部大会"] == MORE_THAN_HALF
    assert rules.attendance["组织生活会"] == AT_LEAST_TWO_THIRDS
    assert rules.attendance["团课"] == Threshold(Comparison.AT_LEAST, Fraction(1, 3))
    assert "周会" not in rules.attendance
    assert rules.evaluation == MORE_THAN_TWO_THIRDS
    assert rules.resolutions["推优入党"].base is Base.EXPECTED
    assert problems == [
        RuleProblem("colour", RuleProblemCode.UNKNOWN_KEY),
        RuleProblem("attendance/支部大会", RuleProblemCode.INVALID_VALUE),
        RuleProblem("attendance/组织生活会", RuleProblemCode.INVALID_VALUE),
        RuleProblem("attendance/周会", RuleProblemCode.UNKNOWN_KEY),
        RuleProblem("evaluation", RuleProblemCode.INVALID_VALUE),
        RuleProblem("resolutions/推优入党", RuleProblemCode.INVALID_VALUE),
    ]


@pytest.mark.parametrize("stored", [None, {}, "garbage", []])
def test_missing_or_unreadable_rules_fall_back_to_defaults(stored):
    rules, problems = QuorumRules.from_dict(stored)
    assert rules == QuorumRules()
    assert len(problems) == (1 if stored in ("garbage", []) else 0)


def test_rules_cannot_be_changed_in_place():
    rules = QuorumRules()
    with pytest.raises(TypeError):
        rules.attendance["支部大会"] = None  # type: ignore[index]

"""Registration outcomes from grades and discipline, deferral deadlines, reminders, lapses."""

from __future__ import annotations

import datetime as dt

from leaguedesk.core.evaluation import Grade
from leaguedesk.core.lifecycle import DisciplineRecord
from leaguedesk.core.registration import (
    Basis,
    DeferralProblem,
    Outcome,
    RegistrationRules,
    check_entry,
    default_deadline,
    derive,
    lapsed,
    on_probation,
    reminders,
)


def _probation(decided: str, lifted: str | None = None) -> DisciplineRecord:
    return DisciplineRecord(1, 1, "留团察看", decided, "违纪", "支部大会", lifted)


def test_basic_pass_or_better_is_registered():
    for grade in (Grade.EXCELLENT, Grade.PASS, Grade.BASIC):
        assert derive(grade, evaluated=True, probation=False).outcome is Outcome.REGISTERED


def test_fail_defers_and_failing_again_refuses():
    assert derive(Grade.FAIL, evaluated=True, probation=False).outcome is Outcome.DEFERRED
    again = derive(Grade.FAIL, evaluated=True, probation=False, deferred_before=True)
    assert (again.outcome, again.basis) == (Outcome.REFUSED, Basis.FAILED_AGAIN)


def test_probation_withholds_registration_whatever_the_grade():
    derived = derive(Grade.EXCELLENT, evaluated=True, probation=True)
    assert (derived.outcome, derived.basis) == (Outcome.DEFERRED, Basis.PROBATION)
    relaxed = RegistrationRules(probation_withholds=False)
    assert (
        derive(Grade.PASS, evaluated=True, probation=True, rules=relaxed).outcome
        is Outcome.REGISTERED
    )


def test_party_members_not_evaluated_are_registered():
    derived = derive(None, evaluated=False, probation=False)
    assert (derived.outcome, derived.basis) == (Outcome.REGISTERED, Basis.NOT_EVALUATED)


def test_probation_on_a_day_counts_the_lift_date():
    record = _probation("2025-03-01", "2026-03-01")
    assert on_probation([record], dt.date(2026, 2, 28))
    assert not on_probation([record], dt.date(2026, 3, 1))
    assert not on_probation([record], dt.date(2025, 2, 28))
    assert not on_probation([record])
    assert on_probation([_probation("2025-03-01")])


def test_a_changed_outcome_needs_a_reason_and_a_deferral_a_deadline_in_3_to_6_months():
    decided = dt.date(2026, 1, 15)
    assert default_deadline(decided) == dt.date(2026, 4, 15)
    codes = [
        f.code
        for f in check_entry(
            Outcome.DEFERRED, Outcome.REGISTERED, reason="", deadline=None, decided_on=decided
        )
    ]
    assert codes == [DeferralProblem.REASON_MISSING, DeferralProblem.DEADLINE_MISSING]
    for day, ok in (
        (dt.date(2026, 4, 15), True),
        (dt.date(2026, 7, 15), True),
        (dt.date(2026, 4, 14), False),
        (dt.date(2026, 7, 16), False),
    ):
        found = check_entry(
            Outcome.DEFERRED, Outcome.DEFERRED, reason="", deadline=day, decided_on=decided
        )
        assert (found == []) is ok, day


def test_reminders_show_deferrals_due_within_two_weeks_and_overdue_ones():
    today = dt.date(2026, 6, 1)
    found = reminders(
        [
            (1, "甲", dt.date(2026, 6, 15)),
            (2, "乙", dt.date(2026, 6, 16)),
            (3, "丙", dt.date(2026, 5, 20)),
            (4, "丁", None),
        ],
        today,
    )
    assert [(r.key, r.days_left, r.overdue) for r in found] == [(3, -12, True), (1, 14, False)]


def test_over_15_months_without_registration_is_flagged():
    today = dt.date(2026, 6, 15)
    assert not lapsed(dt.date(2025, 3, 15), None, today)  # exactly 15 months
    assert lapsed(dt.date(2025, 3, 14), None, today)
    assert not lapsed(None, dt.date(2026, 1, 1), today)  # a new member, not yet due
    assert lapsed(None, dt.date(2024, 1, 1), today)
    assert not lapsed(None, None, today)


def test_rules_load_with_problems_reported():
    rules, problems = RegistrationRules.from_dict({"lapse_months": 18, "defer_min_months": "x"})
    assert rules.lapse_months == 18 and rules.defer_min_months == 3
    assert [p.path for p in problems] == ["defer_min_months"]
    assert RegistrationRules.from_dict(rules.to_dict()) == (rules, [])

"""The yearly calendar (组织生活台账): cells per kind and period, done / due / overdue / upcoming."""

import datetime as dt
import json

import pytest

from leaguedesk.core.compliance import (
    CalendarRules,
    CellStatus,
    KindRule,
    MeetingRef,
    Period,
    build_calendar,
    period_bounds,
)
from leaguedesk.core.rulesets import RuleProblem, RuleProblemCode

D = dt.date
YEAR_END = D(2026, 12, 31)


def cell(calendar, kind, index):
    return calendar.cells_for(kind)[index - 1]


def test_default_calendar_has_one_cell_per_kind_and_period():
    calendar = build_calendar(2026, [], today=D(2026, 1, 1))
    assert calendar.kinds == (
        "支部大会",
        "支部委员会",
        "团小组会",
        "团课",
        "主题团日",
        "组织生活会",
        "其他",
    )
    counts = {kind: len(calendar.cells_for(kind)) for kind in calendar.kinds}
    assert counts == {
        "支部大会": 4,
        "支部委员会": 12,
        "团小组会": 1,
        "团课": 4,
        "主题团日": 12,
        "组织生活会": 1,
        "其他": 1,
    }
    assert cell(calendar, "团小组会", 1).status is CellStatus.NOT_REQUIRED
    assert calendar.summary_for("支部大会").required == 4
    assert calendar.summary_for("支部委员会").required == 12


def test_meeting_on_the_last_day_of_a_quarter_fills_that_quarter():
    meetings = [MeetingRef(1, "支部大会", D(2026, 3, 31)), MeetingRef(2, "团课", D(2026, 4, 1))]
    calendar = build_calendar(2026, meetings, today=D(2026, 5, 1))
    q1, q2 = cell(calendar, "支部大会", 1), cell(calendar, "支部大会", 2)
    assert (q1.status, q1.done, q1.meeting_ids) == (CellStatus.DONE, 1, (1,))
    assert (q2.status, q2.meeting_ids) == (CellStatus.DUE, ())
    assert cell(calendar, "团课", 1).status is CellStatus.OVERDUE
    assert cell(calendar, "团课", 2).meeting_ids == (2,)
    assert (q1.start, q1.end) == (D(2026, 1, 1), D(2026, 3, 31))


def test_meeting_on_new_years_eve_counts_for_that_year_only():
    meetings = [MeetingRef("x", "组织生活会", YEAR_END), MeetingRef("y", "支部委员会", YEAR_END)]
    this_year = build_calendar(2026, meetings, today=D(2027, 1, 5))
    assert cell(this_year, "组织生活会", 1).status is CellStatus.DONE
    assert cell(this_year, "支部委员会", 12).meeting_ids == ("y",)
    assert cell(this_year, "支部大会", 4).status is CellStatus.OVERDUE
    next_year = build_calendar(2027, meetings, today=D(2027, 1, 5))
    assert next_year.summary_for("组织生活会").held == 0


def test_branch_meeting_below_quorum_is_held_but_does_not_count():
    meetings = [
        MeetingRef(1, "支部大会", D(2026, 2, 10), counts=False),
        MeetingRef(2, "团课", D(2026, 2, 10), counts=False),
    ]
    calendar = build_calendar(2026, meetings, today=D(2026, 4, 2))
    q1 = cell(calendar, "支部大会", 1)
    assert (q1.status, q1.done, q1.meeting_ids, q1.uncounted_ids) == (
        CellStatus.OVERDUE,
        0,
        (),
        (1,),
    )
    summary = calendar.summary_for("支部大会")
    assert (summary.held, summary.counted) == (1, 0)
    # A 团课 below quorum still happened: it fills its quarter.
    assert cell(calendar, "团课", 1).status is CellStatus.DONE


def test_quorum_flag_is_a_rule():
    rules = CalendarRules().with_rule("支部大会", KindRule(Period.QUARTER, 1, only_quorate=False))
    meetings = [MeetingRef(1, "支部大会", D(2026, 2, 10), counts=False)]
    assert cell(build_calendar(2026, meetings, rules, D(2026, 4, 2)), "支部大会", 1).done == 1


@pytest.mark.parametrize(
    ("today", "status"),
    [
        (D(2025, 12, 31), CellStatus.UPCOMING),
        (D(2026, 4, 1), CellStatus.DUE),
        (D(2026, 6, 30), CellStatus.DUE),
        (D(2026, 7, 1), CellStatus.OVERDUE),
    ],
)
def test_unmet_period_is_upcoming_then_due_then_overdue(today, status):
    calendar = build_calendar(2026, [], today=today)
    assert cell(calendar, "支部大会", 2).status is status


def test_period_met_in_advance_is_done():
    meetings = [MeetingRef(1, "主题团日", D(2026, 11, 20))]
    calendar = build_calendar(2026, meetings, today=D(2026, 3, 1))
    assert cell(calendar, "主题团日", 11).status is CellStatus.DONE


def test_monthly_committee_statuses_through_the_year():
    meetings = [MeetingRef(m, "支部委员会", D(2026, m, 15)) for m in (1, 2, 4)]
    calendar = build_calendar(2026, meetings, today=D(2026, 5, 10))
    statuses = [c.status for c in calendar.cells_for("支部委员会")]
    assert statuses[:6] == [
        CellStatus.DONE,
        CellStatus.DONE,
        CellStatus.OVERDUE,
        CellStatus.DONE,
        CellStatus.DUE,
        CellStatus.UPCOMING,
    ]
    summary = calendar.summary_for("支部委员会")
    assert (
        summary.periods_done,
        summary.periods_overdue,
        summary.periods_due,
        summary.periods_upcoming,
    ) == (3, 1, 1, 7)


def test_two_required_per_period_needs_both():
    rules = CalendarRules().with_rule("团课", KindRule(Period.QUARTER, 2))
    meetings = [MeetingRef(1, "团课", D(2026, 1, 5))]
    q1 = cell(build_calendar(2026, meetings, rules, D(2026, 2, 1)), "团课", 1)
    assert (q1.required, q1.done, q1.status) == (2, 1, CellStatus.DUE)


def test_editing_rules_to_monthly_and_to_none():
    rules = (
        CalendarRules()
        .with_rule("支部大会", KindRule(Period.MONTH, 1, only_quorate=True))
        .with_rule("主题团日", KindRule(Period.NONE, 5))
    )
    meetings = [MeetingRef(1, "支部大会", D(2026, 1, 9)), MeetingRef(2, "主题团日", D(2026, 1, 9))]
    calendar = build_calendar(2026, meetings, rules, D(2026, 3, 1))
    assert [c.status for c in calendar.cells_for("支部大会")][:3] == [
        CellStatus.DONE,
        CellStatus.OVERDUE,
        CellStatus.DUE,
    ]
    (day,) = calendar.cells_for("主题团日")
    assert (day.status, day.required, day.meeting_ids) == (CellStatus.NOT_REQUIRED, 0, (2,))
    assert calendar.summary_for("主题团日").held == 1


def test_half_year_and_year_periods():
    rules = CalendarRules().with_rule("团课", KindRule(Period.HALF_YEAR, 1))
    calendar = build_calendar(2026, [MeetingRef(1, "团课", D(2026, 7, 1))], rules, D(2026, 8, 1))
    h1, h2 = calendar.cells_for("团课")
    assert (h1.end, h1.status) == (D(2026, 6, 30), CellStatus.OVERDUE)
    assert (h2.start, h2.status) == (D(2026, 7, 1), CellStatus.DONE)
    assert calendar.cells_for("组织生活会")[0].status is CellStatus.DUE


def test_unknown_kind_appears_as_not_required():
    calendar = build_calendar(2026, [MeetingRef(1, "读书会", D(2026, 5, 5))], today=D(2026, 6, 1))
    assert calendar.kinds[-1] == "读书会"
    assert calendar.cells_for("读书会")[0].status is CellStatus.NOT_REQUIRED


def test_february_of_a_leap_year_ends_on_the_29th():
    assert period_bounds(2028, Period.MONTH, 2) == (D(2028, 2, 1), D(2028, 2, 29))


def test_calendar_rules_round_trip_through_json():
    rules = (
        CalendarRules()
        .with_rule("团课", KindRule(Period.MONTH, 2))
        .with_rule("支部委员会", KindRule(Period.NONE))
    )
    loaded, problems = CalendarRules.from_dict(json.loads(json.dumps(rules.to_dict())))
    assert problems == []
    assert loaded == rules
    assert loaded.rule_for("支部委员会").required == 0


def test_bad_stored_calendar_values_keep_defaults():
    stored = {
        "kinds": {
            "支部大会": {"period": "fortnight", "required": 1},
            "团课": {"period": "month", "required": -1},
            "主题团日": {"period": "quarter", "required": 2},
            "晨会": {"period": "month"},
        },
        "version": 3,
    }
    rules, problems = CalendarRules.from_dict(stored)
    assert rules.rule_for("支部大会") == KindRule(Period.QUARTER, 1, only_quorate=True)
    assert rules.rule_for("团课") == KindRule(Period.QUARTER, 1)
    assert rules.rule_for("主题团日") == KindRule(Period.QUARTER, 2)
    assert problems == [
        RuleProblem("version", RuleProblemCode.UNKNOWN_KEY),
        RuleProblem("kinds/支部大会", RuleProblemCode.INVALID_VALUE),
        RuleProblem("kinds/团课", RuleProblemCode.INVALID_VALUE),
        RuleProblem("kinds/晨会", RuleProblemCode.UNKNOWN_KEY),
    ]


def test_kind_rule_refuses_negative_or_non_integer_counts():
    with pytest.raises(ValueError):
        KindRule(Period.MONTH, -1)
    with pytest.raises(TypeError):
        KindRule(Period.MONTH, True)

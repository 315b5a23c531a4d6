"""Membership states, what each move needs, discipline and the 28-year limit."""

import datetime as dt

import pytest

from leaguedesk.core import lifecycle
from leaguedesk.core.lifecycle import (
    DisciplineRecord,
    MemberFacts,
    Status,
    age_28_on,
    allowed_events,
    check_discipline,
    check_lift,
    check_transition,
    in_good_standing,
    turning_28_within,
)
from leaguedesk.core.validation import Rules

TODAY = dt.date(2026, 6, 15)
ACTIVE = MemberFacts(Status.ACTIVE, dt.date(2000, 8, 1), dt.date(2015, 5, 1))


def codes(issues):
    return {(i.field, i.code) for i in issues}


def move(event, member=ACTIVE, **form):
    form = {
        "effective_on": "2026-06-01",
        "reason": "毕业",
        "decided_by": "支部大会",
        "destination": "",
        **form,
    }
    return check_transition(member, event, today=TODAY, **form)


def test_an_active_member_may_leave_every_way_and_only_a_transferred_one_come_back():
    assert allowed_events("正常") == ["转出", "超龄离团", "自愿退团", "自行脱团", "开除团籍"]
    assert allowed_events("转出") == ["转入"]
    assert allowed_events("自愿退团") == []


def test_transfer_out_needs_the_destination():
    assert codes(move("转出")) == {("destination", "required")}
    assert move("转出", destination="示范大学研究生院团支部") == []


@pytest.mark.parametrize("event", ["自愿退团", "自行脱团", "转出"])
def test_a_decision_names_the_meeting_or_approval(event):
    issues = move(event, decided_by=" ", destination="某团支部")
    assert codes(issues) == {("decided_by", "required")}
    assert issues[0].params["hint"]


def test_every_move_needs_a_date_and_a_reason():
    assert codes(move("自愿退团", effective_on="", reason="")) == {
        ("effective_on", "required"),
        ("reason", "required"),
    }


def test_the_date_cannot_be_in_the_future_or_before_joining():
    assert codes(move("自愿退团", effective_on="2026-06-16")) == {("effective_on", "date_future")}
    assert codes(move("自愿退团", effective_on="2015-04-30")) == {("effective_on", "before_join")}
    assert move("自愿退团", effective_on="2015-05-01") == []


def test_aging_out_cannot_be_recorded_before_the_28th_birthday():
    assert codes(move("超龄离团", effective_on="2026-06-01")) == {
        ("effective_on", "age_out_too_early")
    }
    old = MemberFacts(Status.ACTIVE, dt.date(1998, 6, 1), dt.date(2013, 5, 1))
    assert move("超龄离团", old, effective_on="2026-06-01", decided_by="") == []


def test_moves_that_do_not_start_from_the_current_state_are_refused():
    assert codes(move("转入")) == {("status", "status_transition")}
    left = MemberFacts(Status.WITHDRAWN, ACTIVE.birth_date, ACTIVE.joined_on)
    assert codes(move("转出", left, destination="x")) == {("status", "status_transition")}
    back = MemberFacts(Status.TRANSFERRED_OUT, ACTIVE.birth_date, ACTIVE.joined_on)
    assert move("转入", back) == []


def test_expulsion_is_recorded_as_discipline_not_as_a_plain_status_change():
    assert codes(move("开除团籍")) == {("status", "status_use_discipline")}
    assert (
        check_transition(
            ACTIVE,
            "开除团籍",
            effective_on="2026-06-01",
            reason="严重违纪",
            decided_by="支部大会",
            today=TODAY,
            via_discipline=True,
        )
        == []
    )


def test_unknown_events_are_refused():
    assert codes(move("毕业")) == {("status", "choice_invalid")}


# ------------------------------------------------------------------------------- discipline


def record(level, lifted_on=None, decided_on="2026-01-10"):
    return DisciplineRecord(1, 1, level, decided_on, "旷会", "支部大会", lifted_on)


def test_probation_takes_a_member_out_of_good_standing_until_lifted():
    assert in_good_standing([record("警告"), record("严重警告")])
    assert not in_good_standing([record("留团察看")])
    assert in_good_standing([record("留团察看", lifted_on="2026-06-01")])


def test_discipline_needs_a_member_on_the_roster_and_a_post_to_remove():
    left = MemberFacts(Status.TRANSFERRED_OUT, ACTIVE.birth_date, ACTIVE.joined_on)
    assert codes(
        check_discipline(left, "警告", decided_on="2026-06-01", reason="x", today=TODAY)
    ) == {("level", "discipline_not_member")}
    assert codes(
        check_discipline(ACTIVE, "撤销团内职务", decided_on="2026-06-01", reason="x", today=TODAY)
    ) == {("level", "discipline_no_post")}
    cadre = MemberFacts(Status.ACTIVE, ACTIVE.birth_date, ACTIVE.joined_on, holds_post=True)
    assert (
        check_discipline(cadre, "撤销团内职务", decided_on="2026-06-01", reason="x", today=TODAY)
        == []
    )


def test_discipline_needs_a_known_level_a_date_and_a_reason():
    assert codes(
        check_discipline(ACTIVE, "记过", decided_on="2026-06-01", reason="x", today=TODAY)
    ) == {("level", "choice_invalid")}
    assert codes(check_discipline(ACTIVE, "警告", decided_on="", reason="", today=TODAY)) == {
        ("decided_on", "required"),
        ("reason", "required"),
    }


def test_lifting_rules():
    assert codes(check_lift(record("开除团籍"), lifted_on="2026-06-01", today=TODAY)) == {
        ("level", "discipline_lift_expelled")
    }
    assert codes(
        check_lift(record("警告", lifted_on="2026-02-01"), lifted_on="2026-06-01", today=TODAY)
    ) == {("lifted_on", "discipline_already_lifted")}
    assert codes(check_lift(record("留团察看"), lifted_on="2026-01-01", today=TODAY)) == {
        ("lifted_on", "lift_before_decision")
    }
    assert check_lift(record("留团察看"), lifted_on="2026-06-01", today=TODAY) == []


def test_probation_lasts_at_most_a_year():
    assert lifecycle.probation_ends(dt.date(2026, 1, 10)) == dt.date(2027, 1, 10)


# ------------------------------------------------------------------------------- ages


def test_age_28_on_is_the_28th_birthday():
    assert age_28_on(dt.date(1998, 7, 1)) == dt.date(2026, 7, 1)
    assert age_28_on(dt.date(2072, 2, 29)) == dt.date(2100, 3, 1)  # 2100 is not a leap year


def test_turning_28_within_a_window_includes_those_already_past():
    assert turning_28_within(dt.date(1998, 12, 15), TODAY, 6)
    assert not turning_28_within(dt.date(1998, 12, 16), TODAY, 6)
    assert turning_28_within(dt.date(1990, 1, 1), TODAY, 6)
    assert not turning_28_within(dt.date(1998, 12, 15), TODAY, 6, Rules(age_out=29))


def test_a_post_or_cadre_flag_counts_as_holding_a_post():
    assert lifecycle.holds_post("书记", 0)
    assert lifecycle.holds_post("", 1)
    assert not lifecycle.holds_post("", 0)

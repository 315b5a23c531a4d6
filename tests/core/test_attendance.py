"""Attendance rates per member and kind, excused vs unexcused absences, repeated absences."""

import datetime as dt
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leaguedesk.core.attendance import (
    AttendanceRecord,
    member_attendance,
    missed_last_n,
    tally,
)
from leaguedesk.core.quorum import AttendanceStatus as S

D = dt.date


def rec(meeting, member, status, *, kind="支部大会", date=None, expected=True):
    return AttendanceRecord(meeting, kind, date or D(2026, meeting, 10), member, status, expected)


def test_late_counts_as_attended():
    records = [rec(1, "王", S.PRESENT), rec(2, "王", S.LATE), rec(3, "王", S.ABSENT)]
    wang = member_attendance(records)["王"]
    assert wang.overall.pair == (2, 3)
    assert wang.rate == Fraction(2, 3)
    assert wang.overall.late == 1


def test_excused_absences_are_reported_apart_from_unexcused():
    records = [
        rec(1, "李", S.PERSONAL_LEAVE),
        rec(2, "李", S.SICK_LEAVE),
        rec(3, "李", S.OFFICIAL_LEAVE),
        rec(4, "李", S.ABSENT),
        rec(5, "李", S.PRESENT),
    ]
    li = member_attendance(records)["李"].overall
    assert (li.personal_leave, li.sick_leave, li.official_leave) == (1, 1, 1)
    assert (li.excused, li.unexcused, li.missed) == (3, 1, 4)
    assert li.pair == (1, 5)


def test_member_who_joined_mid_year_is_measured_from_joining():
    # Joined in July: not expected at earlier meetings (the records say so), even if present.
    records = [
        rec(m, "赵", S.PRESENT if m in (3, 7, 8, 9) else S.ABSENT, expected=m >= 7)
        for m in range(1, 13)
    ]
    zhao = member_attendance(records)["赵"].overall
    assert zhao.pair == (3, 6)
    assert zhao.rate == Fraction(1, 2)
    assert zhao.extra == 1  # came to the March meeting as a guest; outside the rate


def test_zero_expected_gives_no_rate_not_zero_percent():
    records = [rec(1, "钱", S.PRESENT, expected=False)]
    qian = member_attendance(records)["钱"]
    assert qian.rate is None
    assert qian.overall.pair == (0, 0)
    assert tally([]).rate is None


def test_rate_per_kind_and_date_range():
    records = [
        rec(1, "孙", S.PRESENT, kind="支部大会"),
        rec(2, "孙", S.ABSENT, kind="团课"),
        rec(3, "孙", S.PRESENT, kind="团课"),
        rec(9, "孙", S.ABSENT, kind="支部大会"),
    ]
    sun = member_attendance(records)["孙"]
    assert sun.by_kind["支部大会"].pair == (1, 2)
    assert sun.by_kind["团课"].rate == Fraction(1, 2)
    first_half = member_attendance(records, start=D(2026, 1, 1), end=D(2026, 6, 30))["孙"]
    assert first_half.overall.pair == (2, 3)
    # The range is inclusive at both ends.
    assert member_attendance(records, start=D(2026, 9, 10), end=D(2026, 9, 10))["孙"].rate == 0
    assert member_attendance(records, kinds=["团课"])["孙"].overall.pair == (1, 2)


def test_unrecorded_attendance_is_left_out_of_the_rate():
    records = [rec(1, "周", S.PRESENT), rec(2, "周", None)]
    zhou = member_attendance(records)["周"].overall
    assert zhou.pair == (1, 1)
    assert zhou.unrecorded == 1


def test_members_are_listed_in_the_order_they_first_appear():
    records = [rec(1, "b", S.PRESENT), rec(1, "a", S.PRESENT), rec(2, "b", S.ABSENT)]
    assert list(member_attendance(records)) == ["b", "a"]


def test_statuses_may_be_plain_strings():
    assert member_attendance([rec(1, "吴", "迟到")])["吴"].overall.pair == (1, 1)


def test_missed_last_n_lists_members_absent_at_each_of_their_last_meetings():
    records = []
    for month in range(1, 7):
        records.append(rec(month, "常缺", S.ABSENT if month >= 3 else S.PRESENT))
        records.append(rec(month, "请假", S.SICK_LEAVE if month >= 4 else S.PRESENT))
        records.append(rec(month, "偶缺", S.PRESENT if month == 5 else S.ABSENT))
    runs = missed_last_n(records, 3)
    assert [run.member_id for run in runs] == ["常缺", "请假"]
    regular = runs[0]
    assert regular.meeting_ids == (4, 5, 6)
    assert regular.since == D(2026, 4, 10)
    assert (regular.excused, regular.unexcused) == (0, 3)
    assert (runs[1].excused, runs[1].unexcused) == (3, 0)
    assert [run.member_id for run in missed_last_n(records, 3, unexcused_only=True)] == ["常缺"]
    assert [run.member_id for run in missed_last_n(records, 4)] == ["常缺"]


def test_missed_last_n_counts_only_expected_meetings_of_each_member():
    records = [
        rec(1, "新", S.ABSENT, expected=False),
        rec(2, "新", S.ABSENT),
        rec(3, "新", S.ABSENT),
    ]
    assert missed_last_n(records, 3) == []
    assert missed_last_n(records, 2)[0].meeting_ids == (2, 3)


def test_missed_last_n_up_to_a_date_and_ignoring_unrecorded():
    records = [
        rec(1, "郑", S.ABSENT),
        rec(2, "郑", S.ABSENT),
        rec(3, "郑", S.PRESENT),
        rec(4, "郑", None),
    ]
    assert missed_last_n(records, 2) == []
    assert missed_last_n(records, 2, until=D(2026, 2, 28))[0].meeting_ids == (1, 2)


def test_missed_last_n_needs_a_positive_n():
    with pytest.raises(ValueError):
        missed_last_n([], 0)


statuses = st.sampled_from([*S, None])


@given(st.lists(st.tuples(statuses, st.booleans()), max_size=40))
def test_counts_add_up(entries):
    records = [
        rec(i % 12 + 1, "m", status, expected=expected)
        for i, (status, expected) in enumerate(entries)
    ]
    total = tally(records)
    assert total.expected == total.attended + total.excused + total.unexcused
    assert total.expected + total.unrecorded == sum(expected for _, expected in entries)
    if total.expected:
        assert 0 <= total.rate <= 1
    else:
        assert total.rate is None

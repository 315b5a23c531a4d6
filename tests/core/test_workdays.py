"""Working days of mainland China: 公示 periods across national holidays and unknown years."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leaguedesk.core import workdays
from leaguedesk.core.workdays import BadOverrides, HolidayOverrides, UnknownYear

D = dt.date
LAST_KNOWN = workdays.package_years()[-1]
UNKNOWN = LAST_KNOWN + 1  # the first year the installed package has no schedule for


def test_national_day_2025_schedule_as_published():
    # 国庆节+中秋节 2025: 10-01..10-08 off; Sunday 09-28 and Saturday 10-11 are working days.
    assert workdays.is_working_day(D(2025, 9, 28))
    assert workdays.is_working_day(D(2025, 10, 11))
    assert not any(workdays.is_working_day(D(2025, 10, d)) for d in range(1, 9))
    assert not workdays.is_working_day(D(2025, 10, 12))


def test_notice_starting_before_national_day_skips_the_holiday_and_counts_the_makeup_day():
    # 09-30 (1), [10-01..10-08 off], 10-09 (2), 10-10 (3), Saturday 10-11 make-up (4), 10-13 (5)
    end = workdays.add_working_days(D(2025, 9, 30), 5)
    assert end == D(2025, 10, 13)
    assert workdays.working_days_between(D(2025, 9, 30), end) == 5


def test_notice_starting_on_a_makeup_sunday_counts_it():
    # Sunday 09-28 is a working day: 09-28, 09-29, 09-30, 10-09, 10-10
    assert workdays.add_working_days(D(2025, 9, 28), 5) == D(2025, 10, 10)


def test_notice_across_spring_festival_2026():
    # 2026 春节: 02-15..02-23 off; Saturday 02-14 (and 02-28) are make-up working days.
    # Friday 02-13 (1), Saturday 02-14 (2), 02-24 (3), 02-25 (4), 02-26 (5)
    assert workdays.add_working_days(D(2026, 2, 13), 5) == D(2026, 2, 26)
    assert workdays.working_days_between(D(2026, 2, 15), D(2026, 2, 23)) == 0


def test_notice_starting_on_a_weekend_begins_on_monday():
    # Saturday 2025-06-07: the period runs Monday 06-09 .. Friday 06-13.
    assert workdays.add_working_days(D(2025, 6, 7), 5) == D(2025, 6, 13)
    assert workdays.add_working_days(D(2025, 6, 7), 1) == D(2025, 6, 9)
    assert workdays.next_working_day(D(2025, 6, 7)) == D(2025, 6, 9)


def test_a_working_start_day_counts_as_the_first_day():
    assert workdays.add_working_days(D(2025, 6, 9), 1) == D(2025, 6, 9)
    assert workdays.add_working_days(D(2025, 6, 9), 5) == D(2025, 6, 13)


def test_period_needs_at_least_one_day():
    with pytest.raises(ValueError):
        workdays.add_working_days(D(2025, 6, 9), 0)


def test_working_days_between_includes_both_ends_and_is_zero_backwards():
    assert workdays.working_days_between(D(2025, 6, 9), D(2025, 6, 9)) == 1
    assert workdays.working_days_between(D(2025, 6, 9), D(2025, 6, 15)) == 5
    assert workdays.working_days_between(D(2025, 6, 10), D(2025, 6, 9)) == 0


def test_unknown_year_is_an_error_with_a_code_not_a_silent_guess():
    with pytest.raises(UnknownYear) as caught:
        workdays.is_working_day(D(UNKNOWN, 3, 2))
    assert caught.value.code == "calendar_unknown_year"
    assert caught.value.year == UNKNOWN
    assert caught.value.params["last"] == LAST_KNOWN
    with pytest.raises(UnknownYear):
        workdays.add_working_days(D(LAST_KNOWN, 12, 29), 5)


def test_unknown_year_with_weekends_fallback_counts_monday_to_friday():
    start = D(UNKNOWN, 3, 1)
    end = workdays.add_working_days(start, 5, weekends_fallback=True)
    assert workdays.working_days_between(start, end, weekends_fallback=True) == 5
    saturday = next(
        start + dt.timedelta(days=i)
        for i in range(7)
        if (start + dt.timedelta(days=i)).weekday() == 5
    )
    assert not workdays.is_working_day(saturday, weekends_fallback=True)
    assert workdays.is_working_day(saturday + dt.timedelta(days=2), weekends_fallback=True)
    assert workdays.unknown_years(start, end) == (UNKNOWN,)


def test_unknown_year_with_user_overrides_uses_them():
    new_year = D(UNKNOWN, 1, 1)
    # A made-up schedule: a Monday holiday and a Saturday make-up day in that year.
    monday = next(
        new_year + dt.timedelta(days=i)
        for i in range(7)
        if (new_year + dt.timedelta(days=i)).weekday() == 0
    )
    saturday = monday + dt.timedelta(days=5)
    overrides = HolidayOverrides(holidays=frozenset({monday}), workdays=frozenset({saturday}))
    assert UNKNOWN in workdays.known_years(overrides)
    assert workdays.is_known_year(UNKNOWN, overrides)
    assert not workdays.is_working_day(monday, overrides)
    assert workdays.is_working_day(saturday, overrides)
    assert workdays.is_working_day(monday + dt.timedelta(days=1), overrides)
    # Tuesday..Friday (4) + Saturday make-up (5)
    assert workdays.add_working_days(monday, 5, overrides) == saturday
    assert workdays.unknown_years(monday, saturday, overrides) == ()


def test_overrides_correct_a_known_year():
    overrides = HolidayOverrides(holidays=frozenset({D(2025, 6, 10)}))
    assert not workdays.is_working_day(D(2025, 6, 10), overrides)
    assert workdays.add_working_days(D(2025, 6, 9), 5, overrides) == D(2025, 6, 16)


def test_overrides_round_trip_through_json_data():
    overrides = HolidayOverrides(
        frozenset({D(2027, 1, 1), D(2027, 2, 8)}), frozenset({D(2027, 2, 6)})
    )
    data = overrides.to_dict()
    assert data == {"holidays": ["2027-01-01", "2027-02-08"], "workdays": ["2027-02-06"]}
    assert HolidayOverrides.from_dict(data) == overrides
    assert HolidayOverrides.from_dict(None) == HolidayOverrides()
    assert HolidayOverrides.from_dict({}) == HolidayOverrides()


@pytest.mark.parametrize(
    "data",
    [
        {"holidays": ["2027-02-30"]},
        {"holidays": "2027-01-01"},
        {"holidays": ["2027-01-01"], "workdays": ["2027-01-01"]},
    ],
)
def test_bad_overrides_are_refused_with_a_code(data):
    with pytest.raises(BadOverrides) as caught:
        HolidayOverrides.from_dict(data)
    assert caught.value.code == "calendar_bad_overrides"


def test_known_years_cover_the_package():
    years = workdays.known_years()
    assert 2025 in years and 2026 in years
    assert years == workdays.package_years()


known_days = st.dates(
    min_value=D(workdays.package_years()[0], 1, 1), max_value=D(LAST_KNOWN, 10, 31)
)


@given(start=known_days, n=st.integers(min_value=1, max_value=30))
def test_add_working_days_ends_on_a_working_day_after_exactly_n(start, n):
    end = workdays.add_working_days(start, n)
    assert end >= start
    assert workdays.is_working_day(end)
    assert workdays.working_days_between(start, end) == n
    # The day before the end is one working day short: the end is the first day reaching n.
    assert workdays.working_days_between(start, end - dt.timedelta(days=1)) == n - 1


@given(
    start=st.dates(min_value=D(UNKNOWN, 1, 1), max_value=D(UNKNOWN + 5, 12, 1)),
    n=st.integers(min_value=1, max_value=30),
)
def test_weekends_fallback_never_ends_on_a_weekend(start, n):
    end = workdays.add_working_days(start, n, weekends_fallback=True)
    assert end.weekday() < 5
    assert workdays.working_days_between(start, end, weekends_fallback=True) == n

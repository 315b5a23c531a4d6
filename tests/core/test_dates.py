"""Dates and ages as the roster counts them (周岁, 年月)."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from leaguedesk.core import dates


def test_age_counts_full_years():
    assert dates.age_on(dt.date(2004, 3, 10), dt.date(2018, 3, 9)) == 13
    assert dates.age_on(dt.date(2004, 3, 10), dt.date(2018, 3, 10)) == 14


def test_someone_born_on_29_february_comes_of_age_on_1_march():
    assert dates.birthday(dt.date(2004, 2, 29), 14) == dt.date(2018, 3, 1)
    assert dates.age_on(dt.date(2004, 2, 29), dt.date(2018, 2, 28)) == 13


def test_adding_months_clips_to_the_shorter_month():
    assert dates.add_months(dt.date(2026, 8, 31), 6) == dt.date(2027, 2, 28)
    assert dates.add_months(dt.date(2026, 1, 15), -13) == dt.date(2024, 12, 15)


def test_parse_refuses_what_is_not_iso():
    assert dates.parse_month("2019-05") == dt.date(2019, 5, 1)
    assert dates.parse_month("2019-5") is None
    assert dates.parse_day("2019-02-29") is None
    assert dates.parse_day("1899-12-31") is None


@given(st.dates(min_value=dt.date(1900, 1, 1)), st.dates(min_value=dt.date(1900, 1, 1)))
def test_age_grows_by_one_on_each_birthday(birth, day):
    age = dates.age_on(birth, day)
    assert dates.birthday(birth, age) <= day if age >= 0 else True
    if day.year < 9999:
        assert dates.birthday(birth, age + 1) > day

"""GB 11643 citizen IDs: check digit, birth date, sex, normalisation."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leaguedesk.core import idcard
from leaguedesk.core.idcard import IdProblem, InvalidId

# A published example number from GB 11643-1999.
STANDARD_EXAMPLE = "11010519491231002X"


def test_standard_example_is_valid_woman_born_1949():
    parsed = idcard.parse(STANDARD_EXAMPLE)
    assert parsed.birth_date == dt.date(1949, 12, 31)
    assert parsed.sex is idcard.Sex.FEMALE


def test_lower_case_x_and_full_width_digits_are_normalised():
    assert idcard.parse("１１０１０５１９４９１２３１００２x").number == STANDARD_EXAMPLE


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", IdProblem.EMPTY),
        ("1101051949123100", IdProblem.LENGTH),
        ("11010519491231002Y", IdProblem.CHARACTERS),
        ("110105194913310021", IdProblem.BIRTH_DATE),
        ("110105194912310021", IdProblem.CHECK_DIGIT),
    ],
)
def test_invalid_numbers_name_the_problem(text, problem):
    with pytest.raises(InvalidId) as caught:
        idcard.parse(text)
    assert caught.value.problem is problem


def test_wrong_check_digit_reports_the_expected_one():
    with pytest.raises(InvalidId) as caught:
        idcard.parse("110105194912310021")
    assert caught.value.expected_check == "X"


@given(
    st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2025, 12, 31)),
    st.integers(min_value=0, max_value=999),
)
def test_made_numbers_parse_back(birth, sequence):
    number = idcard.make("440106", birth, sequence)
    parsed = idcard.parse(number)
    assert parsed.birth_date == birth
    assert parsed.sex is (idcard.Sex.MALE if sequence % 2 else idcard.Sex.FEMALE)


@given(
    st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2025, 12, 31)),
    st.integers(min_value=0, max_value=999),
    st.integers(min_value=0, max_value=16),
    st.integers(min_value=1, max_value=9),
)
def test_any_single_digit_change_is_caught(birth, sequence, position, delta):
    number = idcard.make("310104", birth, sequence)
    changed = number[:position] + str((int(number[position]) + delta) % 10) + number[position + 1 :]
    with pytest.raises(InvalidId):
        idcard.parse(changed)


def test_mask_keeps_the_ends():
    assert idcard.mask("44010619900101123X") == "4401**********123X"

"""Member record checks: IDs, ages at joining, 发展团员编号, phone, dates, normalisation."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leaguedesk.core import idcard
from leaguedesk.core.fields import MEMBER_FIELDS
from leaguedesk.core.validation import (
    Rules,
    Severity,
    fill_from_id,
    normalize,
    validate_member,
)
from tests.factories import TODAY, id_ending_in_x, id_for, member_values


def found(values, *, today=TODAY, rules=None):
    issues = validate_member(values, today=today, **({"rules": rules} if rules else {}))
    return {(i.field, i.code, i.severity) for i in issues}


def codes(values, **kwargs):
    return {code for _, code, _ in found(values, **kwargs)}


def test_a_complete_valid_record_has_no_issues():
    assert validate_member(member_values(), today=TODAY) == []


def test_missing_required_fields_are_named():
    issues = validate_member({}, today=TODAY)
    required = {i.field for i in issues if i.code == "required"}
    assert required == {f.key for f in MEMBER_FIELDS if f.required}
    assert all(i.severity is Severity.ERROR for i in issues)


# ------------------------------------------------------------------------------- citizen ID


def test_wrong_check_digit_is_an_error_naming_the_expected_character():
    number = id_ending_in_x(dt.date(2004, 3, 10))
    values = member_values(
        birth=dt.date(2004, 3, 10), id_number=number[:17] + "0", sex=idcard.parse(number).sex.value
    )
    [issue] = [i for i in validate_member(values, today=TODAY) if i.field == "id_number"]
    assert (issue.code, issue.severity) == ("id_check_digit", Severity.ERROR)
    assert issue.params["expected"] == "X"


def test_lower_case_x_is_accepted_and_stored_upper_case():
    birth = dt.date(2004, 3, 10)
    number = id_ending_in_x(birth)
    values = member_values(
        birth=birth, id_number=number.lower(), sex=idcard.parse(number).sex.value
    )
    assert validate_member(values, today=TODAY) == []
    assert normalize(values)["id_number"] == number


def test_full_width_digits_are_turned_into_ascii():
    full_width = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")
    values = member_values()
    typed = {
        **values,
        "id_number": values["id_number"].translate(full_width),
        "phone": "１３８００１３８０００",
        "development_no": values["development_no"].translate(full_width),
        "joined_on": "２０１９年５月",
    }
    cleaned = normalize(typed)
    assert cleaned["id_number"] == values["id_number"]
    assert cleaned["phone"] == "13800138000"
    assert cleaned["development_no"] == values["development_no"]
    assert cleaned["joined_on"] == "2019-05"
    assert validate_member(typed, today=TODAY) == []


@pytest.mark.parametrize(
    ("number", "code"),
    [
        ("44010620040310", "id_length"),
        ("4401062004031012A4", "id_characters"),
        ("440106200402300125", "id_birth_date"),
    ],
)
def test_malformed_ids_name_the_problem(number, code):
    assert code in codes(member_values(id_number=number))


def test_sex_typed_against_the_id_is_an_error_on_the_sex_field():
    values = member_values(male=True, sex="女")
    assert ("sex", "sex_mismatch", Severity.ERROR) in found(values)


def test_birth_date_typed_against_the_id_is_an_error():
    values = member_values(birth_date="2004-03-11")
    [issue] = [i for i in validate_member(values, today=TODAY) if i.code == "birth_mismatch"]
    assert issue.field == "birth_date"
    assert issue.params == {"expected": "2004-03-10", "given": "2004-03-11"}


def test_other_id_types_are_not_checked_as_citizen_ids():
    values = member_values(id_type="护照", id_number="E12345678")
    assert validate_member(values, today=TODAY) == []


def test_birth_date_and_sex_are_read_from_the_id_when_left_empty():
    values = fill_from_id(normalize(member_values(male=False, birth_date="", sex="")))
    assert values["birth_date"] == "2004-03-10"
    assert values["sex"] == "女"


@given(
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2012, 12, 31)),
    st.integers(min_value=0, max_value=999),
    st.sampled_from("0123456789X"),
)
def test_any_other_check_character_is_refused_with_the_right_one_named(birth, sequence, wrong):
    number = idcard.make("320102", birth, sequence)
    if wrong == number[-1]:
        return
    issues = validate_member({"id_number": number[:17] + wrong}, today=TODAY)
    [issue] = [i for i in issues if i.field == "id_number"]
    assert issue.code == "id_check_digit"
    assert issue.params["expected"] == number[-1]


@given(
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2012, 12, 31)),
    st.integers(min_value=0, max_value=999),
)
def test_a_valid_id_agrees_with_the_birth_date_and_sex_it_encodes(birth, sequence):
    number = idcard.make("320102", birth, sequence)
    values = fill_from_id({"id_number": number.lower()})
    issues = validate_member(values, today=TODAY)
    assert not [i for i in issues if i.field in ("id_number", "sex", "birth_date")]


# ------------------------------------------------------------------------------- age at joining


def test_joining_in_the_month_of_the_14th_birthday_is_allowed():
    assert (
        validate_member(member_values(birth=dt.date(2005, 6, 20), joined_on="2019-06"), today=TODAY)
        == []
    )


def test_joining_the_month_before_the_14th_birthday_is_an_error():
    issues = validate_member(
        member_values(birth=dt.date(2005, 6, 20), joined_on="2019-05"), today=TODAY
    )
    [issue] = [i for i in issues if i.code == "age_at_join"]
    assert issue.severity is Severity.ERROR
    assert issue.params["age"] == 13


def test_joining_at_28_is_allowed_and_at_29_is_an_error():
    birth = dt.date(1990, 1, 10)
    still_28 = member_values(birth=birth, joined_on="2019-01")  # 28 on 1 January 2019
    assert "age_at_join" not in codes(still_28)
    turned_29 = member_values(birth=birth, joined_on="2019-02")
    assert ("joined_on", "age_at_join", Severity.ERROR) in found(turned_29)


def test_age_at_join_is_only_a_warning_for_members_who_joined_before_2017():
    joined_2016 = member_values(birth=dt.date(2004, 1, 1), joined_on="2016-12")  # aged 12
    assert ("joined_on", "age_at_join", Severity.WARNING) in found(joined_2016)
    joined_2017 = member_values(birth=dt.date(2005, 1, 1), joined_on="2017-12")  # aged 12
    assert ("joined_on", "age_at_join", Severity.ERROR) in found(joined_2017)


def test_joining_before_birth_is_named_as_such():
    assert "join_before_birth" in codes(member_values(joined_on="2003-01"))


def test_the_age_range_follows_the_rules():
    late = member_values(birth=dt.date(1990, 1, 10), joined_on="2020-03")  # aged 30
    assert "age_at_join" in codes(late)
    assert "age_at_join" not in codes(late, rules=Rules(join_age_max=30))


# ------------------------------------------------------------------------------- 发展团员编号


def test_development_number_is_required_for_members_joined_since_2017():
    assert ("development_no", "development_no_missing", Severity.ERROR) in found(
        member_values(joined_on="2017-03", development_no="")
    )
    assert (
        found(member_values(birth=dt.date(2001, 3, 10), joined_on="2016-03", development_no=""))
        == set()
    )


def test_development_number_must_start_with_the_join_year():
    issues = validate_member(
        member_values(joined_on="2019-05", development_no="201800000012"), today=TODAY
    )
    [issue] = issues
    assert (issue.code, issue.severity) == ("development_no_year", Severity.ERROR)
    assert issue.params == {"expected": "2019", "given": "2018"}


@pytest.mark.parametrize("number", ["20190000001", "2019000000123", "2019-0000001", "2019abcdefgh"])
def test_development_number_must_be_twelve_digits(number):
    assert ("development_no", "development_no_format", Severity.ERROR) in found(
        member_values(development_no=number)
    )


def test_development_number_problems_before_2017_are_warnings():
    values = member_values(
        birth=dt.date(2001, 3, 10), joined_on="2016-03", development_no="201500000001"
    )
    assert found(values) == {("development_no", "development_no_year", Severity.WARNING)}


# ------------------------------------------------------------------------------- phone, email


@pytest.mark.parametrize("phone", ["1380013800", "138001380001", "1380013800a"])
def test_phone_must_have_eleven_digits(phone):
    assert ("phone", "phone_length", Severity.ERROR) in found(member_values(phone=phone))


@pytest.mark.parametrize("phone", ["+86 138-0013-8000", "0086 13800138000", "138 0013 8000"])
def test_phone_written_with_country_code_or_separators_is_cleaned(phone):
    assert normalize({"phone": phone})["phone"] == "13800138000"
    assert validate_member(member_values(phone=phone), today=TODAY) == []


def test_eleven_digits_that_are_not_a_mainland_mobile_only_warn():
    assert found(member_values(phone="12345678901")) == {
        ("phone", "phone_prefix", Severity.WARNING)
    }


def test_empty_phone_and_email_are_fine():
    assert validate_member(member_values(phone="", email=""), today=TODAY) == []


@pytest.mark.parametrize("email", ["zhangsan", "zhangsan@", "a@b", "a@@example.com"])
def test_malformed_email_is_an_error(email):
    assert ("email", "email_format", Severity.ERROR) in found(member_values(email=email))


# ------------------------------------------------------------------------------- dates


def test_dates_in_the_future_are_errors():
    values = member_values(
        joined_on="2026-07", development_no="202600000012", volunteer_registered_on="2026-06"
    )
    assert found(values) >= {("joined_on", "date_future", Severity.ERROR)}
    assert "volunteer_registered_on" not in {f for f, _, _ in found(values)}  # this month is fine


def test_a_birth_date_after_today_is_an_error():
    born = dt.date(2026, 6, 16)
    values = member_values(birth=born, joined_on="2019-05")
    assert ("birth_date", "date_future", Severity.ERROR) in found(values)


@pytest.mark.parametrize(
    ("typed", "month", "stored"),
    [
        ("2019年5月", True, "2019-05"),
        ("2019.5", True, "2019-05"),
        ("2019/05", True, "2019-05"),
        ("201905", True, "2019-05"),
        ("2019-05-17", True, "2019-05"),
        ("2004/3/10", False, "2004-03-10"),
        ("2004年3月10日", False, "2004-03-10"),
        ("20040310", False, "2004-03-10"),
        ("2004-03-10 00:00:00", False, "2004-03-10"),
        (dt.date(2004, 3, 10), False, "2004-03-10"),
        (dt.date(2004, 3, 10), True, "2004-03"),
    ],
)
def test_dates_are_stored_in_iso_form(typed, month, stored):
    key = "joined_on" if month else "birth_date"
    assert normalize({key: typed})[key] == stored


@pytest.mark.parametrize(
    ("key", "typed"),
    [
        ("joined_on", "2019-13"),
        ("birth_date", "2004-02-30"),
        ("birth_date", "2004-03"),
        ("post_since", "去年"),
    ],
)
def test_unreadable_dates_are_reported(key, typed):
    assert (key, "date_format", Severity.ERROR) in found(member_values(**{key: typed}))


@given(st.text(alphabet="0123456789-/.年月日 ０１２９", max_size=14))
def test_normalising_is_idempotent(text):
    once = normalize({"joined_on": text, "birth_date": text, "phone": text})
    assert normalize(once) == once


# ------------------------------------------------------------------------------- choices etc.


def test_common_variants_of_choice_values_become_the_national_ones():
    cleaned = normalize(
        {
            "political_status": "团员",
            "ethnicity": "回",
            "sex": "女性",
            "is_cadre": "是",
            "name": " 张 三 ",
            "id_type": "身份证",
        }
    )
    assert cleaned == {
        "political_status": "共青团员",
        "ethnicity": "回族",
        "sex": "女",
        "is_cadre": 1,
        "name": "张三",
        "id_type": "居民身份证",
    }


def test_names_in_other_scripts_keep_their_spaces():
    assert normalize({"name": "John  Smith"})["name"] == "John Smith"


def test_values_outside_the_choice_lists_are_errors():
    issues = found(member_values(ethnicity="火星族", is_cadre="也许"))
    assert ("ethnicity", "choice_invalid", Severity.ERROR) in issues
    assert ("is_cadre", "choice_invalid", Severity.ERROR) in issues


def test_party_members_are_asked_for_their_party_date():
    assert found(member_values(political_status="中共党员")) == {
        ("party_joined_on", "party_joined_missing", Severity.WARNING)
    }
    assert (
        validate_member(
            member_values(political_status="中共党员", party_joined_on="2025-06"), today=TODAY
        )
        == []
    )


def test_post_dates_without_a_post_or_before_joining_are_warned():
    assert "post_since_without_post" in codes(member_values(post_since="2025-09"))
    assert "post_before_join" in codes(member_values(league_post="书记", post_since="2018-09"))


def test_issues_come_in_field_order():
    issues = validate_member(member_values(phone="1", email="x", sex="女"), today=TODAY)
    assert [i.field for i in issues] == ["sex", "phone", "email"]


def test_rules_from_settings_ignore_unknown_or_bad_values():
    rules = Rules.from_dict(
        {"join_age_max": 30, "nonsense": 1, "join_age_min": "14", "age_out": True}
    )
    assert rules == Rules(join_age_max=30)
    assert Rules.from_dict(rules.to_dict()) == rules


def test_ids_for_tests_are_valid():
    assert idcard.parse(id_for(dt.date(2000, 2, 29), male=False)).sex is idcard.Sex.FEMALE

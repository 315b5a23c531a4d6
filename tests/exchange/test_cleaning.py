"""Cell cleaning: what people type into rosters becomes clean values or a clear issue."""

from __future__ import annotations

import datetime as dt

import pytest

from leaguedesk.core import idcard
from leaguedesk.exchange.cleaning import (
    clean_cell,
    clean_row,
    is_footer_row,
    tidy,
)
from leaguedesk.exchange.problems import IssueCode

MAN = idcard.make("440106", dt.date(2000, 3, 4), 121)
WOMAN_X = next(n for s in range(2, 999, 2)
               if (n := idcard.make("110101", dt.date(2001, 6, 7), s)).endswith("X"))


def codes(issues: tuple | list) -> list[str]:
    return [i.code for i in issues]


@pytest.mark.parametrize("raw", [
    MAN, f" {MAN[:6]} {MAN[6:]} ", int(MAN),
    MAN.translate(str.maketrans("0123456789", "０１２３４５６７８９")),
])
def test_id_forms_that_are_fine(raw: object) -> None:
    assert clean_cell("id_number", raw) == (MAN, ())


def test_lower_case_x() -> None:
    assert clean_cell("id_number", WOMAN_X.lower()) == (WOMAN_X, ())


@pytest.mark.parametrize("raw", [
    4.40106199001011e+17, float(MAN), "4.40106199001011E+17", "440106200003041000", 440106200003.0,
])
def test_ids_that_excel_turned_into_numbers_are_never_guessed(raw: object) -> None:
    value, issues = clean_cell("id_number", raw)
    assert codes(issues) == [IssueCode.ID_STORED_AS_NUMBER]
    assert value != MAN


@pytest.mark.parametrize(("raw", "code"), [
    (MAN[:17], IssueCode.ID_LENGTH), (MAN[:-1] + "Y", IssueCode.ID_CHARACTERS),
    (MAN[:-1] + ("1" if MAN[-1] != "1" else "2"), IssueCode.ID_CHECK_DIGIT),
])
def test_bad_ids(raw: str, code: IssueCode) -> None:
    assert codes(clean_cell("id_number", raw)[1]) == [code]


@pytest.mark.parametrize(("raw", "date", "month"), [
    ("2019/5/4", "2019-05-04", "2019-05"),
    ("2019-05-04 00:00:00", "2019-05-04", "2019-05"),
    ("2019年5月4日", "2019-05-04", "2019-05"),
    ("2019.05.04", "2019-05-04", "2019-05"),
    ("20190504", "2019-05-04", "2019-05"),
    (dt.datetime(2019, 5, 4, 0, 0), "2019-05-04", "2019-05"),
    (dt.date(2019, 5, 4), "2019-05-04", "2019-05"),
    (43589, "2019-05-04", "2019-05"),  # Excel serial
    (43589.75, "2019-05-04", "2019-05"),
    (20190504, "2019-05-04", "2019-05"),
    ("２０１９年５月４日", "2019-05-04", "2019-05"),
])
def test_dates(raw: object, date: str, month: str) -> None:
    assert clean_cell("birth_date", raw) == (date, ())
    assert clean_cell("joined_on", raw) == (month, ())


@pytest.mark.parametrize("raw", ["2019.05", "2019年5月", "201905", "2019-5", "2019/05", 201905])
def test_months(raw: object) -> None:
    assert clean_cell("joined_on", raw) == ("2019-05", ())
    value, issues = clean_cell("birth_date", raw)  # a day is needed for a date field
    assert value == "2019-05" and codes(issues) == [IssueCode.DATE_INCOMPLETE]


@pytest.mark.parametrize(("raw", "code"), [
    ("2019", IssueCode.DATE_INCOMPLETE), (2019, IssueCode.DATE_INCOMPLETE),
    ("2019-13", IssueCode.DATE_INVALID), ("2019-02-30", IssueCode.DATE_INVALID),
    ("去年五月", IssueCode.DATE_INVALID), ("1850-01", IssueCode.DATE_INVALID),
])
def test_bad_dates(raw: object, code: IssueCode) -> None:
    assert codes(clean_cell("joined_on", raw)[1]) == [code]


@pytest.mark.parametrize(("raw", "sex"), [("男", "男"), ("女", "女"), ("M", "男"), ("f", "女"),
                                          ("女性", "女"), (" 男 ", "男")])
def test_sex(raw: str, sex: str) -> None:
    assert clean_cell("sex", raw) == (sex, ())


def test_unknown_sex() -> None:
    assert codes(clean_cell("sex", "未知")[1]) == [IssueCode.SEX_UNKNOWN]


@pytest.mark.parametrize(("key", "raw", "value"), [
    ("political_status", "团员", "共青团员"), ("political_status", "预备党员", "中共预备党员"),
    ("highest_education", "本科", "大学本科"), ("highest_education", "大专", "大学专科"),
    ("ethnicity", "汉", "汉族"), ("league_post", "团支部书记", "书记"), ("league_post", "团员", ""),
    ("id_type", "身份证", "居民身份证"), ("is_cadre", "是", 1), ("is_cadre", "否", 0),
    ("phone", "+86 138 0013 8000", "13800138000"), ("phone", 13800138000.0, "13800138000"),
    ("phone", "１３８００１３８０００", "13800138000"), ("name", "张  三", "张三"),
    ("name", "阿依古丽•买买提", "阿依古丽·买买提"),
    ("workplace", " 示范大学　东校区 ", "示范大学东校区"),
    ("card_no", 12345678901.0, "12345678901"), ("development_no", 201912345678.0, "201912345678"),
    ("notes", "=1+1", "=1+1"),
])
def test_values_are_normalised(key: str, raw: object, value: object) -> None:
    assert clean_cell(key, raw) == (value, ())


@pytest.mark.parametrize(("key", "raw", "code"), [
    ("political_status", "群众", IssueCode.CHOICE_UNKNOWN),
    ("phone", "138-abc", IssueCode.PHONE_INVALID),
    ("phone", "020-12345678", IssueCode.PHONE_NOT_MOBILE),
    ("email", "zhang@", IssueCode.EMAIL_INVALID),
    ("development_no", "2019123", IssueCode.DEVELOPMENT_NO_FORMAT),
    ("card_no", 4.40106199001011e+17, IssueCode.NUMBER_LOST),
    ("is_cadre", "也许", IssueCode.BOOL_UNKNOWN),
])
def test_values_with_issues(key: str, raw: object, code: IssueCode) -> None:
    assert codes(clean_cell(key, raw)[1]) == [code]


def test_tidy_keeps_spaces_in_latin_names() -> None:
    assert tidy("  Anna   Li ") == "Anna Li"
    assert tidy("王　小 明") == "王小明"


@pytest.mark.parametrize("row", [["合计：30人"], ["", "合计", 30],
                                 ["填表人：张三", "", "审核人：李四"], ["制表：团委"],
                                 ["备注：请于3月前上报"], ["注：以上信息真实"]])
def test_footer_rows(row: list[object]) -> None:
    assert is_footer_row(row)


@pytest.mark.parametrize("row", [[1, "张三", MAN], ["", "备注", ""], ["注意事项很多"]])
def test_not_footer_rows(row: list[object]) -> None:
    assert not is_footer_row(row)


def test_sex_and_birth_date_come_from_the_id_when_blank() -> None:
    values, issues = clean_row({"name": "陈晨", "id_number": MAN, "sex": "", "birth_date": None})
    assert issues == []
    assert values["sex"] == "男" and values["birth_date"] == "2000-03-04"
    assert values["political_status"] == "共青团员" and values["id_type"] == "居民身份证"


def test_a_birth_month_that_agrees_with_the_id_takes_the_full_date() -> None:
    values, issues = clean_row({"name": "陈晨", "id_number": MAN, "birth_date": "2000.03"})
    assert issues == [] and values["birth_date"] == "2000-03-04"


def test_sex_and_birth_date_that_contradict_the_id() -> None:
    _, issues = clean_row({"name": "陈晨", "id_number": MAN, "sex": "女",
                                "birth_date": "2000-04-03"})
    assert {(i.code, i.field) for i in issues} == {(IssueCode.SEX_MISMATCH, "sex"),
                                                  (IssueCode.BIRTH_MISMATCH, "birth_date")}
    assert all(i.is_error for i in issues)


def test_name_and_id_are_required() -> None:
    _, issues = clean_row({"name": "", "id_number": ""})
    assert {(i.code, i.field) for i in issues} == {(IssueCode.REQUIRED, "name"),
                                                  (IssueCode.ID_EMPTY, "id_number")}


def test_other_id_types_are_not_checked_as_citizen_ids() -> None:
    _, issues = clean_row({"name": "Anna Li", "id_type": "护照", "id_number": "E12345678",
                           "sex": "女"})
    assert issues == []


def test_development_number_year_is_checked_against_joining() -> None:
    _, issues = clean_row({"name": "陈晨", "id_number": MAN, "joined_on": "2016.05",
                           "development_no": "201912345678"})
    assert [(i.code, i.is_error) for i in issues] == [(IssueCode.DEVELOPMENT_NO_YEAR, False)]


def test_future_dates_are_flagged() -> None:
    _, issues = clean_row({"name": "陈晨", "id_number": MAN, "joined_on": "2030-01"},
                          today=dt.date(2024, 1, 1))
    assert [(i.code, i.field) for i in issues] == [(IssueCode.DATE_IN_FUTURE, "joined_on")]

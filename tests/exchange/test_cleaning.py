"""Cells as people type them: read from the sheet, then cleaned and checked by the roster's rules.

Values go the way an import takes them: ``cleaning.read_cells`` (what only spreadsheets need),
then ``core.validation.normalize`` and, for whole rows, ``services.members.prepare_member``.
"""

from __future__ import annotations

import datetime as dt

import pytest

from leaguedesk.core import idcard
from leaguedesk.core.issues import Severity
from leaguedesk.core.validation import normalize, tidy
from leaguedesk.exchange.cleaning import is_footer_row, read_cells
from leaguedesk.exchange.importing import RowChecker
from leaguedesk.exchange.problems import IssueCode
from leaguedesk.storage.leaguefile import LeagueFile

MAN = idcard.make("440106", dt.date(2000, 3, 4), 121)
WOMAN_X = next(
    n
    for s in range(2, 999, 2)
    if (n := idcard.make("110101", dt.date(2001, 6, 7), s)).endswith("X")
)
TODAY = dt.date(2024, 3, 1)


def cell(key: str, raw: object) -> tuple[object, list[str]]:
    """One cell read from a sheet and normalised as the roster does; the sheet's own codes."""
    values, issues = read_cells({key: raw})
    target = "group_name" if key == "group_id" else key
    return normalize(values)[target], [i.code for i in issues]


def check(
    league: LeagueFile, branch_id: int, raw: dict[str, object], *, today: dt.date = TODAY
) -> tuple[dict[str, object], set[tuple[str, str, Severity]]]:
    """A whole row as plan_import checks it: stored values and (field, code, severity)."""
    planned = RowChecker(league, branch_id, "stop", today, set(raw)).check(2, raw, list(raw))
    return planned.values, {(i.field, str(i.code), i.severity) for i in planned.issues}


def codes_on(found: set[tuple[str, str, Severity]], key: str) -> list[str]:
    return sorted(code for field, code, _ in found if field == key)


@pytest.mark.parametrize(
    "raw",
    [
        MAN,
        f" {MAN[:6]} {MAN[6:]} ",
        int(MAN),
        MAN.translate(str.maketrans("0123456789", "０１２３４５６７８９")),
        "'" + MAN,
        "‘" + MAN,
        f'="{MAN}"',
        f' ="{MAN}" ',  # marks that keep a number as text
    ],
)
def test_id_forms_that_are_fine(league: LeagueFile, branch_id: int, raw: object) -> None:
    values, found = check(league, branch_id, {"name": "陈晨", "id_number": raw})
    assert values["id_number"] == MAN
    assert codes_on(found, "id_number") == []


def test_lower_case_x(league: LeagueFile, branch_id: int) -> None:
    values, found = check(league, branch_id, {"name": "林雪", "id_number": WOMAN_X.lower()})
    assert values["id_number"] == WOMAN_X and codes_on(found, "id_number") == []


@pytest.mark.parametrize(
    "raw",
    [
        4.40106199001011e17,
        float(MAN),
        "4.40106199001011E+17",
        "440106200003041000",
        440106200003.0,
    ],
)
def test_ids_that_excel_turned_into_numbers_are_never_guessed(
    league: LeagueFile, branch_id: int, raw: object
) -> None:
    values, found = check(league, branch_id, {"name": "陈晨", "id_number": raw})
    assert codes_on(found, "id_number") == [IssueCode.ID_STORED_AS_NUMBER]
    assert values["id_number"] != MAN


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (MAN[:17], "id_length"),
        (MAN[:-1] + "Y", "id_characters"),
        (MAN[:-1] + ("1" if MAN[-1] != "1" else "2"), "id_check_digit"),
    ],
)
def test_bad_ids(league: LeagueFile, branch_id: int, raw: str, code: str) -> None:
    _, found = check(league, branch_id, {"name": "陈晨", "id_number": raw})
    assert codes_on(found, "id_number") == [code]


@pytest.mark.parametrize(
    ("raw", "date", "month"),
    [
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
    ],
)
def test_dates(raw: object, date: str, month: str) -> None:
    assert cell("birth_date", raw) == (date, [])
    assert cell("joined_on", raw) == (month, [])


@pytest.mark.parametrize("raw", ["2019.05", "2019年5月", "201905", "2019-5", "2019/05", 201905])
def test_months(league: LeagueFile, branch_id: int, raw: object) -> None:
    assert cell("joined_on", raw) == ("2019-05", [])
    # A date field needs a day: without an ID to take it from, the form's message says so.
    _, found = check(
        league,
        branch_id,
        {"name": "Anna", "id_type": "护照", "id_number": "E1234567", "birth_date": raw},
    )
    assert codes_on(found, "birth_date") == ["date_format"]


@pytest.mark.parametrize("raw", ["2019", 2019, "2019-13", "2019-02-30", "去年五月", "1850-01"])
def test_bad_dates(league: LeagueFile, branch_id: int, raw: object) -> None:
    _, found = check(league, branch_id, {"name": "陈晨", "id_number": MAN, "joined_on": raw})
    assert codes_on(found, "joined_on") == ["date_format"]


@pytest.mark.parametrize(
    ("raw", "sex"),
    [("男", "男"), ("女", "女"), ("M", "男"), ("f", "女"), ("女性", "女"), (" 男 ", "男")],
)
def test_sex(raw: str, sex: str) -> None:
    assert cell("sex", raw) == (sex, [])


def test_unknown_sex(league: LeagueFile, branch_id: int) -> None:
    _, found = check(league, branch_id, {"name": "陈晨", "id_number": MAN, "sex": "未知"})
    assert codes_on(found, "sex") == ["choice_invalid"]


@pytest.mark.parametrize(
    ("key", "raw", "value"),
    [
        ("political_status", "团员", "共青团员"),
        ("political_status", "预备党员", "中共预备党员"),
        ("highest_education", "本科", "大学本科"),
        ("highest_education", "大专", "大学专科"),
        ("ethnicity", "汉", "汉族"),
        ("league_post", "团支部书记", "书记"),
        ("league_post", "团员", ""),
        ("id_type", "身份证", "居民身份证"),
        ("is_cadre", "是", 1),
        ("is_cadre", "否", 0),
        ("is_cadre", True, 1),
        ("phone", "+86 138 0013 8000", "13800138000"),
        ("phone", 13800138000.0, "13800138000"),
        ("phone", "１３８００１３８０００", "13800138000"),
        ("name", "张  三", "张三"),
        ("name", "阿依古丽•买买提", "阿依古丽·买买提"),
        ("workplace", " 示范大学　东校区 ", "示范大学东校区"),
        ("card_no", 12345678901.0, "12345678901"),
        ("development_no", 201912345678.0, "201912345678"),
        ("notes", "=1+1", "=1+1"),
    ],
)
def test_values_are_normalised(key: str, raw: object, value: object) -> None:
    assert cell(key, raw) == (value, [])


@pytest.mark.parametrize(
    ("key", "raw", "code"),
    [
        ("political_status", "群众", "choice_invalid"),
        ("phone", "138-abc", "phone_length"),
        ("email", "zhang@", "email_format"),
        ("development_no", "2019123", "development_no_format"),
        ("card_no", 4.40106199001011e17, IssueCode.NUMBER_LOST),
        ("development_no", 2.019123456789012e17, IssueCode.NUMBER_LOST),
        ("is_cadre", "也许", "choice_invalid"),
        ("notes", "很长" * 300, IssueCode.VALUE_TOO_LONG),
    ],
)
def test_values_with_issues(
    league: LeagueFile, branch_id: int, key: str, raw: object, code: str
) -> None:
    _, found = check(league, branch_id, {"name": "陈晨", "id_number": MAN, key: raw})
    assert [(c, s) for f, c, s in found if f == key] == [(code, Severity.ERROR)]


def test_a_landline_is_kept_with_a_warning(league: LeagueFile, branch_id: int) -> None:
    values, found = check(
        league, branch_id, {"name": "陈晨", "id_number": MAN, "phone": "020-12345678"}
    )
    assert values["phone"] == "02012345678"
    assert [(c, s) for f, c, s in found if f == "phone"] == [("phone_prefix", Severity.WARNING)]


def test_tidy_keeps_spaces_in_latin_names() -> None:
    assert tidy("  Anna   Li ") == "Anna Li"
    assert tidy("王　小 明") == "王小明"


@pytest.mark.parametrize(
    "row",
    [
        ["合计：30人"],
        ["", "合计", 30],
        ["填表人：张三", "", "审核人：李四"],
        ["制表：团委"],
        ["备注：请于3月前上报"],
        ["注：以上信息真实"],
    ],
)
def test_footer_rows(row: list[object]) -> None:
    assert is_footer_row(row)


@pytest.mark.parametrize("row", [[1, "张三", MAN], ["", "备注", ""], ["注意事项很多"]])
def test_not_footer_rows(row: list[object]) -> None:
    assert not is_footer_row(row)


def test_sex_and_birth_date_come_from_the_id_when_blank(league: LeagueFile, branch_id: int) -> None:
    values, found = check(
        league,
        branch_id,
        {"name": "陈晨", "id_number": MAN, "sex": "", "birth_date": None, "joined_on": "2016-05"},
    )
    assert found == set()
    assert values["sex"] == "男" and values["birth_date"] == "2000-03-04"
    assert values["political_status"] == "共青团员" and values["id_type"] == "居民身份证"


def test_a_birth_month_that_agrees_with_the_id_takes_the_full_date(
    league: LeagueFile, branch_id: int
) -> None:
    values, found = check(
        league,
        branch_id,
        {"name": "陈晨", "id_number": MAN, "birth_date": "2000.03", "joined_on": "2016-05"},
    )
    assert found == set() and values["birth_date"] == "2000-03-04"


def test_sex_and_birth_date_that_contradict_the_id(league: LeagueFile, branch_id: int) -> None:
    _, found = check(
        league,
        branch_id,
        {
            "name": "陈晨",
            "id_number": MAN,
            "sex": "女",
            "birth_date": "2000-04-03",
            "joined_on": "2016-05",
        },
    )
    assert found == {
        ("sex", "sex_mismatch", Severity.ERROR),
        ("birth_date", "birth_mismatch", Severity.ERROR),
    }


def test_name_and_id_are_required(league: LeagueFile, branch_id: int) -> None:
    _, found = check(league, branch_id, {"name": "", "id_number": ""})
    assert {("name", "required"), ("id_number", "required")} <= {(f, c) for f, c, _ in found}


def test_other_id_types_are_not_checked_as_citizen_ids(league: LeagueFile, branch_id: int) -> None:
    _, found = check(
        league,
        branch_id,
        {
            "name": "Anna Li",
            "id_type": "护照",
            "id_number": "E12345678",
            "sex": "女",
            "birth_date": "2001-02-03",
            "joined_on": "2016-05",
        },
    )
    assert found == set()


def test_development_number_year_is_checked_against_joining(
    league: LeagueFile, branch_id: int
) -> None:
    _, found = check(
        league,
        branch_id,
        {
            "name": "陈晨",
            "id_number": MAN,
            "joined_on": "2016.05",
            "development_no": "201912345678",
        },
    )
    assert found == {("development_no", "development_no_year", Severity.WARNING)}


def test_future_dates_are_errors(league: LeagueFile, branch_id: int) -> None:
    _, found = check(
        league,
        branch_id,
        {"name": "陈晨", "id_number": MAN, "joined_on": "2030-01"},
        today=dt.date(2024, 1, 1),
    )
    assert codes_on(found, "joined_on") == ["date_future"]


def test_a_column_the_sheet_lacks_only_warns(league: LeagueFile, branch_id: int) -> None:
    """No 入团年月 column: the member is imported with a mark, to be completed later."""
    checker = RowChecker(league, branch_id, "stop", TODAY, {"name", "id_number"})
    planned = checker.check(2, {"name": "陈晨", "id_number": MAN}, [])
    assert planned.issues == () and checker.deferred == {"joined_on": 1}
    assert planned.prepared is not None and planned.prepared.values["warnings"] == "required"
    _, found = check(league, branch_id, {"name": "陈晨", "id_number": MAN, "joined_on": ""})
    assert found == {("joined_on", "required", Severity.ERROR)}


def test_a_group_column_names_the_group(league: LeagueFile, branch_id: int) -> None:
    values, _ = check(
        league, branch_id, {"name": "陈晨", "id_number": MAN, "group_id": " 第一 团小组 "}
    )
    assert values["group_name"] == "第一 团小组" and values["group_id"] is None


@pytest.mark.parametrize(
    ("key", "raw", "expected"),
    [
        ("phone", "'13800138000", "13800138000"),
        ("phone", '="13800138000"', "13800138000"),
        ("development_no", "'201905000123", "201905000123"),
        ("joined_on", "'2019-05", "2019-05"),
        ("notes", "'优秀团员'称号", "'优秀团员'称号"),  # words, not a number: kept as typed
        ("notes", "'12 人'", "'12 人'"),
        ("workplace", '="示范大学"', "示范大学"),
    ],
)
def test_marks_that_keep_numbers_as_text_come_off(key: str, raw: str, expected: str) -> None:
    assert cell(key, raw) == (expected, [])

"""Finding the header row under titles and mapping Chinese column names onto member fields."""

from __future__ import annotations

import pytest

from leaguedesk.exchange.headers import IGNORE, Mapping, detect_header, match_label


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("身份证号", "id_number"),
        ("身份证号码", "id_number"),
        ("公民身份号码", "id_number"),
        ("证件号码", "id_number"),
        ("身份证", "id_number"),
        ("* 身份证号码（18位）", "id_number"),
        ("入团时间", "joined_on"),
        ("入团年月", "joined_on"),
        ("入团日期", "joined_on"),
        ("联系电话", "phone"),
        ("手机号", "phone"),
        ("手机", "phone"),
        ("电话", "phone"),
        ("手机号码", "phone"),
        ("出生年月", "birth_date"),
        ("出生日期", "birth_date"),
        ("学历", "highest_education"),
        ("单位", "workplace"),
        ("工作单位", "workplace"),
        ("学校", "workplace"),
        ("职务", "league_post"),
        ("团内职务", "league_post"),
        ("团小组", "group_id"),
        ("小组", "group_id"),
        ("姓 名", "name"),
        ("序号", IGNORE),
        ("团籍状态", "status"),
        ("所在支部", "branch"),
        ("学习工作单位", "workplace"),
        ("现工作单位", "workplace"),
        ("收入", "income_band"),
        ("所在团组织", "branch"),
    ],
)
def test_synonyms(label: str, key: str) -> None:
    assert match_label(label) == key


def test_unknown_label() -> None:
    assert match_label("所在班级") is None


def test_header_under_a_title_and_a_date_line() -> None:
    rows = [
        ["XX团支部团员花名册", "", "", ""],
        ["填报日期：2024年3月", "", "", ""],
        ["序号", "姓名", "身份证号码", "所在班级"],
        [1, "陈晨", "4401…", "一班"],
    ]
    mapping = detect_header(rows)
    assert mapping is not None
    assert mapping.header_rows == (2,)
    assert mapping.data_start == 3
    assert mapping.field_columns == {"name": 1, "id_number": 2}
    assert mapping.columns[0] == IGNORE
    assert mapping.unknown == [3]
    assert mapping.labels[3] == "所在班级"


def test_two_row_header_with_a_merged_group_cell() -> None:
    rows = [
        ["姓名", "身份证号码", "联系方式", ""],
        ["", "", "手机", "邮箱"],
        ["陈晨", "x", "1", "a"],
    ]
    mapping = detect_header(rows)
    assert mapping is not None
    assert mapping.header_rows == (0, 1)
    assert mapping.field_columns == {"name": 0, "id_number": 1, "phone": 2, "email": 3}


def test_no_header_in_a_sheet_of_notes() -> None:
    assert detect_header([["填表说明"], ["1. 请用黑色笔填写"], ["姓名"]]) is None


def test_the_more_specific_column_wins() -> None:
    mapping = detect_header([["姓名", "联系电话", "手机号码", "学历", "最高学历"]])
    assert mapping is not None
    assert mapping.field_columns["phone"] == 2
    assert mapping.unknown == [1]
    assert mapping.field_columns["highest_education"] == 4
    assert mapping.field_columns["fulltime_education"] == 3


def test_mapping_by_hand_and_json_round_trip() -> None:
    mapping = detect_header([["序号", "姓名", "身份证", "班级", "备用"]])
    assert mapping is not None
    mapping = mapping.with_column(3, "group_id").with_column(4, IGNORE)
    assert mapping.unknown == []
    again = Mapping.from_json(mapping.to_json())
    assert again == mapping
    assert again.signature == mapping.signature
    moved = mapping.with_column(4, "name")  # a field lives in one column only
    assert moved.field_columns["name"] == 4 and 1 not in moved.columns
    with pytest.raises(ValueError):
        mapping.with_column(0, "nonsense")


def test_signature_depends_on_the_layout_not_on_spacing() -> None:
    a = detect_header([["姓名", "身份证号码", "性别"]])
    b = detect_header([[" 姓 名 ", "身份证号码", "性别"]])
    c = detect_header([["身份证号码", "姓名", "性别"]])
    assert a and b and c
    assert a.signature == b.signature != c.signature

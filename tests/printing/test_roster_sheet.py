"""The printed 团员花名册: landscape, the national columns, phones but never an ID number."""

import datetime as dt
import re

from leaguedesk.printing.roster_sheet import RosterSpec, render_roster, year_month
from leaguedesk.services.roster_print import RosterEntry, roster_entries
from tests.printing import pdftools
from tests.sample_branch import BRANCH_FULL, GONE, PINYIN_ORDER, add_sample_branch

COLUMNS = (
    "序号",
    "姓名",
    "性别",
    "民族",
    "出生年月",
    "入团年月",
    "政治面貌",
    "团内职务",
    "学习工作单位",
    "手机号码",
)


def test_roster_lists_active_members_with_phones_and_no_ids(tmp_path, league):
    sample = add_sample_branch(league)
    entries = roster_entries(league, sample.branch_id)
    pdf = tmp_path / "r.pdf"
    render_roster(RosterSpec(BRANCH_FULL, printed_on=dt.date(2026, 11, 21)), entries, pdf)
    (page,) = pdftools.pages(pdf)
    flat = pdftools.squeeze(page)
    assert f"{BRANCH_FULL}团员花名册" in flat and "在册团员8人" in flat
    assert "".join(COLUMNS) in flat
    rows = flat.split("手机号码", 1)[1]
    assert sorted(PINYIN_ORDER, key=rows.index) == list(PINYIN_ORDER)
    assert not any(name in rows for name in GONE)
    for number in sample.id_numbers:
        assert number not in flat
    assert not re.search(r"\d{15,}", flat)
    active_phones = [
        p
        for p, (_, _, _, status) in zip(sample.phones, _members(), strict=False)
        if status == "正常"
    ]
    assert all(phone in flat for phone in active_phones)
    assert "2022.05" in flat  # 入团年月 as forms write it
    width, height = pdftools.page_size(pdf)
    assert width > height


def _members():
    from tests.sample_branch import MEMBERS

    return MEMBERS


def test_long_roster_repeats_the_columns_on_every_page(tmp_path):
    entries = [
        RosterEntry(
            f"团员{n:03d}",
            "男",
            "汉族",
            "2005-03-01",
            "2019-05",
            "共青团员",
            "",
            "示范中学",
            f"138{n:08d}",
        )
        for n in range(1, 81)
    ]
    pdf = tmp_path / "r.pdf"
    result = render_roster(RosterSpec("一班团支部"), entries, pdf)
    texts = pdftools.pages(pdf)
    assert result.pages == len(texts) >= 3
    for page, text in enumerate(texts, 1):
        flat = pdftools.squeeze(text)
        assert "".join(COLUMNS) in flat
        assert f"第{page}页/共{len(texts)}页" in flat
    assert "填表人（签字）" in pdftools.squeeze(texts[-1])


def test_year_month_is_written_with_a_dot():
    assert year_month("2003-05-17") == "2003.05"
    assert year_month("2019-5") == "2019.05"
    assert year_month("") == ""

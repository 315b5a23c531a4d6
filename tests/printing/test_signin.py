"""会议签到表 read back from the PDF: who is listed, in what order, headers, counts, no IDs."""

import dataclasses
import datetime as dt
import re

from leaguedesk.printing.signin import SigninSpec, render_signin
from leaguedesk.services.attendees import Attendee, expected_attendees, group_id_by_name
from tests.printing import pdftools
from tests.sample_branch import (
    BRANCH_FULL,
    COMMITTEE,
    FIRST_GROUP,
    GONE,
    GROUPS,
    OTHER_BRANCH_MEMBER,
    PINYIN_ORDER,
)

SPEC = SigninSpec(
    BRANCH_FULL,
    "支部大会",
    dt.date(2026, 12, 1),
    "19:00",
    topic="学习贯彻团的二十大精神",
    place="教学楼A301",
    chair="张伟",
    recorder="李娜",
    printed_on=dt.date(2026, 11, 21),
)
HEADER_CELLS = ("序号", "姓名", "本人签名", "备注")


def printed(tmp_path, spec, people, name="s.pdf"):
    pdf = tmp_path / name
    result = render_signin(spec, people, pdf)
    texts = pdftools.pages(pdf)
    assert result.pages == len(texts)
    return texts


def order_in(text, names):
    """The names as they come in the table (the header block also names chair and recorder)."""
    rows = text.split("本人签名备注", 1)[1]
    return sorted(names, key=rows.index)


def test_branch_assembly_lists_every_active_member_in_pinyin_order(tmp_path, league, sample):
    people = expected_attendees(league, sample.branch_id, "支部大会")
    (page,) = printed(tmp_path, SPEC, people)
    flat = pdftools.squeeze(page)
    assert order_in(flat, PINYIN_ORDER) == list(PINYIN_ORDER)
    for name in (*GONE, OTHER_BRANCH_MEMBER):
        assert name not in flat


def test_header_block_carries_the_meeting(tmp_path, league, sample):
    people = expected_attendees(league, sample.branch_id, "支部大会")
    flat = pdftools.squeeze(printed(tmp_path, SPEC, people)[0])
    assert f"{BRANCH_FULL}支部大会签到表" in flat
    for text in (
        "议题：学习贯彻团的二十大精神",
        "时间：2026年12月1日（星期二）19:00",
        "地点：教学楼A301",
        "主持人：张伟",
        "记录人：李娜",
    ):
        assert text in flat
    assert "".join(HEADER_CELLS[:2]) in flat and "团小组/职务" in flat


def test_unknown_particulars_are_left_as_lines_to_fill(tmp_path, league, sample):
    people = expected_attendees(league, sample.branch_id, "团课")
    spec = SigninSpec(BRANCH_FULL, "团课", printed_on=dt.date(2026, 11, 21))
    page = printed(tmp_path, spec, people)[0]
    for label in ("议", "时", "地", "主持人：", "记录人："):
        assert label in page
    assert "2026年12月" not in page


def test_expected_count_is_filled_in_and_the_rest_left_blank(tmp_path, league, sample):
    people = expected_attendees(league, sample.branch_id, "支部大会")
    flat = pdftools.squeeze(printed(tmp_path, SPEC, people)[0])
    assert f"应到{len(PINYIN_ORDER)}人实到人请假人" in flat


def test_no_id_number_and_no_phone_anywhere(tmp_path, league, sample):
    people = expected_attendees(league, sample.branch_id, "支部大会")
    flat = pdftools.squeeze("".join(printed(tmp_path, SPEC, people)))
    for number in (*sample.id_numbers, *sample.phones):
        assert number not in flat
        assert number[-6:] not in flat  # not even a tail of one
    assert not re.search(r"\d{11}", flat)


def test_committee_sheet_lists_only_the_committee(tmp_path, league, sample):
    people = expected_attendees(league, sample.branch_id, "支部委员会")
    spec = dataclasses.replace(SPEC, kind="支部委员会")
    flat = pdftools.squeeze(printed(tmp_path, spec, people)[0])
    assert order_in(flat, COMMITTEE) == list(COMMITTEE)
    rows = flat.split("本人签名备注", 1)[1]
    for name in set(PINYIN_ORDER) - set(COMMITTEE):
        assert name not in rows
    assert "书记" in flat and "团内职务" in flat
    assert f"应到{len(COMMITTEE)}人" in flat


def test_group_sheet_lists_only_that_group(tmp_path, league, sample):
    group = group_id_by_name(league, sample.branch_id, GROUPS[0])
    people = expected_attendees(league, sample.branch_id, "团小组会", group_id=group)
    spec = dataclasses.replace(SPEC, kind="团小组会", group=GROUPS[0])
    flat = pdftools.squeeze(printed(tmp_path, spec, people)[0])
    assert f"{BRANCH_FULL}{GROUPS[0]}团小组会签到表" in flat
    assert order_in(flat, FIRST_GROUP) == list(FIRST_GROUP)
    rows = flat.split("本人签名备注", 1)[1]
    for name in set(PINYIN_ORDER) - set(FIRST_GROUP):
        assert name not in rows
    assert f"应到{len(FIRST_GROUP)}人" in flat


def test_group_order_prints_a_heading_per_group(tmp_path, league, sample):
    people = expected_attendees(league, sample.branch_id, "支部大会", order="group")
    spec = dataclasses.replace(SPEC, grouped=True)
    flat = pdftools.squeeze(printed(tmp_path, spec, people)[0]).split("本人签名备注", 1)[1]
    first, second, none = (
        flat.index(f"{GROUPS[0]}（4人）"),
        flat.index(f"{GROUPS[1]}（3人）"),
        flat.index("未分团小组（1人）"),
    )
    assert first < flat.index("陈静") < second < flat.index("李娜") < none < flat.index("曾小凡")


def test_blank_rows_for_walk_ins_can_be_left_out(tmp_path):
    people = [Attendee("张伟")]
    with_blanks = pdftools.squeeze(printed(tmp_path, SPEC, people, "a.pdf")[0])
    without = pdftools.squeeze(
        printed(tmp_path, dataclasses.replace(SPEC, blank_rows=0), people, "b.pdf")[0]
    )
    assert "列席及补签" in with_blanks
    assert "列席及补签" not in without


def test_long_sheet_repeats_the_header_and_numbers_pages(tmp_path):
    people = [Attendee(f"学员{n:03d}", GROUPS[n % 2]) for n in range(1, 121)]
    texts = printed(tmp_path, SPEC, people)
    total = len(texts)
    assert total >= 4
    numbers = []
    for page, text in enumerate(texts, 1):
        flat = pdftools.squeeze(text)
        for cell in HEADER_CELLS:
            assert cell in flat, (page, cell)
        assert f"第{page}页/共{total}页" in flat
        if page > 1:
            assert "支部大会签到表（续）" in flat
        numbers += [int(m) for m in re.findall(r"^\s*(\d+)\s+学员", text, re.M)]
    assert numbers == list(range(1, 121))
    assert "应到120人" in pdftools.squeeze(texts[-1])
    assert all("应到" not in pdftools.squeeze(t) for t in texts[:-1])


def test_long_names_are_printed_whole(tmp_path):
    people = [Attendee("阿卜杜热合曼·买买提艾力", "", "组织委员"), Attendee("欧阳娜娜")]
    flat = pdftools.squeeze(printed(tmp_path, SPEC, people)[0])
    assert "阿卜杜热合曼·" in flat and "买买提艾力" in flat and "欧阳娜娜" in flat
    assert "…" not in flat.split("本人签名备注", 1)[1].split("列席及补签")[0]


def test_sheet_renders_to_an_image(tmp_path, league, sample):
    pdf = tmp_path / "s.pdf"
    render_signin(SPEC, expected_attendees(league, sample.branch_id, "支部大会"), pdf)
    png = pdftools.render_png(pdf, tmp_path / "page")
    assert png.stat().st_size > 10_000


def test_a_sheet_without_anyone_expected_still_prints(tmp_path):
    spec = dataclasses.replace(SPEC, kind="支部委员会", topic="很长的议题" * 40)
    (page,) = printed(tmp_path, spec, [])
    flat = pdftools.squeeze(page)
    assert "应到0人" in flat and "列席及补签" in flat
    assert "…" in flat  # a topic too long for two lines ends with an ellipsis

"""Multi-date sign-in grid: a row per person, a column per date, header on every page."""

import datetime as dt
import re

import pytest

from leaguedesk.printing.errors import PrintError, PrintProblem
from leaguedesk.printing.signin_grid import GridSpec, render_signin_grid
from leaguedesk.services.attendees import Attendee, expected_attendees
from tests.printing import pdftools
from tests.sample_branch import BRANCH_FULL, PINYIN_ORDER, add_sample_branch

TERM = [dt.date(2026, 9, 5), dt.date(2026, 10, 10), dt.date(2026, 11, 7), dt.date(2026, 12, 5)]


def grid(tmp_path, dates, people, **options):
    pdf = tmp_path / "g.pdf"
    spec = GridSpec(
        BRANCH_FULL, dates, "2026年秋季学期团课签到表", printed_on=dt.date(2026, 11, 21), **options
    )
    result = render_signin_grid(spec, people, pdf)
    texts = pdftools.pages(pdf)
    assert result.pages == len(texts)
    return pdf, texts


def test_one_row_per_member_and_one_column_per_date(tmp_path, league):
    sample = add_sample_branch(league)
    people = expected_attendees(league, sample.branch_id, "团课")
    pdf, (page,) = grid(tmp_path, TERM, people)
    flat = pdftools.squeeze(page)
    assert f"{BRANCH_FULL}2026年秋季学期团课签到表" in flat
    assert "9月5日10月10日11月7日12月5日" in flat  # the date headers, weekday below each
    assert "星期六" * 4 in flat
    rows = flat.split("星期六", 4)[-1]
    assert sorted(PINYIN_ORDER, key=rows.index) == list(PINYIN_ORDER)
    assert "应到8人" in flat and "共4次" in flat and "实到人数" in flat
    for number in (*sample.id_numbers, *sample.phones):
        assert number not in flat
    width, height = pdftools.page_size(pdf)
    assert width < height  # four dates fit upright


def test_many_dates_turn_the_page_to_landscape(tmp_path):
    dates = [dt.date(2026, 9, 1) + dt.timedelta(weeks=n) for n in range(10)]
    pdf, texts = grid(tmp_path, dates, [Attendee("张伟"), Attendee("李娜")])
    width, height = pdftools.page_size(pdf)
    assert width > height
    assert all(f"{d.month}月{d.day}日" in pdftools.squeeze(texts[0]) for d in dates)


def test_too_many_dates_are_printed_in_parts_each_with_every_name(tmp_path):
    dates = [dt.date(2026, 3, 1) + dt.timedelta(weeks=n) for n in range(30)]
    _, texts = grid(tmp_path, dates, [Attendee("张伟"), Attendee("李娜")])
    flat = [pdftools.squeeze(t) for t in texts]
    assert len(texts) >= 2
    assert "第1部分，共2部分" in flat[0] and "第2部分，共2部分" in flat[-1]
    joined = "".join(flat)
    assert all(f"{d.month}月{d.day}日" in joined for d in dates)
    assert all("张伟" in page and "李娜" in page for page in flat)


def test_long_grid_repeats_dates_on_every_page(tmp_path):
    people = [Attendee(f"学员{n:03d}") for n in range(1, 61)]
    _, texts = grid(tmp_path, TERM, people)
    assert len(texts) >= 3
    numbers = []
    for page, text in enumerate(texts, 1):
        flat = pdftools.squeeze(text)
        assert "序号姓名" in flat and "9月5日" in flat and "12月5日" in flat
        assert f"第{page}页/共{len(texts)}页" in flat
        numbers += [int(m) for m in re.findall(r"^\s*(\d+)\s+学员", text, re.M)]
    assert numbers == list(range(1, 61))


def test_a_grid_needs_dates(tmp_path):
    with pytest.raises(PrintError) as caught:
        render_signin_grid(GridSpec("一班团支部", []), [], tmp_path / "g.pdf")
    assert caught.value.problem is PrintProblem.NO_DATES
    assert not (tmp_path / "g.pdf").exists()

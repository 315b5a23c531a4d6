"""The year's 组织生活台账 read back from the PDF: the calendar summary and every meeting."""

import datetime as dt

import pytest

from leaguedesk.core.compliance import AS_NEEDED, KindRule, Period
from leaguedesk.printing.ledger import render_ledger, requirement_text
from leaguedesk.services import demo
from leaguedesk.services import meeting_stats as stats
from leaguedesk.services import organisation as org
from leaguedesk.storage import leaguefile
from tests.printing import pdftools

TODAY = dt.date(2026, 11, 21)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("ledger") / "demo.leaguedb"
    with leaguefile.create(path) as league:
        demo.generate(league, branches=1, members=50, seed=3, today=TODAY)
    return path


def test_ledger_lists_the_calendar_and_every_meeting(tmp_path, demo_file):
    pdf = tmp_path / "ledger.pdf"
    with leaguefile.open_league(demo_file, readonly=True) as league:
        branch = org.list_branches(league)[0]
        year = stats.year_calendar(league, branch.id, 2026, today=TODAY)
        result = render_ledger(year, branch.display_name, pdf, printed_on=TODAY)
    pages = [pdftools.squeeze(p) for p in pdftools.pages(pdf)]
    assert result.pages == len(pages) and pdftools.page_size(pdf)[0] > 800  # landscape
    whole = "".join(pages)
    assert f"{branch.display_name}2026年度组织生活台账" in pages[0]
    assert "统计截至2026年11月21日" in pages[0]
    summary = year.calendar.summary_for("支部大会")
    assert f"支部大会每季度1次{summary.held}{summary.counted}{summary.periods_done}/4" in whole
    assert "三季度×" in whole  # the summer 支部大会 fell below quorum
    assert "不足法定人数" in whole
    for number in range(1, len(year.meetings) + 1):
        assert f"\n{number}" in "\n".join(pdftools.pages(pdf)).replace(" ", "")
    assert all("序号日期类型议题" in page for page in pages[1:])
    assert all(f"第{n}页/共{len(pages)}页" in page for n, page in enumerate(pages, 1))


def test_requirements_in_words():
    assert requirement_text(KindRule(Period.QUARTER, 1)) == "每季度 1 次"
    assert requirement_text(KindRule(Period.MONTH, 2)) == "每月 2 次"
    assert requirement_text(AS_NEEDED) == "按需召开"

"""The printed 两制 and 推优 forms read back as a secretary and the 上级团委 would read them."""

from __future__ import annotations

import datetime as dt

import pytest

from leaguedesk.core.evaluation import Grade
from leaguedesk.core.registration import Outcome
from leaguedesk.services import evaluation as ev
from leaguedesk.services import evaluation_print as ep
from leaguedesk.services import recommendation as rec
from leaguedesk.services import registration as reg
from tests.evaluation_branch import NAMES, YEAR, add_branch
from tests.printing import pdftools

APPROVED = dt.date(2026, 1, 10)


@pytest.fixture
def closed(league):
    branch = add_branch(league)
    found = ev.open_round(
        league, branch.branch_id, YEAR, meeting_date="2025-12-20", present=9, ballots=9
    )
    grades = [Grade.EXCELLENT] * 3 + [Grade.PASS] * 5 + [Grade.BASIC, Grade.FAIL]
    tallies = {
        Grade.EXCELLENT: {Grade.EXCELLENT: 7, Grade.PASS: 2},
        Grade.PASS: {Grade.PASS: 9},
        Grade.BASIC: {Grade.BASIC: 6, Grade.PASS: 3},
        Grade.FAIL: {Grade.FAIL: 8, Grade.BASIC: 1},
    }
    entries = ev.entries(league, found.id)
    for entry, grade in zip(entries, grades, strict=True):
        ev.record_tally(league, entry.id, tallies[grade])
    ev.set_self_assessment(league, entries[0].id, "一年来认真学习团章，积极参加组织生活。")
    ev.adopt_suggestions(league, found.id)
    ev.close_round(league, found.id, approved_on=APPROVED, approved_by="示范区团委")
    return branch, found


def test_ballot_lists_everyone_with_four_boxes_the_30_percent_note_and_no_voter(
    tmp_path, league, closed
):
    _branch, found = closed
    pdf = tmp_path / "ballot.pdf"
    result = ep.ballot_job(league, found.id)(pdf)
    assert result.pages == 1
    flat = pdftools.squeeze(pdftools.pages(pdf)[0])
    assert "评议团支部2025年度团员教育评议测评票" in flat
    assert "序号姓名优秀合格基本合格不合格" in flat
    assert all(name in flat for name in NAMES)
    assert "不得超过参评人数的30%（本次参评10人，最多3人）" in flat
    assert "本票不记名" in flat and "投票人" not in flat and "签名：" not in flat
    assert pdftools.render_png(pdf, tmp_path / "ballot", dpi=30).stat().st_size > 1000


def test_summary_has_votes_grades_totals_and_the_excellent_share(tmp_path, league, closed):
    _branch, found = closed
    pdf = tmp_path / "summary.pdf"
    ep.summary_job(league, found.id)(pdf)
    flat = pdftools.squeeze(pdftools.pages(pdf)[0])
    assert "应到11人，实到9人，收回测评票9张" in flat
    assert f"1{NAMES[0]}7200" in flat and "9优秀优秀优秀" in flat
    assert "合计" in flat and "10人" in flat
    assert "评定优秀3人（30.0%）、合格5人、基本合格1人、不合格1人" in flat
    assert "示范区团委2026年1月10日" in flat


def test_member_sheets_one_page_each_with_self_assessment_and_follow_up(tmp_path, league, closed):
    _branch, found = closed
    pdf = tmp_path / "sheets.pdf"
    assert ep.member_sheets_job(league, found.id)(pdf).pages == 10
    pages = [pdftools.squeeze(p) for p in pdftools.pages(pdf)]
    assert "团员教育评议表（2025年度）" in pages[0] and NAMES[0] in pages[0]
    assert "一年来认真学习团章" in pages[0]
    assert "收回测评票9张：优秀7票，合格2票，基本合格0票，不合格0票" in pages[0]
    assert "谈心谈话" in pages[8]
    assert "于2026-04-10前再次评议" in pages[9]


def test_registration_form_lists_outcomes_and_deferral(tmp_path, league, closed):
    branch, _found = closed
    registration = reg.create_round(league, branch.branch_id, YEAR, decided_on=APPROVED)
    pdf = tmp_path / "reg.pdf"
    ep.registration_job(league, registration.id)(pdf)
    flat = pdftools.squeeze(pdftools.pages(pdf)[0])
    assert "团员团籍注册登记表" in flat and "注册日期：2026年1月10日" in flat
    assert f"{NAMES[9]}" in flat and "不合格暂缓注册2026-04-10" in flat
    assert "共11人：正常注册10人，暂缓注册1人，不予注册0人" in flat
    assert Outcome.REGISTERED.value in flat


def test_recommendation_form_ranks_and_states_the_rule(tmp_path, league, closed):
    branch, _found = closed
    meeting = dt.date(2026, 6, 15)
    votes = [
        rec.Vote(branch.ids[NAMES[0]], dt.date(2025, 9, 1), yes=7, no=2),
        rec.Vote(branch.ids[NAMES[1]], dt.date(2025, 9, 1), yes=9),
    ]
    rec.record_vote(
        league, branch.branch_id, meeting_date=meeting, expected=11, present=9, votes=votes
    )
    pdf = tmp_path / "tuiyou.pdf"
    ep.recommendation_job(league, branch.branch_id, meeting)(pdf)
    (page,) = pdftools.pages(pdf)
    flat = pdftools.squeeze(page)
    assert "推荐优秀团员作入党积极分子人选表" in flat
    assert "应到有表决权团员11人，实到9人" in flat and "至少6票" in flat
    assert flat.index(NAMES[1]) < flat.index(NAMES[0])
    assert "通过2028-06-14" in flat
    width, height = pdftools.page_size(pdf)
    assert width > height

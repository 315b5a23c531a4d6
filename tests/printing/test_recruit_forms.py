"""Recruitment forms read back as a user would: the 公示 with its period in dates, the 登记表,
the secret ballot without voter names, the 决议 with its counts, the list with full IDs (PDF
and .xlsx)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import openpyxl
import pytest

from leaguedesk.exchange.recruits_xlsx import write_recruit_list
from leaguedesk.printing import recruit_forms as forms
from leaguedesk.services import recruitment as rs
from leaguedesk.services import recruitment_board as board
from leaguedesk.services.recruitment_records import RecruitmentError
from tests.printing.pdftools import pages, render_png, squeeze
from tests.recruit_path import TODAY, applicant_values, member_ids, walk
from tests.sample_branch import BRANCH_FULL, add_sample_branch

D = dt.date
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def walked(league):
    """Two applicants of the sample branch: one admitted (all 15 steps), one at the 支部大会."""
    sample = add_sample_branch(league)
    people = member_ids(league, sample.branch_id)
    first = rs.create_applicant(
        league, sample.branch_id, applicant_values(name="林小青"), today=TODAY
    )
    walk(league, first.id, people)
    second = rs.create_applicant(
        league,
        sample.branch_id,
        applicant_values(name="欧阳明", male=True, serial=55, birth=D(2009, 1, 20)),
        today=TODAY,
    )
    walk(league, second.id, people, until="general_meeting")
    rs.add_lesson(league, second.id, D(2025, 5, 9), 4, "团的基本知识")
    return league, sample.branch_id, first, second


def _save_screenshot(pdf: Path, name: str, tmp_path: Path) -> None:
    png = render_png(pdf, tmp_path / name, dpi=60)
    if os.environ.get("LEAGUEDESK_SCREENSHOTS"):
        shutil.copyfile(png, SCREENSHOTS / f"{name}.png")


def test_activist_notice_lists_names_and_the_period_in_working_days(walked, tmp_path):
    league, branch_id, _first, _second = walked
    batch = board.notice_batch(league, branch_id, 1)
    assert (batch.start, batch.end) == (D(2025, 4, 11), D(2025, 4, 17))
    spec = forms.NoticeSpec(
        1,
        batch.branch,
        batch.start,
        batch.end,
        batch.days,
        contact="张伟 13900000001",
        issued_on=batch.start,
    )
    out = tmp_path / "notice.pdf"
    forms.render_notice(spec, batch.people, out)
    text = squeeze(pages(out)[0])
    assert "关于确定入团积极分子的公示" in text
    assert "公示期：2025年4月11日至2025年4月17日（5个工作日）" in text
    assert "林小青女16示范中学高一（1）班" in text and "欧阳明男16" in text
    assert "联系人及电话：张伟13900000001" in text
    assert BRANCH_FULL in text and "如对公示对象有意见" in text
    assert "1101" not in text  # no ID number on a notice board
    _save_screenshot(out, "notice", tmp_path)


def test_new_member_notice_and_a_notice_nobody_is_on(walked, tmp_path):
    league, branch_id, _first, _second = walked
    batch = board.notice_batch(league, branch_id, 3)
    assert [p.name for p in batch.people] == ["林小青"]
    assert batch.end == D(2025, 8, 27)
    out = tmp_path / "new.pdf"
    forms.render_notice(
        forms.NoticeSpec(3, batch.branch, batch.start, batch.end, batch.days), batch.people, out
    )
    assert "被接收为中国共产主义青年团团员" in squeeze(pages(out)[0])
    league.db.execute("DELETE FROM applicant_steps WHERE step = 'new_member_notice'")
    with pytest.raises(RecruitmentError):
        board.notice_batch(league, branch_id, 3)


def test_activist_record_has_contacts_talks_and_hours(walked, tmp_path):
    league, _branch_id, _first, second = walked
    record = board.activist_record(league, second.id)
    out = tmp_path / "record.pdf"
    result = forms.render_activist_records([record], out)
    assert result.pages == 1
    text = squeeze(pages(out)[0])
    assert "入团积极分子培养考察登记表" in text
    assert "欧阳明" in text and "2009年1月" in text
    assert "谈话人张伟" in text and "培养联系人张伟、王芳" in text
    assert "培养考察时登记的其他团课学时8" in text
    assert "团的基本知识4" in text and "共12学时" in text
    assert "培养联系人意见" in text and "团支部意见" in text


def test_ballot_has_one_row_per_candidate_and_no_voter_name(walked, tmp_path):
    league, branch_id, _first, _second = walked
    candidates = board.ballot_candidates(league, branch_id)
    assert [c.name for c in candidates] == ["欧阳明"]
    out = tmp_path / "ballot.pdf"
    result = forms.render_ballots(
        forms.BallotSpec(BRANCH_FULL, D(2025, 8, 1), copies=8), candidates * 3, out
    )
    text = squeeze(pages(out)[0])
    assert text.count("发展团员表决票") >= 2
    assert "同意不同意弃权" in text and "欧阳明" in text
    assert "请勿填写投票人姓名" in text and "投票人：" not in text
    assert result.pages == 3  # 8 ballots, three to a page
    _save_screenshot(out, "ballot", tmp_path)


def test_resolution_states_the_counts(walked, tmp_path):
    league, branch_id, _first, _second = walked
    decided = board.resolutions(league, branch_id)
    assert [(r.name, r.expected, r.present, r.yes, r.no, r.abstain, r.passed) for r in decided] == [
        ("林小青", 8, 7, 6, 1, 0, True)
    ]
    out = tmp_path / "resolution.pdf"
    forms.render_resolutions(BRANCH_FULL, decided, out)
    text = squeeze(pages(out)[0])
    assert "应到会有表决权的团员8名，实到7名" in text
    assert "赞成6票，反对1票，弃权0票" in text
    assert "同意接收林小青同志为中国共产主义青年团团员" in text


def test_recruit_list_carries_full_ids_in_pdf_and_xlsx(walked, tmp_path):
    league, branch_id, _first, second = walked
    recruits = board.proposed_recruits(league, branch_id, today=TODAY)
    assert [r.name for r in recruits] == ["欧阳明"]
    out = tmp_path / "list.pdf"
    forms.render_recruit_list(BRANCH_FULL, recruits, out, printed_on=TODAY)
    text = squeeze(pages(out)[0])
    assert "拟发展团员名单" in text and second.id_number in text
    book_path = write_recruit_list(BRANCH_FULL, recruits, tmp_path / "list.xlsx", day=TODAY)
    sheet = openpyxl.load_workbook(book_path).active
    header = [c.value for c in sheet[3]]
    assert header == ["序号", "姓名", "性别", "年龄", "学习工作单位", "公民身份号码"]
    row = [c.value for c in sheet[4]]
    assert row[:4] == [1, "欧阳明", "男", 16]
    id_cell = sheet.cell(row=4, column=6)
    assert id_cell.value == second.id_number and id_cell.data_type == "s"
    assert id_cell.number_format == "@"

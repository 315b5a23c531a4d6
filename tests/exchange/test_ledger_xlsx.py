"""The ledger and attendance workbooks: bold frozen headers, real dates, formulas kept as text."""

import dataclasses
import datetime as dt

import openpyxl
import pytest

from leaguedesk.exchange.ledger_xlsx import write_attendance, write_ledger
from leaguedesk.printing.errors import PrintError
from leaguedesk.services import meeting_stats as stats
from leaguedesk.services import meetings as ms
from leaguedesk.services.meeting_records import MeetingDraft
from tests.sample_branch import BRANCH_FULL, PINYIN_ORDER, add_sample_branch

TODAY = dt.date(2026, 5, 20)


@pytest.fixture
def sample(league):
    sample = add_sample_branch(league)
    for day, kind, topic, absent in (
        (dt.date(2026, 2, 10), "支部大会", "=1+1", ("赵磊",)),
        (dt.date(2026, 3, 10), "主题团日", "清明祭英烈", ("赵磊", "陈静")),
    ):
        entries = tuple(
            dataclasses.replace(e, status="事假" if e.name in absent else "出席")
            for e in ms.default_attendance(league, sample.branch_id, kind)
        )
        ms.record_meeting(
            league,
            sample.branch_id,
            MeetingDraft(kind=kind, date=day, topics=topic, attendance=entries),
        )
    return sample


def test_ledger_workbook(tmp_path, league, sample):
    year = stats.year_calendar(league, sample.branch_id, 2026, today=TODAY)
    path = write_ledger(tmp_path / "台账.xlsx", year, BRANCH_FULL)
    book = openpyxl.load_workbook(path)
    ws = book["会议台账"]
    assert ws.freeze_panes == "A2" and ws["A1"].font.b
    header = [c.value for c in ws[1]]
    assert header[:5] == ["序号", "日期", "类型", "团小组", "议题"]
    first = {h: c.value for h, c in zip(header, ws[2], strict=True)}
    assert first["日期"] == dt.datetime(2026, 2, 10) and ws["B2"].number_format == "yyyy-mm-dd"
    assert first["议题"] == "=1+1" and ws["E2"].data_type == "s"
    assert (first["应到"], first["实到"], first["请假"], first["法定人数"]) == (8, 7, 1, "达到")
    assert first["出席率"] == pytest.approx(7 / 8)
    summary = book["年度完成情况"]
    rows = {r[0].value: [c.value for c in r] for r in summary.iter_rows(min_row=2)}
    assert rows["支部大会"][1:5] == ["每季度 1 次", 4, 1, 1]
    assert "二季度○" in rows["支部大会"][7]


def test_attendance_workbook(tmp_path, league, sample):
    rates = stats.attendance_report(league, sample.branch_id)
    missed = stats.missed_meetings(league, sample.branch_id, 2)
    path = write_attendance(tmp_path / "出勤.xlsx", rates, missed)
    book = openpyxl.load_workbook(path)
    ws = book["出勤率"]
    header = [c.value for c in ws[1]]
    assert [r[0].value for r in ws.iter_rows(min_row=2)] == list(PINYIN_ORDER)
    zhao = {
        h: c.value
        for h, c in zip(
            header, next(r for r in ws.iter_rows(min_row=2) if r[0].value == "赵磊"), strict=True
        )
    }
    assert (zhao["应到"], zhao["出席"], zhao["事假"], zhao["出勤率"]) == (2, 0, 2, 0)
    assert zhao["主题团日出勤率"] == 0 and "支部大会应到" in header
    gone = book["连续缺席"]
    assert [c.value for c in gone[2]][:4] == ["赵磊", "第二团小组", 2, dt.datetime(2026, 2, 10)]


def test_a_folder_is_not_a_file(tmp_path, league, sample):
    year = stats.year_calendar(league, sample.branch_id, 2026, today=TODAY)
    with pytest.raises(PrintError):
        write_ledger(tmp_path, year, BRANCH_FULL)

"""``leaguedesk meetings list``, ``print signin/minutes --meeting``, ``print ledger`` and
``export ledger``: outputs written, errors in Chinese with exit code 2 and no traceback."""

import dataclasses
import datetime as dt
import json

import openpyxl
import pytest

from leaguedesk.services import meetings as ms
from leaguedesk.services.meeting_records import MeetingDraft, ResolutionEntry
from leaguedesk.storage import leaguefile
from tests.commands.runner import run
from tests.printing import pdftools
from tests.sample_branch import BRANCH, BRANCH_FULL, PINYIN_ORDER, add_sample_branch


@pytest.fixture
def recorded(league_path):
    with leaguefile.open_league(league_path) as league:
        sample = add_sample_branch(league)
        entries = tuple(
            dataclasses.replace(e, status="事假" if e.name == "赵磊" else "出席")
            for e in ms.default_attendance(league, sample.branch_id, "支部大会")
        )
        quorate = ms.record_meeting(
            league,
            sample.branch_id,
            MeetingDraft(
                kind="支部大会",
                date=dt.date(2026, 3, 12),
                start_time="19:00",
                topics="学习团章",
                chair_name="张伟",
                recorder_name="李娜",
                attendance=entries,
                resolutions=(ResolutionEntry("通过年度计划", yes=7),),
            ),
        )
        low = tuple(
            dataclasses.replace(e, status="病假" if e.name in PINYIN_ORDER[:5] else "出席")
            for e in entries
        )
        below = ms.record_meeting(
            league,
            sample.branch_id,
            MeetingDraft(
                kind="支部大会", date=dt.date(2026, 6, 12), topics="年中总结", attendance=low
            ),
        )
    return league_path, quorate, below


def test_meetings_list_table_marks_the_meeting_below_quorum(monkeypatch, capsys, recorded):
    path, _, _ = recorded
    code, out, err = run(
        monkeypatch, capsys, "meetings", "list", "--db", path, "--branch", BRANCH, "--year", "2026"
    )
    assert code == 0, err
    lines = out.splitlines()
    assert "学习团章" in lines[2] and "达到" in lines[2]
    assert "年中总结" in lines[3] and "不足" in lines[3]
    assert "共 2 次会议，其中 1 次不足法定人数" in out


def test_meetings_list_json_and_csv(monkeypatch, capsys, recorded):
    path, quorate, below = recorded
    code, out, _ = run(monkeypatch, capsys, "meetings", "list", "--db", path, "--format", "json")
    found = json.loads(out)
    assert code == 0 and [m["id"] for m in found] == [quorate, below]
    assert (found[0]["expected"], found[0]["present"], found[0]["quorate"]) == (8, 7, True)
    assert found[1]["quorate"] is False and found[0]["branch"] == BRANCH_FULL
    code, out, _ = run(
        monkeypatch, capsys, "meetings", "list", "--db", path, "--year", "2025", "--format", "csv"
    )
    assert code == 0 and out.splitlines() == [out.splitlines()[0]]


def test_print_signin_and_minutes_of_a_recorded_meeting(monkeypatch, capsys, recorded, tmp_path):
    path, quorate, _ = recorded
    signin = tmp_path / "签到表.pdf"
    code, out, err = run(
        monkeypatch, capsys, "print", "signin", "--db", path, "--meeting", quorate, "-o", signin
    )
    assert code == 0, err
    assert "应到 8 人" in out
    flat = pdftools.squeeze(pdftools.pages(signin)[0])
    assert f"{BRANCH_FULL}支部大会签到表" in flat and "议题：学习团章" in flat
    assert "主持人：张伟" in flat and "应到8人" in flat
    minutes = tmp_path / "会议记录.pdf"
    code, _, err = run(
        monkeypatch, capsys, "print", "minutes", "--db", path, "--meeting", quorate, "-o", minutes
    )
    assert code == 0, err
    flat = pdftools.squeeze(pdftools.pages(minutes)[0])
    assert "支部大会会议记录" in flat and "赵磊（事假）" in flat and "通过年度计划" in flat


def test_ledger_as_pdf_and_xlsx(monkeypatch, capsys, recorded, tmp_path):
    path, _, _ = recorded
    pdf = tmp_path / "台账.pdf"
    code, out, err = run(
        monkeypatch,
        capsys,
        "print",
        "ledger",
        "--db",
        path,
        "--branch",
        BRANCH,
        "--year",
        "2026",
        "-o",
        pdf,
    )
    assert code == 0, err
    assert "2026年度组织生活台账" in pdftools.squeeze(pdftools.pages(pdf)[0])
    xlsx = tmp_path / "台账.xlsx"
    code, out, err = run(
        monkeypatch,
        capsys,
        "export",
        "ledger",
        "--db",
        path,
        "--branch",
        BRANCH,
        "--year",
        "2026",
        "-o",
        xlsx,
    )
    assert code == 0, err
    assert "2 次会议" in out
    book = openpyxl.load_workbook(xlsx)
    assert book["会议台账"]["E2"].value == "学习团章"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("print", "minutes", "--meeting", "999"), "找不到编号为 999 的会议记录"),
        (("print", "signin", "--meeting", "999"), "找不到编号为 999 的会议记录"),
        (("print", "signin"), "请用 --branch 和 --kind 指定支部和会议类型"),
        (("export", "ledger", "--branch", "不存在"), "找不到支部“不存在”"),
    ],
)
def test_errors_are_one_chinese_line_with_exit_code_2(
    monkeypatch, capsys, recorded, tmp_path, args, message
):
    path, _, _ = recorded
    out_file = tmp_path / ("x.xlsx" if args[0] == "export" else "x.pdf")
    code, _, err = run(monkeypatch, capsys, *args, "--db", path, "-o", out_file)
    assert code == 2
    assert err.startswith("错误：") and message in err and "Traceback" not in err
    assert not out_file.exists()

"""``leaguedesk evaluation summary`` and ``leaguedesk registration list`` on a demo file."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import openpyxl
from click.testing import CliRunner

from leaguedesk.cli import cli
from leaguedesk.services import organisation as org
from leaguedesk.storage import leaguefile
from tests.commands.runner import run

YEAR = dt.date.today().year - 1


def _branch(demo_path):
    with leaguefile.open_league(demo_path, readonly=True) as league:
        return org.list_branches(league)[0].name


def test_summary_prints_the_table_and_the_share(demo_path):
    result = CliRunner().invoke(
        cli,
        [
            "evaluation",
            "summary",
            "--db",
            str(demo_path),
            "--branch",
            _branch(demo_path),
            "--year",
            str(YEAR),
        ],
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == [
        "序号",
        "姓名",
        "优秀",
        "合格",
        "基本合格",
        "不合格",
        "合计",
        "建议等次",
        "支委会意见",
        "评定等次",
    ]
    assert f"{YEAR}年度（已关闭）" in lines[-1] and "上限" in lines[-1]


def test_summary_writes_a_workbook_with_bold_frozen_headers(demo_path, tmp_path):
    out = tmp_path / "summary.xlsx"
    result = CliRunner().invoke(
        cli,
        [
            "evaluation",
            "summary",
            "--db",
            str(demo_path),
            "--branch",
            _branch(demo_path),
            "--year",
            str(YEAR),
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["支部汇总表", "团籍注册登记表"]
    sheet = book["支部汇总表"]
    assert [c.value for c in sheet[1]][:3] == ["序号", "姓名", "优秀"]
    assert sheet["A1"].font.bold and sheet.freeze_panes == "A2"
    total_row = next(row for row in sheet.iter_rows(values_only=True) if row[1] == "合计")
    members = [
        row for row in sheet.iter_rows(min_row=2, values_only=True) if isinstance(row[0], int)
    ]
    assert total_row[2] == sum(row[2] for row in members)
    assert book["团籍注册登记表"].freeze_panes == "A2"


def test_a_workbook_that_cannot_be_written_is_one_line_in_chinese(
    demo_path, tmp_path, monkeypatch, capsys
):
    code, out, err = run(
        monkeypatch,
        capsys,
        "evaluation",
        "summary",
        "--db",
        demo_path,
        "--branch",
        _branch(demo_path),
        "--year",
        YEAR,
        "-o",
        tmp_path / "没有这个文件夹" / "summary.xlsx",
    )
    assert code == 2 and out == ""
    assert err.startswith("错误：") and "所在文件夹不存在" in err and "Traceback" not in err


def test_registration_list_as_csv_and_json(demo_path):
    args = [
        "registration",
        "list",
        "--db",
        str(demo_path),
        "--branch",
        _branch(demo_path),
        "--year",
        str(YEAR),
    ]
    as_csv = CliRunner().invoke(cli, [*args, "--format", "csv"])
    assert as_csv.exit_code == 0, as_csv.output
    rows = list(csv.DictReader(io.StringIO(as_csv.output)))
    assert rows and {r["outcome"] for r in rows} <= {"正常注册", "暂缓注册", "不予注册"}
    as_json = json.loads(CliRunner().invoke(cli, [*args, "--format", "json"]).output)
    assert as_json["year"] == YEAR and as_json["status"] == "closed"
    assert len(as_json["members"]) == len(rows)


def test_a_year_without_records_is_reported_in_words(demo_path):
    result = CliRunner().invoke(
        cli,
        [
            "registration",
            "list",
            "--db",
            str(demo_path),
            "--branch",
            _branch(demo_path),
            "--year",
            "2001",
        ],
    )
    assert result.exit_code == 2
    assert "没有2001年度团籍注册的记录" in result.output

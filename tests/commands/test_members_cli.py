"""``leaguedesk members``: lists for people (aligned, IDs masked) and for scripts (csv, json)."""

import csv
import io
import json
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from leaguedesk.cli import cli
from leaguedesk.commands.table import display_width
from leaguedesk.core.fields import MEMBER_FIELDS
from leaguedesk.services import members as ms
from leaguedesk.storage import leaguefile

FULL_ID = re.compile(r"\b\d{17}[\dX]\b")
MASKED_ID = re.compile(r"\d{4}\*{10}\d{3}[\dX]")


@pytest.fixture
def roster(demo_path):
    with leaguefile.open_league(demo_path, readonly=True) as league:
        everyone = ms.list_members(league)
    return everyone


def run(*args):
    result = CliRunner().invoke(cli, ["members", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_table_lists_active_members_with_ids_masked(demo_path, roster):
    active = [m for m in roster if m.status == "正常"]
    out = run("list", "--db", str(demo_path))
    assert not FULL_ID.search(out)
    assert len(MASKED_ID.findall(out)) == len(active)
    assert out.rstrip().endswith(f"共 {len(active)} 人。")
    assert "姓名" in out.splitlines()[0] and "公民身份号码" in out.splitlines()[0]


def test_show_id_reveals_the_numbers(demo_path, roster):
    out = run("list", "--db", str(demo_path), "--show-id")
    assert set(FULL_ID.findall(out)) == {m.id_number for m in roster if m.status == "正常"}


def test_table_columns_line_up_with_chinese_names(demo_path):
    lines = run("list", "--db", str(demo_path)).splitlines()
    header, rows = lines[0], lines[2:-1]
    column = display_width(header[: header.index("公民身份号码")])
    assert {display_width(line[: MASKED_ID.search(line).start()]) for line in rows} == {column}


def test_csv_has_chinese_headers_and_every_field_in_full(demo_path, roster):
    out = run("list", "--db", str(demo_path), "--format", "csv", "--status", "全部")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][:3] == ["支部", "姓名", "证件类型"]
    assert rows[0][1 : 1 + len(MEMBER_FIELDS)] == [f.label for f in MEMBER_FIELDS]
    assert len(rows) == 1 + len(roster)
    assert {r[rows[0].index("公民身份号码")] for r in rows[1:]} == {m.id_number for m in roster}
    assert not out.startswith("\ufeff")


def test_json_uses_field_keys_and_filters_by_branch(demo_path, roster):
    branch = roster[0].branch_name
    records = json.loads(
        run("list", "--db", str(demo_path), "--format", "json", "--branch", branch)
    )
    assert records and {r["branch"] for r in records} == {branch}
    assert {f.key for f in MEMBER_FIELDS} <= set(records[0])
    assert {r["status"] for r in records} == {"正常"}
    assert len(records) == sum(m.branch_name == branch and m.active for m in roster)


def test_status_filter(demo_path, roster):
    left = [m for m in roster if m.status == "转出"]
    records = json.loads(
        run("list", "--db", str(demo_path), "--format", "json", "--status", "转出")
    )
    assert sorted(r["id"] for r in records) == sorted(m.id for m in left)


def test_an_unknown_branch_is_a_plain_error(demo_path):
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "leaguedesk",
            "members",
            "list",
            "--db",
            str(demo_path),
            "--branch",
            "不存在的支部",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert done.returncode == 2
    assert "找不到支部“不存在的支部”" in done.stderr
    assert "Traceback" not in done.stderr


def test_alerts_and_check(demo_path):
    records = json.loads(
        run("alerts", "--db", str(demo_path), "--months", "120", "--format", "json")
    )
    assert records and {r["kind"] for r in records} == {"turning_28"}
    table = run("alerts", "--db", str(demo_path), "--months", "120")
    assert records[0]["name"] in table and "年满28周岁" in table
    assert "没有待核对的提示" in run("check", "--db", str(demo_path))


def test_check_lists_records_saved_with_warnings(demo_path, roster):
    member = next(m for m in roster if m.active)
    with leaguefile.open_league(demo_path) as league:
        ms.update_member(league, member.id, {"phone": "12345678901"})
    out = run("check", "--db", str(demo_path))
    assert f"{member.name}（{member.branch_name}）" in out
    assert "手机号码“12345678901”不像大陆手机号码" in out
    table = run("list", "--db", str(demo_path), "--branch", member.branch_name)
    assert "1项" in table

"""Roster and table exports: usable cells, never a formula, never half a file."""

from __future__ import annotations

import datetime as dt
import errno
from pathlib import Path

import openpyxl
import pytest

from leaguedesk.core.fields import MEMBER_FIELDS
from leaguedesk.exchange.export import display_width, export_roster, export_table
from leaguedesk.exchange.importing import apply_import, plan_import
from leaguedesk.messages.printing import print_error
from leaguedesk.printing.errors import PrintError, PrintProblem
from leaguedesk.services import organisation as org
from leaguedesk.storage import leaguefile
from leaguedesk.storage.leaguefile import LeagueFile
from tests.exchange.conftest import PEOPLE, write_xlsx

_COLUMNS = ", ".join("m." + f.key for f in MEMBER_FIELDS if f.key != "group_id")
ROSTER_SQL = (
    f"SELECT {_COLUMNS}, m.status, g.name, b.name FROM members m "
    "JOIN branches b ON b.id = m.branch_id "
    "LEFT JOIN league_groups g ON g.id = m.group_id ORDER BY m.id_number"
)


def _sheet(path: Path) -> openpyxl.worksheet.worksheet.Worksheet:
    return openpyxl.load_workbook(path).active


def test_full_roster(tmp_path: Path, demo_league: LeagueFile) -> None:
    count = export_roster(demo_league, tmp_path / "roster.xlsx")
    ws = _sheet(tmp_path / "roster.xlsx")
    header = [c.value for c in ws[1]]
    assert header == ["序号"] + [f.label for f in MEMBER_FIELDS] + ["所在支部", "团籍状态"]
    assert count == 60 and ws.max_row == 61
    assert all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2"
    col = {name: i for i, name in enumerate(header)}
    row = ws[2]
    id_cell, phone = row[col["公民身份号码"]], row[col["手机号码"]]
    assert id_cell.data_type == "s" and id_cell.number_format == "@" and len(id_cell.value) == 18
    assert phone.data_type == "s" and phone.number_format == "@"
    birth = row[col["出生日期"]]
    assert isinstance(birth.value, dt.datetime) and birth.number_format == "yyyy-mm-dd"
    joined = row[col["入团年月"]]
    assert isinstance(joined.value, dt.datetime) and joined.number_format == "yyyy-mm"
    statuses = {r[col["团籍状态"]].value for r in ws.iter_rows(min_row=2)}
    assert "正常" in statuses and len(statuses) > 1  # members who left are in the full roster
    widths = ws.column_dimensions
    assert widths["D"].width >= 20  # 18-digit IDs fit
    assert widths["B"].width < widths["D"].width


def test_zhtj_list_keeps_every_digit_as_text(tmp_path: Path, demo_league: LeagueFile) -> None:
    branch = org.list_branches(demo_league)[0]
    count = export_roster(demo_league, tmp_path / "zhtj.xlsx", branch_id=branch.id, fmt="zhtj")
    ws = _sheet(tmp_path / "zhtj.xlsx")
    header = [c.value for c in ws[1]]
    for label in ("身份证号码", "手机号码", "入团年月", "发展团员编号"):
        column = header.index(label)
        for row in ws.iter_rows(min_row=2):
            cell = row[column]
            assert cell.number_format == "@", label
            assert cell.value is None or cell.data_type == "s", label
    active = demo_league.db.execute(
        "SELECT count(*) FROM members WHERE branch_id = ? AND status = '正常'", [branch.id]
    ).fetchone()[0]
    assert count == active == ws.max_row - 1
    values = {c.value for row in ws.iter_rows(min_row=2) for c in row}
    assert "是" in values or "否" in values  # 是否团干部 in words


def test_export_then_import_reproduces_the_roster(tmp_path: Path, demo_league: LeagueFile) -> None:
    target = leaguefile.create(tmp_path / "copy.leaguedb")
    try:
        for branch in org.list_branches(demo_league):
            path = tmp_path / f"{branch.id}.xlsx"
            export_roster(demo_league, path, branch_id=branch.id)
            new = org.create_branch(target, org.BranchFields(name=branch.name))
            plan = plan_import(target, path, branch_id=new.id)
            assert plan.counts.errors == 0
            apply_import(target, plan)
        original = [tuple(r) for r in demo_league.db.execute(ROSTER_SQL)]
        copied = [tuple(r) for r in target.db.execute(ROSTER_SQL)]
    finally:
        target.close()
    assert len(original) == 60
    assert copied == original


def test_formula_like_text_comes_back_as_text(tmp_path: Path, league: LeagueFile) -> None:
    branch_id = org.create_branch(league, org.BranchFields(name="一班")).id
    risky = ["=1+1", "+86 138 0013 8000 转 1", "-", "@x", '=HYPERLINK("http://x")']
    rows = [["姓名", "身份证号码", "备注"]]
    rows += [[name, number, text] for (name, number, _), text in zip(PEOPLE, risky, strict=True)]
    source = write_xlsx(tmp_path / "in.xlsx", rows, text_cells=["C2", "C6"])
    apply_import(league, plan_import(league, source, branch_id=branch_id))
    stored = {r[0] for r in league.db.execute("SELECT notes FROM members")}
    assert stored == set(risky)

    export_roster(league, tmp_path / "out.xlsx")
    ws = _sheet(tmp_path / "out.xlsx")
    notes = [c.value for c in ws[1]].index("备注")
    cells = [row[notes] for row in ws.iter_rows(min_row=2)]
    assert {c.value for c in cells} == set(risky)
    assert all(c.data_type == "s" for c in cells)
    assert all(c.quotePrefix for c in cells)


def test_export_table_for_the_current_view(tmp_path: Path) -> None:
    rows = [["陈晨", dt.date(2024, 3, 1), 3, "=SUM(A1:A2)"], ["欧阳娜娜娜娜娜娜", None, 4.5, "-"]]
    count = export_table(
        ["姓名", "日期", "次数", "说明"], rows, tmp_path / "view.xlsx", title="出勤/统计"
    )
    ws = _sheet(tmp_path / "view.xlsx")
    assert count == 2 and ws.title == "出勤_统计"
    assert [c.value for c in ws[1]] == ["姓名", "日期", "次数", "说明"]
    assert ws["B2"].value == dt.datetime(2024, 3, 1) and ws["B2"].number_format == "yyyy-mm-dd"
    assert ws["C3"].value == 4.5
    assert ws["D2"].value == "=SUM(A1:A2)" and ws["D2"].data_type == "s"
    assert ws.column_dimensions["A"].width >= display_width("欧阳娜娜娜娜娜娜") == 16


def test_a_failed_export_leaves_no_half_file(tmp_path: Path) -> None:
    target = tmp_path / "view.xlsx"
    target.write_bytes(b"the previous export")

    def rows():
        yield ["陈晨"]
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(PrintError) as caught:
        export_table(["姓名"], rows(), target)
    assert caught.value.facts["reason"] == "disk_full"
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["view.xlsx"]


def test_unwritable_target_is_a_write_error_with_its_reason(tmp_path: Path) -> None:
    with pytest.raises(PrintError) as caught:
        export_table(["姓名"], [["陈晨"]], tmp_path / "missing" / "view.xlsx")
    assert caught.value.problem is PrintProblem.CANNOT_WRITE
    assert caught.value.facts["reason"] == "no_folder"
    assert "所在文件夹不存在" in print_error(caught.value)

"""The problems report: the source rows with the bad cells filled and commented."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from leaguedesk.exchange.importing import plan_import
from leaguedesk.exchange.report import ERROR_FILL, WARNING_FILL, write_problem_report
from leaguedesk.messages.exchange import import_problem
from leaguedesk.storage.leaguefile import LeagueFile
from tests.exchange.conftest import real_world_rows, write_xlsx


def test_bad_cells_are_highlighted_with_the_message(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    rows = real_world_rows()
    rows[1][6] = "020-12345678"  # a landline: a warning
    source = write_xlsx(tmp_path / "花名册.xlsx", rows, title="花名册")
    plan = plan_import(league, source, branch_id=branch_id)
    count = write_problem_report(plan, tmp_path / "问题.xlsx", describe=import_problem)
    assert count == 2

    ws = openpyxl.load_workbook(tmp_path / "问题.xlsx").active
    header = [c.value for c in ws[1]]
    assert header[:5] == ["原行号", "序号", "姓名", "性别", "身份证号码"]
    assert header[-1] == "问题说明"
    warned, failed = ws[2], ws[3]
    assert warned[0].value == 4 and warned[2].value == "陈晨"
    phone = warned[header.index("联系电话")]
    assert phone.value == "020-12345678"
    assert phone.fill.fgColor.rgb.endswith(WARNING_FILL.fgColor.rgb[-6:])
    assert "不像大陆手机号码" in phone.comment.text  # the roster's own words

    assert failed[0].value == 9
    id_cell = failed[header.index("身份证号码")]
    assert id_cell.fill.fgColor.rgb.endswith(ERROR_FILL.fgColor.rgb[-6:])
    assert "后几位已经丢失" in id_cell.comment.text
    assert failed[header.index("姓名")].comment is None
    assert "身份证号码：身份证号码被 Excel 存成了数字" in failed[-1].value

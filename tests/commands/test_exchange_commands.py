"""``leaguedesk import`` and ``leaguedesk export roster`` as a secretary runs them."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from click.testing import CliRunner

from leaguedesk.cli import cli
from leaguedesk.services import organisation as org
from leaguedesk.storage import leaguefile
from tests.commands.runner import run
from tests.exchange.conftest import PEOPLE, file_bytes, real_world_rows, write_xlsx


def _league_with_branch(path: Path) -> Path:
    with leaguefile.open_league(path) as league:
        org.create_branch(league, org.BranchFields(name="一班"))
    return path


def _count(path: Path) -> int:
    with leaguefile.open_league(path, readonly=True) as league:
        return int(league.db.execute("SELECT count(*) FROM members").fetchone()[0])


def test_import_with_errors_lists_them_and_writes_nothing(
    tmp_path: Path, league_path: Path
) -> None:
    db = _league_with_branch(league_path)
    source = write_xlsx(tmp_path / "花名册.xlsx", real_world_rows(), title="花名册", sheet="团员")
    before = file_bytes(db)
    report = tmp_path / "问题.xlsx"
    result = CliRunner().invoke(
        cli, ["import", str(source), "--db", str(db), "--branch", "一班", "--report", str(report)]
    )
    assert result.exit_code == 1
    assert "读取 5 行（跳过空行 1 行、表尾 2 行）" in result.output
    assert (
        "[错误] 团员 第 9 行 D 列（身份证号码）："
        "身份证号码被 Excel 存成了数字，后几位已经丢失，无法恢复。"
    ) in result.output
    assert "未导入任何数据" in result.output
    assert report.exists()
    assert file_bytes(db) == before
    assert _count(db) == 0


def test_dry_run_then_import(tmp_path: Path, league_path: Path) -> None:
    db = _league_with_branch(league_path)
    rows = [["姓名", "身份证号码", "入团时间"]] + [[n, i, "2016.5"] for n, i, _ in PEOPLE]
    source = write_xlsx(tmp_path / "r.xlsx", rows)
    runner = CliRunner()
    dry = runner.invoke(
        cli, ["import", str(source), "--db", str(db), "--branch", "一班", "--dry-run"]
    )
    assert dry.exit_code == 0, dry.output
    assert "检查通过（未写入）：将新增 5 人" in dry.output
    assert _count(db) == 0
    done = runner.invoke(cli, ["import", str(source), "--db", str(db), "--branch", "一班"])
    assert done.exit_code == 0, done.output
    assert "导入完成：新增 5 人，更新 0 人，跳过 0 人。" in done.output
    assert _count(db) == 5
    again = runner.invoke(
        cli, ["import", str(source), "--db", str(db), "--branch", "一班", "--on-duplicate", "skip"]
    )
    assert again.exit_code == 0 and "跳过 5 人" in again.output


def test_unreadable_file_is_one_clear_line(tmp_path: Path, league_path: Path) -> None:
    db = _league_with_branch(league_path)
    source = tmp_path / "坏文件.xlsx"
    source.write_bytes(b"PK\x03\x04 broken")
    result = CliRunner().invoke(cli, ["import", str(source), "--db", str(db), "--branch", "一班"])
    assert result.exit_code == 2
    assert "“坏文件.xlsx”已损坏或不是有效的表格文件" in result.output
    assert "Traceback" not in result.output


def test_export_roster_formats(tmp_path: Path, demo_path: Path) -> None:
    runner = CliRunner()
    full = runner.invoke(
        cli, ["export", "roster", "--db", str(demo_path), "-o", str(tmp_path / "all.xlsx")]
    )
    assert full.exit_code == 0 and "已导出 60 名团员" in full.output
    with leaguefile.open_league(demo_path, readonly=True) as league:
        branch = org.list_branches(league)[1].name
    zhtj = runner.invoke(
        cli,
        [
            "export",
            "roster",
            "--db",
            str(demo_path),
            "--branch",
            branch,
            "--format",
            "zhtj",
            "-o",
            str(tmp_path / "zhtj.xlsx"),
        ],
    )
    assert zhtj.exit_code == 0, zhtj.output
    header = [c.value for c in openpyxl.load_workbook(tmp_path / "zhtj.xlsx").active[1]]
    assert header[:3] == ["姓名", "证件类型", "身份证号码"]


def test_a_column_the_sheet_lacks_is_said_once(tmp_path: Path, league_path: Path) -> None:
    db = _league_with_branch(league_path)
    rows = [["姓名", "身份证号码"]] + [[n, i] for n, i, _ in PEOPLE]
    source = write_xlsx(tmp_path / "r.xlsx", rows)
    result = CliRunner().invoke(cli, ["import", str(source), "--db", str(db), "--branch", "一班"])
    assert result.exit_code == 0, result.output
    assert result.output.count("入团年月") == 1
    assert "[提醒] 表格中没有“入团年月”列：5 人将带提醒标记导入" in result.output
    assert "导入完成：新增 5 人" in result.output
    assert "导入前的团务文件已备份到" in result.output and "leaguedesk restore" in result.output


def test_export_into_a_missing_folder_says_so_in_one_line(
    monkeypatch, capsys, tmp_path: Path, demo_path: Path
) -> None:
    target = tmp_path / "没有的文件夹" / "all.xlsx"
    code, out, err = run(monkeypatch, capsys, "export", "roster", "--db", demo_path, "-o", target)
    assert (code, out) == (2, "")
    assert err.strip() == f"错误：无法保存到“{target}”：所在文件夹不存在。"
    assert not target.parent.exists()


def _two_branch_sheet(folder: Path) -> Path:
    """A 团委's sheet: two people of 一班, three of 二班."""
    rows = [["所在团支部", "姓名", "身份证号码"]]
    rows += [
        ["一班" if n < 2 else "二班", name, number] for n, (name, number, _) in enumerate(PEOPLE)
    ]
    return write_xlsx(folder / "团委.xlsx", rows)


def test_a_sheet_of_several_branches_is_imported_one_branch_at_a_time(
    tmp_path: Path, league_path: Path
) -> None:
    db = _league_with_branch(league_path)  # 一班
    source = _two_branch_sheet(tmp_path)
    result = CliRunner().invoke(cli, ["import", str(source), "--db", str(db), "--branch", "一班"])
    assert result.exit_code == 0, result.output
    assert result.output.count("二班") == 1
    assert (
        "[提醒] 表格中其他支部的行本次不导入（请再分别导入到这些支部，"
        "或用 --branches-from-sheet 一次导入各支部）：二班 3 行"
    ) in result.output
    assert "导入完成：新增 2 人" in result.output and _count(db) == 2


def test_a_sheet_of_several_branches_in_one_import_by_its_branch_column(
    tmp_path: Path, league_path: Path
) -> None:
    db = _league_with_branch(league_path)  # 一班
    source = _two_branch_sheet(tmp_path)
    args = ["import", str(source), "--db", str(db), "--branches-from-sheet"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1 and _count(db) == 0  # 二班 is not in the file yet
    assert "第 4 行 A 列（所在团支部）：团务文件中没有名为“二班”的支部" in result.output
    with leaguefile.open_league(db) as league:
        org.create_branch(league, org.BranchFields(name="二班"))
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert (
        "导入到：按表中“所在支部”" in result.output and "分属 一班 2 人、二班 3 人" in result.output
    )
    assert "导入完成：新增 5 人" in result.output and _count(db) == 5


def test_import_needs_a_branch_or_the_branch_column(tmp_path: Path, league_path: Path) -> None:
    db = _league_with_branch(league_path)
    source = write_xlsx(tmp_path / "r.xlsx", real_world_rows())
    for extra in ([], ["--branch", "一班", "--branches-from-sheet"]):
        result = CliRunner().invoke(cli, ["import", str(source), "--db", str(db), *extra])
        assert result.exit_code == 2 and "二者选一" in result.output
    assert _count(db) == 0

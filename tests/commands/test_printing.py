"""``leaguedesk print ...`` from the command line: PDFs written, errors in Chinese, no traceback."""

import pytest

from leaguedesk.storage import leaguefile
from tests.commands.runner import run
from tests.printing import pdftools
from tests.sample_branch import BRANCH, BRANCH_FULL, COMMITTEE, FIRST_GROUP, add_sample_branch


@pytest.fixture
def sample_path(league_path):
    with leaguefile.open_league(league_path) as league:
        add_sample_branch(league)
    return league_path


def test_signin_sheet(monkeypatch, capsys, sample_path, tmp_path):
    pdf = tmp_path / "签到表.pdf"
    code, out, err = run(
        monkeypatch,
        capsys,
        "print",
        "signin",
        "--db",
        sample_path,
        "--branch",
        BRANCH,
        "--kind",
        "支部大会",
        "--date",
        "2026-12-01",
        "--time",
        "19:00",
        "--topic",
        "团员教育评议",
        "--place",
        "阶梯教室",
        "--blank-rows",
        "3",
        "-o",
        pdf,
    )
    assert code == 0, err
    assert "应到 8 人" in out
    flat = pdftools.squeeze("".join(pdftools.pages(pdf)))
    assert f"{BRANCH_FULL}支部大会签到表" in flat
    assert "议题：团员教育评议" in flat and "地点：阶梯教室" in flat
    assert "2026年12月1日（星期二）19:00" in flat and "应到8人" in flat


def test_committee_and_group_sheets(monkeypatch, capsys, sample_path, tmp_path):
    pdf = tmp_path / "c.pdf"
    code, _, err = run(
        monkeypatch,
        capsys,
        "print",
        "signin",
        "--db",
        sample_path,
        "--branch",
        BRANCH,
        "--kind",
        "支委会",
        "-o",
        pdf,
    )
    assert code == 0, err
    assert f"应到{len(COMMITTEE)}人" in pdftools.squeeze(pdftools.pages(pdf)[0])
    code, _, err = run(
        monkeypatch,
        capsys,
        "print",
        "signin",
        "--db",
        sample_path,
        "--branch",
        BRANCH,
        "--kind",
        "团小组会",
        "--group",
        "第一团小组",
        "--order",
        "group",
        "-o",
        pdf,
    )
    assert code == 0, err
    flat = pdftools.squeeze(pdftools.pages(pdf)[0])
    assert "第一团小组团小组会签到表" in flat and f"应到{len(FIRST_GROUP)}人" in flat


def test_signin_grid_and_roster(monkeypatch, capsys, sample_path, tmp_path):
    grid = tmp_path / "grid.pdf"
    code, out, err = run(
        monkeypatch,
        capsys,
        "print",
        "signin-grid",
        "--db",
        sample_path,
        "--branch",
        BRANCH,
        "--dates",
        "2026-09-05,2026-10-10，2026-11-07",
        "--title",
        "秋季学期团课签到表",
        "-o",
        grid,
    )
    assert code == 0, err
    assert "8 人 × 3 次" in out
    assert "秋季学期团课签到表" in pdftools.squeeze(pdftools.pages(grid)[0])
    roster = tmp_path / "roster.pdf"
    code, out, err = run(
        monkeypatch,
        capsys,
        "print",
        "roster",
        "--db",
        sample_path,
        "--branch",
        BRANCH_FULL,
        "-o",
        roster,
    )
    assert code == 0, err
    assert "团员花名册" in pdftools.squeeze(pdftools.pages(roster)[0])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--branch", "九班团支部", "--kind", "支部大会"), "找不到支部“九班团支部”"),
        (("--branch", BRANCH, "--kind", "茶话会"), "没有“茶话会”这种会议类型"),
        (("--branch", BRANCH, "--kind", "团小组会"), "需要指定团小组"),
        (
            ("--branch", BRANCH, "--kind", "团小组会", "--group", "第九团小组"),
            "没有名为“第九团小组”",
        ),
        (("--branch", BRANCH, "--kind", "团课", "--date", "2026-02-30"), "无法识别日期或时间"),
        (("--branch", BRANCH, "--kind", "团课", "--time", "7点"), "无法识别日期或时间"),
        (("--branch", BRANCH, "--kind", "团课", "--order", "age"), "排列顺序“age”无效"),
    ],
)
def test_errors_are_one_chinese_line(monkeypatch, capsys, sample_path, tmp_path, args, message):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    pdf = out_dir / "x.pdf"
    code, _, err = run(
        monkeypatch, capsys, "print", "signin", "--db", sample_path, *args, "-o", pdf
    )
    assert code == 2
    assert err.startswith("错误：") and message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert list(out_dir.iterdir()) == []


def test_unwritable_output_leaves_nothing_behind(monkeypatch, capsys, sample_path, tmp_path):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "missing" / "x.pdf"
    code, _, err = run(
        monkeypatch,
        capsys,
        "print",
        "roster",
        "--db",
        sample_path,
        "--branch",
        BRANCH,
        "-o",
        target,
    )
    assert code == 2 and "无法保存到" in err and "所在文件夹不存在" in err
    code, _, err = run(
        monkeypatch,
        capsys,
        "print",
        "roster",
        "--db",
        sample_path,
        "--branch",
        BRANCH,
        "-o",
        out_dir,
    )
    assert code == 2 and "这是一个文件夹" in err
    assert list(out_dir.iterdir()) == []


def test_grid_without_dates_is_refused(monkeypatch, capsys, sample_path, tmp_path):
    code, _, err = run(
        monkeypatch,
        capsys,
        "print",
        "signin-grid",
        "--db",
        sample_path,
        "--branch",
        BRANCH,
        "--dates",
        " , ",
        "-o",
        tmp_path / "g.pdf",
    )
    assert code == 2 and "请至少指定一个日期" in err

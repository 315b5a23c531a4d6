"""Planning and applying an import: real-looking rosters in, all rows or none written."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from leaguedesk.core import idcard
from leaguedesk.core.issues import Severity
from leaguedesk.exchange.headers import IGNORE
from leaguedesk.exchange.importing import Action, apply_import, plan_import
from leaguedesk.exchange.problems import (
    ExchangeError,
    ExchangeProblem,
    ImportCancelled,
    IssueCode,
)
from leaguedesk.messages.exchange import issue_text
from leaguedesk.services import members
from leaguedesk.services import organisation as org
from leaguedesk.storage import backup
from leaguedesk.storage.errors import LeagueFileError
from leaguedesk.storage.leaguefile import LeagueFile
from tests.exchange.conftest import (
    DATA,
    HEADERS,
    PEOPLE,
    file_bytes,
    member_rows,
    real_world_rows,
    write_xlsx,
)

TODAY = dt.date(2024, 3, 1)


def fixed_rows() -> list[list[object]]:
    """The real-world roster with the number-typed ID re-entered as text."""
    rows = real_world_rows()
    rows[6][3] = PEOPLE[4][1]
    return rows


def plan(league: LeagueFile, path: Path, branch_id: int, **kwargs: object):
    return plan_import(league, path, branch_id=branch_id, today=TODAY, **kwargs)


def test_real_world_roster_is_cleaned_into_records(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    path = write_xlsx(
        tmp_path / "花名册.xlsx", fixed_rows(), title="示范大学2023级1班团支部团员花名册"
    )
    result = plan(league, path, branch_id)
    counts = result.counts
    assert (counts.rows_read, counts.to_create, counts.errors) == (5, 5, 0)
    assert (counts.blank_rows, counts.footer_rows) == (1, 2)
    assert result.mapping.header_rows == (2,)
    assert result.mapping.unknown == [10]  # 所在班级: for the user to map or ignore
    apply_import(league, result)

    members = member_rows(league)
    assert len(members) == 5
    chen = members[PEOPLE[0][1]]
    assert (chen["name"], chen["sex"], chen["birth_date"], chen["joined_on"]) == (
        "陈晨",
        "男",
        "2000-03-04",
        "2016-05",
    )
    assert (chen["highest_education"], chen["league_post"], chen["phone"]) == (
        "大学本科",
        "书记",
        "13800138000",
    )
    assert chen["name_pinyin"] == "chen chen" and chen["name_initials"] == "cc"
    lin = members[PEOPLE[1][1]]  # full-width ID and phone, spaces in the name
    assert (lin["name"], lin["phone"], lin["joined_on"]) == ("林雪", "13912345678", "2017-05")
    wang = members[PEOPLE[2][1]]
    assert (wang["sex"], wang["joined_on"], wang["phone"], wang["league_post"]) == (
        "男",
        "2018-05",
        "13700001111",
        "组织委员",
    )
    ouyang = members[PEOPLE[3][1]]
    assert (ouyang["birth_date"], ouyang["joined_on"], ouyang["phone"]) == (
        "1999-07-15",
        "2015-05",
        "",
    )
    zhao = members[PEOPLE[4][1]]
    assert zhao["joined_on"] == "2020-05"  # Excel serial 43956
    assert all(m["branch_id"] == branch_id and m["status"] == "正常" for m in members.values())
    history = league.db.execute(
        "SELECT count(*) FROM member_history WHERE field = 'created'"
    ).fetchone()[0]
    assert history == 5


def test_a_precision_lost_id_blocks_the_import(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", real_world_rows(), title="花名册")
    before = file_bytes(league.path)
    result = plan(league, path, branch_id)
    assert file_bytes(league.path) == before  # planning never writes
    problems = [p for p in result.problems() if p.issue.is_error]
    assert [(p.row, p.column_letter, p.header, p.issue.code) for p in problems] == [
        (9, "D", "身份证号码", IssueCode.ID_STORED_AS_NUMBER)
    ]
    with pytest.raises(ExchangeError) as caught:
        apply_import(league, result)
    assert caught.value.code == ExchangeProblem.PLAN_HAS_ERRORS
    assert member_rows(league) == {}


def test_legacy_xls_roster(league: LeagueFile, branch_id: int) -> None:
    result = plan(league, DATA / "roster.xls", branch_id)
    assert result.counts.errors == 0 and result.counts.footer_rows == 1
    apply_import(league, result)
    members = {m["name"]: m for m in member_rows(league).values()}
    assert set(members) == {"陈晨", "林雪", "王浩"}
    assert members["陈晨"]["birth_date"] == "2007-03-14"
    assert members["陈晨"]["joined_on"] == "2021-05"
    assert members["陈晨"]["phone"] == "13800138000"  # a number cell in the .xls
    assert members["林雪"]["joined_on"] == "2022-05"
    assert members["王浩"]["phone"] == "13900001111"


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig"])
def test_csv_roster(tmp_path: Path, league: LeagueFile, branch_id: int, encoding: str) -> None:
    lines = ["姓名,身份证号码,入团年月,民族,政治面貌"]
    lines += [f"{n},{i},2016.5,汉,团员" for n, i, _ in PEOPLE[:3]]
    path = tmp_path / "r.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding=encoding)
    apply_import(league, plan(league, path, branch_id))
    members = member_rows(league)
    assert {m["name"] for m in members.values()} == {"陈晨", "林雪", "王浩"}
    assert {(m["joined_on"], m["ethnicity"], m["political_status"]) for m in members.values()} == {
        ("2016-05", "汉族", "共青团员")
    }


def test_no_header_and_missing_columns(tmp_path: Path, league: LeagueFile, branch_id: int) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [["一些说明"], ["没有表头"]])
    with pytest.raises(ExchangeError) as caught:
        plan(league, path, branch_id)
    assert caught.value.code == ExchangeProblem.NO_HEADER
    path = write_xlsx(tmp_path / "b.xlsx", [["姓名", "性别", "民族"], ["陈晨", "男", "汉族"]])
    with pytest.raises(ExchangeError) as caught:
        plan(league, path, branch_id)
    assert caught.value.code == ExchangeProblem.MISSING_COLUMNS
    assert caught.value.facts["missing"] == "公民身份号码"


def test_duplicates_within_the_file(tmp_path: Path, league: LeagueFile, branch_id: int) -> None:
    name, number, _ = PEOPLE[0]
    path = write_xlsx(
        tmp_path / "r.xlsx", [["姓名", "身份证号码"], [name, number], ["陈晨晨", number.lower()]]
    )
    result = plan(league, path, branch_id)
    [problem] = [p for p in result.problems() if p.issue.is_error]
    assert (problem.row, problem.issue.code, problem.issue.params["first_row"]) == (
        3,
        IssueCode.DUPLICATE_IN_FILE,
        2,
    )


def _existing(league: LeagueFile, branch_id: int, tmp_path: Path) -> Path:
    name, number, _ = PEOPLE[0]
    first = write_xlsx(
        tmp_path / "first.xlsx",
        [["姓名", "身份证号码", "手机号码", "政治面貌"], [name, number, "13800138000", "中共党员"]],
    )
    apply_import(league, plan(league, first, branch_id))
    return write_xlsx(
        tmp_path / "second.xlsx",
        [
            ["姓名", "身份证号码", "手机号码", "团小组"],
            [name, number, "13911112222", "第一团小组"],
            [PEOPLE[1][0], PEOPLE[1][1], "", ""],
        ],
    )


def test_existing_member_stops_the_import_by_default(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    second = _existing(league, branch_id, tmp_path)
    result = plan(league, second, branch_id)
    assert [(p.row, p.issue.code) for p in result.problems()] == [(2, IssueCode.EXISTS)]


def test_existing_member_skipped(tmp_path: Path, league: LeagueFile, branch_id: int) -> None:
    second = _existing(league, branch_id, tmp_path)
    result = plan(league, second, branch_id, on_duplicate="skip")
    assert [r.action for r in result.rows] == [Action.SKIP, Action.CREATE]
    outcome = apply_import(league, result)
    assert (outcome.created, outcome.skipped) == (1, 1)
    assert member_rows(league)[PEOPLE[0][1]]["phone"] == "13800138000"


def test_a_skipped_member_is_matched_by_the_cleaned_id_and_not_checked_further(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    name, number = PEOPLE[0][0], PEOPLE[0][1]
    apply_import(
        league,
        plan(
            league,
            write_xlsx(tmp_path / "first.xlsx", [["姓名", "身份证号码"], [name, number]]),
            branch_id,
        ),
    )
    typed = (
        " "
        + number[:6]
        + " "
        + number[6:].translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    )
    again = write_xlsx(
        tmp_path / "again.xlsx",
        [["姓名", "身份证号码", "手机号码", "入团年月"], [name, typed.lower(), "12345", "明年"]],
    )
    [row] = plan(league, again, branch_id, on_duplicate="skip").rows
    assert row.action is Action.SKIP and not row.has_errors
    assert [(i.code, i.params["name"]) for i in row.issues] == [(IssueCode.EXISTS_SKIPPED, name)]


def test_existing_member_updated_with_what_the_sheet_says(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    second = _existing(league, branch_id, tmp_path)
    result = plan(league, second, branch_id, on_duplicate="update")
    row = result.rows[0]
    assert row.action == Action.UPDATE
    assert row.changes == {
        "phone": ("13800138000", "13911112222"),
        "group_id": (None, "第一团小组"),
    }
    # The preview shows the member as the update leaves it: columns the sheet lacks are kept.
    assert (row.values["phone"], row.values["political_status"], row.values["group_name"]) == (
        "13911112222",
        "中共党员",
        "第一团小组",
    )
    apply_import(league, result)
    chen = member_rows(league)[PEOPLE[0][1]]
    assert chen["phone"] == "13911112222"
    assert chen["political_status"] == "中共党员"  # no such column: kept, not defaulted
    group = league.db.execute(
        "SELECT name, branch_id FROM league_groups WHERE id = ?", [chen["group_id"]]
    ).fetchone()
    assert tuple(group) == ("第一团小组", branch_id)
    logged = league.db.execute(
        "SELECT old_value, new_value FROM member_history WHERE field = 'phone'"
    ).fetchall()
    assert [tuple(r) for r in logged] == [("13800138000", "13911112222")]


def test_an_update_is_checked_as_an_edit_of_the_stored_member(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    second = _existing(league, branch_id, tmp_path)
    again = write_xlsx(
        tmp_path / "again.xlsx",
        [
            ["姓名", "身份证号码", "手机号码", "团籍状态"],
            [PEOPLE[0][0], PEOPLE[0][1], "12345", "超龄"],
        ],
    )
    [row] = plan(league, again, branch_id, on_duplicate="update").rows
    assert second.exists() and row.action is Action.UPDATE and row.member_id is not None
    assert [(i.field, i.code) for i in row.issues] == [
        ("phone", "phone_length"),
        ("party_joined_on", "party_joined_missing"),
        ("id_number", IssueCode.EXISTS_UPDATED),
        ("status", IssueCode.STATUS_NOT_CHANGED),
    ]
    assert row.has_errors


def test_cells_left_empty_or_blank_keep_the_stored_values(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    _existing(league, branch_id, tmp_path)
    again = tmp_path / "again.csv"  # a CSV keeps a cell of spaces (a workbook drops them)
    again.write_text(
        f"姓名,身份证号码,手机号码,政治面貌\n{PEOPLE[0][0]},{PEOPLE[0][1]},  ,\n", encoding="utf-8"
    )
    [row] = plan(league, again, branch_id, on_duplicate="update").rows
    assert row.action is Action.UNCHANGED and row.changes == {}
    assert (row.values["phone"], row.values["political_status"]) == ("13800138000", "中共党员")


def test_a_roster_imported_again_unchanged_repeats_no_marks_of_the_stored_records(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    _existing(league, branch_id, tmp_path)  # 中共党员 without 入党时间: saved with a mark
    assert "party_joined_missing" in member_rows(league)[PEOPLE[0][1]]["warnings"]
    [row] = plan(league, tmp_path / "first.xlsx", branch_id, on_duplicate="update").rows
    assert row.action is Action.UNCHANGED and row.issues == () and row.changes == {}
    assert row.values["political_status"] == "中共党员"  # the preview shows the stored record
    # A row that changes something is checked in full, the stored record's marks included
    # (test_an_update_is_checked_as_an_edit_of_the_stored_member).


def test_member_of_another_branch_is_not_moved_by_an_import(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    other = org.create_branch(league, org.BranchFields(name="第2团支部")).id
    second = _existing(league, other, tmp_path)
    result = plan(league, second, branch_id, on_duplicate="update")
    [problem] = [p for p in result.problems() if p.issue.is_error]
    assert problem.issue.code == "id_in_other_branch"  # a transfer case, in the roster's words
    assert problem.issue.params["branch"] == "第2团支部"
    assert "组织关系转接" in issue_text(problem.issue)


def test_an_import_backs_the_file_up_first_and_the_backup_undoes_it(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    _existing(league, branch_id, tmp_path)  # 陈晨 imported once, with 13800138000
    again = write_xlsx(
        tmp_path / "again.xlsx",
        [
            ["姓名", "身份证号码", "手机号码"],
            [PEOPLE[0][0], PEOPLE[0][1], "13911112222"],
            [PEOPLE[2][0], PEOPLE[2][1], ""],
        ],
    )
    before = member_rows(league)
    result = apply_import(league, plan(league, again, branch_id, on_duplicate="update"))
    assert (result.created, result.updated) == (1, 1)
    assert result.backup is not None and result.backup.parent == backup.default_dir(league.path)
    [info] = [b for b in backup.list_backups(result.backup.parent) if b.path == result.backup]
    assert info.reason == "import"

    backup.restore(league, result.backup, backup.default_dir(league.path))
    assert member_rows(league) == before  # the update and the new member are gone


def test_nothing_to_write_makes_no_backup(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    second = _existing(league, branch_id, tmp_path)
    result = plan(league, second, branch_id, on_duplicate="skip")
    result.rows[1].excluded = True  # the one new member left out: nothing to write
    assert apply_import(league, result).backup is None


def test_no_backup_no_import(tmp_path: Path, league: LeagueFile, branch_id: int) -> None:
    folder = backup.default_dir(league.path)
    shutil.rmtree(folder, ignore_errors=True)  # the daily backup made when the file opened
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the backup folder should be")
    result = plan(league, write_xlsx(tmp_path / "r.xlsx", _many(3)), branch_id)
    with pytest.raises(LeagueFileError):
        apply_import(league, result)
    assert member_rows(league) == {}


def _two_branches(path: Path) -> Path:
    """A 团委's sheet: 所在团支部 written once and merged down over each branch's members."""
    path = write_xlsx(
        path,
        [
            ["所在团支部", "姓名", "身份证号码"],
            ["2023级1班团支部", PEOPLE[0][0], PEOPLE[0][1]],
            [None, PEOPLE[1][0], PEOPLE[1][1]],
            ["2023级2班团支部", PEOPLE[2][0], PEOPLE[2][1]],
            [None, PEOPLE[3][0], PEOPLE[3][1]],
        ],
    )
    return path


def test_a_sheet_of_several_branches_is_imported_branch_by_branch(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    source = _two_branches(tmp_path / "团委.xlsx")
    result = plan(league, source, branch_id)
    assert [r.action for r in result.rows] == [Action.CREATE] * 2 + [Action.OTHER_BRANCH] * 2
    found = [(p.row, p.issue.field, p.issue.code, p.issue.severity) for p in result.problems()]
    assert found == [(row, "branch", IssueCode.OTHER_BRANCH, Severity.WARNING) for row in (4, 5)]
    [first, *_] = result.problems()
    assert issue_text(first.issue) == (
        "表格中有多个支部，这一行属于“2023级2班团支部”，不是正在导入的“2023级1班团支部”，"
        "本次不导入。请再把这个表格导入到“2023级2班团支部”，或选择按表中“所在支部”导入。"
    )
    assert (result.counts.to_create, result.counts.other_branch) == (2, 2)
    assert set(result.deferred.values()) == {2}  # columns the sheet lacks: this branch's rows
    apply_import(league, result)
    other = org.create_branch(league, org.BranchFields(name="2班", full_name="2023级2班团支部")).id
    again = plan(league, source, other, on_duplicate="skip")
    assert [r.action for r in again.rows] == [
        Action.SKIP,
        Action.SKIP,
        Action.CREATE,
        Action.CREATE,
    ]
    assert not again.has_errors  # people already imported are skipped, wherever they belong
    apply_import(league, again)
    stored = member_rows(league)
    assert [stored[PEOPLE[i][1]]["branch_id"] for i in range(4)] == [branch_id] * 2 + [other] * 2


def test_a_sheet_of_several_branches_goes_into_each_row_s_branch_in_one_import(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    other = org.create_branch(league, org.BranchFields(name="2班", full_name="2023级2班团支部")).id
    source = write_xlsx(
        tmp_path / "团委.xlsx",
        [
            ["所在团支部", "姓名", "身份证号码", "团小组"],
            ["2023级1班团支部", PEOPLE[0][0], PEOPLE[0][1], "第一小组"],
            [None, PEOPLE[1][0], PEOPLE[1][1], "第一小组"],  # merged: the branch above
            ["2班", PEOPLE[2][0], PEOPLE[2][1], "第一小组"],  # the short name
            ["2023级2班团支部", PEOPLE[3][0], PEOPLE[3][1], None],
        ],
    )  # the full name
    result = plan(league, source, None)
    assert not result.has_errors and [r.action for r in result.rows] == [Action.CREATE] * 4
    assert result.branch_rows() == {branch_id: 2, other: 2}
    assert [r.branch for r in result.rows] == ["2023级1班团支部"] * 2 + ["2班", "2023级2班团支部"]
    imported = apply_import(league, result)
    assert imported.created == 4 and imported.backup is not None
    stored = member_rows(league)
    assert [stored[PEOPLE[i][1]]["branch_id"] for i in range(4)] == [branch_id] * 2 + [other] * 2
    groups = {
        row[0]: row[1]
        for row in league.db.execute(
            "SELECT m.name, g.branch_id FROM members m JOIN league_groups g ON g.id = m.group_id"
        )
    }
    assert groups == {PEOPLE[0][0]: branch_id, PEOPLE[1][0]: branch_id, PEOPLE[2][0]: other}


def test_by_branch_a_branch_the_file_lacks_is_an_error_and_nothing_is_written(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    gone = org.create_branch(league, org.BranchFields(name="2022级3班团支部")).id
    org.archive_branch(league, gone, today=TODAY)
    source = write_xlsx(
        tmp_path / "团委.xlsx",
        [
            ["所在团支部", "姓名", "身份证号码"],
            [None, PEOPLE[0][0], PEOPLE[0][1]],  # nothing above it
            ["2023级9班团支部", PEOPLE[1][0], PEOPLE[1][1]],
            ["2022级3班团支部", PEOPLE[2][0], PEOPLE[2][1]],
            ["2023级1班团支部", PEOPLE[3][0], PEOPLE[3][1][:17]],
        ],
    )  # its own mistake still shows
    result = plan(league, source, None)
    found = [(p.row, p.issue.field, p.issue.code) for p in result.problems()]
    assert found[:3] == [
        (2, "branch", IssueCode.NO_BRANCH),
        (3, "branch", IssueCode.UNKNOWN_BRANCH),
        (4, "branch", IssueCode.ARCHIVED_BRANCH),
    ]
    assert found[3][:2] == (5, "id_number")
    texts = [issue_text(p.issue) for p in result.problems()]
    assert texts[1] == (
        "团务文件中没有名为“2023级9班团支部”的支部。请先在“管理支部”中新建，"
        "或把这一格改成已有支部的名称。"
    )
    assert "已撤销" in texts[2]
    assert result.has_errors and result.branch_rows() == {}
    with pytest.raises(ExchangeError):
        apply_import(league, result)
    assert member_rows(league) == {}


def test_by_branch_a_cell_may_leave_out_or_add_the_closing_tuanzhibu(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    other = org.create_branch(league, org.BranchFields(name="2班", full_name="2023级2班团支部")).id
    one = org.create_branch(league, org.BranchFields(name="一班团支部")).id
    org.create_branch(league, org.BranchFields(name="一班支部"))  # "一班" names neither
    source = write_xlsx(
        tmp_path / "团委.xlsx",
        [
            ["所在团支部", "姓名", "身份证号码"],
            ["2023级1班", PEOPLE[0][0], PEOPLE[0][1]],  # the file says 2023级1班团支部
            ["2班团支部", PEOPLE[1][0], PEOPLE[1][1]],  # the file says 2班
            ["一班团支部", PEOPLE[2][0], PEOPLE[2][1]],  # as written: exact
            ["一班", PEOPLE[3][0], PEOPLE[3][1]],
        ],
    )
    result = plan(league, source, None)
    assert [r.branch_id for r in result.rows] == [branch_id, other, one, None]
    [problem] = result.problems()
    assert (problem.row, problem.issue.code) == (5, IssueCode.UNKNOWN_BRANCH)


def test_by_branch_needs_the_branch_column(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    source = write_xlsx(tmp_path / "r.xlsx", _many(2))
    with pytest.raises(ExchangeError) as caught:
        plan(league, source, None)
    assert caught.value.code is ExchangeProblem.MISSING_COLUMNS
    assert caught.value.facts["missing"] == "所在支部"


def test_by_branch_updates_members_in_the_branch_the_row_names(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    other = org.create_branch(league, org.BranchFields(name="2023级2班团支部")).id
    apply_import(
        league,
        plan(
            league,
            write_xlsx(
                tmp_path / "一班.xlsx", [["姓名", "身份证号码"], [PEOPLE[0][0], PEOPLE[0][1]]]
            ),
            branch_id,
        ),
    )
    source = write_xlsx(
        tmp_path / "团委.xlsx",
        [
            ["所在团支部", "姓名", "身份证号码", "联系电话"],
            ["2023级1班团支部", PEOPLE[0][0], PEOPLE[0][1], "13800138000"],
            ["2023级2班团支部", PEOPLE[0][0], PEOPLE[0][1], "13800138000"],
        ],
    )
    result = plan(league, source, None, on_duplicate="update")
    assert result.rows[0].action is Action.UPDATE and not result.rows[0].has_errors
    codes = {i.code for i in result.rows[1].issues}
    assert "id_in_other_branch" in codes  # a transfer is not an import's business
    assert other not in result.branch_rows()


def test_a_row_of_another_branch_does_not_block_this_branchs_import(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    rows = [
        ["所在团支部", "姓名", "身份证号码"],
        ["2023级1班团支部", PEOPLE[0][0], PEOPLE[0][1]],
        ["2023级2班团支部", PEOPLE[2][0], PEOPLE[2][1][:17]],
    ]  # its own mistake, its turn
    result = plan(league, write_xlsx(tmp_path / "团委.xlsx", rows), branch_id)
    assert not result.has_errors and result.rows[1].action is Action.OTHER_BRANCH


def test_a_sheet_of_one_branch_may_name_it_its_own_way(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    source = write_xlsx(
        tmp_path / "一班.xlsx",
        [
            ["团支部", "姓名", "身份证号码"],
            ["1班", PEOPLE[0][0], PEOPLE[0][1]],
            ["1班", PEOPLE[1][0], PEOPLE[1][1]],
        ],
    )
    result = plan(league, source, branch_id)
    assert list(result.problems()) == []
    assert [r.source for r in result.rows] == [None, None]  # nothing kept for the preview


def test_a_failing_write_rolls_everything_back(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    result = plan(league, write_xlsx(tmp_path / "r.xlsx", _many(450)), branch_id)
    calls = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        if done >= 400:  # 400 members written inside the transaction
            raise RuntimeError("disk trouble")

    with pytest.raises(RuntimeError):
        apply_import(league, result, progress=progress)
    assert calls == [0, 200, 400]
    assert member_rows(league) == {}
    assert league.db.execute("SELECT count(*) FROM member_history").fetchone()[0] == 0
    assert (
        league.db.execute("SELECT count(*) FROM settings WHERE key LIKE 'exchange.%'").fetchone()[0]
        == 0
    )


def _many(count: int) -> list[list[object]]:
    rows: list[list[object]] = [["姓名", "身份证号码"]]
    rows += [
        [f"团员{i}", idcard.make("440106", dt.date(2000, 1, 1) + dt.timedelta(days=i), 11)]
        for i in range(count)
    ]
    return rows


def test_cancel_while_applying_leaves_the_file_as_it_was(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    result = plan(league, write_xlsx(tmp_path / "r.xlsx", _many(450)), branch_id)
    seen: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelled):
        apply_import(
            league,
            result,
            progress=lambda done, total: seen.append((done, total)),
            cancelled=lambda: len(seen) >= 2,
        )
    assert seen[:2] == [(0, 450), (200, 450)]
    assert member_rows(league) == {}


def test_cancel_while_planning(tmp_path: Path, league: LeagueFile, branch_id: int) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", fixed_rows())
    with pytest.raises(ImportCancelled):
        plan(league, path, branch_id, cancelled=lambda: True)


def test_the_roster_rules_apply_to_every_row(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    """The same checks and words as the member form: here, joining at 11 and a 发展团员编号
    that does not start with the year of joining."""
    rows = fixed_rows()
    rows[1][5] = "2011-05"  # 陈晨, born 2000-03: 11 years old
    rows[0] = [*HEADERS[:10], "发展团员编号"]
    for row in rows[1:]:
        if len(row) > 10:
            row[10] = ""
    rows[2][10] = "201812345678"  # 林雪 joined in 2017
    result = plan(league, write_xlsx(tmp_path / "r.xlsx", rows), branch_id)
    found = [(p.row, p.column_letter, p.issue.code, p.issue.severity) for p in result.problems()]
    assert (2, "F", "age_at_join", Severity.WARNING) in found  # before 2017: a warning
    assert (3, "K", "development_no_year", Severity.ERROR) in found
    [year] = [p for p in result.problems() if p.issue.code == "development_no_year"]
    assert issue_text(year.issue) == members_text(year.issue)
    assert "前4位应为入团年份 2017" in issue_text(year.issue)
    # No 发展团员编号 for the others, who joined from 2017 on: an error in a column that is there.
    assert (5, "K", "development_no_missing", Severity.ERROR) in found


def members_text(issue: object) -> str:
    from leaguedesk.messages.members import issue_text as roster_text

    return roster_text(issue)  # type: ignore[arg-type]


def test_members_missing_a_column_are_imported_with_a_mark(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    rows = [["姓名", "身份证号码"], list(PEOPLE[0][:2])]
    result = plan(league, write_xlsx(tmp_path / "r.xlsx", rows), branch_id)
    assert not result.has_errors
    assert list(result.problems()) == []  # said once for the sheet, not on every row
    assert result.deferred == {"joined_on": 1}
    [member_id] = apply_import(league, result).member_ids
    member = members.get_member(league, member_id)
    assert member.warnings == ("required",) and member.joined_on is None
    assert member.sex == "男" and member.birth_date == "2000-03-04"


def test_a_mapping_made_by_hand_is_remembered(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", fixed_rows())
    first = plan(league, path, branch_id)
    assert not first.mapping_reused
    by_hand = first.mapping.with_column(10, "group_id")  # 所在班级 → 团小组
    apply_import(league, plan(league, path, branch_id, mapping=by_hand))
    assert league.db.execute("SELECT count(*) FROM league_groups").fetchone()[0] == 3

    newcomer = [
        1,
        "新同学",
        "女",
        idcard.make("440106", dt.date(2005, 9, 9), 22),
        "",
        "2021-05",
        "",
        "",
        "",
        "",
        "四班",
    ]
    again = write_xlsx(tmp_path / "next-term.xlsx", [HEADERS, newcomer])
    second = plan(league, again, branch_id)
    assert second.mapping_reused
    assert second.mapping.field_columns["group_id"] == 10
    assert second.rows[0].values["group_name"] == "四班"


def test_an_ignored_column_stays_ignored(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", fixed_rows())
    mapping = plan(league, path, branch_id).mapping.with_column(10, IGNORE)
    assert mapping.unknown == []
    result = plan(league, path, branch_id, mapping=mapping)
    assert result.rows[0].values["group_name"] is None


def test_progress_is_reported_while_planning(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", fixed_rows())
    seen: list[tuple[int, int]] = []
    plan(league, path, branch_id, progress=lambda done, total: seen.append((done, total)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] > 0


def test_a_repeated_header_row_is_skipped(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    rows = [
        ["姓名", "身份证号码"],
        list(PEOPLE[0][:2]),
        ["姓名", "身份证号码"],
        list(PEOPLE[1][:2]),
    ]
    result = plan(league, write_xlsx(tmp_path / "r.xlsx", rows), branch_id)
    assert result.counts.rows_read == 2 and result.repeated_headers == 1


def test_checking_the_sheet_just_shown_does_not_read_the_file_again(
    tmp_path: Path, league: LeagueFile, branch_id: int, monkeypatch
) -> None:
    from leaguedesk.exchange import importing

    source = write_xlsx(tmp_path / "a.xlsx", [["姓名", "身份证号码"], list(PEOPLE[0][:2])])
    head = importing.read_head(source)

    def no_second_read(*_args, **_kwargs):
        raise AssertionError("read again")

    with monkeypatch.context() as patch:
        patch.setattr(importing, "read_table", no_second_read)
        first = plan_import(league, source, branch_id=branch_id, head=head)
        again = plan_import(league, source, branch_id=branch_id, head=head)  # back and next
    assert (
        [r.values["name"] for r in first.rows]
        == [r.values["name"] for r in again.rows]
        == [PEOPLE[0][0]]
    )


def test_a_sheet_changed_since_it_was_shown_is_read_again(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    from leaguedesk.exchange import importing

    source = write_xlsx(tmp_path / "a.xlsx", [["姓名", "身份证号码"], list(PEOPLE[0][:2])])
    head = importing.read_head(source)
    write_xlsx(source, [["姓名", "身份证号码"], list(PEOPLE[0][:2]), list(PEOPLE[1][:2])])
    plan = plan_import(league, source, branch_id=branch_id, head=head)
    assert [r.values["name"] for r in plan.rows] == [PEOPLE[0][0], PEOPLE[1][0]]


def test_a_web_export_imports_with_every_digit_of_the_ids(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    from tests.exchange.test_readers import web_export

    result = plan(league, web_export(tmp_path / "导出.xls", encoding="utf-8"), branch_id)
    # Two branches in the page: the third person is of 2023级2班, left for its own import.
    assert [(p.row, p.issue.code) for p in result.problems()] == [(5, IssueCode.OTHER_BRANCH)]
    assert result.rows[2].action is Action.OTHER_BRANCH and not result.has_errors
    apply_import(league, result)
    stored = member_rows(league)
    assert {number: stored[number]["name"] for number in stored} == {
        PEOPLE[i][1]: PEOPLE[i][0] for i in range(2)
    }  # the second under the merged cell
    assert {stored[number]["joined_on"] for number in stored} == {"2019-05"}


def test_a_row_naming_this_branch_without_its_closing_tuanzhibu_is_this_branchs(
    tmp_path: Path, league: LeagueFile, branch_id: int
) -> None:
    source = write_xlsx(
        tmp_path / "团委.xlsx",
        [
            ["所在团支部", "姓名", "身份证号码"],
            ["2023级1班", PEOPLE[0][0], PEOPLE[0][1]],
            ["2023级2班团支部", PEOPLE[1][0], PEOPLE[1][1]],
        ],
    )
    result = plan(league, source, branch_id)
    assert [r.action for r in result.rows] == [Action.CREATE, Action.OTHER_BRANCH]

"""Many members at once (imports): the same checks and records as one, in one transaction."""

import sqlite3

import pytest

from leaguedesk.services import members as ms
from leaguedesk.services import organisation as org
from leaguedesk.services.members import ValidationFailed
from tests.factories import TODAY, member_values


@pytest.fixture
def branch(league):
    return org.create_branch(league, org.BranchFields("一班团支部")).id


def people(count, **overrides):
    return [
        member_values(name=f"团员{n}", serial=n + 1, phone=f"138{n:08d}", **overrides)
        for n in range(count)
    ]


def count(league, table):
    return league.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_a_batch_is_stored_like_single_records(league, branch):
    ids = ms.create_members(league, branch, people(450), today=TODAY, note="从表格导入")
    assert len(ids) == 450 and ids == sorted(ids)
    single = ms.create_member(
        league, branch, member_values(name="张三", serial=480), today=TODAY, note="手工录入"
    )
    batch = ms.get_member(league, ids[7])
    assert (batch.name, batch.name_pinyin, batch.name_initials) == ("团员7", "tuan yuan 7", "ty7")
    assert (single.name_pinyin, single.name_initials) == ("zhang san", "zs")
    assert [h.field for h in ms.history(league, ids[7])] == ["created"]
    assert ms.history(league, ids[7])[0].note == "从表格导入"
    assert count(league, "member_history") == 451


def test_warnings_are_marked_as_for_one_record(league, branch):
    rows = people(2)
    rows[1]["phone"] = "12345678901"
    ids = ms.create_members(league, branch, rows, today=TODAY)
    assert ms.get_member(league, ids[1]).warnings == ("phone_prefix",)
    assert ms.get_member(league, ids[0]).warnings == ()


def test_an_error_in_any_row_keeps_nothing(league, branch):
    rows = people(300)
    rows[250]["sex"] = "女"  # the ID says 男
    with pytest.raises(ValidationFailed) as caught:
        ms.create_members(league, branch, rows, today=TODAY)
    assert caught.value.index == 250
    assert {(i.field, i.code) for i in caught.value.issues if i.is_error} == {
        ("sex", "sex_mismatch")
    }
    assert count(league, "members") == 0 and count(league, "member_history") == 0


def test_the_same_person_twice_in_a_batch_is_refused(league, branch):
    rows = people(2)
    rows[1] = {**rows[0], "name": "又一个"}
    with pytest.raises(sqlite3.IntegrityError):
        ms.create_members(league, branch, rows, today=TODAY)
    assert count(league, "members") == 0


def test_cancel_keeps_nothing_and_progress_is_reported(league, branch):
    seen = []
    with pytest.raises(ms.Cancelled):
        ms.create_members(
            league,
            branch,
            people(450),
            today=TODAY,
            progress=lambda done, total: seen.append((done, total)),
            cancelled=lambda: len(seen) >= 2,
        )
    assert seen == [(0, 450), (200, 450)]
    assert count(league, "members") == 0


def test_groups_named_in_a_batch_are_created_once(league, branch):
    rows = people(3)
    for row, group in zip(rows, ["第一团小组", "第二团小组", "第一团小组"], strict=True):
        row["group_name"] = group
    ids = ms.create_members(league, branch, rows, today=TODAY)
    assert [ms.get_member(league, i).group_name for i in ids] == [
        "第一团小组",
        "第二团小组",
        "第一团小组",
    ]
    assert ms.groups(league, branch) == [(1, "第一团小组"), (2, "第二团小组")]


def test_prepared_members_are_not_checked_twice(league, branch, monkeypatch):
    prepared = [ms.prepare_member(league, branch, row, today=TODAY) for row in people(3)]
    monkeypatch.setattr(ms, "validate_member", lambda *a, **k: pytest.fail("checked again"))
    assert len(ms.create_members(league, branch, prepared, today=TODAY)) == 3


def test_required_fields_of_a_missing_column_may_wait(league, branch):
    row = {k: v for k, v in member_values().items() if k not in ("joined_on", "development_no")}
    strict = ms.prepare_member(league, branch, row, today=TODAY)
    assert {(i.field, i.code) for i in strict.issues if i.is_error} == {("joined_on", "required")}
    lenient = ms.prepare_member(league, branch, row, today=TODAY, absent={"joined_on"})
    assert not lenient.has_errors
    [member_id] = ms.create_members(league, branch, [lenient], today=TODAY)
    assert ms.get_member(league, member_id).warnings == ("required",)


def test_updates_in_a_batch_leave_history(league, branch):
    ids = ms.create_members(league, branch, people(3), today=TODAY)
    changed = ms.update_members(
        league,
        [
            (ids[0], {"phone": "13900000000"}),
            (ids[1], {"workplace": "示范中学", "group_name": "第一团小组"}),
            (ids[2], {"phone": "13800000002"}),
        ],  # unchanged
        today=TODAY,
        note="从表格导入",
    )
    assert changed == [ids[0], ids[1]]
    assert ms.get_member(league, ids[0]).phone == "13900000000"
    second = ms.get_member(league, ids[1])
    assert (second.workplace, second.group_name) == ("示范中学", "第一团小组")
    entries = {(h.field, h.old_value, h.new_value) for h in ms.history(league, ids[1])}
    assert ("workplace", "示范大学", "示范中学") in entries
    assert ("group_id", None, "第一团小组") in entries


def test_status_may_come_with_a_batch_but_not_with_one_record(league, branch):
    [member_id] = ms.create_members(
        league, branch, [{**member_values(), "status": "已转出"}], today=TODAY
    )
    assert ms.get_member(league, member_id).status == "转出"
    with pytest.raises(ValueError, match="status"):
        ms.create_member(league, branch, {**member_values(serial=5), "status": "转出"})


def test_a_batch_update_finds_a_number_held_by_another_member(league, branch):
    first, second = ms.create_members(league, branch, people(2), today=TODAY)
    taken = ms.taken_numbers(league)
    other = ms.get_member(league, second)
    mine = ms.prepare_update(league, first, {"phone": "13900000000"}, today=TODAY, taken=taken)
    assert not mine.has_errors  # its own ID and 编号 need no lookup
    clash = ms.prepare_update(
        league, first, {"development_no": other.development_no}, today=TODAY, taken=taken
    )
    assert [(i.field, i.code) for i in clash.issues if i.is_error] == [
        ("development_no", "development_no_duplicate")
    ]
    with pytest.raises(ValidationFailed):
        ms.update_members(league, [clash], today=TODAY)


def test_an_update_that_repeats_the_stored_record_is_not_checked_again(league, branch):
    member = ms.create_member(league, branch, member_values(), today=TODAY)
    typed = {
        "name": " 张 三",
        "id_number": member.id_number.lower(),
        "phone": "１３８００１３８０００",
        "joined_on": "2019年5月",
        "ethnicity": "汉",
        "group_name": None,
    }
    same = ms.unchanged_update(member, typed)  # cleaned as saving cleans: all as stored
    assert same is not None and not same.changed and same.group_name is None
    assert same.result.values == ms.prepare_update(league, member.id, typed).result.values
    assert same.issues == ()
    assert ms.unchanged_update(member, {**typed, "phone": "13900139000"}) is None
    assert ms.unchanged_update(member, {"group_name": "第一小组"}) is None


def test_a_stored_record_missing_what_its_id_gives_is_checked_in_full(league, branch):
    member = ms.create_member(league, branch, member_values(), today=TODAY)
    league.db.execute("UPDATE members SET birth_date = NULL WHERE id = ?", [member.id])
    member = ms.get_member(league, member.id)
    assert ms.unchanged_update(member, {"name": "张三"}) is None  # saving would fill it in
    assert ms.prepare_update(league, member.id, {"name": "张三"}).changed == {
        "birth_date": "2004-03-10"
    }

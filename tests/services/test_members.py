"""The members service on real league files: records, history, transfers, leaving, discipline."""

import datetime as dt

import pytest

from leaguedesk.core import dates
from leaguedesk.core.issues import Severity
from leaguedesk.core.validation import Rules
from leaguedesk.messages.members import issue_text
from leaguedesk.services import members as ms
from leaguedesk.services import organisation as org
from leaguedesk.services.members import MemberNotFound, ValidationFailed
from tests.factories import TODAY, member_values


@pytest.fixture
def branches(league):
    one = org.create_branch(league, org.BranchFields("一班团支部"))
    two = org.create_branch(league, org.BranchFields("二班团支部"))
    return one.id, two.id


def create(league, branch_id, **values):
    return ms.create_member(league, branch_id, member_values(**values), today=TODAY)


def refused(call, *args, **kwargs):
    with pytest.raises(ValidationFailed) as caught:
        call(*args, **kwargs)
    return {(i.field, i.code) for i in caught.value.issues if i.is_error}, caught.value.issues


def count(league, table):
    return league.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


# ------------------------------------------------------------------------------- create, read


def test_a_created_member_reads_back_with_pinyin_keys_and_a_history_entry(league, branches):
    member = create(league, branches[0], name="张三")
    assert ms.get_member(league, member.id) == member
    assert (member.branch_name, member.status, member.warnings) == ("一班团支部", "正常", ())
    assert (member.name_pinyin, member.name_initials) == ("zhang san", "zs")
    assert member.masked_id.startswith("4401") and "*" in member.masked_id
    [entry] = ms.history(league, member.id)
    assert (entry.field, entry.field_label, entry.new_value) == ("created", "新建记录", "张三")


def test_typed_values_are_stored_cleaned(league, branches):
    values = member_values(birth_date="", sex="")
    values.update(
        id_number=values["id_number"].lower(),
        phone="+86 138 0013 8000",
        joined_on="2019年5月",
        political_status="团员",
    )
    member = ms.create_member(league, branches[0], values, today=TODAY)
    assert (member.birth_date, member.sex) == ("2004-03-10", "男")  # read from the ID
    assert (member.phone, member.joined_on, member.political_status) == (
        "13800138000",
        "2019-05",
        "共青团员",
    )


def test_errors_block_saving_and_nothing_is_written(league, branches):
    errors, issues = refused(create, league, branches[0], sex="女", phone="12345")
    assert errors == {("sex", "sex_mismatch"), ("phone", "phone_length")}
    assert count(league, "members") == 0
    assert "性别与公民身份号码不符" in issue_text(issues[0])


def test_warnings_are_saved_as_marks_and_listed_for_follow_up(league, branches):
    member = create(league, branches[0], phone="12345678901")
    assert member.warnings == ("phone_prefix",)
    [(listed, issues)] = ms.members_with_warnings(league, branches[0], today=TODAY)
    assert listed.id == member.id
    assert [(i.code, i.severity) for i in issues] == [("phone_prefix", Severity.WARNING)]


def test_unknown_members_and_fields_are_reported(league, branches):
    with pytest.raises(MemberNotFound):
        ms.get_member(league, 999)
    with pytest.raises(ValueError, match="status"):
        ms.create_member(league, branches[0], {**member_values(), "status": "转出"})


# ------------------------------------------------------------------------------- uniqueness


def test_the_same_id_in_another_branch_is_reported_as_a_transfer(league, branches):
    first = create(league, branches[0], name="李四")
    errors, issues = refused(create, league, branches[1], name="李四", serial=12)
    assert ("id_number", "id_in_other_branch") in errors
    issue = next(i for i in issues if i.code == "id_in_other_branch")
    assert issue.params["branch"] == "一班团支部"
    assert issue.params["member_id"] == first.id
    text = issue_text(issue)
    assert "一班团支部" in text and "转出" in text


def test_the_same_id_in_the_same_branch_is_a_duplicate(league, branches):
    create(league, branches[0])
    errors, _ = refused(create, league, branches[0], development_no="201900000099")
    assert errors == {("id_number", "id_duplicate")}


def test_a_development_number_is_used_once_in_the_file(league, branches):
    create(league, branches[0], serial=1, development_no="201900000001")
    errors, issues = refused(create, league, branches[1], serial=2, development_no="201900000001")
    assert errors == {("development_no", "development_no_duplicate")}
    assert issues[-1].params["branch"] == "一班团支部"


def test_live_check_reports_file_rules_and_ignores_the_record_itself(league, branches):
    member = create(league, branches[0], serial=1)
    assert ms.check(league, {"phone": "139 0000 0000"}, member_id=member.id, today=TODAY) == []
    other = member_values(serial=1)
    found = {(i.field, i.code) for i in ms.check(league, other, branch_id=branches[1], today=TODAY)}
    assert found == {
        ("id_number", "id_in_other_branch"),
        ("development_no", "development_no_duplicate"),
    }


# ------------------------------------------------------------------------------- edits, history


def test_an_edit_logs_one_history_row_per_changed_field_newest_first(league, branches):
    member = create(league, branches[0])
    group = ms.create_group(league, branches[0], "第一团小组")
    updated = ms.update_member(
        league,
        member.id,
        {"phone": "13900000000", "group_id": group, "workplace": "示范大学"},
        today=TODAY,
        note="本人申请",
    )
    assert (updated.phone, updated.group_name) == ("13900000000", "第一团小组")
    entries = ms.history(league, member.id)
    # one row per field, in field order, newest first
    assert [e.field_label for e in entries[:2]] == ["团小组", "手机号码"]
    assert len(entries) == 3  # created + two changed fields (workplace was unchanged)
    phone = next(e for e in entries if e.field == "phone")
    assert (phone.old_value, phone.new_value, phone.note) == (
        "13800138000",
        "13900000000",
        "本人申请",
    )
    group_entry = next(e for e in entries if e.field == "group_id")
    assert (group_entry.old_value, group_entry.new_value) == (None, "第一团小组")
    assert entries[-1].field == "created"


def test_saving_without_changes_writes_nothing(league, branches):
    member = create(league, branches[0])
    assert ms.update_member(league, member.id, {"phone": "138 0013 8000"}, today=TODAY) == member
    assert len(ms.history(league, member.id)) == 1


def test_renaming_recomputes_the_pinyin_keys(league, branches):
    member = create(league, branches[0], name="张三")
    renamed = ms.update_member(league, member.id, {"name": "曾小明"}, today=TODAY)
    assert (renamed.name_pinyin, renamed.name_initials) == ("zeng xiao ming", "zxm")


def test_an_edit_with_errors_changes_nothing(league, branches):
    member = create(league, branches[0])
    errors, _ = refused(ms.update_member, league, member.id, {"joined_on": "2030-01"}, today=TODAY)
    assert ("joined_on", "date_future") in errors
    assert ms.get_member(league, member.id) == member


def test_warnings_are_recomputed_on_edit(league, branches):
    member = create(league, branches[0], phone="12345678901")
    fixed = ms.update_member(league, member.id, {"phone": "13800138000"}, today=TODAY)
    assert fixed.warnings == ()
    assert ms.members_with_warnings(league, None, today=TODAY) == []


def test_a_group_of_another_branch_is_refused(league, branches):
    other = ms.create_group(league, branches[1], "第一团小组")
    errors, _ = refused(create, league, branches[0], group_id=other)
    assert errors == {("group_id", "group_other_branch")}
    assert ms.groups(league, branches[1]) == [(other, "第一团小组")]
    errors, _ = refused(ms.create_group, league, branches[1], " 第一团小组 ")
    assert errors == {("group_name", "group_name_taken")}


# ------------------------------------------------------------------------------- leaving


def test_transfer_out_and_back_in_to_another_branch(league, branches):
    member = create(league, branches[0])
    out = ms.change_status(
        league,
        member.id,
        "转出",
        effective_on="2026-06-01",
        reason="升学",
        decided_by="支部委员会",
        destination="示范大学研究生团支部",
        today=TODAY,
    )
    assert (out.status, out.status_since) == ("转出", "2026-06-01")
    back = ms.change_status(
        league,
        member.id,
        "转入",
        effective_on="2026-06-10",
        reason="就业",
        decided_by="二班团支部接收",
        destination="示范大学研究生团支部",
        to_branch_id=branches[1],
        today=TODAY,
    )
    assert (back.status, back.branch_name) == ("正常", "二班团支部")
    changes = ms.status_changes(league, member.id)
    assert [(c.status, c.effective_on) for c in changes] == [
        ("转入", "2026-06-10"),
        ("转出", "2026-06-01"),
    ]
    fields = [e.field for e in ms.history(league, member.id)]
    assert fields.count("status") == 2 and "branch_id" in fields
    moved = next(e for e in ms.history(league, member.id) if e.field == "branch_id")
    assert (moved.old_value, moved.new_value) == ("一班团支部", "二班团支部")


def test_status_changes_follow_the_lifecycle_rules(league, branches):
    member = create(league, branches[0])
    errors, _ = refused(
        ms.change_status,
        league,
        member.id,
        "转出",
        effective_on="2026-06-01",
        reason="升学",
        decided_by="",
        today=TODAY,
    )
    assert errors == {("decided_by", "required"), ("destination", "required")}
    errors, _ = refused(
        ms.change_status,
        league,
        member.id,
        "开除团籍",
        effective_on="2026-06-01",
        reason="x",
        decided_by="支部大会",
        today=TODAY,
    )
    assert errors == {("status", "status_use_discipline")}
    assert ms.get_member(league, member.id).status == "正常"
    assert ms.status_changes(league, member.id) == []


def test_a_member_arriving_by_transfer_is_recorded_as_such(league, branches):
    arrival = ms.StatusChangeRequest(
        effective_on="2026-06-01", reason="就业", decided_by="支部委员会", destination="某大学团委"
    )
    member = ms.create_member(league, branches[0], member_values(), today=TODAY, arrival=arrival)
    [change] = ms.status_changes(league, member.id)
    assert (change.status, change.destination) == ("转入", "某大学团委")
    assert member.status_since == "2026-06-01"


# ------------------------------------------------------------------------------- discipline


def test_probation_and_lifting_it(league, branches):
    member = create(league, branches[0])
    record_id = ms.add_discipline(
        league,
        member.id,
        "留团察看",
        decided_on="2026-03-01",
        reason="多次无故缺席组织生活",
        decided_by="支部大会",
        today=TODAY,
    )
    assert not ms.in_good_standing(league, member.id)
    ms.lift_discipline(league, record_id, lifted_on="2026-06-01", note="表现良好", today=TODAY)
    assert ms.in_good_standing(league, member.id)
    [record] = ms.discipline_records(league, member.id)
    assert (record.level, record.lifted_on) == ("留团察看", "2026-06-01")
    assert [e.field for e in ms.history(league, member.id)][:2] == ["discipline", "discipline"]


def test_removal_from_post_clears_the_post(league, branches):
    member = create(league, branches[0], league_post="宣传委员", post_since="2025-09", is_cadre=1)
    ms.add_discipline(
        league, member.id, "撤销团内职务", decided_on="2026-06-01", reason="失职", today=TODAY
    )
    after = ms.get_member(league, member.id)
    assert (after.league_post, after.post_since, after.is_cadre) == ("", None, False)
    post = next(e for e in ms.history(league, member.id) if e.field == "league_post")
    assert (post.old_value, post.note) == ("宣传委员", "撤销团内职务")


def test_expulsion_ends_membership_and_needs_the_decision(league, branches):
    member = create(league, branches[0])
    errors, _ = refused(
        ms.add_discipline,
        league,
        member.id,
        "开除团籍",
        decided_on="2026-06-01",
        reason="严重违纪",
        today=TODAY,
    )
    assert errors == {("decided_by", "required")}
    ms.add_discipline(
        league,
        member.id,
        "开除团籍",
        decided_on="2026-06-01",
        reason="严重违纪",
        decided_by="支部大会决定，区团委批准",
        today=TODAY,
    )
    after = ms.get_member(league, member.id)
    assert (after.status, after.status_since) == ("开除团籍", "2026-06-01")
    assert [c.status for c in ms.status_changes(league, member.id)] == ["开除团籍"]
    assert not ms.in_good_standing(league, member.id)


# ------------------------------------------------------------------------------- deleting


def test_delete_needs_the_members_name(league, branches):
    member = create(league, branches[0], name="王五")
    ms.update_member(league, member.id, {"phone": "13900000000"}, today=TODAY)
    errors, issues = refused(ms.delete_member, league, member.id, confirm_name="王六")
    assert errors == {("name", "delete_confirm_name")}
    assert "王五" in issue_text(issues[0])
    assert ms.get_member(league, member.id)
    ms.delete_member(league, member.id, confirm_name=" 王五 ")
    with pytest.raises(MemberNotFound):
        ms.get_member(league, member.id)
    assert count(league, "member_history") == 0


# ------------------------------------------------------------------------------- alerts, rules


def test_turning_28_alerts_skip_post_holders_and_members_who_left(league, branches):
    soon = create(
        league,
        branches[0],
        name="甲",
        serial=1,
        birth=dt.date(1998, 9, 1),
        joined_on="2013-05",
        development_no="",
    )
    create(
        league,
        branches[0],
        name="乙",
        serial=2,
        birth=dt.date(1998, 9, 2),
        joined_on="2013-05",
        development_no="",
        league_post="书记",
        post_since="2025-09",
    )
    left = create(
        league,
        branches[0],
        name="丙",
        serial=3,
        birth=dt.date(1998, 9, 3),
        joined_on="2013-05",
        development_no="",
    )
    ms.change_status(
        league,
        left.id,
        "自愿退团",
        effective_on="2026-06-01",
        reason="本人申请",
        decided_by="支部大会",
        today=TODAY,
    )
    past = create(
        league,
        branches[1],
        name="丁",
        serial=4,
        birth=dt.date(1997, 1, 2),
        joined_on="2012-05",
        development_no="",
    )
    create(
        league,
        branches[0],
        name="戊",
        serial=5,
        birth=dt.date(1999, 1, 1),
        joined_on="2014-05",
        development_no="",
    )
    found = ms.alerts(league, None, today=TODAY, months_before_28=6)
    assert [(a.member_id, a.kind) for a in found] == [
        (past.id, "turning_28"),
        (soon.id, "turning_28"),
    ]
    assert found[0].detail["overdue"] and found[0].detail["branch"] == "二班团支部"
    assert found[1].detail == {
        **found[1].detail,
        "birthday": "2026-09-01",
        "days_left": 78,
        "overdue": False,
        "age": 27,
    }
    assert [a.member_id for a in ms.alerts(league, branches[0], today=TODAY)] == [soon.id]
    assert ms.alerts(league, branches[0], today=TODAY, months_before_28=2) == []


def test_alerts_on_demo_data_follow_the_rule(demo_league):
    today = dt.date.today()
    found = ms.alerts(demo_league, None, today=today, months_before_28=12)
    assert found
    for alert in found:
        member = ms.get_member(demo_league, alert.member_id)
        assert member.active and not member.holds_post
        assert alert.detail["birthday"] <= dates.add_months(today, 12).isoformat()


def test_rule_settings_change_the_checks(league, branches):
    values = member_values(
        birth=dt.date(1990, 1, 10), joined_on="2019-03", development_no="201900000012"
    )
    errors, _ = refused(ms.create_member, league, branches[0], values, today=TODAY)
    assert errors == {("joined_on", "age_at_join")}
    ms.save_rules(league, Rules(join_age_max=30))
    assert ms.load_rules(league).join_age_max == 30
    assert ms.create_member(league, branches[0], values, today=TODAY).warnings == ()


@pytest.mark.parametrize("column", ["id_number", "development_no"])
def test_uniqueness_lookups_use_the_index(league, column):
    """Checked on every keystroke: must stay a lookup, not a scan of 100,000 rows."""
    from leaguedesk.storage import members as store

    statements = []
    league.db.conn.set_trace_callback(statements.append)
    try:
        store.holders(league.db, column, "201900000001", None)
    finally:
        league.db.conn.set_trace_callback(None)
    [sql] = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    plan = [row[3] for row in league.db.execute("EXPLAIN QUERY PLAN " + sql)]
    assert any(f"USING INDEX members_{column}" in step for step in plan), plan


def test_values_outside_the_lists_are_refused_before_storing(league, branches):
    errors, _ = refused(create, league, branches[0], is_cadre="也许", ethnicity="火星族")
    assert errors == {("is_cadre", "choice_invalid"), ("ethnicity", "choice_invalid")}
    member = create(league, branches[0])
    errors, _ = refused(ms.update_member, league, member.id, {"is_cadre": "也许"}, today=TODAY)
    assert errors == {("is_cadre", "choice_invalid")}

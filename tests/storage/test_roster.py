"""The roster query layer: search by name, pinyin, initials, ID tail and phone; filters; order."""

from __future__ import annotations

import datetime as dt

import pytest

from leaguedesk.core import idcard, pinyin
from leaguedesk.storage import roster
from leaguedesk.storage.roster import RosterQuery

TODAY = dt.date(2026, 6, 1)


def _add(
    league,
    branch_id: int,
    name: str,
    *,
    birth: str = "2004-05-06",
    sequence: int = 11,
    phone: str = "",
    status: str = "正常",
    political: str = "共青团员",
    cadre: int = 0,
    joined: str = "2019-05",
    group_id: int | None = None,
    area: str = "440106",
) -> int:
    born = dt.date.fromisoformat(birth)
    with league.transaction() as db:
        cursor = db.execute(
            "INSERT INTO members(branch_id, name, name_pinyin, name_pinyin_compact, "
            "name_initials, id_number, sex, birth_date, political_status, joined_on, phone, "
            "status, is_cadre, group_id) VALUES (?, ?, ?, ?, ?, ?, '男', ?, ?, ?, ?, ?, ?, ?)",
            [
                branch_id,
                name,
                pinyin.sort_key(name),
                pinyin.sort_key(name).replace(" ", ""),
                pinyin.initials(name),
                idcard.make(area, born, sequence),
                birth,
                political,
                joined,
                phone,
                status,
                cadre,
                group_id,
            ],
        )
        return int(cursor.lastrowid)


@pytest.fixture
def people(league):
    """Two branches, a 团小组, and members whose names test pinyin order and search."""
    with league.transaction() as db:
        one = int(db.execute("INSERT INTO branches(name) VALUES ('一班团支部')").lastrowid)
        two = int(db.execute("INSERT INTO branches(name) VALUES ('二班团支部')").lastrowid)
        group = int(
            db.execute(
                "INSERT INTO league_groups(branch_id, name) VALUES (?, '第一团小组')", [one]
            ).lastrowid
        )
    ids = {
        "张三": _add(league, one, "张三", phone="13812345678", sequence=11, group_id=group),
        "李四": _add(
            league,
            one,
            "李四",
            birth="2000-01-10",
            sequence=13,
            cadre=1,
            political="中共党员",
            joined="2014-05",
        ),
        "王五": _add(league, one, "王五", birth="2010-02-03", sequence=15, joined="2024-05"),
        "单雄信": _add(league, two, "单雄信", sequence=17, phone="13998761234"),
        "曾小贤": _add(league, two, "曾小贤", sequence=19, status="转出"),
        "张珊珊": _add(league, two, "张珊珊", birth="1999-03-04", sequence=21, group_id=None),
    }
    return {"branches": (one, two), "group": group, "ids": ids}


def _names(league, query: RosterQuery) -> list[str]:
    ids = roster.member_ids(league, query, today=TODAY)
    rows = roster.fetch_rows(league, ids, ["name"])
    return [rows[i].cells["name"] for i in ids]


def test_default_roster_is_active_members_in_pinyin_order(league, people):
    # li < shan < wang < zhang san < zhang shan shan; 曾 (转出) is not on the active roster.
    assert _names(league, RosterQuery()) == ["李四", "单雄信", "王五", "张三", "张珊珊"]


def test_surnames_with_special_readings_sort_by_their_surname_reading(league, people):
    names = _names(league, RosterQuery(statuses=()))
    assert names == ["李四", "单雄信", "王五", "曾小贤", "张三", "张珊珊"]
    assert _names(league, RosterQuery(statuses=(), descending=True)) == names[::-1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("张", ["张三", "张珊珊"]),
        ("张三", ["张三"]),
        ("zs", ["张三", "张珊珊"]),
        ("ZS", ["张三", "张珊珊"]),
        ("zss", ["张珊珊"]),
        ("zhangsan", ["张三"]),
        ("zhangs", ["张三", "张珊珊"]),
        ("zhang", ["张三", "张珊珊"]),
        ("xiongxin", ["单雄信"]),
        ("shan", ["单雄信", "张珊珊"]),
        ("sxx", ["单雄信"]),
        ("5678", ["张三"]),
        ("1399876", ["单雄信"]),
        ("张 zss", ["张珊珊"]),
        ("", ["李四", "单雄信", "王五", "张三", "张珊珊"]),
        ("赵", []),
        ("%", []),
    ],
)
def test_search_matches_name_pinyin_initials_and_phone(league, people, text, expected):
    assert _names(league, RosterQuery(search=text)) == expected


def test_search_by_id_tail(league, people):
    number = league.db.execute("SELECT id_number FROM members WHERE name = '王五'").fetchone()[0]
    for tail in (number[-4:], number[-6:], number[-6:].lower()):
        assert _names(league, RosterQuery(search=tail)) == ["王五"]
    assert _names(league, RosterQuery(search=number)) == ["王五"]
    # The middle of an ID (the birth date) is not a tail: no match on 4 digits there.
    assert "王五" not in _names(league, RosterQuery(search=number[6:10]))


def test_filters(league, people):
    one, two = people["branches"]
    assert _names(league, RosterQuery(branch_id=two)) == ["单雄信", "张珊珊"]
    assert _names(league, RosterQuery(group_id=people["group"])) == ["张三"]
    assert _names(league, RosterQuery(political_status="中共党员")) == ["李四"]
    assert _names(league, RosterQuery(is_cadre=True)) == ["李四"]
    assert "李四" not in _names(league, RosterQuery(is_cadre=False))
    assert _names(league, RosterQuery(statuses=roster.LEFT_STATUSES)) == ["曾小贤"]
    assert _names(league, RosterQuery(branch_id=one, search="zs")) == ["张三"]


def test_age_band_counts_whole_years_on_the_day(league, people):
    # On 2026-06-01: 张三 2004-05-06 → 22; 李四 2000-01-10 → 26; 王五 2010-02-03 → 16;
    # 张珊珊 1999-03-04 → 27.
    assert _names(league, RosterQuery(min_age=26)) == ["李四", "张珊珊"]
    assert _names(league, RosterQuery(max_age=16)) == ["王五"]
    assert _names(league, RosterQuery(min_age=22, max_age=26)) == ["李四", "单雄信", "张三"]
    birthday = dt.date(2026, 5, 6)  # 张三 turns 22 that day
    ids = roster.member_ids(league, RosterQuery(min_age=22, max_age=22), today=birthday)
    assert people["ids"]["张三"] in ids
    day_before = roster.member_ids(
        league, RosterQuery(min_age=22, max_age=22), today=birthday - dt.timedelta(days=1)
    )
    assert people["ids"]["张三"] not in day_before


def test_sort_by_age_joined_and_other_columns(league, people):
    # 单雄信 and 张三 share a birthday: the tie goes by name in pinyin order.
    assert _names(league, RosterQuery(sort="age")) == ["王五", "单雄信", "张三", "李四", "张珊珊"]
    assert _names(league, RosterQuery(sort="age", descending=True))[0] == "张珊珊"
    assert _names(league, RosterQuery(sort="joined_on"))[:1] == ["李四"]
    assert _names(league, RosterQuery(sort="joined_on", descending=True))[0] == "王五"
    # Empty values go last whichever way: only 张三 has a 团小组.
    assert _names(league, RosterQuery(sort="group_id"))[0] == "张三"
    assert _names(league, RosterQuery(sort="group_id", descending=True))[0] == "张三"
    assert _names(league, RosterQuery(sort="political_status"))[-1] == "李四"
    assert _names(league, RosterQuery(sort="no_such_column"))[0] == "李四"


def test_count_matches_the_id_list(league, people):
    for query in (RosterQuery(), RosterQuery(search="zs"), RosterQuery(statuses=())):
        assert roster.count(league, query, today=TODAY) == len(
            roster.member_ids(league, query, today=TODAY)
        )
    assert roster.total_active(league) == 5


def test_rows_are_fetched_in_pages_with_only_the_columns_asked_for(demo_league):
    ids = roster.member_ids(demo_league, RosterQuery(statuses=()))
    assert len(ids) == 60
    page = roster.fetch_rows(demo_league, ids[20:40], ["name", "group_id", "branch", "age"])
    assert sorted(page) == sorted(ids[20:40])
    row = page[ids[20]]
    assert set(row.cells) == {"name", "group_id", "branch", "age"}
    assert row.cells["branch"]
    everything = roster.fetch_rows(demo_league, ids, roster.COLUMN_KEYS)
    assert len(everything) == 60


def test_warnings_are_read_in_either_stored_form():
    assert roster.parse_warnings("") == ()
    assert roster.parse_warnings("age_at_join,phone_prefix") == ("age_at_join", "phone_prefix")
    assert roster.parse_warnings('["age_at_join"]') == ("age_at_join",)


def test_search_uses_the_roster_index(league, people):
    args: list[object] = []
    where = roster._where(RosterQuery(search="zs"), TODAY, args)
    plan = " ".join(
        row[3]
        for row in league.db.execute(
            f"EXPLAIN QUERY PLAN SELECT m.id FROM members m WHERE {where} "
            "ORDER BY m.name_pinyin, m.name, m.id",
            args,
        )
    )
    assert "COVERING INDEX members_roster" in plan
    assert "TEMP B-TREE" not in plan


def test_pinyin_without_spaces_follows_renames(league, people):
    member_id = people["ids"]["王五"]
    with league.transaction() as db:  # however a writer renames, the search key follows
        db.execute(
            "UPDATE members SET name = '欧阳明', name_pinyin = ? WHERE id = ?",
            [pinyin.sort_key("欧阳明"), member_id],
        )
    assert _names(league, RosterQuery(search="ouyangming")) == ["欧阳明"]
    assert _names(league, RosterQuery(search="wangwu")) == []


def test_last_registered_year_column_reads_closed_registration_rounds(demo_league):
    from leaguedesk.storage.roster import LAST_REGISTERED

    rounds = demo_league.db.execute(
        "SELECT year FROM registration_rounds WHERE status = 'closed'"
    ).fetchall()
    assert rounds, "the demo keeps last year's registration"
    year = rounds[0][0]
    ids = roster.member_ids(demo_league, RosterQuery(sort=LAST_REGISTERED, descending=True))
    rows = roster.fetch_rows(demo_league, ids, [LAST_REGISTERED])
    years = [rows[i].cells[LAST_REGISTERED] for i in ids]
    assert years[0] == year
    assert years == sorted(years, key=lambda y: (y is None, -(y or 0)))


def test_members_written_by_the_service_and_the_demo_have_the_compact_search_key(
    league, demo_league
):
    from leaguedesk.services import members as ms
    from leaguedesk.services import organisation as org
    from tests.factories import TODAY, member_values

    branch = org.create_branch(league, org.BranchFields("二班团支部")).id
    ms.create_member(league, branch, member_values(name="欧阳明", serial=3), today=TODAY)
    ms.create_members(league, branch, [member_values(name="司马光", serial=5)], today=TODAY)
    assert _names(league, RosterQuery(search="ouyangming")) == ["欧阳明"]
    assert _names(league, RosterQuery(search="simaguang")) == ["司马光"]
    stale = (
        "SELECT count(*) FROM members WHERE name_pinyin_compact != replace(name_pinyin, ' ', '')"
    )
    assert demo_league.db.execute(stale).fetchone()[0] == 0
    assert demo_league.db.execute("SELECT count(*) FROM members").fetchone()[0] > 0

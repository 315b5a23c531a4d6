"""A small branch with known members, 团小组, posts, IDs and phones, for printing tests.

Active members in pinyin order: 陈静 李娜 欧阳晨 单丽 王芳 曾小凡 张伟 赵磊 (单 reads shàn,
曾 reads zēng as surnames). 刘洋 has transferred out and 周杰 has aged out: neither is expected.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from leaguedesk.core import idcard, pinyin
from leaguedesk.storage.leaguefile import LeagueFile

BRANCH = "一班团支部"
BRANCH_FULL = "示范中学高一（1）班团支部"
GROUPS = ("第一团小组", "第二团小组")

# name, group index (None: no group), post, status
MEMBERS = (
    ("张伟", 0, "书记", "正常"),
    ("李娜", 1, "副书记", "正常"),
    ("王芳", 0, "组织委员", "正常"),
    ("赵磊", 1, "", "正常"),
    ("陈静", 0, "", "正常"),
    ("曾小凡", None, "", "正常"),
    ("欧阳晨", 1, "宣传委员", "正常"),
    ("单丽", 0, "团小组长", "正常"),
    ("刘洋", 1, "", "转出"),
    ("周杰", 1, "", "超龄离团"),
)
PINYIN_ORDER = ("陈静", "李娜", "欧阳晨", "单丽", "王芳", "曾小凡", "张伟", "赵磊")
COMMITTEE = ("李娜", "欧阳晨", "王芳", "张伟")
FIRST_GROUP = ("陈静", "单丽", "王芳", "张伟")
GONE = ("刘洋", "周杰")
OTHER_BRANCH_MEMBER = "孙悦"


@dataclass(frozen=True)
class SampleBranch:
    branch_id: int
    group_ids: tuple[int, ...]
    id_numbers: tuple[str, ...]
    phones: tuple[str, ...]


def add_sample_branch(league: LeagueFile) -> SampleBranch:
    ids: list[str] = []
    phones: list[str] = []
    with league.transaction() as db:
        branch_id = int(
            db.execute(
                "INSERT INTO branches(name, full_name) VALUES (?, ?)", [BRANCH, BRANCH_FULL]
            ).lastrowid
            or 0
        )
        other_id = int(
            db.execute("INSERT INTO branches(name) VALUES ('二班团支部')").lastrowid or 0
        )
        group_ids = tuple(
            int(
                db.execute(
                    "INSERT INTO league_groups(branch_id, name) VALUES (?, ?)", [branch_id, name]
                ).lastrowid
                or 0
            )
            for name in GROUPS
        )
        people = [(branch_id, *m) for m in MEMBERS] + [
            (other_id, OTHER_BRANCH_MEMBER, None, "", "正常")
        ]
        for number, (owner, name, group, post, status) in enumerate(people, 1):
            birth = dt.date(2008, 1 + number % 12, 1 + number)
            id_number = idcard.make("110101", birth, 100 + number)
            phone = f"139{number:08d}"
            ids.append(id_number)
            phones.append(phone)
            db.execute(
                "INSERT INTO members(branch_id, name, name_pinyin, name_pinyin_compact, "
                "name_initials, id_number, sex, ethnicity, birth_date, joined_on, phone, "
                "group_id, league_post, status, workplace) "
                "VALUES (?, ?, ?, ?, ?, ?, '女', '汉族', ?, '2022-05', ?, ?, ?, ?, ?)",
                [
                    owner,
                    name,
                    pinyin.sort_key(name),
                    pinyin.sort_key(name).replace(" ", ""),
                    pinyin.initials(name),
                    id_number,
                    birth.isoformat(),
                    phone,
                    None if group is None else group_ids[group],
                    post,
                    status,
                    "示范中学",
                ],
            )
    return SampleBranch(branch_id, group_ids, tuple(ids), tuple(phones))

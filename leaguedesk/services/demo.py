"""Realistic sample data: branches and members with valid IDs, for trying, screenshots and tests.

Deterministic for a given seed. Every ID passes the GB 11643 check and agrees with the member's
birth date and sex; ages, 入团年月 and 发展团员编号 are consistent with each other.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from leaguedesk.core import idcard, pinyin
from leaguedesk.core.organisation import OrganisationKind
from leaguedesk.services import demo_evaluation
from leaguedesk.services import organisation as org
from leaguedesk.services.demo_meetings import BranchPeople, write_year
from leaguedesk.services.demo_recruitment import generate_applicants
from leaguedesk.storage.leaguefile import LeagueFile

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官")
GIVEN_MALE = "伟强磊军洋勇杰涛明超斌鹏辉俊浩宇轩博文华建志刚晨昊然凯睿哲峰亮鑫宁"
GIVEN_FEMALE = "芳娜敏静丽艳娟霞燕玲婷雪琳晶颖慧倩欣怡萱佳悦彤瑶妍蕾雨梦思琪洁"
AREAS = (
    ("110101", "北京市东城区"),
    ("310104", "上海市徐汇区"),
    ("440106", "广东省广州市天河区"),
    ("440305", "广东省深圳市南山区"),
    ("320102", "江苏省南京市玄武区"),
    ("330106", "浙江省杭州市西湖区"),
    ("510107", "四川省成都市武侯区"),
    ("420106", "湖北省武汉市武昌区"),
    ("610113", "陕西省西安市雁塔区"),
    ("370102", "山东省济南市历下区"),
    ("430104", "湖南省长沙市岳麓区"),
    ("350102", "福建省福州市鼓楼区"),
)
ETHNICITIES = ("汉族",) * 18 + ("回族", "满族", "壮族", "蒙古族", "土家族")
POSTS = ("书记", "副书记", "组织委员", "宣传委员", "文体委员")
SCHOOL_FIELDS = {"学校"}
EDUCATION_STUDENT = ("初中", "高中", "大学专科", "大学本科")
EDUCATION_WORKER = ("高中", "中等职业教育", "大学专科", "大学本科", "硕士研究生")
OCCUPATIONS_WORK = (
    "国有企业职工",
    "非公企业职工",
    "机关事业单位职工",
    "社会组织员工",
    "自由职业者",
    "农民",
)
INCOME_BANDS = ("2000元及以下", "2000-5000元", "5000-8000元", "8000-10000元")
MOBILE_PREFIXES = (
    "130",
    "131",
    "132",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "155",
    "157",
    "158",
    "159",
    "166",
    "176",
    "177",
    "180",
    "181",
    "186",
    "187",
    "188",
    "189",
    "199",
)
UNITS = (
    "第一中学",
    "实验中学",
    "职业技术学院",
    "理工大学",
    "师范大学",
    "市供电公司",
    "数字科技有限公司",
    "街道办事处",
    "人民医院",
    "青年志愿者协会",
    "城建集团",
    "农业合作社",
)
BRANCH_TEMPLATES = (
    ("学校", "{year}级{n}班团支部", "示范大学{year}级{n}班团支部"),
    ("国有企业", "第{n}团支部", "市供电公司第{n}团支部"),
    ("非公企业", "研发部第{n}团支部", "数字科技有限公司研发部第{n}团支部"),
    ("城市社区", "{n}社区团支部", "幸福街道第{n}社区团支部"),
    ("事业单位", "医院第{n}团支部", "人民医院第{n}团支部"),
)


@dataclass(frozen=True)
class DemoSummary:
    branches: int
    members: int
    meetings: int = 0


def _name(rng: random.Random, male: bool) -> str:
    surname = rng.choice(COMPOUND_SURNAMES) if rng.random() < 0.02 else rng.choice(SURNAMES)
    pool = GIVEN_MALE if male else GIVEN_FEMALE
    given = "".join(rng.choice(pool) for _ in range(1 if rng.random() < 0.3 else 2))
    return surname + given


def _date_between(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, max(0, (end - start).days)))


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def generate(
    league: LeagueFile,
    *,
    branches: int = 1,
    members: int = 30,
    seed: int = 2026,
    today: dt.date | None = None,
    meetings: bool = True,
    progress: Callable[[int, int], None] | None = None,
    recruitment: bool = False,
) -> DemoSummary:
    """Fill an (empty) league file with ``branches`` branches and ``members`` members, and
    (unless ``meetings`` is False) this year's organisational life up to ``today``, last
    year's closed evaluation and registration, and (with ``recruitment``) applicants at every
    stage of 发展团员."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    branches = max(1, branches)
    if branches == 1:
        org.set_organisation(league, "示范大学2023级1班团支部", OrganisationKind.BRANCH)
    else:
        org.set_organisation(league, "示范区团委", OrganisationKind.COMMITTEE)

    branch_rows = []
    for index in range(branches):
        field, short, full = BRANCH_TEMPLATES[index % len(BRANCH_TEMPLATES)]
        n = index // len(BRANCH_TEMPLATES) + 1
        year = today.year - rng.randint(0, 3)
        name = short.format(year=year, n=n) if branches > 1 else "2023级1班团支部"
        if branches == 1:
            field, full = "学校", "示范大学2023级1班团支部"
        branch_rows.append(
            dict(
                name=name,
                full_name=full.format(year=year, n=n),
                field=field,
                founded_on=_date_between(
                    rng, dt.date(2005, 1, 1), dt.date(today.year - 1, 9, 1)
                ).isoformat(),
                approving_body="示范大学团委" if field == "学校" else "示范区团委",
                contact=f"{_name(rng, rng.random() < 0.5)} 1{rng.randint(3, 9)}{rng.randint(0, 10**9 - 1):09d}",
            )
        )
    per_branch = [
        members // branches + (1 if i < members % branches else 0) for i in range(branches)
    ]
    # Hundreds of thousands of attendance rows go into indexes in random order: a bigger page
    # cache for this one transaction saves most of the re-reading.
    cache = league.db.execute("PRAGMA cache_size").fetchone()[0]
    league.db.execute("PRAGMA cache_size = -131072")
    try:
        held = _fill(league, rng, branch_rows, per_branch, members, today, meetings, seed, progress)
    finally:
        league.db.execute(f"PRAGMA cache_size = {int(cache)}")
    demo_evaluation.generate(league, today=today, seed=seed)
    if recruitment:
        generate_applicants(league, today=today, seed=seed, make_name=_name)
    return DemoSummary(branches=branches, members=members, meetings=held)


def _fill(
    league: LeagueFile,
    rng: random.Random,
    branch_rows: list[dict[str, Any]],
    per_branch: list[int],
    members: int,
    today: dt.date,
    meetings: bool,
    seed: int,
    progress: Callable[[int, int], None] | None,
) -> int:
    """Branches, groups, members and (if ``meetings``) their year, in one transaction."""
    people: list[BranchPeople] = []
    used_ids: set[str] = set()
    used_dev: set[str] = set()
    done = 0
    held = 0
    with league.transaction() as db:
        for branch, count in zip(branch_rows, per_branch, strict=True):
            branch_id = db.execute(
                "INSERT INTO branches(name, full_name, field, founded_on, approving_body, contact)"
                " VALUES (:name, :full_name, :field, :founded_on, :approving_body, :contact)",
                branch,
            ).lastrowid
            group_ids: list[int] = []
            if count >= 15:
                for g in range(min(4, count // 10)):
                    group_ids.append(
                        int(
                            db.execute(
                                "INSERT INTO league_groups(branch_id, name) VALUES (?, ?)",
                                [branch_id, f"第{'一二三四'[g]}团小组"],
                            ).lastrowid
                            or 0
                        )
                    )
            rows = [
                _member(
                    rng,
                    int(branch_id or 0),
                    branch["field"],
                    i,
                    count,
                    group_ids,
                    used_ids,
                    used_dev,
                    today,
                )
                for i in range(count)
            ]
            db.conn.executemany(
                f"INSERT INTO members({', '.join(rows[0])}) "
                f"VALUES ({', '.join(':' + k for k in rows[0])})",
                rows,
            ) if rows else None
            for member_id, status, since in db.execute(
                "SELECT id, status, status_since FROM members "
                "WHERE branch_id = ? AND status != '正常'",
                [branch_id],
            ).fetchall():
                db.execute(
                    "INSERT INTO status_changes(member_id, status, effective_on, reason, "
                    "decided_by, destination) VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        member_id,
                        status,
                        since,
                        "毕业离校" if status == "转出" else "年满28周岁",
                        "支部委员会",
                        "示范市青年志愿者协会团支部" if status == "转出" else "",
                    ],
                )
            if meetings:
                people.append(
                    BranchPeople(
                        int(branch_id or 0),
                        branch["field"],
                        [
                            (int(i), str(n), str(p or ""), g)
                            for i, n, p, g in db.execute(
                                "SELECT id, name, league_post, group_id FROM members "
                                "WHERE branch_id = ? AND status = '正常' ORDER BY id",
                                [branch_id],
                            ).fetchall()
                        ],
                    )
                )
            done += count
            if progress:
                progress(done, members)
        if meetings:
            held = write_year(db, random.Random(seed + 1), people, today)
    return held


def _post_since(rng: random.Random, joined: dt.date, today: dt.date) -> str:
    """Held since the last election (at most two years ago), never before joining."""
    return f"{_date_between(rng, max(joined, dt.date(today.year - 2, 1, 1)), today):%Y-%m}"


def _member(
    rng: random.Random,
    branch_id: int,
    field: str,
    index: int,
    count: int,
    group_ids: list[int],
    used_ids: set[str],
    used_dev: set[str],
    today: dt.date,
) -> dict[str, object]:
    student = field in SCHOOL_FIELDS
    male = rng.random() < 0.5
    name = _name(rng, male)
    youngest, oldest = (17, 23) if student else (18, 29)
    birth = _date_between(rng, _add_years(today, -oldest), _add_years(today, -youngest))
    area, place = rng.choice(AREAS)
    while True:
        seq = rng.randrange(1, 999)
        seq = seq if (seq % 2 == 1) == male else (seq + 1 if seq < 998 else seq - 1)
        number = idcard.make(area, birth, seq)
        if number not in used_ids:
            used_ids.add(number)
            break
    joined = _date_between(rng, _add_years(birth, 14), min(today, _add_years(birth, 19)))
    while True:
        dev = f"{joined.year}{rng.randint(0, 10**8 - 1):08d}"
        if dev not in used_dev:
            used_dev.add(dev)
            break
    age = (today - birth).days // 365
    political = "共青团员"
    party_joined = None
    if age >= 21 and rng.random() < 0.12:
        political = "中共党员" if rng.random() < 0.6 else "中共预备党员"
        party_joined = f"{_date_between(rng, _add_years(birth, 19), today):%Y-%m}"
    post = POSTS[index] if index < min(len(POSTS), 3 if count < 7 else 5) else ""
    status, status_since = "正常", None
    if index >= 5 and rng.random() < 0.04:
        status = "转出" if rng.random() < 0.7 else "超龄离团"
        status_since = _date_between(rng, dt.date(today.year - 2, 1, 1), today).isoformat()
    if status == "正常" and age >= 28 and not post:
        status, status_since = "超龄离团", _add_years(birth, 28).isoformat()
    return {
        "branch_id": branch_id,
        "name": name,
        "name_pinyin": pinyin.sort_key(name),
        "name_pinyin_compact": pinyin.sort_key(name).replace(" ", ""),
        "name_initials": pinyin.initials(name),
        "id_number": number,
        "sex": "男" if male else "女",
        "ethnicity": rng.choice(ETHNICITIES),
        "birth_date": birth.isoformat(),
        "political_status": political,
        "joined_on": f"{joined:%Y-%m}",
        "development_no": dev if joined.year >= 2017 else None,
        "card_no": f"{rng.randint(10**10, 10**11 - 1)}",
        "fulltime_education": rng.choice(EDUCATION_STUDENT if student else EDUCATION_WORKER),
        "highest_education": rng.choice(EDUCATION_STUDENT if student else EDUCATION_WORKER),
        "occupation": "学生" if student else rng.choice(OCCUPATIONS_WORK),
        "workplace": "示范大学" if student else rng.choice(UNITS),
        "phone": rng.choice(MOBILE_PREFIXES) + f"{rng.randint(0, 10**8 - 1):08d}",
        "email": "",
        "household_registration": place,
        "group_id": rng.choice(group_ids) if group_ids else None,
        "league_post": post,
        "post_since": _post_since(rng, joined, today) if post else None,
        "is_cadre": 1 if post else 0,
        "party_joined_on": party_joined,
        "volunteer_registered_on": f"{joined:%Y-%m}" if rng.random() < 0.4 else None,
        "income_band": "" if student else rng.choice(INCOME_BANDS),
        "notes": "",
        "status": status,
        "status_since": status_since,
    }

"""A realistic year of organisational life for the demo branches, written in bulk.

Per branch, from 1 January up to today: a 支部大会 each quarter (the summer one below quorum),
a 支委会 most months, a 团课 each quarter with its 学时, a 主题团日 most months, and a 团小组会
per group twice a year; attendance with leave and the odd 无故缺席, 列席 guests and resolutions
with their votes. Deterministic for a given random generator.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from leaguedesk.core.meetings import COMMITTEE_POSTS

PLACES = {
    "学校": ("教学楼A301", "团学活动室", "图书馆报告厅"),
    "": ("党员活动室", "三楼会议室", "职工之家"),
}
TOPICS = {
    "支部大会": (
        "学习贯彻团的二十大精神",
        "通报上半年团支部工作，部署下半年任务",
        "讨论推荐优秀团员作为入党积极分子人选",
        "学习团章，开展团员教育评议动员",
    ),
    "支部委员会": (
        "研究本月主题团日活动方案",
        "讨论团员发展计划",
        "研究团费收缴情况",
        "部署团员先锋岗评选",
        "研究志愿服务活动安排",
        "讨论入团积极分子培养考察情况",
    ),
    "团课": (
        "团的光辉历史",
        "新时代青年的使命与担当",
        "团员的权利和义务",
        "学习习近平新时代中国特色社会主义思想",
    ),
    "主题团日": (
        "“学雷锋”志愿服务",
        "清明祭英烈",
        "“五四”青年节主题活动",
        "走进社区开展环保宣传",
        "观看爱国主义教育影片",
        "红色经典诵读",
        "参观革命纪念馆",
        "国庆主题团日",
        "“青春心向党”主题分享会",
        "防范电信诈骗宣传",
        "安全教育主题团日",
        "年终总结交流会",
    ),
    "团小组会": ("交流学习体会", "讨论团小组活动安排"),
}
LEAVE_NOTES = {
    "事假": ("家中有事", "外出办事", ""),
    "病假": ("发烧", "就医", ""),
    "公假": ("参加上级团委培训", "参加比赛", "外出实习"),
}
GUESTS = (("党支部代表", "刘老师"), ("入团积极分子", "林晓雨"), ("上级团委联系人", "陈老师"))


@dataclass(frozen=True)
class BranchPeople:
    branch_id: int
    field: str
    members: Sequence[tuple[int, str, str, int | None]]  # id, name, post, group_id


def _day(rng: random.Random, year: int, month: int, low: int, high: int) -> dt.date:
    return dt.date(year, month, rng.randint(low, high))


def _schedule(
    rng: random.Random, year: int, groups: Sequence[int]
) -> list[tuple[str, dt.date, int | None]]:
    plan: list[tuple[str, dt.date, int | None]] = []
    skip_committee = rng.choice((7, 8))  # a summer month without a 支委会
    skip_theme = 2  # Spring Festival
    for month in range(1, 13):
        if month != skip_committee:
            plan.append(("支部委员会", _day(rng, year, month, 2, 7), None))
        if month != skip_theme:
            plan.append(("主题团日", _day(rng, year, month, 14, 26), None))
        if month % 3 == 2:
            plan.append(("团课", _day(rng, year, month, 8, 13), None))
        if month % 3 == 0:
            plan.append(("支部大会", _day(rng, year, month, 9, 20), None))
        if month in (4, 10):
            plan.extend(("团小组会", _day(rng, year, month, 20, 28), group) for group in groups)
    return sorted(plan, key=lambda item: item[1])


def _status(rng: random.Random, low_turnout: bool) -> tuple[str, str]:
    roll = rng.random()
    if low_turnout:  # an absence, with or without leave
        roll = 0.89 + roll * 0.11
    if roll < 0.86:
        return "出席", ""
    if roll < 0.89:
        return "迟到", ""
    if roll < 0.97:
        reason = rng.choice(("事假", "病假", "公假"))
        return reason, rng.choice(LEAVE_NOTES[reason])
    return "无故缺席", ""


def write_year(
    db: Any, rng: random.Random, branches: Sequence[BranchPeople], today: dt.date
) -> int:
    """Insert the meetings of ``today.year`` up to today for every branch; returns how many."""
    year = today.year
    attendance: list[tuple[int, int, int, str, str]] = []
    count = 0
    for branch in branches:
        people = list(branch.members)
        if not people:
            continue
        committee = [p for p in people if p[2] in COMMITTEE_POSTS] or people[:1]
        secretary = next((p for p in people if p[2] == "书记"), people[0])
        recorder = next((p for p in committee if p != secretary), secretary)
        groups = sorted({p[3] for p in people if p[3] is not None})
        places = PLACES.get(branch.field, PLACES[""]) if branch.field == "学校" else PLACES[""]
        topic_turn: dict[str, int] = {}
        for kind, day, group in _schedule(rng, year, groups):
            if day > today:
                break
            expected = (
                committee
                if kind == "支部委员会"
                else [p for p in people if p[3] == group]
                if kind == "团小组会"
                else people
            )
            if not expected:
                continue
            turn = topic_turn.get(kind, 0)
            topic_turn[kind] = turn + 1
            topics = TOPICS[kind][turn % len(TOPICS[kind])]
            statuses = [_status(rng, False) for _ in expected]
            if kind == "支部大会" and day.month == 9:  # exams or holidays: most are away
                for index in rng.sample(range(len(expected)), k=(len(expected) * 3 + 4) // 5):
                    statuses[index] = _status(rng, True)
            present = sum(s in ("出席", "迟到") for s, _ in statuses)
            meeting_id = int(
                db.execute(
                    "INSERT INTO meetings(branch_id, kind, date, start_time, end_time, place, topics,"
                    " chair_member_id, chair_name, recorder_member_id, recorder_name, group_id,"
                    " agenda, minutes, lecture_hours) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    [
                        branch.branch_id,
                        kind,
                        day.isoformat(),
                        "19:00" if kind != "主题团日" else "14:30",
                        "20:30" if kind != "主题团日" else "16:30",
                        rng.choice(places),
                        topics,
                        secretary[0],
                        secretary[1],
                        recorder[0],
                        recorder[1],
                        group,
                        f"1. {topics}\n2. 交流讨论\n3. 书记总结",
                        f"{secretary[1]}：围绕“{topics}”作了"
                        "讲话，要求大家结合实际认真落实。\n与会团员结合自身实际进行了交流发言。",
                        2.0 if kind == "团课" else 0.0,
                    ],
                ).lastrowid
                or 0
            )
            count += 1
            attendance.extend(
                (meeting_id, person[0], 1, status, note)
                for person, (status, note) in zip(expected, statuses, strict=True)
            )
            if kind == "支部大会":
                guest = GUESTS[day.month // 3 % len(GUESTS)]
                db.execute(
                    "INSERT INTO meeting_guests(meeting_id, position, name, role) "
                    "VALUES (?, 0, ?, ?)",
                    [meeting_id, guest[1], guest[0]],
                )
                no = min(present, rng.randint(0, 1))
                abstain = min(present - no, rng.randint(0, 1))
                text, kind_of = (
                    ("通过本支部年度工作计划", "一般决议")
                    if day.month == 3
                    else ("同意推荐优秀团员作为入党积极分子人选", "推优入党")
                    if day.month == 6
                    else ("通过团员教育评议实施方案", "一般决议")
                )
                db.execute(
                    "INSERT INTO resolutions(meeting_id, position, text, kind, yes, no,"
                    " abstain) VALUES (?, 0, ?, ?, ?, ?, ?)",
                    [meeting_id, text, kind_of, present - no - abstain, no, abstain],
                )
    db.conn.executemany(
        "INSERT INTO meeting_attendance(meeting_id, member_id, expected, status,"
        " note) VALUES (?, ?, ?, ?, ?)",
        attendance,
    )
    return count

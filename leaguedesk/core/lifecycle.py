"""Membership over time: 团籍状态 and how a member moves between them, discipline, age alerts.

A member is 正常 while in the branch; leaving is one of 转出, 超龄离团, 自愿退团, 自行脱团 or
开除团籍, each with a date, a reason and the meeting or approval that decided it. 转入 is the
way back in for someone who was transferred out. Discipline runs 警告 … 开除团籍; a member under
留团察看 is not in good standing until it is lifted. Pure Python: the services store the results.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from leaguedesk.core import dates
from leaguedesk.core.fields import DISCIPLINE_LEVELS, MEMBER_STATUSES
from leaguedesk.core.issues import Issue, error
from leaguedesk.core.validation import DEFAULT_RULES, Rules


class Status(StrEnum):
    """团籍状态: the values stored in ``members.status`` (core.fields.MEMBER_STATUSES)."""

    ACTIVE = "正常"
    TRANSFERRED_OUT = "转出"
    AGED_OUT = "超龄离团"
    WITHDRAWN = "自愿退团"
    LAPSED = "自行脱团"
    EXPELLED = "开除团籍"


assert tuple(Status) == MEMBER_STATUSES

TRANSFER_IN = "转入"  # an event that makes a transferred-out member 正常 again, not a state

# Reasons for a transfer as the national form lists them; free text is allowed too.
TRANSFER_REASONS = ("升学", "就业", "参军", "出国(境)", "未就业", "其他")


class Level(StrEnum):
    """Discipline levels (团内处分), mildest first."""

    WARNING = "警告"
    SERIOUS_WARNING = "严重警告"
    POST_REMOVED = "撤销团内职务"
    PROBATION = "留团察看"
    EXPELLED = "开除团籍"


assert tuple(Level) == DISCIPLINE_LEVELS


@dataclass(frozen=True)
class Transition:
    """One allowed move: the event's name, where it may start, where it ends, what it needs."""

    event: str
    sources: frozenset[Status]
    target: Status
    needs_decided_by: bool
    needs_destination: bool = False
    decided_by_hint: str = ""  # who decides it, for the form's placeholder


TRANSITIONS: dict[str, Transition] = {
    t.event: t
    for t in (
        Transition(
            "转出",
            frozenset({Status.ACTIVE}),
            Status.TRANSFERRED_OUT,
            True,
            needs_destination=True,
            decided_by_hint="转出、转入组织批准",
        ),
        Transition(
            "超龄离团",
            frozenset({Status.ACTIVE}),
            Status.AGED_OUT,
            False,
            decided_by_hint="支部大会或支部委员会",
        ),
        Transition(
            "自愿退团",
            frozenset({Status.ACTIVE}),
            Status.WITHDRAWN,
            True,
            decided_by_hint="支部大会宣布，报上级团委备案",
        ),
        Transition(
            "自行脱团",
            frozenset({Status.ACTIVE}),
            Status.LAPSED,
            True,
            decided_by_hint="支部大会除名，报上级团委批准",
        ),
        Transition(
            "开除团籍",
            frozenset({Status.ACTIVE}),
            Status.EXPELLED,
            True,
            decided_by_hint="支部大会决定，报上级团委批准",
        ),
        Transition(
            TRANSFER_IN,
            frozenset({Status.TRANSFERRED_OUT}),
            Status.ACTIVE,
            True,
            decided_by_hint="转入组织接收",
        ),
    )
}


def allowed_events(status: str) -> list[str]:
    """The events that may follow ``status``, in the order a form lists them."""
    return [t.event for t in TRANSITIONS.values() if status in t.sources]


def is_active(status: str) -> bool:
    return status == Status.ACTIVE


@dataclass(frozen=True)
class MemberFacts:
    """What the transition rules need to know about the member."""

    status: str
    birth_date: dt.date | None
    joined_on: dt.date | None  # first day of 入团年月
    holds_post: bool = False


def check_transition(
    member: MemberFacts,
    event: str,
    *,
    effective_on: str | None,
    reason: str,
    decided_by: str = "",
    destination: str = "",
    today: dt.date,
    rules: Rules = DEFAULT_RULES,
    via_discipline: bool = False,
) -> list[Issue]:
    """Why recording ``event`` for this member would be wrong; an empty list when it may go.

    Issues name the form keys effective_on, reason, decided_by, destination or status.
    开除团籍 is a discipline decision and is recorded only with the discipline record.
    """
    transition = TRANSITIONS.get(event)
    if transition is None:
        return [error("status", "choice_invalid", value=event)]
    if member.status not in transition.sources:
        return [error("status", "status_transition", current=member.status, event=event)]
    if transition.target is Status.EXPELLED and not via_discipline:
        return [error("status", "status_use_discipline")]
    issues = _check_effective(effective_on, member.joined_on, today)
    if not reason.strip():
        issues.append(error("reason", "required"))
    if transition.needs_decided_by and not decided_by.strip():
        issues.append(error("decided_by", "required", hint=transition.decided_by_hint))
    if transition.needs_destination and not destination.strip():
        issues.append(error("destination", "required"))
    day = dates.parse_day(effective_on)
    if transition.target is Status.AGED_OUT and member.birth_date and day:
        turns = age_28_on(member.birth_date, rules.age_out)
        if day < turns:
            issues.append(
                error(
                    "effective_on",
                    "age_out_too_early",
                    age=rules.age_out,
                    birthday=turns.isoformat(),
                )
            )
    return issues


def _check_effective(
    effective_on: str | None, joined_on: dt.date | None, today: dt.date
) -> list[Issue]:
    if not effective_on:
        return [error("effective_on", "required")]
    day = dates.parse_day(effective_on)
    if day is None:
        return [error("effective_on", "date_format", value=effective_on, month=False)]
    if day > today:
        return [error("effective_on", "date_future", value=effective_on, today=today.isoformat())]
    if joined_on and day < joined_on:
        return [error("effective_on", "before_join", joined_on=f"{joined_on:%Y-%m}")]
    return []


# ---------------------------------------------------------------------------------- discipline


@dataclass(frozen=True)
class DisciplineRecord:
    id: int
    member_id: int
    level: str
    decided_on: str
    reason: str
    decided_by: str
    lifted_on: str | None
    recorded_at: str = ""

    @property
    def active(self) -> bool:
        return self.lifted_on is None


def check_discipline(
    member: MemberFacts, level: str, *, decided_on: str | None, reason: str, today: dt.date
) -> list[Issue]:
    """Why this discipline decision cannot be recorded; empty when it can."""
    if level not in DISCIPLINE_LEVELS:
        return [error("level", "choice_invalid", value=level)]
    if member.status != Status.ACTIVE:
        return [error("level", "discipline_not_member", status=member.status)]
    if level == Level.POST_REMOVED and not member.holds_post:
        return [error("level", "discipline_no_post")]
    issues = [
        Issue("decided_on", i.code, i.severity, i.params)
        for i in _check_effective(decided_on, member.joined_on, today)
    ]
    if not reason.strip():
        issues.append(error("reason", "required"))
    return issues


def check_lift(record: DisciplineRecord, *, lifted_on: str | None, today: dt.date) -> list[Issue]:
    """Why this discipline cannot be lifted (恢复团员权利 / 撤销处分) on ``lifted_on``."""
    if record.level == Level.EXPELLED:
        return [error("level", "discipline_lift_expelled")]
    if not record.active:
        return [error("lifted_on", "discipline_already_lifted", lifted_on=record.lifted_on)]
    if not lifted_on:
        return [error("lifted_on", "required")]
    day = dates.parse_day(lifted_on)
    if day is None:
        return [error("lifted_on", "date_format", value=lifted_on, month=False)]
    if day > today:
        return [error("lifted_on", "date_future", value=lifted_on, today=today.isoformat())]
    decided = dates.parse_day(record.decided_on)
    if decided and day < decided:
        return [error("lifted_on", "lift_before_decision", decided_on=record.decided_on)]
    return []


def probation_ends(decided_on: dt.date, rules: Rules = DEFAULT_RULES) -> dt.date:
    """The latest day a 留团察看 can run to (团章: at most one year)."""
    return dates.add_months(decided_on, rules.probation_max_months)


def in_good_standing(records: Iterable[DisciplineRecord]) -> bool:
    """Not under 留团察看 and not expelled: may introduce new members (入团介绍人), be
    recommended to the Party, and so on. (暂缓注册 also counts once registration exists.)"""
    return not any(r.active and r.level in (Level.PROBATION, Level.EXPELLED) for r in records)


# ---------------------------------------------------------------------------------- ages


def age_28_on(birth: dt.date, age: int = 28) -> dt.date:
    """The day the member turns 28 (or ``age``): membership ends then unless holding a post."""
    return dates.birthday(birth, age)


def age_on(birth: dt.date, day: dt.date) -> int:
    return dates.age_on(birth, day)


def turning_28_within(
    birth: dt.date, today: dt.date, months: int, rules: Rules = DEFAULT_RULES
) -> bool:
    """True when the member turns 28 within ``months`` from today, or already has."""
    return age_28_on(birth, rules.age_out) <= dates.add_months(today, months)


def holds_post(league_post: str | None, is_cadre: object) -> bool:
    """Holding a League post (团内职务 or 团干部) keeps membership past 28."""
    return bool((league_post or "").strip()) or bool(is_cadre)

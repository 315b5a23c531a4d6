"""团员年度团籍注册 (annual registration): the outcome per member, deferrals and reminders, and
the "over 15 months without registration" flag.

Rules (团员教育管理工作条例（试行）and local practice): members graded 基本合格 or better are
registered (正常注册); a member graded 不合格 is deferred (暂缓注册, 3–6 months, then
re-evaluated); a member under 留团察看 is deferred until their rights are restored (the card is
withheld); a member failing the re-evaluation after a deferral is not registered (不予注册).
Party members keeping 团籍 are registered without being evaluated. Every outcome can be changed
by hand with a reason; every number is an editable default. Pure Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import partial
from typing import Any

from leaguedesk.core import dates
from leaguedesk.core.evaluation import Grade
from leaguedesk.core.lifecycle import DisciplineRecord, Level
from leaguedesk.core.rulesets import (
    RuleProblem,
    RuleProblemCode,
    parse_bool,
    parse_count,
    parse_fields,
)


class Outcome(StrEnum):
    REGISTERED = "正常注册"
    DEFERRED = "暂缓注册"
    REFUSED = "不予注册"


OUTCOMES: tuple[Outcome, ...] = tuple(Outcome)


def parse_outcome(value: object) -> Outcome | None:
    try:
        return Outcome(str(value).strip()) if value not in (None, "") else None
    except ValueError:
        return None


class Basis(StrEnum):
    """Why the derived outcome is what it is (worded by messages.evaluation)."""

    GRADED = "reg_graded"  # 基本合格 or better
    NOT_EVALUATED = "reg_not_evaluated"  # e.g. a Party member keeping 团籍
    FAILED = "reg_failed"  # 不合格
    FAILED_AGAIN = "reg_failed_again"  # 不合格 again after a deferral
    PROBATION = "reg_probation"  # under 留团察看
    NO_GRADE = "reg_no_grade"  # evaluated but not graded (an open round)


@dataclass(frozen=True)
class RegistrationRules:
    defer_min_months: int = 3
    defer_max_months: int = 6
    defer_default_months: int = 3
    remind_days_before: int = 14  # a deferral shows in the reminders this many days ahead
    lapse_months: int = 15  # no registration for longer than this: flagged
    probation_withholds: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {key: getattr(self, key) for key in self.__dataclass_fields__}

    @classmethod
    def from_dict(cls, data: Any) -> tuple[RegistrationRules, list[RuleProblem]]:
        problems: list[RuleProblem] = []
        count = partial(parse_count, maximum=120)
        parsers = {
            key: parse_bool if key == "probation_withholds" else count
            for key in cls.__dataclass_fields__
        }
        rules = parse_fields(cls(), data, parsers, problems)
        if not (rules.defer_min_months <= rules.defer_default_months <= rules.defer_max_months):
            problems.append(RuleProblem("defer_default_months", RuleProblemCode.INVALID_VALUE))
            rules = replace(rules, defer_min_months=3, defer_max_months=6, defer_default_months=3)
        return rules, problems


DEFAULT_RULES = RegistrationRules()


@dataclass(frozen=True)
class Derived:
    outcome: Outcome
    basis: Basis


def on_probation(records: Iterable[DisciplineRecord], on: dt.date | None = None) -> bool:
    """Under 留团察看 on ``on`` (today's records when None): decided, not lifted by then."""
    for record in records:
        if record.level != Level.PROBATION:
            continue
        decided = dates.parse_day(record.decided_on)
        lifted = dates.parse_day(record.lifted_on)
        if on is None:
            if record.lifted_on is None:
                return True
        elif (decided is None or decided <= on) and (lifted is None or lifted > on):
            return True
    return False


def derive(
    grade: Grade | None,
    *,
    evaluated: bool,
    probation: bool,
    deferred_before: bool = False,
    rules: RegistrationRules = DEFAULT_RULES,
) -> Derived:
    """The outcome that follows from the grade and discipline (the user may change it).

    ``deferred_before``: the member was deferred last time and this grade is the re-evaluation.
    """
    if probation and rules.probation_withholds:
        return Derived(Outcome.DEFERRED, Basis.PROBATION)
    if not evaluated:
        return Derived(Outcome.REGISTERED, Basis.NOT_EVALUATED)
    if grade is None:
        return Derived(Outcome.DEFERRED, Basis.NO_GRADE)
    if grade is Grade.FAIL:
        if deferred_before:
            return Derived(Outcome.REFUSED, Basis.FAILED_AGAIN)
        return Derived(Outcome.DEFERRED, Basis.FAILED)
    return Derived(Outcome.REGISTERED, Basis.GRADED)


# ---------------------------------------------------------------------------------- deferrals


class DeferralProblem(StrEnum):
    DEADLINE_MISSING = "reg_deadline_missing"
    DEADLINE_OUT_OF_RANGE = "reg_deadline_range"
    REASON_MISSING = "reg_reason_missing"


@dataclass(frozen=True)
class DeferralFinding:
    code: DeferralProblem
    params: dict


def default_deadline(decided_on: dt.date, rules: RegistrationRules = DEFAULT_RULES) -> dt.date:
    return dates.add_months(decided_on, rules.defer_default_months)


def deadline_range(
    decided_on: dt.date, rules: RegistrationRules = DEFAULT_RULES
) -> tuple[dt.date, dt.date]:
    return (
        dates.add_months(decided_on, rules.defer_min_months),
        dates.add_months(decided_on, rules.defer_max_months),
    )


def check_entry(
    outcome: Outcome,
    derived: Outcome,
    *,
    reason: str,
    deadline: dt.date | None,
    decided_on: dt.date,
    rules: RegistrationRules = DEFAULT_RULES,
) -> list[DeferralFinding]:
    """Problems with one member's registration as edited: a changed outcome needs a reason, a
    deferral needs a deadline 3–6 months after the decision."""
    found = []
    if outcome is not derived and not reason.strip():
        found.append(
            DeferralFinding(
                DeferralProblem.REASON_MISSING, {"outcome": outcome.value, "derived": derived.value}
            )
        )
    if outcome is Outcome.DEFERRED:
        earliest, latest = deadline_range(decided_on, rules)
        if deadline is None:
            found.append(DeferralFinding(DeferralProblem.DEADLINE_MISSING, {}))
        elif not earliest <= deadline <= latest:
            found.append(
                DeferralFinding(
                    DeferralProblem.DEADLINE_OUT_OF_RANGE,
                    {
                        "earliest": earliest.isoformat(),
                        "latest": latest.isoformat(),
                        "date": deadline.isoformat(),
                    },
                )
            )
    return found


@dataclass(frozen=True)
class Reminder:
    """A deferral whose time is up (``overdue``) or comes within the reminder window."""

    key: Hashable
    name: str
    deadline: dt.date
    days_left: int

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


def reminders(
    deferrals: Iterable[tuple[Hashable, str, dt.date | None]],
    today: dt.date,
    rules: RegistrationRules = DEFAULT_RULES,
) -> list[Reminder]:
    """Open deferrals (key, name, deadline) due within ``remind_days_before``, soonest first
    (same-day deadlines keep the order given)."""
    due = []
    for key, name, deadline in deferrals:
        if deadline is None:
            continue
        days_left = (deadline - today).days
        if days_left <= rules.remind_days_before:
            due.append(Reminder(key, name, deadline, days_left))
    return sorted(due, key=lambda r: r.deadline)


# ---------------------------------------------------------------------------------- lapses


def lapsed(
    last_registered_on: dt.date | None,
    joined_on: dt.date | None,
    today: dt.date,
    rules: RegistrationRules = DEFAULT_RULES,
) -> bool:
    """Over ``lapse_months`` (15) without registration, counted from the last registration or,
    for a member never registered, from joining. Unknown dates flag nothing."""
    since = max((d for d in (last_registered_on, joined_on) if d is not None), default=None)
    if since is None:
        return False
    return dates.add_months(since, rules.lapse_months) < today

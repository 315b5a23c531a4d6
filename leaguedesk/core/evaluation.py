"""团员教育评议 (the annual evaluation): grades, who is evaluated, the suggested grade from the
ballot tally, follow-ups, and the checks that decide whether a round may be closed.

National rules (团员教育管理工作条例（试行）, 中青发〔2017〕5号): grades 优秀 / 合格 / 基本合格 /
不合格; 优秀 **at most** 30% of those evaluated (blocking); no quota may be set for 不合格 (so no
check here ever asks for a number of 不合格); held in a meeting with more than ⅔ of the members
present (``QuorumRules.evaluation``, applied on top of the meeting kind's own rule). Party members
keeping 团籍 are usually registered but not evaluated (local practice: excluded by default).

The suggested grade is only advice for the 支委会, computed from the tally by one of two methods:

* ``points``: 优秀 3, 合格 2, 基本合格 1, 不合格 0 points per vote; the average over the votes
  cast for the member is compared with thresholds (at least 5/2 → 优秀, at least 3/2 → 合格, at
  least 1/2 → 基本合格, else 不合格). A score exactly on a threshold gets the higher grade.
* ``majority``: the grade with the most votes (plurality). **A tie goes to the lower of the tied
  grades and is flagged** (``Suggestion.tied``), so 优秀, which is capped, is never suggested on
  a tie and the committee sees that it has to decide.

All arithmetic is exact (:class:`fractions.Fraction`). Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from fractions import Fraction
from math import floor
from typing import Any

from leaguedesk.core import dates
from leaguedesk.core.quorum import DEFAULT_RULES as DEFAULT_QUORUM
from leaguedesk.core.quorum import QuorumRules, check_quorum
from leaguedesk.core.rulesets import (
    InvalidRule,
    RuleProblem,
    RuleProblemCode,
    format_fraction,
    parse_bool,
    parse_choice,
    parse_count,
    parse_fields,
    parse_fraction,
)


class Grade(StrEnum):
    """评议等次, best first."""

    EXCELLENT = "优秀"
    PASS = "合格"
    BASIC = "基本合格"
    FAIL = "不合格"

    @property
    def rank(self) -> int:
        """0 for 优秀 … 3 for 不合格 (a higher rank is a lower grade)."""
        return GRADES.index(self)


GRADES: tuple[Grade, ...] = tuple(Grade)
PARTY_STATUSES = frozenset({"中共党员", "中共预备党员"})
MEETING_KINDS = ("支部大会", "组织生活会")  # where an evaluation may be held


def parse_grade(value: object) -> Grade | None:
    """A stored or typed grade, or None when empty or unknown."""
    try:
        return Grade(str(value).strip()) if value not in (None, "") else None
    except ValueError:
        return None


class SuggestMethod(StrEnum):
    POINTS = "points"
    MAJORITY = "majority"


class FollowUpKind(StrEnum):
    NONE = "none"
    TALK = "talk"  # 基本合格: the secretary talks with the member (谈心谈话) and records it
    REEVALUATE = "reevaluate"  # 不合格: a deadline to improve, re-evaluated 3–6 months later


DEFAULT_POINTS: dict[Grade, int] = {
    Grade.EXCELLENT: 3,
    Grade.PASS: 2,
    Grade.BASIC: 1,
    Grade.FAIL: 0,
}
# The lowest average score that earns each grade (不合格 below the last one).
DEFAULT_THRESHOLDS: dict[Grade, Fraction] = {
    Grade.EXCELLENT: Fraction(5, 2),
    Grade.PASS: Fraction(3, 2),
    Grade.BASIC: Fraction(1, 2),
}


@dataclass(frozen=True)
class EvaluationRules:
    """The editable evaluation rules; defaults as in the module docstring.

    The quorum is not repeated here: it is ``QuorumRules.evaluation`` (with the meeting kind's
    own rule), passed to :func:`check_close` with the rest of the quorum rules.
    """

    excellent_cap: Fraction = Fraction(3, 10)  # 优秀 at most this share of those evaluated
    exclude_party_members: bool = True
    method: SuggestMethod = SuggestMethod.POINTS
    points: Mapping[Grade, int] = field(default_factory=lambda: dict(DEFAULT_POINTS))
    thresholds: Mapping[Grade, Fraction] = field(default_factory=lambda: dict(DEFAULT_THRESHOLDS))
    reevaluate_min_months: int = 3
    reevaluate_max_months: int = 6

    def to_dict(self) -> dict[str, Any]:
        return {
            "excellent_cap": format_fraction(self.excellent_cap),
            "exclude_party_members": self.exclude_party_members,
            "method": self.method.value,
            "points": {g.value: self.points[g] for g in GRADES},
            "thresholds": {g.value: format_fraction(t) for g, t in self.thresholds.items()},
            "reevaluate_min_months": self.reevaluate_min_months,
            "reevaluate_max_months": self.reevaluate_max_months,
        }

    @classmethod
    def from_dict(cls, data: Any) -> tuple[EvaluationRules, list[RuleProblem]]:
        """Rules from stored JSON; an unknown or invalid value keeps its default and is reported."""
        problems: list[RuleProblem] = []
        parsers = {
            "excellent_cap": parse_fraction,
            "exclude_party_members": parse_bool,
            "method": lambda v: parse_choice(SuggestMethod, v),
            "points": _parse_points,
            "thresholds": _parse_thresholds,
            "reevaluate_min_months": lambda v: parse_count(v, maximum=24),
            "reevaluate_max_months": lambda v: parse_count(v, maximum=24),
        }
        rules = parse_fields(cls(), data, parsers, problems)
        if rules.reevaluate_min_months > rules.reevaluate_max_months:
            problems.append(RuleProblem("reevaluate_max_months", RuleProblemCode.INVALID_VALUE))
            rules = replace(rules, reevaluate_min_months=3, reevaluate_max_months=6)
        return rules, problems


def _parse_points(value: Any) -> dict[Grade, int]:
    if not isinstance(value, dict) or set(value) != {g.value for g in GRADES}:
        raise InvalidRule(value)
    points = {Grade(k): parse_count(v, maximum=100) for k, v in value.items()}
    ordered = [points[g] for g in GRADES]
    if ordered != sorted(ordered, reverse=True):
        raise InvalidRule(value)
    return points


def _parse_thresholds(value: Any) -> dict[Grade, Fraction]:
    wanted = {Grade.EXCELLENT.value, Grade.PASS.value, Grade.BASIC.value}
    if not isinstance(value, dict) or set(value) != wanted:
        raise InvalidRule(value)
    parsed: dict[Grade, Fraction] = {}
    for key, text in value.items():
        try:
            parsed[Grade(key)] = Fraction(str(text))
        except (ValueError, ZeroDivisionError) as exc:
            raise InvalidRule(value) from exc
    if not parsed[Grade.EXCELLENT] >= parsed[Grade.PASS] >= parsed[Grade.BASIC] >= 0:
        raise InvalidRule(value)
    return parsed


DEFAULT_RULES = EvaluationRules()


# ---------------------------------------------------------------------------------- who


class Exclusion(StrEnum):
    NOT_ACTIVE = "not_active"  # 团籍 not 正常 (left, transferred out)
    PARTY_MEMBER = "party_member"  # 中共党员 / 预备党员 keeping 团籍


def exclusion(
    status: str, political_status: str, rules: EvaluationRules = DEFAULT_RULES
) -> Exclusion | None:
    """Why a member is not evaluated, or None when they are."""
    if status != "正常":
        return Exclusion.NOT_ACTIVE
    if rules.exclude_party_members and political_status in PARTY_STATUSES:
        return Exclusion.PARTY_MEMBER
    return None


def excellent_cap_count(evaluated: int, rules: EvaluationRules = DEFAULT_RULES) -> int:
    """The most 优秀 allowed: ⌊cap × evaluated⌋ ("at most": 10 → 3, 7 → 2, 3 → 0)."""
    return floor(rules.excellent_cap * max(evaluated, 0))


# ---------------------------------------------------------------------------------- tally


@dataclass(frozen=True)
class Tally:
    """The votes for one member, per grade."""

    excellent: int = 0
    passed: int = 0
    basic: int = 0
    fail: int = 0

    @classmethod
    def of(cls, votes: Mapping[Grade, int]) -> Tally:
        return cls(*(int(votes.get(g, 0)) for g in GRADES))

    def votes(self, grade: Grade) -> int:
        return (self.excellent, self.passed, self.basic, self.fail)[grade.rank]

    def as_dict(self) -> dict[Grade, int]:
        return {g: self.votes(g) for g in GRADES}

    @property
    def total(self) -> int:
        return self.excellent + self.passed + self.basic + self.fail


@dataclass(frozen=True)
class Suggestion:
    """The grade the tally points to. ``score`` is the average points (points method);
    ``tied`` marks a plurality shared by several grades (majority method)."""

    grade: Grade
    score: Fraction | None = None
    tied: bool = False


def suggest(tally: Tally, rules: EvaluationRules = DEFAULT_RULES) -> Suggestion | None:
    """The suggested grade for a tally; None when no votes were entered (or any is negative)."""
    if tally.total <= 0 or min(tally.as_dict().values()) < 0:
        return None
    if rules.method is SuggestMethod.MAJORITY:
        most = max(tally.as_dict().values())
        leaders = [g for g in GRADES if tally.votes(g) == most]
        return Suggestion(leaders[-1], tied=len(leaders) > 1)  # the lowest of the tied grades
    score = Fraction(sum(rules.points[g] * tally.votes(g) for g in GRADES), tally.total)
    for grade in (Grade.EXCELLENT, Grade.PASS, Grade.BASIC):
        if score >= rules.thresholds[grade]:
            return Suggestion(grade, score)
    return Suggestion(Grade.FAIL, score)


# ---------------------------------------------------------------------------------- follow-ups


@dataclass(frozen=True)
class FollowUp:
    """What a grade asks for next. For 不合格: re-evaluate between ``earliest`` and ``latest``."""

    kind: FollowUpKind
    earliest: dt.date | None = None
    latest: dt.date | None = None


def follow_up(
    grade: Grade | None, decided_on: dt.date | None, rules: EvaluationRules = DEFAULT_RULES
) -> FollowUp:
    if grade is Grade.BASIC:
        return FollowUp(FollowUpKind.TALK)
    if grade is Grade.FAIL:
        if decided_on is None:
            return FollowUp(FollowUpKind.REEVALUATE)
        return FollowUp(
            FollowUpKind.REEVALUATE,
            dates.add_months(decided_on, rules.reevaluate_min_months),
            dates.add_months(decided_on, rules.reevaluate_max_months),
        )
    return FollowUp(FollowUpKind.NONE)


def check_reevaluation_date(
    decided_on: dt.date, deadline: dt.date, rules: EvaluationRules = DEFAULT_RULES
) -> Finding | None:
    """A 不合格 member's re-evaluation date must fall 3–6 months after the decision."""
    plan = follow_up(Grade.FAIL, decided_on, rules)
    assert plan.earliest and plan.latest
    if plan.earliest <= deadline <= plan.latest:
        return None
    return Finding(
        CloseProblem.REEVALUATION_OUT_OF_RANGE,
        {
            "earliest": plan.earliest.isoformat(),
            "latest": plan.latest.isoformat(),
            "date": deadline.isoformat(),
        },
    )


# ---------------------------------------------------------------------------------- closing


class CloseProblem(StrEnum):
    """Why a round cannot be closed (all blocking) — worded by messages.evaluation."""

    NOBODY_EVALUATED = "eval_nobody"
    COUNTS_INVALID = "eval_counts_invalid"  # negative, or more present than expected
    QUORUM_NOT_MET = "eval_quorum"
    BALLOTS_MISSING = "eval_ballots_missing"
    BALLOTS_EXCEED_PRESENT = "eval_ballots_exceed_present"
    TALLY_MISMATCH = "eval_tally_mismatch"  # a row's votes do not add up to the ballots
    NOT_GRADED = "eval_not_graded"
    EXCELLENT_OVER_CAP = "eval_excellent_over_cap"
    NO_APPROVAL_DATE = "eval_no_approval_date"
    APPROVAL_BEFORE_MEETING = "eval_approval_before_meeting"
    REEVALUATION_OUT_OF_RANGE = "eval_reevaluation_range"  # a date check, not a close check


@dataclass(frozen=True)
class Finding:
    code: CloseProblem
    params: dict = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class RoundFacts:
    """The meeting the round was held in, as the round stores it."""

    meeting_kind: str
    expected: int
    present: int
    ballots: int
    meeting_date: dt.date | None = None
    approved_on: dt.date | None = None


@dataclass(frozen=True)
class EntryFacts:
    """One evaluated member: the tally and the grade (the final one, else the committee's).
    ``ballots`` None means the round's number of ballots."""

    member_id: Hashable
    name: str
    tally: Tally
    grade: Grade | None
    ballots: int | None = None


def excellent_share(entries: Sequence[EntryFacts]) -> tuple[int, int]:
    """(number graded 优秀, number evaluated)."""
    return sum(e.grade is Grade.EXCELLENT for e in entries), len(entries)


def check_close(
    facts: RoundFacts,
    entries: Sequence[EntryFacts],
    *,
    rules: EvaluationRules = DEFAULT_RULES,
    quorum: QuorumRules = DEFAULT_QUORUM,
    need_approval: bool = True,
) -> list[Finding]:
    """Every reason the round cannot be closed yet; an empty list when it can.

    There is deliberately no check on the number of 不合格 (no quota may be set for it).
    """
    found: list[Finding] = []
    if not entries:
        found.append(Finding(CloseProblem.NOBODY_EVALUATED))
    found += _meeting_findings(facts, quorum)
    found += _tally_findings(facts, entries)
    ungraded = [e.name for e in entries if e.grade is None]
    if ungraded:
        found.append(
            Finding(
                CloseProblem.NOT_GRADED,
                {
                    "count": len(ungraded),
                    "names": "、".join(ungraded[:5]),
                    "more": max(0, len(ungraded) - 5),
                },
            )
        )
    excellent, evaluated = excellent_share(entries)
    cap = excellent_cap_count(evaluated, rules)
    if excellent > cap:
        found.append(
            Finding(
                CloseProblem.EXCELLENT_OVER_CAP,
                {
                    "excellent": excellent,
                    "evaluated": evaluated,
                    "cap": cap,
                    "percent": _percent(rules.excellent_cap),
                },
            )
        )
    if need_approval:
        if facts.approved_on is None:
            found.append(Finding(CloseProblem.NO_APPROVAL_DATE))
        elif facts.meeting_date is not None and facts.approved_on < facts.meeting_date:
            found.append(
                Finding(
                    CloseProblem.APPROVAL_BEFORE_MEETING,
                    {
                        "approved_on": facts.approved_on.isoformat(),
                        "meeting_date": facts.meeting_date.isoformat(),
                    },
                )
            )
    return found


def _percent(share: Fraction) -> str:
    value = share * 100
    return str(value.numerator) if value.denominator == 1 else f"{float(value):.1f}"


def _meeting_findings(facts: RoundFacts, quorum: QuorumRules) -> list[Finding]:
    result = check_quorum(
        facts.meeting_kind, facts.expected, facts.present, quorum, evaluation=True
    )
    if result.problems:
        return [
            Finding(
                CloseProblem.COUNTS_INVALID, {"expected": facts.expected, "present": facts.present}
            )
        ]
    if not result.ok:
        return [
            Finding(
                CloseProblem.QUORUM_NOT_MET,
                {
                    "expected": facts.expected,
                    "present": facts.present,
                    "required": result.required,
                    "rule": result.rule_code,
                    **result.rule_params,
                },
            )
        ]
    return []


def _tally_findings(facts: RoundFacts, entries: Iterable[EntryFacts]) -> list[Finding]:
    found: list[Finding] = []
    if facts.ballots <= 0:
        found.append(Finding(CloseProblem.BALLOTS_MISSING))
    elif facts.ballots > facts.present >= 0:
        found.append(
            Finding(
                CloseProblem.BALLOTS_EXCEED_PRESENT,
                {"ballots": facts.ballots, "present": facts.present},
            )
        )
    for entry in entries:
        ballots = facts.ballots if entry.ballots is None else entry.ballots
        if ballots > 0 and entry.tally.total != ballots:
            found.append(
                Finding(
                    CloseProblem.TALLY_MISMATCH,
                    {"name": entry.name, "total": entry.tally.total, "ballots": ballots},
                )
            )
    return found


def row_matches(tally: Tally, ballots: int) -> bool:
    """Whether a row of the tally grid adds up (the grid highlights rows that do not)."""
    return ballots <= 0 or tally.total == ballots

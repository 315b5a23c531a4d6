"""Quorum and votes: is a meeting quorate, does a resolution pass, which resolutions count.

Sources (see the docs' domain notes): 团章; 中国共产主义青年团基层组织"三会两制一课"实施细则（试行）
(中青发〔2017〕5号) — 支部大会 more than ½ of members present; 发展团员工作细则 (2023) — admission
passes with yes votes above ½ of the voting members present; local 推优入党 practice — yes votes
above ½ of the voting members who should attend; 团员教育评议实施办法 — more than ⅔ of the
members present for 评议 (units that read it as "at least ⅔" make one edit of ``evaluation`` in
the rule set); 组织生活会 — at least ⅔ present (local practice); 支部委员会 — more than ½ of its
members. Every value is a default the user can edit.

All arithmetic is exact (:class:`fractions.Fraction`); "more than" and "at least" are explicit.
Callers pass counts of **League members only**: 列席 guests (activists, Party representatives)
never count towards expected, present or votes.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction
from types import MappingProxyType
from typing import Any, TypeVar

from leaguedesk.core.rulesets import (
    InvalidRule,
    RuleProblem,
    RuleProblemCode,
    as_mapping,
    format_fraction,
    parse_choice,
    parse_entries,
    parse_fraction,
)

K = TypeVar("K", bound=Hashable)


class AttendanceStatus(StrEnum):
    """How a member's attendance at one meeting is recorded (会议记录: 出席 and 缺席 with reason)."""

    PRESENT = "出席"
    PERSONAL_LEAVE = "事假"
    SICK_LEAVE = "病假"
    OFFICIAL_LEAVE = "公假"
    ABSENT = "无故缺席"
    LATE = "迟到"  # came late: present for quorum and attendance

    @property
    def counts_as_present(self) -> bool:
        return self in (AttendanceStatus.PRESENT, AttendanceStatus.LATE)

    @property
    def is_excused(self) -> bool:
        """An absence with leave (请假): reported apart from 无故缺席."""
        return self in EXCUSED


EXCUSED = frozenset(
    {AttendanceStatus.PERSONAL_LEAVE, AttendanceStatus.SICK_LEAVE, AttendanceStatus.OFFICIAL_LEAVE}
)


def counts_as_present(status: AttendanceStatus | str) -> bool:
    return AttendanceStatus(status).counts_as_present


class Comparison(StrEnum):
    MORE_THAN = "more_than"  # 超过: strictly above the share
    AT_LEAST = "at_least"  # 不少于 / 达到: the share itself is enough


class Base(StrEnum):
    """What a vote share is measured against."""

    PRESENT = "present"  # 到会有表决权的团员
    EXPECTED = "expected"  # 应到会有表决权的团员


class ResolutionKind(StrEnum):
    GENERAL = "一般决议"
    ADMISSION = "发展团员"
    RECOMMENDATION = "推优入党"


@dataclass(frozen=True)
class Threshold:
    """ "more than ½" or "at least ⅔" of some total, in exact arithmetic."""

    comparison: Comparison
    share: Fraction

    def satisfied(self, count: int, total: int) -> bool:
        scaled = count * self.share.denominator
        limit = self.share.numerator * total
        return scaled > limit if self.comparison is Comparison.MORE_THAN else scaled >= limit

    def required(self, total: int) -> int:
        """The smallest head count that satisfies the threshold: 7 → 4 and 8 → 5 for "more
        than ½"; 9 → 6 and 10 → 7 for "at least ⅔"."""
        num, den = self.share.numerator, self.share.denominator
        if self.comparison is Comparison.MORE_THAN:
            return num * total // den + 1
        return -(-num * total // den)

    @property
    def code(self) -> str:
        return self.comparison.value

    @property
    def params(self) -> dict[str, int]:
        return {"numerator": self.share.numerator, "denominator": self.share.denominator}

    def to_dict(self) -> dict[str, str]:
        return {"comparison": self.comparison.value, "share": format_fraction(self.share)}

    @classmethod
    def from_dict(cls, data: Any) -> Threshold:
        if not isinstance(data, dict) or set(data) - {"comparison", "share"}:
            raise InvalidRule(data)
        comparison = parse_choice(Comparison, data.get("comparison"))
        return cls(comparison, parse_fraction(data.get("share")))


@dataclass(frozen=True)
class VoteRule:
    threshold: Threshold
    base: Base

    def to_dict(self) -> dict[str, str]:
        return {**self.threshold.to_dict(), "base": self.base.value}

    @classmethod
    def from_dict(cls, data: Any) -> VoteRule:
        if not isinstance(data, dict):
            raise InvalidRule(data)
        rest = {key: value for key, value in data.items() if key != "base"}
        return cls(Threshold.from_dict(rest), parse_choice(Base, data.get("base")))


MORE_THAN_HALF = Threshold(Comparison.MORE_THAN, Fraction(1, 2))
AT_LEAST_TWO_THIRDS = Threshold(Comparison.AT_LEAST, Fraction(2, 3))
MORE_THAN_TWO_THIRDS = Threshold(Comparison.MORE_THAN, Fraction(2, 3))

# Keyed by the meeting kinds' Chinese names (core.meetings.MeetingKind values); None = no quorum.
DEFAULT_ATTENDANCE: dict[str, Threshold | None] = {
    "支部大会": MORE_THAN_HALF,
    "支部委员会": MORE_THAN_HALF,
    "团小组会": None,
    "团课": None,
    "主题团日": None,
    "组织生活会": AT_LEAST_TWO_THIRDS,
    "其他": None,
}
DEFAULT_RESOLUTIONS: dict[str, VoteRule] = {
    ResolutionKind.GENERAL.value: VoteRule(MORE_THAN_HALF, Base.PRESENT),
    ResolutionKind.ADMISSION.value: VoteRule(MORE_THAN_HALF, Base.PRESENT),
    ResolutionKind.RECOMMENDATION.value: VoteRule(MORE_THAN_HALF, Base.EXPECTED),
}


@dataclass(frozen=True)
class QuorumRules:
    """The editable quorum and vote rules; the defaults are the national ones above.

    ``evaluation`` is the 团员教育评议 quorum, applied on top of the meeting kind's own rule.
    """

    attendance: Mapping[str, Threshold | None] = field(default_factory=lambda: DEFAULT_ATTENDANCE)
    evaluation: Threshold = MORE_THAN_TWO_THIRDS
    resolutions: Mapping[str, VoteRule] = field(default_factory=lambda: DEFAULT_RESOLUTIONS)

    def __post_init__(self) -> None:
        object.__setattr__(self, "attendance", MappingProxyType(dict(self.attendance)))
        object.__setattr__(self, "resolutions", MappingProxyType(dict(self.resolutions)))

    def with_attendance(self, kind: str, threshold: Threshold | None) -> QuorumRules:
        return QuorumRules({**self.attendance, kind: threshold}, self.evaluation, self.resolutions)

    def with_resolution(self, kind: str, rule: VoteRule) -> QuorumRules:
        return QuorumRules(self.attendance, self.evaluation, {**self.resolutions, kind: rule})

    def to_dict(self) -> dict[str, Any]:
        return {
            "attendance": {
                kind: None if rule is None else rule.to_dict()
                for kind, rule in self.attendance.items()
            },
            "evaluation": self.evaluation.to_dict(),
            "resolutions": {kind: rule.to_dict() for kind, rule in self.resolutions.items()},
        }

    @classmethod
    def from_dict(cls, data: Any) -> tuple[QuorumRules, list[RuleProblem]]:
        """Rules from stored JSON; anything unknown or invalid keeps its default and is reported."""
        problems: list[RuleProblem] = []
        top = as_mapping(data, "", problems)
        problems += [
            RuleProblem(key, RuleProblemCode.UNKNOWN_KEY)
            for key in top
            if key not in {"attendance", "evaluation", "resolutions"}
        ]
        attendance = parse_entries(
            top.get("attendance"), "attendance", DEFAULT_ATTENDANCE, _optional_threshold, problems
        )
        evaluation = MORE_THAN_TWO_THIRDS
        if "evaluation" in top:
            try:
                evaluation = Threshold.from_dict(top["evaluation"])
            except InvalidRule:
                problems.append(RuleProblem("evaluation", RuleProblemCode.INVALID_VALUE))
        resolutions = parse_entries(
            top.get("resolutions"), "resolutions", DEFAULT_RESOLUTIONS, VoteRule.from_dict, problems
        )
        return cls(attendance, evaluation, resolutions), problems


def _optional_threshold(value: Any) -> Threshold | None:
    return None if value is None else Threshold.from_dict(value)


DEFAULT_RULES = QuorumRules()


class CountProblem(StrEnum):
    NEGATIVE = "count_negative"
    PRESENT_EXCEEDS_EXPECTED = "present_exceeds_expected"
    VOTES_EXCEED_PRESENT = "votes_exceed_present"
    NOBODY_EXPECTED = "nobody_expected"  # a rule applies but there is no one to meet


@dataclass(frozen=True)
class QuorumResult:
    """``required`` is the smallest number present that makes the meeting quorate (0: no rule)."""

    ok: bool
    required: int
    expected: int
    present: int
    rule: Threshold | None
    problems: tuple[CountProblem, ...] = ()

    @property
    def rule_code(self) -> str:
        return "none" if self.rule is None else self.rule.code

    @property
    def rule_params(self) -> dict[str, int]:
        return {} if self.rule is None else self.rule.params


def check_quorum(
    kind: str,
    expected: int,
    present: int,
    rules: QuorumRules = DEFAULT_RULES,
    *,
    evaluation: bool = False,
) -> QuorumResult:
    """Whether a meeting of ``kind`` with these member counts is quorate (列席 excluded).

    ``evaluation=True`` (a 支部大会 held for 团员教育评议) also applies ``rules.evaluation``; the
    stricter of the two decides. Kinds without a rule are always quorate when counts are sane.
    """
    problems: list[CountProblem] = []
    if expected < 0 or present < 0:
        problems.append(CountProblem.NEGATIVE)
    elif present > expected:
        problems.append(CountProblem.PRESENT_EXCEEDS_EXPECTED)
    thresholds = [rule for rule in (rules.attendance.get(kind),) if rule is not None]
    if evaluation:
        thresholds.append(rules.evaluation)
    if not thresholds:
        return QuorumResult(not problems, 0, expected, present, None, tuple(problems))
    rule = max(thresholds, key=lambda threshold: threshold.required(max(expected, 0)))
    required = rule.required(max(expected, 0))
    if expected <= 0:
        problems.append(CountProblem.NOBODY_EXPECTED)
        required = max(required, 1)
    ok = not problems and present >= required
    return QuorumResult(ok, required, expected, present, rule, tuple(problems))


@dataclass(frozen=True)
class VoteResult:
    """A vote's outcome on its own; whether it takes effect also depends on the quorum."""

    passed: bool
    required_yes: int
    counts_valid: bool
    problems: tuple[CountProblem, ...]
    rule: VoteRule
    base_count: int  # the number the share is taken of (present or expected)


def check_resolution(
    yes: int,
    no: int,
    abstain: int,
    *,
    present: int,
    expected: int,
    rules: QuorumRules = DEFAULT_RULES,
    kind: str = ResolutionKind.GENERAL,
    base: Base | None = None,
) -> VoteResult:
    """Whether a resolution passes: yes votes against the rule's share of the base.

    ``present`` and ``expected`` count voting members only. ``base`` overrides the rule's base
    (present | expected). Counts are invalid when negative, when votes outnumber the members
    present, or when more are present than expected; an invalid vote never passes.
    """
    vote_rule = rules.resolutions.get(kind, DEFAULT_RESOLUTIONS[ResolutionKind.GENERAL])
    if base is not None:
        vote_rule = VoteRule(vote_rule.threshold, Base(base))
    problems: list[CountProblem] = []
    if min(yes, no, abstain, present, expected) < 0:
        problems.append(CountProblem.NEGATIVE)
    else:
        if yes + no + abstain > present:
            problems.append(CountProblem.VOTES_EXCEED_PRESENT)
        if present > expected:
            problems.append(CountProblem.PRESENT_EXCEEDS_EXPECTED)
    base_count = max(present if vote_rule.base is Base.PRESENT else expected, 0)
    required_yes = max(vote_rule.threshold.required(base_count), 1)
    passed = not problems and yes >= required_yes
    return VoteResult(passed, required_yes, not problems, tuple(problems), vote_rule, base_count)


def resolution_takes_effect(quorum: QuorumResult, vote: VoteResult) -> bool:
    """A resolution counts only if it passed at a quorate meeting (below quorum: none count)."""
    return quorum.ok and vote.passed


def effective_resolutions(quorum: QuorumResult, votes: Iterable[tuple[K, VoteResult]]) -> list[K]:
    """The keys of the resolutions that take effect, in the order given."""
    return [key for key, vote in votes if resolution_takes_effect(quorum, vote)]

"""推优入党 (recommending League members to the Party): who may be a candidate, the 支部大会
secret vote, ranking and how long a recommendation stays valid.

Local practice, every rule an editable default: the candidate is 28 or younger on the day of
the vote (周岁), applied to the Party at least 6 months before, has been a member for at least a
year, and is under no League punishment. The 支部大会 needs more than ½ of the voting members
present; a candidate passes with yes votes above ½ of those who **should attend** (the
``推优入党`` resolution rule of ``core.quorum``). Candidates who pass are ranked by yes votes
(equal votes share a rank: 1, 2, 2, 4). A recommendation is valid for 2 years: until the day
before the second anniversary of the vote. Pure Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import partial
from typing import Any

from leaguedesk.core import dates
from leaguedesk.core.lifecycle import DisciplineRecord
from leaguedesk.core.quorum import DEFAULT_RULES as DEFAULT_QUORUM
from leaguedesk.core.quorum import QuorumRules, ResolutionKind, check_quorum, check_resolution
from leaguedesk.core.rulesets import RuleProblem, parse_bool, parse_count, parse_fields

MEETING_KIND = "支部大会"


@dataclass(frozen=True)
class RecommendationRules:
    """Each candidate rule can be switched off (``check_*``) or given another value."""

    check_age: bool = True
    max_age: int = 28
    check_application: bool = True
    application_min_months: int = 6
    check_membership: bool = True
    membership_min_months: int = 12
    check_punishment: bool = True
    valid_years: int = 2

    def to_dict(self) -> dict[str, Any]:
        return {key: getattr(self, key) for key in self.__dataclass_fields__}

    @classmethod
    def from_dict(cls, data: Any) -> tuple[RecommendationRules, list[RuleProblem]]:
        problems: list[RuleProblem] = []
        count = partial(parse_count, maximum=120)
        parsers = {
            key: parse_bool if key.startswith("check_") else count
            for key in cls.__dataclass_fields__
        }
        return parse_fields(cls(), data, parsers, problems), problems


DEFAULT_RULES = RecommendationRules()


class Eligibility(StrEnum):
    """Why a member cannot be recommended (worded by messages.evaluation)."""

    NOT_ACTIVE = "rec_not_active"
    ALREADY_PARTY = "rec_already_party"
    BIRTH_UNKNOWN = "rec_birth_unknown"
    TOO_OLD = "rec_too_old"
    NO_APPLICATION = "rec_no_application"
    APPLICATION_TOO_RECENT = "rec_application_recent"
    JOINED_UNKNOWN = "rec_joined_unknown"
    MEMBERSHIP_TOO_SHORT = "rec_membership_short"
    PUNISHED = "rec_punished"


@dataclass(frozen=True)
class CandidateFinding:
    code: Eligibility
    params: dict = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class CandidateFacts:
    status: str
    political_status: str
    birth_date: dt.date | None
    joined_on: dt.date | None  # first day of 入团年月
    applied_on: dt.date | None  # the Party application (入党申请书) date
    discipline: Sequence[DisciplineRecord] = ()


def check_candidate(
    facts: CandidateFacts, on: dt.date, rules: RecommendationRules = DEFAULT_RULES
) -> list[CandidateFinding]:
    """Every rule the member fails on the day ``on`` (the vote); empty when eligible."""
    found: list[CandidateFinding] = []
    if facts.status != "正常":
        found.append(CandidateFinding(Eligibility.NOT_ACTIVE, {"status": facts.status}))
    if facts.political_status in ("中共党员", "中共预备党员"):
        found.append(
            CandidateFinding(Eligibility.ALREADY_PARTY, {"status": facts.political_status})
        )
    if rules.check_age:
        if facts.birth_date is None:
            found.append(CandidateFinding(Eligibility.BIRTH_UNKNOWN))
        else:
            age = dates.age_on(facts.birth_date, on)
            if age > rules.max_age:
                found.append(
                    CandidateFinding(
                        Eligibility.TOO_OLD,
                        {"age": age, "max_age": rules.max_age, "date": on.isoformat()},
                    )
                )
    if rules.check_application:
        if facts.applied_on is None:
            found.append(CandidateFinding(Eligibility.NO_APPLICATION))
        else:
            earliest = dates.add_months(facts.applied_on, rules.application_min_months)
            if on < earliest:
                found.append(
                    CandidateFinding(
                        Eligibility.APPLICATION_TOO_RECENT,
                        {
                            "applied_on": facts.applied_on.isoformat(),
                            "months": rules.application_min_months,
                            "earliest": earliest.isoformat(),
                        },
                    )
                )
    if rules.check_membership:
        if facts.joined_on is None:
            found.append(CandidateFinding(Eligibility.JOINED_UNKNOWN))
        else:
            earliest = dates.add_months(facts.joined_on, rules.membership_min_months)
            if on < earliest:
                found.append(
                    CandidateFinding(
                        Eligibility.MEMBERSHIP_TOO_SHORT,
                        {
                            "joined_on": f"{facts.joined_on:%Y-%m}",
                            "months": rules.membership_min_months,
                            "earliest": earliest.isoformat(),
                        },
                    )
                )
    if rules.check_punishment:
        active = [r.level for r in facts.discipline if r.active]
        if active:
            found.append(CandidateFinding(Eligibility.PUNISHED, {"level": "、".join(active)}))
    return found


# ---------------------------------------------------------------------------------- the vote


class VoteProblem(StrEnum):
    QUORUM_NOT_MET = "rec_quorum"
    COUNTS_INVALID = "rec_counts_invalid"
    NOT_PASSED = "rec_not_passed"


@dataclass(frozen=True)
class VoteOutcome:
    """One candidate's vote: ``passed`` only at a quorate meeting with valid counts."""

    quorate: bool
    passed: bool
    required_present: int
    required_yes: int
    problems: tuple[VoteProblem, ...]


def vote_outcome(
    yes: int,
    no: int,
    abstain: int,
    *,
    expected: int,
    present: int,
    quorum: QuorumRules = DEFAULT_QUORUM,
) -> VoteOutcome:
    attendance = check_quorum(MEETING_KIND, expected, present, quorum)
    vote = check_resolution(
        yes,
        no,
        abstain,
        present=present,
        expected=expected,
        rules=quorum,
        kind=ResolutionKind.RECOMMENDATION,
    )
    problems: list[VoteProblem] = []
    if attendance.problems or not vote.counts_valid:
        problems.append(VoteProblem.COUNTS_INVALID)
    elif not attendance.ok:
        problems.append(VoteProblem.QUORUM_NOT_MET)
    elif not vote.passed:
        problems.append(VoteProblem.NOT_PASSED)
    return VoteOutcome(
        attendance.ok, not problems, attendance.required, vote.required_yes, tuple(problems)
    )


def rank(results: Iterable[tuple[Hashable, int, bool]]) -> dict[Hashable, int]:
    """Ranks of the candidates who passed, by yes votes (most first); equal votes share a rank
    (1, 2, 2, 4). ``results`` holds (key, yes votes, passed)."""
    passed = sorted(((key, yes) for key, yes, ok in results if ok), key=lambda kv: -kv[1])
    ranks: dict[Hashable, int] = {}
    for position, (key, yes) in enumerate(passed, 1):
        previous = passed[position - 2] if position > 1 else None
        ranks[key] = ranks[previous[0]] if previous and previous[1] == yes else position
    return ranks


def valid_until(decided_on: dt.date, rules: RecommendationRules = DEFAULT_RULES) -> dt.date:
    """The last day a recommendation made on ``decided_on`` is valid."""
    return dates.add_months(decided_on, 12 * rules.valid_years) - dt.timedelta(days=1)

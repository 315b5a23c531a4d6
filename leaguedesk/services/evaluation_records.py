"""The plain data the 两制 and 推优 services return, and the errors they raise.

Kept apart from the use cases (``services.evaluation``, ``services.registration``,
``services.recommendation``) so each stays short; the GUI, the printing and the command line
read these and nothing else.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from leaguedesk.core import dates
from leaguedesk.core.evaluation import EntryFacts, Grade, RoundFacts, Tally, parse_grade
from leaguedesk.core.recommendation import CandidateFinding
from leaguedesk.core.registration import Basis, Outcome, parse_outcome


class Problem(StrEnum):
    """What went wrong with a request (worded by messages.evaluation)."""

    ROUND_NOT_FOUND = "round_not_found"
    ROUND_EXISTS = "round_exists"
    ROUND_CLOSED = "round_closed"
    ENTRY_NOT_FOUND = "entry_not_found"
    NOBODY_TO_EVALUATE = "nobody_to_evaluate"
    BAD_COUNT = "bad_count"
    BAD_DATE = "bad_date"
    BAD_KIND = "bad_kind"
    NO_CLOSED_EVALUATION = "no_closed_evaluation"
    NOT_DEFERRED = "not_deferred"
    MEETING_NOT_FOUND = "meeting_not_found"
    MEETING_OTHER_BRANCH = "meeting_other_branch"
    MEETING_WRONG_KIND = "meeting_wrong_kind"
    FACTS_FROM_MEETING = "facts_from_meeting"


class EvaluationError(Exception):
    def __init__(self, problem: Problem, **facts: object):
        super().__init__(problem.value)
        self.problem = problem
        self.facts = facts


class RoundBlocked(Exception):
    """Closing refused: ``findings`` lists every rule the round breaks (all blocking)."""

    def __init__(self, findings: list[Any]):
        super().__init__(", ".join(str(f.code) for f in findings))
        self.findings = findings


class CandidatesIneligible(Exception):
    """A vote was refused: ``candidates`` holds (name, findings) of those who may not stand."""

    def __init__(self, candidates: list[tuple[str, list[CandidateFinding]]]):
        super().__init__(", ".join(name for name, _ in candidates))
        self.candidates = candidates


def _day(text: str | None) -> dt.date | None:
    return dates.parse_day(text)


@dataclass(frozen=True)
class Round:
    """An evaluation round: one branch, one year, held in one meeting."""

    id: int
    branch_id: int
    branch_name: str
    year: int
    meeting_kind: str
    meeting_date: dt.date | None
    meeting_id: int | None
    expected: int
    present: int
    ballots: int
    include_party_members: bool
    status: str
    approved_on: dt.date | None
    approved_by: str
    notes: str

    @property
    def closed(self) -> bool:
        return self.status == "closed"

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Round:
        return cls(
            int(row["id"]),
            int(row["branch_id"]),
            row["branch_name"],
            int(row["year"]),
            row["meeting_kind"],
            _day(row["meeting_date"]),
            row["meeting_id"],
            int(row["expected"]),
            int(row["present"]),
            int(row["ballots"]),
            bool(row["include_party_members"]),
            row["status"],
            _day(row["approved_on"]),
            row["approved_by"],
            row["notes"],
        )

    def facts(self, approved_on: dt.date | None = None) -> RoundFacts:
        return RoundFacts(
            self.meeting_kind,
            self.expected,
            self.present,
            self.ballots,
            self.meeting_date,
            approved_on or self.approved_on,
        )


@dataclass(frozen=True)
class Entry:
    """One member evaluated in a round."""

    id: int
    round_id: int
    member_id: int
    name: str
    name_pinyin: str
    group_name: str
    sex: str
    political_status: str
    league_post: str
    self_assessment: str
    tally: Tally
    ballots: int | None
    committee_grade: Grade | None
    final_grade: Grade | None
    talk_on: dt.date | None
    talk_note: str
    reevaluate_by: dt.date | None
    reevaluated_on: dt.date | None
    reevaluation_grade: Grade | None
    notes: str

    @property
    def grade(self) -> Grade | None:
        """The grade that counts: the approved (final) one, else the committee's proposal."""
        return self.final_grade or self.committee_grade

    def facts(self) -> EntryFacts:
        return EntryFacts(self.member_id, self.name, self.tally, self.grade, self.ballots)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Entry:
        tally = Tally(
            int(row["votes_excellent"]),
            int(row["votes_pass"]),
            int(row["votes_basic"]),
            int(row["votes_fail"]),
        )
        return cls(
            int(row["id"]),
            int(row["round_id"]),
            int(row["member_id"]),
            row["name"],
            row["name_pinyin"],
            row["group_name"],
            row["sex"],
            row["political_status"],
            row["league_post"],
            row["self_assessment"],
            tally,
            row["ballots"],
            parse_grade(row["committee_grade"]),
            parse_grade(row["final_grade"]),
            _day(row["talk_on"]),
            row["talk_note"],
            _day(row["reevaluate_by"]),
            _day(row["reevaluated_on"]),
            parse_grade(row["reevaluation_grade"]),
            row["notes"],
        )


@dataclass(frozen=True)
class RegistrationRound:
    id: int
    branch_id: int
    branch_name: str
    year: int
    evaluation_round_id: int | None
    decided_on: dt.date | None
    status: str

    @property
    def closed(self) -> bool:
        return self.status == "closed"

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> RegistrationRound:
        return cls(
            int(row["id"]),
            int(row["branch_id"]),
            row["branch_name"],
            int(row["year"]),
            row["evaluation_round_id"],
            _day(row["decided_on"]),
            row["status"],
        )


@dataclass(frozen=True)
class RegistrationEntry:
    id: int
    round_id: int
    member_id: int
    name: str
    name_pinyin: str
    sex: str
    group_name: str
    political_status: str
    card_no: str
    grade: Grade | None
    derived: Outcome
    basis: Basis | None
    outcome: Outcome
    reason: str
    deferred_until: dt.date | None
    resolved_on: dt.date | None
    resolved_outcome: Outcome | None

    @property
    def changed(self) -> bool:
        return self.outcome is not self.derived

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> RegistrationEntry:
        derived = parse_outcome(row["derived_outcome"]) or Outcome.REGISTERED
        try:
            basis: Basis | None = Basis(row["basis"])
        except ValueError:
            basis = None
        return cls(
            int(row["id"]),
            int(row["round_id"]),
            int(row["member_id"]),
            row["name"],
            row["name_pinyin"],
            row["sex"],
            row["group_name"],
            row["political_status"],
            row["card_no"],
            parse_grade(row["grade"]),
            derived,
            basis,
            parse_outcome(row["outcome"]) or derived,
            row["reason"],
            _day(row["deferred_until"]),
            _day(row["resolved_on"]),
            parse_outcome(row["resolved_outcome"]),
        )


@dataclass(frozen=True)
class Recommendation:
    id: int
    member_id: int
    name: str
    sex: str
    birth_date: dt.date | None
    joined_on: str | None
    workplace: str
    league_post: str
    applied_on: dt.date | None
    meeting_date: dt.date
    expected: int
    present: int
    yes: int
    no: int
    abstain: int
    passed: bool
    rank: int | None
    valid_until: dt.date | None
    findings: tuple[str, ...] = field(default=())

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Recommendation:
        meeting = _day(row["meeting_date"])
        assert meeting is not None
        return cls(
            int(row["id"]),
            int(row["member_id"]),
            row["name"],
            row["sex"],
            _day(row["birth_date"]),
            row["joined_on"],
            row["workplace"],
            row["league_post"],
            _day(row["applied_on"]),
            meeting,
            int(row["expected"]),
            int(row["present"]),
            int(row["votes_yes"]),
            int(row["votes_no"]),
            int(row["votes_abstain"]),
            bool(row["passed"]),
            row["rank"],
            _day(row["valid_until"]),
            tuple(c for c in (row["findings"] or "").split(",") if c),
        )

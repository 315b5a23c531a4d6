"""推优入党 use cases: candidates with their eligibility, the 支部大会 vote stored in one
transaction with ranks and validity, results in each member's history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from leaguedesk.core import dates
from leaguedesk.core.lifecycle import DisciplineRecord, Status
from leaguedesk.core.recommendation import (
    CandidateFacts,
    CandidateFinding,
    RecommendationRules,
    check_candidate,
    rank,
    valid_until,
    vote_outcome,
)
from leaguedesk.services import members as ms
from leaguedesk.services import organisation as org
from leaguedesk.services.evaluation import quorum_rules
from leaguedesk.services.evaluation_records import (
    CandidatesIneligible,
    EvaluationError,
    Problem,
    Recommendation,
)
from leaguedesk.storage import members as member_store
from leaguedesk.storage import recommendation as store
from leaguedesk.storage.leaguefile import LeagueFile

RULES_SETTING = "rules.recommendation"
PARTY = ("中共党员", "中共预备党员")


def load_rules(league: LeagueFile) -> RecommendationRules:
    rules, _problems = RecommendationRules.from_dict(org.get_setting(league, RULES_SETTING, {}))
    return rules


def save_rules(league: LeagueFile, rules: RecommendationRules) -> None:
    org.set_setting(league, RULES_SETTING, rules.to_dict())


@dataclass(frozen=True)
class Candidate:
    member: ms.Member
    applied_on: dt.date | None
    findings: list[CandidateFinding]

    @property
    def eligible(self) -> bool:
        return not self.findings


@dataclass(frozen=True)
class Vote:
    """One candidate's ballot result at the meeting."""

    member_id: int
    applied_on: dt.date | None
    yes: int
    no: int = 0
    abstain: int = 0


def _facts(league: LeagueFile, member: ms.Member, applied_on: dt.date | None) -> CandidateFacts:
    discipline = [DisciplineRecord(**r) for r in member_store.discipline_rows(league.db, member.id)]
    return CandidateFacts(
        member.status,
        member.political_status,
        dates.parse_day(member.birth_date),
        dates.parse_month(member.joined_on),
        applied_on,
        discipline,
    )


def candidates(
    league: LeagueFile,
    branch_id: int,
    *,
    on: dt.date,
    applied: Mapping[int, dt.date | None] | None = None,
) -> list[Candidate]:
    """Active members not yet in the Party, each with the rules they fail on ``on``.

    ``applied`` gives Party application dates as typed; otherwise the last stored one is used.
    """
    rules = load_rules(league)
    stored = last_applications(league, branch_id)
    found = []
    for member in ms.list_members(league, branch_id=branch_id, status=Status.ACTIVE):
        if member.political_status in PARTY:
            continue
        applied_on = (applied or {}).get(member.id, stored.get(member.id))
        found.append(
            Candidate(
                member, applied_on, check_candidate(_facts(league, member, applied_on), on, rules)
            )
        )
    return found


def last_applications(league: LeagueFile, branch_id: int) -> dict[int, dt.date]:
    """The Party application date last recorded for each member of the branch."""
    found: dict[int, dt.date] = {}
    for meeting in reversed(store.meeting_dates(league.db, branch_id)):
        for row in store.batch_rows(league.db, branch_id, meeting):
            day = dates.parse_day(row["applied_on"])
            if day:
                found[int(row["member_id"])] = day
    return found


def record_vote(
    league: LeagueFile,
    branch_id: int,
    *,
    meeting_date: dt.date,
    expected: int,
    present: int,
    votes: Sequence[Vote],
    meeting_id: int | None = None,
) -> list[Recommendation]:
    """Store the 支部大会's secret vote on each candidate (replacing an earlier entry of the
    same meeting): passed or not, rank among those who passed, valid until. Candidates failing
    a rule are refused (CandidatesIneligible); the history of each candidate records the
    result. One transaction."""
    org.get_branch(league, branch_id)
    if (
        min(
            [
                expected,
                present,
                *(v.yes for v in votes),
                *(v.no for v in votes),
                *(v.abstain for v in votes),
            ],
            default=0,
        )
        < 0
    ):
        raise EvaluationError(Problem.BAD_COUNT, field="votes", value=-1)
    rules, quorum = load_rules(league), quorum_rules(league)
    ineligible = []
    rows = []
    for vote in votes:
        member = ms.get_member(league, vote.member_id)
        findings = check_candidate(_facts(league, member, vote.applied_on), meeting_date, rules)
        if findings:
            ineligible.append((member.name, findings))
        outcome = vote_outcome(
            vote.yes, vote.no, vote.abstain, expected=expected, present=present, quorum=quorum
        )
        rows.append((member, vote, outcome))
    if ineligible:
        raise CandidatesIneligible(ineligible)
    ranks = rank((member.id, vote.yes, outcome.passed) for member, vote, outcome in rows)
    until = valid_until(meeting_date, rules)
    stored = [
        {
            "member_id": member.id,
            "applied_on": vote.applied_on.isoformat() if vote.applied_on else None,
            "meeting_date": meeting_date.isoformat(),
            "meeting_id": meeting_id,
            "expected": expected,
            "present": present,
            "votes_yes": vote.yes,
            "votes_no": vote.no,
            "votes_abstain": vote.abstain,
            "passed": int(outcome.passed),
            "rank": ranks.get(member.id),
            "valid_until": until.isoformat() if outcome.passed else None,
            "findings": ",".join(p.value for p in outcome.problems),
            "notes": "",
        }
        for member, vote, outcome in rows
    ]
    with league.transaction() as db:
        store.replace_batch(db, branch_id, meeting_date.isoformat(), stored)
        for member, vote, outcome in rows:
            text = (
                f"通过（第{ranks[member.id]}名，有效期至{until.isoformat()}）"
                if outcome.passed
                else "未通过"
            )
            member_store.add_history(
                db,
                member.id,
                "recommendation",
                None,
                f"推优入党：{text}",
                f"支部大会{meeting_date.isoformat()}，赞成{vote.yes}票",
            )
    return batch(league, branch_id, meeting_date)


def batch(league: LeagueFile, branch_id: int, meeting_date: dt.date) -> list[Recommendation]:
    """One meeting's candidates: those who passed by rank, then the others."""
    return [
        Recommendation.from_row(r)
        for r in store.batch_rows(league.db, branch_id, meeting_date.isoformat())
    ]


def meeting_dates(league: LeagueFile, branch_id: int) -> list[dt.date]:
    return [d for d in map(dates.parse_day, store.meeting_dates(league.db, branch_id)) if d]


def valid_recommendations(
    league: LeagueFile, branch_id: int, *, on: dt.date
) -> list[Recommendation]:
    return [
        Recommendation.from_row(r) for r in store.valid_rows(league.db, branch_id, on.isoformat())
    ]

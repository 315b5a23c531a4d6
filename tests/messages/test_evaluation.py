"""Every 两制 and 推优 code reads as a sentence with its facts filled in."""

from __future__ import annotations

import datetime as dt

from leaguedesk.core.evaluation import (
    CloseProblem,
    EntryFacts,
    Finding,
    Grade,
    RoundFacts,
    Tally,
    check_close,
)
from leaguedesk.core.recommendation import CandidateFinding, Eligibility, VoteProblem
from leaguedesk.core.registration import Basis, DeferralFinding, DeferralProblem
from leaguedesk.messages import evaluation as words
from leaguedesk.services.evaluation_records import EvaluationError, Problem

SAMPLE = {
    "expected": 9,
    "present": 5,
    "required": 7,
    "numerator": 2,
    "denominator": 3,
    "rule": "more_than",
    "ballots": 5,
    "name": "张三",
    "total": 4,
    "count": 2,
    "names": "张三、李四",
    "more": 0,
    "excellent": 4,
    "evaluated": 10,
    "cap": 3,
    "percent": "30",
    "approved_on": "2026-01-02",
    "meeting_date": "2026-01-05",
    "earliest": "2026-04-01",
    "latest": "2026-07-01",
    "date": "2026-08-01",
    "status": "转出",
    "age": 29,
    "max_age": 28,
    "applied_on": "2026-01-01",
    "months": 6,
    "joined_on": "2025-09",
    "level": "警告",
    "outcome": "不予注册",
    "derived": "正常注册",
    "year": 2025,
    "value": "团课",
    "kind": "团课",
    "branch": "另一团支部",
    "meeting_id": 7,
}


def _clean(text: str) -> bool:
    return bool(text) and "{" not in text and "?" not in text


def test_every_code_has_words():
    for code in CloseProblem:
        assert _clean(words.finding_text(Finding(code, SAMPLE))), code
    for basis in Basis:
        assert _clean(words.basis_text(basis, "合格")), basis
    for problem in DeferralProblem:
        assert _clean(words.deferral_text(DeferralFinding(problem, SAMPLE))), problem
    for code in Eligibility:
        assert _clean(words.candidate_text(CandidateFinding(code, SAMPLE))), code
    for vote in VoteProblem:
        assert _clean(words.vote_text(vote.value)), vote
    for problem in Problem:
        assert _clean(words.error_text(EvaluationError(problem, **SAMPLE))), problem


def test_close_findings_read_as_a_secretary_would_say_them():
    facts = RoundFacts("支部大会", 9, 5, 5, dt.date(2025, 12, 20), dt.date(2026, 1, 5))
    entries = [EntryFacts(i, f"团员{i}", Tally(5, 0, 0, 0), Grade.EXCELLENT) for i in range(4)]
    texts = [words.finding_text(f) for f in check_close(facts, entries)]
    assert texts == [
        "应到9人，实到5人，不足评议所需的7人（须超过三分之二团员到会），评议无效。请另行召开会议。",
        "评为优秀4人，超过参评4人的30%（最多1人），请减少3名优秀。",
    ]
    many = Finding(CloseProblem.NOT_GRADED, {"count": 7, "names": "甲、乙、丙、丁、戊", "more": 2})
    assert words.finding_text(many) == "还有7名团员没有评定等次：甲、乙、丙、丁、戊等。"

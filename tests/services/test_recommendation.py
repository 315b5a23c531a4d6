"""推优入党 in a league file: candidates and their findings, the vote, ranks, history."""

from __future__ import annotations

import datetime as dt

import pytest

from leaguedesk.core.recommendation import Eligibility
from leaguedesk.services import members as ms
from leaguedesk.services import recommendation as rec
from leaguedesk.services.evaluation_records import CandidatesIneligible
from tests.evaluation_branch import NAMES, PARTY_MEMBER, add_branch

MEETING = dt.date(2026, 6, 15)
APPLIED = dt.date(2025, 9, 1)


@pytest.fixture
def branch(league):
    return add_branch(league)


def test_candidates_exclude_party_members_and_show_findings(league, branch):
    found = rec.candidates(
        league, branch.branch_id, on=MEETING, applied={branch.ids[NAMES[0]]: APPLIED}
    )
    names = [c.member.name for c in found]
    assert PARTY_MEMBER not in names and len(names) == 10
    first = found[0]
    assert first.member.name == NAMES[0] and first.eligible
    assert [f.code for f in found[1].findings] == [Eligibility.NO_APPLICATION]


def test_a_vote_ranks_those_who_passed_and_records_history(league, branch):
    ids = branch.ids
    votes = [
        rec.Vote(ids[NAMES[0]], APPLIED, yes=7, no=1, abstain=1),
        rec.Vote(ids[NAMES[1]], APPLIED, yes=9),
        rec.Vote(ids[NAMES[2]], APPLIED, yes=5, no=4),
    ]
    results = rec.record_vote(
        league, branch.branch_id, meeting_date=MEETING, expected=11, present=9, votes=votes
    )
    assert [(r.name, r.passed, r.rank) for r in results] == [
        (NAMES[1], True, 1),
        (NAMES[0], True, 2),
        (NAMES[2], False, None),
    ]
    assert results[0].valid_until == dt.date(2028, 6, 14)
    assert ms.history(league, ids[NAMES[1]])[0].new_value.startswith("推优入党：通过（第1名")
    assert rec.last_applications(league, branch.branch_id)[ids[NAMES[2]]] == APPLIED
    assert [
        r.name for r in rec.valid_recommendations(league, branch.branch_id, on=dt.date(2028, 6, 14))
    ] == [NAMES[1], NAMES[0]]


def test_an_ineligible_candidate_stops_the_vote(league, branch):
    vote = rec.Vote(branch.ids[NAMES[0]], dt.date(2026, 3, 1), yes=9)
    with pytest.raises(CandidatesIneligible) as caught:
        rec.record_vote(
            league, branch.branch_id, meeting_date=MEETING, expected=11, present=9, votes=[vote]
        )
    ((name, findings),) = caught.value.candidates
    assert name == NAMES[0] and findings[0].code is Eligibility.APPLICATION_TOO_RECENT
    assert rec.batch(league, branch.branch_id, MEETING) == []


def test_without_quorum_nobody_passes(league, branch):
    results = rec.record_vote(
        league,
        branch.branch_id,
        meeting_date=MEETING,
        expected=11,
        present=5,
        votes=[rec.Vote(branch.ids[NAMES[0]], APPLIED, yes=5)],
    )
    assert not results[0].passed and results[0].findings == ("rec_quorum",)

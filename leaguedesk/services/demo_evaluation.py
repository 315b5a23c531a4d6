"""Demo 两制 data: last year's closed 团员教育评议 and 团籍注册 for every branch.

Tallies are drawn so each member's votes lean towards a grade, the committee takes the
suggested grade (優秀 trimmed to the 30% cap), the 上级团委 approves and registration follows.
Deterministic for a seed; uses the services, so the data passes every rule they enforce.
"""

from __future__ import annotations

import datetime as dt
import random

from leaguedesk.core.evaluation import Grade, Tally, excellent_cap_count, suggest
from leaguedesk.core.quorum import check_quorum
from leaguedesk.services import evaluation as ev
from leaguedesk.services import organisation as org
from leaguedesk.services import registration as reg
from leaguedesk.services.evaluation_records import EvaluationError
from leaguedesk.storage.leaguefile import LeagueFile

# How likely each grade is as the one a member's votes lean towards.
LEANINGS = (Grade.EXCELLENT,) * 5 + (Grade.PASS,) * 13 + (Grade.BASIC,)


def _tally(rng: random.Random, leaning: Grade, ballots: int) -> Tally:
    votes = dict.fromkeys(Grade, 0)
    others = [g for g in Grade if g is not leaning and abs(g.rank - leaning.rank) == 1]
    for _ in range(ballots):
        votes[leaning if rng.random() < 0.75 or not others else rng.choice(others)] += 1
    return Tally.of(votes)


def generate(league: LeagueFile, *, today: dt.date, seed: int = 2026) -> None:
    """Write a closed evaluation and registration of ``today.year - 1`` for every branch."""
    rng = random.Random(seed + 1)
    year = today.year - 1
    rules = ev.load_rules(league)
    for branch in org.list_branches(league):
        meeting = dt.date(year, 12, rng.randint(12, 26))
        try:
            expected = len(ev.evaluated_members(league, branch.id, include_party_members=True))
            required = check_quorum(
                "支部大会", expected, 0, ev.quorum_rules(league), evaluation=True
            ).required
            present = max(required, expected - rng.randint(0, 2))
            found = ev.open_round(
                league,
                branch.id,
                year,
                meeting_date=meeting,
                expected=expected,
                present=present,
                ballots=present,
            )
        except EvaluationError:
            continue  # a branch with nobody to evaluate
        entries = ev.entries(league, found.id)
        grades: dict[int, Grade] = {}
        for entry in entries:
            tally = _tally(rng, rng.choice(LEANINGS), present)
            ev.record_tally(league, entry.id, tally)
            suggestion = suggest(tally, rules)
            grades[entry.id] = suggestion.grade if suggestion else Grade.PASS
        cap = excellent_cap_count(len(entries), rules)
        excellent = [i for i, g in grades.items() if g is Grade.EXCELLENT]
        for entry_id in excellent[cap:]:
            grades[entry_id] = Grade.PASS
        ev.propose_grades(league, found.id, grades)
        approved = min(meeting + dt.timedelta(days=rng.randint(10, 20)), today)
        ev.close_round(league, found.id, approved_on=approved, approved_by=branch.approving_body)
        registration = reg.create_round(league, branch.id, year, decided_on=approved)
        reg.close_round(league, registration.id, decided_on=approved)

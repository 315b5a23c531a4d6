"""Sample applicants for the demo file: someone at every stage of recruitment, a few admitted
through the whole procedure, and a few with deliberate problems (too young, too short a 考察,
a missing introducer, an overdue talk) so the board has something to show.

Clean applicants go through ``services.recruitment.record_step`` like any user's; the flawed
steps are written straight to storage, as records from before a rule or from another tool
would be, and the board's audit reports them.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from leaguedesk.core import idcard
from leaguedesk.core.recruitment import Ballot, RecruitmentRules, add_months
from leaguedesk.core.workdays import UnknownYear, add_working_days
from leaguedesk.services import recruitment as rs
from leaguedesk.services.recruitment_records import DecisionFacts, StepInput, StepRefused
from leaguedesk.storage import recruitment as store
from leaguedesk.storage.leaguefile import LeagueFile

ORDER = (
    "apply",
    "talk",
    "activist",
    "contacts",
    "cultivation",
    "candidate",
    "pre_review",
    "candidate_notice",
    "introducers",
    "application_form",
    "general_meeting",
    "approval",
    "new_member_notice",
    "ceremony",
    "archive",
)
# Where the first branch's clean applicants stop (the last step recorded).
FIRST_BRANCH_STOPS = (
    "apply",
    "talk",
    "contacts",
    "cultivation",
    "candidate_notice",
    "application_form",
    "general_meeting",
    "approval",
    "new_member_notice",
)
LESSONS = ("团的基本知识", "团章学习", "共青团的光荣历史", "新时代青年的使命")
D = dt.timedelta


def _plus(day: dt.date, days: int) -> dt.date:
    return day + D(days=days)


def _notice_end(start: dt.date, days: int) -> dt.date:
    try:
        return add_working_days(start, days)
    except UnknownYear:
        return add_working_days(start, days, weekends_fallback=True)


def plan(
    start: dt.date, rules: RecruitmentRules, decide: str, voters: int, people: tuple[int, int]
) -> dict[str, StepInput]:
    """A clean path through all 15 steps beginning with an application on ``start``."""
    a, b = people
    present = max(3, voters * 3 // 4 + 1) if voters >= 3 else voters
    steps: dict[str, StepInput] = {"apply": StepInput(start, documents=("入团申请书",))}
    talk = _plus(start, 12)
    steps["talk"] = StepInput(talk, people=(a,))
    activist = _plus(talk, 16)
    notice_start = _plus(activist, 1)
    steps["activist"] = StepInput(
        activist, decision=DecisionFacts(decide, 5, 5), notice_start=notice_start
    )
    contacts = _plus(_notice_end(notice_start, rules.notice_length(1)), 1)
    steps["contacts"] = StepInput(contacts, people=(a, b))
    candidate = _plus(add_months(activist, rules.cultivation_months), 3)
    steps["cultivation"] = StepInput(
        max(contacts, _plus(candidate, -4)), documents=("培养考察记录",), hours=rules.tuanke_hours
    )
    steps["candidate"] = StepInput(candidate, decision=DecisionFacts(decide, 5, 5))
    review = _plus(candidate, 6)
    steps["pre_review"] = StepInput(review, documents=("入团志愿书",))
    steps["candidate_notice"] = StepInput(_plus(review, 1))
    introducers = _plus(_notice_end(_plus(review, 1), rules.notice_length(2)), 1)
    steps["introducers"] = StepInput(introducers, people=(a, b))
    form = _plus(introducers, 2)
    steps["application_form"] = StepInput(form, opinion_date=_plus(form, 1))
    meeting = _plus(form, 7)
    steps["general_meeting"] = StepInput(
        meeting,
        decision=DecisionFacts("支部大会", voters, present),
        ballot=Ballot(present - 1, 1, 0),
    )
    approval = _plus(meeting, 15)
    steps["approval"] = StepInput(approval, notes="上级团委审批同意")
    steps["new_member_notice"] = StepInput(_plus(approval, 1))
    after = _plus(_notice_end(_plus(approval, 1), rules.notice_length(3)), 1)
    steps["ceremony"] = StepInput(after)
    steps["archive"] = StepInput(_plus(after, 2), documents=("入团志愿书扫描件",))
    return steps


def _plan_ending(
    today: dt.date,
    stop: str,
    rules: RecruitmentRules,
    decide: str,
    voters: int,
    people: tuple[int, int],
    lag: int,
) -> dict[str, StepInput]:
    """A plan whose step ``stop`` happened ``lag`` days ago (the next one not yet due)."""
    start = today - D(days=200)
    for _ in range(6):  # the calendar shifts a few days; converge on the wanted date
        steps = plan(start, rules, decide, voters, people)
        stop_day = steps[stop].date
        assert stop_day is not None
        start -= stop_day - (today - D(days=lag))
    return plan(start, rules, decide, voters, people)


def generate_applicants(
    league: LeagueFile,
    *,
    today: dt.date,
    seed: int,
    make_name: Callable[[random.Random, bool], str],
) -> int:
    """Add sample applicants to every branch with enough members; returns how many."""
    rng = random.Random(seed + 6)
    rules = rs.load_rules(league)
    used = {
        str(r[0])
        for r in league.db.execute(
            "SELECT id_number FROM members WHERE id_number IS NOT NULL"
        ).fetchall()
    }
    count = 0
    branches = [int(r[0]) for r in league.db.execute("SELECT id FROM branches ORDER BY id")]
    for index, branch_id in enumerate(branches[:5]):
        pool = [m for m, _name, _post in rs.branch_members(league, branch_id)]
        if len(pool) < 3:
            continue
        if index == 0:
            rs.set_quota(league, branch_id, today.year, 8)
        stops = FIRST_BRANCH_STOPS if index == 0 else tuple(rng.sample(ORDER[1:11], 3))
        decide = rs.deciding_kind(league, branch_id)
        voters = rs.voting_members(league, branch_id)

        def new(birth: dt.date, branch_id: int = branch_id) -> int:
            male = rng.random() < 0.5
            while True:
                number = idcard.make("440106", birth, rng.randrange(1, 499) * 2 + int(male))
                if number not in used:
                    used.add(number)
                    break
            values = {
                "name": make_name(rng, male),
                "id_number": number,
                "ethnicity": "汉族",
                "occupation": "学生",
                "workplace": "示范中学",
                "phone": f"138{rng.randint(0, 10**8 - 1):08d}",
            }
            return rs.create_applicant(league, branch_id, values, today=today).id

        for stop in stops:
            people = tuple(rng.sample(pool, 2))
            steps = _plan_ending(
                today,
                stop,
                rules,
                decide,
                voters,
                people,  # type: ignore
                lag=rng.randint(2, 6),
            )
            apply_day = steps["apply"].date
            assert apply_day is not None
            applicant_id = new(apply_day - D(days=365 * rng.randint(15, 20) + 40))
            _record(league, applicant_id, steps, stop, today)
            contacts = steps["contacts"].date
            if ORDER.index(stop) >= ORDER.index("contacts") and contacts is not None:
                rs.add_lesson(league, applicant_id, _plus(contacts, 20), 2, rng.choice(LESSONS))
            count += 1
        if index == 0:
            count += _flawed(league, rules, today, decide, voters, pool, rng, new)
    return count


def _record(
    league: LeagueFile, applicant_id: int, steps: dict[str, StepInput], stop: str, today: dt.date
) -> None:
    for code in ORDER[: ORDER.index(stop) + 1]:
        try:
            rs.record_step(league, applicant_id, code, steps[code], today=today)
        except StepRefused:
            return  # a calendar the package does not know: stop there, as a user would


def _raw(
    league: LeagueFile, applicant_id: int, code: str, step: StepInput, people: tuple[int, ...] = ()
) -> None:
    """Write a step without its checks (a record from before the rule, or typed elsewhere)."""
    decision = step.decision
    values = {
        "done_on": step.date.isoformat() if step.date else None,
        "notice_start": step.notice_start.isoformat() if step.notice_start else None,
        "meeting_kind": decision.kind if decision else "",
        "expected": decision.expected if decision else None,
        "present": decision.present if decision else None,
        "documents": list(step.documents),
        "hours": step.hours,
    }
    names = dict(
        (m, n)
        for m, n, _ in rs.branch_members(league, rs.get_applicant(league, applicant_id).branch_id)
    )
    with league.transaction() as db:
        store.save_step(db, applicant_id, code, values, [(m, names.get(m, "")) for m in people])


def _flawed(
    league: LeagueFile,
    rules: RecruitmentRules,
    today: dt.date,
    decide: str,
    voters: int,
    pool: list[int],
    rng: random.Random,
    new: Callable[[dt.date], int],
) -> int:
    pair = (pool[0], pool[1])
    # Too young: 13 on the day of the application.
    steps = _plan_ending(today, "apply", rules, decide, voters, pair, lag=20)
    applied = steps["apply"].date
    assert applied is not None
    young = new(applied.replace(year=applied.year - 13) - D(days=30))
    _raw(league, young, "apply", steps["apply"])
    # Overdue talk: applied two months ago, nobody has talked with them.
    steps = _plan_ending(today, "apply", rules, decide, voters, pair, lag=62)
    late = new(_birth(steps, rng))
    _record(league, late, steps, "apply", today)
    # Too short a 考察: 发展对象 two months after becoming an activist.
    steps = _plan_ending(today, "candidate", rules, decide, voters, pair, lag=5)
    short = new(_birth(steps, rng))
    _record(league, short, steps, "cultivation", today)
    activist = steps["activist"].date
    assert activist is not None
    hurried = StepInput(
        max(add_months(activist, 2), steps["cultivation"].date),  # type: ignore
        decision=DecisionFacts(decide, 5, 5),
    )
    _raw(league, short, "candidate", hurried)
    # A missing introducer: only one recorded.
    steps = _plan_ending(today, "introducers", rules, decide, voters, pair, lag=3)
    single = new(_birth(steps, rng))
    _record(league, single, steps, "candidate_notice", today)
    _raw(league, single, "introducers", steps["introducers"], people=(pair[0],))
    return 4


def _birth(steps: dict[str, StepInput], rng: random.Random) -> dt.date:
    applied = steps["apply"].date
    assert applied is not None
    return applied - D(days=365 * rng.randint(15, 20) + rng.randint(30, 300))

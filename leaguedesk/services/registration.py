"""团籍注册 use cases: a round derived from the year's closed evaluation, outcomes edited with a
reason, closing in one transaction (results in each member's history), deferral reminders,
each member's last registered year and the "over 15 months" flag.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from leaguedesk.core import dates, registration
from leaguedesk.core.evaluation import Grade
from leaguedesk.core.lifecycle import DisciplineRecord, Status
from leaguedesk.core.registration import (
    DeferralFinding,
    Outcome,
    RegistrationRules,
    Reminder,
    check_entry,
    default_deadline,
    derive,
)
from leaguedesk.services import evaluation as evaluations
from leaguedesk.services import members as ms
from leaguedesk.services import organisation as org
from leaguedesk.services.evaluation_records import (
    EvaluationError,
    Problem,
    RegistrationEntry,
    RegistrationRound,
    RoundBlocked,
)
from leaguedesk.storage import members as member_store
from leaguedesk.storage import registration as store
from leaguedesk.storage.leaguefile import LeagueFile

RULES_SETTING = "rules.registration"


def load_rules(league: LeagueFile) -> RegistrationRules:
    rules, _problems = RegistrationRules.from_dict(org.get_setting(league, RULES_SETTING, {}))
    return rules


def save_rules(league: LeagueFile, rules: RegistrationRules) -> None:
    org.set_setting(league, RULES_SETTING, rules.to_dict())


def get_round(league: LeagueFile, round_id: int) -> RegistrationRound:
    row = store.round_row(league.db, round_id)
    if row is None:
        raise EvaluationError(Problem.ROUND_NOT_FOUND, round_id=round_id)
    return RegistrationRound.from_row(row)


def round_for(league: LeagueFile, branch_id: int, year: int) -> RegistrationRound | None:
    row = store.round_for(league.db, branch_id, year)
    return RegistrationRound.from_row(row) if row else None


def entries(league: LeagueFile, round_id: int) -> list[RegistrationEntry]:
    return [RegistrationEntry.from_row(r) for r in store.entry_rows(league.db, round_id)]


def get_entry(league: LeagueFile, entry_id: int) -> RegistrationEntry:
    row = store.entry_row(league.db, entry_id)
    if row is None:
        raise EvaluationError(Problem.ENTRY_NOT_FOUND, entry_id=entry_id)
    return RegistrationEntry.from_row(row)


def _discipline(league: LeagueFile, member_id: int) -> list[DisciplineRecord]:
    return [DisciplineRecord(**r) for r in member_store.discipline_rows(league.db, member_id)]


def create_round(
    league: LeagueFile, branch_id: int, year: int, *, decided_on: dt.date | None = None
) -> RegistrationRound:
    """The year's registration list: every active member (admitted by ``decided_on``) with the
    outcome that follows from the closed evaluation's grade and discipline (留团察看 withholds).
    Deferred members get the default deadline (3 months after ``decided_on``, today when not
    given)."""
    org.get_branch(league, branch_id)
    if store.round_for(league.db, branch_id, year) is not None:
        raise EvaluationError(Problem.ROUND_EXISTS, year=year)
    evaluation = evaluations.round_for(league, branch_id, year)
    if evaluation is None or not evaluation.closed:
        raise EvaluationError(Problem.NO_CLOSED_EVALUATION, year=year)
    rules = load_rules(league)
    decided = decided_on or dt.date.today()
    grades: dict[int, Grade | None] = {
        e.member_id: e.grade for e in evaluations.entries(league, evaluation.id)
    }
    rows = []
    members = [
        m
        for m in ms.list_members(league, branch_id=branch_id, status=Status.ACTIVE)
        if (dates.parse_month(m.joined_on) or decided) <= decided
    ]
    for position, member in enumerate(members, 1):
        deferred_before = store.previous_outcome(league.db, member.id, year) == Outcome.DEFERRED
        derived = derive(
            grades.get(member.id),
            evaluated=member.id in grades,
            probation=registration.on_probation(_discipline(league, member.id)),
            deferred_before=deferred_before,
            rules=rules,
        )
        deadline = default_deadline(decided, rules) if derived.outcome is Outcome.DEFERRED else None
        rows.append(
            {
                "member_id": member.id,
                "position": position,
                "grade": grades[member.id].value if grades.get(member.id) else None,
                "derived_outcome": derived.outcome.value,
                "basis": derived.basis.value,
                "outcome": derived.outcome.value,
                "reason": "",
                "deferred_until": deadline.isoformat() if deadline else None,
            }
        )
    with league.transaction() as db:
        round_id = store.insert_round(
            db, branch_id, year, evaluation.id, decided_on.isoformat() if decided_on else None
        )
        store.insert_entries(db, round_id, rows)
    return get_round(league, round_id)


def _decided(found: RegistrationRound, today: dt.date | None) -> dt.date:
    return found.decided_on or today or dt.date.today()


def set_outcome(
    league: LeagueFile,
    entry_id: int,
    outcome: Outcome,
    *,
    reason: str = "",
    deferred_until: dt.date | None = None,
    today: dt.date | None = None,
) -> RegistrationEntry:
    """Change a member's outcome (a change from the derived one needs a reason; a deferral a
    deadline 3–6 months out). Raises RoundBlocked with the problems."""
    entry = get_entry(league, entry_id)
    found = get_round(league, entry.round_id)
    if found.closed:
        raise EvaluationError(Problem.ROUND_CLOSED, year=found.year)
    outcome = Outcome(outcome)
    problems = check_entry(
        outcome,
        entry.derived,
        reason=reason,
        deadline=deferred_until,
        decided_on=_decided(found, today),
        rules=load_rules(league),
    )
    if problems:
        raise RoundBlocked(problems)
    with league.transaction() as db:
        store.update_entry(
            db,
            entry_id,
            {
                "outcome": outcome.value,
                "reason": reason.strip(),
                "deferred_until": deferred_until.isoformat()
                if outcome is Outcome.DEFERRED and deferred_until
                else None,
            },
        )
    return get_entry(league, entry_id)


def check_round(
    league: LeagueFile, round_id: int, decided_on: dt.date
) -> list[tuple[str, DeferralFinding]]:
    """(name, problem) for every entry that cannot be registered as it stands."""
    rules = load_rules(league)
    return [
        (e.name, problem)
        for e in entries(league, round_id)
        for problem in check_entry(
            e.outcome,
            e.derived,
            reason=e.reason,
            deadline=e.deferred_until,
            decided_on=decided_on,
            rules=rules,
        )
    ]


def close_round(league: LeagueFile, round_id: int, *, decided_on: dt.date) -> RegistrationRound:
    """Complete the registration on ``decided_on``: each outcome goes into the member's
    history, all in one transaction. Raises RoundBlocked when an entry is incomplete."""
    found = get_round(league, round_id)
    if found.closed:
        raise EvaluationError(Problem.ROUND_CLOSED, year=found.year)
    problems = check_round(league, round_id, decided_on)
    if problems:
        raise RoundBlocked([problem for _name, problem in problems])
    with league.transaction() as db:
        for entry in entries(league, round_id):
            note = entry.reason or ""
            if entry.outcome is Outcome.DEFERRED and entry.deferred_until:
                note = f"{note}（暂缓至{entry.deferred_until.isoformat()}）".lstrip()
            member_store.add_history(
                db,
                entry.member_id,
                "registration",
                None,
                f"{found.year}年度团籍注册：{entry.outcome.value}",
                note,
            )
        store.close_round(db, round_id, decided_on.isoformat())
    return get_round(league, round_id)


def resolve_deferral(
    league: LeagueFile, entry_id: int, outcome: Outcome, *, on: dt.date, note: str = ""
) -> RegistrationEntry:
    """After the deferral: register (正常注册) or not (不予注册) the member, with history."""
    entry = get_entry(league, entry_id)
    if entry.outcome is not Outcome.DEFERRED or entry.resolved_outcome is not None:
        raise EvaluationError(Problem.NOT_DEFERRED, name=entry.name)
    outcome = Outcome(outcome)
    if outcome is Outcome.DEFERRED:
        raise EvaluationError(Problem.NOT_DEFERRED, name=entry.name)
    found = get_round(league, entry.round_id)
    with league.transaction() as db:
        store.update_entry(
            db, entry_id, {"resolved_on": on.isoformat(), "resolved_outcome": outcome.value}
        )
        member_store.add_history(
            db,
            entry.member_id,
            "registration",
            Outcome.DEFERRED.value,
            f"{found.year}年度团籍注册：{outcome.value}",
            note.strip(),
        )
    return get_entry(league, entry_id)


# ---------------------------------------------------------------------------------- follow-up


def reminders(league: LeagueFile, branch_id: int | None, *, today: dt.date) -> list[Reminder]:
    """Deferrals whose time is up or comes within the reminder window (key: entry id)."""
    rows = store.open_deferrals(league.db, branch_id)
    return registration.reminders(
        [(int(r["id"]), r["name"], dates.parse_day(r["deferred_until"])) for r in rows],
        today,
        load_rules(league),
    )


def last_registered_year(league: LeagueFile, member_ids: Sequence[int]) -> dict[int, int]:
    """Each member's last registered year (closed rounds; deferrals resolved as registered
    count). Members never registered are absent. For the roster's column."""
    return {
        member_id: year
        for member_id, (year, _day) in store.last_registrations(league.db, list(member_ids)).items()
    }


@dataclass(frozen=True)
class Lapse:
    member_id: int
    name: str
    last_registered_on: dt.date | None
    branch_name: str = ""
    branch_id: int | None = None


def lapsed_members(league: LeagueFile, branch_id: int | None, *, today: dt.date) -> list[Lapse]:
    """Active members over 15 months (the rule) without registration, counted from the last
    registration or, when never registered, from joining. Only branches whose registration the
    file keeps (a closed round) are looked at: elsewhere no record means no knowledge."""
    rules = load_rules(league)
    # A generous bound in SQL (month ends), the exact rule per candidate.
    bound = dates.add_months(today, -rules.lapse_months) + dt.timedelta(days=31)
    found = []
    for row in store.registration_standing(league.db, branch_id, bound.isoformat()):
        registered = dates.parse_day(row["last_on"])
        if registration.lapsed(registered, dates.parse_month(row["joined_on"]), today, rules):
            found.append(
                Lapse(
                    int(row["id"]),
                    str(row["name"]),
                    registered,
                    str(row["branch_name"]),
                    int(row["branch_id"]),
                )
            )
    return found

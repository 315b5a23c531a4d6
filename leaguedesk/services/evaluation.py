"""团员教育评议 use cases: open a round, record tallies and grades, close it in one transaction.

A round belongs to one branch and one year and keeps the facts of the meeting it was held in
(kind, date, 应到, 实到, ballots collected). Linked to a recorded 支部大会 or 组织生活会 of its
branch (``link_meeting``), an open round reads kind, date, 应到 and 实到 from that meeting's
attendance (members only, 列席 guests never count); unlinked, the typed values apply.
Closing checks every rule (core.evaluation.check_close), writes each grade into the
member's history and marks the round closed — all or nothing.

The attendance rate shown beside each member's tally is their attendance at the branch's
recorded organisational life over the round's year (services.meeting_stats); None where the member
was expected at no recorded meeting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace
from fractions import Fraction

from leaguedesk.core import dates
from leaguedesk.core.evaluation import (
    MEETING_KINDS,
    EvaluationRules,
    Finding,
    Grade,
    Tally,
    check_close,
    check_reevaluation_date,
    exclusion,
    follow_up,
    suggest,
)
from leaguedesk.core.lifecycle import Status
from leaguedesk.core.meeting_record import MeetingRecordError
from leaguedesk.core.quorum import QuorumRules
from leaguedesk.services import meetings as mt
from leaguedesk.services import members as ms
from leaguedesk.services import organisation as org
from leaguedesk.services.evaluation_records import (
    Entry,
    EvaluationError,
    Problem,
    Round,
    RoundBlocked,
)
from leaguedesk.services.meeting_records import MeetingSummary
from leaguedesk.storage import evaluation as store
from leaguedesk.storage import members as member_store
from leaguedesk.storage.leaguefile import LeagueFile

RULES_SETTING = "rules.evaluation"
QUORUM_SETTING = "rules.quorum"
LINKED_FACTS = ("meeting_kind", "meeting_date", "expected", "present")  # taken from the meeting


def load_rules(league: LeagueFile) -> EvaluationRules:
    rules, _problems = EvaluationRules.from_dict(org.get_setting(league, RULES_SETTING, {}))
    return rules


def save_rules(league: LeagueFile, rules: EvaluationRules) -> None:
    org.set_setting(league, RULES_SETTING, rules.to_dict())


def quorum_rules(league: LeagueFile) -> QuorumRules:
    """The file's quorum rules (``rules.quorum`` setting), defaults where none are stored."""
    rules, _problems = QuorumRules.from_dict(org.get_setting(league, QUORUM_SETTING, {}))
    return rules


def attendance_rates(league: LeagueFile, round_: Round) -> dict[int, Fraction | None]:
    """Each evaluated member's attendance rate over the round's year, one query for the branch;
    None ("—") for a member expected at no recorded meeting that year."""
    from leaguedesk.services import meeting_stats

    start, end = dt.date(round_.year, 1, 1), dt.date(round_.year, 12, 31)
    report = {
        r.member_id: r.overall.rate
        for r in meeting_stats.attendance_report(league, round_.branch_id, start=start, end=end)
    }
    return {e.member_id: report.get(e.member_id) for e in entries(league, round_.id)}


# ---------------------------------------------------------------------------------- reading


def meeting_facts(league: LeagueFile, branch_id: int, meeting_id: int) -> dict[str, object]:
    """The facts a round takes from a recorded meeting: kind, date, 应到 and 实到 (members
    expected and those who came; 列席 guests never count). Refused unless the meeting is a
    支部大会 or 组织生活会 of ``branch_id``."""
    try:
        meeting = mt.get_meeting(league, meeting_id)
    except MeetingRecordError:
        raise EvaluationError(Problem.MEETING_NOT_FOUND, meeting_id=meeting_id) from None
    if meeting.branch_id != branch_id:
        raise EvaluationError(
            Problem.MEETING_OTHER_BRANCH,
            branch=meeting.branch_name,
            date=meeting.date.isoformat(),
            kind=meeting.kind,
        )
    if meeting.kind not in MEETING_KINDS:
        raise EvaluationError(
            Problem.MEETING_WRONG_KIND, kind=meeting.kind, date=meeting.date.isoformat()
        )
    return {
        "meeting_id": meeting.id,
        "meeting_kind": meeting.kind,
        "meeting_date": meeting.date.isoformat(),
        "expected": len(meeting.expected),
        "present": len(meeting.present),
    }


def linkable_meetings(league: LeagueFile, branch_id: int, year: int) -> list[MeetingSummary]:
    """The branch's recorded 支部大会 and 组织生活会 of ``year``, by date."""
    return [
        m
        for m in mt.list_meetings(league, branch_id=branch_id, year=year)
        if m.kind in MEETING_KINDS
    ]


def _read(league: LeagueFile, row: dict) -> Round:
    """A round from its row; an open round linked to a meeting takes that meeting's facts as
    recorded now (a linked meeting since deleted or changed to another kind unlinks it)."""
    if row["meeting_id"] is not None and row["status"] != "closed":
        try:
            facts = meeting_facts(league, int(row["branch_id"]), int(row["meeting_id"]))
        except EvaluationError:
            facts = {"meeting_id": None}
        row = {**row, **facts}
    return Round.from_row(row)


def get_round(league: LeagueFile, round_id: int) -> Round:
    row = store.round_row(league.db, round_id)
    if row is None:
        raise EvaluationError(Problem.ROUND_NOT_FOUND, round_id=round_id)
    return _read(league, row)


def round_for(league: LeagueFile, branch_id: int, year: int) -> Round | None:
    row = store.round_for(league.db, branch_id, year)
    return _read(league, row) if row else None


def years(league: LeagueFile, branch_id: int) -> list[int]:
    return [int(row["year"]) for row in store.round_rows(league.db, branch_id)]


def entries(league: LeagueFile, round_id: int) -> list[Entry]:
    return [Entry.from_row(row) for row in store.entry_rows(league.db, round_id)]


def get_entry(league: LeagueFile, entry_id: int) -> Entry:
    row = store.entry_row(league.db, entry_id)
    if row is None:
        raise EvaluationError(Problem.ENTRY_NOT_FOUND, entry_id=entry_id)
    return Entry.from_row(row)


def evaluated_members(
    league: LeagueFile,
    branch_id: int,
    *,
    include_party_members: bool | None = None,
    joined_by: dt.date | None = None,
) -> list[ms.Member]:
    """The members a new round evaluates, in roster (pinyin) order. With ``joined_by`` (the
    meeting date), members admitted after that month are left out."""
    rules = load_rules(league)
    if include_party_members is not None:
        rules = replace(rules, exclude_party_members=not include_party_members)
    found = []
    for member in ms.list_members(league, branch_id=branch_id, status=Status.ACTIVE):
        joined = dates.parse_month(member.joined_on)
        if joined_by is not None and joined is not None and joined > joined_by:
            continue
        if exclusion(member.status, member.political_status, rules) is None:
            found.append(member)
    return found


# ---------------------------------------------------------------------------------- changing


def _open_round(league: LeagueFile, round_id: int) -> Round:
    found = get_round(league, round_id)
    if found.closed:
        raise EvaluationError(Problem.ROUND_CLOSED, year=found.year)
    return found


def _check_counts(**counts: int | None) -> None:
    for name, value in counts.items():
        if value is not None and (not isinstance(value, int) or value < 0):
            raise EvaluationError(Problem.BAD_COUNT, field=name, value=value)


def _iso(value: dt.date | str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    text = value.isoformat() if isinstance(value, dt.date) else dates.clean(value, month=False)
    if dates.parse_day(text) is None:
        raise EvaluationError(Problem.BAD_DATE, field=name, value=str(value))
    return text


def open_round(
    league: LeagueFile,
    branch_id: int,
    year: int,
    *,
    meeting_kind: str = "支部大会",
    meeting_date: dt.date | str | None = None,
    expected: int | None = None,
    present: int = 0,
    ballots: int = 0,
    meeting_id: int | None = None,
    include_party_members: bool | None = None,
) -> Round:
    """Start the year's evaluation: one entry per member evaluated (by the rules, editable per
    round with ``include_party_members``). ``expected`` (应到) defaults to every active member.
    With ``meeting_id`` the kind, date, 应到 and 实到 come from that recorded meeting."""
    org.get_branch(league, branch_id)
    if store.round_for(league.db, branch_id, year) is not None:
        raise EvaluationError(Problem.ROUND_EXISTS, year=year)
    if meeting_id is not None:
        linked = meeting_facts(league, branch_id, meeting_id)
        meeting_kind, meeting_date = str(linked["meeting_kind"]), str(linked["meeting_date"])
        expected, present = int(linked["expected"]), int(linked["present"])  # type: ignore
    if meeting_kind not in MEETING_KINDS:
        raise EvaluationError(Problem.BAD_KIND, value=meeting_kind)
    _check_counts(expected=expected, present=present, ballots=ballots)
    if include_party_members is None:
        include_party_members = not load_rules(league).exclude_party_members
    day = _iso(meeting_date, "meeting_date")
    members = evaluated_members(
        league,
        branch_id,
        include_party_members=include_party_members,
        joined_by=dates.parse_day(day),
    )
    if not members:
        raise EvaluationError(Problem.NOBODY_TO_EVALUATE)
    if expected is None:
        expected = len(ms.list_members(league, branch_id=branch_id, status=Status.ACTIVE))
    values = {
        "meeting_kind": meeting_kind,
        "meeting_date": day,
        "meeting_id": meeting_id,
        "expected": expected,
        "present": present,
        "ballots": ballots,
        "include_party_members": int(include_party_members),
    }
    with league.transaction() as db:
        round_id = store.insert_round(db, branch_id, year, values)
        store.insert_entries(db, round_id, [m.id for m in members])
    return get_round(league, round_id)


def update_meeting(league: LeagueFile, round_id: int, **facts: object) -> Round:
    """Change the meeting facts of an open round (meeting_kind, meeting_date, meeting_id,
    expected, present, ballots, notes). While the round is linked to a recorded meeting, kind,
    date, 应到 and 实到 come from that meeting and cannot be typed (FACTS_FROM_MEETING)."""
    found = _open_round(league, round_id)
    linked = facts.get("meeting_id", found.meeting_id)
    if linked is not None and set(facts) & set(LINKED_FACTS):
        raise EvaluationError(
            Problem.FACTS_FROM_MEETING,
            kind=found.meeting_kind,
            date=found.meeting_date.isoformat() if found.meeting_date else "",
        )
    if facts.get("meeting_id") is not None:
        facts.update(meeting_facts(league, found.branch_id, int(facts["meeting_id"])))  # type: ignore
    allowed = {
        "meeting_kind",
        "meeting_date",
        "meeting_id",
        "expected",
        "present",
        "ballots",
        "notes",
    }
    unknown = set(facts) - allowed
    if unknown:
        raise ValueError(sorted(unknown))
    if "meeting_kind" in facts and facts["meeting_kind"] not in MEETING_KINDS:
        raise EvaluationError(Problem.BAD_KIND, value=facts["meeting_kind"])
    _check_counts(
        **{
            k: v
            for k, v in facts.items()  # type: ignore[arg-type]
            if k in ("expected", "present", "ballots")
        }
    )
    if "meeting_date" in facts:
        facts["meeting_date"] = _iso(facts["meeting_date"], "meeting_date")  # type: ignore[arg-type]
    with league.transaction() as db:
        store.update_round(db, round_id, dict(facts))
    return get_round(league, round_id)


def link_meeting(league: LeagueFile, round_id: int, meeting_id: int | None) -> Round:
    """Hold the open round in a recorded 支部大会 or 组织生活会 of its branch, its kind, date,
    应到 and 实到 then read from the meeting's attendance; None unlinks it, and the facts last
    taken from the meeting stay as typed values to edit."""
    return update_meeting(league, round_id, meeting_id=meeting_id)


def _entry_in_open_round(league: LeagueFile, entry_id: int) -> Entry:
    entry = get_entry(league, entry_id)
    _open_round(league, entry.round_id)
    return entry


def record_tally(
    league: LeagueFile,
    entry_id: int,
    tally: Tally | Mapping[Grade, int],
    *,
    ballots: int | None = None,
) -> Entry:
    """Store one member's votes per grade (a row of the tally grid)."""
    _entry_in_open_round(league, entry_id)
    if not isinstance(tally, Tally):
        tally = Tally.of(tally)
    _check_counts(
        excellent=tally.excellent,
        passed=tally.passed,
        basic=tally.basic,
        fail=tally.fail,
        ballots=ballots,
    )
    with league.transaction() as db:
        store.update_entry(
            db,
            entry_id,
            {
                "votes_excellent": tally.excellent,
                "votes_pass": tally.passed,
                "votes_basic": tally.basic,
                "votes_fail": tally.fail,
                "ballots": ballots,
            },
        )
    return get_entry(league, entry_id)


def set_self_assessment(league: LeagueFile, entry_id: int, text: str) -> Entry:
    _entry_in_open_round(league, entry_id)
    with league.transaction() as db:
        store.update_entry(db, entry_id, {"self_assessment": text.strip()})
    return get_entry(league, entry_id)


def propose_grades(
    league: LeagueFile, round_id: int, grades: Mapping[int, Grade | None]
) -> list[Entry]:
    """The 支委会's proposed grade per entry id (None clears it), in one transaction."""
    _open_round(league, round_id)
    ids = {e.id for e in entries(league, round_id)}
    missing = set(grades) - ids
    if missing:
        raise EvaluationError(Problem.ENTRY_NOT_FOUND, entry_id=min(missing))
    with league.transaction() as db:
        for entry_id, grade in grades.items():
            store.update_entry(
                db, entry_id, {"committee_grade": None if grade is None else Grade(grade).value}
            )
    return entries(league, round_id)


def adopt_suggestions(league: LeagueFile, round_id: int, *, overwrite: bool = False) -> int:
    """Set the committee grade to the suggested one where none is chosen yet (or everywhere
    with ``overwrite``). Returns how many grades were set."""
    rules = load_rules(league)
    chosen: dict[int, Grade | None] = {}
    for entry in entries(league, round_id):
        suggestion = suggest(entry.tally, rules)
        if suggestion and (overwrite or entry.committee_grade is None):
            chosen[entry.id] = suggestion.grade
    propose_grades(league, round_id, chosen)
    return len(chosen)


def set_final_grade(league: LeagueFile, entry_id: int, grade: Grade | None) -> Entry:
    """The grade the 上级团委 approved when it differs from the committee's proposal."""
    _entry_in_open_round(league, entry_id)
    with league.transaction() as db:
        store.update_entry(db, entry_id, {"final_grade": None if grade is None else grade.value})
    return get_entry(league, entry_id)


def check_round(
    league: LeagueFile, round_id: int, *, approved_on: dt.date | None = None
) -> list[Finding]:
    """Every rule that stops the round from closing now (empty: it may close)."""
    found = get_round(league, round_id)
    return check_close(
        found.facts(approved_on),
        [e.facts() for e in entries(league, round_id)],
        rules=load_rules(league),
        quorum=quorum_rules(league),
    )


def close_round(
    league: LeagueFile, round_id: int, *, approved_on: dt.date, approved_by: str = ""
) -> Round:
    """Close the round with the 上级 approval date: final grades fixed, 不合格 members given a
    re-evaluation date (3 months later, editable within 3–6), every grade written to the
    member's history. Raises RoundBlocked with every broken rule; nothing changes then."""
    found = _open_round(league, round_id)
    findings = check_round(league, round_id, approved_on=approved_on)
    if findings:
        raise RoundBlocked(findings)
    rules = load_rules(league)
    with league.transaction() as db:
        if found.meeting_id is not None:  # the meeting's facts as they were when approved
            store.update_round(
                db,
                round_id,
                {
                    "meeting_kind": found.meeting_kind,
                    "expected": found.expected,
                    "present": found.present,
                    "meeting_date": found.meeting_date.isoformat() if found.meeting_date else None,
                },
            )
        for entry in entries(league, round_id):
            grade = entry.grade
            assert grade is not None
            values: dict[str, object] = {"final_grade": grade.value}
            plan = follow_up(grade, approved_on, rules)
            if plan.earliest and entry.reevaluate_by is None:
                values["reevaluate_by"] = plan.earliest.isoformat()
            store.update_entry(db, entry.id, values)
            member_store.add_history(
                db,
                entry.member_id,
                "evaluation",
                None,
                f"{found.year}年度团员教育评议：{grade.value}",
                f"上级团委批准（{approved_on.isoformat()}）",
            )
        store.update_round(
            db,
            round_id,
            {"approved_on": approved_on.isoformat(), "approved_by": approved_by.strip()},
        )
        store.close_round(db, round_id)
    return get_round(league, round_id)


def delete_open_round(league: LeagueFile, round_id: int) -> None:
    """Remove a round opened by mistake (closed rounds stay: they are in members' histories)."""
    _open_round(league, round_id)
    with league.transaction() as db:
        store.delete_round(db, round_id)


# ---------------------------------------------------------------------------------- follow-ups


def record_talk(league: LeagueFile, entry_id: int, *, talk_on: dt.date, note: str) -> Entry:
    """The talk (谈心谈话) with a member graded 基本合格, kept on the entry and in the history."""
    entry = get_entry(league, entry_id)
    with league.transaction() as db:
        store.update_entry(
            db, entry_id, {"talk_on": talk_on.isoformat(), "talk_note": note.strip()}
        )
        member_store.add_history(
            db, entry.member_id, "evaluation_talk", None, talk_on.isoformat(), note.strip()
        )
    return get_entry(league, entry_id)


def set_reevaluation_date(league: LeagueFile, entry_id: int, day: dt.date) -> Entry:
    """Move a 不合格 member's re-evaluation within 3–6 months of the approval."""
    entry = get_entry(league, entry_id)
    found = get_round(league, entry.round_id)
    if found.approved_on is not None:
        problem = check_reevaluation_date(found.approved_on, day, load_rules(league))
        if problem is not None:
            raise RoundBlocked([problem])
    with league.transaction() as db:
        store.update_entry(db, entry_id, {"reevaluate_by": day.isoformat()})
    return get_entry(league, entry_id)


def record_reevaluation(league: LeagueFile, entry_id: int, *, on: dt.date, grade: Grade) -> Entry:
    entry = get_entry(league, entry_id)
    with league.transaction() as db:
        store.update_entry(
            db, entry_id, {"reevaluated_on": on.isoformat(), "reevaluation_grade": grade.value}
        )
        member_store.add_history(
            db,
            entry.member_id,
            "evaluation",
            entry.grade,
            f"再次评议：{grade.value}",
            on.isoformat(),
        )
    return get_entry(league, entry_id)

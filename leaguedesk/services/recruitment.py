"""Recruitment (发展团员) use cases: applicants, recording the 15 steps, admission, closing.

Every step goes through ``core.recruitment.check_step`` with a context gathered from the file
(the standing of the people named, the branch's committee, the admissions and quota of the
year, the user's holiday calendar): an error refuses the step, a warning needs a reason that
is stored with it. Approval (上级团委审批) admits the applicant in the same transaction: the
member is created with 入团年月 = the 支部大会 date and a new 发展团员编号, and the applicant's
record stays as the 档案. Settings (rules, holidays, quotas) live in the file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from leaguedesk.core import pinyin
from leaguedesk.core.devnumber import development_number
from leaguedesk.core.fields import MEMBER_FIELDS
from leaguedesk.core.issues import Issue, error
from leaguedesk.core.meeting_record import MeetingRecordError
from leaguedesk.core.meetings import COMMITTEE_POSTS, MeetingKind
from leaguedesk.core.recruitment import (
    COMMITTEE_MEETING,
    GENERAL_MEETING,
    STEPS,
    STEPS_BY_CODE,
    Ballot,
    Finding,
    FindingCode,
    MeetingFacts,
    MemberStanding,
    RecruitmentContext,
    StepRecord,
    can_record,
    check_step,
)
from leaguedesk.core.recruitment_findings import finding
from leaguedesk.core.recruitment_steps import MEETING
from leaguedesk.core.validation import fill_from_id, normalize, validate_member
from leaguedesk.services import meetings as meeting_service
from leaguedesk.services import members
from leaguedesk.services import organisation as org
from leaguedesk.services.meeting_records import MeetingSummary
from leaguedesk.services.member_records import Member, ValidationFailed
from leaguedesk.services.recruitment_records import (
    APPLICANT_FIELDS,
    ApplicantNotFound,
    ApplicantRecord,
    ApplicantStatus,
    DecisionFacts,
    StepEntry,
    StepInput,
    StepRefused,
    inline_meeting_key,
)
from leaguedesk.services.recruitment_settings import (
    FALLBACK_SETTING,
    HOLIDAYS_SETTING,
    RULES_SETTING,
    holidays_problem,
    load_holidays,
    load_rules,
    quotas,
    save_holidays,
    save_rules,
    set_quota,
    set_weekends_fallback,
    weekends_fallback,
)
from leaguedesk.storage import members as member_store
from leaguedesk.storage import recruitment as store
from leaguedesk.storage import registration as registration_store
from leaguedesk.storage.leaguefile import LeagueFile

__all__ = [
    "FALLBACK_SETTING",
    "HOLIDAYS_SETTING",
    "RULES_SETTING",
    "ApplicantNotFound",
    "ApplicantRecord",
    "BranchFacts",
    "DecisionFacts",
    "StepInput",
    "StepRefused",
    "ValidationFailed",
    "accepted_kinds",
    "add_document",
    "add_lesson",
    "audit",
    "branch_members",
    "check_applicant",
    "check_proposed_step",
    "close_applicant",
    "create_applicant",
    "deciding_kind",
    "deciding_meetings",
    "delete_applicant",
    "document_content",
    "documents",
    "get_applicant",
    "has_committee",
    "holidays_problem",
    "lecture_meetings",
    "lessons",
    "list_applicants",
    "load_holidays",
    "load_rules",
    "quotas",
    "record_step",
    "remove_lesson",
    "save_holidays",
    "save_rules",
    "set_quota",
    "set_weekends_fallback",
    "tuanke_hours",
    "update_applicant",
    "voting_members",
    "weekends_fallback",
]

COMMITTEE_MIN = 3  # a 支部委员会 has 3–5 (at most 7) members; fewer posts: secretary only
ADMISSION_EVENT = "入团"  # the status_changes row an admission leaves in the member's history
# Steps an admitted applicant still goes through (after approval).
AFTER_ADMISSION = frozenset({"new_member_notice", "ceremony", "archive"})


# ---------------------------------------------------------------------------------- reading


def _entry(row: dict[str, Any]) -> StepEntry:
    code = row["step"]
    decision = None
    if row["meeting_kind"] or row["meeting_id"] is not None:
        decision = DecisionFacts(
            row["meeting_kind"] or "", row["expected"] or 0, row["present"] or 0, row["meeting_id"]
        )
    ballot = None
    if row["yes"] is not None:
        ballot = Ballot(
            int(row["yes"]),
            int(row["no"] or 0),
            int(row["abstain"] or 0),
            bool(row["separate_vote"]),
        )
    people = tuple(row["people"])
    record = StepRecord(
        date=_day(row["done_on"]),
        people=tuple(m for m, _ in people if m is not None),
        meeting_id=_meeting_key(code, decision),
        documents=tuple(row["documents"]),
        notice_start=_day(row["notice_start"]),
        opinion_date=_day(row["opinion_date"]),
        ballot=ballot,
        hours=float(row["hours"] or 0),
        reason=row["reason"],
        notes=row["notes"],
    )
    warnings = tuple(c for c in (row["accepted_warnings"] or "").split(",") if c)
    return StepEntry(code, record, people, decision, warnings, row["recorded_at"])


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _meeting_key(code: str, decision: DecisionFacts | None) -> int | None:
    """The id the checks know the deciding meeting by: a recorded meeting, else the step's own
    facts under a key of their own (``inline_meeting_key``)."""
    if decision is None:
        return None
    if decision.meeting_id is not None:
        return decision.meeting_id
    return inline_meeting_key(code) if decision.kind else None


def _records(league: LeagueFile, rows: list[dict[str, Any]]) -> list[ApplicantRecord]:
    steps: dict[int, dict[str, StepEntry]] = {}
    for row in store.step_rows(league.db, [int(r["id"]) for r in rows]):
        steps.setdefault(int(row["applicant_id"]), {})[row["step"]] = _entry(row)
    return [ApplicantRecord.from_row(r, steps.get(int(r["id"]), {})) for r in rows]


def get_applicant(league: LeagueFile, applicant_id: int) -> ApplicantRecord:
    row = store.applicant_row(league.db, applicant_id)
    if row is None:
        raise ApplicantNotFound(applicant_id)
    return _records(league, [row])[0]


def list_applicants(
    league: LeagueFile, *, branch_id: int | None = None, statuses: Iterable[str] | None = None
) -> list[ApplicantRecord]:
    """Applicants in pinyin order; ``statuses`` None means all of them."""
    wanted = None if statuses is None else [ApplicantStatus(s).value for s in statuses]
    return _records(league, store.applicant_rows(league.db, branch_id=branch_id, statuses=wanted))


def branch_members(league: LeagueFile, branch_id: int) -> list[tuple[int, str, str]]:
    """(id, name, post or 团小组) of the members who may talk, cultivate or introduce."""
    return [
        (int(r["id"]), r["name"], r["league_post"] or r["group_name"])
        for r in store.branch_member_rows(league.db, branch_id)
    ]


def has_committee(league: LeagueFile, branch_id: int) -> bool:
    """Whether the branch has a 支部委员会 (at least 3 members hold committee posts)."""
    return store.committee_size(league.db, branch_id, COMMITTEE_POSTS) >= COMMITTEE_MIN


def deciding_kind(league: LeagueFile, branch_id: int) -> str:
    """Who decides activists and 发展对象: the 支委会, or the 支部大会 without a committee."""
    return COMMITTEE_MEETING if has_committee(league, branch_id) else GENERAL_MEETING


def accepted_kinds(league: LeagueFile, branch_id: int, code: str) -> tuple[str, ...]:
    """The kinds of recorded meeting that may decide step ``code``: the 支部大会 for its own
    step, else the branch's deciding body (``deciding_kind``); () for steps no meeting decides."""
    if code == "general_meeting":
        return (GENERAL_MEETING,)
    if MEETING in STEPS_BY_CODE[code].required:
        return (deciding_kind(league, branch_id),)
    return ()


def deciding_meetings(league: LeagueFile, branch_id: int, code: str) -> list[MeetingSummary]:
    """The branch's recorded meetings that may decide step ``code``, newest first."""
    kinds = accepted_kinds(league, branch_id, code)
    found = [
        m for m in meeting_service.list_meetings(league, branch_id=branch_id) if m.kind in kinds
    ]
    return sorted(found, key=lambda m: (m.date, m.id), reverse=True)


def voting_members(league: LeagueFile, branch_id: int) -> int:
    """Members in good standing of the branch: the 应到 of a 支部大会 (a default to edit)."""
    return store.active_member_count(league.db, branch_id)


def tuanke_hours(league: LeagueFile, applicant_id: int) -> float:
    """团课 学时 recorded for the applicant, session by session. Applicants are not members, so
    the 团课 they attend are entered as lessons (a lesson may name the 团课 meeting it was)."""
    return store.lesson_hours(league.db, applicant_id)


# ---------------------------------------------------------------------------------- applicants


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(APPLICANT_FIELDS)
    if unknown:
        raise ValueError(f"not applicant fields: {sorted(unknown)}")
    record: dict[str, Any] = {f.key: None for f in MEMBER_FIELDS}
    record.update(values)
    return fill_from_id(normalize(record))


def _issues(
    league: LeagueFile, v: dict[str, Any], applicant_id: int | None, today: dt.date
) -> list[Issue]:
    """The roster's checks on the personal fields, plus: one open application per person, and
    not someone already on a roster."""
    found = [
        i
        for i in validate_member(v, today=today, rules=members.load_rules(league))
        if i.field in APPLICANT_FIELDS
    ]
    number = v.get("id_number")
    if number:
        for other in store.open_applicants_with_id(league.db, number, applicant_id):
            found.append(
                error(
                    "id_number",
                    "applicant_id_duplicate",
                    name=other["name"],
                    branch=other["branch_name"],
                )
            )
        for other in member_store.holders(league.db, "id_number", number, None):
            found.append(
                error(
                    "id_number",
                    "applicant_is_member",
                    name=other["name"],
                    branch=other["branch_name"],
                    status=other["status"],
                )
            )
    return found


def check_applicant(
    league: LeagueFile,
    values: dict[str, Any],
    *,
    applicant_id: int | None = None,
    today: dt.date | None = None,
) -> list[Issue]:
    """Every problem with an applicant's personal fields as typed (errors and warnings)."""
    record = get_applicant(league, applicant_id).values() if applicant_id else {}
    record.update(values)
    return _issues(league, _clean(record), applicant_id, today or dt.date.today())


def _stored(v: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key in APPLICANT_FIELDS:
        value = v.get(key)
        out[key] = value if value is not None or key in ("id_number", "birth_date") else ""
    if not out["id_type"]:
        out["id_type"] = "居民身份证"
    out["name_pinyin"] = pinyin.sort_key(out["name"] or "")
    return out


def create_applicant(
    league: LeagueFile, branch_id: int, values: dict[str, Any], *, today: dt.date | None = None
) -> ApplicantRecord:
    """Add someone who applies to join; errors raise ValidationFailed."""
    org.get_branch(league, branch_id)
    v = _clean(values)
    issues = _issues(league, v, None, today or dt.date.today())
    if any(i.is_error for i in issues):
        raise ValidationFailed(issues)
    with league.transaction() as db:
        applicant_id = store.insert_applicant(db, branch_id, _stored(v))
    return get_applicant(league, applicant_id)


def update_applicant(
    league: LeagueFile, applicant_id: int, changes: dict[str, Any], *, today: dt.date | None = None
) -> ApplicantRecord:
    current = get_applicant(league, applicant_id)
    v = _clean({**current.values(), **changes})
    issues = _issues(league, v, applicant_id, today or dt.date.today())
    if any(i.is_error for i in issues):
        raise ValidationFailed(issues)
    with league.transaction() as db:
        store.update_applicant(db, applicant_id, _stored(v))
    return get_applicant(league, applicant_id)


def delete_applicant(league: LeagueFile, applicant_id: int, *, confirm_name: str) -> None:
    """Remove an applicant entered by mistake (never one admitted: that record is the 档案)."""
    applicant = get_applicant(league, applicant_id)
    if applicant.status == ApplicantStatus.ADMITTED:
        raise ValidationFailed([error("status", "applicant_admitted_kept")])
    if " ".join(str(confirm_name).split()) != applicant.name:
        raise ValidationFailed([error("name", "delete_confirm_name", name=applicant.name)])
    with league.transaction() as db:
        db.execute("DELETE FROM applicants WHERE id = ?", [applicant_id])


def close_applicant(
    league: LeagueFile,
    applicant_id: int,
    outcome: str,
    *,
    on: dt.date | None,
    reason: str,
    today: dt.date | None = None,
) -> ApplicantRecord:
    """Record that an applicant was not admitted (``rejected``) or withdrew (``withdrawn``)."""
    status = ApplicantStatus(outcome)
    if status not in (ApplicantStatus.REJECTED, ApplicantStatus.WITHDRAWN):
        raise ValueError(outcome)
    applicant = get_applicant(league, applicant_id)
    issues = []
    if applicant.status != ApplicantStatus.ACTIVE:
        issues.append(error("status", "applicant_not_open", status=applicant.status))
    if on is None:
        issues.append(error("effective_on", "required"))
    elif on > (today or dt.date.today()):
        issues.append(
            error(
                "effective_on",
                "date_future",
                value=on.isoformat(),
                today=(today or dt.date.today()).isoformat(),
            )
        )
    if not reason.strip():
        issues.append(error("reason", "required"))
    if issues:
        raise ValidationFailed(issues)
    assert on is not None
    with league.transaction() as db:
        store.update_applicant(
            db,
            applicant_id,
            {"status": status.value, "status_on": on.isoformat(), "status_reason": reason.strip()},
        )
    return get_applicant(league, applicant_id)


# ---------------------------------------------------------------------------------- 团课, files


def lessons(league: LeagueFile, applicant_id: int) -> list[dict[str, Any]]:
    """The applicant's 团课 lessons by date: id, held_on, topic, hours and meeting_id (the
    recorded 团课 meeting it was, or None for one typed by hand)."""
    return store.lesson_rows(league.db, applicant_id)


def lecture_meetings(league: LeagueFile, applicant_id: int) -> list[MeetingSummary]:
    """The recorded 团课 of the applicant's branch not yet entered as their lessons, newest
    first (those without 学时 included: adding one says why it cannot count)."""
    applicant = get_applicant(league, applicant_id)
    taken = store.lesson_meeting_ids(league.db, applicant_id)
    found = [
        m
        for m in meeting_service.list_meetings(league, branch_id=applicant.branch_id)
        if m.kind == MeetingKind.LECTURE.value and m.id not in taken
    ]
    return sorted(found, key=lambda m: (m.date, m.id), reverse=True)


def add_lesson(
    league: LeagueFile,
    applicant_id: int,
    held_on: dt.date | None = None,
    hours: float | None = None,
    topic: str = "",
    *,
    meeting_id: int | None = None,
) -> int:
    """Record a 团课 session the applicant attended (学时 as the lecture counted them).

    With ``meeting_id`` the lesson is that recorded 团课 of the applicant's branch: its date,
    topics and 学时 are taken from the meeting (``held_on``, ``hours``, ``topic`` ignored), and
    one meeting counts once per applicant."""
    applicant = get_applicant(league, applicant_id)
    if meeting_id is not None:
        held_on, hours, topic = _lecture(league, applicant, meeting_id)
    if hours is None or not 0 < hours <= 100:
        raise ValidationFailed([error("hours", "lesson_hours", value=hours)])
    if held_on is None:
        raise ValidationFailed([error("held_on", "required")])
    with league.transaction() as db:
        if meeting_id is not None and meeting_id in store.lesson_meeting_ids(db, applicant_id):
            raise ValidationFailed(
                [error("meeting_id", "lesson_meeting_added", date=held_on.isoformat())]
            )
        return store.insert_lesson(
            db, applicant_id, held_on.isoformat(), " ".join(topic.split()), float(hours), meeting_id
        )


def _lecture(
    league: LeagueFile, applicant: ApplicantRecord, meeting_id: int
) -> tuple[dt.date, float, str]:
    """Date, 学时 and topics of the recorded 团课 ``meeting_id``, refused unless it is a 团课
    of the applicant's branch with 学时 recorded."""
    try:
        meeting = meeting_service.get_meeting(league, meeting_id)
    except MeetingRecordError:
        raise ValidationFailed([error("meeting_id", "lesson_meeting_unknown")]) from None
    day = meeting.date.isoformat()
    if meeting.branch_id != applicant.branch_id:
        raise ValidationFailed(
            [
                error(
                    "meeting_id",
                    "lesson_meeting_other_branch",
                    date=day,
                    branch=meeting.branch_name,
                )
            ]
        )
    if meeting.kind != MeetingKind.LECTURE.value:
        raise ValidationFailed(
            [error("meeting_id", "lesson_meeting_not_lecture", date=day, kind=meeting.kind)]
        )
    if not meeting.lecture_hours > 0:
        raise ValidationFailed([error("meeting_id", "lesson_meeting_no_hours", date=day)])
    return meeting.date, float(meeting.lecture_hours), meeting.topics


def remove_lesson(league: LeagueFile, applicant_id: int, lesson_id: int) -> None:
    with league.transaction() as db:
        store.delete_lesson(db, applicant_id, lesson_id)


def add_document(
    league: LeagueFile,
    applicant_id: int,
    step: str,
    title: str,
    content: bytes,
    *,
    filename: str = "",
    media_type: str = "",
) -> int:
    """Keep a scanned or typed document (入团申请书, 志愿书 …) inside the league file."""
    get_applicant(league, applicant_id)
    if step and step not in STEPS_BY_CODE:
        raise ValueError(step)
    with league.transaction() as db:
        return store.insert_document(
            db,
            applicant_id,
            step,
            " ".join(title.split()) or filename,
            filename,
            media_type,
            content,
        )


def documents(league: LeagueFile, applicant_id: int) -> list[dict[str, Any]]:
    return store.document_rows(league.db, applicant_id)


def document_content(league: LeagueFile, document_id: int) -> bytes | None:
    return store.document_content(league.db, document_id)


# ---------------------------------------------------------------------------------- checks


class BranchFacts:
    """What the checks need about an applicant's branch, read once (the board checks many)."""

    def __init__(self, league: LeagueFile, branch_id: int):
        self.league = league
        self.branch_id = branch_id
        self.rules = load_rules(league)
        self.holidays = load_holidays(league)
        self.fallback = weekends_fallback(league)
        self.committee = has_committee(league, branch_id)
        self.quotas = store.quota_rows(league.db, branch_id)
        self.meetings = store.general_meeting_dates(league.db, branch_id)
        self._standing: dict[int, MemberStanding] = {}
        self._open: list[ApplicantRecord] | None = None
        self._deferred: set[int] | None = None

    def deferred(self) -> set[int]:
        """Members whose 团籍注册 is deferred (暂缓注册) and not yet resolved."""
        if self._deferred is None:
            self._deferred = {
                int(row["member_id"])
                for row in registration_store.open_deferrals(self.league.db, None)
            }
        return self._deferred

    def standings(self, member_ids: Iterable[int]) -> dict[int, MemberStanding]:
        missing = [m for m in set(member_ids) if m not in self._standing]
        for row in store.member_standing_rows(self.league.db, missing):
            self._standing[int(row["id"])] = MemberStanding(
                name=row["name"],
                in_branch=int(row["branch_id"]) == self.branch_id,
                status=row["status"],
                on_probation=bool(row["on_probation"]),
                registration_deferred=int(row["id"]) in self.deferred(),
            )
        return {m: self._standing[m] for m in member_ids if m in self._standing}

    def admissions(self, applicant_id: int, before: dt.date | None) -> dict[int, int]:
        """Admissions per year of the branch's other applicants; with ``before``, only those
        decided before this one (for checking what is already recorded)."""
        counts: dict[int, int] = {}
        for other, day_text in self.meetings:
            day = dt.date.fromisoformat(day_text)
            if other == applicant_id:
                continue
            if before is not None and (day, other) > (before, applicant_id):
                continue
            counts[day.year] = counts.get(day.year, 0) + 1
        return counts

    def batch_introducers(self, applicant_id: int) -> list[frozenset[int]]:
        """Introducer pairs of the other 发展对象 waiting for the same 支部大会."""
        if self._open is None:
            self._open = list_applicants(
                self.league, branch_id=self.branch_id, statuses=[ApplicantStatus.ACTIVE]
            )
        pairs = []
        for other in self._open:
            entry = other.steps.get("introducers")
            if (
                other.id != applicant_id
                and entry is not None
                and entry.record.people
                and "candidate" in other.steps
                and "general_meeting" not in other.steps
            ):
                pairs.append(frozenset(entry.record.people))
        return pairs


def _context(
    facts: BranchFacts,
    applicant: ApplicantRecord,
    extra: dict[str, StepEntry],
    *,
    audit_before: dt.date | None = None,
) -> RecruitmentContext:
    entries = {**applicant.steps, **extra}
    people = {m for e in entries.values() for m in e.record.people}
    meetings: dict[int, MeetingFacts] = {}
    for entry in entries.values():
        key = entry.record.meeting_id
        if entry.decision is not None and key is not None and entry.record.date is not None:
            # A linked step carries the facts its recorded meeting had when it was recorded
            # (``_linked``); an unlinked one the facts typed on its form.
            meetings[key] = entry.decision.facts(key, entry.record.date)
    return RecruitmentContext(
        members=facts.standings(people),
        meetings=meetings,
        branch_has_committee=facts.committee,
        tuanke_hours=tuanke_hours(facts.league, applicant.id),
        batch_introducers=facts.batch_introducers(applicant.id),
        admissions=facts.admissions(applicant.id, audit_before),
        quotas=facts.quotas,
        holidays=facts.holidays,
        weekends_fallback=facts.fallback,
    )


def _linked(
    facts: BranchFacts, applicant: ApplicantRecord, data: StepInput
) -> tuple[StepInput, list[Finding]] | None:
    """A step linked to a recorded meeting takes the meeting's date, kind and voting members
    expected and present (never 列席 guests) instead of typed ones; the meeting must belong to
    the applicant's branch (its kind is checked with the step's rules). None: no such meeting."""
    decision = data.decision
    if decision is None or decision.meeting_id is None:
        return data, []
    try:
        meeting = meeting_service.get_meeting(facts.league, decision.meeting_id)
    except MeetingRecordError:
        return None
    found = []
    if meeting.branch_id != applicant.branch_id:
        found.append(
            finding(
                FindingCode.MEETING_OTHER_BRANCH,
                meeting_id=meeting.id,
                branch=meeting.branch_name,
                date=meeting.date,
                kind=meeting.kind,
            )
        )
    linked = DecisionFacts(meeting.kind, len(meeting.expected), len(meeting.present), meeting.id)
    return replace(data, date=meeting.date, decision=linked), found


def _proposed_entry(code: str, data: StepInput) -> StepEntry:
    decision = data.decision
    if code == "general_meeting" and decision is not None and decision.meeting_id is None:
        decision = DecisionFacts(
            GENERAL_MEETING, decision.expected, decision.present, decision.meeting_id
        )
    documents = tuple(d.strip() for d in data.documents if d.strip())
    record = StepRecord(
        date=data.date,
        people=tuple(data.people),
        meeting_id=_meeting_key(code, decision),
        documents=documents,
        notice_start=data.notice_start,
        opinion_date=data.opinion_date,
        ballot=data.ballot,
        hours=data.hours,
        reason=data.reason.strip(),
        notes=data.notes.strip(),
    )
    return StepEntry(code, record, tuple((m, "") for m in data.people), decision)


def _state_findings(
    applicant: ApplicantRecord, code: str, data: StepInput, today: dt.date
) -> list[Finding]:
    found = []
    if applicant.status == ApplicantStatus.ADMITTED:
        if code not in AFTER_ADMISSION:
            found.append(finding(FindingCode.STEP_LOCKED, step=code))
    elif applicant.status != ApplicantStatus.ACTIVE:
        found.append(finding(FindingCode.APPLICANT_CLOSED, status=applicant.status))
    if data.date is not None and data.date > today:
        found.append(finding(FindingCode.DATE_IN_FUTURE, date=data.date, today=today))
    return found


def check_proposed_step(
    league: LeagueFile,
    applicant_id: int,
    code: str,
    data: StepInput,
    *,
    today: dt.date | None = None,
) -> list[Finding]:
    """Everything that stops or questions recording ``data`` as the step ``code`` (with a
    linked meeting, as that meeting's date and counts)."""
    applicant = get_applicant(league, applicant_id)
    return _check(
        BranchFacts(league, applicant.branch_id), applicant, code, data, today or dt.date.today()
    )[1]


def _check(
    facts: BranchFacts, applicant: ApplicantRecord, code: str, data: StepInput, today: dt.date
) -> tuple[StepInput, list[Finding]]:
    """The step as it would be recorded (linked meeting facts filled in) and its findings."""
    if code not in STEPS_BY_CODE:
        raise ValueError(code)
    linked = _linked(facts, applicant, data)
    data, found = linked if linked is not None else (data, [])
    entry = _proposed_entry(code, data)
    context = _context(facts, applicant, {code: entry})
    if linked is None:  # nothing to check the step on: the rules report the unknown meeting
        key = entry.record.meeting_id
        context = replace(context, meetings={k: m for k, m in context.meetings.items() if k != key})
        if MEETING not in STEPS_BY_CODE[code].required:
            found.append(finding(FindingCode.MEETING_UNKNOWN, meeting_id=key))
    found += _state_findings(applicant, code, data, today)
    return data, found + check_step(applicant.core(), code, entry.record, context, facts.rules)


def audit(facts: BranchFacts, applicant: ApplicantRecord) -> list[tuple[str, Finding]]:
    """Problems in the steps already recorded (data written before a rule changed, or entered
    outside the forms): errors, and warnings that were saved without a reason."""
    found = []
    core = applicant.core()
    gm = applicant.date_of("general_meeting")
    context = _context(facts, applicant, {}, audit_before=gm)
    for spec in STEPS:
        entry = applicant.steps.get(spec.code)
        if entry is None or entry.record.date is None:
            continue
        for f in check_step(core, spec.code, entry.record, context, facts.rules):
            if f.blocks or not entry.record.reason:
                found.append((spec.code, f))
    return found


# ---------------------------------------------------------------------------------- recording


def record_step(
    league: LeagueFile,
    applicant_id: int,
    code: str,
    data: StepInput,
    *,
    today: dt.date | None = None,
) -> ApplicantRecord:
    """Record (or correct) one step. StepRefused when the checks say no; recording the
    approval admits the applicant (ValidationFailed if the member record cannot be made)."""
    today = today or dt.date.today()
    applicant = get_applicant(league, applicant_id)
    facts = BranchFacts(league, applicant.branch_id)
    data, findings = _check(facts, applicant, code, data, today)
    if not can_record(findings, data.reason):
        raise StepRefused([f for f in findings if f.blocks or not data.reason.strip()])
    entry = _proposed_entry(code, data)
    names = facts.standings(entry.record.people)
    people = [(m, names[m].name if m in names else "") for m in entry.record.people]
    decision = entry.decision
    ballot = entry.record.ballot
    values = {
        "done_on": _iso(data.date),
        "notice_start": _iso(data.notice_start),
        "opinion_date": _iso(data.opinion_date),
        "meeting_id": decision.meeting_id if decision else None,
        "meeting_kind": decision.kind if decision else "",
        "expected": decision.expected if decision else None,
        "present": decision.present if decision else None,
        "yes": ballot.yes if ballot else None,
        "no": ballot.no if ballot else None,
        "abstain": ballot.abstain if ballot else None,
        "separate_vote": int(ballot.separate) if ballot else 1,
        "hours": float(data.hours or 0),
        "documents": list(entry.record.documents),
        "reason": entry.record.reason if any(f.needs_reason for f in findings) else "",
        "accepted_warnings": ",".join(f.code for f in findings if f.needs_reason),
        "notes": entry.record.notes,
    }
    with league.transaction() as db:
        store.save_step(db, applicant_id, code, values, people)
        if code == "approval" and data.date is not None:
            _admit(league, get_applicant(league, applicant_id), data.date, today)
    return get_applicant(league, applicant_id)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _admit(
    league: LeagueFile, applicant: ApplicantRecord, approved: dt.date, today: dt.date
) -> Member:
    """Make the member (inside the caller's transaction): 入团年月 from the 支部大会."""
    decided = applicant.date_of("general_meeting")
    assert decided is not None, "the checks require the 支部大会 before the approval"
    number = development_number(decided.year, store.used_development_numbers(league.db))
    values = {
        **applicant.values(),
        "political_status": "共青团员",
        "joined_on": f"{decided:%Y-%m}",
        "development_no": number,
    }
    note = f"发展入团：{decided.isoformat()}支部大会通过，{approved.isoformat()}上级团委批准"
    member = members.create_member(league, applicant.branch_id, values, today=today, note=note)
    member_store.add_status_change(
        league.db,
        member.id,
        ADMISSION_EVENT,
        decided.isoformat(),
        "发展团员：支部大会讨论通过，上级团委批准",
        f"支部大会（{decided.isoformat()}）；上级团委（{approved.isoformat()}）",
        "",
    )
    store.update_applicant(
        league.db,
        applicant.id,
        {
            "status": ApplicantStatus.ADMITTED.value,
            "status_on": approved.isoformat(),
            "status_reason": "",
            "member_id": member.id,
            "development_no": number,
        },
    )
    return member

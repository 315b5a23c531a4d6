"""Recruitment (发展团员): the checks that guard each of the 15 steps, and what comes next.

``check_step`` says whether a step may be recorded as proposed: an error blocks it, a warning
needs a recorded reason. ``next_step`` says what an applicant needs next and by when. Both
return codes and plain values; ``leaguedesk.messages`` words them. The steps themselves are data
in ``core/recruitment_steps.py`` and every number comes from ``RecruitmentRules``
(``core/recruitment_rules.py``); both are re-exported here. Date conventions: see
``recruitment_steps``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from leaguedesk.core.devnumber import check_development_number, development_number
from leaguedesk.core.quorum import MORE_THAN_HALF
from leaguedesk.core.recruitment_findings import (
    ACTIVE,
    Finding,
    FindingCode,
    MeetingFacts,
    MemberStanding,
    RecruitmentContext,
    Severity,
    can_record,
    finding,
)
from leaguedesk.core.recruitment_rules import RecruitmentRules
from leaguedesk.core.recruitment_steps import (
    BALLOT,
    COMMITTEE_MEETING,
    DATE,
    DOCUMENTS,
    GENERAL_MEETING,
    HOLIDAY_CALENDAR,
    MEETING,
    NOTICE_START,
    OPINION_DATE,
    PEOPLE,
    STAGES,
    STEPS,
    STEPS_BY_CODE,
    Applicant,
    Ballot,
    Stage,
    Step,
    StepRecord,
    add_months,
    age_on,
    following_steps,
    step,
    steps_of_stage,
)
from leaguedesk.core.workdays import HolidayOverrides, UnknownYear, add_working_days

__all__ = [
    "COMMITTEE_MEETING",
    "GENERAL_MEETING",
    "STAGES",
    "STEPS",
    "STEPS_BY_CODE",
    "Applicant",
    "Ballot",
    "Finding",
    "FindingCode",
    "MeetingFacts",
    "MemberStanding",
    "NextStep",
    "RecruitmentContext",
    "RecruitmentRules",
    "Severity",
    "Stage",
    "Step",
    "StepRecord",
    "add_months",
    "age_on",
    "can_record",
    "check_development_number",
    "check_step",
    "development_number",
    "following_steps",
    "more_than_half",
    "next_step",
    "step",
    "steps_of_stage",
]


# Vote arithmetic: the "more than ½" threshold of core/quorum.py.
def more_than_half(part: int, whole: int) -> bool:
    """Strictly more than ½ of ``whole`` (exactly half is not enough; nothing of 0 is not)."""
    return whole > 0 and MORE_THAN_HALF.satisfied(part, whole)


def half_plus_one(whole: int) -> int:
    """The smallest count that is more than half of ``whole``."""
    return MORE_THAN_HALF.required(whole)


# Checks --------------------------------------------------------------------------------------

_FIELD_ORDER = (DATE, PEOPLE, MEETING, NOTICE_START, OPINION_DATE, BALLOT, DOCUMENTS)


class _Calendar:
    """Ends 公示 periods in working days; reports an unknown year once per check."""

    def __init__(self, context: RecruitmentContext):
        self.context = context
        self.findings: list[Finding] = []
        self._reported: set[int] = set()

    def notice_end(self, start: dt.date, days: int) -> dt.date | None:
        holidays = self.context.holidays
        try:
            return add_working_days(start, days, holidays)
        except UnknownYear as unknown:
            self._report(unknown.year)
            if not self.context.weekends_fallback:
                return None
            return add_working_days(start, days, holidays, weekends_fallback=True)

    def _report(self, year: int) -> None:
        if year in self._reported:
            return
        self._reported.add(year)
        code = (
            FindingCode.CALENDAR_WEEKENDS_ONLY
            if self.context.weekends_fallback
            else FindingCode.CALENDAR_UNKNOWN_YEAR
        )
        self.findings.append(finding(code, year=year))


def notice_start(spec: Step, record: StepRecord) -> dt.date | None:
    """Where a step's 公示 begins: its own date, or the recorded start (step 3)."""
    return record.notice_start or record.date if spec.notice else None


def check_step(
    applicant: Applicant,
    step_code: str,
    proposed: StepRecord,
    context: RecruitmentContext | None = None,
    rules: RecruitmentRules | None = None,
) -> list[Finding]:
    """Everything that stops or questions recording ``proposed`` as ``step_code``'s record."""
    context = context or RecruitmentContext()
    rules = rules or RecruitmentRules()
    spec = STEPS_BY_CODE[step_code]
    findings = [
        finding(FindingCode.FIELD_MISSING, field=name)
        for name in _FIELD_ORDER
        if name in spec.required and not proposed.has(name)
    ]
    if proposed.date is None:
        return findings
    calendar_ = _Calendar(context)
    findings += _order_findings(applicant, spec, proposed, rules, calendar_)
    check = _STEP_CHECKS.get(step_code)
    if check is not None:
        findings += check(applicant, proposed, context, rules)
    return findings + calendar_.findings


def _order_findings(
    applicant: Applicant,
    spec: Step,
    proposed: StepRecord,
    rules: RecruitmentRules,
    calendar_: _Calendar,
) -> list[Finding]:
    findings = []
    date = proposed.date
    assert date is not None
    for code in spec.after:
        before = applicant.record(code)
        if before is None or before.last_date is None or not before.done:
            findings.append(finding(FindingCode.PREVIOUS_STEP_MISSING, step=code))
            continue
        if date < before.last_date:
            findings.append(
                finding(FindingCode.DATE_BEFORE_PREVIOUS, step=code, previous_date=before.last_date)
            )
            continue
        before_spec = STEPS_BY_CODE[code]
        start = notice_start(before_spec, before)
        if start is not None and before_spec.notice is not None:
            end = calendar_.notice_end(start, rules.notice_length(before_spec.notice))
            if end is not None and date <= end:
                findings.append(
                    finding(
                        FindingCode.NOTICE_NOT_OVER,
                        step=code,
                        notice=before_spec.notice,
                        start=start,
                        end=end,
                        earliest=end + dt.timedelta(days=1),
                    )
                )
    last = proposed.last_date
    assert last is not None
    own_start = notice_start(spec, proposed)
    for after_spec in following_steps(spec.code):
        later = applicant.record(after_spec.code)
        if later is None or later.date is None:
            continue
        if later.date < last:
            findings.append(
                finding(FindingCode.DATE_AFTER_NEXT, step=after_spec.code, next_date=later.date)
            )
        elif own_start is not None and spec.notice is not None:
            end = calendar_.notice_end(own_start, rules.notice_length(spec.notice))
            if end is not None and later.date <= end:
                findings.append(
                    finding(
                        FindingCode.NOTICE_OVERLAPS_NEXT,
                        step=after_spec.code,
                        notice=spec.notice,
                        end=end,
                        next_date=later.date,
                    )
                )
    return findings


def _date(record: StepRecord) -> dt.date:
    assert record.date is not None, "checks run on dated records only"
    return record.date


_Check = Callable[[Applicant, StepRecord, RecruitmentContext, RecruitmentRules], list[Finding]]


def _check_apply(
    applicant: Applicant, proposed: StepRecord, context: RecruitmentContext, rules: RecruitmentRules
) -> list[Finding]:
    date = _date(proposed)
    age = age_on(applicant.birth_date, date)
    if age < rules.min_age:
        return [finding(FindingCode.AGE_TOO_YOUNG, age=age, min_age=rules.min_age, date=date)]
    if age > rules.max_age:
        return [finding(FindingCode.AGE_TOO_OLD, age=age, max_age=rules.max_age, date=date)]
    return []


def _check_talk(
    applicant: Applicant, proposed: StepRecord, context: RecruitmentContext, rules: RecruitmentRules
) -> list[Finding]:
    date = _date(proposed)
    applied = applicant.application_date
    if applied is None:
        return []
    due = add_months(applied, rules.talk_within_months)
    if date > due:
        return [finding(FindingCode.TALK_LATE, due=due, days_late=(date - due).days)]
    return []


def _meeting_findings(
    proposed: StepRecord, context: RecruitmentContext, allowed: tuple[str, ...]
) -> list[Finding]:
    if proposed.meeting_id is None:
        return []  # reported as a missing field
    meeting = context.meetings.get(proposed.meeting_id)
    if meeting is None:
        return [finding(FindingCode.MEETING_UNKNOWN, meeting_id=proposed.meeting_id)]
    findings = []
    if meeting.kind not in allowed:
        findings.append(
            finding(FindingCode.MEETING_WRONG_KIND, kind=meeting.kind, allowed=list(allowed))
        )
    if meeting.date != proposed.date:
        findings.append(
            finding(
                FindingCode.MEETING_DATE_MISMATCH, meeting_date=meeting.date, date=proposed.date
            )
        )
    return findings


def _deciding_kinds(context: RecruitmentContext) -> tuple[str, ...]:
    # Decided by the 支委会; a branch too small to elect one decides in its 支部大会.
    return (COMMITTEE_MEETING,) if context.branch_has_committee else (GENERAL_MEETING,)


def _check_activist(
    applicant: Applicant, proposed: StepRecord, context: RecruitmentContext, rules: RecruitmentRules
) -> list[Finding]:
    date = _date(proposed)
    findings = _meeting_findings(proposed, context, _deciding_kinds(context))
    if proposed.notice_start is not None and proposed.notice_start < date:
        findings.append(
            finding(
                FindingCode.NOTICE_BEFORE_DECISION, notice_start=proposed.notice_start, date=date
            )
        )
    return findings


def _people_findings(
    people: Sequence[int], step_code: str, context: RecruitmentContext
) -> tuple[list[Finding], int]:
    """Each proposed person must be a full member in good standing of the branch."""
    findings = []
    seen: set[int] = set()
    for member_id in people:
        standing = context.members.get(member_id)
        name = standing.name if standing else ""
        if member_id in seen:
            findings.append(
                finding(FindingCode.PERSON_REPEATED, member_id=member_id, name=name, step=step_code)
            )
            continue
        seen.add(member_id)
        if standing is None:
            findings.append(
                finding(FindingCode.PERSON_UNKNOWN, member_id=member_id, step=step_code)
            )
            continue
        who = {"member_id": member_id, "name": name, "step": step_code}
        if not standing.in_branch:
            findings.append(finding(FindingCode.PERSON_NOT_IN_BRANCH, **who))
        if standing.status != ACTIVE:
            findings.append(finding(FindingCode.PERSON_NOT_ACTIVE, status=standing.status, **who))
        if standing.on_probation:
            findings.append(finding(FindingCode.PERSON_ON_PROBATION, **who))
        if standing.registration_deferred:
            findings.append(finding(FindingCode.PERSON_REGISTRATION_DEFERRED, **who))
    return findings, len(seen)


def _check_contacts(
    applicant: Applicant, proposed: StepRecord, context: RecruitmentContext, rules: RecruitmentRules
) -> list[Finding]:
    findings, count = _people_findings(proposed.people, "contacts", context)
    if not rules.contacts_min <= count <= rules.contacts_max:
        findings.insert(
            0,
            finding(
                FindingCode.CONTACTS_COUNT,
                count=count,
                min=rules.contacts_min,
                max=rules.contacts_max,
            ),
        )
    return findings


def _check_cultivation(
    applicant: Applicant, proposed: StepRecord, context: RecruitmentContext, rules: RecruitmentRules
) -> list[Finding]:
    hours = context.tuanke_hours + proposed.hours
    if hours + 1e-9 < rules.tuanke_hours:
        return [finding(FindingCode.TUANKE_HOURS_SHORT, hours=hours, required=rules.tuanke_hours)]
    return []


def _check_candidate(
    applicant: Applicant, proposed: StepRecord, context: RecruitmentContext, rules: RecruitmentRules
) -> list[Finding]:
    date = _date(proposed)
    findings = _meeting_findings(proposed, context, _deciding_kinds(context))
    activist = applicant.date_of("activist")
    if activist is not None:
        earliest = add_months(activist, rules.cultivation_months)
        if date < earliest:
            findings.append(
                finding(
                    FindingCode.CULTIVATION_TOO_SHORT,
                    start=activist,
                    earliest=earliest,
                    months=rules.cultivation_months,
                )
            )
    return findings


def _check_introducers(
    applicant: Applicant, proposed: StepRecord, context: RecruitmentContext, rules: RecruitmentRules
) -> list[Finding]:
    findings, count = _people_findings(proposed.people, "introducers", context)
    if count != rules.introducers:
        findings.insert(
            0, finding(FindingCode.INTRODUCERS_COUNT, count=count, required=rules.introducers)
        )
    pair = frozenset(proposed.people)
    batch = list(context.batch_introducers)
    if (
        pair
        and batch
        and all(frozenset(other) == pair for other in batch)
        and len(batch) + 1 >= rules.same_introducers_batch
    ):
        findings.append(finding(FindingCode.SAME_INTRODUCERS_FOR_BATCH, count=len(batch) + 1))
    return findings


def _check_application_form(
    applicant: Applicant, proposed: StepRecord, context: RecruitmentContext, rules: RecruitmentRules
) -> list[Finding]:
    date = _date(proposed)
    if proposed.opinion_date is not None and proposed.opinion_date < date:
        return [
            finding(FindingCode.OPINIONS_BEFORE_FORM, opinion_date=proposed.opinion_date, date=date)
        ]
    return []


def _quota_findings(
    year: int, context: RecruitmentContext, rules: RecruitmentRules
) -> list[Finding]:
    quota = context.quotas.get(year, rules.yearly_quota)
    admitted = context.admissions.get(year, 0)
    if quota is not None and admitted + 1 > quota:
        return [finding(FindingCode.QUOTA_REACHED, year=year, quota=quota, admitted=admitted)]
    return []


def _check_general_meeting(
    applicant: Applicant, proposed: StepRecord, context: RecruitmentContext, rules: RecruitmentRules
) -> list[Finding]:
    date = _date(proposed)
    findings = _meeting_findings(proposed, context, (GENERAL_MEETING,))
    meeting = context.meetings.get(proposed.meeting_id) if proposed.meeting_id else None
    if meeting is not None and not more_than_half(meeting.present, meeting.expected):
        findings.append(
            finding(
                FindingCode.QUORUM_NOT_MET,
                expected=meeting.expected,
                present=meeting.present,
                needed=half_plus_one(meeting.expected),
            )
        )
    ballot = proposed.ballot
    if ballot is not None:
        if not ballot.separate:
            findings.append(finding(FindingCode.VOTE_NOT_SEPARATE))
        if meeting is not None:
            cast = ballot.yes + ballot.no + ballot.abstain
            if cast > meeting.present:
                findings.append(
                    finding(FindingCode.BALLOT_EXCEEDS_PRESENT, cast=cast, present=meeting.present)
                )
            if not more_than_half(ballot.yes, meeting.present):
                findings.append(
                    finding(
                        FindingCode.VOTE_NOT_PASSED,
                        yes=ballot.yes,
                        present=meeting.present,
                        needed=half_plus_one(meeting.present),
                    )
                )
    return findings + _quota_findings(date.year, context, rules)


def _check_approval(
    applicant: Applicant, proposed: StepRecord, context: RecruitmentContext, rules: RecruitmentRules
) -> list[Finding]:
    date = _date(proposed)
    findings = []
    decided = applicant.date_of("general_meeting")
    if decided is not None:
        due = decided + dt.timedelta(days=rules.approval_within_days)
        if date > due:
            findings.append(
                finding(FindingCode.APPROVAL_LATE, due=due, days_late=(date - due).days)
            )
    # Membership dates from the 支部大会, so the admission counts in that year's quota.
    return findings + _quota_findings((decided or date).year, context, rules)


def _check_archive(
    applicant: Applicant, proposed: StepRecord, context: RecruitmentContext, rules: RecruitmentRules
) -> list[Finding]:
    date = _date(proposed)
    approved = applicant.date_of("approval")
    if approved is None:
        return []
    due = approved + dt.timedelta(days=rules.archive_within_days)
    if date > due:
        return [finding(FindingCode.ARCHIVE_LATE, due=due, days_late=(date - due).days)]
    return []


_STEP_CHECKS: dict[str, _Check] = {
    "apply": _check_apply,
    "talk": _check_talk,
    "activist": _check_activist,
    "contacts": _check_contacts,
    "cultivation": _check_cultivation,
    "candidate": _check_candidate,
    "introducers": _check_introducers,
    "application_form": _check_application_form,
    "general_meeting": _check_general_meeting,
    "approval": _check_approval,
    "archive": _check_archive,
}


# What comes next -----------------------------------------------------------------------------


@dataclass(frozen=True)
class NextStep:
    """The step an applicant needs next. ``missing`` names fields still to fill in (besides the
    date); ``earliest`` is the first allowed date, ``due_date`` the deadline if the step has one.
    ``step`` is None once all 15 steps are done."""

    step: Step | None
    due_date: dt.date | None
    missing: list[str]
    overdue: bool
    earliest: dt.date | None = None


def next_step(
    applicant: Applicant,
    rules: RecruitmentRules | None = None,
    today: dt.date | None = None,
    *,
    holidays: HolidayOverrides | None = None,
    weekends_fallback: bool = False,
) -> NextStep:
    rules = rules or RecruitmentRules()
    today = today or dt.date.today()
    spec = next(
        (
            s
            for s in STEPS
            if not applicant.done(s.code) and all(applicant.done(code) for code in s.after)
        ),
        None,
    )
    if spec is None:
        return NextStep(None, None, [], False)
    draft = applicant.record(spec.code) or StepRecord()
    missing = [
        name
        for name in _FIELD_ORDER
        if name != DATE and name in spec.required and not draft.has(name)
    ]
    earliest: dt.date | None = None
    for code in spec.after:
        before = applicant.steps[code]
        candidates = [before.last_date]
        before_spec = STEPS_BY_CODE[code]
        start = notice_start(before_spec, before)
        if start is not None and before_spec.notice is not None:
            try:
                end = add_working_days(
                    start,
                    rules.notice_length(before_spec.notice),
                    holidays,
                    weekends_fallback=weekends_fallback,
                )
                candidates.append(end + dt.timedelta(days=1))
            except UnknownYear:
                missing.append(HOLIDAY_CALENDAR)
        earliest = max(d for d in (earliest, *candidates) if d is not None)
    activist = applicant.date_of("activist")
    if spec.code == "candidate" and activist is not None:
        earliest = max(d for d in (earliest, add_months(activist, rules.cultivation_months)) if d)
    due = _due_date(applicant, spec.code, rules)
    return NextStep(spec, due, missing, due is not None and today > due, earliest)


def _due_date(applicant: Applicant, code: str, rules: RecruitmentRules) -> dt.date | None:
    if code == "talk" and applicant.application_date is not None:
        return add_months(applicant.application_date, rules.talk_within_months)
    decided = applicant.date_of("general_meeting")
    if code == "approval" and decided is not None:
        return decided + dt.timedelta(days=rules.approval_within_days)
    approved = applicant.date_of("approval")
    if code == "archive" and approved is not None:
        return approved + dt.timedelta(days=rules.archive_within_days)
    return None

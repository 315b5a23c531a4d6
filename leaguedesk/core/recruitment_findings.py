"""What the recruitment checks look at and what they report: context facts and findings.

The caller (a service) gathers the ``RecruitmentContext`` from the league file; the checks in
``core/recruitment.py`` answer with ``Finding`` codes and plain params for
``leaguedesk.messages`` to word.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from leaguedesk.core.workdays import NO_OVERRIDES, HolidayOverrides

# Context: facts about other records that the checks need -------------------------------------


ACTIVE = "正常"  # the 团籍状态 of a member in good standing


@dataclass(frozen=True)
class MemberStanding:
    """A member proposed as talker, contact or introducer, as the roster sees them today."""

    name: str = ""
    in_branch: bool = True
    status: str = ACTIVE
    on_probation: bool = False  # under 留团察看
    registration_deferred: bool = False  # 暂缓注册


@dataclass(frozen=True)
class MeetingFacts:
    """A recorded meeting that decided a step; counts are of voting members (no 列席)."""

    meeting_id: int
    kind: str
    date: dt.date
    expected: int = 0  # 应到
    present: int = 0  # 实到


@dataclass(frozen=True)
class RecruitmentContext:
    """Everything beyond the applicant that the checks look at, gathered by the caller.

    ``admissions`` counts, per year, the members the branch admitted *other than* this
    applicant; ``quotas`` is the branch's 发展名额 per year (``RecruitmentRules.yearly_quota``
    otherwise). ``batch_introducers`` holds the introducer pairs of the other candidates of the
    same batch. ``tuanke_hours`` are the 团课 学时 the applicant attended in recorded meetings.
    """

    members: Mapping[int, MemberStanding] = field(default_factory=dict)
    meetings: Mapping[int, MeetingFacts] = field(default_factory=dict)
    branch_has_committee: bool = True
    tuanke_hours: float = 0
    batch_introducers: Sequence[frozenset[int]] = ()
    admissions: Mapping[int, int] = field(default_factory=dict)
    quotas: Mapping[int, int] = field(default_factory=dict)
    holidays: HolidayOverrides = NO_OVERRIDES
    weekends_fallback: bool = False


# Findings ------------------------------------------------------------------------------------


class Severity(StrEnum):
    ERROR = "error"  # the step cannot be recorded like this
    WARNING = "warning"  # the step may be recorded with a reason


class FindingCode(StrEnum):
    """What a check found; the comment lists the params each code carries."""

    FIELD_MISSING = "recruit_field_missing"  # field
    PREVIOUS_STEP_MISSING = "recruit_previous_missing"  # step
    DATE_BEFORE_PREVIOUS = "recruit_date_before_previous"  # step, previous_date
    DATE_AFTER_NEXT = "recruit_date_after_next"  # step, next_date
    NOTICE_NOT_OVER = "recruit_notice_not_over"  # step, notice, start, end, earliest
    NOTICE_OVERLAPS_NEXT = "recruit_notice_overlaps_next"  # step, notice, end, next_date
    NOTICE_BEFORE_DECISION = "recruit_notice_before_decision"  # notice_start, date
    CALENDAR_UNKNOWN_YEAR = "recruit_calendar_unknown_year"  # year
    CALENDAR_WEEKENDS_ONLY = "recruit_calendar_weekends_only"  # year
    AGE_TOO_YOUNG = "recruit_age_too_young"  # age, min_age, date
    AGE_TOO_OLD = "recruit_age_too_old"  # age, max_age, date
    TALK_LATE = "recruit_talk_late"  # due, days_late
    MEETING_UNKNOWN = "recruit_meeting_unknown"  # meeting_id
    MEETING_WRONG_KIND = "recruit_meeting_wrong_kind"  # kind, allowed
    MEETING_DATE_MISMATCH = "recruit_meeting_date_mismatch"  # meeting_date, date
    CONTACTS_COUNT = "recruit_contacts_count"  # count, min, max
    INTRODUCERS_COUNT = "recruit_introducers_count"  # count, required
    PERSON_REPEATED = "recruit_person_repeated"  # member_id, name, step
    PERSON_UNKNOWN = "recruit_person_unknown"  # member_id, step
    PERSON_NOT_IN_BRANCH = "recruit_person_not_in_branch"  # member_id, name, step
    PERSON_NOT_ACTIVE = "recruit_person_not_active"  # member_id, name, step, status
    PERSON_ON_PROBATION = "recruit_person_on_probation"  # member_id, name, step
    PERSON_REGISTRATION_DEFERRED = "recruit_person_registration_deferred"  # member_id, name, step
    SAME_INTRODUCERS_FOR_BATCH = "recruit_same_introducers"  # count
    TUANKE_HOURS_SHORT = "recruit_tuanke_hours_short"  # hours, required
    CULTIVATION_TOO_SHORT = "recruit_cultivation_too_short"  # start, earliest, months
    OPINIONS_BEFORE_FORM = "recruit_opinions_before_form"  # opinion_date, date
    QUORUM_NOT_MET = "recruit_quorum_not_met"  # expected, present, needed
    VOTE_NOT_SEPARATE = "recruit_vote_not_separate"
    BALLOT_EXCEEDS_PRESENT = "recruit_ballot_exceeds_present"  # cast, present
    VOTE_NOT_PASSED = "recruit_vote_not_passed"  # yes, present, needed
    APPROVAL_LATE = "recruit_approval_late"  # due, days_late
    ARCHIVE_LATE = "recruit_archive_late"  # due, days_late
    QUOTA_REACHED = "recruit_quota_reached"  # year, quota, admitted
    # Found by the service, which knows today and the applicant's state:
    DATE_IN_FUTURE = "recruit_date_in_future"  # date, today
    APPLICANT_CLOSED = "recruit_applicant_closed"  # status
    STEP_LOCKED = "recruit_step_locked"  # step (recorded before admission: part of the 档案)
    MEETING_OTHER_BRANCH = "recruit_meeting_other_branch"  # meeting_id, branch, date, kind


WARNING_CODES = frozenset(
    {
        FindingCode.CALENDAR_WEEKENDS_ONLY,
        FindingCode.TALK_LATE,
        FindingCode.SAME_INTRODUCERS_FOR_BATCH,
        FindingCode.APPROVAL_LATE,
        FindingCode.ARCHIVE_LATE,
    }
)


@dataclass(frozen=True)
class Finding:
    code: FindingCode
    severity: Severity
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def blocks(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def needs_reason(self) -> bool:
        return self.severity is Severity.WARNING


def finding(code: FindingCode, **params: Any) -> Finding:
    severity = Severity.WARNING if code in WARNING_CODES else Severity.ERROR
    return Finding(code, severity, params)


def can_record(findings: Sequence[Finding], reason: str = "") -> bool:
    """No error, and a reason written down when there is a warning."""
    if any(f.blocks for f in findings):
        return False
    return bool(reason.strip()) or not any(f.needs_reason for f in findings)

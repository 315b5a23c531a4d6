"""The plain data the recruitment service takes and returns, and the errors it raises.

An ``ApplicantRecord`` is one applicant as stored, with the steps recorded so far; ``core()``
turns it into the ``core.recruitment.Applicant`` the checks work on. ``StepInput`` is what a
step form sends. Kept apart from ``services.recruitment`` so the use cases stay readable.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from leaguedesk.core import dates
from leaguedesk.core.recruitment import (
    STEPS,
    Applicant,
    Ballot,
    Finding,
    MeetingFacts,
    StepRecord,
    age_on,
)

# The member fields an applicant has (core.fields keys): the personal ones, no 团籍 data.
APPLICANT_FIELDS: tuple[str, ...] = (
    "name",
    "id_type",
    "id_number",
    "sex",
    "ethnicity",
    "birth_date",
    "fulltime_education",
    "highest_education",
    "occupation",
    "workplace",
    "phone",
    "email",
    "household_registration",
    "notes",
)


class ApplicantStatus(StrEnum):
    ACTIVE = "active"  # in the procedure
    ADMITTED = "admitted"  # approved: now a member; the record stays as the 档案
    REJECTED = "rejected"  # not admitted (支部大会 or 上级团委 said no, or the branch stopped)
    WITHDRAWN = "withdrawn"  # the applicant withdrew


# A step not linked to a recorded meeting decides on facts typed on its form; in the checks'
# context they stand under a key of their own, one per step (negative: never a real meeting id).
def inline_meeting_key(step_code: str) -> int:
    return -1 - next(n for n, s in enumerate(STEPS) if s.code == step_code)


@dataclass(frozen=True)
class DecisionFacts:
    """The meeting that decided a step, as typed on the step form: its kind and how many
    voting members were expected (应到) and present (实到). With ``meeting_id`` (a recorded
    meeting of the branch) the service replaces kind and counts by the meeting's own."""

    kind: str
    expected: int = 0
    present: int = 0
    meeting_id: int | None = None

    def facts(self, key: int, date: dt.date) -> MeetingFacts:
        return MeetingFacts(key, self.kind, date, self.expected, self.present)


@dataclass(frozen=True)
class StepInput:
    """What a step form sends: the fields the step needs (see ``Step.required``)."""

    date: dt.date | None = None
    people: tuple[int, ...] = ()
    decision: DecisionFacts | None = None
    notice_start: dt.date | None = None
    opinion_date: dt.date | None = None
    ballot: Ballot | None = None
    hours: float = 0
    documents: tuple[str, ...] = ()
    reason: str = ""
    notes: str = ""


@dataclass(frozen=True)
class StepEntry:
    """A recorded step as the timeline shows it."""

    code: str
    record: StepRecord
    people: tuple[tuple[int | None, str], ...] = ()
    decision: DecisionFacts | None = None
    accepted_warnings: tuple[str, ...] = ()
    recorded_at: str = ""

    @property
    def people_names(self) -> list[str]:
        return [name for _member_id, name in self.people]

    def as_input(self) -> StepInput:
        """The record as a form would send it again (to edit a step)."""
        r = self.record
        return StepInput(
            date=r.date,
            people=r.people,
            decision=self.decision,
            notice_start=r.notice_start,
            opinion_date=r.opinion_date,
            ballot=r.ballot,
            hours=r.hours,
            documents=r.documents,
            reason=r.reason,
            notes=r.notes,
        )


@dataclass(frozen=True)
class ApplicantRecord:
    """One applicant as stored, with the steps recorded so far (by step code)."""

    id: int
    branch_id: int
    branch_name: str
    name: str
    id_type: str
    id_number: str | None
    sex: str
    ethnicity: str
    birth_date: str | None
    fulltime_education: str
    highest_education: str
    occupation: str
    workplace: str
    phone: str
    email: str
    household_registration: str
    notes: str
    status: str = ApplicantStatus.ACTIVE
    status_on: str | None = None
    status_reason: str = ""
    member_id: int | None = None
    development_no: str | None = None
    branch_full_name: str = ""
    steps: Mapping[str, StepEntry] = field(default_factory=dict)

    @classmethod
    def from_row(cls, row: Mapping[str, Any], steps: Mapping[str, StepEntry]) -> ApplicantRecord:
        values = {key: row[key] for key in APPLICANT_FIELDS}
        return cls(
            id=int(row["id"]),
            branch_id=int(row["branch_id"]),
            branch_name=row["branch_name"],
            status=row["status"],
            status_on=row["status_on"],
            status_reason=row["status_reason"],
            member_id=row["member_id"],
            development_no=row["development_no"],
            branch_full_name=row.get("branch_full_name") or "",
            steps=steps,
            **values,
        )

    def values(self) -> dict[str, Any]:
        return {key: getattr(self, key) for key in APPLICANT_FIELDS}

    @property
    def birth(self) -> dt.date | None:
        return dates.parse_day(self.birth_date)

    def age(self, day: dt.date) -> int | None:
        birth = self.birth
        return age_on(birth, day) if birth else None

    @property
    def branch_display_name(self) -> str:
        return self.branch_full_name or self.branch_name

    @property
    def is_open(self) -> bool:
        """Still being recruited (steps can be recorded), or admitted with steps to finish."""
        return self.status in (ApplicantStatus.ACTIVE, ApplicantStatus.ADMITTED)

    def date_of(self, code: str) -> dt.date | None:
        entry = self.steps.get(code)
        return entry.record.date if entry else None

    def core(self) -> Applicant:
        """The applicant as the recruitment checks see it."""
        return Applicant(
            self.name,
            self.birth or dt.date.min,
            {code: entry.record for code, entry in self.steps.items()},
            applicant_id=self.id,
            branch_id=self.branch_id,
        )


class ApplicantNotFound(LookupError):
    def __init__(self, applicant_id: int):
        super().__init__(applicant_id)
        self.applicant_id = applicant_id


class StepRefused(Exception):
    """A step was not recorded: ``findings`` says why (errors, or warnings without a reason)."""

    def __init__(self, findings: list[Finding]):
        super().__init__(", ".join(f.code for f in findings))
        self.findings = findings


class RecruitmentProblem(StrEnum):
    NOTHING_TO_NOTICE = "recruit_nothing_to_notice"  # notice
    NOTHING_TO_PRINT = "recruit_nothing_to_print"  # form
    BAD_STAGE = "recruit_bad_stage"  # value


class RecruitmentError(ValueError):
    """A request the data cannot answer (nobody to put on a notice, an unknown stage)."""

    def __init__(self, problem: RecruitmentProblem, **params: Any):
        super().__init__(problem.value)
        self.problem = problem
        self.params = params

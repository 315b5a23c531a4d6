"""Where every applicant stands: the board by stage, the list for the command line, and the
data behind the printed recruitment forms (公示, 登记表, ballots, 决议, 拟发展团员名单).

Read-only: everything here is computed from the records (``services.recruitment``) and the
rules; nothing is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from leaguedesk.core.recruitment import (
    STAGES,
    Finding,
    NextStep,
    Stage,
    next_step,
)
from leaguedesk.core.workdays import UnknownYear, add_working_days
from leaguedesk.services import organisation as org
from leaguedesk.services import recruitment as rs
from leaguedesk.services.recruitment_records import (
    ApplicantRecord,
    ApplicantStatus,
    RecruitmentError,
    RecruitmentProblem,
)
from leaguedesk.storage.leaguefile import LeagueFile

DONE_STAGE = 6  # past the last stage: every step recorded

# The three 公示 (domain.md §4): which step opens each, and their command-line names.
NOTICE_STEPS = {1: "activist", 2: "candidate_notice", 3: "new_member_notice"}
NOTICE_NAMES = {"activists": 1, "candidates": 2, "new": 3}


@dataclass(frozen=True)
class Progress:
    """One applicant's position: the next step and its dates, and problems in what is recorded."""

    applicant: ApplicantRecord
    next: NextStep
    problems: tuple[tuple[str, Finding], ...] = ()

    @property
    def stage(self) -> int:
        """The stage the applicant is in: that of the step they need next."""
        return self.next.step.stage if self.next.step else DONE_STAGE

    @property
    def overdue(self) -> bool:
        return self.next.overdue

    @property
    def has_errors(self) -> bool:
        return any(f.blocks for _code, f in self.problems)


@dataclass(frozen=True)
class BoardColumn:
    stage: Stage
    cards: list[Progress] = field(default_factory=list)

    @property
    def overdue(self) -> int:
        return sum(card.overdue for card in self.cards)


def progress_of(
    league: LeagueFile, applicants: Iterable[ApplicantRecord], *, today: dt.date | None = None
) -> list[Progress]:
    today = today or dt.date.today()
    facts: dict[int, rs.BranchFacts] = {}
    found = []
    for applicant in applicants:
        branch = facts.get(applicant.branch_id)
        if branch is None:
            branch = facts[applicant.branch_id] = rs.BranchFacts(league, applicant.branch_id)
        upcoming = next_step(
            applicant.core(),
            branch.rules,
            today,
            holidays=branch.holidays,
            weekends_fallback=branch.fallback,
        )
        found.append(Progress(applicant, upcoming, tuple(rs.audit(branch, applicant))))
    return found


def progress(league: LeagueFile, applicant_id: int, *, today: dt.date | None = None) -> Progress:
    return progress_of(league, [rs.get_applicant(league, applicant_id)], today=today)[0]


def open_progress(
    league: LeagueFile, branch_id: int | None = None, *, today: dt.date | None = None
) -> list[Progress]:
    """Applicants still in the procedure (and admitted ones with steps left), pinyin order."""
    applicants = rs.list_applicants(
        league, branch_id=branch_id, statuses=[ApplicantStatus.ACTIVE, ApplicantStatus.ADMITTED]
    )
    return [p for p in progress_of(league, applicants, today=today) if p.stage != DONE_STAGE]


def board(
    league: LeagueFile, branch_id: int | None = None, *, today: dt.date | None = None
) -> list[BoardColumn]:
    """The five stages with the applicants in each; overdue ones first, then by due date."""
    columns = {stage.number: BoardColumn(stage) for stage in STAGES}
    for card in open_progress(league, branch_id, today=today):
        columns[card.stage].cards.append(card)
    for column in columns.values():
        column.cards.sort(
            key=lambda c: (
                not c.overdue,
                c.next.due_date or dt.date.max,
                c.next.step.number if c.next.step else 99,
            )
        )
    return list(columns.values())


def parse_stage(text: str) -> int:
    """A stage as typed on the command line: 1–5, or its Chinese name."""
    cleaned = text.strip()
    if cleaned.isdigit() and 1 <= int(cleaned) <= len(STAGES):
        return int(cleaned)
    for stage in STAGES:
        if cleaned and cleaned in stage.name:
            return stage.number
    raise RecruitmentError(RecruitmentProblem.BAD_STAGE, value=text)


# ---------------------------------------------------------------------------------- 公示


@dataclass(frozen=True)
class NoticePerson:
    name: str
    sex: str
    age: int | None
    unit: str


@dataclass(frozen=True)
class NoticeBatch:
    """One 公示: who is on it and its period in dates (working days, holidays excluded)."""

    notice: int
    branch: str
    contact: str
    start: dt.date
    end: dt.date | None  # None: no holiday calendar for the year (see ``unknown_year``)
    days: int
    people: list[NoticePerson]
    unknown_year: int | None = None


def notice_batch(
    league: LeagueFile, branch_id: int, notice: int, *, start: dt.date | None = None
) -> NoticeBatch:
    """The people of one 公示 of a branch: those whose notice began on ``start`` (default: the
    latest notice of that kind recorded in the branch)."""
    branch = org.get_branch(league, branch_id)
    code = NOTICE_STEPS[notice]
    dated: list[tuple[dt.date, ApplicantRecord]] = []
    for applicant in rs.list_applicants(
        league, branch_id=branch_id, statuses=[ApplicantStatus.ACTIVE, ApplicantStatus.ADMITTED]
    ):
        entry = applicant.steps.get(code)
        if entry is None or entry.record.date is None:
            continue
        dated.append((entry.record.notice_start or entry.record.date, applicant))
    if not dated:
        raise RecruitmentError(RecruitmentProblem.NOTHING_TO_NOTICE, notice=notice)
    chosen = start or max(day for day, _ in dated)
    people = [
        NoticePerson(a.name, a.sex, a.age(chosen), a.workplace) for day, a in dated if day == chosen
    ]
    if not people:
        raise RecruitmentError(RecruitmentProblem.NOTHING_TO_NOTICE, notice=notice)
    period = notice_period(league, code, chosen)
    assert period is not None  # every notice has its step
    return NoticeBatch(
        notice,
        branch.display_name,
        branch.contact,
        chosen,
        period.end,
        period.days,
        people,
        period.unknown_year,
    )


@dataclass(frozen=True)
class NoticePeriod:
    """A step's 公示 as the file's rules count it: first and last day, length in working days.
    ``end`` is None when the year's holidays are not known (and weekends alone are not used)."""

    start: dt.date
    end: dt.date | None
    days: int
    unknown_year: int | None = None


_NOTICE_OF_STEP = {code: notice for notice, code in NOTICE_STEPS.items()}


def notice_period(league: LeagueFile, code: str, start: dt.date) -> NoticePeriod | None:
    """The 公示 of step ``code`` starting on ``start``; None for a step that has none."""
    notice = _NOTICE_OF_STEP.get(code)
    if notice is None:
        return None
    days = rs.load_rules(league).notice_length(notice)
    try:
        end = add_working_days(
            start, days, rs.load_holidays(league), weekends_fallback=rs.weekends_fallback(league)
        )
    except UnknownYear as problem:
        return NoticePeriod(start, None, days, problem.year)
    return NoticePeriod(start, end, days)


# ---------------------------------------------------------------------------------- forms


@dataclass(frozen=True)
class Lesson:
    day: str
    topic: str
    hours: float


@dataclass(frozen=True)
class ActivistRecord:
    """The facts the 入团积极分子培养考察登记表 prints for one applicant."""

    applicant: ApplicantRecord
    branch: str
    applied_on: dt.date | None
    talked_on: dt.date | None
    talkers: list[str]
    activist_on: dt.date | None
    contacts: list[str]
    lessons: list[Lesson]
    hours: float
    candidate_on: dt.date | None


def activist_record(league: LeagueFile, applicant_id: int) -> ActivistRecord:
    a = rs.get_applicant(league, applicant_id)

    def names(code: str) -> list[str]:
        entry = a.steps.get(code)
        return entry.people_names if entry else []

    lessons = [
        Lesson(r["held_on"], r["topic"], float(r["hours"]))
        for r in rs.lessons(league, applicant_id)
    ]
    cultivation = a.steps.get("cultivation")
    extra = cultivation.record.hours if cultivation else 0.0
    if extra:
        lessons.append(Lesson("", "培养考察时登记的其他团课学时", extra))
    return ActivistRecord(
        a,
        a.branch_display_name,
        a.date_of("apply"),
        a.date_of("talk"),
        names("talk"),
        a.date_of("activist"),
        names("contacts"),
        lessons,
        rs.tuanke_hours(league, applicant_id) + extra,
        a.date_of("candidate"),
    )


@dataclass(frozen=True)
class Candidate:
    """A 发展对象 as the ballot, the 决议 and the list for the 上级团委 show them."""

    name: str
    sex: str
    age: int | None
    unit: str
    id_number: str
    ethnicity: str = ""
    candidate_on: dt.date | None = None


def _candidate(a: ApplicantRecord, today: dt.date) -> Candidate:
    return Candidate(
        a.name,
        a.sex,
        a.age(today),
        a.workplace,
        a.id_number or "",
        a.ethnicity,
        a.date_of("candidate"),
    )


def proposed_recruits(
    league: LeagueFile, branch_id: int, *, today: dt.date | None = None
) -> list[Candidate]:
    """拟发展团员: 发展对象 not yet decided by the 支部大会 (the list the 上级团委 asks for)."""
    return _undecided(league, branch_id, "candidate", "candidates", today)


def ballot_candidates(
    league: LeagueFile, branch_id: int, *, today: dt.date | None = None
) -> list[Candidate]:
    """Who the next 支部大会 votes on: 志愿书 filled in, not yet voted on."""
    return _undecided(league, branch_id, "application_form", "ballot", today)


def _undecided(
    league: LeagueFile, branch_id: int, reached: str, form: str, today: dt.date | None
) -> list[Candidate]:
    """Active applicants who have recorded step ``reached`` but no 支部大会 vote yet; none is
    an error naming the ``form`` that would have listed them."""
    today = today or dt.date.today()
    found = [
        _candidate(a, today)
        for a in rs.list_applicants(league, branch_id=branch_id, statuses=[ApplicantStatus.ACTIVE])
        if reached in a.steps and "general_meeting" not in a.steps
    ]
    if not found:
        raise RecruitmentError(RecruitmentProblem.NOTHING_TO_PRINT, form=form)
    return found


@dataclass(frozen=True)
class Resolution:
    """The 支部大会's decision on one candidate, with the counts the 决议 states."""

    name: str
    date: dt.date
    expected: int
    present: int
    yes: int
    no: int
    abstain: int
    passed: bool


def resolutions(
    league: LeagueFile, branch_id: int, *, day: dt.date | None = None
) -> list[Resolution]:
    """The decisions of one 支部大会 (default: the latest one that voted on candidates)."""
    from leaguedesk.core.recruitment import more_than_half

    found = []
    for a in rs.list_applicants(league, branch_id=branch_id):
        entry = a.steps.get("general_meeting")
        if entry is None or entry.record.date is None or entry.record.ballot is None:
            continue
        decision = entry.decision
        expected = decision.expected if decision else 0
        present = decision.present if decision else 0
        ballot = entry.record.ballot
        found.append(
            Resolution(
                a.name,
                entry.record.date,
                expected,
                present,
                ballot.yes,
                ballot.no,
                ballot.abstain,
                more_than_half(ballot.yes, present),
            )
        )
    if not found:
        raise RecruitmentError(RecruitmentProblem.NOTHING_TO_PRINT, form="resolution")
    chosen = day or max(r.date for r in found)
    return [r for r in found if r.date == chosen]

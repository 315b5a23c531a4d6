"""The 15 steps of recruitment (发展团员) in 5 stages as data, and an applicant's records.

The steps follow domain.md §4 (发展团员工作细则, revised 2023). Date conventions used by the
checks in ``core/recruitment.py``:

- Ages are in full years on the application date; 14–28 inclusive by default. Someone whose
  28th birthday is the application day may apply; on their 29th birthday they may not. A person
  born on 29 February gets a year older on 1 March in common years.
- Month periods are calendar months, clamped to the month's end: 01-31 + 1 month = 02-28
  (02-29 in leap years); 11-30 + 3 months = 02-28/29; 03-15 + 3 months = 06-15.
- Dates of consecutive steps may fall on the same day but never earlier, except after a 公示:
  the next step may happen on the day after the 公示's last working day at the earliest.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from leaguedesk.core import idcard

# Meeting kinds as the meetings records name them.
GENERAL_MEETING = "支部大会"
COMMITTEE_MEETING = "支部委员会"

# Fields a step may require before it can be recorded (see ``Step.required``).
DATE = "date"
PEOPLE = "people"
MEETING = "meeting"
DOCUMENTS = "documents"
NOTICE_START = "notice_start"
OPINION_DATE = "opinion_date"
BALLOT = "ballot"
HOLIDAY_CALENDAR = "holiday_calendar"  # listed as missing when a 公示 falls in an unknown year


@dataclass(frozen=True)
class Stage:
    number: int
    name: str


@dataclass(frozen=True)
class Step:
    """One of the 15 steps: its place, its Chinese name, who decides, what it must record.

    ``after`` names the steps it may not precede; ``notice`` is 1, 2 or 3 when the step opens
    one of the three 公示 periods (``RecruitmentRules.notice_days``).
    """

    code: str
    number: int
    stage: int
    name: str
    decided_by: str
    required: frozenset[str]
    after: tuple[str, ...] = ()
    notice: int | None = None


STAGES: tuple[Stage, ...] = (
    Stage(1, "申请入团"),
    Stage(2, "入团积极分子的确定和培养"),
    Stage(3, "发展对象的确定和考察"),
    Stage(4, "接收新团员"),
    Stage(5, "入团仪式和档案"),
)

_DECIDED_BY_COMMITTEE = "支部委员会（未设支委会的由支部大会）"


def _req(*names: str) -> frozenset[str]:
    return frozenset((DATE, *names))


STEPS: tuple[Step, ...] = (
    Step("apply", 1, 1, "提交入团申请书", "申请人", _req()),
    Step("talk", 2, 1, "谈话", "团支部", _req(PEOPLE), ("apply",)),
    Step(
        "activist",
        3,
        2,
        "确定入团积极分子",
        _DECIDED_BY_COMMITTEE,
        _req(MEETING, NOTICE_START),
        ("talk",),
        notice=1,
    ),
    Step("contacts", 4, 2, "培养联系人", "团支部", _req(PEOPLE), ("activist",)),
    Step("cultivation", 5, 2, "教育培养考察", "团支部", _req(DOCUMENTS), ("contacts",)),
    Step("candidate", 6, 3, "确定发展对象", _DECIDED_BY_COMMITTEE, _req(MEETING), ("cultivation",)),
    Step("pre_review", 7, 3, "上级预审", "上级团委", _req(DOCUMENTS), ("candidate",)),
    Step("candidate_notice", 8, 3, "公示发展对象", "团支部", _req(), ("pre_review",), notice=2),
    Step("introducers", 9, 4, "入团介绍人", "团支部", _req(PEOPLE), ("candidate_notice",)),
    Step(
        "application_form",
        10,
        4,
        "填写入团志愿书",
        "申请人",
        _req(OPINION_DATE),
        ("introducers", "cultivation"),
    ),
    Step(
        "general_meeting",
        11,
        4,
        "支部大会讨论",
        GENERAL_MEETING,
        _req(MEETING, BALLOT),
        ("application_form",),
    ),
    Step("approval", 12, 4, "上级团委审批", "上级团委", _req(), ("general_meeting",)),
    Step("new_member_notice", 13, 4, "公示新团员", "团支部", _req(), ("approval",), notice=3),
    Step("ceremony", 14, 5, "入团仪式", "团支部", _req(), ("new_member_notice",)),
    # The upload has its own 30-day limit from approval: it need not wait for the ceremony,
    # which units often hold on a fixed day such as 5月4日.
    Step("archive", 15, 5, "档案", "团支部", _req(DOCUMENTS), ("new_member_notice",)),
)

STEPS_BY_CODE: dict[str, Step] = {step.code: step for step in STEPS}


def step(code: str) -> Step:
    """The step with this code; KeyError for an unknown one."""
    return STEPS_BY_CODE[code]


def steps_of_stage(stage: int) -> tuple[Step, ...]:
    return tuple(s for s in STEPS if s.stage == stage)


def following_steps(code: str) -> tuple[Step, ...]:
    """The steps that may not precede ``code``'s step (its direct successors)."""
    return tuple(s for s in STEPS if code in s.after)


@dataclass(frozen=True)
class Ballot:
    """One candidate's secret ballot at the 支部大会 (赞成 / 反对 / 弃权)."""

    yes: int
    no: int = 0
    abstain: int = 0
    separate: bool = True  # False when a list of candidates was voted on as a whole


@dataclass(frozen=True)
class StepRecord:
    """What one step recorded. A record without a date is a draft; with a date, the step is done.

    ``people`` are member ids (talker, contacts or introducers); ``hours`` are 团课 学时 recorded
    outside LeagueDesk's meetings; ``reason`` explains the warnings the step was saved with.
    """

    date: dt.date | None = None
    people: tuple[int, ...] = ()
    meeting_id: int | None = None
    documents: tuple[str, ...] = ()
    notice_start: dt.date | None = None
    opinion_date: dt.date | None = None
    ballot: Ballot | None = None
    hours: float = 0
    reason: str = ""
    notes: str = ""

    @property
    def done(self) -> bool:
        return self.date is not None

    @property
    def last_date(self) -> dt.date | None:
        """The latest date this step wrote down (the introducers' opinions come after the form)."""
        dates = [d for d in (self.date, self.opinion_date) if d is not None]
        return max(dates) if dates else None

    def has(self, name: str) -> bool:
        """Whether the field a step may require (``Step.required``) is filled in."""
        value = {
            DATE: self.date,
            PEOPLE: self.people,
            MEETING: self.meeting_id,
            DOCUMENTS: tuple(d for d in self.documents if str(d).strip()),
            NOTICE_START: self.notice_start,
            OPINION_DATE: self.opinion_date,
            BALLOT: self.ballot,
        }[name]
        return value is not None and value != ()


@dataclass(frozen=True)
class Applicant:
    """Someone on the way to membership: birth date (from the ID) and the steps recorded so far."""

    name: str
    birth_date: dt.date
    steps: Mapping[str, StepRecord] = field(default_factory=dict)
    applicant_id: int | None = None
    branch_id: int | None = None

    @classmethod
    def from_id_number(cls, name: str, id_number: str, **kwargs: Any) -> Applicant:
        """Build from a citizen ID; raises ``idcard.InvalidId`` for a bad one."""
        return cls(name, idcard.parse(id_number).birth_date, **kwargs)

    def record(self, code: str) -> StepRecord | None:
        return self.steps.get(code)

    def done(self, code: str) -> bool:
        record = self.steps.get(code)
        return record is not None and record.done

    def date_of(self, code: str) -> dt.date | None:
        record = self.steps.get(code)
        return record.date if record else None

    @property
    def application_date(self) -> dt.date | None:
        return self.date_of("apply")

    @property
    def stage(self) -> int:
        """The stage of the latest step done (1 before the application is recorded)."""
        done = [s.stage for s in STEPS if self.done(s.code)]
        return max(done) if done else 1

    def with_step(self, code: str, record: StepRecord) -> Applicant:
        return replace(self, steps={**self.steps, code: record})


def age_on(birth_date: dt.date, day: dt.date) -> int:
    """Age in full years (周岁) on ``day``."""
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - before_birthday


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months later, clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))

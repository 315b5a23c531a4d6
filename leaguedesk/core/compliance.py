"""The yearly calendar of organisational life (组织生活台账): what is done, due and overdue.

Default frequencies follow 中国共产主义青年团基层组织"三会两制一课"实施细则（试行）(中青发〔2017〕5号):
支部大会 once a quarter, 支部委员会 once a month, 团课 once a quarter; 主题团日 once a month and a
yearly 组织生活会 are common local practice; 团小组会 is held as needed. Every value is editable.

A meeting below quorum is still *held*; whether it fills its calendar cell is the kind's
``only_quorate`` flag (on for 支部大会, 支部委员会 and 组织生活会, off for 团课 and 主题团日).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from leaguedesk.core.rulesets import (
    InvalidRule,
    RuleProblem,
    RuleProblemCode,
    as_mapping,
    parse_bool,
    parse_choice,
    parse_count,
    parse_entries,
)


class Period(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEAR = "year"
    NONE = "none"  # as needed: no requirement, one cell for the year

    @property
    def months(self) -> int:
        return {"month": 1, "quarter": 3, "half_year": 6}.get(self.value, 12)


class CellStatus(StrEnum):
    DONE = "done"  # the required count is reached
    DUE = "due"  # the period is running and not yet met
    OVERDUE = "overdue"  # the period has ended and was not met
    UPCOMING = "upcoming"  # the period has not started
    NOT_REQUIRED = "not_required"


@dataclass(frozen=True)
class KindRule:
    """How often one meeting kind is required: ``required`` meetings per ``period``."""

    period: Period
    required: int = 1
    only_quorate: bool = False  # only meetings that reached their quorum fill the cell

    def __post_init__(self) -> None:
        object.__setattr__(self, "period", Period(self.period))
        if isinstance(self.required, bool) or not isinstance(self.required, int):
            raise TypeError("required must be an int")
        if self.required < 0:
            raise ValueError("required must not be negative")
        if self.period is Period.NONE:
            object.__setattr__(self, "required", 0)

    def to_dict(self) -> dict[str, Any]:
        return {
            "period": self.period.value,
            "required": self.required,
            "only_quorate": self.only_quorate,
        }

    @classmethod
    def from_dict(cls, data: Any) -> KindRule:
        if not isinstance(data, dict) or set(data) - {"period", "required", "only_quorate"}:
            raise InvalidRule(data)
        quorate = parse_bool(data.get("only_quorate", False))
        return cls(
            parse_choice(Period, data.get("period")),
            parse_count(data.get("required", 1), maximum=31),
            quorate,
        )


AS_NEEDED = KindRule(Period.NONE, 0)

# Keyed by the meeting kinds' Chinese names (core.meetings.MeetingKind values); order = display.
DEFAULT_KIND_RULES: dict[str, KindRule] = {
    "支部大会": KindRule(Period.QUARTER, 1, only_quorate=True),
    "支部委员会": KindRule(Period.MONTH, 1, only_quorate=True),
    "团小组会": AS_NEEDED,
    "团课": KindRule(Period.QUARTER, 1),
    "主题团日": KindRule(Period.MONTH, 1),
    "组织生活会": KindRule(Period.YEAR, 1, only_quorate=True),
    "其他": AS_NEEDED,
}


@dataclass(frozen=True)
class CalendarRules:
    kinds: Mapping[str, KindRule] = field(default_factory=lambda: DEFAULT_KIND_RULES)

    def __post_init__(self) -> None:
        object.__setattr__(self, "kinds", MappingProxyType(dict(self.kinds)))

    def rule_for(self, kind: str) -> KindRule:
        return self.kinds.get(kind, AS_NEEDED)

    def with_rule(self, kind: str, rule: KindRule) -> CalendarRules:
        return CalendarRules({**self.kinds, kind: rule})

    def to_dict(self) -> dict[str, Any]:
        return {"kinds": {kind: rule.to_dict() for kind, rule in self.kinds.items()}}

    @classmethod
    def from_dict(cls, data: Any) -> tuple[CalendarRules, list[RuleProblem]]:
        """Rules from stored JSON; anything unknown or invalid keeps its default and is reported."""
        problems: list[RuleProblem] = []
        top = as_mapping(data, "", problems)
        problems += [
            RuleProblem(key, RuleProblemCode.UNKNOWN_KEY) for key in top if key not in {"kinds"}
        ]
        kinds = parse_entries(
            top.get("kinds"), "kinds", DEFAULT_KIND_RULES, KindRule.from_dict, problems
        )
        return cls(kinds), problems


DEFAULT_CALENDAR_RULES = CalendarRules()


@dataclass(frozen=True)
class MeetingRef:
    """A held meeting as the calendar sees it.

    ``counts`` is False when the meeting fell below its quorum (see core.quorum); such a meeting
    fills a cell only for kinds whose rule is not ``only_quorate``.
    """

    id: Hashable
    kind: str
    date: dt.date
    counts: bool = True


@dataclass(frozen=True)
class Cell:
    kind: str
    period: Period
    index: int  # 1-based: month 1–12, quarter 1–4, half 1–2; 1 for year and none
    start: dt.date
    end: dt.date  # inclusive
    required: int
    done: int  # meetings that count towards ``required``
    status: CellStatus
    meeting_ids: tuple[Hashable, ...]  # the meetings behind ``done``, by date
    uncounted_ids: tuple[Hashable, ...] = ()  # held below quorum, not counted here


@dataclass(frozen=True)
class KindSummary:
    kind: str
    rule: KindRule
    required: int  # meetings required in the whole year
    counted: int  # meetings that count
    held: int  # all meetings of this kind in the year, quorate or not
    periods_done: int
    periods_due: int
    periods_overdue: int
    periods_upcoming: int


@dataclass(frozen=True)
class Calendar:
    year: int
    today: dt.date
    cells: tuple[Cell, ...]
    summaries: tuple[KindSummary, ...]

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(summary.kind for summary in self.summaries)

    def cells_for(self, kind: str) -> tuple[Cell, ...]:
        return tuple(cell for cell in self.cells if cell.kind == kind)

    def summary_for(self, kind: str) -> KindSummary:
        return next(summary for summary in self.summaries if summary.kind == kind)

    def with_status(self, status: CellStatus) -> tuple[Cell, ...]:
        return tuple(cell for cell in self.cells if cell.status is status)


def period_index(period: Period, date: dt.date) -> int:
    return (date.month - 1) // period.months + 1


def period_bounds(year: int, period: Period, index: int) -> tuple[dt.date, dt.date]:
    first_month = (index - 1) * period.months + 1
    last_month = first_month + period.months - 1
    last_day = calendar.monthrange(year, last_month)[1]
    return dt.date(year, first_month, 1), dt.date(year, last_month, last_day)


def _status(required: int, done: int, start: dt.date, end: dt.date, today: dt.date) -> CellStatus:
    if required == 0:
        return CellStatus.NOT_REQUIRED
    if done >= required:
        return CellStatus.DONE
    if today > end:
        return CellStatus.OVERDUE
    if today < start:
        return CellStatus.UPCOMING
    return CellStatus.DUE


def build_calendar(
    year: int,
    meetings: Iterable[MeetingRef],
    rules: CalendarRules = DEFAULT_CALENDAR_RULES,
    today: dt.date | None = None,
) -> Calendar:
    """One cell per kind × period of ``year``. Meetings of other years are ignored; kinds with no
    rule but with meetings appear as not required. ``today`` decides due / overdue / upcoming."""
    today = today or dt.date.today()
    in_year = sorted((m for m in meetings if m.date.year == year), key=lambda m: m.date)
    kinds = list(rules.kinds)
    kinds += [kind for kind in dict.fromkeys(m.kind for m in in_year) if kind not in kinds]
    cells: list[Cell] = []
    summaries: list[KindSummary] = []
    for kind in kinds:
        rule = rules.rule_for(kind)
        period = rule.period if rule.period is not Period.NONE else Period.YEAR
        of_kind = [m for m in in_year if m.kind == kind]
        kind_cells = []
        for index in range(1, 12 // period.months + 1):
            start, end = period_bounds(year, period, index)
            held = [m for m in of_kind if period_index(period, m.date) == index]
            counted = tuple(m.id for m in held if m.counts or not rule.only_quorate)
            uncounted = tuple(m.id for m in held if rule.only_quorate and not m.counts)
            status = _status(rule.required, len(counted), start, end, today)
            kind_cells.append(
                Cell(
                    kind,
                    rule.period,
                    index,
                    start,
                    end,
                    rule.required,
                    len(counted),
                    status,
                    counted,
                    uncounted,
                )
            )
        cells += kind_cells
        statuses = [cell.status for cell in kind_cells]
        summaries.append(
            KindSummary(
                kind,
                rule,
                required=rule.required * len(kind_cells),
                counted=sum(cell.done for cell in kind_cells),
                held=len(of_kind),
                periods_done=statuses.count(CellStatus.DONE),
                periods_due=statuses.count(CellStatus.DUE),
                periods_overdue=statuses.count(CellStatus.OVERDUE),
                periods_upcoming=statuses.count(CellStatus.UPCOMING),
            )
        )
    return Calendar(year, today, tuple(cells), tuple(summaries))

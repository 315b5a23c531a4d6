"""Editable numbers of the recruitment procedure (发展团员, domain.md §4), stored as JSON.

National texts are revised and units add local rules (a 6-month 考察, longer 公示), so every
threshold the recruitment checks use is a field here with the national default.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any


@dataclass(frozen=True)
class RecruitmentRules:
    """The numbers of §4, editable in the rule settings and stored as JSON."""

    min_age: int = 14
    max_age: int = 28
    talk_within_months: int = 1
    contacts_min: int = 1
    contacts_max: int = 2
    introducers: int = 2
    cultivation_months: int = 3
    tuanke_hours: float = 8
    notice_days: tuple[int, int, int] = (5, 5, 5)  # 公示 #1 activists, #2 发展对象, #3 new members
    approval_within_days: int = 30
    archive_within_days: int = 30
    yearly_quota: int | None = None  # 发展名额 per branch when the year has none of its own
    same_introducers_batch: int = 3  # warn when this many candidates share both introducers

    def notice_length(self, notice: int) -> int:
        return self.notice_days[notice - 1]

    def to_dict(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["notice_days"] = list(self.notice_days)
        return data

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any] | None, problems: list[str] | None = None
    ) -> RecruitmentRules:
        """Rules from stored JSON. A missing, unknown or bad value keeps its default; the names
        of ignored keys go to ``problems`` when given, so the settings page can say so."""
        rules = cls()
        ignored: list[str] = []
        for key, value in (data or {}).items():
            if key not in _PARSERS:
                ignored.append(key)
                continue
            try:
                rules = replace(rules, **{key: _PARSERS[key](value)})
            except (TypeError, ValueError):
                ignored.append(key)
        for low, high in (("min_age", "max_age"), ("contacts_min", "contacts_max")):
            if getattr(rules, low) > getattr(rules, high):
                rules = replace(rules, **{low: getattr(cls, low), high: getattr(cls, high)})
                ignored += [low, high]
        if problems is not None:
            problems.extend(ignored)
        return rules


def _count(maximum: int, minimum: int = 0):
    def parse(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(value)
        if not minimum <= value <= maximum:
            raise ValueError(value)
        return value

    return parse


def _hours(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1000:
        raise ValueError(value)
    return float(value)


def _notice_days(value: Any) -> tuple[int, int, int]:
    if isinstance(value, str) or len(value) != 3:
        raise ValueError(value)
    first, second, third = (_count(60, 1)(v) for v in value)
    return first, second, third


def _quota(value: Any) -> int | None:
    return None if value is None else _count(100_000)(value)


_PARSERS = {
    "min_age": _count(120),
    "max_age": _count(120),
    "talk_within_months": _count(24, 1),
    "contacts_min": _count(10),
    "contacts_max": _count(10, 1),
    "introducers": _count(10),
    "cultivation_months": _count(60),
    "tuanke_hours": _hours,
    "notice_days": _notice_days,
    "approval_within_days": _count(3650, 1),
    "archive_within_days": _count(3650, 1),
    "yearly_quota": _quota,
    "same_introducers_batch": _count(1000, 2),
}

"""The plain data the members service returns and the errors it raises.

Kept apart from ``services.members`` (which re-exports them) so the use cases stay readable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from leaguedesk.core import dates, idcard, lifecycle
from leaguedesk.core.issues import Issue
from leaguedesk.core.lifecycle import MemberFacts, Status
from leaguedesk.storage import members as store


class ValidationFailed(Exception):
    """A change was refused; ``issues`` lists every problem found (errors and warnings).

    In a batch (``create_members``/``update_members``), ``index`` is the refused row's position.
    """

    def __init__(self, issues: list[Issue], *, index: int | None = None):
        super().__init__(", ".join(f"{i.field}:{i.code}" for i in issues if i.is_error))
        self.issues = issues
        self.index = index


class MemberNotFound(LookupError):
    def __init__(self, member_id: int):
        super().__init__(member_id)
        self.member_id = member_id


@dataclass(frozen=True)
class Member:
    """One member record as stored; one attribute per core.fields.MEMBER_FIELDS key."""

    id: int
    branch_id: int
    branch_name: str
    name: str
    id_type: str
    id_number: str | None
    sex: str
    ethnicity: str
    birth_date: str | None
    political_status: str
    joined_on: str | None
    development_no: str | None
    card_no: str
    fulltime_education: str
    highest_education: str
    occupation: str
    workplace: str
    phone: str
    email: str
    household_registration: str
    group_id: int | None
    league_post: str
    post_since: str | None
    is_cadre: bool
    party_joined_on: str | None
    volunteer_registered_on: str | None
    income_band: str
    notes: str
    group_name: str = ""
    status: str = Status.ACTIVE
    status_since: str | None = None
    warnings: tuple[str, ...] = ()
    name_pinyin: str = ""
    name_initials: str = ""
    created_at: str = ""
    updated_at: str = ""

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Member:
        values = {key: row[key] for key in store.MEMBER_COLUMNS}
        values["is_cadre"] = bool(values["is_cadre"])
        return cls(
            id=int(row["id"]),
            branch_id=int(row["branch_id"]),
            branch_name=row["branch_name"],
            group_name=row.get("group_name") or "",
            status=row["status"],
            status_since=row["status_since"],
            warnings=tuple(c for c in (row["warnings"] or "").split(",") if c),
            name_pinyin=row["name_pinyin"],
            name_initials=row["name_initials"],
            created_at=row["created_at"],
            updated_at=row["updated_at"],
            **values,
        )

    def values(self) -> dict[str, Any]:
        """The member fields as a dict (the shape validate_member and the forms use)."""
        values = {key: getattr(self, key) for key in store.MEMBER_COLUMNS}
        values["is_cadre"] = int(self.is_cadre)
        return values

    @property
    def masked_id(self) -> str:
        return idcard.mask(self.id_number or "")

    @property
    def active(self) -> bool:
        return self.status == Status.ACTIVE

    @property
    def holds_post(self) -> bool:
        return lifecycle.holds_post(self.league_post, self.is_cadre)

    def age(self, today: dt.date) -> int | None:
        birth = dates.parse_day(self.birth_date)
        return dates.age_on(birth, today) if birth else None

    def facts(self) -> MemberFacts:
        return MemberFacts(
            status=self.status,
            birth_date=dates.parse_day(self.birth_date),
            joined_on=dates.parse_month(self.joined_on),
            holds_post=self.holds_post,
        )


@dataclass(frozen=True)
class HistoryEntry:
    changed_at: str
    field: str
    field_label: str
    old_value: str | None
    new_value: str | None
    note: str


@dataclass(frozen=True)
class StatusChange:
    id: int
    member_id: int
    status: str  # the event: 转出, 超龄离团, …, or 转入
    effective_on: str
    reason: str
    decided_by: str
    destination: str  # 转出: where to; 转入: where from
    recorded_at: str


@dataclass(frozen=True)
class Alert:
    member_id: int
    name: str
    kind: str  # "turning_28", "no_registration" or "inactive" (see services.alerts)
    detail: dict = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class StatusChangeRequest:
    """What a status form collects (also used for a member arriving by 转入)."""

    effective_on: str
    reason: str
    decided_by: str = ""
    destination: str = ""

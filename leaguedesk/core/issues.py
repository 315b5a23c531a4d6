"""Problems found in a record: a code, the field it concerns, how serious it is, and the facts.

The core and the services return these; ``leaguedesk.messages.members.issue_text`` words them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"  # blocks saving
    WARNING = "warning"  # saved with a visible mark, listed for follow-up


@dataclass(frozen=True)
class Issue:
    """One problem. ``field`` is a key of core.fields (member fields or form keys), or ""."""

    field: str
    code: str
    severity: Severity
    params: dict = dataclass_field(default_factory=dict, hash=False)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


def error(field_key: str, code: str, **params: object) -> Issue:
    return Issue(field_key, code, Severity.ERROR, dict(params))


def warning(field_key: str, code: str, **params: object) -> Issue:
    return Issue(field_key, code, Severity.WARNING, dict(params))


def errors(issues: Iterable[Issue]) -> list[Issue]:
    return [i for i in issues if i.severity is Severity.ERROR]


def warnings(issues: Iterable[Issue]) -> list[Issue]:
    return [i for i in issues if i.severity is Severity.WARNING]


def for_field(issues: Iterable[Issue], field_key: str) -> list[Issue]:
    return [i for i in issues if i.field == field_key]

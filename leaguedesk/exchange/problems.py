"""Codes for what can go wrong when reading, importing and writing spreadsheets.

File-level failures raise ``ExchangeError(code, **facts)``; cell-level findings are ``Issue``
values collected into the import plan. ``leaguedesk.messages`` words both for people.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class ExchangeProblem(StrEnum):
    """Why a whole file cannot be read, imported or written."""

    NOT_FOUND = "xfile_not_found"
    CANNOT_READ = "xfile_cannot_read"
    UNSUPPORTED = "xfile_unsupported"
    HTML_AS_XLS = "xfile_html_as_xls"
    CORRUPT = "xfile_corrupt"
    ENCRYPTED = "xfile_encrypted"
    EMPTY = "xfile_empty"
    SHEET_NOT_FOUND = "xfile_sheet_not_found"
    CSV_ENCODING = "xfile_csv_encoding"
    NO_HEADER = "xfile_no_header"
    MISSING_COLUMNS = "xfile_missing_columns"
    BAD_MAPPING = "xfile_bad_mapping"
    PLAN_HAS_ERRORS = "ximport_plan_has_errors"
    CONFLICT = "ximport_conflict"
    CANCELLED = "ximport_cancelled"
    CANNOT_WRITE = "xfile_cannot_write"
    TARGET_IN_USE = "xfile_target_in_use"


class ExchangeError(Exception):
    """A spreadsheet problem the user can act on; nothing was changed."""

    def __init__(self, code: ExchangeProblem, **facts: object):
        path = facts.get("path")
        super().__init__(f"{code.value}: {path}" if path else code.value)
        self.code = code
        self.facts = facts

    @property
    def file_name(self) -> str:
        path = self.facts.get("path")
        return Path(str(path)).name if path else ""


class ImportCancelled(ExchangeError):
    """The user cancelled; raised inside the transaction so nothing is kept."""

    def __init__(self) -> None:
        super().__init__(ExchangeProblem.CANCELLED)


class Severity(StrEnum):
    ERROR = "error"  # the row cannot be imported as it is
    WARNING = "warning"  # imported, but the user should look


class IssueCode(StrEnum):
    """What is wrong with one cell (or one row)."""

    REQUIRED = "cell_required"
    ID_EMPTY = "id_empty"
    ID_LENGTH = "id_length"
    ID_CHARACTERS = "id_characters"
    ID_BIRTH_DATE = "id_birth_date"
    ID_CHECK_DIGIT = "id_check_digit"
    ID_STORED_AS_NUMBER = "id_stored_as_number"  # precision lost, re-enter as text
    ID_MAYBE_TRUNCATED = "id_maybe_truncated"
    SEX_UNKNOWN = "sex_unknown"
    SEX_MISMATCH = "sex_mismatch"
    BIRTH_MISMATCH = "birth_mismatch"
    DATE_INVALID = "date_invalid"
    DATE_INCOMPLETE = "date_incomplete"
    DATE_IN_FUTURE = "date_in_future"
    CHOICE_UNKNOWN = "choice_unknown"
    BOOL_UNKNOWN = "bool_unknown"
    PHONE_INVALID = "phone_invalid"
    PHONE_NOT_MOBILE = "phone_not_mobile"
    EMAIL_INVALID = "email_invalid"
    NUMBER_LOST = "number_lost"  # a long number (发展团员编号…) stored as a number lost digits
    DEVELOPMENT_NO_FORMAT = "development_no_format"
    DEVELOPMENT_NO_YEAR = "development_no_year"
    DUPLICATE_IN_FILE = "duplicate_in_file"
    DUPLICATE_DEVELOPMENT_NO = "duplicate_development_no"
    EXISTS = "exists_in_league"  # same ID already in this branch; on_duplicate=stop
    EXISTS_SKIPPED = "exists_skipped"
    EXISTS_UPDATED = "exists_updated"
    EXISTS_OTHER_BRANCH = "exists_other_branch"
    DEVELOPMENT_NO_TAKEN = "development_no_taken"
    VALUE_TOO_LONG = "value_too_long"
    VALIDATION = "validation"  # from the roster's core validation, code in facts


@dataclass(frozen=True)
class Issue:
    """One finding about one field of one row; ``field`` is a MEMBER_FIELDS key or None."""

    code: str
    severity: Severity = Severity.ERROR
    field: str | None = None
    facts: dict[str, object] = dataclasses.field(default_factory=dict)

    @property
    def is_error(self) -> bool:
        return self.severity == Severity.ERROR

    def on(self, field_key: str | None) -> Issue:
        """The same issue attached to a field (cleaning does not know the field)."""
        return Issue(self.code, self.severity, field_key, self.facts)


def error(code: IssueCode, **facts: object) -> Issue:
    return Issue(code.value, Severity.ERROR, None, facts)


def warning(code: IssueCode, **facts: object) -> Issue:
    return Issue(code.value, Severity.WARNING, None, facts)


def as_issue(found: object) -> Issue:
    """Accept issues from a plugged-in validator: ours, or anything with code/field/severity."""
    if isinstance(found, Issue):
        return found
    code = getattr(found, "code", None) or getattr(found, "problem", None) or str(found)
    code = getattr(code, "value", code)
    severity = getattr(found, "severity", Severity.ERROR)
    severity = getattr(severity, "value", severity)
    if getattr(found, "is_error", None) is False or str(severity).lower() in ("warning", "warn"):
        severity = Severity.WARNING
    else:
        severity = Severity.ERROR
    facts = getattr(found, "facts", None) or {}
    return Issue(str(code), severity, getattr(found, "field", None), dict(facts))

"""Codes for what can go wrong when reading, importing and writing spreadsheets.

File-level failures raise ``ExchangeError(code, **facts)``; cell-level findings are
``core.issues.Issue`` values (the roster's own type) collected into the import plan.
``leaguedesk.messages.exchange`` words both for people.
"""

from __future__ import annotations

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


class IssueCode(StrEnum):
    """Cell findings only a spreadsheet can produce; everything else is the roster's own code.

    Issues are ``core.issues.Issue`` values: these codes with a field key, or the codes of
    ``core.validation`` and ``services.members`` as those return them.
    """

    ID_STORED_AS_NUMBER = "id_stored_as_number"  # Excel kept 15 digits: re-enter as text
    ID_MAYBE_TRUNCATED = "id_maybe_truncated"  # valid, but ends in 000: check the source
    NUMBER_LOST = "number_lost"  # a long number (发展团员编号…) stored as a number lost digits
    VALUE_TOO_LONG = "value_too_long"
    DUPLICATE_IN_FILE = "duplicate_in_file"
    DUPLICATE_DEVELOPMENT_NO = "duplicate_development_no"
    EXISTS = "exists_in_league"  # same ID already in this branch; on_duplicate=stop
    EXISTS_SKIPPED = "exists_skipped"
    EXISTS_UPDATED = "exists_updated"
    STATUS_NOT_CHANGED = "status_not_changed"  # an import does not move members between states
    OTHER_BRANCH = "other_branch"  # a sheet of several branches: this row is of another one
    UNKNOWN_BRANCH = "unknown_branch"  # by 所在支部: no branch of that name in the file
    ARCHIVED_BRANCH = "archived_branch"  # by 所在支部: the branch it names was dissolved
    NO_BRANCH = "no_branch"  # by 所在支部: the first rows name no branch

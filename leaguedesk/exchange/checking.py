"""Checking the rows of an import, one by one, as plan_import reads them.

``RowChecker.check`` reads a row's cells (``cleaning.read_cells``) and checks them as the
member form does: a new member as a new record (``services.members.prepare_member``), a
member of the branch already in the file, when the user chose "update", as an edit of the
stored record (``prepare_update``), each through ``core.validation`` and the file's uniqueness
rules. A person to be skipped is only looked up. It also finds the same person or 发展团员编号 a
second time in the sheet. ``PlannedRow`` holds the outcome.

A sheet is imported into one branch, or (no branch given) each row into the branch its
所在支部 cell names: the way a 团委 brings in the roster of all its branches at once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

from leaguedesk.core import dates
from leaguedesk.core.fields import FIELDS_BY_KEY
from leaguedesk.core.issues import Issue, error, warning
from leaguedesk.core.validation import normalize, normalize_status
from leaguedesk.exchange.cleaning import BRANCH, id_issues, is_blank, plain_text, read_cells
from leaguedesk.exchange.problems import IssueCode
from leaguedesk.services import members
from leaguedesk.services import organisation as org
from leaguedesk.storage.leaguefile import LeagueFile

OnDuplicate = Literal["stop", "skip", "update"]
DEFAULT_POLITICAL_STATUS = "共青团员"  # a roster without the column lists League members
# Fields whose requirement may wait when the sheet has no such column (see importing).
DEFERRABLE_FIELDS = (*(f.key for f in FIELDS_BY_KEY.values() if f.required), "development_no")
NO_ISSUES: tuple[Issue, ...] = ()


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    SKIP = "skip"  # already in the league file, left as it is
    UNCHANGED = "unchanged"  # on update: nothing differs
    OTHER_BRANCH = "other_branch"  # a row of another branch in a sheet of several: left out


@dataclass(slots=True)
class PlannedRow:
    """One data row of the sheet: its spreadsheet row number (1-based), issues and action.

    ``prepared`` is the member as the roster would store it (None for a skipped row);
    ``update`` the checked changes of an existing member. ``source`` (the raw cells) is kept
    only for rows with issues, for the preview and the problem report. ``excluded`` rows were
    left out by the user and are neither imported nor counted as errors.
    """

    row: int
    issues: tuple[Issue, ...]
    prepared: members.PreparedMember | None = None
    action: Action = Action.CREATE
    member_id: int | None = None
    update: members.PreparedUpdate | None = None
    changes: dict[str, tuple[object, object]] = field(default_factory=dict)
    source: list[object] | None = None
    excluded: bool = False
    branch: str = ""  # what the sheet's 所在支部 column says of the row (a merged cell: above)
    branch_id: int | None = None  # the branch the row goes into (None: none found)

    @property
    def has_errors(self) -> bool:
        return any(issue.is_error for issue in self.issues)

    @property
    def values(self) -> dict[str, object]:
        """The row's values as the roster stores them (group as ``group_name``)."""
        if self.prepared is None:
            return {}
        values = self.prepared.values
        values["group_name"] = self.prepared.group_name
        return values

    @property
    def imported(self) -> bool:
        return not self.excluded and self.action in (Action.CREATE, Action.UPDATE)


class RowChecker:
    """Checks rows one by one as plan_import does: through the members service, then for
    duplicates within the sheet and members already in the file."""

    def __init__(
        self,
        league: LeagueFile,
        branch_id: int | None,
        on_duplicate: OnDuplicate,
        today: dt.date,
        mapped: set[str],
    ):
        self.league = league
        self.branch_id = branch_id  # None: each row into the branch its 所在支部 names
        self.on_duplicate = on_duplicate
        self.today = today
        self.rules = members.load_rules(league)
        self.taken = members.taken_numbers(league)
        self.mapped = mapped
        self.absent = frozenset(k for k in DEFERRABLE_FIELDS if k not in mapped)
        self.seen_ids: dict[str, int] = {}
        self.seen_dev: dict[str, int] = {}
        self.deferred: dict[str, int] = {}  # field → members imported without it
        self.routes: dict[str, org.Branch] = {}  # 所在支部 as written → branch
        self.branch_label = ""
        self.branch_names: set[str] = set()
        if branch_id is None:
            self.routes = _routes(org.list_branches(league, include_archived=True))
        else:
            branch = org.get_branch(league, branch_id)
            self.branch_label = branch.display_name
            self.branch_names = {
                key for n in (branch.name, branch.full_name) if n for key in _keys(n)
            }
        self.branch_values: set[str] = set()  # what the sheet's 所在支部 column says
        self.branch = ""  # the 所在支部 of the row being checked
        # Rows it puts in another branch, with what each added to ``deferred``.
        self.elsewhere: list[tuple[PlannedRow, str, dict[str, int]]] = []

    def check(self, row_number: int, raw: dict[str, object], source: list[object]) -> PlannedRow:
        """One row: its cells read and checked as the member form checks a record, then
        against members already in the file and the rows before it in the sheet. A row with
        any issue keeps its cells for the preview and the problem report."""
        if BRANCH not in raw:
            return self._check(row_number, raw, source, self.branch_id)
        branch = raw[BRANCH]
        # A blank 所在支部 is the one above it: sheets merge the cell over a branch's members.
        if not is_blank(branch):
            self.branch = _spaced(plain_text(branch))
            self.branch_values.add(self.branch)
        if self.branch_id is None:
            return self._routed(row_number, raw, source)
        deferred = dict(self.deferred)
        planned = self._check(row_number, raw, source, self.branch_id)
        planned.branch = self.branch
        if self.branch and self.branch_names.isdisjoint(_keys(self.branch)) and planned.imported:
            planned.source = planned.source or list(source)
            counted = {k: n - deferred.get(k, 0) for k, n in self.deferred.items()}
            self.elsewhere.append((planned, self.branch, counted))
        return planned

    def finish(self) -> None:
        """After the last row: in a sheet of several branches (its 所在支部 column says so),
        the rows of other branches are left out of this import, whatever their cells hold:
        nobody is put in the wrong branch, and each branch is imported in turn from the same
        sheet. A sheet of one branch may name it in its own words."""
        if len(self.branch_values) > 1:
            for planned, value, counted in self.elsewhere:
                planned.action = Action.OTHER_BRANCH
                planned.issues = (
                    warning(BRANCH, IssueCode.OTHER_BRANCH, given=value, branch=self.branch_label),
                )
                for key, n in counted.items():  # its missing columns are its branch's concern
                    self.deferred[key] -= n
            self.deferred = {k: n for k, n in self.deferred.items() if n}
        else:
            for planned, _, _ in self.elsewhere:
                if not planned.issues:
                    planned.source = None
        self.elsewhere.clear()

    def _routed(self, row_number: int, raw: dict[str, object], source: list[object]) -> PlannedRow:
        """A row of a sheet imported by 所在支部: into the branch its cell (or the merged
        cell above) names; a branch the file does not have, or no longer has, is an error."""
        found = next((self.routes[k] for k in _keys(self.branch) if k in self.routes), None)
        target = found.id if found is not None and not found.archived else None
        planned = self._check(row_number, raw, source, target)
        planned.branch = self.branch
        if target is None and planned.action != Action.SKIP:
            code = (
                IssueCode.NO_BRANCH
                if not self.branch
                else IssueCode.UNKNOWN_BRANCH
                if found is None
                else IssueCode.ARCHIVED_BRANCH
            )
            planned.issues = (error(BRANCH, code, given=self.branch), *planned.issues)
            planned.source = list(source)
        return planned

    def _check(
        self, row_number: int, raw: dict[str, object], source: list[object], branch_id: int | None
    ) -> PlannedRow:
        values, sheet = read_cells(raw)
        if self.on_duplicate != "stop":
            number = normalize({"id_number": values.get("id_number")})["id_number"]
            holder = members.id_holder(self.league, number, self.taken)
            if holder is not None and self.on_duplicate == "skip":
                return self._skipped(row_number, holder, source)
            if holder is not None and holder["branch_id"] == branch_id:
                current = members.get_member(self.league, int(holder["id"]))
                return self._updated(row_number, values, sheet, current, source)
        new = dict(values)
        if not new.get("political_status") and "political_status" not in {i.field for i in sheet}:
            new["political_status"] = DEFAULT_POLITICAL_STATUS
        prepared = members.prepare_member(
            self.league,
            branch_id,
            new,
            today=self.today,
            rules=self.rules,
            absent=self.absent,
            taken=self.taken,
        )
        planned = PlannedRow(row_number, NO_ISSUES, prepared, branch_id=branch_id)
        issues = self._combine(sheet, prepared.issues, prepared)
        holder = next(
            (
                i
                for i in prepared.issues
                if i.field == "id_number" and i.code in ("id_duplicate", "id_in_other_branch")
            ),
            None,
        )
        if holder is not None:
            planned.member_id = int(holder.params["member_id"])
        if holder is not None and holder.code == "id_duplicate":
            issues = [
                error(
                    "id_number",
                    IssueCode.EXISTS,
                    name=holder.params.get("name"),
                    branch=holder.params.get("branch"),
                )
                if i is holder
                else i
                for i in issues
            ]
        return self._finish(planned, issues, source)

    def _finish(self, planned: PlannedRow, issues: list[Issue], source: list[object]) -> PlannedRow:
        issues += self._duplicates(planned, issues)
        if issues:
            planned.issues = tuple(issues)
            planned.source = list(source)
        return planned

    @staticmethod
    def _skipped(row_number: int, holder: dict[str, object], source: list[object]) -> PlannedRow:
        """A person already in the file, to be skipped: nothing else about the row matters,
        so it is not checked (a re-import of a large roster is mostly such rows)."""
        issue = warning(
            "id_number", IssueCode.EXISTS_SKIPPED, name=holder["name"], branch=holder["branch_name"]
        )
        return PlannedRow(
            row_number,
            (issue,),
            None,
            Action.SKIP,
            int(holder["id"]),  # type: ignore[call-overload]
            source=list(source),
        )

    def _combine(
        self, sheet: list[Issue], found: tuple[Issue, ...], prepared: members.PreparedMember
    ) -> list[Issue]:
        """The sheet's own findings, then the roster's on the fields the sheet did not fault.

        Requirements left for later (no such column) are counted once for the whole sheet,
        not repeated on every row; the members keep them as warning marks.
        """
        faulted = {i.field for i in sheet}
        roster = []
        for issue in found:
            if issue.field in faulted:
                continue
            if issue.field in self.absent and issue.code in members.DEFERRABLE_CODES:
                self.deferred[issue.field] = self.deferred.get(issue.field, 0) + 1
                continue
            roster.append(issue)
        issues = sheet + id_issues(prepared.value("id_number"), roster)
        if any(i.field == "id_number" and i.is_error for i in issues):
            # 出生年月 written as a month is completed from the ID once the ID is right.
            issues = [
                i
                for i in issues
                if not (
                    i.field == "birth_date"
                    and i.code == "date_format"
                    and dates.parse_month(dates.clean(i.params.get("value"), month=True))
                )
            ]
        return issues

    def _updated(
        self,
        row_number: int,
        values: dict[str, object],
        sheet: list[Issue],
        current: members.Member,
        source: list[object],
    ) -> PlannedRow:
        """A member of the branch already in the file, to be updated from the row: checked as
        the member form checks an edit. Cells left empty keep the stored value; 团籍状态 is
        not changed."""
        given = {k: v for k, v in values.items() if k != "status" and not is_blank(v)}
        update = (
            None if sheet else members.unchanged_update(current, given)
        ) or members.prepare_update(
            self.league,
            current.id,
            given,
            today=self.today,
            rules=self.rules,
            absent=self.absent,
            member=current,
            taken=self.taken,
        )
        planned = PlannedRow(
            row_number,
            NO_ISSUES,
            update.result,
            member_id=current.id,
            update=update,
            branch_id=current.branch_id,
        )
        issues = self._combine(sheet, update.issues, update.result)
        changes = {k: (update.before[k], new) for k, new in update.changed.items()}
        if update.group_name is not None:
            changes["group_id"] = (update.group_before or None, update.group_name)
        planned.changes = changes
        planned.action = Action.UPDATE if changes else Action.UNCHANGED
        facts = {"name": current.name, "branch": current.branch_name}
        if changes:
            issues.append(
                warning("id_number", IssueCode.EXISTS_UPDATED, count=len(changes), **facts)
            )
        status = normalize_status(values.get("status"))
        if status and status != current.status:
            issues.append(
                warning(
                    "status", IssueCode.STATUS_NOT_CHANGED, given=status, current=current.status
                )
            )
        return self._finish(planned, issues, source)

    def _duplicates(self, planned: PlannedRow, issues: list[Issue]) -> list[Issue]:
        """The same person or 发展团员编号 twice in the sheet: the later row is an error."""
        if planned.prepared is None:
            return []
        prepared = planned.prepared
        bad = {i.field for i in issues if i.is_error}
        found = []
        number = prepared.value("id_number")
        if number and "id_number" not in bad:
            first = self.seen_ids.setdefault(str(number), planned.row)
            if first != planned.row:
                found.append(error("id_number", IssueCode.DUPLICATE_IN_FILE, first_row=first))
        dev = prepared.value("development_no")
        if dev and "development_no" not in bad:
            first = self.seen_dev.setdefault(str(dev), planned.row)
            if first != planned.row:
                found.append(
                    error("development_no", IssueCode.DUPLICATE_DEVELOPMENT_NO, first_row=first)
                )
        return found


_SUFFIXES = ("团支部", "支部")


def _keys(text: str) -> tuple[str, ...]:
    """How a 所在支部 cell may name a branch: as written (spaces tidied), then without a
    closing 团支部 or 支部, so that "2023级1班" finds "2023级1班团支部" and the other way round."""
    spaced = _spaced(text)
    for suffix in _SUFFIXES:
        if spaced.endswith(suffix) and len(spaced) > len(suffix):
            return spaced, spaced[: -len(suffix)].rstrip()
    return (spaced,) if spaced else ()


def _routes(branches: list[org.Branch]) -> dict[str, org.Branch]:
    """Every way a cell may name each branch (``_keys`` of its name and full name). A name
    as written wins over a shortened one; a shortened name two branches share names neither."""
    exact: dict[str, org.Branch] = {}
    loose: dict[str, org.Branch | None] = {}
    for key in ("full_name", "name"):  # a short name wins over another's full name
        for branch in branches:
            keys = _keys(getattr(branch, key))
            if not keys:
                continue
            exact[keys[0]] = branch
            for short in keys[1:]:
                prior = loose.get(short, branch)
                loose[short] = branch if prior is not None and prior.id == branch.id else None
    routes = {k: b for k, b in loose.items() if b is not None}
    routes.update(exact)
    return routes


def _spaced(text: str) -> str:
    return " ".join(text.split())

"""Attendance rates per member and the list of members who keep missing meetings.

The 会议记录 records each expected member as present or absent with a reason (事假 / 病假 / 公假 /
无故缺席, 中青发〔2017〕5号 and local practice); 迟到 counts as present. Excused absences are kept
apart from 无故缺席 because only the latter builds towards 自行脱团 (six months without
organisational life and without a valid reason, 团章).

Rates are exact: a :class:`fractions.Fraction` or an ``(attended, expected)`` pair for the GUI to
format; with nothing expected there is no rate (``None``), not 0 %. Records are plain data: one
per member per meeting, for members only (列席 guests are not members and have no rate).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, fields
from fractions import Fraction
from types import MappingProxyType

from leaguedesk.core.quorum import AttendanceStatus

_LEAVE_FIELDS = {
    AttendanceStatus.PERSONAL_LEAVE: "personal_leave",
    AttendanceStatus.SICK_LEAVE: "sick_leave",
    AttendanceStatus.OFFICIAL_LEAVE: "official_leave",
}


@dataclass(frozen=True)
class AttendanceRecord:
    """One member at one meeting. ``expected``: the member was among those who should attend
    (应到) — a member who joined mid-year is expected only at meetings after joining.
    ``status`` None means attendance has not been recorded yet."""

    meeting_id: Hashable
    kind: str
    date: dt.date
    member_id: Hashable
    status: AttendanceStatus | None
    expected: bool = True


@dataclass(frozen=True)
class Tally:
    """Counts over a set of records. ``expected`` counts expected meetings with a recorded status;
    it equals attended + excused + unexcused."""

    expected: int = 0
    attended: int = 0  # 出席 or 迟到
    late: int = 0  # 迟到 (already in attended)
    personal_leave: int = 0  # 事假
    sick_leave: int = 0  # 病假
    official_leave: int = 0  # 公假
    unexcused: int = 0  # 无故缺席
    unrecorded: int = 0  # expected, status not yet recorded; outside the rate
    extra: int = 0  # attended without being expected; outside the rate

    @property
    def excused(self) -> int:
        return self.personal_leave + self.sick_leave + self.official_leave

    @property
    def missed(self) -> int:
        return self.excused + self.unexcused

    @property
    def pair(self) -> tuple[int, int]:
        return self.attended, self.expected

    @property
    def rate(self) -> Fraction | None:
        return Fraction(self.attended, self.expected) if self.expected else None


def _counters(record: AttendanceRecord) -> tuple[str, ...]:
    if record.status is None:
        return ("unrecorded",) if record.expected else ()
    status = AttendanceStatus(record.status)
    if not record.expected:
        return ("extra",) if status.counts_as_present else ()
    if status is AttendanceStatus.LATE:
        return ("expected", "attended", "late")
    if status.counts_as_present:
        return ("expected", "attended")
    if status in _LEAVE_FIELDS:
        return ("expected", _LEAVE_FIELDS[status])
    return ("expected", "unexcused")


def _freeze(counter: Counter[str]) -> Tally:
    return Tally(**{f.name: counter[f.name] for f in fields(Tally)})


def _select(
    records: Iterable[AttendanceRecord],
    start: dt.date | None,
    end: dt.date | None,
    kinds: Iterable[str] | None,
) -> list[AttendanceRecord]:
    wanted = None if kinds is None else set(kinds)
    return [
        record
        for record in records
        if (start is None or record.date >= start)
        and (end is None or record.date <= end)
        and (wanted is None or record.kind in wanted)
    ]


def tally(
    records: Iterable[AttendanceRecord],
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    kinds: Iterable[str] | None = None,
) -> Tally:
    """All records together (e.g. one meeting's or the branch's rate), dates inclusive."""
    counter: Counter[str] = Counter()
    for record in _select(records, start, end, kinds):
        counter.update(_counters(record))
    return _freeze(counter)


@dataclass(frozen=True)
class MemberAttendance:
    member_id: Hashable
    overall: Tally
    by_kind: Mapping[str, Tally]

    @property
    def rate(self) -> Fraction | None:
        return self.overall.rate


def member_attendance(
    records: Iterable[AttendanceRecord],
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    kinds: Iterable[str] | None = None,
) -> dict[Hashable, MemberAttendance]:
    """Each member's attendance between ``start`` and ``end`` (inclusive, open if None), overall
    and per meeting kind, in the order members first appear in ``records``."""
    overall: dict[Hashable, Counter[str]] = defaultdict(Counter)
    per_kind: dict[Hashable, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for record in _select(records, start, end, kinds):
        counted = _counters(record)
        overall[record.member_id].update(counted)
        per_kind[record.member_id][record.kind].update(counted)
    return {
        member: MemberAttendance(
            member,
            _freeze(counter),
            MappingProxyType({kind: _freeze(c) for kind, c in per_kind[member].items()}),
        )
        for member, counter in overall.items()
    }


@dataclass(frozen=True)
class MissedRun:
    """A member absent from each of their last N expected meetings (oldest first)."""

    member_id: Hashable
    meeting_ids: tuple[Hashable, ...]
    since: dt.date  # date of the oldest of those meetings
    excused: int
    unexcused: int


def missed_last_n(
    records: Iterable[AttendanceRecord],
    n: int,
    *,
    until: dt.date | None = None,
    kinds: Iterable[str] | None = None,
    unexcused_only: bool = False,
) -> list[MissedRun]:
    """Members who missed every one of their last ``n`` expected, recorded meetings up to
    ``until`` (inclusive). Members with fewer than ``n`` such meetings are not listed.
    ``unexcused_only``: only 无故缺席 counts as missing (leave breaks the run).
    Same-day meetings keep the order of ``records``."""
    if n < 1:
        raise ValueError("n must be at least 1")
    history: dict[Hashable, list[AttendanceRecord]] = defaultdict(list)
    for record in _select(records, None, until, kinds):
        if record.expected and record.status is not None:
            history[record.member_id].append(record)
    runs: list[MissedRun] = []
    for member, member_records in history.items():
        last = sorted(member_records, key=lambda record: record.date)[-n:]
        if len(last) < n:
            continue
        statuses = [AttendanceStatus(str(record.status)) for record in last]
        if unexcused_only:
            missed = all(status is AttendanceStatus.ABSENT for status in statuses)
        else:
            missed = not any(status.counts_as_present for status in statuses)
        if missed:
            excused = sum(status.is_excused for status in statuses)
            runs.append(
                MissedRun(
                    member, tuple(r.meeting_id for r in last), last[0].date, excused, n - excused
                )
            )
    return runs

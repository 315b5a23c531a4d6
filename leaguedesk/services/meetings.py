"""Recording organisational life: save, read, list and delete meetings; their rule sets and
attachments.

A meeting and everything recorded with it (attendance, 列席 guests, resolutions) is written in
one transaction. A new meeting's attendance defaults to the people its kind calls
(services.attendees) with nothing ticked yet. Quorum and votes are judged with the file's own
rule set (national defaults until the user edits them); a meeting below quorum is saved and
marked, and its resolutions do not count.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from leaguedesk.core.compliance import DEFAULT_CALENDAR_RULES, CalendarRules
from leaguedesk.core.meeting_record import (
    MAX_ATTACHMENT_BYTES,
    MeetingRecordError,
    RecordProblem,
    check_hours,
    check_times,
    check_votes,
    parse_day,
)
from leaguedesk.core.meetings import (
    AttendeeOrder,
    AttendeeScope,
    MeetingError,
    MeetingProblem,
    parse_kind,
    parse_order,
    scope_for,
)
from leaguedesk.core.quorum import DEFAULT_RULES, AttendanceStatus, QuorumRules, ResolutionKind
from leaguedesk.core.rulesets import RuleProblem
from leaguedesk.services import attendees as att
from leaguedesk.services import organisation as org
from leaguedesk.services.meeting_records import (
    AttachmentInfo,
    AttendanceEntry,
    Guest,
    Meeting,
    MeetingDraft,
    MeetingSummary,
    ResolutionEntry,
    assess,
)
from leaguedesk.storage import attendees as attendee_store
from leaguedesk.storage import meetings as store
from leaguedesk.storage.leaguefile import LeagueFile

QUORUM_SETTING = "rules.quorum"
CALENDAR_SETTING = "rules.calendar"


# Rule sets ----------------------------------------------------------------------------------


def load_quorum_rules(league: LeagueFile) -> tuple[QuorumRules, list[RuleProblem]]:
    """The file's quorum and vote rules; stored values that cannot be read keep the default."""
    stored = org.get_setting(league, QUORUM_SETTING, None)
    return QuorumRules.from_dict(stored) if stored is not None else (DEFAULT_RULES, [])


def save_quorum_rules(league: LeagueFile, rules: QuorumRules | None) -> None:
    """Store ``rules``; None goes back to the national defaults."""
    _store_rules(league, QUORUM_SETTING, None if rules is None else rules.to_dict())


def load_calendar_rules(league: LeagueFile) -> tuple[CalendarRules, list[RuleProblem]]:
    stored = org.get_setting(league, CALENDAR_SETTING, None)
    return CalendarRules.from_dict(stored) if stored is not None else (DEFAULT_CALENDAR_RULES, [])


def save_calendar_rules(league: LeagueFile, rules: CalendarRules | None) -> None:
    _store_rules(league, CALENDAR_SETTING, None if rules is None else rules.to_dict())


def _store_rules(league: LeagueFile, key: str, value: dict[str, Any] | None) -> None:
    if value is None:
        with league.transaction() as db:
            db.execute("DELETE FROM settings WHERE key = ?", [key])
    else:
        org.set_setting(league, key, value)


# Writing ------------------------------------------------------------------------------------


def default_attendance(
    league: LeagueFile, branch_id: int, kind: str, group_id: int | None = None
) -> tuple[AttendanceEntry, ...]:
    """The people a meeting of ``kind`` calls, in pinyin order, nothing recorded yet."""
    rows = att.expected_rows(league, branch_id, kind, group_id)
    return tuple(AttendanceEntry(row.member_id, row.name, row.group_name, row.post) for row in rows)


def _values(league: LeagueFile, branch_id: int, draft: MeetingDraft) -> dict[str, Any]:
    kind = parse_kind(draft.kind)
    day = parse_day(draft.date)
    start, end = check_times(draft.start_time, draft.end_time)
    hours = check_hours(draft.lecture_hours)
    group_id = draft.group_id
    if group_id is not None and attendee_store.group_name(league.db, branch_id, group_id) is None:
        raise MeetingError(MeetingProblem.GROUP_NOT_FOUND, value=str(group_id))
    if scope_for(kind) is AttendeeScope.GROUP and group_id is None:
        raise MeetingError(MeetingProblem.GROUP_REQUIRED, kind=kind.value)
    return {
        "branch_id": branch_id,
        "kind": kind.value,
        "date": day.isoformat(),
        "start_time": start,
        "end_time": end,
        "place": _line(draft.place),
        "topics": draft.topics.strip(),
        "chair_name": _line(draft.chair_name),
        "chair_member_id": draft.chair_member_id,
        "recorder_name": _line(draft.recorder_name),
        "recorder_member_id": draft.recorder_member_id,
        "group_id": group_id,
        "evaluation": int(bool(draft.evaluation)),
        "agenda": draft.agenda.strip(),
        "minutes": draft.minutes.strip(),
        "lecture_hours": hours,
        "notes": draft.notes.strip(),
    }


def _line(text: str) -> str:
    return " ".join((text or "").split())


def _checked_attendance(
    league: LeagueFile, branch_id: int, draft: MeetingDraft, values: dict[str, Any]
) -> tuple[AttendanceEntry, ...]:
    entries = draft.attendance
    if entries is None:
        entries = default_attendance(league, branch_id, values["kind"], values["group_id"])
    unique: dict[int, AttendanceEntry] = {}
    for entry in entries:
        status = None if entry.status in (None, "") else AttendanceStatus(entry.status).value
        unique[int(entry.member_id)] = AttendanceEntry(
            int(entry.member_id),
            entry.name,
            entry.group_name,
            entry.post,
            bool(entry.expected),
            status,
            _line(entry.note),
        )
    known = store.branch_member_ids(league.db, branch_id, list(unique))
    strangers = [entry for member, entry in unique.items() if member not in known]
    if strangers:
        raise MeetingRecordError(
            RecordProblem.NOT_A_MEMBER, name=strangers[0].name or str(strangers[0].member_id)
        )
    for member_id in (draft.chair_member_id, draft.recorder_member_id):
        if member_id is not None and member_id not in store.branch_member_ids(
            league.db, branch_id, [member_id]
        ):
            raise MeetingRecordError(RecordProblem.NOT_A_MEMBER, name=str(member_id))
    return tuple(unique.values())


def _checked_resolutions(
    draft: MeetingDraft, entries: Sequence[AttendanceEntry]
) -> list[ResolutionEntry]:
    recorded = any(entry.status is not None for entry in entries)
    present = sum(entry.expected and entry.present for entry in entries) if recorded else None
    cleaned = []
    for number, entry in enumerate(draft.resolutions, 1):
        kind = ResolutionKind(entry.kind).value
        text = check_votes(entry.text, entry.yes, entry.no, entry.abstain, present, number)
        cleaned.append(ResolutionEntry(text, kind, entry.yes, entry.no, entry.abstain))
    return cleaned


def _checked_guests(draft: MeetingDraft) -> list[tuple[str, str]]:
    guests = []
    for number, guest in enumerate(draft.guests, 1):
        name = _line(guest.name)
        if not name:
            raise MeetingRecordError(RecordProblem.GUEST_NAME, number=number)
        guests.append((name, _line(guest.role)))
    return guests


def _write(league: LeagueFile, branch_id: int, draft: MeetingDraft, meeting_id: int | None) -> int:
    values = _values(league, branch_id, draft)
    entries = _checked_attendance(league, branch_id, draft, values)
    resolutions = _checked_resolutions(draft, entries)
    guests = _checked_guests(draft)
    with league.transaction() as db:
        if meeting_id is None:
            meeting_id = store.insert_meeting(db, values)
        else:
            store.update_meeting(db, meeting_id, values)
        store.replace_attendance(
            db, meeting_id, [(e.member_id, e.expected, e.status, e.note) for e in entries]
        )
        store.replace_guests(db, meeting_id, guests)
        store.replace_resolutions(
            db, meeting_id, [(r.text, r.kind, r.yes, r.no, r.abstain) for r in resolutions]
        )
    return meeting_id


def record_meeting(league: LeagueFile, branch_id: int, draft: MeetingDraft) -> int:
    """Save a new meeting of the branch; returns its id."""
    org.get_branch(league, branch_id)
    return _write(league, branch_id, draft, None)


def update_meeting(league: LeagueFile, meeting_id: int, draft: MeetingDraft) -> None:
    """Replace what is recorded about a meeting (attachments are kept)."""
    row = _row(league, meeting_id)
    _write(league, int(row["branch_id"]), draft, meeting_id)


def delete_meeting(league: LeagueFile, meeting_id: int) -> None:
    """Delete a meeting with its attendance, guests, resolutions and attachments."""
    _row(league, meeting_id)
    with league.transaction() as db:
        store.delete_meeting(db, meeting_id)


# Reading ------------------------------------------------------------------------------------


def _row(league: LeagueFile, meeting_id: int) -> dict[str, Any]:
    row = store.meeting_row(league.db, meeting_id)
    if row is None:
        raise MeetingRecordError(RecordProblem.NOT_FOUND, id=meeting_id)
    return row


def get_meeting(league: LeagueFile, meeting_id: int) -> Meeting:
    row = _row(league, meeting_id)
    db = league.db
    attendance = tuple(
        AttendanceEntry(
            int(r["member_id"]),
            str(r["name"]),
            str(r["group_name"]),
            str(r["post"] or ""),
            bool(r["expected"]),
            r["status"],
            str(r["note"]),
        )
        for r in store.attendance_rows(db, meeting_id)
    )
    return Meeting(
        id=int(row["id"]),
        branch_id=int(row["branch_id"]),
        branch_name=str(row["branch_display"]),
        kind=str(row["kind"]),
        date=dt.date.fromisoformat(row["date"]),
        start_time=row["start_time"],
        end_time=row["end_time"],
        place=row["place"],
        topics=row["topics"],
        chair_name=row["chair_name"],
        chair_member_id=row["chair_member_id"],
        recorder_name=row["recorder_name"],
        recorder_member_id=row["recorder_member_id"],
        group_id=row["group_id"],
        group_name=row["group_name"],
        evaluation=bool(row["evaluation"]),
        agenda=row["agenda"],
        minutes=row["minutes"],
        lecture_hours=float(row["lecture_hours"]),
        notes=row["notes"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        attendance=attendance,
        guests=tuple(Guest(n, r) for n, r in store.guest_rows(db, meeting_id)),
        resolutions=tuple(ResolutionEntry(*r) for r in store.resolution_rows(db, meeting_id)),
        attachments=tuple(
            AttachmentInfo(int(a["id"]), a["name"], a["mime_type"], int(a["size"]), a["added_at"])
            for a in store.attachment_rows(db, meeting_id)
        ),
    )


def year_range(year: int) -> tuple[str, str]:
    return f"{year:04d}-01-01", f"{year:04d}-12-31"


def list_meetings(
    league: LeagueFile,
    *,
    branch_id: int | None = None,
    year: int | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    rules: QuorumRules | None = None,
) -> list[MeetingSummary]:
    """Meetings by date with counts and quorum, of one branch (or all) and a year or range."""
    if rules is None:
        rules, _ = load_quorum_rules(league)
    first = start.isoformat() if start else None
    last = end.isoformat() if end else None
    if year is not None:
        first, last = year_range(year)
    summaries = []
    for row in store.meeting_rows(league.db, branch_id=branch_id, start=first, end=last):
        recorded = bool(row["recorded"])
        summaries.append(
            MeetingSummary(
                id=int(row["id"]),
                branch_id=int(row["branch_id"]),
                kind=row["kind"],
                date=dt.date.fromisoformat(row["date"]),
                start_time=row["start_time"],
                topics=row["topics"],
                place=row["place"],
                chair_name=row["chair_name"],
                recorder_name=row["recorder_name"],
                group_name=row["group_name"],
                expected=int(row["expected"]),
                present=int(row["present"]),
                excused=int(row["excused"]),
                unexcused=int(row["unexcused"]),
                guests=int(row["guests"]),
                resolutions=int(row["resolutions"]),
                attachments=int(row["attachments"]),
                lecture_hours=float(row["lecture_hours"]),
                evaluation=bool(row["evaluation"]),
                assessment=assess(
                    row["kind"],
                    expected=int(row["expected"]),
                    present=int(row["present"]),
                    recorded=recorded,
                    evaluation=bool(row["evaluation"]),
                    rules=rules,
                ),
            )
        )
    return summaries


# Attachments --------------------------------------------------------------------------------


def add_attachment(
    league: LeagueFile, meeting_id: int, name: str, data: bytes, mime_type: str | None = None
) -> int:
    """Keep a photo or file inside the league file (at most MAX_ATTACHMENT_BYTES)."""
    _row(league, meeting_id)
    clean = Path(_line(name)).name or "附件"
    if not data:
        raise MeetingRecordError(RecordProblem.ATTACHMENT_EMPTY, name=clean)
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise MeetingRecordError(
            RecordProblem.ATTACHMENT_TOO_LARGE,
            name=clean,
            size_mb=f"{len(data) / 1024 / 1024:.1f}",
            limit_mb=MAX_ATTACHMENT_BYTES // 1024 // 1024,
        )
    mime = mime_type or mimetypes.guess_type(clean)[0] or "application/octet-stream"
    with league.transaction() as db:
        return store.insert_attachment(db, meeting_id, clean, mime, data)


def add_attachment_file(league: LeagueFile, meeting_id: int, path: Path | str) -> int:
    """Copy a file from disk into the meeting (the size is checked before reading it)."""
    source = Path(path)
    try:
        size = source.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise MeetingRecordError(
                RecordProblem.ATTACHMENT_TOO_LARGE,
                name=source.name,
                size_mb=f"{size / 1024 / 1024:.1f}",
                limit_mb=MAX_ATTACHMENT_BYTES // 1024 // 1024,
            )
        data = source.read_bytes()
    except OSError as exc:
        raise MeetingRecordError(
            RecordProblem.ATTACHMENT_UNREADABLE, name=source.name, detail=exc.strerror or str(exc)
        ) from exc
    return add_attachment(league, meeting_id, source.name, data)


def attachment_content(league: LeagueFile, attachment_id: int) -> tuple[str, str, bytes]:
    """(name, mime type, bytes) of an attachment."""
    found = store.attachment_data(league.db, attachment_id)
    if found is None:
        raise MeetingRecordError(RecordProblem.ATTACHMENT_NOT_FOUND, id=attachment_id)
    return found


def remove_attachment(league: LeagueFile, attachment_id: int) -> None:
    with league.transaction() as db:
        if not store.delete_attachment(db, attachment_id):
            raise MeetingRecordError(RecordProblem.ATTACHMENT_NOT_FOUND, id=attachment_id)


def save_attachment(league: LeagueFile, attachment_id: int, folder: Path) -> Path:
    """Write an attachment out to ``folder`` (to open it); returns the file written."""
    name, _, data = attachment_content(league, attachment_id)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{attachment_id}-{name}"
    target.write_bytes(data)
    return target


def meeting_attendees(
    league: LeagueFile, meeting_id: int, order: AttendeeOrder | str = AttendeeOrder.PINYIN
) -> list[AttendanceEntry]:
    """The members a recorded meeting expected, in pinyin order or by 团小组 (in the order the
    groups were set up, members without a group last), for its sign-in sheet."""
    _row(league, meeting_id)
    rows = [r for r in store.attendance_rows(league.db, meeting_id) if r["expected"]]
    if parse_order(order) is AttendeeOrder.GROUP:
        rows.sort(key=lambda r: (r["group_id"] is None, r["group_id"] or 0))  # stable: pinyin
    return [
        AttendanceEntry(
            int(r["member_id"]),
            str(r["name"]),
            str(r["group_name"]),
            str(r["post"] or ""),
            True,
            r["status"],
            str(r["note"]),
        )
        for r in rows
    ]

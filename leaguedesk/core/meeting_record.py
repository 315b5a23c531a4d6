"""What makes a meeting record complete and consistent before it is saved.

Pure checks on plain values: a date, times written as 19:00, an end after the start, 团课 hours
in range, resolutions with text and sane vote counts, 列席 guests with a name. The services
raise :class:`MeetingRecordError` with the first problem; ``leaguedesk.messages.meetings``
words it.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum

MAX_LECTURE_HOURS = 24.0
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
_TIME = re.compile(r"^\s*(\d{1,2})\s*[:：]\s*(\d{2})\s*$")


class RecordProblem(StrEnum):
    NOT_FOUND = "meeting_not_found"
    DATE_REQUIRED = "meeting_date_required"
    BAD_DATE = "meeting_bad_date"
    BAD_TIME = "meeting_bad_time"
    END_BEFORE_START = "meeting_end_before_start"
    BAD_HOURS = "meeting_bad_hours"
    NOT_A_MEMBER = "meeting_not_a_member"  # an attendee from another branch (or deleted)
    RESOLUTION_TEXT = "meeting_resolution_text"
    NEGATIVE_VOTES = "meeting_negative_votes"
    VOTES_EXCEED_PRESENT = "meeting_votes_exceed_present"
    GUEST_NAME = "meeting_guest_name"
    ATTACHMENT_TOO_LARGE = "meeting_attachment_too_large"
    ATTACHMENT_EMPTY = "meeting_attachment_empty"
    ATTACHMENT_NOT_FOUND = "meeting_attachment_not_found"
    ATTACHMENT_UNREADABLE = "meeting_attachment_unreadable"


class MeetingRecordError(ValueError):
    """A meeting that cannot be saved as it is; ``facts`` fill the message."""

    def __init__(self, problem: RecordProblem, **facts: object):
        super().__init__(problem.value)
        self.problem = problem
        self.facts = facts


def parse_day(value: str | dt.date | None) -> dt.date:
    """A meeting date from a date or ISO text (2026-12-01, 2026/12/1, 2026.12.1)."""
    if isinstance(value, dt.date):
        return value
    text = (value or "").strip()
    if not text:
        raise MeetingRecordError(RecordProblem.DATE_REQUIRED)
    parts = re.split(r"[-/.年月日]", text)
    parts = [p for p in parts if p]
    try:
        if len(parts) == 3 and all(p.isdigit() for p in parts):
            return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
        return dt.date.fromisoformat(text)
    except ValueError:
        raise MeetingRecordError(RecordProblem.BAD_DATE, value=text) from None


def parse_clock(text: str | None) -> str:
    """``19:00`` from ``19:00``, ``9:05`` or ``19：00``; ``""`` stays empty (time unknown)."""
    cleaned = (text or "").strip()
    if not cleaned:
        return ""
    match = _TIME.match(cleaned)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise MeetingRecordError(RecordProblem.BAD_TIME, value=cleaned)
    return f"{int(match[1]):02d}:{match[2]}"


def check_times(start: str, end: str) -> tuple[str, str]:
    """Both times cleaned; the end may not come before the start."""
    start, end = parse_clock(start), parse_clock(end)
    if start and end and end < start:
        raise MeetingRecordError(RecordProblem.END_BEFORE_START, start=start, end=end)
    return start, end


def check_hours(hours: float | int | str | None) -> float:
    """团课 学时: 0 (not a lecture, or not counted) up to MAX_LECTURE_HOURS, halves allowed."""
    try:
        value = float(hours or 0)
    except (TypeError, ValueError):
        raise MeetingRecordError(RecordProblem.BAD_HOURS, value=str(hours)) from None
    if not 0 <= value <= MAX_LECTURE_HOURS or value != value:  # NaN
        raise MeetingRecordError(RecordProblem.BAD_HOURS, value=str(hours))
    return round(value * 2) / 2


def check_votes(
    text: str, yes: int, no: int, abstain: int, present: int | None, number: int
) -> str:
    """A resolution's text cleaned; votes non-negative and, when attendance is recorded
    (``present`` not None), no more votes than members present."""
    cleaned = " ".join((text or "").split())
    if not cleaned:
        raise MeetingRecordError(RecordProblem.RESOLUTION_TEXT, number=number)
    if min(yes, no, abstain) < 0:
        raise MeetingRecordError(RecordProblem.NEGATIVE_VOTES, number=number)
    if present is not None and yes + no + abstain > present:
        raise MeetingRecordError(
            RecordProblem.VOTES_EXCEED_PRESENT,
            number=number,
            votes=yes + no + abstain,
            present=present,
        )
    return cleaned


def format_hours(hours: float) -> str:
    """2 → "2", 1.5 → "1.5"."""
    return f"{hours:g}"

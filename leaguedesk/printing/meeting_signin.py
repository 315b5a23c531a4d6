"""The 会议签到表 of a recorded meeting: its own expected attendees, its particulars filled in.

The same sheet as before a meeting (``printing.signin``), but the header comes from the record
(date, time, place, topics, chair, recorder, 团小组) and the names are the people recorded as
expected, so a sheet reprinted later lists who was called then, not who is on the roster now.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from leaguedesk.printing.layout import PrintResult
from leaguedesk.printing.signin import DEFAULT_BLANK_ROWS, Person, SigninSpec, render_signin
from leaguedesk.services.meeting_records import Meeting


def signin_spec_for(
    meeting: Meeting,
    *,
    grouped: bool = False,
    blank_rows: int = DEFAULT_BLANK_ROWS,
    printed_on: dt.date | None = None,
) -> SigninSpec:
    """The sheet's header for ``meeting``; ``grouped``: attendees come ordered by 团小组."""
    return SigninSpec(
        branch=meeting.branch_name,
        kind=meeting.kind,
        date=meeting.date,
        time=meeting.start_time,
        topic=" ".join(meeting.topics.split()),
        place=meeting.place,
        chair=meeting.chair_name,
        recorder=meeting.recorder_name,
        group=meeting.group_name,
        grouped=grouped and not meeting.group_name,
        blank_rows=blank_rows,
        printed_on=printed_on,
    )


def render_meeting_signin(
    meeting: Meeting,
    people: Sequence[Person],
    out_path: Path | str,
    *,
    grouped: bool = False,
    blank_rows: int = DEFAULT_BLANK_ROWS,
    printed_on: dt.date | None = None,
) -> PrintResult:
    """Write the sign-in sheet of a recorded meeting; ``people`` in print order (see
    ``services.meetings.meeting_attendees``)."""
    spec = signin_spec_for(meeting, grouped=grouped, blank_rows=blank_rows, printed_on=printed_on)
    return render_signin(spec, people, out_path)

"""The plain data a meeting is passed around as, and its quorum and vote assessment.

``MeetingDraft`` is what a form or the command line hands in; ``Meeting`` is a stored record with
its attendance, 列席 guests, resolutions and attachments; ``MeetingSummary`` is one row of a
list. ``assess`` applies the quorum and vote rules (core.quorum) to counts: the window calls it
live while the secretary ticks names, the printed minutes and the ledger use the same answer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from leaguedesk.core.quorum import (
    DEFAULT_RULES,
    AttendanceStatus,
    QuorumResult,
    QuorumRules,
    ResolutionKind,
    VoteResult,
    check_quorum,
    check_resolution,
    resolution_takes_effect,
)


@dataclass(frozen=True)
class AttendanceEntry:
    """One member at one meeting. ``status`` None: not recorded yet."""

    member_id: int
    name: str = ""
    group_name: str = ""
    post: str = ""
    expected: bool = True
    status: str | None = None
    note: str = ""

    @property
    def present(self) -> bool:
        return self.status is not None and AttendanceStatus(self.status).counts_as_present

    @property
    def absent(self) -> bool:
        return self.status is not None and not self.present


@dataclass(frozen=True)
class Guest:
    """A 列席 attendee (activist, Party branch representative): never counted for quorum."""

    name: str
    role: str = ""  # 单位、职务 or why they attend


@dataclass(frozen=True)
class ResolutionEntry:
    text: str
    kind: str = ResolutionKind.GENERAL.value
    yes: int = 0
    no: int = 0
    abstain: int = 0


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    name: str
    mime_type: str
    size: int
    added_at: str = ""


@dataclass(frozen=True)
class MeetingDraft:
    """A meeting as entered. ``attendance`` None means "the people the kind calls, nothing
    recorded yet" (services.attendees decides who)."""

    kind: str
    date: dt.date | str
    start_time: str = ""
    end_time: str = ""
    place: str = ""
    topics: str = ""
    chair_name: str = ""
    chair_member_id: int | None = None
    recorder_name: str = ""
    recorder_member_id: int | None = None
    group_id: int | None = None
    evaluation: bool = False  # a 支部大会 held for 团员教育评议 (QuorumRules.evaluation)
    agenda: str = ""
    minutes: str = ""  # 发言要点
    lecture_hours: float = 0.0
    notes: str = ""
    attendance: tuple[AttendanceEntry, ...] | None = None
    guests: tuple[Guest, ...] = ()
    resolutions: tuple[ResolutionEntry, ...] = ()


@dataclass(frozen=True)
class VoteOutcome:
    resolution: ResolutionEntry
    vote: VoteResult
    effective: bool  # passed at a quorate meeting: it counts


@dataclass(frozen=True)
class Assessment:
    """Quorum and votes of one meeting. ``recorded`` False: no attendance ticked yet, so the
    quorum is unknown rather than failed."""

    quorum: QuorumResult
    recorded: bool
    votes: tuple[VoteOutcome, ...] = ()

    @property
    def quorate(self) -> bool:
        return self.recorded and self.quorum.ok

    @property
    def below_quorum(self) -> bool:
        return self.recorded and not self.quorum.ok

    @property
    def effective(self) -> tuple[ResolutionEntry, ...]:
        return tuple(outcome.resolution for outcome in self.votes if outcome.effective)


def assess(
    kind: str,
    *,
    expected: int,
    present: int,
    recorded: bool,
    resolutions: Sequence[ResolutionEntry] = (),
    evaluation: bool = False,
    rules: QuorumRules = DEFAULT_RULES,
) -> Assessment:
    """Quorum and each resolution's outcome for these member counts (列席 excluded)."""
    quorum = check_quorum(kind, expected, present, rules, evaluation=evaluation)
    votes = []
    for entry in resolutions:
        vote = check_resolution(
            entry.yes,
            entry.no,
            entry.abstain,
            present=present,
            expected=expected,
            rules=rules,
            kind=entry.kind,
        )
        votes.append(VoteOutcome(entry, vote, recorded and resolution_takes_effect(quorum, vote)))
    return Assessment(quorum, recorded, tuple(votes))


@dataclass(frozen=True)
class Meeting:
    """A stored meeting with everything recorded about it."""

    id: int
    branch_id: int
    branch_name: str
    kind: str
    date: dt.date
    start_time: str = ""
    end_time: str = ""
    place: str = ""
    topics: str = ""
    chair_name: str = ""
    chair_member_id: int | None = None
    recorder_name: str = ""
    recorder_member_id: int | None = None
    group_id: int | None = None
    group_name: str = ""
    evaluation: bool = False
    agenda: str = ""
    minutes: str = ""
    lecture_hours: float = 0.0
    notes: str = ""
    created_at: str = ""
    updated_at: str = ""
    attendance: tuple[AttendanceEntry, ...] = ()
    guests: tuple[Guest, ...] = ()
    resolutions: tuple[ResolutionEntry, ...] = ()
    attachments: tuple[AttachmentInfo, ...] = field(default=())

    @property
    def expected(self) -> tuple[AttendanceEntry, ...]:
        return tuple(entry for entry in self.attendance if entry.expected)

    @property
    def present(self) -> tuple[AttendanceEntry, ...]:
        """Expected members who came (出席 or 迟到)."""
        return tuple(entry for entry in self.expected if entry.present)

    @property
    def absent(self) -> tuple[AttendanceEntry, ...]:
        return tuple(entry for entry in self.expected if entry.absent)

    @property
    def extra(self) -> tuple[AttendanceEntry, ...]:
        """Members who came without being expected (another group's member at a 团小组会)."""
        return tuple(entry for entry in self.attendance if not entry.expected and entry.present)

    @property
    def recorded(self) -> bool:
        return any(entry.status is not None for entry in self.attendance)

    def assess(self, rules: QuorumRules = DEFAULT_RULES) -> Assessment:
        return assess(
            self.kind,
            expected=len(self.expected),
            present=len(self.present),
            recorded=self.recorded,
            resolutions=self.resolutions,
            evaluation=self.evaluation,
            rules=rules,
        )

    def draft(self, **changes: object) -> MeetingDraft:
        """The record as a draft to edit (and save back with ``update_meeting``)."""
        base = MeetingDraft(
            kind=self.kind,
            date=self.date,
            start_time=self.start_time,
            end_time=self.end_time,
            place=self.place,
            topics=self.topics,
            chair_name=self.chair_name,
            chair_member_id=self.chair_member_id,
            recorder_name=self.recorder_name,
            recorder_member_id=self.recorder_member_id,
            group_id=self.group_id,
            evaluation=self.evaluation,
            agenda=self.agenda,
            minutes=self.minutes,
            lecture_hours=self.lecture_hours,
            notes=self.notes,
            attendance=self.attendance,
            guests=self.guests,
            resolutions=self.resolutions,
        )
        return replace(base, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class MeetingSummary:
    """One meeting in a list, with its counts and quorum mark."""

    id: int
    branch_id: int
    kind: str
    date: dt.date
    start_time: str
    topics: str
    place: str
    chair_name: str
    recorder_name: str
    group_name: str
    expected: int
    present: int
    excused: int
    unexcused: int
    guests: int
    resolutions: int
    attachments: int
    lecture_hours: float
    evaluation: bool
    assessment: Assessment

    @property
    def recorded(self) -> bool:
        return self.assessment.recorded

    @property
    def below_quorum(self) -> bool:
        return self.assessment.below_quorum

    @property
    def counts(self) -> bool:
        """Whether it fills a calendar cell of a kind that needs a quorum."""
        return self.assessment.quorate

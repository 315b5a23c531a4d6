"""The year's calendar, attendance rates, missed meetings and 团课 hours from recorded meetings."""

import dataclasses
import datetime as dt

from leaguedesk.core.compliance import CellStatus
from leaguedesk.services import meeting_stats as stats
from leaguedesk.services import meetings as ms
from leaguedesk.services.meeting_records import MeetingDraft
from tests.sample_branch import PINYIN_ORDER

TODAY = dt.date(2026, 5, 20)


def record(league, sample, kind, day, absent=(), reasons=None, hours=0.0, ticked=True):
    reasons = reasons or {}
    entries = ms.default_attendance(league, sample.branch_id, kind)
    if ticked:
        entries = tuple(
            dataclasses.replace(
                e, status=reasons.get(e.name, "事假") if e.name in absent else "出席"
            )
            for e in entries
        )
    return ms.record_meeting(
        league,
        sample.branch_id,
        MeetingDraft(
            kind=kind, date=day, topics=f"{kind}{day}", attendance=entries, lecture_hours=hours
        ),
    )


def test_calendar_cells_are_done_due_overdue_and_upcoming(league, sample):
    first = record(league, sample, "支部大会", dt.date(2026, 2, 10))
    low = record(league, sample, "支部大会", dt.date(2026, 4, 8), absent=PINYIN_ORDER[:4])
    year = stats.year_calendar(league, sample.branch_id, 2026, today=TODAY)
    cells = year.calendar.cells_for("支部大会")
    assert [c.status for c in cells] == [
        CellStatus.DONE,
        CellStatus.DUE,
        CellStatus.UPCOMING,
        CellStatus.UPCOMING,
    ]
    assert cells[0].meeting_ids == (first,) and cells[1].uncounted_ids == (low,)
    committee = year.calendar.cells_for("支部委员会")
    assert [c.status for c in committee[:5]] == [CellStatus.OVERDUE] * 4 + [CellStatus.DUE]
    assert year.meetings[low].below_quorum


def test_a_planned_meeting_fills_no_cell_until_it_is_held(league, sample):
    planned = record(league, sample, "团课", dt.date(2026, 6, 2), ticked=False, hours=2)
    year = stats.year_calendar(league, sample.branch_id, 2026, today=TODAY)
    assert year.planned == (planned,)
    assert year.calendar.cells_for("团课")[1].status is CellStatus.DUE


def test_attendance_rates_per_member_overall_and_per_kind(league, sample):
    record(league, sample, "支部大会", dt.date(2026, 2, 10), absent=("赵磊",))
    record(
        league,
        sample,
        "主题团日",
        dt.date(2026, 3, 10),
        absent=("赵磊", "陈静"),
        reasons={"赵磊": "无故缺席"},
    )
    record(league, sample, "主题团日", dt.date(2026, 4, 10))
    report = {r.name: r for r in stats.attendance_report(league, sample.branch_id)}
    assert [r.name for r in stats.attendance_report(league, sample.branch_id)] == list(PINYIN_ORDER)
    assert report["赵磊"].overall.pair == (1, 3)
    assert report["赵磊"].overall.unexcused == 1 and report["赵磊"].overall.personal_leave == 1
    assert report["赵磊"].by_kind["主题团日"].pair == (1, 2)
    ranged = {
        r.name: r
        for r in stats.attendance_report(
            league, sample.branch_id, start=dt.date(2026, 3, 1), end=dt.date(2026, 3, 31)
        )
    }
    assert ranged["陈静"].overall.pair == (0, 1)


def test_who_missed_the_last_meetings(league, sample):
    record(league, sample, "支部大会", dt.date(2026, 2, 10), absent=("赵磊",))
    record(league, sample, "主题团日", dt.date(2026, 3, 10), absent=("赵磊", "陈静"))
    missed = stats.missed_meetings(league, sample.branch_id, 2)
    assert [(m.name, m.dates) for m in missed] == [
        ("赵磊", (dt.date(2026, 2, 10), dt.date(2026, 3, 10)))
    ]
    assert stats.missed_meetings(league, sample.branch_id, 2, unexcused_only=True) == []


def test_lecture_hours_add_up_for_those_who_attended(league, sample):
    record(league, sample, "团课", dt.date(2026, 3, 1), hours=2)
    record(league, sample, "团课", dt.date(2026, 4, 1), hours=1.5, absent=("赵磊",))
    hours = stats.lecture_hours(league, branch_id=sample.branch_id)
    names = dict(league.db.execute("SELECT name, id FROM members").fetchall())
    assert hours[names["赵磊"]] == 2 and hours[names["陈静"]] == 3.5

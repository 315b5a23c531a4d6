"""The data behind the printed 两制 and 推优 forms and the summary workbook (.xlsx).

Each ``*_job`` reads what the form needs now (on the caller's connection) and returns a function
of the output path that only draws: the window runs that part off the UI thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from leaguedesk.core.evaluation import FollowUpKind, excellent_cap_count, follow_up, suggest
from leaguedesk.core.recommendation import vote_outcome
from leaguedesk.services import evaluation as ev
from leaguedesk.services import organisation as org
from leaguedesk.services import recommendation as rec
from leaguedesk.services import registration as reg
from leaguedesk.storage.leaguefile import LeagueFile

if TYPE_CHECKING:
    from leaguedesk.printing import evaluation_forms as forms
    from leaguedesk.printing import registration_forms as reg_forms
    from leaguedesk.printing.layout import PrintResult

Job = Callable[[Path], "PrintResult"]


def sheet(league: LeagueFile, round_id: int) -> forms.EvaluationSheet:
    from leaguedesk.printing import evaluation_forms as forms

    found = ev.get_round(league, round_id)
    rules = ev.load_rules(league)
    branch = org.get_branch(league, found.branch_id)
    count = len(ev.entries(league, round_id))
    percent = rules.excellent_cap * 100
    return forms.EvaluationSheet(
        branch=branch.display_name,
        year=found.year,
        meeting_kind=found.meeting_kind,
        meeting_date=found.meeting_date,
        expected=found.expected,
        present=found.present,
        ballots=found.ballots,
        cap_percent=str(percent.numerator) if percent.denominator == 1 else f"{float(percent):.1f}",
        cap_count=excellent_cap_count(count, rules),
        approved_on=found.approved_on,
        approved_by=found.approved_by,
    )


def summary_rows(league: LeagueFile, round_id: int) -> list[forms.SummaryRow]:
    from leaguedesk.printing import evaluation_forms as forms

    rules = ev.load_rules(league)
    rows = []
    for entry in ev.entries(league, round_id):
        suggestion = suggest(entry.tally, rules)
        note = "得票并列" if suggestion and suggestion.tied else ""
        rows.append(
            forms.SummaryRow(
                entry.name,
                (entry.tally.excellent, entry.tally.passed, entry.tally.basic, entry.tally.fail),
                suggestion.grade.value if suggestion else "",
                entry.committee_grade.value if entry.committee_grade else "",
                entry.final_grade.value if entry.final_grade else "",
                note,
            )
        )
    return rows


def ballot_job(league: LeagueFile, round_id: int) -> Job:
    from leaguedesk.printing import evaluation_forms as forms

    spec = sheet(league, round_id)
    names = [e.name for e in ev.entries(league, round_id)]
    return lambda out: forms.render_ballot(spec, names, out)


def summary_job(league: LeagueFile, round_id: int) -> Job:
    from leaguedesk.printing import evaluation_forms as forms

    spec, rows = sheet(league, round_id), summary_rows(league, round_id)
    return lambda out: forms.render_summary(spec, rows, out)


def member_sheets_job(league: LeagueFile, round_id: int) -> Job:
    from leaguedesk.printing import evaluation_forms as forms

    spec = sheet(league, round_id)
    rules = ev.load_rules(league)
    found = ev.get_round(league, round_id)
    members = []
    for entry in ev.entries(league, round_id):
        suggestion = suggest(entry.tally, rules)
        plan = follow_up(entry.final_grade, found.approved_on, rules)
        text = ""
        if plan.kind is FollowUpKind.TALK:
            text = "评为基本合格：由团支部书记进行谈心谈话，帮助其改进。"
        elif plan.kind is FollowUpKind.REEVALUATE and entry.reevaluate_by:
            text = (
                f"评为不合格：限期改正，于{entry.reevaluate_by.isoformat()}前再次评议"
                "（评定后3至6个月）。"
            )
        members.append(
            forms.MemberSheet(
                entry.name,
                entry.sex,
                entry.group_name,
                entry.political_status,
                entry.league_post,
                entry.self_assessment,
                (entry.tally.excellent, entry.tally.passed, entry.tally.basic, entry.tally.fail),
                entry.ballots if entry.ballots is not None else found.ballots,
                suggestion.grade.value if suggestion else "",
                entry.committee_grade.value if entry.committee_grade else "",
                entry.final_grade.value if entry.final_grade else "",
                text,
            )
        )
    return lambda out: forms.render_member_sheets(spec, members, out)


def registration_rows(league: LeagueFile, round_id: int) -> list[reg_forms.RegistrationRow]:
    from leaguedesk.printing import registration_forms as reg_forms

    return [
        reg_forms.RegistrationRow(
            e.name,
            e.sex,
            e.card_no,
            e.grade.value if e.grade else "",
            e.outcome.value,
            e.deferred_until if e.outcome.value == "暂缓注册" else None,
            e.reason,
        )
        for e in reg.entries(league, round_id)
    ]


def registration_job(league: LeagueFile, round_id: int) -> Job:
    from leaguedesk.printing import registration_forms as reg_forms

    found = reg.get_round(league, round_id)
    branch = org.get_branch(league, found.branch_id).display_name
    rows = registration_rows(league, round_id)
    return lambda out: reg_forms.render_registration(
        branch, found.year, found.decided_on, rows, out
    )


def recommendation_job(league: LeagueFile, branch_id: int, meeting_date: dt.date) -> Job:
    from leaguedesk.printing import registration_forms as reg_forms

    results = rec.batch(league, branch_id, meeting_date)
    branch = org.get_branch(league, branch_id).display_name
    expected = results[0].expected if results else 0
    present = results[0].present if results else 0
    required = vote_outcome(
        0, 0, 0, expected=expected, present=present, quorum=ev.quorum_rules(league)
    ).required_yes
    rows = [
        reg_forms.RecommendationRow(
            r.name,
            r.sex,
            r.birth_date,
            r.joined_on or "",
            r.applied_on,
            r.league_post,
            r.yes,
            r.no,
            r.abstain,
            r.passed,
            r.rank,
            r.valid_until,
        )
        for r in results
    ]
    return lambda out: reg_forms.render_recommendation(
        branch, meeting_date, expected, present, rows, out, required_yes=required
    )


def workbook_job(league: LeagueFile, round_id: int) -> Callable[[Path], Path]:
    """The summary workbook (支部汇总表, and the 团籍注册登记表 when registration exists)."""
    from leaguedesk.exchange import evaluation_xlsx

    spec, rows = sheet(league, round_id), summary_rows(league, round_id)
    found = ev.get_round(league, round_id)
    registration = reg.round_for(league, found.branch_id, found.year)
    reg_rows = registration_rows(league, registration.id) if registration else None
    return lambda out: evaluation_xlsx.write_workbook(out, spec, rows, reg_rows)

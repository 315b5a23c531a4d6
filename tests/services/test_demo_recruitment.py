"""Demo applicants: someone at every stage, admitted members, and the deliberate problems."""

import datetime as dt

from leaguedesk.core.recruitment import FindingCode
from leaguedesk.services import demo
from leaguedesk.services import recruitment as rs
from leaguedesk.services import recruitment_board as board
from leaguedesk.services.members import get_member
from leaguedesk.storage import leaguefile

TODAY = dt.date(2026, 6, 15)


def test_demo_applicants_fill_every_stage_and_show_problems(tmp_path):
    with leaguefile.create(tmp_path / "d.leaguedb") as league:
        demo.generate(league, branches=2, members=40, seed=3, today=TODAY, recruitment=True)
        columns = board.board(league, today=TODAY)
        assert all(column.cards for column in columns), [len(c.cards) for c in columns]
        cards = [card for column in columns for card in column.cards]
        problems = {f.code for card in cards for _step, f in card.problems}
        assert {
            FindingCode.AGE_TOO_YOUNG,
            FindingCode.CULTIVATION_TOO_SHORT,
            FindingCode.INTRODUCERS_COUNT,
        } <= problems
        assert any(card.overdue for card in cards)
        admitted = rs.list_applicants(league, statuses=["admitted"])
        assert admitted
        for applicant in admitted:
            member = get_member(league, applicant.member_id)
            decided = applicant.date_of("general_meeting")
            assert member.joined_on == f"{decided:%Y-%m}"
            assert member.development_no == applicant.development_no

"""An applicant's clean way through the 15 steps in 2025 (a year the holiday calendar knows),
for service, printing and command-line tests.

公示 #1 from Friday 2025-04-11 ends on 04-17; #2 from Wednesday 07-16 ends on 07-22; #3 from
Thursday 08-21 ends on 08-27 (5 working days each).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from leaguedesk.core.recruitment import Ballot
from leaguedesk.services import recruitment as rs
from leaguedesk.services.recruitment_records import DecisionFacts, StepInput
from leaguedesk.storage.leaguefile import LeagueFile
from tests.factories import id_for

D = dt.date
TODAY = D(2025, 12, 31)
BIRTH = D(2008, 5, 10)
ORDER = (
    "apply",
    "talk",
    "activist",
    "contacts",
    "cultivation",
    "candidate",
    "pre_review",
    "candidate_notice",
    "introducers",
    "application_form",
    "general_meeting",
    "approval",
    "new_member_notice",
    "ceremony",
    "archive",
)


def member_ids(league: LeagueFile, branch_id: int) -> dict[str, int]:
    return {
        name: int(i)
        for i, name in league.db.execute(
            "SELECT id, name FROM members WHERE branch_id = ?", [branch_id]
        ).fetchall()
    }


def applicant_values(
    *,
    name: str = "林小青",
    birth: dt.date = BIRTH,
    male: bool = False,
    serial: int = 321,
    **changes: Any,
) -> dict[str, Any]:
    values = {
        "name": name,
        "id_type": "居民身份证",
        "id_number": id_for(birth, male=male, serial=serial),
        "ethnicity": "汉族",
        "occupation": "学生",
        "workplace": "示范中学高一（1）班",
        "phone": "13900000001",
    }
    values.update(changes)
    return values


def path(people: dict[str, int]) -> dict[str, StepInput]:
    """The inputs of every step; talker, contacts and introducers are members of the branch."""
    a, b = people["张伟"], people["王芳"]
    return {
        "apply": StepInput(D(2025, 3, 3), documents=("入团申请书",)),
        "talk": StepInput(D(2025, 3, 20), people=(a,)),
        "activist": StepInput(
            D(2025, 4, 10), decision=DecisionFacts("支部委员会", 4, 4), notice_start=D(2025, 4, 11)
        ),
        "contacts": StepInput(D(2025, 4, 18), people=(a, b)),
        "cultivation": StepInput(D(2025, 7, 1), documents=("培养考察记录",), hours=8),
        "candidate": StepInput(D(2025, 7, 10), decision=DecisionFacts("支部委员会", 4, 4)),
        "pre_review": StepInput(D(2025, 7, 15), documents=("入团志愿书 第001号",)),
        "candidate_notice": StepInput(D(2025, 7, 16)),
        "introducers": StepInput(D(2025, 7, 23), people=(a, b)),
        "application_form": StepInput(D(2025, 7, 24), opinion_date=D(2025, 7, 25)),
        "general_meeting": StepInput(
            D(2025, 8, 1), decision=DecisionFacts("支部大会", 8, 7), ballot=Ballot(6, 1, 0)
        ),
        "approval": StepInput(D(2025, 8, 20), notes="示范区团委批准"),
        "new_member_notice": StepInput(D(2025, 8, 21)),
        "ceremony": StepInput(D(2025, 9, 1)),
        "archive": StepInput(D(2025, 9, 5), documents=("入团志愿书扫描件",)),
    }


def walk(
    league: LeagueFile,
    applicant_id: int,
    people: dict[str, int],
    *,
    until: str | None = None,
    **changed: StepInput,
) -> None:
    """Record the steps in order, stopping before ``until``; ``changed`` replaces inputs."""
    steps = {**path(people), **changed}
    for code in ORDER:
        if code == until:
            return
        rs.record_step(league, applicant_id, code, steps[code], today=TODAY)

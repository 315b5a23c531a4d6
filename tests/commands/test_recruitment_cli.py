"""``leaguedesk recruits list`` and ``leaguedesk print notice`` from the command line."""

import csv
import io
import json

import pytest

from leaguedesk.services import recruitment as rs
from leaguedesk.storage import leaguefile
from tests.commands.runner import run
from tests.printing import pdftools
from tests.recruit_path import TODAY, applicant_values, member_ids, walk
from tests.sample_branch import BRANCH, BRANCH_FULL, add_sample_branch


@pytest.fixture
def recruits_path(league_path):
    """The sample branch with one applicant at the 支部大会 and one just applied."""
    with leaguefile.open_league(league_path) as league:
        sample = add_sample_branch(league)
        people = member_ids(league, sample.branch_id)
        first = rs.create_applicant(league, sample.branch_id, applicant_values(), today=TODAY)
        walk(league, first.id, people, until="general_meeting")
        second = rs.create_applicant(
            league,
            sample.branch_id,
            applicant_values(name="欧阳明", male=True, serial=55),
            today=TODAY,
        )
        walk(league, second.id, people, until="talk")
    return league_path


def test_list_json_has_stage_next_step_and_due_date(monkeypatch, capsys, recruits_path):
    code, out, err = run(
        monkeypatch, capsys, "recruits", "list", "--db", recruits_path, "--format", "json"
    )
    assert code == 0, err
    rows = {r["name"]: r for r in json.loads(out)}
    assert rows["林小青"]["stage"] == 4
    assert rows["林小青"]["next_step"] == "general_meeting"
    assert rows["林小青"]["next_step_name"] == "支部大会讨论"
    assert rows["欧阳明"]["next_step"] == "talk"
    assert rows["欧阳明"]["due_date"] == "2025-04-03"
    assert rows["欧阳明"]["overdue"] is True  # today is long past the month for the talk


def test_list_table_csv_and_stage_filter(monkeypatch, capsys, recruits_path):
    code, out, _ = run(
        monkeypatch,
        capsys,
        "recruits",
        "list",
        "--db",
        recruits_path,
        "--branch",
        BRANCH,
        "--stage",
        "1",
    )
    assert code == 0
    assert "欧阳明" in out and "林小青" not in out and "逾期 1 人" in out
    code, out, _ = run(
        monkeypatch,
        capsys,
        "recruits",
        "list",
        "--db",
        recruits_path,
        "--format",
        "csv",
        "--stage",
        "接收新团员",
    )
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][:4] == ["姓名", "支部", "阶段", "下一步"]
    assert [r[0] for r in rows[1:]] == ["林小青"]
    code, _, err = run(
        monkeypatch, capsys, "recruits", "list", "--db", recruits_path, "--stage", "9"
    )
    assert code == 2 and "不认识的阶段" in err and "Traceback" not in err


def test_print_notice(monkeypatch, capsys, recruits_path, tmp_path):
    pdf = tmp_path / "公示.pdf"
    code, out, err = run(
        monkeypatch,
        capsys,
        "print",
        "notice",
        "--db",
        recruits_path,
        "--branch",
        BRANCH,
        "--stage",
        "candidates",
        "-o",
        pdf,
    )
    assert code == 0, err
    assert "公示期 2025-07-16 至 2025-07-22" in out
    text = pdftools.squeeze(pdftools.pages(pdf)[0])
    assert "关于发展对象的公示" in text and "林小青" in text and BRANCH_FULL in text
    assert "2025年7月16日至2025年7月22日（5个工作日）" in text


def test_print_notice_with_nobody_to_announce(monkeypatch, capsys, recruits_path, tmp_path):
    code, _, err = run(
        monkeypatch,
        capsys,
        "print",
        "notice",
        "--db",
        recruits_path,
        "--branch",
        BRANCH,
        "--stage",
        "new",
        "-o",
        tmp_path / "x.pdf",
    )
    assert code == 2
    assert "没有可公示的人员" in err and "公示新团员" in err
    assert not (tmp_path / "x.pdf").exists()

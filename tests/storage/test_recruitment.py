"""Recruitment tables (migration 0004): applicants, steps with their people, lessons, quotas."""

import sqlite3

import pytest

from leaguedesk.storage import recruitment as store
from leaguedesk.storage import schema
from tests.sample_branch import add_sample_branch


@pytest.fixture
def branch(league):
    return add_sample_branch(league).branch_id


def _applicant(db, branch_id, name="林小青", id_number="110101200805100023", status="active"):
    applicant_id = store.insert_applicant(db, branch_id, {"name": name, "id_number": id_number})
    if status != "active":
        store.update_applicant(db, applicant_id, {"status": status})
    return applicant_id


def test_migration_creates_the_recruitment_tables(league):
    tables = {
        row[0] for row in league.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    assert {
        "applicants",
        "applicant_steps",
        "applicant_step_people",
        "applicant_documents",
        "applicant_lessons",
        "recruitment_quotas",
    } <= tables
    assert "0004_recruitment" in [m.name for m in schema.migrations._migrations]


def test_a_step_keeps_its_people_in_order_and_their_names(league, branch):
    with league.transaction() as db:
        applicant_id = _applicant(db, branch)
        people = league.db.execute(
            "SELECT id, name FROM members WHERE branch_id = ? ORDER BY id LIMIT 2", [branch]
        ).fetchall()
        store.save_step(
            db,
            applicant_id,
            "introducers",
            {"done_on": "2025-07-23", "documents": ["介绍人意见"]},
            [(people[1][0], people[1][1]), (people[0][0], people[0][1])],
        )
    row = store.step_rows(league.db, [applicant_id])[0]
    assert row["people"] == [(people[1][0], people[1][1]), (people[0][0], people[0][1])]
    assert row["documents"] == ["介绍人意见"]
    with league.transaction() as db:  # recorded again: replaced, not added
        store.save_step(
            db,
            applicant_id,
            "introducers",
            {"done_on": "2025-07-24"},
            [(people[0][0], people[0][1])],
        )
    rows = store.step_rows(league.db, [applicant_id])
    assert len(rows) == 1 and rows[0]["done_on"] == "2025-07-24"
    assert rows[0]["people"] == [(people[0][0], people[0][1])]


def test_a_person_has_one_open_application(league, branch):
    with league.transaction() as db:
        _applicant(db, branch, status="withdrawn")
        _applicant(db, branch)  # applying again after withdrawing is fine
    with pytest.raises(sqlite3.IntegrityError), league.transaction() as db:
        _applicant(db, branch)


def test_development_numbers_of_members_and_applicants(league, branch):
    league.db.execute(
        "UPDATE members SET development_no = '202200000001' WHERE id = "
        "(SELECT min(id) FROM members)"
    )
    with league.transaction() as db:
        applicant_id = _applicant(db, branch)
        store.update_applicant(db, applicant_id, {"development_no": "202500000001"})
    assert store.used_development_numbers(league.db) == {"202200000001", "202500000001"}


def test_quotas_and_lessons(league, branch):
    with league.transaction() as db:
        applicant_id = _applicant(db, branch)
        store.set_quota(db, branch, 2025, 4)
        store.set_quota(db, branch, 2025, 5)
        store.set_quota(db, branch, 2026, 2)
        store.set_quota(db, branch, 2026, None)
        store.insert_lesson(db, applicant_id, "2025-05-09", "团的基本知识", 2.5)
        store.insert_lesson(db, applicant_id, "2025-04-01", "团章", 2)
    assert store.quota_rows(league.db, branch) == {2025: 5}
    assert store.lesson_hours(league.db, applicant_id) == 4.5
    assert [r["held_on"] for r in store.lesson_rows(league.db, applicant_id)] == [
        "2025-04-01",
        "2025-05-09",
    ]


def test_deleting_an_applicant_removes_steps_and_documents(league, branch):
    with league.transaction() as db:
        applicant_id = _applicant(db, branch)
        store.save_step(db, applicant_id, "apply", {"done_on": "2025-03-03"}, [])
        store.insert_document(db, applicant_id, "apply", "申请书", "a.pdf", "", b"x")
        db.execute("DELETE FROM applicants WHERE id = ?", [applicant_id])
    for table in ("applicant_steps", "applicant_documents"):
        assert league.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0

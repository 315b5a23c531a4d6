"""Branches and the organisation of a league file."""

import pytest

from leaguedesk.core.organisation import BranchError, BranchProblem, OrganisationKind
from leaguedesk.services import organisation as org


def test_new_file_is_a_single_branch_organisation(league):
    assert org.organisation(league).kind is OrganisationKind.BRANCH
    assert org.list_branches(league) == []


def test_create_rename_archive_restore(league):
    first = org.create_branch(
        league,
        org.BranchFields(
            name="  2023级1班 团支部 ",
            full_name="示范大学2023级1班团支部",
            field="学校",
            founded_on="2023-09-10",
            approving_body="示范大学团委",
            contact="李老师",
        ),
    )
    assert first.name == "2023级1班 团支部"
    renamed = org.update_branch(league, first.id, org.BranchFields(name="一班团支部"))
    assert renamed.name == "一班团支部" and renamed.full_name == ""
    org.archive_branch(league, first.id)
    assert org.list_branches(league) == []
    assert org.list_branches(league, include_archived=True)[0].archived
    org.restore_branch(league, first.id)
    assert [b.name for b in org.list_branches(league)] == ["一班团支部"]


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("", BranchProblem.NAME_EMPTY),
        ("   ", BranchProblem.NAME_EMPTY),
        ("一班团支部", BranchProblem.NAME_TAKEN),
    ],
)
def test_bad_names_are_refused(league, name, problem):
    org.create_branch(league, org.BranchFields(name="一班团支部"))
    with pytest.raises(BranchError) as caught:
        org.create_branch(league, org.BranchFields(name=name))
    assert caught.value.problem is problem


def test_find_branch_by_short_or_full_name(demo_league):
    branch = org.list_branches(demo_league)[1]
    assert org.find_branch(demo_league, branch.name).id == branch.id
    assert org.find_branch(demo_league, branch.full_name).id == branch.id
    with pytest.raises(BranchError):
        org.find_branch(demo_league, "不存在的支部")


def test_member_counts_only_active_members(demo_league):
    counted = sum(b.member_count for b in org.list_branches(demo_league))
    active = demo_league.db.execute(
        "SELECT count(*) FROM members WHERE status = '正常'"
    ).fetchone()[0]
    assert counted == active > 0


def test_settings_round_trip(league):
    org.set_organisation(league, "示范大学  团委", OrganisationKind.COMMITTEE)
    assert org.organisation(league).name == "示范大学 团委"
    assert org.organisation(league).kind is OrganisationKind.COMMITTEE

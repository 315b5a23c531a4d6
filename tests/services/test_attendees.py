"""Who a meeting expects: everyone active, the committee, or one 团小组 — and nobody else."""

import pytest

from leaguedesk.core.meetings import MeetingError, MeetingKind, MeetingProblem
from leaguedesk.core.organisation import BranchError
from leaguedesk.services.attendees import expected_attendees, group_id_by_name
from tests.sample_branch import (
    COMMITTEE,
    FIRST_GROUP,
    GONE,
    GROUPS,
    OTHER_BRANCH_MEMBER,
    PINYIN_ORDER,
)


def names(people):
    return tuple(p.name for p in people)


@pytest.mark.parametrize("kind", ["支部大会", "团课", "主题团日", "组织生活会", "其他"])
def test_branch_wide_kinds_call_every_active_member_in_pinyin_order(league, sample, kind):
    people = expected_attendees(league, sample.branch_id, kind)
    assert names(people) == PINYIN_ORDER
    assert not set(GONE) & set(names(people))
    assert OTHER_BRANCH_MEMBER not in names(people)


def test_committee_meeting_calls_only_committee_posts(league, sample):
    people = expected_attendees(league, sample.branch_id, MeetingKind.COMMITTEE)
    assert names(people) == COMMITTEE
    assert "单丽" not in names(people)  # 团小组长 is not a committee post
    assert {p.post for p in people} == {"书记", "副书记", "组织委员", "宣传委员"}


def test_short_name_of_committee_is_understood(league, sample):
    assert names(expected_attendees(league, sample.branch_id, "支委会")) == COMMITTEE


def test_group_meeting_calls_only_that_group(league, sample):
    group = group_id_by_name(league, sample.branch_id, GROUPS[0])
    people = expected_attendees(league, sample.branch_id, "团小组会", group_id=group)
    assert names(people) == FIRST_GROUP
    assert {p.group_name for p in people} == {GROUPS[0]}


def test_group_meeting_without_group_is_refused(league, sample):
    with pytest.raises(MeetingError) as caught:
        expected_attendees(league, sample.branch_id, "团小组会")
    assert caught.value.problem is MeetingProblem.GROUP_REQUIRED


def test_unknown_group_is_refused(league, sample):
    with pytest.raises(MeetingError) as caught:
        group_id_by_name(league, sample.branch_id, "第九团小组")
    assert caught.value.problem is MeetingProblem.GROUP_NOT_FOUND


def test_group_order_lists_groups_in_turn_then_members_without_group(league, sample):
    people = expected_attendees(league, sample.branch_id, "支部大会", order="group")
    assert [p.group_name for p in people] == [GROUPS[0]] * 4 + [GROUPS[1]] * 3 + [""]
    assert names(people)[:4] == FIRST_GROUP
    assert names(people)[-1] == "曾小凡"


def test_unknown_kind_and_branch_are_refused(league, sample):
    with pytest.raises(MeetingError) as caught:
        expected_attendees(league, sample.branch_id, "联欢会")
    assert caught.value.problem is MeetingProblem.UNKNOWN_KIND
    with pytest.raises(BranchError):
        expected_attendees(league, 999, "支部大会")


def test_attendees_carry_no_id_or_phone(league, sample):
    person = expected_attendees(league, sample.branch_id, "支部大会")[0]
    assert set(vars(person)) == {"name", "group_name", "post"}

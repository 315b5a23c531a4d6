"""Meeting kinds and the default attendee scope of each."""

import pytest

from leaguedesk.core.meetings import (
    MEETING_KINDS,
    AttendeeScope,
    MeetingError,
    MeetingKind,
    parse_kind,
    parse_order,
    scope_for,
)


def test_the_seven_kinds_in_their_usual_order():
    assert MEETING_KINDS == (
        "支部大会",
        "支部委员会",
        "团小组会",
        "团课",
        "主题团日",
        "组织生活会",
        "其他",
    )


@pytest.mark.parametrize(
    ("kind", "scope"),
    [
        (MeetingKind.BRANCH_ASSEMBLY, AttendeeScope.ALL_ACTIVE),
        (MeetingKind.COMMITTEE, AttendeeScope.COMMITTEE),
        (MeetingKind.GROUP, AttendeeScope.GROUP),
        (MeetingKind.LECTURE, AttendeeScope.ALL_ACTIVE),
        (MeetingKind.THEME_DAY, AttendeeScope.ALL_ACTIVE),
        (MeetingKind.LIFE_MEETING, AttendeeScope.ALL_ACTIVE),
        (MeetingKind.OTHER, AttendeeScope.ALL_ACTIVE),
    ],
)
def test_scope_per_kind(kind, scope):
    assert scope_for(kind) is scope


def test_parse_kind_accepts_names_with_spaces_and_the_short_committee_name():
    assert parse_kind(" 支部 大会 ") is MeetingKind.BRANCH_ASSEMBLY
    assert parse_kind("支委会") is MeetingKind.COMMITTEE


def test_parse_kind_and_order_refuse_unknown_values():
    with pytest.raises(MeetingError) as caught:
        parse_kind("茶话会")
    assert "支部大会" in str(caught.value.facts["known"])
    with pytest.raises(MeetingError):
        parse_order("random")

"""Kinds of organisational life (三会两制一课, 主题团日) and who is expected at each.

Pure rules: which members a meeting kind calls (everyone, the committee, one 团小组). The
storage layer turns a scope into rows; printing and the meetings feature share the answer.
"""

from __future__ import annotations

from enum import StrEnum


class MeetingKind(StrEnum):
    BRANCH_ASSEMBLY = "支部大会"
    COMMITTEE = "支部委员会"
    GROUP = "团小组会"
    LECTURE = "团课"
    THEME_DAY = "主题团日"
    LIFE_MEETING = "组织生活会"
    OTHER = "其他"


MEETING_KINDS: tuple[str, ...] = tuple(kind.value for kind in MeetingKind)

# Posts that make a member part of the 支部委员会, in the order a committee lists them.
COMMITTEE_POSTS: tuple[str, ...] = (
    "书记",
    "副书记",
    "组织委员",
    "宣传委员",
    "文体委员",
    "生产委员",
    "权益委员",
)


class AttendeeScope(StrEnum):
    """Who a meeting kind calls by default."""

    ALL_ACTIVE = "all_active"  # every member in good standing (团籍状态 正常)
    COMMITTEE = "committee"  # members holding a committee post
    GROUP = "group"  # the members of one 团小组


_SCOPES = {
    MeetingKind.COMMITTEE: AttendeeScope.COMMITTEE,
    MeetingKind.GROUP: AttendeeScope.GROUP,
}


def scope_for(kind: MeetingKind) -> AttendeeScope:
    return _SCOPES.get(kind, AttendeeScope.ALL_ACTIVE)


class AttendeeOrder(StrEnum):
    PINYIN = "pinyin"  # one list in 汉语拼音 order
    GROUP = "group"  # by 团小组, pinyin order inside each group


class MeetingProblem(StrEnum):
    UNKNOWN_KIND = "meeting_unknown_kind"
    UNKNOWN_ORDER = "meeting_unknown_order"
    GROUP_REQUIRED = "meeting_group_required"
    GROUP_NOT_FOUND = "meeting_group_not_found"


class MeetingError(ValueError):
    """A meeting request the user can correct (a kind or 团小组 that does not exist)."""

    def __init__(self, problem: MeetingProblem, **facts: object):
        super().__init__(problem.value)
        self.problem = problem
        self.facts = facts


def parse_kind(text: str | MeetingKind) -> MeetingKind:
    """The kind named by ``text`` (its Chinese name); MeetingError when there is none."""
    cleaned = "".join(str(text).split())
    if cleaned == "支委会":  # the everyday short name
        return MeetingKind.COMMITTEE
    try:
        return MeetingKind(cleaned)
    except ValueError:
        raise MeetingError(
            MeetingProblem.UNKNOWN_KIND, value=str(text), known="、".join(MEETING_KINDS)
        ) from None


def parse_order(text: str | AttendeeOrder) -> AttendeeOrder:
    try:
        return AttendeeOrder(str(text).strip())
    except ValueError:
        raise MeetingError(MeetingProblem.UNKNOWN_ORDER, value=str(text)) from None

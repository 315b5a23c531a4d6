"""Branches (团支部) and the office above them (团委/团总支): the plain data the app passes around."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class OrganisationKind(StrEnum):
    """What one league file holds: a single branch, or an office keeping many branches."""

    BRANCH = "团支部"
    GENERAL_BRANCH = "团总支"
    COMMITTEE = "团委"


# 领域: the sector a branch belongs to, as 智慧团建 lists them.
BRANCH_FIELDS = (
    "学校",
    "机关",
    "事业单位",
    "国有企业",
    "非公企业",
    "农村",
    "城市社区",
    "社会组织",
    "其他",
)


@dataclass(frozen=True)
class Branch:
    id: int
    name: str
    full_name: str = ""
    field: str = ""
    founded_on: str | None = None
    approving_body: str = ""
    contact: str = ""
    archived_at: str | None = None
    member_count: int = 0

    @property
    def archived(self) -> bool:
        return self.archived_at is not None

    @property
    def display_name(self) -> str:
        return self.full_name or self.name


@dataclass(frozen=True)
class Organisation:
    name: str
    kind: OrganisationKind


class BranchProblem(StrEnum):
    NAME_EMPTY = "branch_name_empty"
    NAME_TAKEN = "branch_name_taken"
    NOT_FOUND = "branch_not_found"


class BranchError(ValueError):
    def __init__(self, problem: BranchProblem, name: str = ""):
        super().__init__(problem.value)
        self.problem = problem
        self.name = name


def clean_name(name: str) -> str:
    cleaned = " ".join(str(name).split())
    if not cleaned:
        raise BranchError(BranchProblem.NAME_EMPTY)
    return cleaned

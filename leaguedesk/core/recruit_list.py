"""The 拟发展团员名单 the 上级团委 asks for: its columns and rows, defined once for the printed list
(``printing.recruit_forms``) and the workbook (``exchange.recruits_xlsx``) so the two agree.

It is the one recruitment list that carries full ID numbers (the 上级团委 asks for them).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

COLUMNS = ("序号", "姓名", "性别", "年龄", "学习工作单位", "公民身份号码")


class Listed(Protocol):
    """A person as the 公示 notices and the 拟发展团员 list show them."""

    @property
    def name(self) -> str: ...
    @property
    def sex(self) -> str: ...
    @property
    def age(self) -> int | None: ...
    @property
    def unit(self) -> str: ...


class Recruit(Listed, Protocol):
    """A 发展对象 on the list for the 上级 (``services.recruitment_board.Candidate``)."""

    @property
    def id_number(self) -> str: ...


def list_rows(recruits: Sequence[Recruit]) -> list[tuple[int, str, str, int | None, str, str]]:
    """One row per recruit, numbered from 1 in the order given, cells in ``COLUMNS`` order."""
    return [
        (number, p.name, p.sex, p.age, p.unit, p.id_number) for number, p in enumerate(recruits, 1)
    ]

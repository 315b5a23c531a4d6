"""发展团员编号: the 12-digit number every member admitted since 2017 carries.

Format: the four digits of the year of joining, then eight digits. LeagueDesk fills the eight
digits with an optional branch code of up to four digits and a zero-padded sequence number, so
numbers it issues sort by year and branch and never repeat within one league file.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

DEVELOPMENT_NUMBER_LENGTH = 12


class NumberProblem(StrEnum):
    LENGTH = "devnum_length"  # not 12 digits
    YEAR = "devnum_year"  # the first four digits are not the year of joining
    TAKEN = "devnum_taken"  # already given to another member
    EXHAUSTED = "devnum_exhausted"  # every number of the year (and branch prefix) is used


class DevelopmentNumberError(ValueError):
    def __init__(self, problem: NumberProblem, **params: Any):
        super().__init__(problem.value)
        self.problem = problem
        self.params = params


def development_number(year: int, used: set[str] | frozenset[str], branch_hint: str = "") -> str:
    """The next free 发展团员编号 for ``year``: ``YYYY`` + 8 digits, unique against ``used``.

    The 8 digits are ``branch_hint`` (up to 4 digits, e.g. a branch's code, optional) followed
    by a zero-padded sequence number: one more than the highest sequence already used for this
    year and hint, or the lowest free one once the highest is taken. Deterministic.
    """
    hint = branch_hint.strip()
    if not (hint.isascii() and hint.isdigit()) and hint:
        raise ValueError(f"branch hint must be digits: {branch_hint!r}")
    if len(hint) > 4:
        raise ValueError(f"branch hint longer than 4 digits: {branch_hint!r}")
    if not 1000 <= year <= 9999:
        raise ValueError(f"not a four-digit year: {year}")
    prefix = f"{year}{hint}"
    width = DEVELOPMENT_NUMBER_LENGTH - len(prefix)
    taken = {
        int(number[len(prefix) :])
        for number in (str(u).strip() for u in used)
        if len(number) == DEVELOPMENT_NUMBER_LENGTH
        and number.isdigit()
        and number.startswith(prefix)
    }
    top = 10**width - 1
    candidate = max(taken, default=0) + 1
    if candidate > top:
        candidate = next((n for n in range(1, top + 1) if n not in taken), 0)
        if not candidate:
            raise DevelopmentNumberError(NumberProblem.EXHAUSTED, year=year, prefix=prefix)
    return f"{prefix}{candidate:0{width}d}"


def check_development_number(
    number: str, year: int, used: set[str] | frozenset[str] = frozenset()
) -> NumberProblem | None:
    """Why ``number`` cannot be the 发展团员编号 of someone who joined in ``year`` (None if fine)."""
    number = number.strip()
    if len(number) != DEVELOPMENT_NUMBER_LENGTH or not (number.isascii() and number.isdigit()):
        return NumberProblem.LENGTH
    if number[:4] != f"{year:04d}":
        return NumberProblem.YEAR
    if number in used:
        return NumberProblem.TAKEN
    return None

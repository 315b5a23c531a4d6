"""Loading editable rule sets from stored JSON: what went wrong, and exact fractions.

Rule sets (quorum, calendar, evaluation, registration, 推优) live as JSON in the league file's
settings table. A value that a user or an older LeagueDesk wrote badly must not stop the app: the
loader keeps the default for that one value and reports a :class:`RuleProblem`, which the
settings page can show. ``parse_fields`` and ``parse_entries`` are that loop, once for all.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from fractions import Fraction
from typing import Any, TypeVar

E = TypeVar("E", bound=StrEnum)
R = TypeVar("R")
V = TypeVar("V")


class RuleProblemCode(StrEnum):
    UNKNOWN_KEY = "rule_unknown_key"  # a key LeagueDesk does not know; ignored
    INVALID_VALUE = "rule_invalid_value"  # a value of the wrong type or out of range; default used


@dataclass(frozen=True)
class RuleProblem:
    """One stored value that was ignored. ``path`` names it, e.g. ``attendance/支部大会``."""

    path: str
    code: RuleProblemCode


class InvalidRule(ValueError):
    """Raised by the parsers below; the loaders turn it into a :class:`RuleProblem`."""


def parse_fraction(value: Any) -> Fraction:
    """A share of a group, ``0 < f <= 1``: ``"1/2"``, ``"2/3"`` or an int (``1`` = everyone).

    JSON floats are refused on purpose: ``0.67`` is not ⅔, and quorum arithmetic must be exact.
    """
    if isinstance(value, (bool, float)):
        raise InvalidRule(value)
    if isinstance(value, int):
        share = Fraction(value)
    elif isinstance(value, str):
        try:
            share = Fraction(value.strip())
        except (ValueError, ZeroDivisionError) as error:
            raise InvalidRule(value) from error
    else:
        raise InvalidRule(value)
    if not 0 < share <= 1:
        raise InvalidRule(value)
    return share


def format_fraction(share: Fraction) -> str:
    return f"{share.numerator}/{share.denominator}"


def parse_count(value: Any, *, maximum: int = 1000) -> int:
    """A whole, non-negative count (JSON ints only; ``True`` is not a count)."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= maximum:
        raise InvalidRule(value)
    return value


def parse_bool(value: Any) -> bool:
    """A JSON ``true`` or ``false`` (``1`` and ``"yes"`` are refused)."""
    if not isinstance(value, bool):
        raise InvalidRule(value)
    return value


def parse_choice(enum: type[E], value: Any) -> E:
    try:
        return enum(value)
    except ValueError as error:
        raise InvalidRule(value) from error


def as_mapping(value: Any, path: str, problems: list[RuleProblem]) -> dict[str, Any]:
    """``value`` if it is a JSON object, else an empty one and a problem (unless it is absent)."""
    if value is None:
        return {}
    if isinstance(value, dict):
        return value
    problems.append(RuleProblem(path, RuleProblemCode.INVALID_VALUE))
    return {}


def parse_fields(
    rules: R, data: Any, parsers: Mapping[str, Callable[[Any], Any]], problems: list[RuleProblem]
) -> R:
    """``rules`` (a dataclass) with each field of the JSON object ``data`` parsed into it.

    A key without a parser is reported as unknown, a value its parser refuses as invalid; either
    way the default stays.
    """
    for key, value in as_mapping(data, "", problems).items():
        if key not in parsers:
            problems.append(RuleProblem(key, RuleProblemCode.UNKNOWN_KEY))
            continue
        try:
            rules = replace(rules, **{key: parsers[key](value)})  # type: ignore[type-var]
        except InvalidRule:
            problems.append(RuleProblem(key, RuleProblemCode.INVALID_VALUE))
    return rules


def parse_entries(
    data: Any,
    path: str,
    defaults: Mapping[str, V],
    parse: Callable[[Any], V],
    problems: list[RuleProblem],
) -> dict[str, V]:
    """``defaults`` with the entries of the JSON object ``data`` (found at ``path``) parsed over
    them; an entry for a key not in ``defaults``, or one ``parse`` refuses, keeps the default and
    is reported as ``path/key``."""
    parsed = dict(defaults)
    for key, value in as_mapping(data, path, problems).items():
        where = f"{path}/{key}"
        if key not in defaults:
            problems.append(RuleProblem(where, RuleProblemCode.UNKNOWN_KEY))
            continue
        try:
            parsed[key] = parse(value)
        except InvalidRule:
            problems.append(RuleProblem(where, RuleProblemCode.INVALID_VALUE))
    return parsed

"""Citizen ID numbers (公民身份号码, GB 11643-1999): check digit, birth date and sex.

An 18-character number: 6-digit area code, 8-digit birth date, 3-digit sequence (odd for men,
even for women) and a check character computed with ISO 7064 MOD 11-2 (0-9 or X).
"""

from __future__ import annotations

import datetime as dt
import operator
import re
from dataclasses import dataclass
from enum import StrEnum

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"
_ZERO_OFFSET = ord("0") * sum(WEIGHTS)
_SHAPE = re.compile(r"^\d{17}[\dX]$")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９ＸｘＸ", "0123456789XXX")


class Sex(StrEnum):
    MALE = "男"
    FEMALE = "女"


class IdProblem(StrEnum):
    """Why a string is not a valid citizen ID; the GUI and CLI word these."""

    EMPTY = "id_empty"
    LENGTH = "id_length"
    CHARACTERS = "id_characters"
    BIRTH_DATE = "id_birth_date"
    CHECK_DIGIT = "id_check_digit"


@dataclass(frozen=True)
class CitizenId:
    number: str
    birth_date: dt.date
    sex: Sex

    @property
    def area_code(self) -> str:
        return self.number[:6]


class InvalidId(ValueError):
    def __init__(self, problem: IdProblem, text: str, expected_check: str | None = None):
        super().__init__(problem.value)
        self.problem = problem
        self.text = text
        self.expected_check = expected_check


def normalize(text: str) -> str:
    """Strip spaces, turn full-width digits into ASCII and a lower-case x into X."""
    return "".join(str(text).translate(_FULL_WIDTH).split()).upper()


def check_char(first17: str) -> str:
    """The GB 11643 check character for the first 17 digits."""
    digits = first17.encode("ascii")  # UnicodeEncodeError (a ValueError) for other scripts
    if len(digits) != len(WEIGHTS) or not digits.isdigit():
        raise ValueError(first17)
    # Byte values are the digits plus 48 (ord "0"): one C-level pass, no int() per digit.
    total = sum(map(operator.mul, digits, WEIGHTS)) - _ZERO_OFFSET
    return CHECK_CHARS[total % 11]


def parse(text: str) -> CitizenId:
    """Validate and decode an 18-character citizen ID; raise InvalidId naming the problem."""
    number = normalize(text)
    if not number:
        raise InvalidId(IdProblem.EMPTY, number)
    if len(number) != 18:
        raise InvalidId(IdProblem.LENGTH, number)
    if not _SHAPE.match(number):
        raise InvalidId(IdProblem.CHARACTERS, number)
    try:
        birth = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise InvalidId(IdProblem.BIRTH_DATE, number) from None
    if birth.year < 1900:
        raise InvalidId(IdProblem.BIRTH_DATE, number)
    expected = check_char(number[:17])
    if number[17] != expected:
        raise InvalidId(IdProblem.CHECK_DIGIT, number, expected_check=expected)
    sex = Sex.MALE if int(number[16]) % 2 else Sex.FEMALE
    return CitizenId(number=number, birth_date=birth, sex=sex)


def make(area_code: str, birth_date: dt.date, sequence: int) -> str:
    """Build a valid ID (for demo data and tests); an odd sequence gives a man."""
    first17 = f"{area_code}{birth_date:%Y%m%d}{sequence:03d}"
    return first17 + check_char(first17)


def mask(number: str) -> str:
    """4401**********123X: enough to tell people apart, not enough to misuse."""
    if len(number) <= 8:
        return number
    return number[:4] + "*" * (len(number) - 8) + number[-4:]

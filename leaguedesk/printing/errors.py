"""Problems printing a form that the user can fix; ``leaguedesk.messages`` words them."""

from __future__ import annotations

from enum import StrEnum


class PrintProblem(StrEnum):
    NO_CJK_FONT = "print_no_cjk_font"  # no bundled or system font able to show Chinese
    CANNOT_WRITE = "print_cannot_write"  # the output file or its folder cannot be written
    NO_DATES = "print_no_dates"  # a sign-in grid without any date
    BAD_DATE = "print_bad_date"  # a date or time that cannot be read


class PrintError(Exception):
    """A form could not be printed; no partial file is left behind."""

    def __init__(self, problem: PrintProblem, **facts: object):
        super().__init__(f"{problem.value}: {facts}")
        self.problem = problem
        self.facts = facts

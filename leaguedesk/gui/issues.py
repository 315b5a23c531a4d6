"""How the window shows validation issues: their words, whether they block, and their colours."""

from __future__ import annotations

from PySide6.QtGui import QColor

from leaguedesk.core.validation import Issue, Severity
from leaguedesk.messages import members as member_messages

ERROR_COLOUR = QColor("#b3261e")
WARNING_COLOUR = QColor("#9a6700")
WARNING_BACKGROUND = QColor("#fff4d6")


def is_error(issue: Issue) -> bool:
    """Errors block saving; warnings are saved with a mark."""
    return issue.severity is Severity.ERROR


def issue_text(issue: Issue) -> str:
    """The sentence for one issue, naming the field and the fix."""
    return member_messages.issue_text(issue)

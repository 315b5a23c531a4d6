"""One sentence for whatever stopped a piece of work in the background (printing, an export,
an import): the window's pages and dialogs show it in a message box, never a traceback.

Each family of coded errors is worded by its own area module; anything else becomes one line
under the caller's ``unexpected`` wording (``{detail}``: the first line of the error).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from leaguedesk.core.meeting_record import MeetingRecordError
from leaguedesk.core.meetings import MeetingError
from leaguedesk.core.organisation import BranchError
from leaguedesk.exchange.problems import ExchangeError
from leaguedesk.messages import branch_error, file_error, tr
from leaguedesk.messages.exchange import exchange_error
from leaguedesk.messages.meetings import meeting_problem
from leaguedesk.messages.printing import print_error
from leaguedesk.printing.errors import PrintError
from leaguedesk.storage.errors import LeagueFileError

_UNEXPECTED = QT_TRANSLATE_NOOP(
    "Messages", "出现意外错误（{detail}）。请重试；如果问题仍然存在，请联系技术支持。"
)


def failure_text(error: BaseException, unexpected: str = "") -> str:
    """The sentence for ``error``; ``unexpected`` (translated, with ``{detail}``) words an
    error no code describes, in the caller's terms."""
    if isinstance(error, PrintError):
        return print_error(error)
    if isinstance(error, ExchangeError):
        return exchange_error(error)
    if isinstance(error, (MeetingRecordError, MeetingError)):
        return meeting_problem(error)
    if isinstance(error, BranchError):
        return branch_error(error)
    if isinstance(error, LeagueFileError):
        return file_error(error)
    text = str(error).strip()
    detail = text.splitlines()[0][:200] if text else type(error).__name__
    return (unexpected or tr(_UNEXPECTED)).format(detail=detail)

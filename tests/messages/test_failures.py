"""Whatever stops work in the background reads as one sentence: each coded error in its own
words, anything else as one line under the caller's wording."""

from __future__ import annotations

from leaguedesk.core.meeting_record import MeetingRecordError, RecordProblem
from leaguedesk.core.meetings import MeetingError, MeetingProblem
from leaguedesk.core.organisation import BranchError, BranchProblem
from leaguedesk.exchange.problems import ExchangeError, ExchangeProblem
from leaguedesk.messages import branch_error, file_error
from leaguedesk.messages.exchange import exchange_error
from leaguedesk.messages.failures import failure_text
from leaguedesk.messages.meetings import meeting_problem
from leaguedesk.messages.printing import print_error
from leaguedesk.printing.errors import PrintError, PrintProblem
from leaguedesk.storage.errors import LeagueFileError, Problem


def test_each_coded_error_reads_in_its_own_words():
    errors = {
        PrintError(PrintProblem.CANNOT_WRITE, path="D:/名册.xlsx", reason="in_use"): print_error,
        ExchangeError(ExchangeProblem.NOT_FOUND, path="D:/名册.xlsx"): exchange_error,
        MeetingError(MeetingProblem.UNKNOWN_KIND, value="茶话会"): meeting_problem,
        MeetingRecordError(RecordProblem.DATE_REQUIRED): meeting_problem,
        BranchError(BranchProblem.NAME_TAKEN, name="1班团支部"): branch_error,
        LeagueFileError(Problem.IN_USE, "D:/团务.leaguedb"): file_error,
    }
    for error, words in errors.items():
        text = failure_text(error, "不应出现：{detail}")
        assert text == words(error) and "不应出现" not in text
        assert "_" not in text  # a sentence, not the code


def test_anything_else_is_one_line_in_the_callers_words():
    error = OSError("磁盘出错\nTraceback (most recent call last): …")
    assert failure_text(error, "导出时出现意外错误：{detail}") == "导出时出现意外错误：磁盘出错"
    assert failure_text(RuntimeError()) == (
        "出现意外错误（RuntimeError）。请重试；如果问题仍然存在，请联系技术支持。"
    )
    assert len(failure_text(ValueError("长" * 500))) < 250

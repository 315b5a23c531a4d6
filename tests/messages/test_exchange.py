"""Every spreadsheet problem has a Chinese sentence; an import's issues use the roster's words."""

import re

import pytest

from leaguedesk.core.issues import error, warning
from leaguedesk.exchange.problems import ExchangeError, ExchangeProblem, IssueCode
from leaguedesk.messages import exchange as messages
from leaguedesk.messages import members as member_messages

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize("code", list(ExchangeProblem))
def test_every_file_problem_has_a_chinese_sentence_naming_the_file(code):
    text = messages.exchange_error(ExchangeError(code, path="/tmp/花名册.xlsx"))
    assert CJK.search(text) and "{" not in text
    if "{file}" in messages._EXCHANGE_PROBLEMS[code]:
        assert "花名册.xlsx" in text and "/tmp" not in text


@pytest.mark.parametrize("code", list(IssueCode))
def test_every_import_code_has_a_sentence(code):
    text = messages.issue_text(error("id_number", code))
    assert CJK.search(text) and code.value not in text and text.endswith("。")


def test_the_roster_codes_are_worded_as_in_the_member_form():
    issue = error("phone", "phone_length", length=9, expected=11)
    assert messages.issue_text(issue) == member_messages.issue_text(issue)


def test_a_missing_column_is_worded_for_an_import():
    assert messages.issue_text(warning("joined_on", "required")) == (
        "表格中没有“入团年月”这一列，导入后请在名册中补填。"
    )
    assert messages.issue_text(error("joined_on", "required")) == "请填写入团年月。"
    assert "入团年月" in messages.deferred_text("joined_on", 3)
    assert "3 人" in messages.deferred_text("joined_on", 3)

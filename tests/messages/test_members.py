"""Every issue code the roster can report has a Chinese sentence naming the field and the fix."""

import re
from pathlib import Path

import pytest

from leaguedesk.core.idcard import IdProblem
from leaguedesk.core.issues import error, warning
from leaguedesk.messages import members as messages

SOURCES = ["core/validation.py", "core/lifecycle.py", "services/members.py"]
CALL = re.compile(r"""(?:error|warning)\(\s*[^,()]+,\s*"([a-z0-9_]+)"|"([a-z0-9_]+)", severity""")


def emitted_codes():
    root = Path(messages.__file__).parent.parent
    codes = {p.value for p in IdProblem}
    for source in SOURCES:
        text = (root / source).read_text(encoding="utf-8")
        codes |= {a or b for a, b in CALL.findall(text)}
        codes |= set(re.findall(r'Issue\("[a-z_]+", "([a-z0-9_]+)"', text))
        for chosen in re.findall(r'code = "([a-z_]+)" if .+ else "([a-z_]+)"', text):
            codes |= set(chosen)
    return codes


def test_every_emitted_code_has_a_text():
    codes = emitted_codes()
    assert {"id_check_digit", "age_at_join", "id_in_other_branch", "before_join"} <= codes
    assert codes - set(messages._ISSUES) == set()


@pytest.mark.parametrize(
    ("issue", "text"),
    [
        (
            error("id_number", "id_check_digit", expected="X", given="1"),
            "公民身份号码校验位错误：按前17位计算应为 X，请核对证件。",
        ),
        (error("phone", "required"), "请填写手机号码。"),
        (
            error("decided_by", "required", hint="支部大会"),
            "请填写决定会议或批准机关（支部大会）。",
        ),
        (
            error("joined_on", "date_format", value="2019-13", month=True),
            "入团年月“2019-13”不是有效的日期，请按“年-月”（如 2019-09）填写。",
        ),
        (
            warning(
                "joined_on", "age_at_join", age=12, min=14, max=28, year=2016, strict_from=2017
            ),
            "入团时年龄为12周岁，不在14–28周岁之间（2017年前入团，仅作提示）。请核对入团年月和出生日期。",
        ),
    ],
)
def test_texts_name_the_field_and_the_fix(issue, text):
    assert messages.issue_text(issue) == text


def test_missing_facts_do_not_break_the_text():
    assert messages.issue_text(error("email", "email_format")) == (
        "电子邮箱“?”格式不对，应类似 name@example.com。"
    )
    assert messages.issue_text(error("", "something_new")).endswith("something_new")

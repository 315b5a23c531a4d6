"""Words for 两制 and 推优: why a round cannot close, registration bases and problems, 推优
eligibility and vote results, and the services' request errors."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QT_TRANSLATE_NOOP

from leaguedesk.core.evaluation import CloseProblem, Finding
from leaguedesk.core.quorum import Comparison, Threshold
from leaguedesk.core.recommendation import CandidateFinding, Eligibility, VoteProblem
from leaguedesk.core.registration import Basis, DeferralFinding, DeferralProblem
from leaguedesk.messages import Facts, tr
from leaguedesk.messages.meetings import threshold_text
from leaguedesk.services.evaluation_records import EvaluationError, Problem

_CLOSE: dict[CloseProblem, str] = {
    CloseProblem.NOBODY_EVALUATED: QT_TRANSLATE_NOOP("Messages", "本轮评议没有参评团员。"),
    CloseProblem.COUNTS_INVALID: QT_TRANSLATE_NOOP(
        "Messages", "会议人数有误：应到{expected}人，实到{present}人。实到不能多于应到。"
    ),
    CloseProblem.QUORUM_NOT_MET: QT_TRANSLATE_NOOP(
        "Messages",
        "应到{expected}人，实到{present}人，不足评议所需的{required}人"
        "（须{rule_text}团员到会），评议无效。请另行召开会议。",
    ),
    CloseProblem.BALLOTS_MISSING: QT_TRANSLATE_NOOP("Messages", "请填写收回的测评票张数。"),
    CloseProblem.BALLOTS_EXCEED_PRESENT: QT_TRANSLATE_NOOP(
        "Messages", "收回测评票{ballots}张，多于实到人数{present}人，请核对。"
    ),
    CloseProblem.TALLY_MISMATCH: QT_TRANSLATE_NOOP(
        "Messages", "{name}的得票合计{total}票，与测评票张数{ballots}张不符，请核对。"
    ),
    CloseProblem.NOT_GRADED: QT_TRANSLATE_NOOP(
        "Messages", "还有{count}名团员没有评定等次：{names}{more_text}。"
    ),
    CloseProblem.EXCELLENT_OVER_CAP: QT_TRANSLATE_NOOP(
        "Messages",
        "评为优秀{excellent}人，超过参评{evaluated}人的{percent}%（最多{cap}人），"
        "请减少{over}名优秀。",
    ),
    CloseProblem.NO_APPROVAL_DATE: QT_TRANSLATE_NOOP(
        "Messages", "请填写上级团委批准评议结果的日期。"
    ),
    CloseProblem.APPROVAL_BEFORE_MEETING: QT_TRANSLATE_NOOP(
        "Messages", "上级批准日期（{approved_on}）早于评议会议日期（{meeting_date}），请核对。"
    ),
    CloseProblem.REEVALUATION_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "Messages", "再次评议日期应在{earliest}至{latest}之间（评定后3至6个月），现为{date}。"
    ),
}
_MORE = QT_TRANSLATE_NOOP("Messages", "等")


def finding_text(finding: Finding) -> str:
    """The sentence for one reason a round cannot close."""
    facts = Facts(finding.params)
    if finding.code is CloseProblem.NOT_GRADED:
        facts["more_text"] = tr(_MORE) if finding.params.get("more") else ""
    if finding.code is CloseProblem.EXCELLENT_OVER_CAP:
        facts["over"] = int(finding.params["excellent"]) - int(finding.params["cap"])
    if finding.code is CloseProblem.QUORUM_NOT_MET:
        facts["rule_text"] = _rule_text(finding.params)
    return tr(_CLOSE[finding.code]).format_map(facts)


def _rule_text(params: dict) -> str:
    """ "超过三分之二" from the finding's rule code and share; "?" when they are missing."""
    try:
        threshold = Threshold(
            Comparison(params["rule"]),
            Fraction(int(params["numerator"]), int(params["denominator"])),
        )
    except (KeyError, ValueError, TypeError, ZeroDivisionError):
        return "?"
    return threshold_text(threshold)


_BASIS: dict[Basis, str] = {
    Basis.GRADED: QT_TRANSLATE_NOOP("Messages", "评议为{grade}"),
    Basis.NOT_EVALUATED: QT_TRANSLATE_NOOP("Messages", "未参加评议（保留团籍的党员等）"),
    Basis.FAILED: QT_TRANSLATE_NOOP("Messages", "评议为不合格，限期改正后再次评议"),
    Basis.FAILED_AGAIN: QT_TRANSLATE_NOOP("Messages", "暂缓注册后再次评议仍不合格"),
    Basis.PROBATION: QT_TRANSLATE_NOOP("Messages", "正受留团察看处分，恢复团员权利后再注册"),
    Basis.NO_GRADE: QT_TRANSLATE_NOOP("Messages", "没有评议等次"),
}


def basis_text(basis: Basis | None, grade: str = "") -> str:
    return tr(_BASIS[basis]).format(grade=grade) if basis is not None else ""


_DEFERRAL: dict[DeferralProblem, str] = {
    DeferralProblem.REASON_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "注册结果由“{derived}”改为“{outcome}”，请写明原因。"
    ),
    DeferralProblem.DEADLINE_MISSING: QT_TRANSLATE_NOOP("Messages", "暂缓注册请填写暂缓期限。"),
    DeferralProblem.DEADLINE_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "Messages", "暂缓期限应在{earliest}至{latest}之间（3至6个月），现为{date}。"
    ),
}


def deferral_text(finding: DeferralFinding, name: str = "") -> str:
    text = tr(_DEFERRAL[finding.code]).format_map(Facts(finding.params))
    return f"{name}：{text}" if name else text


_ELIGIBILITY: dict[Eligibility, str] = {
    Eligibility.NOT_ACTIVE: QT_TRANSLATE_NOOP("Messages", "团籍状态为“{status}”。"),
    Eligibility.ALREADY_PARTY: QT_TRANSLATE_NOOP("Messages", "已是{status}。"),
    Eligibility.BIRTH_UNKNOWN: QT_TRANSLATE_NOOP("Messages", "缺少出生日期，无法核对年龄。"),
    Eligibility.TOO_OLD: QT_TRANSLATE_NOOP("Messages", "{date}时已{age}周岁，超过{max_age}周岁。"),
    Eligibility.NO_APPLICATION: QT_TRANSLATE_NOOP("Messages", "请填写递交入党申请书的日期。"),
    Eligibility.APPLICATION_TOO_RECENT: QT_TRANSLATE_NOOP(
        "Messages", "入党申请（{applied_on}）不满{months}个月，{earliest}起可推荐。"
    ),
    Eligibility.JOINED_UNKNOWN: QT_TRANSLATE_NOOP("Messages", "缺少入团年月，无法核对团龄。"),
    Eligibility.MEMBERSHIP_TOO_SHORT: QT_TRANSLATE_NOOP(
        "Messages", "入团（{joined_on}）不满{months}个月，{earliest}起可推荐。"
    ),
    Eligibility.PUNISHED: QT_TRANSLATE_NOOP("Messages", "正受团内处分（{level}）。"),
}


def candidate_text(finding: CandidateFinding) -> str:
    return tr(_ELIGIBILITY[finding.code]).format_map(Facts(finding.params))


_VOTE: dict[str, str] = {
    VoteProblem.QUORUM_NOT_MET.value: QT_TRANSLATE_NOOP(
        "Messages", "到会人数未超过应到人数的半数，表决无效"
    ),
    VoteProblem.COUNTS_INVALID.value: QT_TRANSLATE_NOOP(
        "Messages", "票数或人数有误（票数多于实到人数，或实到多于应到）"
    ),
    VoteProblem.NOT_PASSED.value: QT_TRANSLATE_NOOP(
        "Messages", "赞成票未超过应到会有表决权团员的半数"
    ),
}


def vote_text(code: str) -> str:
    return tr(_VOTE[code]) if code in _VOTE else code


_ERRORS: dict[Problem, str] = {
    Problem.ROUND_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "找不到这一轮评议或注册记录。"),
    Problem.ROUND_EXISTS: QT_TRANSLATE_NOOP(
        "Messages", "本支部{year}年度已有这一项工作的记录，不能重复开启。"
    ),
    Problem.ROUND_CLOSED: QT_TRANSLATE_NOOP(
        "Messages", "{year}年度的这一项工作已经完成，不能再修改。"
    ),
    Problem.ENTRY_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "找不到这名团员的记录。"),
    Problem.NOBODY_TO_EVALUATE: QT_TRANSLATE_NOOP("Messages", "本支部没有需要参加评议的团员。"),
    Problem.BAD_COUNT: QT_TRANSLATE_NOOP("Messages", "人数和票数应为不小于0的整数。"),
    Problem.BAD_DATE: QT_TRANSLATE_NOOP(
        "Messages", "“{value}”不是有效的日期，请按 2025-12-20 的格式填写。"
    ),
    Problem.BAD_KIND: QT_TRANSLATE_NOOP(
        "Messages", "团员教育评议应在支部大会或组织生活会上进行，不能用“{value}”。"
    ),
    Problem.NO_CLOSED_EVALUATION: QT_TRANSLATE_NOOP(
        "Messages", "{year}年度团员教育评议尚未完成（关闭），团籍注册要依据评议结果。"
    ),
    Problem.NOT_DEFERRED: QT_TRANSLATE_NOOP("Messages", "{name}不是待处理的暂缓注册，无需再办理。"),
    Problem.MEETING_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Messages", "找不到这次会议的记录，可能已经删除。"
    ),
    Problem.MEETING_OTHER_BRANCH: QT_TRANSLATE_NOOP(
        "Messages", "{date}的{kind}是{branch}的会议，不能作为本支部评议的会议。"
    ),
    Problem.MEETING_WRONG_KIND: QT_TRANSLATE_NOOP(
        "Messages", "{date}的会议是{kind}。团员教育评议应在支部大会或组织生活会上进行。"
    ),
    Problem.FACTS_FROM_MEETING: QT_TRANSLATE_NOOP(
        "Messages",
        "本轮评议在{date}的{kind}上进行，会议日期和应到、实到人数以会议记录为准；"
        "要手工填写，请先选择“未登记，手动填写”。",
    ),
}


def error_text(error: EvaluationError) -> str:
    return tr(_ERRORS[error.problem]).format_map(Facts(error.facts))

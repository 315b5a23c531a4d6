"""Words for meeting records: problems saving one, and quorum and vote results in a sentence.

Shared by the window (live while attendance is ticked), the command line and the printed
minutes' wording of the same results.
"""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QT_TRANSLATE_NOOP

from leaguedesk.core.meeting_record import MeetingRecordError, RecordProblem
from leaguedesk.core.meetings import MeetingError
from leaguedesk.core.quorum import Base, Comparison, CountProblem, Threshold
from leaguedesk.messages import Facts, tr
from leaguedesk.services.meeting_records import Assessment, VoteOutcome

_PROBLEMS: dict[RecordProblem, str] = {
    RecordProblem.NOT_FOUND: QT_TRANSLATE_NOOP(
        "Messages", "找不到编号为 {id} 的会议记录（可能已被删除）。"
    ),
    RecordProblem.DATE_REQUIRED: QT_TRANSLATE_NOOP("Messages", "请填写会议日期。"),
    RecordProblem.BAD_DATE: QT_TRANSLATE_NOOP(
        "Messages", "无法识别日期“{value}”，请写成 2026-12-01。"
    ),
    RecordProblem.BAD_TIME: QT_TRANSLATE_NOOP("Messages", "无法识别时间“{value}”，请写成 19:00。"),
    RecordProblem.END_BEFORE_START: QT_TRANSLATE_NOOP(
        "Messages", "结束时间 {end} 早于开始时间 {start}，请检查。"
    ),
    RecordProblem.BAD_HOURS: QT_TRANSLATE_NOOP(
        "Messages", "团课学时“{value}”无效：应为 0 到 24 之间的数字（可以是 0.5 的倍数）。"
    ),
    RecordProblem.NOT_A_MEMBER: QT_TRANSLATE_NOOP(
        "Messages", "“{name}”不是本支部的团员，不能登记为出席人员；非团员请登记为列席人员。"
    ),
    RecordProblem.RESOLUTION_TEXT: QT_TRANSLATE_NOOP(
        "Messages", "第 {number} 项决议没有填写内容。"
    ),
    RecordProblem.NEGATIVE_VOTES: QT_TRANSLATE_NOOP(
        "Messages", "第 {number} 项决议的票数不能为负数。"
    ),
    RecordProblem.VOTES_EXCEED_PRESENT: QT_TRANSLATE_NOOP(
        "Messages",
        "第 {number} 项决议的赞成、反对、弃权合计 {votes} 票，超过了实到的 {present} 名团员"
        "（列席人员没有表决权）。请核对票数或出席情况。",
    ),
    RecordProblem.GUEST_NAME: QT_TRANSLATE_NOOP("Messages", "第 {number} 位列席人员没有填写姓名。"),
    RecordProblem.ATTACHMENT_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Messages",
        "附件“{name}”有 {size_mb} MB，超过了每个附件 {limit_mb} MB 的上限。"
        "请压缩照片或视频后再添加。",
    ),
    RecordProblem.ATTACHMENT_EMPTY: QT_TRANSLATE_NOOP("Messages", "附件“{name}”是空文件，未添加。"),
    RecordProblem.ATTACHMENT_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Messages", "找不到这个附件（可能已被删除）。"
    ),
    RecordProblem.ATTACHMENT_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages", "无法读取附件“{name}”：{detail}。"
    ),
}


def record_error(error: MeetingRecordError) -> str:
    facts = Facts({k: str(v) for k, v in error.facts.items() if v not in (None, "")})
    return tr(_PROBLEMS[error.problem]).format_map(facts)


def meeting_problem(error: MeetingRecordError | MeetingError) -> str:
    """The sentence for either kind of meeting problem (record or kind/group)."""
    if isinstance(error, MeetingRecordError):
        return record_error(error)
    from leaguedesk.messages.printing import meeting_error

    return meeting_error(error)


# Quorum and votes ---------------------------------------------------------------------------

_SHARES = {
    Fraction(1, 2): QT_TRANSLATE_NOOP("Messages", "半数"),
    Fraction(2, 3): QT_TRANSLATE_NOOP("Messages", "三分之二"),
}


def _share(threshold: Threshold) -> str:
    share = threshold.share
    return tr(_SHARES[share]) if share in _SHARES else f"{share.numerator}/{share.denominator}"


def threshold_text(threshold: Threshold) -> str:
    """ "超过半数", "不少于三分之二", "超过 3/5"."""
    if threshold.comparison is Comparison.MORE_THAN:
        return tr(QT_TRANSLATE_NOOP("Messages", "超过{share}")).format(share=_share(threshold))
    return tr(QT_TRANSLATE_NOOP("Messages", "不少于{share}")).format(share=_share(threshold))


def quorum_text(kind: str, check: Assessment) -> str:
    """The quorum in one sentence: counts, the rule, and whether the meeting is quorate."""
    quorum = check.quorum
    counts = tr(QT_TRANSLATE_NOOP("Messages", "应到 {expected} 人，实到 {present} 人")).format(
        expected=quorum.expected, present=quorum.present
    )
    if not check.recorded:
        return tr(QT_TRANSLATE_NOOP("Messages", "应到 {expected} 人；尚未登记出席情况。")).format(
            expected=quorum.expected
        )
    if CountProblem.PRESENT_EXCEEDS_EXPECTED in quorum.problems:
        return counts + tr(QT_TRANSLATE_NOOP("Messages", "：实到人数多于应到人数，请核对。"))
    if quorum.rule is None:
        return counts + tr(QT_TRANSLATE_NOOP("Messages", "（{kind}不设法定人数）。")).format(
            kind=kind
        )
    rule = threshold_text(quorum.rule)
    if quorum.ok:
        return counts + tr(
            QT_TRANSLATE_NOOP("Messages", "，{rule}（至少 {required} 人），符合法定人数。")
        ).format(rule=rule, required=quorum.required)
    return counts + tr(
        QT_TRANSLATE_NOOP(
            "Messages",
            "，须{rule}到会（至少 {required} 人）：不足法定人数，会议可以记录，但所作决议无效。",
        )
    ).format(rule=rule, required=quorum.required)


def vote_text(outcome: VoteOutcome, check: Assessment) -> str:
    """A resolution's outcome: the votes, the bar, passed or not, and whether it counts."""
    vote = outcome.vote
    entry = outcome.resolution
    counts = tr(QT_TRANSLATE_NOOP("Messages", "赞成 {yes}，反对 {no}，弃权 {abstain}")).format(
        yes=entry.yes, no=entry.no, abstain=entry.abstain
    )
    if not vote.counts_valid:
        return counts + tr(QT_TRANSLATE_NOOP("Messages", "：票数合计超过实到人数，请核对。"))
    base = (
        tr(QT_TRANSLATE_NOOP("Messages", "实到团员"))
        if vote.rule.base is Base.PRESENT
        else tr(QT_TRANSLATE_NOOP("Messages", "应到团员"))
    )
    comparison = (
        tr(QT_TRANSLATE_NOOP("Messages", "超过"))
        if vote.rule.threshold.comparison is Comparison.MORE_THAN
        else tr(QT_TRANSLATE_NOOP("Messages", "不少于"))
    )
    bar = tr(
        QT_TRANSLATE_NOOP("Messages", "赞成票须{comparison}{base}的{share}（至少 {required} 票）")
    ).format(
        comparison=comparison,
        base=base,
        share=_share(vote.rule.threshold),
        required=vote.required_yes,
    )
    if not vote.passed:
        verdict = tr(QT_TRANSLATE_NOOP("Messages", "未通过"))
    elif outcome.effective:
        verdict = tr(QT_TRANSLATE_NOOP("Messages", "通过"))
    elif not check.recorded:
        verdict = tr(QT_TRANSLATE_NOOP("Messages", "票数已过，待登记出席情况后确认"))
    else:
        verdict = tr(QT_TRANSLATE_NOOP("Messages", "票数已过，但会议不足法定人数，决议无效"))
    return f"{counts}；{bar}：{verdict}。"

"""Words for spreadsheet import and export problems (leaguedesk.exchange)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from leaguedesk.core.fields import field_label
from leaguedesk.core.issues import Issue
from leaguedesk.exchange.problems import ExchangeError, ExchangeProblem
from leaguedesk.messages import Facts, tr
from leaguedesk.messages import members as member_messages

_EXCHANGE_PROBLEMS: dict[ExchangeProblem, str] = {
    ExchangeProblem.NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "找不到文件“{file}”。"),
    ExchangeProblem.CANNOT_READ: QT_TRANSLATE_NOOP(
        "Messages", "无法读取“{file}”：{detail}。请检查文件是否被其他程序占用，或是否有访问权限。"
    ),
    ExchangeProblem.UNSUPPORTED: QT_TRANSLATE_NOOP(
        "Messages", "不支持“{file}”这种文件。请使用 Excel/WPS 表格（.xlsx、.xls）或 CSV 文件。"
    ),
    ExchangeProblem.HTML_AS_XLS: QT_TRANSLATE_NOOP(
        "Messages",
        "“{file}”其实是网页或 XML 格式，其中没有可读取的表格。请用 Excel 或 WPS 打开它，"
        "另存为“Excel 工作簿（.xlsx）”后再导入。",
    ),
    ExchangeProblem.CORRUPT: QT_TRANSLATE_NOOP(
        "Messages",
        "“{file}”已损坏或不是有效的表格文件，无法读取。请用 Excel 或 WPS 打开检查，"
        "另存为 .xlsx 后再导入。",
    ),
    ExchangeProblem.ENCRYPTED: QT_TRANSLATE_NOOP(
        "Messages", "“{file}”设置了打开密码。请在 Excel 或 WPS 中取消密码并保存后再导入。"
    ),
    ExchangeProblem.EMPTY: QT_TRANSLATE_NOOP("Messages", "“{file}”是空的，没有可导入的内容。"),
    ExchangeProblem.SHEET_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Messages", "“{file}”中没有名为“{sheet}”的工作表。现有工作表：{sheets}。"
    ),
    ExchangeProblem.CSV_ENCODING: QT_TRANSLATE_NOOP(
        "Messages",
        "无法识别“{file}”的文字编码（不是 UTF-8，也不是 GBK/GB18030），为避免导入乱码已停止。"
        "请用 Excel 或 WPS 打开它，另存为 .xlsx 后再导入。",
    ),
    ExchangeProblem.NO_HEADER: QT_TRANSLATE_NOOP(
        "Messages",
        "在“{file}”的工作表“{sheet}”前 15 行中没有找到表头（如“姓名”“身份证号码”）。"
        "请确认选择了正确的工作表，或在导入时手动指定各列。",
    ),
    ExchangeProblem.MISSING_COLUMNS: QT_TRANSLATE_NOOP(
        "Messages",
        "“{file}”的工作表“{sheet}”缺少必需的列：{missing}。请在表格中补上这些列，"
        "或在导入时手动指定对应的列。",
    ),
    ExchangeProblem.BAD_MAPPING: QT_TRANSLATE_NOOP("Messages", "列的对应关系无效：{detail}"),
    ExchangeProblem.PLAN_HAS_ERRORS: QT_TRANSLATE_NOOP(
        "Messages", "“{file}”中有 {rows} 行存在错误，未导入任何数据。请修改后重新导入。"
    ),
    ExchangeProblem.CONFLICT: QT_TRANSLATE_NOOP(
        "Messages",
        "导入期间团务文件已被修改（例如已有相同身份证号码的团员），为安全起见未导入任何数据。"
        "请重新检查后再导入。",
    ),
    ExchangeProblem.CANCELLED: QT_TRANSLATE_NOOP("Messages", "已取消导入，团务文件未作任何改动。"),
}

# Codes only an import produces (exchange.problems.IssueCode); every other issue is the
# roster's own and worded by messages.members, the same sentence the member form shows.
_ISSUES: dict[str, str] = {
    "id_stored_as_number": QT_TRANSLATE_NOOP(
        "Messages",
        "身份证号码被 Excel 存成了数字，后几位已经丢失，无法恢复。"
        "请把该列设为“文本”格式后重新输入。",
    ),
    "id_maybe_truncated": QT_TRANSLATE_NOOP(
        "Messages", "身份证号码以 000 结尾，请核对是否被 Excel 截断。"
    ),
    "number_lost": QT_TRANSLATE_NOOP(
        "Messages",
        "这个长数字被 Excel 存成了数字，后几位已经丢失。请把该列设为“文本”格式后重新输入。",
    ),
    "value_too_long": QT_TRANSLATE_NOOP("Messages", "内容过长（{length} 个字）。"),
    "duplicate_in_file": QT_TRANSLATE_NOOP("Messages", "与第 {first_row} 行的身份证号码重复。"),
    "duplicate_development_no": QT_TRANSLATE_NOOP(
        "Messages", "与第 {first_row} 行的发展团员编号重复。"
    ),
    "exists_in_league": QT_TRANSLATE_NOOP(
        "Messages",
        "团务文件中已有此人（{name}，{branch}）。如需用表格内容更新，请选择“更新”；或选择“跳过”。",
    ),
    "exists_skipped": QT_TRANSLATE_NOOP(
        "Messages", "团务文件中已有此人（{name}，{branch}），将跳过。"
    ),
    "exists_updated": QT_TRANSLATE_NOOP(
        "Messages", "团务文件中已有此人（{name}），将更新 {count} 项信息。"
    ),
    "status_not_changed": QT_TRANSLATE_NOOP(
        "Messages",
        "表格中团籍状态为“{given}”，名册中为“{current}”。导入不改变团籍状态，"
        "如需办理请在名册中进行。",
    ),
    "other_branch": QT_TRANSLATE_NOOP(
        "Messages",
        "表格中有多个支部，这一行属于“{given}”，不是正在导入的“{branch}”，"
        "本次不导入。请再把这个表格导入到“{given}”，或选择按表中“所在支部”导入。",
    ),
    "unknown_branch": QT_TRANSLATE_NOOP(
        "Messages",
        "团务文件中没有名为“{given}”的支部。请先在“管理支部”中新建，或把这一格改成已有支部的名称。",
    ),
    "archived_branch": QT_TRANSLATE_NOOP(
        "Messages", "支部“{given}”已撤销，不能再导入团员。请改成团员现在所在的支部。"
    ),
    "no_branch": QT_TRANSLATE_NOOP(
        "Messages",
        "没有填写所在支部。按表中“所在支部”导入时，每一行都要有支部（合并的单元格算作其下各行）。",
    ),
    # A requirement on a field the sheet has no column for: imported with a warning mark.
    "required.deferred": QT_TRANSLATE_NOOP(
        "Messages", "表格中没有“{label}”这一列，导入后请在名册中补填。"
    ),
    "development_no_missing.deferred": QT_TRANSLATE_NOOP(
        "Messages",
        "表格中没有“{label}”这一列；{since}年起入团的团员须有发展团员编号，导入后请在名册中补填。",
    ),
}


def exchange_error(error: ExchangeError) -> str:
    """The sentence a user reads when a spreadsheet cannot be read, imported or written."""
    facts: dict[str, object] = {
        "detail": "",
        "sheet": "",
        "sheets": "",
        "missing": "",
        "rows": "?",
        "suffix": "",
    }
    facts.update({k: v for k, v in error.facts.items() if v is not None})
    facts["file"] = error.file_name or facts.get("path", "")
    return tr(_EXCHANGE_PROBLEMS[error.code]).format(**facts)


def issue_text(issue: Issue) -> str:
    """One cell issue in words: an import's own code here, the roster's codes as the form
    words them."""
    code = issue.code
    if not issue.is_error and f"{code}.deferred" in _ISSUES:
        code = f"{code}.deferred"
    text = _ISSUES.get(code)
    if text is None:
        return member_messages.issue_text(issue)
    facts = Facts({k: v for k, v in issue.params.items() if v is not None})
    facts["label"] = field_label(issue.field) if issue.field else ""
    return tr(text).format_map(facts)


_DEFERRED: dict[str, str] = {
    "development_no": QT_TRANSLATE_NOOP(
        "Messages",
        "表格中没有“{label}”列：其中 {n} 人为2017年起入团，须有发展团员编号，"
        "将带提醒标记导入，导入后请在名册中补填。",
    ),
}
_DEFERRED_ANY = QT_TRANSLATE_NOOP(
    "Messages", "表格中没有“{label}”列：{n} 人将带提醒标记导入，导入后请在名册中补填。"
)


def deferred_text(key: str, count: int) -> str:
    """For a plan's ``deferred``: a required field the sheet has no column for."""
    return tr(_DEFERRED.get(key, _DEFERRED_ANY)).format(label=field_label(key), n=count)


def import_problem(problem: object) -> str:
    """For write_problem_report: a located problem (CellProblem) in words."""
    return issue_text(problem.issue)  # type: ignore[attr-defined]

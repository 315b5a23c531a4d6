"""The 两制 summary as an .xlsx workbook for the 上级团委: the 支部汇总表 (votes, suggested and
final grade, totals, 优秀 share) and, once registration is done, the 团籍注册登记表.

Each sheet has one bold header row frozen at the top, so the rows below sort and filter
cleanly; totals and the 优秀 share follow the members. The file is written beside the target
and renamed, so a failure never leaves half a workbook.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from leaguedesk.exchange.saving import save_workbook
from leaguedesk.printing.evaluation_forms import EvaluationSheet, SummaryRow, share_text
from leaguedesk.printing.registration_forms import RegistrationRow

SUMMARY_HEADERS = (
    "序号",
    "姓名",
    "优秀",
    "合格",
    "基本合格",
    "不合格",
    "合计",
    "建议等次",
    "支委会意见",
    "评定等次",
    "备注",
)
REGISTRATION_HEADERS = (
    "序号",
    "姓名",
    "性别",
    "团员证号",
    "评议等次",
    "注册结果",
    "暂缓期限",
    "原因及备注",
)
_HEADER_FILL = PatternFill("solid", fgColor="E6E6E6")


def _sheet(ws: Worksheet, headers: Sequence[str], widths: Sequence[int]) -> None:
    ws.append(list(headers))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center")
    ws.freeze_panes = "A2"
    for column, width in zip(ws.iter_cols(min_row=1, max_row=1), widths, strict=True):
        ws.column_dimensions[column[0].column_letter].width = width


def summary_sheet(ws: Worksheet, sheet: EvaluationSheet, rows: Sequence[SummaryRow]) -> None:
    ws.title = "支部汇总表"
    _sheet(ws, SUMMARY_HEADERS, (6, 12, 8, 8, 10, 8, 8, 10, 11, 10, 24))
    for number, row in enumerate(rows, 1):
        ws.append(
            [
                number,
                row.name,
                *row.votes,
                sum(row.votes),
                row.suggested,
                row.committee,
                row.final,
                row.note,
            ]
        )
    sums = [sum(r.votes[i] for r in rows) for i in range(4)]
    ws.append(["", "合计", *sums, sum(sums), "", "", f"{len(rows)}人", ""])
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    graded = [r.final or r.committee for r in rows]
    ws.append([])
    ws.append(
        [
            "",
            f"{sheet.branch}{sheet.year}年度团员教育评议：{sheet.meeting_kind}，"
            f"{sheet.meeting_date.isoformat() if sheet.meeting_date else ''}，应到"
            f"{sheet.expected}人，实到{sheet.present}人，收回测评票{sheet.ballots}张。",
        ]
    )
    ws.append(
        [
            "",
            f"参评{len(rows)}人，优秀{share_text(graded.count('优秀'), len(rows))}，"
            f"合格{graded.count('合格')}人，基本合格{graded.count('基本合格')}人，"
            f"不合格{graded.count('不合格')}人；优秀不超过{sheet.cap_percent}%"
            f"（最多{sheet.cap_count}人）。",
        ]
    )
    if sheet.approved_on:
        ws.append(["", f"上级团委批准：{sheet.approved_by} {sheet.approved_on.isoformat()}"])


def registration_sheet(ws: Worksheet, rows: Sequence[RegistrationRow]) -> None:
    ws.title = "团籍注册登记表"
    _sheet(ws, REGISTRATION_HEADERS, (6, 12, 6, 16, 10, 10, 12, 30))
    for number, row in enumerate(rows, 1):
        ws.append(
            [
                number,
                row.name,
                row.sex,
                row.card_no,
                row.grade or "未评议",
                row.outcome,
                row.deferred_until.isoformat() if row.deferred_until else "",
                row.note,
            ]
        )
    for column in ("D",):  # 团员证号: text, so leading zeros and long numbers survive
        for cell in ws[column][1:]:
            cell.number_format = "@"


def write_workbook(
    out_path: Path | str,
    sheet: EvaluationSheet,
    rows: Sequence[SummaryRow],
    registration: Sequence[RegistrationRow] | None = None,
) -> Path:
    workbook = Workbook()
    summary_sheet(workbook.active, sheet, rows)
    if registration is not None:
        registration_sheet(workbook.create_sheet(), registration)
    workbook.properties.title = f"{sheet.branch}{sheet.year}年度团员教育评议汇总"
    workbook.properties.creator = "团务通 LeagueDesk"
    return save_workbook(workbook, out_path)

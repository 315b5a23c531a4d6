"""拟发展团员名单 as an .xlsx workbook for the 上级团委 (the same list as the printed one).

ID numbers are written as text cells formatted "@" (文本): a spreadsheet must never turn an
18-digit ID into 1.1E+17 or drop its trailing X, and import templates refuse numeric IDs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from leaguedesk.core.recruit_list import COLUMNS, Recruit, list_rows
from leaguedesk.exchange.saving import save_workbook

WIDTHS = (7, 12, 7, 7, 36, 24)
TEXT = "@"


def write_recruit_list(
    branch: str, recruits: Sequence[Recruit], out_path: Path | str, *, day: dt.date | None = None
) -> Path:
    """Write the list to ``out_path`` (under a temporary name first, then renamed)."""
    day = day or dt.date.today()
    book = Workbook()
    sheet = book.active
    sheet.title = "拟发展团员名单"
    sheet.append([f"{branch}拟发展团员名单"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(COLUMNS))
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append([f"填报日期：{day.year}年{day.month}月{day.day}日　共 {len(recruits)} 人"])
    sheet.append(list(COLUMNS))
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for cell in sheet[3]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E5E7EB")
        cell.alignment = Alignment(horizontal="center")
        cell.border = border
    for values in list_rows(recruits):
        sheet.append(list(values))
        row = sheet.max_row
        id_cell = sheet.cell(row=row, column=len(COLUMNS))
        id_cell.value = str(values[-1] or "")
        id_cell.data_type = "s"
        id_cell.number_format = TEXT
        for cell in sheet[row]:
            cell.border = border
    for index, width in enumerate(WIDTHS, 1):
        sheet.column_dimensions[chr(64 + index)].width = width
    sheet.freeze_panes = "A4"
    return save_workbook(book, out_path)

"""The problems of an import plan as a workbook: the source rows with the bad cells marked.

Each row with an issue is copied as it was read, under the source's own headers, with its
original row number in front; a bad cell gets a red (error) or yellow (warning) fill and a
comment with the message, and a last column lists every message of the row. The secretary
fixes the source file from it and imports again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill

from leaguedesk.exchange.export import Column, _safe_cell, write_sheet
from leaguedesk.exchange.importing import CellProblem, ImportPlan
from leaguedesk.printing.saving import replacing

Describe = Callable[[CellProblem], str]
ERROR_FILL = PatternFill("solid", fgColor="FFC7CE")
WARNING_FILL = PatternFill("solid", fgColor="FFEB9C")
_AUTHOR = "LeagueDesk"


def _describe_code(problem: CellProblem) -> str:
    facts = ", ".join(f"{k}={v}" for k, v in problem.issue.params.items())
    return f"{problem.issue.code} ({facts})" if facts else problem.issue.code


def write_problem_report(
    plan: ImportPlan, path: Path | str, *, describe: Describe | None = None
) -> int:
    """Write the rows of ``plan`` that have issues to ``path``; returns how many rows.

    ``describe`` words an issue (``leaguedesk.messages.exchange.import_problem`` in the app); without it
    the issue codes are written.
    """
    describe = describe or _describe_code
    width = max(
        [max(plan.mapping.labels, default=-1) + 1]
        + [len(r.source or ()) for r in plan.rows if r.issues]
    )
    headers = [Column("原行号")]
    headers += [Column(plan.mapping.labels.get(c, "")) for c in range(width)]
    headers.append(Column("问题说明"))
    by_row: dict[int, list[CellProblem]] = {}
    for problem in plan.problems():
        by_row.setdefault(problem.row, []).append(problem)
    sources = {r.row: r.source or [] for r in plan.rows if r.issues}
    path = Path(path)
    with replacing(path) as tmp:
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("导入问题")

        def rows():  # cells are made here so fills and comments can be attached
            for row_number, problems in by_row.items():
                source = list(sources.get(row_number, []))
                source += [None] * (width - len(source))
                cells: list[object] = [row_number]
                marks: dict[int, list[CellProblem]] = {}
                for problem in problems:
                    if problem.column is not None:
                        marks.setdefault(problem.column, []).append(problem)
                for col, value in enumerate(source):
                    found = marks.get(col)
                    if not found:
                        cells.append(value)
                        continue
                    cell = _safe_cell(ws, value, None)
                    if not isinstance(cell, Cell):
                        cell = WriteOnlyCell(ws, value=value if value != "" else None)
                    text = "\n".join(describe(p) for p in found)
                    cell.comment = Comment(text, _AUTHOR, width=260, height=90)
                    errors = any(p.issue.is_error for p in found)
                    cell.fill = ERROR_FILL if errors else WARNING_FILL
                    cells.append(cell)
                cells.append("；".join(_located(p, describe) for p in problems))
                yield cells

        count = write_sheet(ws, headers, rows())
        wb.save(tmp)
    return count


def _located(problem: CellProblem, describe: Describe) -> str:
    where = f"{problem.header}：" if problem.header else ""
    return where + describe(problem)

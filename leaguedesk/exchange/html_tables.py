"""Tables saved as a web page under a spreadsheet's name (.xls): what many web systems export.

Excel opens such a file with a warning; LeagueDesk reads it directly. Each ``<table>`` is a
sheet (表格1, 表格2 …); without a choice, the one with the most rows is read (the others are
usually a title or a navigation bar). A cell keeps its text, whitespace collapsed as a browser
shows it and ``<br>`` as a line break. ``colspan`` and ``rowspan`` leave empty cells where the
merged cell extends, as a workbook's merged cells read, so every column stays in its place.

The text is decoded by its byte-order mark, else as UTF-8, the page's declared charset or
GB18030, the first that decodes it cleanly (pages often declare gb2312 and are UTF-8).
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

SHEET_NAME = "表格{n}"
_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_MAX_SPAN = 1000  # a colspan or rowspan beyond this is a broken page, not a table
# Declared charsets that GB18030 (their superset) reads better: pages say gb2312 and use GBK.
_CHINESE = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn"}


def decode(data: bytes) -> str | None:
    """The page's text, or None when no encoding decodes it."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    # UTF-8 first: it almost never decodes text in another encoding by accident, and pages
    # that declare gb2312 but are written in UTF-8 are common. GB18030 decodes nearly anything,
    # so it comes last.
    candidates = ["utf-8", "gb18030"]
    declared = _CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", errors="ignore").lower()
        name = "gb18030" if name in _CHINESE else name
        try:
            codecs.lookup(name)
        except LookupError:
            pass
        else:
            candidates.insert(1, name)
    for encoding in candidates:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def tables(text: str) -> list[list[list[str]]]:
    """Every table of the page as rows of cell texts, in the order they appear."""
    parser = _TableParser()
    parser.feed(text)
    parser.close()
    return [table for table in parser.tables if table]


class _Table:
    def __init__(self) -> None:
        self.rows: list[list[str]] = []
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.colspan = 1
        self.rowspan = 1
        self.covered_until: dict[int, int] = {}  # column → last row a cell above reaches

    def start_row(self) -> None:
        self.end_row()
        self.row = []
        self._skip_covered()

    def start_cell(self, colspan: int, rowspan: int) -> None:
        if self.row is None:
            self.start_row()
        self.end_cell()
        self.cell, self.colspan, self.rowspan = [], colspan, rowspan

    def end_cell(self) -> None:
        if self.cell is None or self.row is None:
            return
        text = "\n".join(" ".join(line.split()) for line in "".join(self.cell).split("\n"))
        start = len(self.row)
        self.row.append(text.strip("\n"))
        self.row.extend([""] * (self.colspan - 1))
        if self.rowspan > 1:
            last = len(self.rows) + self.rowspan - 1
            for column in range(start, start + self.colspan):
                self.covered_until[column] = last
        self.cell = None
        self._skip_covered()

    def end_row(self) -> None:
        self.end_cell()
        if self.row is not None:
            self.rows.append(self.row)
            self.row = None

    def _skip_covered(self) -> None:
        """Empty cells where a cell from a row above still extends."""
        assert self.row is not None
        here = len(self.rows)
        while self.covered_until.get(len(self.row), -1) >= here:
            self.row.append("")


class _TableParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []
        self._open: list[_Table] = []  # nested tables: the innermost last

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._open.append(_Table())
            return
        if not self._open:
            return
        table = self._open[-1]
        if tag == "tr":
            table.start_row()
        elif tag in ("td", "th"):
            spans = dict(attrs)
            table.start_cell(_span(spans.get("colspan")), _span(spans.get("rowspan")))
        elif tag == "br" and table.cell is not None:
            table.cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if not self._open:
            return
        table = self._open[-1]
        if tag in ("td", "th"):
            table.end_cell()
        elif tag == "tr":
            table.end_row()
        elif tag == "table":
            table.end_row()
            self.tables.append(self._open.pop().rows)

    def handle_data(self, data: str) -> None:
        if self._open and self._open[-1].cell is not None:
            self._open[-1].cell.append(data)

    def close(self) -> None:
        super().close()
        while self._open:  # a page cut short: keep what was read
            table = self._open.pop()
            table.end_row()
            self.tables.append(table.rows)


def _span(value: str | None) -> int:
    try:
        return min(max(int(str(value).strip()), 1), _MAX_SPAN)
    except ValueError:
        return 1

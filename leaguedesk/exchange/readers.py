"""Read a table from .xlsx, .xls, .ods or .csv: one interface, rows as lists of cell values.

Workbooks are read with python-calamine (a Rust reader: several times faster than openpyxl's
read-only mode on large rosters, and it reads legacy .xls too — see benchmarks/exchange.py).
Cell values come back as str, float, int, bool, datetime.date/datetime/time or '' for empty;
row ``i`` of ``Sheet.rows`` is spreadsheet row ``i + 1`` and item ``j`` is column ``j`` (A = 0).
``Sheet.rows`` may be read more than once: each pass starts at row 1 (a workbook is parsed
once; a CSV file is read again).

CSV files are decoded as UTF-8 (with or without BOM), UTF-16 (with BOM) or GB18030 (a superset
of GBK, what Chinese Excel writes), whichever decodes the *whole* file cleanly; a file that
decodes as none of them is refused rather than shown garbled. A web page saved as .xls (what
many web systems export) is read table by table (``html_tables``). Every failure is an
``ExchangeError`` naming the file, never a traceback.
"""

from __future__ import annotations

import codecs
import csv
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from leaguedesk.exchange.problems import ExchangeError, ExchangeProblem

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods", ".et", ".xlsb"}
TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}
SUPPORTED_SUFFIXES = WORKBOOK_SUFFIXES | TEXT_SUFFIXES

_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")
_CHUNK = 1 << 20


class Rows:
    """The rows of a sheet; every iteration is a new pass from the first row."""

    def __init__(self, start: Callable[[], Iterator[list[object]]]):
        self._start = start

    def __iter__(self) -> Iterator[list[object]]:
        return self._start()


@dataclass
class Sheet:
    """One table read from a file: its name, its rows (read lazily) and the file's sheets."""

    name: str
    rows: Rows
    sheet_names: list[str]
    row_count: int | None = None  # for progress bars; None when unknown (CSV)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1
    kind: str = ""  # "xlsx", "xls", "ods", "csv"
    encoding: str = ""  # for CSV


def read_table(path: Path | str, sheet: str | int | None = None) -> Sheet:
    """Open ``path`` and return the chosen sheet (name or 0-based index; default: first visible).

    Raises ExchangeError for a missing, unsupported, encrypted or damaged file, an unknown
    sheet, or a CSV whose encoding cannot be told.
    """
    path = Path(path)
    head = _head(path)
    suffix = path.suffix.lower()
    if head.startswith(_ZIP) or head.startswith(_OLE2):
        return _read_workbook(path, head, sheet)
    if not head.strip():
        raise ExchangeError(ExchangeProblem.EMPTY, path=str(path))
    if _looks_like_markup(head):
        return _read_html(path, sheet)
    if suffix in TEXT_SUFFIXES:
        return _read_csv(path, head, sheet)
    if suffix in {".xls", ".et"}:
        # Some systems write tab-separated text and call it .xls; read it for what it is.
        try:
            return _read_csv(path, head, sheet)
        except ExchangeError as exc:
            if exc.code != ExchangeProblem.CSV_ENCODING:
                raise
            raise ExchangeError(ExchangeProblem.CORRUPT, path=str(path), detail="") from None
    if suffix in WORKBOOK_SUFFIXES:
        raise ExchangeError(ExchangeProblem.CORRUPT, path=str(path), detail="")
    raise ExchangeError(ExchangeProblem.UNSUPPORTED, path=str(path), suffix=suffix)


def _head(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(4096)
    except FileNotFoundError:
        raise ExchangeError(ExchangeProblem.NOT_FOUND, path=str(path)) from None
    except IsADirectoryError:
        raise ExchangeError(ExchangeProblem.UNSUPPORTED, path=str(path), suffix="") from None
    except OSError as exc:
        raise ExchangeError(
            ExchangeProblem.CANNOT_READ, path=str(path), detail=exc.strerror or str(exc)
        ) from exc


def _looks_like_markup(head: bytes) -> bool:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return text.startswith(b"<") and (
        b"<html" in text or b"<table" in text or b"<?xml" in text or b"<!doctype" in text
    )


# --- web pages saved as .xls ---------------------------------------------------------------


def _read_html(path: Path, sheet: str | int | None) -> Sheet:
    """A page of ``<table>``s (see ``html_tables``); other markup (an XML spreadsheet, a page
    without a table) is refused with the advice to save it from Excel as .xlsx."""
    from leaguedesk.exchange import html_tables

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExchangeError(
            ExchangeProblem.CANNOT_READ, path=str(path), detail=exc.strerror or str(exc)
        ) from exc
    text = html_tables.decode(data)
    found = html_tables.tables(text) if text is not None else []
    if not found:
        raise ExchangeError(ExchangeProblem.HTML_AS_XLS, path=str(path))
    names = [html_tables.SHEET_NAME.format(n=n) for n in range(1, len(found) + 1)]
    if sheet is None:
        index = max(range(len(found)), key=lambda i: len(found[i]))  # the roster, not a title
    else:
        index = names.index(_choose_name(path, names, sheet))
    rows: list[list[object]] = list(found[index])
    return Sheet(names[index], Rows(lambda: iter(rows)), names, len(rows), [], "html")


# --- workbooks -------------------------------------------------------------------------------


def _is_encrypted_ole(path: Path) -> bool:
    """An encrypted .xlsx is an OLE2 container with an EncryptionInfo stream."""
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(_CHUNK):
                if _ENCRYPTION_STREAM in chunk:
                    return True
    except OSError:
        return False
    return False


def _read_workbook(path: Path, head: bytes, sheet: str | int | None) -> Sheet:
    import python_calamine as pc

    kind = "xls" if head.startswith(_OLE2) else ("ods" if path.suffix.lower() == ".ods" else "xlsx")
    if kind == "xls" and _is_encrypted_ole(path):
        raise ExchangeError(ExchangeProblem.ENCRYPTED, path=str(path))
    try:
        book = pc.CalamineWorkbook.from_path(str(path))
    except pc.PasswordError:
        raise ExchangeError(ExchangeProblem.ENCRYPTED, path=str(path)) from None
    except (pc.CalamineError, pc.ZipError, pc.XmlError, ValueError, OSError) as exc:
        raise _workbook_error(path, exc) from None
    except Exception as exc:  # calamine raises plain exceptions for some malformed files
        raise _workbook_error(path, exc) from None
    names = list(book.sheet_names)
    chosen = _choose_sheet(path, book, names, sheet)
    try:
        data = book.get_sheet_by_name(chosen)
        merged_raw = data.merged_cell_ranges or []
        start = data.start
    except pc.PasswordError:
        raise ExchangeError(ExchangeProblem.ENCRYPTED, path=str(path)) from None
    except Exception as exc:
        raise _workbook_error(path, exc) from None
    merged = [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in merged_raw]
    if start is None:
        return Sheet(chosen, Rows(lambda: iter(())), names, 0, merged, kind)
    row_count = data.end[0] + 1 if data.end else None
    first_col = start[1]
    return Sheet(
        chosen, Rows(lambda: _workbook_rows(path, data, first_col)), names, row_count, merged, kind
    )


def _workbook_error(path: Path, exc: BaseException) -> ExchangeError:
    text = str(exc).lower()
    if "password" in text or "encrypt" in text:
        return ExchangeError(ExchangeProblem.ENCRYPTED, path=str(path))
    if path.suffix.lower() not in WORKBOOK_SUFFIXES and "zip" not in text:
        return ExchangeError(ExchangeProblem.UNSUPPORTED, path=str(path), suffix=path.suffix)
    return ExchangeError(ExchangeProblem.CORRUPT, path=str(path), detail=str(exc)[:200])


def _choose_sheet(path: Path, book: object, names: list[str], sheet: str | int | None) -> str:
    if not names:
        raise ExchangeError(ExchangeProblem.EMPTY, path=str(path))
    if sheet is None:
        visible = [
            m.name
            for m in book.sheets_metadata  # type: ignore[attr-defined]
            if str(m.visible).endswith("Visible") and str(m.typ).endswith("WorkSheet")
        ]
        return visible[0] if visible else names[0]
    return _choose_name(path, names, sheet)


def _choose_name(path: Path, names: list[str], sheet: str | int) -> str:
    """The sheet asked for: by 0-based index, by name (spaces aside) or "2" for the second."""
    if isinstance(sheet, int):
        if 0 <= sheet < len(names):
            return names[sheet]
    elif sheet in names:
        return sheet
    else:
        wanted = " ".join(str(sheet).split())
        for name in names:
            if " ".join(name.split()) == wanted:
                return name
        if wanted.isdigit() and 1 <= int(wanted) <= len(names):  # "2" on the command line
            return names[int(wanted) - 1]
    raise ExchangeError(
        ExchangeProblem.SHEET_NOT_FOUND, path=str(path), sheet=str(sheet), sheets="、".join(names)
    )


def _workbook_rows(path: Path, data: object, first_col: int) -> Iterator[list[object]]:
    # calamine yields rows from row 0 but columns from the first used column: pad back.
    pad: list[object] = [""] * first_col
    try:
        for row in data.iter_rows():  # type: ignore[attr-defined]
            yield pad + row if first_col else row
    except ExchangeError:
        raise
    except Exception as exc:
        raise _workbook_error(path, exc) from None


# --- CSV -------------------------------------------------------------------------------------


def detect_encoding(path: Path) -> str:
    """The encoding that decodes the whole file cleanly, or ExchangeError(CSV_ENCODING)."""
    with open(path, "rb") as fh:
        head = fh.read(4)
    if head.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8", "gb18030"]
    for encoding in candidates:
        if _decodes_cleanly(path, encoding):
            return encoding
    raise ExchangeError(ExchangeProblem.CSV_ENCODING, path=str(path))


def _decodes_cleanly(path: Path, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(_CHUNK):
                if not _plausible(decoder.decode(chunk)):
                    return False
            return _plausible(decoder.decode(b"", final=True))
    except UnicodeDecodeError:
        return False


def _plausible(text: str) -> bool:
    """Text a person typed: no control characters, no private-use code points.

    GB18030 maps almost any byte sequence to *something*; a file in another encoding shows up
    as control or private-use characters, which we refuse instead of importing garbage.
    """
    for ch in text:
        if ch in "\t\r\n":
            continue
        category = unicodedata.category(ch)
        if category in ("Cc", "Co", "Cs", "Cn"):
            return False
    return True


def _read_csv(path: Path, head: bytes, sheet: str | int | None) -> Sheet:
    encoding = detect_encoding(path)
    sample = head.decode(encoding, errors="ignore")
    delimiter = _sniff_delimiter(sample)
    name = path.stem
    if sheet not in (None, 0, name, "1"):
        raise ExchangeError(
            ExchangeProblem.SHEET_NOT_FOUND, path=str(path), sheet=str(sheet), sheets=name
        )
    return Sheet(
        name, Rows(lambda: _csv_rows(path, encoding, delimiter)), [name], None, [], "csv", encoding
    )


def _sniff_delimiter(sample: str) -> str:
    lines = [line for line in sample.splitlines()[:20] if line.strip()]
    best, best_score = ",", 0
    for delimiter in (",", "\t", ";"):
        counts = [line.count(delimiter) for line in lines]
        score = max(counts, default=0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _csv_rows(path: Path, encoding: str, delimiter: str) -> Iterator[list[object]]:
    try:
        with open(path, encoding=encoding, newline="") as fh:
            yield from csv.reader(fh, delimiter=delimiter)
    except (csv.Error, UnicodeDecodeError) as exc:
        raise ExchangeError(ExchangeProblem.CORRUPT, path=str(path), detail=str(exc)) from None
    except OSError as exc:
        raise ExchangeError(
            ExchangeProblem.CANNOT_READ, path=str(path), detail=exc.strerror or str(exc)
        ) from exc

"""Reading .xlsx, .xls and .csv into rows, and refusing bad files with a code, not a traceback."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from leaguedesk.exchange.problems import ExchangeError, ExchangeProblem
from leaguedesk.exchange.readers import read_table
from tests.exchange.conftest import DATA, PEOPLE, write_xlsx


def _problem(path: Path, **kwargs: object) -> ExchangeError:
    with pytest.raises(ExchangeError) as caught:
        sheet = read_table(path, **kwargs)
        list(sheet.rows)
    assert caught.value.file_name == path.name
    return caught.value


def test_xlsx_rows_keep_their_spreadsheet_positions(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", [["姓名", "性别"], ["陈晨", "男"]], title="花名册")
    sheet = read_table(path)
    rows = list(sheet.rows)
    assert rows[0][0] == "花名册"
    assert rows[2] == ["姓名", "性别"]  # spreadsheet row 3
    assert sheet.merged == [(0, 0, 0, 1)]
    assert sheet.kind == "xlsx"


def test_table_not_starting_in_column_a_is_padded(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active["C5"] = "姓名"
    wb.active["D6"] = "陈晨"
    wb.save(tmp_path / "r.xlsx")
    rows = list(read_table(tmp_path / "r.xlsx").rows)
    assert rows[4][2] == "姓名" and rows[5][3] == "陈晨"


def test_any_sheet_can_be_chosen_by_name_or_number(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    wb.active["A1"] = "填表说明"
    wb.create_sheet("团员")["A1"] = "姓名"
    wb.save(tmp_path / "r.xlsx")
    assert read_table(tmp_path / "r.xlsx").name == "说明"
    assert read_table(tmp_path / "r.xlsx", "团员").name == "团员"
    assert read_table(tmp_path / "r.xlsx", 1).name == "团员"
    assert read_table(tmp_path / "r.xlsx", "2").name == "团员"
    error = _problem(tmp_path / "r.xlsx", sheet="名单")
    assert error.code == ExchangeProblem.SHEET_NOT_FOUND
    assert error.facts["sheets"] == "说明、团员"


def test_legacy_xls_is_read() -> None:
    sheet = read_table(DATA / "roster.xls")
    rows = list(sheet.rows)
    assert sheet.kind == "xls" and sheet.name == "团员名单"
    assert rows[2][:4] == ["序号", "姓名", "性别", "身份证号码"]
    assert rows[3][1] == "陈晨"
    assert rows[3][5] == dt.date(2021, 5, 4)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_csv_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    name, number, _ = PEOPLE[0]
    path = tmp_path / "r.csv"
    path.write_text(f"姓名,身份证号码,工作单位\r\n{name},{number},示范大学（东校区）\r\n",
                    encoding=encoding)
    sheet = read_table(path)
    assert list(sheet.rows) == [["姓名", "身份证号码", "工作单位"],
                                [name, number, "示范大学（东校区）"]]


def test_tab_separated_text_is_read(tmp_path: Path) -> None:
    path = tmp_path / "r.xls"  # what some systems export and call .xls
    path.write_bytes("姓名\t性别\n陈晨\t男\n".encode("gbk"))
    assert list(read_table(path).rows) == [["姓名", "性别"], ["陈晨", "男"]]


def test_undecodable_csv_is_refused_not_garbled(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_bytes("姓名,性别\n".encode() + b"\x80\x80\xff,\x81\n")
    assert _problem(path).code == ExchangeProblem.CSV_ENCODING


@pytest.mark.parametrize(("name", "content", "code"), [
    ("broken.xlsx", b"PK\x03\x04 not really a zip", ExchangeProblem.CORRUPT),
    ("text.xlsx", b"just some text", ExchangeProblem.CORRUPT),
    ("page.xls", b"<html><body><table><tr><td>1</td></tr></table></body></html>",
     ExchangeProblem.HTML_AS_XLS),
    ("empty.xlsx", b"", ExchangeProblem.EMPTY),
    ("notes.pdf", b"%PDF-1.4 ...", ExchangeProblem.UNSUPPORTED),
    ("garbage.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, ExchangeProblem.CORRUPT),
])
def test_bad_files_give_a_code_and_the_file_name(tmp_path: Path, name: str, content: bytes,
                                                 code: ExchangeProblem) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert _problem(path).code == code


def test_a_word_document_is_not_a_roster(tmp_path: Path) -> None:
    path = tmp_path / "通知.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    assert _problem(path).code == ExchangeProblem.UNSUPPORTED


def test_truncated_workbook_is_corrupt(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [["姓名"]] * 50)
    path = tmp_path / "cut.xlsx"
    path.write_bytes(good.read_bytes()[:2000])
    assert _problem(path).code == ExchangeProblem.CORRUPT


def test_password_protected_workbook_is_reported() -> None:
    assert _problem(DATA / "encrypted.xlsx").code == ExchangeProblem.ENCRYPTED


def test_missing_file(tmp_path: Path) -> None:
    assert _problem(tmp_path / "nowhere.xlsx").code == ExchangeProblem.NOT_FOUND


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_rows_can_be_read_again_from_the_first(tmp_path: Path, kind: str) -> None:
    rows = [["姓名", "性别"], ["陈晨", "男"], ["林雪", "女"]]
    if kind == "xlsx":
        path = write_xlsx(tmp_path / "r.xlsx", rows)
    else:
        path = tmp_path / "r.csv"
        path.write_text("\n".join(",".join(r) for r in rows), encoding="gb18030")
    sheet = read_table(path)
    first = iter(sheet.rows)
    assert next(first) == ["姓名", "性别"]
    assert list(sheet.rows) == list(sheet.rows) == rows  # a new pass each time
    assert next(first) == ["陈晨", "男"]  # an earlier pass goes on where it was

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
    path.write_text(
        f"姓名,身份证号码,工作单位\r\n{name},{number},示范大学（东校区）\r\n", encoding=encoding
    )
    sheet = read_table(path)
    assert list(sheet.rows) == [
        ["姓名", "身份证号码", "工作单位"],
        [name, number, "示范大学（东校区）"],
    ]


def test_tab_separated_text_is_read(tmp_path: Path) -> None:
    path = tmp_path / "r.xls"  # what some systems export and call .xls
    path.write_bytes("姓名\t性别\n陈晨\t男\n".encode("gbk"))
    assert list(read_table(path).rows) == [["姓名", "性别"], ["陈晨", "男"]]


def test_undecodable_csv_is_refused_not_garbled(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_bytes("姓名,性别\n".encode() + b"\x80\x80\xff,\x81\n")
    assert _problem(path).code == ExchangeProblem.CSV_ENCODING


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("broken.xlsx", b"PK\x03\x04 not really a zip", ExchangeProblem.CORRUPT),
        ("text.xlsx", b"just some text", ExchangeProblem.CORRUPT),
        (
            "page.xls",
            b"<html><body><p>no table here</p></body></html>",
            ExchangeProblem.HTML_AS_XLS,
        ),
        (
            "sheet.xls",
            b'<?xml version="1.0"?><Workbook><Worksheet><Table><Row><Cell>1</Cell>'
            b"</Row></Table></Worksheet></Workbook>",
            ExchangeProblem.HTML_AS_XLS,
        ),
        ("empty.xlsx", b"", ExchangeProblem.EMPTY),
        ("notes.pdf", b"%PDF-1.4 ...", ExchangeProblem.UNSUPPORTED),
        (
            "garbage.xls",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
            ExchangeProblem.CORRUPT,
        ),
    ],
)
def test_bad_files_give_a_code_and_the_file_name(
    tmp_path: Path, name: str, content: bytes, code: ExchangeProblem
) -> None:
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


def web_export(path: Path, *, encoding: str = "gbk") -> Path:
    """A roster as web systems export it: an HTML page saved as .xls, GBK, a title over the
    table, 所在支部 merged down over its members, a name with a line break."""
    (name1, id1, _), (name2, id2, _), (name3, id3, _) = PEOPLE[:3]
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
    </head><body><table><tr><td>导航</td></tr></table>
    <table border="1">
    <tr><td colspan="4" align="center">示范大学团委团员信息&nbsp;导出</td></tr>
    <tr><th>所在支部</th><th>姓名</th><th>身份证号码</th><th>入团时间</th></tr>
    <tr><td rowspan="2">2023级1班团支部</td><td>{name1}</td><td>{id1}</td><td>2019-05</td></tr>
    <tr><td>{name2[0]}<br>{name2[1:]}</td><td>{id2}</td><td>2019年5月</td></tr>
    <tr><td>2023级2班团支部</td><td>{name3}</td><td>{id3}</td><td>2019.05</td></tr>
    </table></body></html>"""
    path.write_bytes(page.encode(encoding))
    return path


def test_a_web_page_saved_as_xls_is_read_table_by_table(tmp_path: Path) -> None:
    sheet = read_table(web_export(tmp_path / "团员信息.xls"))
    assert (sheet.name, sheet.sheet_names) == ("表格2", ["表格1", "表格2"])  # the larger one
    rows = list(sheet.rows)
    assert rows[0] == ["示范大学团委团员信息 导出", "", "", ""]
    assert rows[2] == ["2023级1班团支部", PEOPLE[0][0], PEOPLE[0][1], "2019-05"]
    assert rows[3] == ["", f"{PEOPLE[1][0][0]}\n{PEOPLE[1][0][1:]}", PEOPLE[1][1], "2019年5月"]
    assert rows[4][0] == "2023级2班团支部"
    assert list(read_table(tmp_path / "团员信息.xls", sheet="1").rows) == [["导航"]]


@pytest.mark.parametrize(
    ("declared", "written"),
    [("gb2312", "gbk"), ("gb2312", "utf-8"), ("utf-8", "utf-8"), ("big5", "big5"), ("", "gbk")],
)
def test_a_web_page_is_decoded_whatever_it_declares(declared: str, written: str) -> None:
    from leaguedesk.exchange import html_tables

    text = "陳晨 共青團員" if written == "big5" else "陈晨 共青团员"
    page = f'<meta charset="{declared}"><table><tr><td>{text}</td></tr></table>'
    assert html_tables.decode(page.encode(written)) == page

"""Spreadsheets built the way secretaries keep them, for the exchange tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest

from leaguedesk.core import idcard
from leaguedesk.services import organisation as org
from leaguedesk.storage.leaguefile import LeagueFile

DATA = Path(__file__).parent / "data"

# Five young people with valid IDs; the first is a man born 2000-03-04.
PEOPLE = (
    ("陈晨", idcard.make("440106", dt.date(2000, 3, 4), 121), "男"),
    ("林雪", idcard.make("310104", dt.date(2001, 11, 2), 242), "女"),
    ("王浩", idcard.make("510107", dt.date(2002, 1, 30), 357), "男"),
    ("欧阳娜", idcard.make("330106", dt.date(1999, 7, 15), 468), "女"),
    ("赵磊", idcard.make("420106", dt.date(2003, 12, 1), 579), "男"),
)
HEADERS = [
    "序号",
    "姓名",
    "性别",
    "身份证号码",
    "出生年月",
    "入团时间",
    "联系电话",
    "学历",
    "工作单位",
    "团内职务",
    "所在班级",
]


def write_xlsx(
    path: Path,
    rows: Sequence[Sequence[object]],
    *,
    title: str | None = None,
    sheet: str = "Sheet1",
    text_cells: Sequence[str] = (),
) -> Path:
    """A workbook with an optional merged title row; ``text_cells`` (e.g. 'B5') kept as text."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    if title:
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(len(r) for r in rows))
        ws.append([])
    for row in rows:
        ws.append(list(row))
    for ref in text_cells:
        ws[ref].data_type = "s"  # '=1+1' typed as text in Excel
    wb.save(path)
    return path


def real_world_rows() -> list[list[object]]:
    """A roster as typed by hand: mixed dates, full-width digits, a number-typed ID, gaps."""
    (n1, id1, _), (_, id2, _), (n3, id3, _), (n4, id4, _), (n5, _id5, _) = PEOPLE
    return [
        HEADERS,
        [
            1,
            n1,
            "男",
            id1,
            "2000.03",
            dt.date(2016, 5, 4),
            "13800138000",
            "本科",
            "示范大学",
            "团支部书记",
            "一班",
        ],
        [
            2,
            "林  雪",
            "女",
            id2.translate(str.maketrans("0123456789", "０１２３４５６７８９")),
            "2001年11月",
            "2017年5月",
            "１３９１２３４５６７８",
            "大学本科",
            "示范大学",
            "",
            "一班",
        ],
        [],
        [
            3,
            n3,
            "M",
            id3.lower(),
            dt.datetime(2002, 1, 30),
            "2018/5/4",
            13700001111.0,
            "大专",
            "示范大学",
            "组委",
            "二班",
        ],
        [
            4,
            n4,
            "女",
            f" {id4[:6]} {id4[6:]} ",
            "1999-07-15 00:00:00",
            "201505",
            "",
            "硕士",
            "示范大学",
            "",
            "二班",
        ],
        [
            5,
            n5,
            "男",
            4.20106200312015e17,
            "2003-12",
            43956,
            "13600002222",
            "高中",
            "示范大学",
            "",
            "三班",
        ],
        [],
        ["合计：5人"],
        ["填表人：张老师", None, None, "审核人：李书记", None, "填表日期：2024年3月1日"],
    ]


@pytest.fixture
def branch_id(league: LeagueFile) -> int:
    return org.create_branch(league, org.BranchFields(name="2023级1班团支部")).id


def member_rows(league: LeagueFile) -> dict[str, dict[str, object]]:
    cursor = league.db.execute("SELECT * FROM members")
    names = [d[0] for d in cursor.description]
    return {
        row[names.index("id_number")]: dict(zip(names, row, strict=True))
        for row in cursor.fetchall()
    }


def file_bytes(path: Path) -> dict[str, bytes]:
    """The league file and its WAL, to prove nothing was written."""
    out = {}
    for suffix in ("", "-wal"):
        p = Path(str(path) + suffix)
        out[suffix] = p.read_bytes() if p.exists() else b""
    return out

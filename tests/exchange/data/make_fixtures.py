"""Rebuild the committed spreadsheet fixtures (run by hand; the tests only read the results).

roster.xls      a legacy Excel roster (title rows, merged cells, mixed dates, a numeric phone,
                a 合计 footer), converted by LibreOffice:  apt-get install libreoffice-calc-nogui
encrypted.xlsx  the same roster with the open password "secret":  pip install msoffcrypto-tool

    python tests/exchange/data/make_fixtures.py
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from leaguedesk.core import idcard  # noqa: E402

IDS = (
    idcard.make("440106", dt.date(2007, 3, 14), 121),
    idcard.make("310104", dt.date(2007, 11, 2), 242),
    idcard.make("510107", dt.date(2008, 1, 30), 357),
)


def build_source(target: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "团员名单"
    ws["A1"] = "示范中学高二（3）班团支部团员花名册"
    ws.merge_cells("A1:H1")
    ws["A2"] = "填报日期：2024年3月1日"
    ws.merge_cells("A2:H2")
    ws.append(["序号", "姓名", "性别", "身份证号码", "出生年月", "入团时间", "手机号", "团内职务"])
    ws.append([1, "陈晨", "男", IDS[0], "2007.03", dt.date(2021, 5, 4), 13800138000, "书记"])
    ws.append(
        [2, "林  雪", "女", IDS[1], dt.date(2007, 11, 2), "2022年5月", "13912345678", "宣传委员"]
    )
    ws.append([3, "王浩", "男", IDS[2], "2008-01", "2022/5/4", "139 0000 1111", ""])
    ws.append(["合计：3人"])
    wb.save(target)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "roster.xlsx"
        build_source(source)
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "xls", str(source), "--outdir", str(HERE)],
            check=True,
        )
        from msoffcrypto.format.ooxml import OOXMLFile

        with open(source, "rb") as plain, open(HERE / "encrypted.xlsx", "wb") as out:
            OOXMLFile(plain).encrypt("secret", out)


if __name__ == "__main__":
    main()

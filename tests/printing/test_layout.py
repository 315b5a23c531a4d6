"""The shared page framework: text fitting, page x / y, tables, and never half a PDF."""

import datetime as dt

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from leaguedesk.printing import layout
from leaguedesk.printing.errors import PrintError, PrintProblem
from leaguedesk.printing.fonts import register_cjk_font
from leaguedesk.printing.layout import Footer, PageSetup, fit_text, open_form, wrap_text
from leaguedesk.printing.table import Band, Column, draw_table
from tests.printing import pdftools

FOOTER = Footer("一班团支部", dt.date(2026, 11, 21), "测试表")


@pytest.fixture(scope="module")
def font():
    return register_cjk_font()


def test_fit_text_keeps_short_text(font):
    assert fit_text("张伟", 100, 11, 7, font) == ("张伟", 11)


def test_fit_text_steps_the_size_down_for_long_names(font):
    name = "阿卜杜热合曼·买买提"
    text, size = fit_text(name, 80, 11, 7, font)
    assert text == name
    assert 7 <= size < 11
    assert stringWidth(text, font, size) <= 80


def test_fit_text_cuts_with_ellipsis_below_the_smallest_size(font):
    text, size = fit_text("数字科技有限公司研发部第一团支部第二团小组", 40, 11, 7, font)
    assert text.endswith("…") and size == 7
    assert stringWidth(text, font, size) <= 40


def test_wrap_text_breaks_lines_and_ends_with_ellipsis(font):
    lines = wrap_text("学习贯彻" * 30, 100, 11, font, 2)
    assert len(lines) == 2
    assert lines[1].endswith("…")
    assert all(stringWidth(line, font, 11) <= 100 for line in lines)


def test_wrap_text_never_starts_a_line_with_closing_punctuation(font):
    text = "这是一个测试句子，" * 12
    width = stringWidth("这是一个测试句子", font, 10) + 1
    for line in wrap_text(text, width, 10, font, 20)[1:]:
        assert line[0] not in "，。"


def test_every_page_says_page_x_of_y_and_repeats_the_table_header(tmp_path):
    pdf = tmp_path / "t.pdf"
    rows = [(str(n), f"行{n}") for n in range(1, 101)]
    with open_form(pdf, PageSetup(), FOOTER) as form:
        draw_table(
            form,
            [Column("编号", 100), Column("内容", 200)],
            rows,
            start_page=lambda f, i: f.setup.top,
        )
        total = form.pages
    texts = pdftools.pages(pdf)
    assert total == len(texts) > 2
    seen = []
    for number, text in enumerate(texts, 1):
        flat = pdftools.squeeze(text)
        assert f"第{number}页/共{total}页" in flat
        assert "编号" in flat and "内容" in flat
        assert "一班团支部" in flat and "打印日期：2026年11月21日" in flat
        seen += [
            int(line.split()[0])
            for line in text.splitlines()
            if line.split() and line.split()[0].isdigit() and "行" in line
        ]
    assert seen == list(range(1, 101))  # every row once, in order: none split or lost


def test_a_band_is_never_last_on_a_page(tmp_path):
    pdf = tmp_path / "b.pdf"
    rows = []
    for group in range(12):
        rows.append(Band(f"第{group}组"))
        rows += [(f"{group}-{n}",) for n in range(5)]
    with open_form(pdf, PageSetup(), FOOTER) as form:
        draw_table(form, [Column("名单", 300)], rows, start_page=lambda f, i: f.setup.top)
    for text in pdftools.pages(pdf):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        body = [line for line in lines if not line.startswith("一班团支部")]
        assert not body[-1].startswith("第"), body[-3:]


def test_a_group_running_onto_the_next_page_gets_its_heading_again(tmp_path):
    pdf = tmp_path / "c.pdf"
    rows = [
        Band("第一团小组"),
        *[(f"一组{n}",) for n in range(40)],
        Band("第二团小组"),
        *[(f"二组{n}",) for n in range(5)],
    ]
    with open_form(pdf, PageSetup(), FOOTER) as form:
        draw_table(form, [Column("名单", 300)], rows, start_page=lambda f, i: f.setup.top)
    texts = [pdftools.squeeze(t) for t in pdftools.pages(pdf)]
    assert len(texts) == 2
    assert "第一团小组（续）" in texts[1]
    assert texts[1].index("第一团小组（续）") < texts[1].index("第二团小组")


def test_landscape_pages_are_a4_landscape(tmp_path):
    pdf = tmp_path / "l.pdf"
    with open_form(pdf, PageSetup(landscape=True), FOOTER) as form:
        form.new_page()
    width, height = pdftools.page_size(pdf)
    assert round(width) == 842 and round(height) == 595


def test_a_failure_while_drawing_leaves_the_old_file_and_no_debris(tmp_path):
    pdf = tmp_path / "keep.pdf"
    pdf.write_bytes(b"%PDF- the previous sheet")
    with pytest.raises(RuntimeError), open_form(pdf, PageSetup(), FOOTER) as form:
        form.new_page()
        raise RuntimeError("interrupted")
    assert pdf.read_bytes() == b"%PDF- the previous sheet"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.pdf"]


def test_a_failed_rename_is_a_print_error_and_leaves_no_debris(tmp_path, monkeypatch):
    pdf = tmp_path / "locked.pdf"

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(layout.os, "replace", refuse)
    with pytest.raises(PrintError) as caught, open_form(pdf, PageSetup(), FOOTER) as form:
        form.new_page()
    assert caught.value.problem is PrintProblem.CANNOT_WRITE
    assert caught.value.facts["reason"] == "denied"
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_a_print_error(tmp_path):
    with (
        pytest.raises(PrintError) as caught,
        open_form(tmp_path / "no" / "x.pdf", PageSetup(), FOOTER),
    ):
        pass
    assert caught.value.facts["reason"] == "no_folder"


def test_a_folder_as_target_is_a_print_error(tmp_path):
    with pytest.raises(PrintError) as caught, open_form(tmp_path, PageSetup(), FOOTER):
        pass
    assert caught.value.facts["reason"] == "is_folder"

"""Workbook forms are saved like printed ones: whole or not at all, with a reason in words."""

import errno

import pytest
from openpyxl import Workbook, load_workbook

from leaguedesk.exchange.saving import save_workbook
from leaguedesk.messages.printing import print_error
from leaguedesk.printing.errors import PrintError, PrintProblem


def book(text: str) -> Workbook:
    workbook = Workbook()
    workbook.active["A1"] = text
    return workbook


def test_a_saved_workbook_replaces_the_earlier_one_and_leaves_nothing_else(tmp_path):
    target = tmp_path / "拟发展团员名单.xlsx"
    save_workbook(book("旧"), target)
    assert save_workbook(book("新"), target) == target
    assert load_workbook(target).active["A1"].value == "新"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_failed_save_keeps_the_earlier_workbook(tmp_path, monkeypatch):
    target = tmp_path / "评议汇总.xlsx"
    save_workbook(book("旧"), target)
    before = target.read_bytes()

    def disk_full(self, filename):
        with open(filename, "wb") as fh:
            fh.write(b"PK\x03\x04 half a workbook")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Workbook, "save", disk_full)
    with pytest.raises(PrintError) as caught:
        save_workbook(book("新"), target)
    assert caught.value.problem is PrintProblem.CANNOT_WRITE
    assert caught.value.facts["reason"] == "disk_full"
    assert "磁盘已满" in print_error(caught.value)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


@pytest.mark.parametrize(
    ("where", "reason", "words"),
    [
        ("missing", "no_folder", "文件夹不存在"),
        ("folder", "is_folder", "这是一个文件夹"),
    ],
)
def test_where_a_workbook_cannot_go_is_said_in_words(tmp_path, where, reason, words):
    target = tmp_path / "没有这个文件夹" / "台账.xlsx" if where == "missing" else tmp_path
    with pytest.raises(PrintError) as caught:
        save_workbook(book("x"), target)
    assert caught.value.facts["reason"] == reason
    assert words in print_error(caught.value)

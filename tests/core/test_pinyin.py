"""Pinyin keys of names: surnames read as surnames, given names character by character."""

import os
import subprocess
import sys

import pytest

from leaguedesk.core import pinyin


def test_surname_readings_and_initials():
    assert pinyin.sort_key("单雄信") == "shan xiong xin"
    assert pinyin.sort_key("曾小贤") == "zeng xiao xian"
    assert pinyin.initials("欧阳娜娜") == "oynn"
    assert pinyin.initials("张三") == "zs"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("于思婷", "yu si ting"),  # 思 in a name is sī, not the sāi of 于思 as a word
        ("王长青", "wang chang qing"),
        ("孙朝阳", "sun zhao yang"),
        ("赵重阳", "zhao chong yang"),
        ("买买提·艾力", "mai mai ti · ai li"),
    ],
)
def test_given_names_are_read_character_by_character(name, key):
    assert pinyin.sort_key(name) == key


def test_keying_names_leaves_pypinyins_phrase_dictionary_unloaded():
    """Only single characters are looked up: the phrase data (0.3 s, 45 MB) stays on disk."""
    code = (
        "import sys; from leaguedesk.core import pinyin; "
        "print(pinyin.sort_key('欧阳思思'), 'pypinyin.phrases_dict' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert out.stdout.split() == ["ou", "yang", "si", "si", "False"]

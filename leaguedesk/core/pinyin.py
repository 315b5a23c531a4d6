"""Pinyin keys for Chinese names: the sort order Chinese users expect and initials search.

A name's key is computed once when it is saved (``name_pinyin``, ``name_initials`` columns),
so sorting and searching 100,000 members never calls pypinyin per row.
Surnames read differently from the same character elsewhere (单 shàn, 曾 zēng …) are fixed up.
"""

from __future__ import annotations

import os
from functools import cache, lru_cache

# Compound surnames first: they decide how the rest of the name splits.
_COMPOUND_SURNAMES = {
    "尉迟": ["yu", "chi"],
    "万俟": ["mo", "qi"],
    "长孙": ["zhang", "sun"],
    "澹台": ["tan", "tai"],
    "单于": ["chan", "yu"],
}
_SURNAMES = {
    "单": "shan",
    "曾": "zeng",
    "解": "xie",
    "仇": "qiu",
    "朴": "piao",
    "查": "zha",
    "区": "ou",
    "盖": "ge",
    "乐": "yue",
    "覃": "qin",
    "缪": "miao",
    "翟": "zhai",
    "种": "chong",
    "秘": "bi",
    "折": "she",
    "员": "yun",
    "召": "shao",
    "繁": "po",
    "句": "gou",
    "冼": "xian",
    "禚": "zhuo",
    "重": "chong",
    "柏": "bai",
    "长": "chang",
    "沈": "shen",
    "任": "ren",
    "华": "hua",
    "纪": "ji",
    "燕": "yan",
    "宁": "ning",
}


@lru_cache(maxsize=65536)
def syllables(name: str) -> tuple[str, ...]:
    """Tone-less pinyin syllables of a name, surname read as a surname; non-Han kept as is."""
    name = "".join(name.split())
    if not name:
        return ()
    for compound, reading in _COMPOUND_SURNAMES.items():
        if name.startswith(compound):
            return (*reading, *_plain(name[len(compound) :]))
    first = _SURNAMES.get(name[0])
    if first:
        return (first, *_plain(name[1:]))
    return _plain(name)


def _plain(text: str) -> tuple[str, ...]:
    """Han characters one by one (a given name is read character by character, and a few
    thousand characters cover every roster, so each is looked up once); other runs as they are."""
    found: list[str] = []
    other: list[str] = []
    for ch in text:
        if _is_han(ch):
            if other:
                found.append("".join(other).lower())
                other.clear()
            found.append(_han(ch))
        else:
            other.append(ch)
    if other:
        found.append("".join(other).lower())
    return tuple(found)


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ord(ch) >= 0x20000


# Characters whose most common reading is not the one they usually have in a given name.
_GIVEN_NAME_READINGS = {"长": "chang", "朝": "zhao", "重": "chong"}


@cache
def _han(ch: str) -> str:
    if ch in _GIVEN_NAME_READINGS:
        return _GIVEN_NAME_READINGS[ch]
    # pypinyin loads its dictionaries on import: only when a name is actually keyed. A single
    # character never needs its phrase dictionary and segmenter (0.3 s and 45 MB to load;
    # the readings of all 27,000 basic and extension-A characters are the same without):
    # its documented switches leave them out.
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin(ch, style=Style.NORMAL, errors="default")[0].lower()


def sort_key(name: str) -> str:
    """'zhang san': compares the way a pinyin-ordered roster reads."""
    return " ".join(syllables(name))


def initials(name: str) -> str:
    """'zs' for 张三."""
    return "".join(s[0] for s in syllables(name) if s)

"""Pinyin keys for Chinese names: the sort order Chinese users expect and initials search.

A name's key is computed once when it is saved (``name_pinyin``, ``name_initials`` columns),
so sorting and searching 100,000 members never calls pypinyin per row.
Surnames read differently from the same character elsewhere (单 shàn, 曾 zēng …) are fixed up.
"""

from __future__ import annotations

from functools import lru_cache

# Compound surnames first: they decide how the rest of the name splits.
_COMPOUND_SURNAMES = {
    "尉迟": ["yu", "chi"],
    "万俟": ["mo", "qi"],
    "长孙": ["zhang", "sun"],
    "澹台": ["tan", "tai"],
    "单于": ["chan", "yu"],
}
_SURNAMES = {
    "单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "朴": "piao", "查": "zha",
    "区": "ou", "盖": "ge", "乐": "yue", "覃": "qin", "缪": "miao", "翟": "zhai",
    "种": "chong", "秘": "bi", "折": "she", "员": "yun", "召": "shao", "繁": "po",
    "句": "gou", "冼": "xian", "禚": "zhuo", "重": "chong", "柏": "bai", "长": "chang",
    "沈": "shen", "任": "ren", "华": "hua", "纪": "ji", "燕": "yan", "宁": "ning",
}


@lru_cache(maxsize=65536)
def syllables(name: str) -> tuple[str, ...]:
    """Tone-less pinyin syllables of a name, surname read as a surname; non-Han kept as is."""
    name = "".join(name.split())
    if not name:
        return ()
    for compound, reading in _COMPOUND_SURNAMES.items():
        if name.startswith(compound):
            return (*reading, *_plain(name[len(compound):]))
    first = _SURNAMES.get(name[0])
    if first:
        return (first, *_plain(name[1:]))
    return _plain(name)


def _plain(text: str) -> tuple[str, ...]:
    if not text:
        return ()
    # pypinyin loads its dictionaries on import (~0.3 s): only when a name is actually keyed.
    from pypinyin import Style, lazy_pinyin

    return tuple(s.lower() for s in lazy_pinyin(text, style=Style.NORMAL, errors="default"))


def sort_key(name: str) -> str:
    """'zhang san': compares the way a pinyin-ordered roster reads."""
    return " ".join(syllables(name))


def initials(name: str) -> str:
    """'zs' for 张三."""
    return "".join(s[0] for s in syllables(name) if s)

"""Find the header row of a roster and map its columns onto member fields by their Chinese names.

Real rosters put a title (“XX团支部团员花名册”), a date line or merged cells above the headers,
and sometimes split a header over two rows (“联系方式” over “手机”/“邮箱”). The header is the row
among the first ``SCAN_ROWS`` that names the most known fields. A ``Mapping`` records which
column holds which field; it is plain data, saved as JSON keyed by the header's signature so the
same layout maps itself the next time.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from leaguedesk.core.fields import FIELDS_BY_KEY, MEMBER_FIELDS

SCAN_ROWS = 15
IGNORE = ""  # a column deliberately left out of the import (序号, or chosen by hand)

# Columns the importer knows besides MEMBER_FIELDS: the member's status and the branch column
# of a multi-branch roster (rows of other branches than the one imported into are left out).
EXTRA_LABELS = {"status": "团籍状态", "branch": "所在支部"}

# Synonyms per field, the most specific first: when two columns claim the same field, the one
# named by the earlier synonym wins and the other is left for the user to map.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "团员姓名", "名字", "学生姓名"),
    "id_type": ("证件类型", "身份证件类型"),
    "id_number": (
        "公民身份号码",
        "身份证号码",
        "身份证号",
        "公民身份证号码",
        "公民身份证号",
        "身份证件号码",
        "证件号码",
        "证件号",
        "身份证",
    ),
    "sex": ("性别",),
    "ethnicity": ("民族",),
    "birth_date": ("出生日期", "出生年月", "出生年月日", "出生时间", "生日"),
    "political_status": ("政治面貌", "政治身份"),
    "joined_on": ("入团年月", "入团时间", "入团日期", "入团年月日", "入团年份"),
    "development_no": ("发展团员编号", "团员发展编号", "团员编号"),
    "card_no": ("团员证号", "团员证编号", "团员证号码"),
    "fulltime_education": ("全日制学历",),
    "highest_education": ("最高学历", "学历", "文化程度"),
    "occupation": ("职业", "人员类别", "职业类别"),
    "workplace": (
        "学习工作单位",
        "工作学习单位",
        "工作单位",
        "单位",
        "学校",
        "所在单位",
        "就读学校",
        "单位名称",
        "工作单位或学校",
        "现工作单位",
        "现单位",
        "所在学校",
    ),
    "phone": ("手机号码", "手机号", "手机", "联系电话", "电话", "电话号码", "联系方式"),
    "email": ("电子邮箱", "邮箱", "电子邮件", "email", "e-mail", "邮件"),
    "household_registration": ("户籍所在地", "户籍地", "户口所在地", "户籍"),
    "group_id": ("团小组", "所在团小组", "小组"),
    "league_post": ("团内职务", "职务", "团内职务名称"),
    "post_since": ("任现职年月", "任现职时间", "任职时间", "任职年月"),
    "is_cadre": ("是否团干部", "团干部"),
    "party_joined_on": ("入党年月", "入党时间", "入党日期"),
    "volunteer_registered_on": ("注册志愿者时间", "志愿者注册时间", "注册志愿者年月"),
    "income_band": ("收入档", "收入档次", "月收入", "收入", "收入情况", "收入水平"),
    "notes": ("备注",),
    "status": ("团籍状态", "状态", "团员状态"),
    "branch": (
        "所在支部",
        "支部",
        "团支部",
        "支部名称",
        "所在团支部",
        "所在团组织",
        "团组织名称",
        "团组织",
    ),
}
IGNORED_LABELS = ("序号", "序", "no", "no.", "编号序号")

_PARENS = re.compile(r"[（(\[【].*?[)）\]】]")
_MARKS = re.compile(r"[*＊:：\s]")


def normalize_label(text: object) -> str:
    """'* 身份证号码（18位）' → '身份证号码': what synonym matching compares."""
    label = unicodedata.normalize("NFKC", str(text or ""))
    label = _PARENS.sub("", label)
    return _MARKS.sub("", label).lower()


def _build_index() -> dict[str, tuple[str, int]]:
    index: dict[str, tuple[str, int]] = {}
    for key, names in SYNONYMS.items():
        for rank, name in enumerate(names):
            index.setdefault(normalize_label(name), (key, rank))
    for f in MEMBER_FIELDS:  # the national label always works
        index.setdefault(normalize_label(f.label), (f.key, 0))
    for name in IGNORED_LABELS:
        index.setdefault(normalize_label(name), (IGNORE, 0))
    return index


_INDEX = _build_index()


def match_label(text: object) -> str | None:
    """The field key a header names, IGNORE for 序号, None when unknown."""
    found = _INDEX.get(normalize_label(text))
    return found[0] if found else None


def field_label(key: str) -> str:
    """The label LeagueDesk shows for a mappable key (MEMBER_FIELDS plus the extras)."""
    if key in FIELDS_BY_KEY:
        return FIELDS_BY_KEY[key].label
    return EXTRA_LABELS.get(key, key)


def mappable_keys() -> list[str]:
    return [f.key for f in MEMBER_FIELDS] + list(EXTRA_LABELS)


@dataclass(frozen=True)
class Mapping:
    """Which column (0-based) holds which field, and where the header sits (0-based rows)."""

    header_rows: tuple[int, ...]
    labels: dict[int, str]  # the header text of every non-empty header cell
    columns: dict[int, str] = field(default_factory=dict)  # column → field key or IGNORE

    @property
    def data_start(self) -> int:
        """Index of the first row below the header."""
        return max(self.header_rows) + 1

    @property
    def field_columns(self) -> dict[str, int]:
        return {key: col for col, key in sorted(self.columns.items()) if key != IGNORE}

    @property
    def unknown(self) -> list[int]:
        """Columns with a header that is neither mapped nor ignored: for the user to decide."""
        return [col for col in sorted(self.labels) if col not in self.columns]

    @property
    def signature(self) -> str:
        return layout_signature(self.labels)

    def with_column(self, column: int, key: str | None) -> Mapping:
        """Map ``column`` by hand: a field key, IGNORE, or None to forget the choice.

        A field already held by another column moves to this one.
        """
        if key not in (None, IGNORE) and key not in mappable_keys():
            raise ValueError(f"unknown field {key!r}")
        columns = {
            c: k
            for c, k in self.columns.items()
            if c != column and (key in (None, IGNORE) or k != key)
        }
        if key is not None:
            columns[column] = key
        return replace(self, columns=columns)

    def to_json(self) -> str:
        return json.dumps(
            {
                "version": 1,
                "header_rows": list(self.header_rows),
                "labels": {str(c): t for c, t in sorted(self.labels.items())},
                "columns": {str(c): k for c, k in sorted(self.columns.items())},
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> Mapping:
        data = json.loads(text)
        if data.get("version") != 1:
            raise ValueError("unknown mapping version")
        return cls(
            header_rows=tuple(int(r) for r in data["header_rows"]),
            labels={int(c): str(t) for c, t in data["labels"].items()},
            columns={int(c): str(k) for c, k in data["columns"].items()},
        )


def layout_signature(labels: dict[int, str]) -> str:
    """A short hash of the normalised header texts and their columns."""
    text = "|".join(f"{c}:{normalize_label(t)}" for c, t in sorted(labels.items()))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _matches(row: Sequence[object]) -> dict[int, tuple[str, int]]:
    found = {}
    for col, value in enumerate(row):
        if isinstance(value, str) and value.strip():
            hit = _INDEX.get(normalize_label(value))
            if hit is not None:
                found[col] = hit
    return found


def _score(found: dict[int, tuple[str, int]]) -> int:
    return len({key for key, _ in found.values() if key != IGNORE})


def detect_header(rows: Sequence[Sequence[object]], scan: int = SCAN_ROWS) -> Mapping | None:
    """Find the header among the first ``scan`` rows and map it; None if nothing looks like one.

    A header must name at least two known fields.
    """
    best_row, best_found = -1, {}
    for index, row in enumerate(rows[:scan]):
        found = _matches(row)
        if _score(found) > _score(best_found):
            best_row, best_found = index, found
    if _score(best_found) < 2:
        return None
    header_rows = (best_row,)
    labels = {c: _text(v) for c, v in enumerate(rows[best_row]) if _text(v)}
    matched = dict(best_found)
    if best_row + 1 < len(rows):  # a second header row: “联系方式” over “手机 | 邮箱”
        below = _matches(rows[best_row + 1])
        combined = dict(matched)
        combined.update(below)
        if below and _score(combined) > _score(matched):
            header_rows = (best_row, best_row + 1)
            for col, value in enumerate(rows[best_row + 1]):
                if _text(value):
                    labels[col] = _text(value)
            matched = combined
    return Mapping(header_rows=header_rows, labels=labels, columns=_resolve(matched))


def mapping_at(rows: Sequence[Sequence[object]], index: int) -> Mapping | None:
    """Row ``index`` (0-based) taken as the header, as a person chose it; None past the end."""
    if not 0 <= index < len(rows):
        return None
    labels = {c: _text(v) for c, v in enumerate(rows[index]) if _text(v)}
    return Mapping(header_rows=(index,), labels=labels, columns=_resolve(_matches(rows[index])))


def _resolve(matched: dict[int, tuple[str, int]]) -> dict[int, str]:
    """One column per field: the most specific synonym wins, then the leftmost column."""
    winners: dict[str, tuple[int, int]] = {}
    for col, (key, rank) in sorted(matched.items()):
        if key == IGNORE:
            continue
        if key not in winners or rank < winners[key][1]:
            winners[key] = (col, rank)
    # 学历 alone means the highest education; next to 最高学历 it is the full-time one.
    edu = [c for c, (k, r) in matched.items() if k == "highest_education"]
    if len(edu) > 1 and "fulltime_education" not in winners:
        loser = next(c for c in sorted(edu) if c != winners["highest_education"][0])
        winners["fulltime_education"] = (loser, 0)
    columns = {col: key for key, (col, _) in winners.items()}
    columns.update({col: IGNORE for col, (key, _) in matched.items() if key == IGNORE})
    return columns

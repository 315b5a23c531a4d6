"""Member records for tests: valid by default, with the one thing a test is about changed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from leaguedesk.core import idcard

TODAY = dt.date(2026, 6, 15)


def id_for(birth: dt.date, *, male: bool = True, area: str = "440106", serial: int = 12) -> str:
    """A valid citizen ID for the birth date and sex (serial picks among several)."""
    sequence = serial * 2 + (1 if male else 0)
    return idcard.make(area, birth, sequence)


def id_ending_in_x(birth: dt.date) -> str:
    for sequence in range(1, 999):
        number = idcard.make("110105", birth, sequence)
        if number.endswith("X"):
            return number
    raise AssertionError("no sequence gives X")


def member_values(
    *,
    birth: dt.date = dt.date(2004, 3, 10),
    male: bool = True,
    joined_on: str = "2019-05",
    serial: int = 12,
    **overrides: Any,
) -> dict[str, Any]:
    values: dict[str, Any] = {
        "name": "张三",
        "id_type": "居民身份证",
        "id_number": id_for(birth, male=male, serial=serial),
        "sex": "男" if male else "女",
        "ethnicity": "汉族",
        "birth_date": birth.isoformat(),
        "political_status": "共青团员",
        "joined_on": joined_on,
        "development_no": f"{joined_on[:4]}{serial:08d}",
        "card_no": "",
        "fulltime_education": "大学本科",
        "highest_education": "大学本科",
        "occupation": "学生",
        "workplace": "示范大学",
        "phone": "13800138000",
        "email": "zhangsan@example.com",
        "household_registration": "广东省广州市天河区",
        "group_id": None,
        "league_post": "",
        "post_since": None,
        "is_cadre": 0,
        "party_joined_on": None,
        "volunteer_registered_on": None,
        "income_band": "",
        "notes": "",
    }
    values.update(overrides)
    return values

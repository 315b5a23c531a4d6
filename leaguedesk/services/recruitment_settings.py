"""Recruitment settings kept in the league file: the rule numbers, the user's holiday calendar
(and whether years without one count weekends only), and each branch's yearly 发展名额."""

from __future__ import annotations

from typing import Any

from leaguedesk.core.recruitment import RecruitmentRules
from leaguedesk.core.workdays import NO_OVERRIDES, BadOverrides, HolidayOverrides
from leaguedesk.services import organisation as org
from leaguedesk.storage import recruitment as store
from leaguedesk.storage.leaguefile import LeagueFile

RULES_SETTING = "rules.recruitment"
HOLIDAYS_SETTING = "calendar.holidays"
FALLBACK_SETTING = "calendar.weekends_fallback"


def load_rules(league: LeagueFile) -> RecruitmentRules:
    stored = org.get_setting(league, RULES_SETTING, {})
    return RecruitmentRules.from_dict(stored if isinstance(stored, dict) else {})


def save_rules(league: LeagueFile, rules: RecruitmentRules) -> None:
    org.set_setting(league, RULES_SETTING, rules.to_dict())


def load_holidays(league: LeagueFile) -> HolidayOverrides:
    """The user's holiday calendar; an unreadable one counts as none (see holidays_problem)."""
    try:
        return HolidayOverrides.from_dict(_stored_holidays(league))
    except BadOverrides:
        return NO_OVERRIDES


def holidays_problem(league: LeagueFile) -> BadOverrides | None:
    try:
        HolidayOverrides.from_dict(_stored_holidays(league))
    except BadOverrides as problem:
        return problem
    return None


def _stored_holidays(league: LeagueFile) -> Any:
    stored = org.get_setting(league, HOLIDAYS_SETTING, {})
    return stored if isinstance(stored, dict) else {"holidays": stored}


def save_holidays(league: LeagueFile, overrides: HolidayOverrides) -> None:
    org.set_setting(league, HOLIDAYS_SETTING, overrides.to_dict())


def weekends_fallback(league: LeagueFile) -> bool:
    """Count 公示 periods by weekends alone (with a warning) in years without a calendar."""
    return bool(org.get_setting(league, FALLBACK_SETTING, False))


def set_weekends_fallback(league: LeagueFile, value: bool) -> None:
    org.set_setting(league, FALLBACK_SETTING, bool(value))


def quotas(league: LeagueFile, branch_id: int) -> dict[int, int]:
    """The branch's 发展名额 by year (years without one use ``RecruitmentRules.yearly_quota``)."""
    return store.quota_rows(league.db, branch_id)


def set_quota(league: LeagueFile, branch_id: int, year: int, quota: int | None) -> None:
    org.get_branch(league, branch_id)
    if quota is not None and quota < 0:
        raise ValueError(quota)
    with league.transaction() as db:
        store.set_quota(db, branch_id, year, quota)

"""The 两制 rules dialog: shows the file's rules, saves them, resets to the national defaults."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from fractions import Fraction

from leaguedesk.core.evaluation import EvaluationRules, SuggestMethod
from leaguedesk.core.recommendation import RecommendationRules
from leaguedesk.core.registration import RegistrationRules
from leaguedesk.gui.dialogs.two_systems_rules import TwoSystemsRulesDialog
from leaguedesk.gui.pages.two_systems import TwoSystemsPage
from leaguedesk.services import evaluation as ev
from leaguedesk.services import recommendation as rec
from leaguedesk.services import registration as reg
from tests.evaluation_branch import add_branch


def test_the_dialog_saves_the_main_values(qtbot, league):
    dialog = TwoSystemsRulesDialog(league)
    qtbot.addWidget(dialog)
    assert dialog.excellent_cap.value() == 30 and dialog.exclude_party.isChecked()
    assert (dialog.max_age.value(), dialog.valid_years.value()) == (28, 2)
    dialog.excellent_cap.setValue(25)
    dialog.method.setCurrentIndex(dialog.method.findData(SuggestMethod.MAJORITY))
    dialog.exclude_party.setChecked(False)
    dialog.defer_months.setValue(6)
    dialog.lapse_months.setValue(18)
    dialog.max_age.setValue(27)
    dialog.application_months.setValue(3)
    dialog.membership_months.setValue(24)
    dialog.valid_years.setValue(1)
    dialog.save()
    assert dialog.result() == TwoSystemsRulesDialog.DialogCode.Accepted
    evaluation = ev.load_rules(league)
    assert (evaluation.excellent_cap, evaluation.method, evaluation.exclude_party_members) == (
        Fraction(1, 4), SuggestMethod.MAJORITY, False)
    assert evaluation.reevaluate_max_months == 6  # values not in the dialog are kept
    registration = reg.load_rules(league)
    assert (registration.defer_default_months, registration.lapse_months) == (6, 18)
    assert rec.load_rules(league) == replace(
        RecommendationRules(), max_age=27, application_min_months=3, membership_min_months=24,
        valid_years=1)


def test_reset_fills_in_the_national_defaults(qtbot, league):
    ev.save_rules(league, replace(EvaluationRules(), excellent_cap=Fraction(1, 5)))
    reg.save_rules(league, replace(RegistrationRules(), lapse_months=24))
    dialog = TwoSystemsRulesDialog(league)
    qtbot.addWidget(dialog)
    assert (dialog.excellent_cap.value(), dialog.lapse_months.value()) == (20, 24)
    dialog.reset()
    assert (dialog.excellent_cap.value(), dialog.lapse_months.value()) == (30, 15)
    assert ev.load_rules(league).excellent_cap == Fraction(1, 5)  # stored only on 保存
    dialog.save()
    assert ev.load_rules(league) == EvaluationRules()
    assert reg.load_rules(league) == RegistrationRules()


def test_the_page_follows_the_saved_cap(qtbot, league, make_session, monkeypatch):
    add_branch(league)
    page = TwoSystemsPage(make_session(league), today=dt.date(2026, 1, 12))
    qtbot.addWidget(page)
    page.evaluation.open_round()
    assert "上限 30% 即 3 人" in page.evaluation.share_label.text()

    def accept(dialog):
        dialog.excellent_cap.setValue(20)
        dialog.save()
        return True

    monkeypatch.setattr(TwoSystemsRulesDialog, "exec", accept)
    page.rules_button.click()
    assert "上限 20% 即 2 人" in page.evaluation.share_label.text()

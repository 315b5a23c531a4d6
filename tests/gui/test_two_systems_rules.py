"""The 两制 rules dialog: shows the file's rules, saves them, resets to the national defaults."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from fractions import Fraction

from leaguedesk.core.evaluation import EvaluationRules, Grade, SuggestMethod
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
        Fraction(1, 4),
        SuggestMethod.MAJORITY,
        False,
    )
    assert evaluation.thresholds == EvaluationRules().thresholds  # untouched values kept
    registration = reg.load_rules(league)
    assert (registration.defer_default_months, registration.lapse_months) == (6, 18)
    assert rec.load_rules(league) == replace(
        RecommendationRules(),
        max_age=27,
        application_min_months=3,
        membership_min_months=24,
        valid_years=1,
    )


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


def test_points_thresholds_and_the_reevaluation_window_are_saved(qtbot, league):
    dialog = TwoSystemsRulesDialog(league)
    qtbot.addWidget(dialog)
    assert [dialog.points[g].value() for g in Grade] == [3, 2, 1, 0]
    assert dialog.thresholds[Grade.EXCELLENT].value() == 2.5
    dialog.points[Grade.EXCELLENT].setValue(5)
    dialog.thresholds[Grade.EXCELLENT].setValue(4.25)
    dialog.reevaluate_min.setValue(4)
    dialog.reevaluate_max.setValue(5)
    dialog.save()
    assert dialog.result() == TwoSystemsRulesDialog.DialogCode.Accepted
    rules = ev.load_rules(league)
    assert rules.points[Grade.EXCELLENT] == 5
    assert rules.thresholds[Grade.EXCELLENT] == Fraction(17, 4)
    assert (rules.reevaluate_min_months, rules.reevaluate_max_months) == (4, 5)


def test_points_and_thresholds_are_switched_off_for_the_majority_method(qtbot, league):
    dialog = TwoSystemsRulesDialog(league)
    qtbot.addWidget(dialog)
    dialog.method.setCurrentIndex(dialog.method.findData(SuggestMethod.MAJORITY))
    assert not dialog.points[Grade.PASS].isEnabled()
    assert not dialog.thresholds[Grade.PASS].isEnabled()
    dialog.method.setCurrentIndex(dialog.method.findData(SuggestMethod.POINTS))
    assert dialog.thresholds[Grade.PASS].isEnabled()


def test_rules_that_contradict_themselves_are_refused_with_a_reason(qtbot, league):
    dialog = TwoSystemsRulesDialog(league)
    qtbot.addWidget(dialog)
    dialog.points[Grade.FAIL].setValue(9)
    dialog.save()
    assert "从高到低" in dialog.problem.text()
    assert ev.load_rules(league) == EvaluationRules()  # nothing stored
    dialog.points[Grade.FAIL].setValue(0)
    dialog.thresholds[Grade.BASIC].setValue(3)
    dialog.save()
    assert "平均分标准" in dialog.problem.text()
    dialog.thresholds[Grade.BASIC].setValue(0.5)
    dialog.reevaluate_min.setValue(7)
    dialog.reevaluate_max.setValue(6)
    dialog.save()
    assert "最短期限" in dialog.problem.text()
    assert ev.load_rules(league) == EvaluationRules()
    dialog.reevaluate_min.setValue(3)
    dialog.save()
    assert dialog.problem.text() == ""
    assert dialog.result() == TwoSystemsRulesDialog.DialogCode.Accepted

"""The tally grid's model: a sound Qt model, live totals, suggestions, ties and highlights."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import Qt

from leaguedesk.core.evaluation import EvaluationRules, Grade, SuggestMethod, Tally
from leaguedesk.gui.tally_model import (
    ATTENDANCE,
    COMMITTEE,
    DIFFERS_BACKGROUND,
    EXCELLENT,
    FAIL,
    MISMATCH_BACKGROUND,
    SUGGESTED,
    TOTAL,
    TallyModel,
    TallyRow,
)


def _model(rules: EvaluationRules | None = None) -> tuple[TallyModel, list]:
    saved: list = []
    model = TallyModel()
    model.save_tally = lambda entry_id, tally: saved.append((entry_id, tally))
    model.save_grade = lambda entry_id, grade: saved.append((entry_id, grade))
    rows = [
        TallyRow(1, "张三", [4, 4, 1, 0]),
        TallyRow(2, "李四", [0, 0, 0, 0], rate=Fraction(5, 6)),
    ]
    model.load(rows, ballots=9, rules=rules or EvaluationRules(), read_only=False)
    return model, saved


def test_model_passes_the_qt_model_checks(qtmodeltester):
    model, _saved = _model()
    qtmodeltester.check(model, force_py=True)


def test_votes_are_saved_and_totals_follow(qtbot):
    model, saved = _model()
    with qtbot.waitSignal(model.totals_changed):
        assert model.setData(model.index(1, EXCELLENT), "7")
    assert saved == [(2, Tally(7, 0, 0, 0))]
    assert model.index(1, TOTAL).data() == "7 / 9"
    assert model.index(1, TOTAL).data(Qt.ItemDataRole.BackgroundRole) == MISMATCH_BACKGROUND
    assert not model.setData(model.index(1, FAIL), "x")
    assert not model.setData(model.index(1, FAIL), -1)
    assert model.index(0, ATTENDANCE).data() == "—" and model.index(1, ATTENDANCE).data() == "83%"


def test_a_majority_tie_is_shown_as_such():
    model, _saved = _model(EvaluationRules(method=SuggestMethod.MAJORITY))
    assert model.index(0, SUGGESTED).data() == "合格（并列）"
    assert "并列" in model.index(0, SUGGESTED).data(Qt.ItemDataRole.ToolTipRole)


def test_committee_grade_differing_from_the_suggestion_is_marked(qtbot):
    model, saved = _model()
    assert model.index(0, SUGGESTED).data() == "合格"  # points: (12 + 8 + 1) / 9 = 2.33
    assert model.setData(model.index(0, COMMITTEE), "基本合格")
    assert saved[-1] == (1, Grade.BASIC)
    assert model.index(0, COMMITTEE).data(Qt.ItemDataRole.BackgroundRole) == DIFFERS_BACKGROUND
    assert model.excellent_count() == 0 and model.excellent_cap() == 0


def test_a_closed_round_is_read_only():
    model = TallyModel()
    model.load(
        [TallyRow(1, "张三", [9, 0, 0, 0], Grade.EXCELLENT)],
        ballots=9,
        rules=EvaluationRules(),
        read_only=True,
    )
    assert not model.flags(model.index(0, EXCELLENT)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, EXCELLENT), 3)

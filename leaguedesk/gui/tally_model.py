"""The tally grid's model: members × grades (votes), the row total against the ballots, the
suggested grade computed live, the committee's grade and the member's attendance rate.

Rows are plain values held in memory (a branch has tens of members); every edit is handed to
``save_tally`` / ``save_grade`` (the page calls the evaluation service there), so the file is
always up to date and nothing waits for a 保存 button.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from leaguedesk.core.evaluation import (
    DEFAULT_RULES,
    GRADES,
    EvaluationRules,
    Grade,
    Suggestion,
    Tally,
    excellent_cap_count,
    row_matches,
    suggest,
)
from leaguedesk.gui import two_systems_labels as labels

NAME, EXCELLENT, PASS, BASIC, FAIL, TOTAL, SUGGESTED, COMMITTEE, ATTENDANCE = range(9)
VOTE_COLUMNS = (EXCELLENT, PASS, BASIC, FAIL)
COLUMN_COUNT = 9
MAX_VOTES = 9999
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_HEADERS = (
    QT_TRANSLATE_NOOP("TallyModel", "姓名"),
    QT_TRANSLATE_NOOP("TallyModel", "优秀"),
    QT_TRANSLATE_NOOP("TallyModel", "合格"),
    QT_TRANSLATE_NOOP("TallyModel", "基本合格"),
    QT_TRANSLATE_NOOP("TallyModel", "不合格"),
    QT_TRANSLATE_NOOP("TallyModel", "合计"),
    QT_TRANSLATE_NOOP("TallyModel", "建议等次"),
    QT_TRANSLATE_NOOP("TallyModel", "支委会意见"),
    QT_TRANSLATE_NOOP("TallyModel", "出勤率"),
)
MISMATCH_BACKGROUND = QColor("#fde2e1")
MISMATCH_TEXT = QColor("#b3261e")
DIFFERS_BACKGROUND = QColor("#fff4d6")
GREY = QColor("#777777")
Index = QModelIndex | QPersistentModelIndex


@dataclass
class TallyRow:
    entry_id: int
    name: str
    votes: list[int]
    committee: Grade | None = None
    rate: Fraction | None = None
    ballots: int | None = None  # this row's own number of ballots (None: the round's)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def tally(self) -> Tally:
        return Tally(*self.votes)


class TallyModel(QAbstractTableModel):
    """Rows of a round; vote cells and the committee column are editable until it closes."""

    totals_changed = Signal()  # a vote or a grade changed: shares and problems need redrawing

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[TallyRow] = []
        self.ballots = 0
        self.rules: EvaluationRules = DEFAULT_RULES
        self.read_only = False
        self.save_tally: Callable[[int, Tally], None] | None = None
        self.save_grade: Callable[[int, Grade | None], None] | None = None

    # Loading -----------------------------------------------------------------------------
    def load(
        self, rows: Sequence[TallyRow], *, ballots: int, rules: EvaluationRules, read_only: bool
    ) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.ballots = ballots
        self.rules = rules
        self.read_only = read_only
        self.endResetModel()
        self.totals_changed.emit()

    def set_ballots(self, ballots: int) -> None:
        self.ballots = ballots
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, TOTAL))
        self.totals_changed.emit()

    # Facts the page shows ----------------------------------------------------------------
    def suggestion(self, row: int) -> Suggestion | None:
        return suggest(self.rows[row].tally, self.rules)

    def row_ballots(self, row: int) -> int:
        own = self.rows[row].ballots
        return self.ballots if own is None else own

    def mismatched_rows(self) -> list[int]:
        """Rows with votes typed in that do not add up to the ballots."""
        return [r for r in range(len(self.rows)) if self._mismatch(r)]

    def empty_rows(self) -> list[int]:
        return [r for r in range(len(self.rows)) if self.rows[r].tally.total == 0]

    def _mismatch(self, r: int) -> bool:
        # A row not typed yet is not highlighted (it is counted apart); closing checks it too.
        tally = self.rows[r].tally
        return tally.total > 0 and not row_matches(tally, self.row_ballots(r))

    def excellent_count(self) -> int:
        return sum(row.committee is Grade.EXCELLENT for row in self.rows)

    def excellent_cap(self) -> int:
        return excellent_cap_count(len(self.rows), self.rules)

    def ungraded(self) -> int:
        return sum(row.committee is None for row in self.rows)

    # Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("TallyModel", _HEADERS[section])
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only and index.column() in (*VOTE_COLUMNS, COMMITTEE):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(index.row(), column, role == Qt.ItemDataRole.EditRole)
        if role == ENTRY_ID_ROLE:
            return row.entry_id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return (
                Qt.AlignmentFlag.AlignCenter
                if column != NAME
                else (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            )
        mismatch = self._mismatch(index.row())
        if role == Qt.ItemDataRole.BackgroundRole:
            if mismatch and column in (*VOTE_COLUMNS, TOTAL):
                return MISMATCH_BACKGROUND
            if column == COMMITTEE and self._differs(index.row()):
                return DIFFERS_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == TOTAL and mismatch:
                return MISMATCH_TEXT
            if column in (SUGGESTED, ATTENDANCE):
                return GREY
        if role == Qt.ItemDataRole.FontRole and column == TOTAL and mismatch:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index.row(), column, mismatch)
        return None

    def _text(self, r: int, column: int, editing: bool) -> Any:
        row = self.rows[r]
        if column == NAME:
            return row.name
        if column in VOTE_COLUMNS:
            votes = row.votes[VOTE_COLUMNS.index(column)]
            return votes if editing else (str(votes) if votes or row.tally.total else "")
        if column == TOTAL:
            return (
                f"{row.tally.total} / {self.row_ballots(r)}"
                if self.row_ballots(r)
                else str(row.tally.total)
            )
        if column == SUGGESTED:
            found = self.suggestion(r)
            if found is None:
                return ""
            text = labels.grade(found.grade.value)
            tie = QCoreApplication.translate("TallyModel", "（并列）")
            return text + tie if found.tied else text
        if column == COMMITTEE:
            return "" if row.committee is None else labels.grade(row.committee.value)
        if column == ATTENDANCE:
            return "—" if row.rate is None else f"{float(row.rate) * 100:.0f}%"
        return None

    def _differs(self, r: int) -> bool:
        found, chosen = self.suggestion(r), self.rows[r].committee
        return found is not None and chosen is not None and found.grade is not chosen

    def _tooltip(self, r: int, column: int, mismatch: bool) -> str | None:
        if mismatch and column in (*VOTE_COLUMNS, TOTAL):
            text = QCoreApplication.translate(
                "TallyModel", "合计{total}票，与测评票张数{ballots}张不符"
            )
            return text.format(total=self.rows[r].tally.total, ballots=self.row_ballots(r))
        if column == SUGGESTED:
            found = self.suggestion(r)
            if found is not None and found.score is not None:
                text = QCoreApplication.translate(
                    "TallyModel",
                    "平均分 {score:.2f}（优秀{a}分、合格{b}分、基本合格{c}分、不合格{d}分）",
                )
                a, b, c, d = (self.rules.points[g] for g in GRADES)
                return text.format(score=float(found.score), a=a, b=b, c=c, d=d)
            if found is not None and found.tied:
                return QCoreApplication.translate(
                    "TallyModel", "得票并列，建议取较低等次，请支委会研究确定"
                )
        if column == COMMITTEE and self._differs(r):
            return QCoreApplication.translate("TallyModel", "与建议等次不同")
        if column == ATTENDANCE and self.rows[r].rate is None:
            return QCoreApplication.translate("TallyModel", "记录会议考勤后显示本年度出勤率")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self.read_only or not index.isValid():
            return False
        row, column = self.rows[index.row()], index.column()
        if column in VOTE_COLUMNS:
            try:
                votes = int(str(value).strip() or 0)
            except ValueError:
                return False
            if not 0 <= votes <= MAX_VOTES:
                return False
            slot = VOTE_COLUMNS.index(column)
            if row.votes[slot] == votes:
                return True
            row.votes[slot] = votes
            if self.save_tally is not None:
                self.save_tally(row.entry_id, row.tally)
            self.dataChanged.emit(
                self.index(index.row(), 0), self.index(index.row(), COLUMN_COUNT - 1)
            )
            self.totals_changed.emit()
            return True
        if column == COMMITTEE:
            grade = value if isinstance(value, Grade) or value is None else _grade(value)
            if grade is False:
                return False
            row.committee = grade  # type: ignore[assignment]
            if self.save_grade is not None:
                self.save_grade(row.entry_id, row.committee)
            self.dataChanged.emit(index, index)
            self.totals_changed.emit()
            return True
        return False

    def set_grades(self, grades: dict[int, Grade | None]) -> None:
        """Committee grades set elsewhere (采用建议等次), by entry id; nothing is saved here."""
        for row in self.rows:
            if row.entry_id in grades:
                row.committee = grades[row.entry_id]
        if self.rows:
            self.dataChanged.emit(
                self.index(0, COMMITTEE), self.index(len(self.rows) - 1, COMMITTEE)
            )
        self.totals_changed.emit()


def _grade(value: Any) -> Grade | bool | None:
    """A grade from a combobox (its value or its label); False when not one."""
    text = str(value or "").strip()
    if not text:
        return None
    for grade in GRADES:
        if text in (grade.value, labels.grade(grade.value)):
            return grade
    return False

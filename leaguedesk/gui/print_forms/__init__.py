"""The printable forms of the 打印 page: each is an options panel that knows how to print itself.

A form plugs into the page with one ``FormEntry`` in ``leaguedesk.gui.pages.printing.FORMS``.
Its panel (a ``FormOptions``) shows the choices, remembers them (``state``/``restore``, kept
per form in the settings), follows the branch (``set_branch``) and, on 预览, reads what it
needs from the league file on the UI thread (``prepare``) and hands back a ``PrintJob`` whose
``render`` writes the PDF off the UI thread without touching the database. Panels import the
``leaguedesk.printing`` renderers inside ``prepare``: reportlab is loaded on the first 预览, not
when the window starts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from leaguedesk.core.meetings import COMMITTEE_POSTS, AttendeeOrder, MeetingKind
from leaguedesk.core.organisation import Branch
from leaguedesk.printing.errors import PrintError, PrintProblem
from leaguedesk.services import attendees as att
from leaguedesk.services import members
from leaguedesk.storage.leaguefile import LeagueFile

if TYPE_CHECKING:  # reportlab loads when a form is first printed, not when the window opens
    from leaguedesk.printing.layout import PrintResult

CONTEXT = "PrintForms"
MAX_PICKER_MEMBERS = 300  # bigger branches offer the committee only; any name can be typed

# Meeting kinds as the window shows them (the stored value is the Chinese name itself).
KIND_LABELS: dict[MeetingKind, str] = {
    MeetingKind.BRANCH_ASSEMBLY: QT_TRANSLATE_NOOP("PrintForms", "支部大会"),
    MeetingKind.COMMITTEE: QT_TRANSLATE_NOOP("PrintForms", "支部委员会"),
    MeetingKind.GROUP: QT_TRANSLATE_NOOP("PrintForms", "团小组会"),
    MeetingKind.LECTURE: QT_TRANSLATE_NOOP("PrintForms", "团课"),
    MeetingKind.THEME_DAY: QT_TRANSLATE_NOOP("PrintForms", "主题团日"),
    MeetingKind.LIFE_MEETING: QT_TRANSLATE_NOOP("PrintForms", "组织生活会"),
    MeetingKind.OTHER: QT_TRANSLATE_NOOP("PrintForms", "其他"),
}
_TIME = re.compile(r"^\s*(\d{1,2})\s*[:：.]\s*(\d{2})\s*$")
_UNSAFE_IN_NAME = re.compile(r'[\\/:*?"<>|\s]+')


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class OptionsProblem(Exception):
    """The chosen options cannot make a form; the message is already in the user's words."""


@dataclass(frozen=True)
class PrintJob:
    """A form ready to print: ``render`` writes it to a PDF path (runs off the UI thread)."""

    render: Callable[[Path], PrintResult]
    file_name: str  # suggested for 另存为 PDF, e.g. "第1团支部-支部大会签到表-2026-12-01.pdf"
    summary: str = ""  # shown under the preview, e.g. "应到 20 人"


@dataclass(frozen=True)
class FormEntry:
    """One form on the 打印 page: its key (settings), name, one-line description and panel."""

    key: str
    title: str  # QT_TRANSLATE_NOOP("PrintForms", ...)
    description: str  # QT_TRANSLATE_NOOP("PrintForms", ...)
    options: Callable[[], FormOptions]


def file_name(*parts: str) -> str:
    """A file name from its parts, without characters Windows refuses: "a-b-c.pdf"."""
    cleaned = [_UNSAFE_IN_NAME.sub("_", p.strip()).strip("_") for p in parts if p and p.strip()]
    return "-".join(cleaned) + ".pdf"


def parse_time(text: str) -> str:
    """'19:00', '7：30' → 'HH:MM'; '' stays ''; PrintError(BAD_DATE) for anything else."""
    if not text.strip():
        return ""
    match = _TIME.match(text)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise PrintError(PrintProblem.BAD_DATE, value=text.strip())
    return f"{int(match[1]):02d}:{match[2]}"


def from_iso(text: object, default: QDate) -> QDate:
    parsed = QDate.fromString(str(text or ""), "yyyy-MM-dd")
    return parsed if parsed.isValid() else default


class FormOptions(QWidget):
    """The options panel of one form. Subclasses fill ``self.form`` and implement the hooks."""

    changed = Signal()  # an option changed: the page remembers it and marks the preview stale

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.league: LeagueFile | None = None
        self.branch_id: int | None = None
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setVerticalSpacing(9)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    # Hooks --------------------------------------------------------------------------------
    def set_branch(self, league: LeagueFile | None, branch_id: int | None) -> None:
        """The branch to print for changed (or its members did): refill pickers."""
        self.league = league
        self.branch_id = branch_id

    def state(self) -> dict[str, Any]:
        """The options as plain JSON data, remembered per form."""
        return {}

    def restore(self, state: dict[str, Any]) -> None:
        """Put back options from ``state`` (keys may be missing or stale: ignore those)."""

    def prepare(self, league: LeagueFile, branch: Branch) -> PrintJob:
        """Read what the form needs (UI thread) and return the job that renders it."""
        raise NotImplementedError

    # Shared widgets -----------------------------------------------------------------------
    def _notify(self, *_args: object) -> None:
        self.changed.emit()

    def kind_box(self, default: MeetingKind) -> QComboBox:
        box = QComboBox()
        for kind, label in KIND_LABELS.items():
            box.addItem(translate(label), kind.value)
        box.setCurrentIndex(box.findData(default.value))
        box.currentIndexChanged.connect(self._notify)
        return box

    def group_box(self) -> QComboBox:
        box = QComboBox()
        box.setMinimumContentsLength(8)
        box.currentIndexChanged.connect(self._notify)
        return box

    def fill_groups(self, box: QComboBox) -> None:
        """The branch's 团小组 into ``box``, keeping the chosen one where it still exists."""
        chosen = box.currentText()
        box.blockSignals(True)
        box.clear()
        if self.league is not None and self.branch_id is not None:
            for group_id, name in members.groups(self.league, self.branch_id):
                box.addItem(name, group_id)
        if box.count() == 0:
            box.addItem(QCoreApplication.translate("PrintForms", "（本支部没有团小组）"), None)
        box.setCurrentIndex(max(0, box.findText(chosen)))
        box.blockSignals(False)

    def order_choice(self) -> tuple[QWidget, QButtonGroup]:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        group = QButtonGroup(row)
        labels = (
            QCoreApplication.translate("PrintForms", "按姓名拼音"),
            QCoreApplication.translate("PrintForms", "按团小组"),
        )
        for number, text in enumerate(labels):
            button = QRadioButton(text)
            group.addButton(button, number)
            layout.addWidget(button)
        layout.addStretch(1)
        group.button(0).setChecked(True)
        group.idToggled.connect(lambda _id, on: on and self._notify())
        return row, group

    @staticmethod
    def order_of(group: QButtonGroup) -> AttendeeOrder:
        return AttendeeOrder.GROUP if group.checkedId() == 1 else AttendeeOrder.PINYIN

    @staticmethod
    def restore_kind_and_group(kind: QComboBox, group: QComboBox, state: dict[str, Any]) -> None:
        """Choose the remembered meeting kind and 团小组 where they are still offered."""
        index = kind.findData(state.get("kind"))
        if index >= 0:
            kind.setCurrentIndex(index)
        found = group.findText(str(state.get("group", "")))
        if found >= 0:
            group.setCurrentIndex(found)

    @staticmethod
    def set_order(group: QButtonGroup, value: object) -> None:
        group.button(1 if value == AttendeeOrder.GROUP.value else 0).setChecked(True)

    def blank_rows_box(self, default: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, 200)
        box.setValue(default)
        box.setSuffix(QCoreApplication.translate("PrintForms", " 行"))
        box.valueChanged.connect(self._notify)
        return box

    def member_picker(self) -> QComboBox:
        """A name from the branch (committee first) or any text typed in."""
        box = QComboBox()
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.setMinimumContentsLength(8)
        line = box.lineEdit()
        line.setPlaceholderText(
            QCoreApplication.translate("PrintForms", "选择或输入姓名；留空则打印横线")
        )
        line.setClearButtonEnabled(True)
        box.editTextChanged.connect(self._notify)
        return box

    def fill_member_picker(self, box: QComboBox) -> None:
        text = box.currentText()
        box.blockSignals(True)
        box.clear()
        if self.league is not None and self.branch_id is not None:
            committee = att.expected_attendees(self.league, self.branch_id, MeetingKind.COMMITTEE)
            committee.sort(
                key=lambda p: (
                    COMMITTEE_POSTS.index(p.post)
                    if p.post in COMMITTEE_POSTS
                    else len(COMMITTEE_POSTS)
                )
            )
            everyone = att.expected_attendees(
                self.league, self.branch_id, MeetingKind.BRANCH_ASSEMBLY
            )
            if len(everyone) > MAX_PICKER_MEMBERS:
                everyone = []
            for person in committee:
                box.addItem(person.name)
                box.setItemData(box.count() - 1, person.post, Qt.ItemDataRole.ToolTipRole)
            if committee:
                box.insertSeparator(box.count())
            listed = {p.name for p in committee}
            for person in everyone:
                if person.name not in listed:
                    box.addItem(person.name)
        box.setEditText(text)
        box.blockSignals(False)

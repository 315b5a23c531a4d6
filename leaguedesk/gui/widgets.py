"""Small widget pieces the dialogs and pages share: date fields, date conversions, the 保存 / 取消
buttons of a form and the grey note a list shows when it has nothing else to show."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QListWidget

DATE_FORMAT = "yyyy-MM-dd"


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def date_edit(day: dt.date | None = None, *, name: str = "") -> QDateEdit:
    """A date field with a calendar popup, showing ISO dates; set to ``day`` when given.

    ``name`` becomes the object name (tests and style sheets find the field by it).
    """
    edit = QDateEdit()
    if name:
        edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    if day is not None:
        edit.setDate(qdate(day))
    return edit


def add_note(view: QListWidget, text: str) -> None:
    """A grey line in ``view`` that says why it lists nothing (not an entry to act on)."""
    view.addItem(text)
    view.item(view.count() - 1).setForeground(Qt.GlobalColor.gray)


def save_cancel_buttons(
    on_save: Callable[[], object], on_cancel: Callable[[], object]
) -> QDialogButtonBox:
    """A form's 保存 and 取消 buttons, worded by LeagueDesk's own catalogue (not Qt's)."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(
        QCoreApplication.translate("FormButtons", "保存")
    )
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("FormButtons", "取消")
    )
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(on_cancel)
    return buttons

"""Options of the printed 团员花名册: the order of the members."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from leaguedesk.core.meetings import AttendeeOrder
from leaguedesk.core.organisation import Branch
from leaguedesk.gui.print_forms import FormOptions, PrintJob, file_name
from leaguedesk.services.roster_print import roster_entries
from leaguedesk.storage.leaguefile import LeagueFile


class RosterOptions(FormOptions):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        order_row, self.order = self.order_choice()
        self.form.addRow(self.tr("排列顺序："), order_row)
        note = QLabel(
            self.tr(
                "列出团籍正常的团员，横向A4纸。花名册含手机号码（供报送上级团委），不含身份证号码。"
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        self.form.addRow(note)

    def state(self) -> dict[str, Any]:
        return {"order": self.order_of(self.order).value}

    def restore(self, state: dict[str, Any]) -> None:
        self.set_order(self.order, state.get("order"))

    def prepare(self, league: LeagueFile, branch: Branch) -> PrintJob:
        from leaguedesk.printing import roster_sheet as sheet

        order = self.order_of(self.order)
        entries = roster_entries(league, branch.id, order)
        spec = sheet.RosterSpec(branch=branch.display_name, grouped=order is AttendeeOrder.GROUP)
        return PrintJob(
            lambda path: sheet.render_roster(spec, entries, path),
            file_name(branch.name, "团员花名册", dt.date.today().isoformat()),
            self.tr("在册团员 {n} 人").format(n=len(entries)),
        )

"""发展团员: every applicant on a board by stage, with the next step, its dates and problems.

Each of the five stages is a column of cards; overdue steps are marked red, problems found in
what is recorded are listed on the card. "下一步…" opens the form of the step the applicant
needs next, "时间线" all 15 steps. Forms print to a temporary PDF that opens in the system's
viewer (rendered off the UI thread).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leaguedesk.gui import pdf_open
from leaguedesk.gui.dialogs.applicant_form import ApplicantDialog
from leaguedesk.gui.dialogs.recruit_rules import RecruitRulesDialog
from leaguedesk.gui.dialogs.recruit_step import RecruitStepDialog
from leaguedesk.gui.dialogs.recruit_timeline import TimelineDialog
from leaguedesk.gui.issues import ERROR_COLOUR, WARNING_COLOUR
from leaguedesk.gui.session import Session
from leaguedesk.messages.recruitment import (
    recruitment_error,
    recruitment_finding,
    stage_name,
    step_field,
    step_name,
)
from leaguedesk.services import recruitment as rs
from leaguedesk.services import recruitment_board as board
from leaguedesk.services.recruitment_records import RecruitmentError

CHINESE_NUMBERS = "一二三四五"
CARD_STYLE = (
    "QFrame#card {{ background: {background}; border: 1px solid {border}; "
    "border-left: 4px solid {edge}; border-radius: 6px; }}"
)


class ApplicantCard(QFrame):
    """One applicant on the board: name, next step, its dates, problems, two actions."""

    def __init__(self, state: board.Progress, page: RecruitmentPage, *, show_branch: bool):
        super().__init__()
        self.state = state
        self.applicant_id = state.applicant.id
        self.setObjectName("card")
        a, upcoming = state.applicant, state.next
        errors = [f for _code, f in state.problems if f.blocks]
        edge = (
            ERROR_COLOUR.name()
            if state.overdue or errors
            else (WARNING_COLOUR.name() if state.problems else "#8c959f")
        )
        background = "#fdecea" if state.overdue else "#ffffff"
        self.setStyleSheet(CARD_STYLE.format(background=background, border="#d0d7de", edge=edge))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 8, 8)
        layout.setSpacing(3)
        age = a.age(page.today)
        facts = "，".join(x for x in (a.sex, self.tr("{n}岁").format(n=age) if age else "") if x)
        title = QLabel(f"<b>{a.name}</b>　<span style='color:#666'>{facts}</span>")
        layout.addWidget(title)
        if show_branch:
            branch = QLabel(a.branch_name)
            branch.setStyleSheet("color: #666;")
            layout.addWidget(branch)
        self.next_label = QLabel(
            self.tr("下一步：{step}").format(step=step_name(upcoming.step.code))
            if upcoming.step
            else self.tr("已完成")
        )
        layout.addWidget(self.next_label)
        self.date_label = QLabel(self._dates(state))
        self.date_label.setWordWrap(True)
        if state.overdue:
            self.date_label.setStyleSheet(f"color: {ERROR_COLOUR.name()}; font-weight: bold;")
        layout.addWidget(self.date_label)
        if upcoming.missing:
            missing = QLabel(
                self.tr("待填：{fields}").format(
                    fields="、".join(step_field(m) for m in upcoming.missing)
                )
            )
            missing.setStyleSheet("color: #666;")
            missing.setWordWrap(True)
            layout.addWidget(missing)
        self.problem_labels = []
        for code, found in state.problems[:2]:
            label = QLabel(
                f"{'✖' if found.blocks else '⚠'} {step_name(code)}：{recruitment_finding(found)}"
            )
            label.setWordWrap(True)
            colour = ERROR_COLOUR if found.blocks else WARNING_COLOUR
            label.setStyleSheet(f"color: {colour.name()};")
            layout.addWidget(label)
            self.problem_labels.append(label)
        if len(state.problems) > 2:
            more = QLabel(self.tr("另有 {n} 项问题，见时间线").format(n=len(state.problems) - 2))
            more.setStyleSheet(f"color: {ERROR_COLOUR.name()};")
            layout.addWidget(more)
        buttons = QHBoxLayout()
        self.next_button = QPushButton(self.tr("下一步…"))
        self.next_button.setEnabled(upcoming.step is not None)
        self.next_button.clicked.connect(lambda: page.record_next(self.applicant_id))
        self.timeline_button = QPushButton(self.tr("时间线"))
        self.timeline_button.clicked.connect(lambda: page.show_timeline(self.applicant_id))
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.timeline_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def _dates(self, state: board.Progress) -> str:
        upcoming = state.next
        parts = []
        if upcoming.due_date:
            parts.append(self.tr("截止 {day}").format(day=upcoming.due_date.isoformat()))
        if upcoming.earliest and not upcoming.overdue:
            parts.append(self.tr("最早 {day}").format(day=upcoming.earliest.isoformat()))
        text = "\n".join(parts)
        if upcoming.overdue:
            text += self.tr("（已逾期）")
        return text


class StageColumn(QFrame):
    """One stage: its name, how many are in it (and overdue), and their cards."""

    def __init__(self, number: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.number = number
        self.setObjectName(f"stage{number}")
        self.setStyleSheet(f"QFrame#stage{number} {{ background: #f3f4f6; border-radius: 6px; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setStyleSheet("font-size: 11pt;")
        layout.addWidget(self.header)
        self.cards_box = QWidget()
        self.cards_layout = QVBoxLayout(self.cards_box)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.setSpacing(6)
        self.cards_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.cards_box)
        layout.addWidget(scroll, 1)
        self.cards: list[ApplicantCard] = []

    def fill(self, column: board.BoardColumn, page: RecruitmentPage, *, show_branch: bool) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        overdue = self.tr("，逾期 {n}").format(n=column.overdue) if column.overdue else ""
        self.header.setText(
            self.tr("<b>第{n}阶段</b>　{count} 人{overdue}<br>{name}").format(
                n=CHINESE_NUMBERS[self.number - 1],
                count=len(column.cards),
                overdue=overdue,
                name=stage_name(self.number),
            )
        )
        for state in column.cards:
            card = ApplicantCard(state, page, show_branch=show_branch)
            self.cards_layout.insertWidget(self.cards_layout.count() - 1, card)
            self.cards.append(card)


class RecruitmentPage(QWidget):
    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
        open_file: Callable[[Path], object] | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self._today = today
        self.open_file = open_file or (lambda path: pdf_open.open_pdf(self, path))
        self.columns_data: list[board.BoardColumn] = []
        self.active_dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        top = QHBoxLayout()
        heading = QLabel(self.tr("发展团员"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        top.addWidget(heading)
        self.scope = QLabel()
        self.scope.setStyleSheet("color: #666; padding-left: 8px;")
        top.addWidget(self.scope, 1)
        self.new_button = QPushButton(self.tr("新增申请人"))
        self.new_button.clicked.connect(self.new_applicant)
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("打印"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_button.setMenu(self._print_menu())
        self.rules_button = QPushButton(self.tr("规则设置…"))
        self.rules_button.clicked.connect(self.edit_rules)
        for widget in (self.new_button, self.print_button, self.rules_button):
            top.addWidget(widget)
        layout.addLayout(top)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.stage_columns = [StageColumn(n) for n in range(1, 6)]
        for column in self.stage_columns:
            row.addWidget(column, 1)
        layout.addLayout(row, 1)
        # The board checks every open applicant: read it when the page is shown, not on
        # every change made elsewhere while it is hidden.
        self._stale = True
        session.file_changed.connect(self._changed)
        session.branch_changed.connect(self._changed)
        session.data_changed.connect(self._changed)

    def _changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def _print_menu(self) -> QMenu:
        menu = QMenu(self)
        self.print_actions = {
            "notice1": menu.addAction(self.tr("入团积极分子公示"), lambda: self.print_notice(1)),
            "notice2": menu.addAction(self.tr("发展对象公示"), lambda: self.print_notice(2)),
            "notice3": menu.addAction(self.tr("新团员公示"), lambda: self.print_notice(3)),
        }
        menu.addSeparator()
        self.print_actions["records"] = menu.addAction(
            self.tr("入团积极分子培养考察登记表"), self.print_records
        )
        self.print_actions["ballot"] = menu.addAction(self.tr("支部大会表决票"), self.print_ballots)
        self.print_actions["resolution"] = menu.addAction(
            self.tr("支部大会决议"), self.print_resolutions
        )
        menu.addSeparator()
        self.print_actions["list"] = menu.addAction(
            self.tr("拟发展团员名单（PDF）"), self.print_list
        )
        self.print_actions["xlsx"] = menu.addAction(
            self.tr("拟发展团员名单（Excel）"), self.export_list
        )
        return menu

    # Board ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._stale = False
        league = self.session.league
        enabled = league is not None
        for widget in (self.new_button, self.print_button, self.rules_button):
            widget.setEnabled(enabled)
        if league is None:
            self.columns_data = [board.BoardColumn(s) for s in board.STAGES]
            self.scope.setText(self.tr("（未打开团务文件）"))
            self.summary.setText("")
        else:
            branch = self.session.branch()
            self.scope.setText(branch.display_name if branch else self.tr("全部支部"))
            self.columns_data = board.board(league, self.session.branch_id, today=self.today)
            cards = [c for column in self.columns_data for c in column.cards]
            overdue = sum(c.overdue for c in cards)
            flawed = sum(bool(c.problems) for c in cards)
            text = self.tr("正在发展 {n} 人").format(n=len(cards))
            if overdue:
                text += self.tr("；<span style='color:{c}'>逾期 {n} 人</span>").format(
                    c=ERROR_COLOUR.name(), n=overdue
                )
            if flawed:
                text += self.tr("；<span style='color:{c}'>记录有问题 {n} 人</span>").format(
                    c=ERROR_COLOUR.name(), n=flawed
                )
            self.summary.setText(text)
        show_branch = league is not None and self.session.branch_id is None
        for widget, column in zip(self.stage_columns, self.columns_data, strict=True):
            widget.fill(column, self, show_branch=show_branch)

    def card(self, applicant_id: int) -> ApplicantCard | None:
        for column in self.stage_columns:
            for card in column.cards:
                if card.applicant_id == applicant_id:
                    return card
        return None

    # Actions --------------------------------------------------------------------------------
    def new_applicant(self) -> None:
        league = self.session.league
        if league is None:
            return
        dialog = ApplicantDialog(
            league, branch_id=self.session.branch_id, today=self.today, parent=self
        )
        self.active_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.session.notify_data_changed()
        self.active_dialog = None

    def record_next(self, applicant_id: int) -> None:
        league = self.session.league
        if league is None:
            return
        upcoming = board.progress(league, applicant_id, today=self.today).next
        if upcoming.step is None:
            return
        dialog = RecruitStepDialog(
            league, applicant_id, upcoming.step.code, today=self.today, parent=self
        )
        self.active_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.session.notify_data_changed()
        self.active_dialog = None

    def show_timeline(self, applicant_id: int) -> None:
        if self.session.league is None:
            return
        dialog = TimelineDialog(
            self.session,
            applicant_id,
            today=self.today,
            print_record=self.print_record,
            parent=self,
        )
        self.active_dialog = dialog
        dialog.exec()
        self.active_dialog = None
        if dialog.changed:
            self.session.notify_data_changed()

    def edit_rules(self) -> None:
        league = self.session.league
        if league is None:
            return
        dialog = RecruitRulesDialog(
            league, branch_id=self.session.branch_id, today=self.today, parent=self
        )
        self.active_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.session.notify_data_changed()
        self.active_dialog = None

    # Printing -------------------------------------------------------------------------------
    def _branch_id(self) -> int | None:
        if self.session.branch_id is None:
            QMessageBox.information(
                self, self.tr("打印"), self.tr("请先在工具栏选择一个支部，再打印该支部的表格。")
            )
        return self.session.branch_id

    def _render(self, name: str, render: Callable[[Path], Any], suffix: str = ".pdf") -> None:
        """Render to a temporary file off the UI thread, then open it."""
        folder = Path(tempfile.gettempdir()) / "leaguedesk-print"
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = folder / f"{name}-{stamp}{suffix}"

        def work(_handle: Any) -> Path:
            render(target)
            return target

        self.session.tasks.start(work, on_done=self.open_file, on_error=self._print_failed)

    def _print_failed(self, error: Exception) -> None:
        from leaguedesk.messages.failures import failure_text

        text = failure_text(error)
        QMessageBox.warning(self, self.tr("打印"), text)

    def _gathered(self, gather: Callable[[], Any]) -> Any:
        try:
            return gather()
        except RecruitmentError as problem:
            QMessageBox.information(self, self.tr("打印"), recruitment_error(problem))
            return None

    def print_notice(self, notice: int) -> None:
        from leaguedesk.printing.recruit_forms import NoticeSpec, render_notice

        league, branch_id = self.session.league, self._branch_id()
        if league is None or branch_id is None:
            return
        batch = self._gathered(lambda: board.notice_batch(league, branch_id, notice))
        if batch is None:
            return
        spec = NoticeSpec(
            notice,
            batch.branch,
            batch.start,
            batch.end,
            batch.days,
            contact=batch.contact,
            issued_on=batch.start,
        )
        self._render(self.tr("公示"), lambda path: render_notice(spec, batch.people, path))

    def print_record(self, applicant_id: int) -> None:
        from leaguedesk.printing.recruit_forms import render_activist_records

        league = self.session.league
        if league is None:
            return
        record = board.activist_record(league, applicant_id)
        self._render(
            self.tr("培养考察登记表"), lambda path: render_activist_records([record], path)
        )

    def print_records(self) -> None:
        from leaguedesk.printing.recruit_forms import render_activist_records

        league, branch_id = self.session.league, self._branch_id()
        if league is None or branch_id is None:
            return
        records = [
            board.activist_record(league, a.id)
            for a in rs.list_applicants(league, branch_id=branch_id, statuses=["active"])
            if "activist" in a.steps
        ]
        if not records:
            QMessageBox.information(self, self.tr("打印"), self.tr("本支部还没有入团积极分子。"))
            return
        self._render(self.tr("培养考察登记表"), lambda path: render_activist_records(records, path))

    def print_ballots(self) -> None:
        from leaguedesk.printing.recruit_forms import BallotSpec, render_ballots

        league, branch_id = self.session.league, self._branch_id()
        if league is None or branch_id is None:
            return
        candidates = self._gathered(lambda: board.ballot_candidates(league, branch_id))
        if candidates is None:
            return
        branch = self.session.branch()
        spec = BallotSpec(
            branch.display_name if branch else "",
            copies=max(1, rs.voting_members(league, branch_id)),
        )
        self._render(self.tr("表决票"), lambda path: render_ballots(spec, candidates, path))

    def print_resolutions(self) -> None:
        from leaguedesk.printing.recruit_forms import render_resolutions

        league, branch_id = self.session.league, self._branch_id()
        if league is None or branch_id is None:
            return
        decided = self._gathered(lambda: board.resolutions(league, branch_id))
        if decided is None:
            return
        branch = self.session.branch()
        name = branch.display_name if branch else ""
        self._render(self.tr("支部大会决议"), lambda path: render_resolutions(name, decided, path))

    def _recruits(self) -> tuple[str, list[Any]] | None:
        league, branch_id = self.session.league, self._branch_id()
        if league is None or branch_id is None:
            return None
        recruits = self._gathered(
            lambda: board.proposed_recruits(league, branch_id, today=self.today)
        )
        branch = self.session.branch()
        return None if recruits is None else (branch.display_name if branch else "", recruits)

    def print_list(self) -> None:
        from leaguedesk.printing.recruit_forms import render_recruit_list

        found = self._recruits()
        if found is not None:
            name, recruits = found
            self._render(
                self.tr("拟发展团员名单"), lambda path: render_recruit_list(name, recruits, path)
            )

    def export_list(self) -> None:
        from leaguedesk.exchange.recruits_xlsx import write_recruit_list

        found = self._recruits()
        if found is not None:
            name, recruits = found
            self._render(
                self.tr("拟发展团员名单"),
                lambda path: write_recruit_list(name, recruits, path),
                ".xlsx",
            )

"""导入名册: a spreadsheet into a branch — sheet, header and columns, then a checked preview.

Step 1 shows the sheet (any sheet of a workbook), the header row found and how each column maps
onto member fields; an unknown column gets a field or 不导入 by hand, and the layout can be
remembered. The target branch (or each row's own, by its 所在支部) and what to do with people
already in the file are chosen here too. Step 2 is the preview (ImportPreviewModel): every row,
bad cells red or amber with the message as tooltip, counts, a problem report, and 导入 only when
no row to import has an error. Reading, checking and writing run off the UI thread
(session.tasks) on a connection of their own, with a progress bar and 取消; a cancelled or failed
import changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leaguedesk.exchange import headers, importing
from leaguedesk.exchange.cleaning import plain_text
from leaguedesk.exchange.headers import IGNORE, Mapping
from leaguedesk.exchange.importing import ImportPlan, ImportResult, SheetHead
from leaguedesk.exchange.report import write_problem_report
from leaguedesk.gui.import_preview_model import (
    ERROR_BACKGROUND,
    WARNING_BACKGROUND,
    ImportPreviewModel,
)
from leaguedesk.gui.session import Session
from leaguedesk.gui.tasks import TaskHandle
from leaguedesk.messages import exchange as exchange_messages
from leaguedesk.messages.failures import failure_text
from leaguedesk.storage import leaguefile

SETUP_PAGE, PREVIEW_PAGE = 0, 1
_UNCHOSEN = "\x00unchosen"  # a column nobody has decided on yet
BY_SHEET = "\x00by_sheet"  # the branch box's choice: each row by its 所在支部
Hook = Callable[[int, int], None]


class ImportWizard(QDialog):
    def __init__(
        self,
        session: Session,
        path: Path,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.path = Path(path)
        self.today = today
        self.head: SheetHead | None = None
        self.mapping: Mapping | None = None
        self.mapping_reused = False
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.handle: TaskHandle | None = None
        self.apply_progress_hook: Hook | None = None  # tests slow the import down with it
        self._closing = False
        self._running = False
        self.setWindowTitle(self.tr("导入名册 — {file}").format(file=self.path.name))
        self.resize(1000, 680)
        self._build()
        self.load_sheet(None)

    # Building -------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_setup())
        self.pages.addWidget(self._build_preview())
        layout.addWidget(self.pages, 1)

        status = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("importStatus")
        status.addWidget(self.status, 1)
        self.progress = QProgressBar()
        self.progress.setMinimumWidth(260)
        self.progress.hide()
        status.addWidget(self.progress)
        layout.addLayout(status)

        buttons = QHBoxLayout()
        self.report_button = QPushButton(self.tr("导出问题报告…"))
        self.report_button.clicked.connect(self.export_report)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        self.back_button = QPushButton(self.tr("上一步"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("检查并预览"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("导入"))
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.clicked.connect(self.cancel)
        for button in (self.back_button, self.next_button, self.import_button, self.cancel_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self._show_page(SETUP_PAGE)

    def _build_setup(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.file_label = QLabel(str(self.path))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("文件："), self.file_label)
        self.sheet_box = QComboBox()
        self.sheet_box.activated.connect(lambda _i: self.load_sheet(self.sheet_box.currentText()))
        self.sheet_name = QLabel()
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_box)
        sheet_row.addWidget(self.sheet_name, 1)
        form.addRow(self.tr("工作表："), sheet_row)
        header_row = QHBoxLayout()
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, headers.SCAN_ROWS)
        self.header_spin.valueChanged.connect(self._header_row_chosen)
        header_row.addWidget(self.header_spin)
        self.header_note = QLabel()
        self.header_note.setStyleSheet("color: #666;")
        header_row.addWidget(self.header_note, 1)
        form.addRow(self.tr("表头所在行："), header_row)
        self.branch_box = QComboBox()
        self.branch_label = QLabel()
        branch_row = QHBoxLayout()
        branch_row.addWidget(self.branch_box)
        branch_row.addWidget(self.branch_label, 1)
        form.addRow(self.tr("导入到支部："), branch_row)
        self._fill_branches()
        duplicates = QHBoxLayout()
        self.duplicate_group = QButtonGroup(self)
        for text, value in (
            (self.tr("跳过，保留名册中的信息"), "skip"),
            (self.tr("用表格中的信息更新"), "update"),
            (self.tr("停止，作为错误列出"), "stop"),
        ):
            button = QRadioButton(text)
            button.setProperty("policy", value)
            self.duplicate_group.addButton(button)
            duplicates.addWidget(button)
            if value == "skip":
                button.setChecked(True)
        duplicates.addStretch(1)
        form.addRow(self.tr("已在名册中的人："), duplicates)
        layout.addLayout(form)

        layout.addWidget(
            QLabel(self.tr("各列对应的信息（未识别的列请选择对应项，或选“不导入”）："))
        )
        self.columns_table = QTableWidget(0, 4)
        self.columns_table.setObjectName("importColumns")
        self.columns_table.setHorizontalHeaderLabels(
            [self.tr("列"), self.tr("表头"), self.tr("第一行数据"), self.tr("导入为")]
        )
        self.columns_table.verticalHeader().hide()
        self.columns_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.columns_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        self.columns_table.setColumnWidth(3, 200)
        layout.addWidget(self.columns_table, 1)
        self.mapping_note = QLabel()
        self.mapping_note.setWordWrap(True)
        layout.addWidget(self.mapping_note)
        self.remember_box = QCheckBox(self.tr("记住这种表格的列对应关系，下次自动使用"))
        self.remember_box.setChecked(True)
        layout.addWidget(self.remember_box)
        return page

    def _build_preview(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("importCounts")
        self.counts_label.setWordWrap(True)
        self.counts_label.setStyleSheet("font-size: 11pt;")
        layout.addWidget(self.counts_label)
        self.deferred_label = QLabel()
        self.deferred_label.setWordWrap(True)
        self.deferred_label.setStyleSheet(
            f"color: #7a5b00; background: {WARNING_BACKGROUND.name()}; padding: 4px;"
        )
        layout.addWidget(self.deferred_label)
        filters = QHBoxLayout()
        self.only_problems = QCheckBox(self.tr("只看有问题的行"))
        self.only_problems.toggled.connect(self._only_problems_toggled)
        filters.addWidget(self.only_problems)
        self.exclude_errors = QCheckBox()
        self.exclude_errors.toggled.connect(self._exclude_toggled)
        filters.addWidget(self.exclude_errors)
        filters.addStretch(1)
        legend = QLabel(
            self.tr(
                "<span style='background:{error}'>　红色　</span> 错误，须改正　"
                "<span style='background:{warning}'>　黄色　</span> 提醒，可导入；"
                "鼠标停在格子上可看说明"
            ).format(error=ERROR_BACKGROUND.name(), warning=WARNING_BACKGROUND.name())
        )
        filters.addWidget(legend)
        layout.addLayout(filters)
        self.model = ImportPreviewModel(parent=self)
        self.table = QTableView()
        self.table.setObjectName("importPreview")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        return page

    def _fill_branches(self) -> None:
        branches = self.session.branches()
        self.branch_box.clear()
        if len(branches) == 1:
            self.branch_box.addItem(branches[0].display_name, branches[0].id)
            self.branch_box.hide()
            self.branch_label.setText(branches[0].display_name)
            return
        self.branch_label.hide()
        if self.session.branch_id is None:
            self.branch_box.addItem(self.tr("— 请选择支部 —"), None)
        for branch in branches:
            self.branch_box.addItem(branch.display_name, branch.id)
        # A 团委's sheet of all its branches: each row into the branch its 所在支部 names.
        self.branch_box.addItem(self.tr("按表中“所在支部”分别导入各支部"), BY_SHEET)
        index = self.branch_box.findData(self.session.branch_id)
        self.branch_box.setCurrentIndex(max(0, index))
        self.branch_box.currentIndexChanged.connect(lambda _i: self._branch_chosen())

    def _branch_chosen(self) -> None:
        self._update_mapping_note()  # by 所在支部 needs that column

    # State ------------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.handle is not None

    @property
    def branch_id(self) -> int | None:
        """The branch chosen (None: none yet, or by the sheet's 所在支部)."""
        data = self.branch_box.currentData()
        return None if data is None or data == BY_SHEET else int(data)

    @property
    def by_sheet(self) -> bool:
        """Each row into the branch its 所在支部 cell names."""
        return self.branch_box.currentData() == BY_SHEET

    @property
    def on_duplicate(self) -> str:
        checked = self.duplicate_group.checkedButton()
        return str(checked.property("policy")) if checked else "skip"

    def set_on_duplicate(self, policy: str) -> None:
        for button in self.duplicate_group.buttons():
            button.setChecked(button.property("policy") == policy)

    def _show_page(self, number: int) -> None:
        self.pages.setCurrentIndex(number)
        self._update_buttons()

    def _update_buttons(self) -> None:
        preview = self.pages.currentIndex() == PREVIEW_PAGE
        idle = not self.busy
        self.back_button.setVisible(preview)
        self.back_button.setEnabled(idle)
        self.next_button.setVisible(not preview)
        self.next_button.setEnabled(idle and self._ready_to_check())
        self.import_button.setVisible(preview)
        plan = self.plan
        importable = (
            plan is not None and not plan.has_errors and any(row.imported for row in plan.rows)
        )
        self.import_button.setEnabled(idle and preview and importable)
        self.report_button.setVisible(preview)
        self.report_button.setEnabled(
            idle and plan is not None and any(row.issues for row in plan.rows)
        )
        for widget in (
            self.sheet_box,
            self.header_spin,
            self.columns_table,
            self.branch_box,
            self.exclude_errors,
            self.only_problems,
        ):
            widget.setEnabled(idle)
        for button in self.duplicate_group.buttons():
            button.setEnabled(idle)

    def _ready_to_check(self) -> bool:
        return (
            self.mapping is not None
            and not self._missing()
            and (self.branch_id is not None or self.by_sheet)
        )

    def _missing(self) -> list[str]:
        if self.mapping is None:
            return []
        return [
            headers.field_label(k)
            for k in importing.required_columns(self.branch_id)
            if k not in self.mapping.field_columns
        ]

    # Tasks ------------------------------------------------------------------------------------
    def _run(
        self, work: Callable[[TaskHandle], Any], done: Callable[[Any], None], text: str
    ) -> None:
        self.status.setText(text)
        self.progress.setRange(0, 0)
        self.progress.show()
        self._running = True
        handle = self.session.tasks.start(
            work,
            on_done=lambda result: self._finished(done, result),
            on_error=self._failed,
            on_progress=self._progress,
            on_cancel=self._cancelled,
        )
        if self._running:  # a synchronous runner (tests) has finished already
            self.handle = handle
        self._update_buttons()

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _idle(self) -> None:
        self._running = False
        self.handle = None
        self.progress.hide()
        self._update_buttons()
        if self._closing:
            super().reject()

    def _finished(self, done: Callable[[Any], None], result: Any) -> None:
        self._idle()
        if not self._closing:
            done(result)

    def _failed(self, error: Exception) -> None:
        self._idle()
        self.status.setText(self._error_text(error))
        if not self._closing:
            QMessageBox.warning(self, self.tr("导入名册"), self._error_text(error))

    def _cancelled(self) -> None:
        self._idle()
        self.status.setText(self.tr("已取消。团务文件未作任何改动。"))

    def _error_text(self, error: Exception) -> str:
        return failure_text(error, self.tr("出现意外错误，团务文件未作任何改动：{detail}"))

    def cancel(self) -> None:
        """取消: stop the running step (nothing is written), or close the wizard."""
        if self.handle is not None:
            self.handle.cancel()
            self.status.setText(self.tr("正在取消…"))
            return
        self.reject()

    def reject(self) -> None:
        if self.handle is not None:  # wait for the worker to stop before closing
            self._closing = True
            self.handle.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.handle is not None:
            self._closing = True
            self.handle.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    # Step 1: sheet, header, columns -------------------------------------------------------------
    def load_sheet(self, sheet: str | None) -> None:
        path = self.path

        def work(handle: TaskHandle) -> SheetHead:
            return importing.read_head(path, sheet)

        self._run(work, self._sheet_loaded, self.tr("正在读取表格…"))

    def _sheet_loaded(self, head: SheetHead) -> None:
        self.head = head
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        self.sheet_box.addItems(head.sheet_names)
        self.sheet_box.setCurrentText(head.name)
        self.sheet_box.blockSignals(False)
        several = len(head.sheet_names) > 1
        self.sheet_box.setVisible(several)
        self.sheet_name.setVisible(not several)
        self.sheet_name.setText(head.name)
        self.mapping, self.mapping_reused = importing.suggested_mapping(
            self.session.league, head.rows
        )
        if self.mapping is None:
            self.status.setText(
                self.tr(
                    "在工作表“{sheet}”的前 {n} 行中没有找到表头（如“姓名”“身份证号码”）。"
                    "请选择表头所在的行，或换一个工作表。"
                ).format(sheet=head.name, n=headers.SCAN_ROWS)
            )
            self._set_header_spin(0)
            self.mapping = headers.mapping_at(head.rows, 0)
        else:
            self._set_header_spin(self.mapping.header_rows[0])
            self.status.setText(
                self.tr("已按上次保存的对应关系识别各列。")
                if self.mapping_reused
                else self.tr("已自动识别表头和各列，请核对。")
            )
        self._fill_columns()

    def _set_header_spin(self, row: int) -> None:
        self.header_spin.blockSignals(True)
        self.header_spin.setValue(row + 1)
        self.header_spin.blockSignals(False)

    def _header_row_chosen(self, value: int) -> None:
        if self.head is None:
            return
        self.mapping, self.mapping_reused = importing.suggested_mapping(
            self.session.league, self.head.rows, header_row=value - 1
        )
        self._fill_columns()

    def _sample_row(self) -> list[object]:
        """The first row below the header with something in it."""
        if self.head is None or self.mapping is None:
            return []
        for row in self.head.rows[self.mapping.data_start :]:
            if any(plain_text(v).strip() for v in row):
                return list(row)
        return []

    def _fill_columns(self) -> None:
        table = self.columns_table
        table.setRowCount(0)
        mapping = self.mapping
        if mapping is None:
            self._update_mapping_note()
            return
        sample = self._sample_row()
        columns = sorted(mapping.labels)
        table.setRowCount(len(columns))
        for row, column in enumerate(columns):
            letter = QTableWidgetItem(importing.column_letter(column))
            letter.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(row, 0, letter)
            table.setItem(row, 1, QTableWidgetItem(mapping.labels[column]))
            example = plain_text(sample[column]) if column < len(sample) else ""
            table.setItem(row, 2, QTableWidgetItem(example))
            box = QComboBox()
            box.setObjectName(f"mapColumn{column}")
            box.addItem(self.tr("— 未识别，请选择 —"), _UNCHOSEN)
            box.addItem(self.tr("不导入"), IGNORE)
            for key in headers.mappable_keys():
                box.addItem(headers.field_label(key), key)
            box.currentIndexChanged.connect(
                lambda _i, c=column, b=box: self._column_chosen(c, b.currentData())
            )
            table.setCellWidget(row, 3, box)
        self._show_mapping()

    def column_box(self, column: int) -> QComboBox:
        """The combobox choosing what sheet column ``column`` (0-based) is imported as."""
        box = self.columns_table.findChild(QComboBox, f"mapColumn{column}")
        assert box is not None, column
        return box

    def _show_mapping(self) -> None:
        """Set every combobox (and colour) from the mapping: one field may move columns."""
        mapping = self.mapping
        if mapping is None:
            return
        for row, column in enumerate(sorted(mapping.labels)):
            box = self.column_box(column)
            key = mapping.columns.get(column, _UNCHOSEN)
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(key)))
            box.blockSignals(False)
            colour = QColor(WARNING_BACKGROUND) if key == _UNCHOSEN else QColor("transparent")
            for cell in range(3):
                item = self.columns_table.item(row, cell)
                if item is not None:
                    item.setBackground(colour)
        self._update_mapping_note()

    def _column_chosen(self, column: int, key: object) -> None:
        if self.mapping is None:
            return
        self.mapping = self.mapping.with_column(column, None if key == _UNCHOSEN else str(key))
        self.plan = None
        self._show_mapping()

    def _update_mapping_note(self) -> None:
        missing = self._missing()
        if self.mapping is None:
            text = ""
        elif missing:
            text = self.tr(
                "<b style='color:#842029'>缺少必需的列：{columns}。</b>"
                "请在上表中为相应的列选择“{columns}”。"
            ).format(columns="、".join(missing))
        elif self.mapping.unknown:
            text = self.tr(
                "有 {n} 列未识别（黄色），它们不会被导入；如需导入请选择对应的项。"
            ).format(n=len(self.mapping.unknown))
        else:
            text = self.tr("所有列都已对应。")
        self.mapping_note.setText(text)
        self._update_buttons()

    # Step 2: check and preview --------------------------------------------------------------
    def check(self) -> None:
        """检查并预览: read and check every row (the league file is only read)."""
        if not self._ready_to_check() or self.head is None or self.session.league is None:
            return
        session_league = self.session.league
        path, sheet, mapping, head = self.path, self.head.name, self.mapping, self.head
        branch_id, policy, today = self.branch_id, self.on_duplicate, self.today
        assert mapping is not None

        def work(handle: TaskHandle) -> ImportPlan:
            # The window checked the file when it opened it: no second quick_check (about a
            # second on a 100,000-member file) before every check of a sheet.
            with leaguefile.worker_connection(session_league, readonly=True) as league:
                return importing.plan_import(
                    league,
                    path,
                    branch_id=branch_id,
                    sheet=sheet,
                    mapping=mapping,
                    on_duplicate=policy,
                    progress=handle.report,
                    today=today,  # type: ignore[arg-type]
                    head=head,
                )

        self._run(work, self._checked, self.tr("正在检查每一行…"))

    def _checked(self, plan: ImportPlan) -> None:
        self.plan = plan
        if self.head is not None:  # the sheet as read is not needed any more: free its memory
            self.head = replace(self.head, table=None)
        self.model.set_plan(plan)
        self.only_problems.blockSignals(True)
        self.only_problems.setChecked(False)
        self.only_problems.blockSignals(False)
        self._show_counts()
        self._show_page(PREVIEW_PAGE)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 12, 220))

    def _show_counts(self) -> None:
        plan = self.plan
        if plan is None:
            return
        counts = plan.counts
        text = self.tr("读取 {rows} 行：新增 {create} 人，更新 {update} 人，跳过 {skip} 人").format(
            rows=counts.rows_read,
            create=counts.to_create,
            update=counts.to_update,
            skip=counts.to_skip + counts.unchanged,
        )
        if counts.other_branch:
            text += self.tr("，其他支部 {n} 人本次不导入").format(n=counts.other_branch)
        if plan.branch_id is None:
            text += self.tr("，分属 {n} 个支部").format(n=len(plan.branch_rows()))
        if counts.excluded:
            text += self.tr("，不导入 {n} 行").format(n=counts.excluded)
        if counts.rows_with_errors:
            text += self.tr("；<b style='color:#842029'>{rows} 行有错误（{errors} 处）</b>").format(
                rows=counts.rows_with_errors, errors=counts.errors
            )
        if counts.warnings:
            text += self.tr("；{n} 处提醒").format(n=counts.warnings)
        if counts.blank_rows or counts.footer_rows:
            text += self.tr("（已略过空行 {blank} 行、表尾 {footer} 行）").format(
                blank=counts.blank_rows, footer=counts.footer_rows
            )
        self.counts_label.setText(text + self.tr("。"))
        deferred = [exchange_messages.deferred_text(key, n) for key, n in plan.deferred.items()]
        self.deferred_label.setText("\n".join(deferred))
        self.deferred_label.setVisible(bool(deferred))
        error_rows = sum(1 for row in plan.rows if row.has_errors)
        self.exclude_errors.blockSignals(True)
        self.exclude_errors.setText(
            self.tr("有错误的 {n} 行不导入，先导入其余各行").format(n=error_rows)
        )
        self.exclude_errors.setChecked(any(row.excluded for row in plan.rows))
        self.exclude_errors.blockSignals(False)
        self.exclude_errors.setVisible(error_rows > 0)
        if plan.has_errors:
            self.status.setText(
                self.tr(
                    "请先改正标为红色的错误（可导出问题报告，在原表格中改好后重新导入），"
                    "或选择不导入有错误的行。"
                )
            )
        else:
            self.status.setText(
                self.tr(
                    "检查通过，可以导入。导入的全部内容作为一次修改保存，中途取消则不作任何改动。"
                )
            )
        self._update_buttons()

    def _only_problems_toggled(self, on: bool) -> None:
        self.model.set_only_problems(on)

    def _exclude_toggled(self, on: bool) -> None:
        if self.plan is not None:
            self.plan.exclude_rows_with_errors(on)
            self.model.refresh()
            self._show_counts()

    def back(self) -> None:
        self._show_page(SETUP_PAGE)
        self.status.setText(self.tr("可修改列的对应关系或导入方式，然后重新检查。"))

    def export_report(self) -> None:
        """导出问题报告…: the rows with problems, bad cells filled and commented, as .xlsx."""
        plan = self.plan
        if plan is None:
            return
        suggested = self.path.with_name(self.path.stem + self.tr("-问题报告") + ".xlsx")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出问题报告"), str(suggested), self.tr("Excel 工作簿 (*.xlsx)")
        )
        if not name:
            return
        target = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")

        def work(handle: TaskHandle) -> int:
            return write_problem_report(plan, target, describe=exchange_messages.import_problem)

        self._run(
            work,
            lambda count: self.status.setText(
                self.tr("已导出 {n} 行问题到 {path}").format(n=count, path=target)
            ),
            self.tr("正在导出问题报告…"),
        )

    # Importing ------------------------------------------------------------------------------
    def start_import(self) -> None:
        """导入: write every row in one transaction on a connection of its own."""
        plan, league = self.plan, self.session.league
        if plan is None or league is None or plan.has_errors:
            return
        remember = self.remember_box.isChecked()
        hook = self.apply_progress_hook

        def work(handle: TaskHandle) -> ImportResult:
            def progress(done: int, total: int) -> None:
                if hook is not None:
                    hook(done, total)
                handle.report(done, total)

            worker = leaguefile.worker_connection(league)
            try:
                return importing.apply_import(
                    worker, plan, progress=progress, remember_mapping=remember
                )
            finally:
                worker.close()

        self.cancel_button.setFocus()
        self._run(work, self._imported, self.tr("正在导入…"))

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        self.session.notify_data_changed()
        plan = self.plan
        if plan is not None and plan.branch_id is None:
            where = self.tr("已按所在支部导入到 {n} 个支部").format(n=len(plan.branch_rows()))
        else:
            where = self.tr("已导入到“{branch}”").format(branch=self.branch_box.currentText())
        text = where + self.tr(
            "：新增 {created} 人，更新 {updated} 人，跳过 {skipped} 人。"
        ).format(created=result.created, updated=result.updated, skipped=result.skipped)
        if result.backup is not None:
            text += "\n\n" + self.tr(
                "导入前的团务文件已自动备份。如需撤销本次导入，请用"
                "“文件 → 恢复备份…”选择“导入前”的备份。"
            )
        QMessageBox.information(self, self.tr("导入完成"), text)
        self.accept()

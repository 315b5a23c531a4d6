"""The main window: navigation between pages, the File and Organisation menus, branch switching."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from leaguedesk import __version__, paths
from leaguedesk.gui import files
from leaguedesk.gui.exchange_actions import ExchangeActions
from leaguedesk.gui.pages.lazy import LazyPages
from leaguedesk.gui.session import Session

MAX_RECENT = 8
FILE_FILTER = QT_TRANSLATE_NOOP("MainWindow", "团务文件 (*.leaguedb);;所有文件 (*)")


class MainWindow(QMainWindow):
    def __init__(self, session: Session, font_family: str | None = None):
        super().__init__()
        self.session = session
        self.font_family = font_family
        self.setWindowTitle(self.tr("团务通"))
        self.setMinimumSize(QSize(720, 520))

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(150)
        self.nav.setStyleSheet(
            "QListWidget#navigation { font-size: 13pt; border: none; background: #f3f4f6; }"
            "QListWidget#navigation::item { padding: 10px 14px; }"
            "QListWidget#navigation::item:selected { background: #c8102e; color: white; }"
        )
        self.stack = QStackedWidget()
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_pages()
        # Wide enough for the longest label in the current language (English runs longer).
        self.nav.setFixedWidth(max(150, self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth()))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.currentRowChanged.connect(self.pages.show_index)
        self.nav.setCurrentRow(0)

        self.branch_box = QComboBox()
        self.branch_box.setMinimumWidth(260)
        self.branch_box.setToolTip(self.tr("切换支部 (Ctrl+B)"))
        self.branch_box.activated.connect(self._branch_chosen)
        self.branch_bar = QToolBar(self.tr("支部"))
        self.branch_bar.setObjectName("branchBar")
        self.branch_bar.setMovable(False)
        self.branch_bar.addWidget(QLabel(self.tr(" 当前支部：")))
        self.branch_bar.addWidget(self.branch_box)
        self.addToolBar(self.branch_bar)

        self.file_label = QLabel()
        self.branch_label = QLabel()
        self.statusBar().addWidget(self.file_label, 1)
        self.statusBar().addPermanentWidget(self.branch_label)

        if font_family is None:
            self.statusBar().showMessage(
                self.tr("未找到中文字体，中文可能显示为方框：请安装微软雅黑或文泉驿微米黑字体。")
            )
        self._build_menus()
        session.file_changed.connect(self._file_changed)
        session.branch_changed.connect(self._update_branch_views)
        session.data_changed.connect(self._update_branch_views)
        self._restore_geometry()
        self._file_changed()

    # Pages -------------------------------------------------------------------------------
    def _page_specs(self) -> list[tuple[str, str, Callable[[], QWidget]]]:
        """Each page with the function that builds it: a page is built when first shown, so
        starting the window costs only the page it opens on."""
        s = self.session

        def roster() -> QWidget:
            from leaguedesk.gui.pages.roster import RosterPage

            page = RosterPage(s)
            # 名册 → 更多 → 打印花名册…: the 打印 page with the roster form chosen.
            menu = page.more_button.menu()
            menu.addSeparator()
            menu.addAction(self.tr("打印花名册…"), lambda: self.show_print_form("roster"))
            return page

        def recruitment() -> QWidget:
            from leaguedesk.gui.pages.recruitment import RecruitmentPage

            return RecruitmentPage(s)

        def meetings() -> QWidget:
            from leaguedesk.gui.pages.meetings import MeetingsPage

            return MeetingsPage(s)

        def two_systems() -> QWidget:
            from leaguedesk.gui.pages.two_systems import TwoSystemsPage

            return TwoSystemsPage(s)

        def printing() -> QWidget:
            from leaguedesk.gui.pages.printing import PrintingPage

            return PrintingPage(s)

        def stats() -> QWidget:
            from leaguedesk.gui.pages.stats import StatsPage

            return StatsPage(s)

        def settings() -> QWidget:
            from leaguedesk.gui.pages.settings import SettingsPage

            return SettingsPage(s, self.font_family)

        return [
            ("roster", self.tr("名册"), roster),
            ("recruitment", self.tr("发展团员"), recruitment),
            ("meetings", self.tr("组织生活"), meetings),
            ("two_systems", self.tr("两制"), two_systems),
            ("printing", self.tr("打印"), printing),
            ("stats", self.tr("统计"), stats),
            ("settings", self.tr("设置"), settings),
        ]

    def _build_pages(self) -> None:
        specs = self._page_specs()
        for number, (_key, label, _factory) in enumerate(specs, 1):
            item = QListWidgetItem(label)
            item.setToolTip(f"Ctrl+{number}")
            self.nav.addItem(item)
        self.pages = LazyPages(self.stack, {key: factory for key, _label, factory in specs})

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(list(self.pages).index(key))

    def show_print_form(self, key: str) -> None:
        """Open the 打印 page on one form (a key of printing.FORMS, e.g. "roster")."""
        self.show_page("printing")
        self.pages["printing"].select_form(key)

    # Menus -------------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        file_menu.addAction(
            self._action(self.tr("新建团务文件(&N)…"), self.new_file, "Ctrl+Shift+N")
        )
        file_menu.addAction(
            self._action(self.tr("打开(&O)…"), self.open_file_dialog, QKeySequence.StandardKey.Open)
        )
        self.recent_menu = file_menu.addMenu(self.tr("最近打开(&R)"))
        self.save_as_action = self._action(self.tr("另存为(&A)…"), self.save_as, "Ctrl+Shift+S")
        file_menu.addAction(self.save_as_action)
        file_menu.addSeparator()
        self.backup_action = self._action(self.tr("立即备份(&B)"), self.backup_now)
        self.restore_action = self._action(self.tr("恢复备份(&E)…"), self.restore_backup)
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        self.exchange = ExchangeActions(self, self.session, file_menu)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("退出(&X)"), self.close, QKeySequence.StandardKey.Quit)
        )

        org_menu = bar.addMenu(self.tr("组织(&O)"))
        self.branches_action = self._action(self.tr("管理支部(&M)…"), self.manage_branches)
        self.switch_action = self._action(self.tr("切换支部(&S)"), self._focus_branch_box, "Ctrl+B")
        org_menu.addAction(self.branches_action)
        org_menu.addAction(self.switch_action)

        view_menu = bar.addMenu(self.tr("视图(&V)"))
        for number, key in enumerate(self.pages, 1):
            label = self.nav.item(number - 1).text()
            view_menu.addAction(
                self._action(label, lambda _=False, k=key: self.show_page(k), f"Ctrl+{number}")
            )

        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self._action(self.tr("关于团务通(&A)"), self.about))
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = files.recent_files(self.session.settings)
        for number, path in enumerate(recent, 1):
            self.recent_menu.addAction(
                self._action(f"&{number} {path}", lambda _=False, p=path: self.open_file(Path(p)))
            )
        self.recent_menu.setEnabled(bool(recent))

    # File actions ------------------------------------------------------------------------
    def _start_dir(self) -> str:
        league = self.session.league
        return str(league.path.parent if league else paths.data_home())

    def new_file(self) -> None:
        suggested = Path(self._start_dir()) / (self.tr("新团务文件") + paths.LEAGUE_SUFFIX)
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("新建团务文件"), str(suggested), self.tr(FILE_FILTER)
        )
        if name:
            files.create_and_open(self, self.session, files.with_suffix(Path(name)))
            self._fill_recent_menu()

    def open_file_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("打开团务文件"), self._start_dir(), self.tr(FILE_FILTER)
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> bool:
        opened = files.open_into_session(self, self.session, path)
        self._fill_recent_menu()
        return opened

    def save_as(self) -> None:
        league = self.session.league
        if league is None:
            return
        copy_name = league.path.stem + self.tr("-副本") + paths.LEAGUE_SUFFIX
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("另存为"), str(league.path.with_name(copy_name)), self.tr(FILE_FILTER)
        )
        if name:
            files.save_as(self, self.session, files.with_suffix(Path(name)))
            self._fill_recent_menu()

    def backup_now(self) -> None:
        files.backup_now(self, self.session)

    def restore_backup(self) -> None:
        from leaguedesk.gui.dialogs.restore import RestoreDialog

        if self.session.league is not None:
            RestoreDialog(self.session, self).exec()

    def manage_branches(self) -> None:
        from leaguedesk.gui.dialogs.branches import BranchesDialog

        if self.session.league is not None:
            BranchesDialog(self.session, self).exec()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("关于团务通"),
            self.tr(
                "<h3>团务通 LeagueDesk {version}</h3>"
                "<p>面向基层团支部书记和团委、团总支的离线团务管理软件：团员名册、发展团员、"
                "组织生活、两制和标准表格打印。</p>"
                "<p>数据保存在本机的一个团务文件中，无需联网。</p>"
                "<p>中文字体：{font}</p>"
            ).format(version=__version__, font=self.font_family or self.tr("未找到")),
        )

    # State -------------------------------------------------------------------------------
    def _file_changed(self) -> None:
        league = self.session.league
        has_file = league is not None
        for action in (
            self.save_as_action,
            self.backup_action,
            self.restore_action,
            self.branches_action,
            self.switch_action,
        ):
            action.setEnabled(has_file)
        if league is None:
            self.setWindowTitle(self.tr("团务通"))
            self.file_label.setText(self.tr("未打开团务文件：请用“文件 → 新建”或“文件 → 打开”。"))
        else:
            self.setWindowTitle(self.tr("{name} — 团务通").format(name=league.path.name))
            self.file_label.setText(self.tr("文件：{path}").format(path=league.path))
        self._update_branch_views()

    def _update_branch_views(self) -> None:
        session = self.session
        branches = session.branches()
        self.branch_box.blockSignals(True)
        self.branch_box.clear()
        if session.is_office():
            self.branch_box.addItem(self.tr("全部支部"), None)
        for branch in branches:
            self.branch_box.addItem(branch.display_name, branch.id)
        index = self.branch_box.findData(session.branch_id)
        self.branch_box.setCurrentIndex(max(0, index))
        self.branch_box.blockSignals(False)
        # One branch in the file (the common case): no switching chrome at all.
        self.branch_bar.setVisible(len(branches) > 1)
        branch = session.branch()
        if session.league is None:
            self.branch_label.clear()
        elif branch is None:
            self.branch_label.setText(self.tr("全部支部（{n} 个）").format(n=len(branches)))
        else:
            self.branch_label.setText(branch.display_name)

    def _branch_chosen(self, index: int) -> None:
        data = self.branch_box.itemData(index)
        self.session.set_branch(None if data is None else int(data))

    def _focus_branch_box(self) -> None:
        if self.branch_bar.isVisible():
            self.branch_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.branch_box.showPopup()

    def _restore_geometry(self) -> None:
        settings = self.session.settings
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 780)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = self.session.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.sync()
        self.session.close()
        event.accept()

"""设置: language, the organisation's name and kind, backup rotation, where files live."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leaguedesk import paths
from leaguedesk.core.organisation import OrganisationKind
from leaguedesk.gui import i18n, labels
from leaguedesk.gui.session import Session
from leaguedesk.services import organisation as org
from leaguedesk.storage import backup


class SettingsPage(QWidget):
    def __init__(
        self, session: Session, font_family: str | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.session = session
        outer = QVBoxLayout(self)
        content = QWidget()
        content.setMaximumWidth(760)
        outer.addWidget(content)
        outer.addStretch(1)
        layout = QVBoxLayout(content)

        general = QGroupBox(self.tr("界面"))
        general_form = QFormLayout(general)
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        current = session.settings.value("ui/language", i18n.DEFAULT_LANGUAGE)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.currentIndexChanged.connect(self._language_changed)
        general_form.addRow(self.tr("界面语言："), self.language)
        font_text = font_family or self.tr(
            "未找到中文字体：中文可能显示为方框，请安装微软雅黑或文泉驿字体"
        )
        general_form.addRow(self.tr("中文字体："), QLabel(font_text))
        layout.addWidget(general)

        self.org_box = QGroupBox(self.tr("本文件的组织"))
        org_form = QFormLayout(self.org_box)
        self.org_name = QLineEdit()
        self.org_name.setPlaceholderText(self.tr("如：示范大学团委、2023级1班团支部"))
        self.org_kind = QComboBox()
        for kind in OrganisationKind:
            self.org_kind.addItem(labels.label(kind.value), kind.value)
        org_form.addRow(self.tr("组织名称："), self.org_name)
        org_form.addRow(self.tr("组织类型："), self.org_kind)

        self.backup_daily = QSpinBox()
        self.backup_daily.setRange(1, 365)
        self.backup_daily.setSuffix(self.tr(" 天"))
        self.backup_monthly = QSpinBox()
        self.backup_monthly.setRange(1, 120)
        self.backup_monthly.setSuffix(self.tr(" 个月"))
        org_form.addRow(self.tr("保留每日备份："), self.backup_daily)
        org_form.addRow(self.tr("保留每月备份："), self.backup_monthly)
        self.save_button = QPushButton(self.tr("保存设置"))
        self.save_button.clicked.connect(self.save)
        org_form.addRow("", self.save_button)
        layout.addWidget(self.org_box)

        where = QGroupBox(self.tr("文件位置"))
        where_form = QFormLayout(where)
        self.data_label = QLabel(str(paths.data_home()))
        self.backup_label = QLabel()
        for label in (self.data_label, self.backup_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(
                label.textInteractionFlags() | label.textInteractionFlags().TextSelectableByMouse
            )
        where_form.addRow(self.tr("数据文件夹："), self.data_label)
        where_form.addRow(self.tr("本文件的备份："), self.backup_label)
        layout.addWidget(where)

        session.file_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        league = self.session.league
        self.org_box.setEnabled(league is not None)
        if league is None:
            self.backup_label.setText(self.tr("（未打开团务文件）"))
            return
        organisation = org.organisation(league)
        self.org_name.setText(organisation.name)
        self.org_kind.setCurrentIndex(max(0, self.org_kind.findData(organisation.kind.value)))
        policy = backup.Policy.from_settings(league.db)
        self.backup_daily.setValue(policy.daily)
        self.backup_monthly.setValue(policy.monthly)
        self.backup_label.setText(str(backup.default_dir(league.path)))

    def save(self) -> None:
        league = self.session.league
        if league is None:
            return
        org.set_organisation(
            league, self.org_name.text(), OrganisationKind(self.org_kind.currentData())
        )
        org.set_setting(league, "backup.daily", self.backup_daily.value())
        org.set_setting(league, "backup.monthly", self.backup_monthly.value())
        self.session.notify_data_changed()
        QMessageBox.information(self, self.tr("设置"), self.tr("设置已保存。"))

    def _language_changed(self) -> None:
        self.session.settings.setValue("ui/language", self.language.currentData())
        QMessageBox.information(
            self, self.tr("界面语言"), self.tr("界面语言将在重新启动团务通后生效。")
        )

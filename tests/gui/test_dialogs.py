"""管理支部 and 恢复备份 dialogs, driven as a secretary would."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from leaguedesk.gui.app import app_settings
from leaguedesk.gui.dialogs.branches import BranchesDialog, BranchForm
from leaguedesk.gui.dialogs.restore import RestoreDialog
from leaguedesk.gui.session import Session
from leaguedesk.gui.tasks import TaskRunner
from leaguedesk.services import organisation as org
from leaguedesk.storage import backup


@pytest.fixture
def session(qtbot, demo_league):
    s = Session(app_settings(), TaskRunner(synchronous=True))
    s.set_league(demo_league)
    return s


@pytest.fixture
def answers(record_message_boxes):
    return record_message_boxes(entry=lambda kind, _title, text: (kind, text))


def test_create_branch_through_the_form(qtbot, session, answers):
    form = BranchForm(session, None)
    qtbot.addWidget(form)
    form.name.setText("新成立团支部")  # QTest cannot type CJK characters (it aborts)
    form.full_name.setText("示范大学新成立团支部")
    form.accept()
    assert form.result() == form.DialogCode.Accepted
    assert "新成立团支部" in [b.name for b in org.list_branches(session.league)]


def test_duplicate_name_keeps_the_form_open_with_a_message(qtbot, session, answers):
    existing = org.list_branches(session.league)[0].name
    form = BranchForm(session, None)
    qtbot.addWidget(form)
    form.name.setText(existing)
    form.accept()
    assert form.result() != form.DialogCode.Accepted
    assert answers and existing in answers[0][1]


def test_archive_and_restore_from_the_list(qtbot, session, answers):
    dialog = BranchesDialog(session)
    qtbot.addWidget(dialog)
    changed = []
    session.data_changed.connect(lambda: changed.append(1))
    before = dialog.table.rowCount()
    dialog.table.selectRow(0)
    dialog.archive()
    assert dialog.table.rowCount() == before - 1
    assert changed
    dialog.show_archived.setChecked(True)
    archived_row = next(
        r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 6).text() == "已撤销"
    )
    dialog.table.selectRow(archived_row)
    assert dialog.restore_button.isEnabled()
    dialog.restore()
    assert all(dialog.table.item(r, 6).text() == "正常" for r in range(dialog.table.rowCount()))


def test_restore_dialog_lists_and_restores(qtbot, session, answers):
    league = session.league
    folder = backup.default_dir(league.path)
    backup.make(league, folder)
    league.db.execute("DELETE FROM members")
    league.db.conn.commit()
    dialog = RestoreDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() >= 1
    assert dialog.table.item(0, 2).text().endswith("KB")
    reloaded = []
    session.file_changed.connect(lambda: reloaded.append(1))
    dialog.table.selectRow(0)
    dialog.restore_selected()
    assert league.db.execute("SELECT count(*) FROM members").fetchone()[0] == 60
    assert reloaded
    assert any(b.reason == "restore" for b in backup.list_backups(folder))


def test_restore_asks_first(qtbot, session, monkeypatch):
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    league = session.league
    backup.make(league, backup.default_dir(league.path))
    league.db.execute("DELETE FROM members")
    league.db.conn.commit()
    dialog = RestoreDialog(session)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    dialog.restore_selected()
    assert league.db.execute("SELECT count(*) FROM members").fetchone()[0] == 0
    assert dialog.table.item(0, 0).flags() & Qt.ItemFlag.ItemIsEnabled

"""The 发展团员 page driven like a user: a new applicant taken through all 15 steps to
membership on the board, a blocking error and a warning that needs a reason, the timeline,
printing, and the rule settings."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from leaguedesk.gui.dialogs import applicant_form, recruit_rules, recruit_step, recruit_timeline
from leaguedesk.gui.pages.recruitment import RecruitmentPage
from leaguedesk.gui.widgets import qdate
from leaguedesk.services import members
from leaguedesk.services import recruitment as rs
from leaguedesk.services.recruitment_records import StepInput
from tests.recruit_path import ORDER, TODAY, applicant_values, member_ids, path

D = dt.date


@pytest.fixture
def session(league, sample, make_session):
    return make_session(league, sample.branch_id)


@pytest.fixture
def opened():
    return []


@pytest.fixture
def page(qtbot, session, opened):
    page = RecruitmentPage(session, today=TODAY, open_file=opened.append)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def messages(record_message_boxes):
    return record_message_boxes(
        ("information", "warning"), entry=lambda _kind, _title, text: text, reply=None
    )


def drive(monkeypatch, cls, fill):
    """Make ``cls.exec()`` fill the dialog like a user instead of waiting for one."""

    def exec_(self):
        fill(self)
        return self.result()

    monkeypatch.setattr(cls, "exec", exec_)


def fill_step(qtbot, dialog: recruit_step.RecruitStepDialog, data: StepInput) -> None:
    """Type one step's input into its form and press 保存."""
    dialog.date_edit.setDate(qdate(data.date))
    if dialog.notice_edit is not None:
        dialog.notice_edit.setDate(qdate(data.notice_start))
    if dialog.opinion_edit is not None:
        dialog.opinion_edit.setDate(qdate(data.opinion_date))
    if dialog.people_list is not None:
        for row in range(dialog.people_list.count()):
            item = dialog.people_list.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in data.people
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
    if dialog.kind_box is not None:
        dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(data.decision.kind))
        dialog.expected.setValue(data.decision.expected)
        dialog.present.setValue(data.decision.present)
    if dialog.yes is not None:
        dialog.yes.setValue(data.ballot.yes)
        dialog.no.setValue(data.ballot.no)
        dialog.abstain.setValue(data.ballot.abstain)
    if dialog.code == "cultivation":
        for day, topic in ((D(2025, 5, 9), "团的基本知识"), (D(2025, 6, 6), "团史")):
            dialog.lesson_date.setDate(qdate(day))
            dialog.lesson_topic.setText(topic)
            dialog.lesson_hours.setValue(4)
            qtbot.mouseClick(_button(dialog, "添加团课"), Qt.MouseButton.LeftButton)
    if dialog.documents is not None and data.documents:
        dialog.documents.setPlainText("\n".join(data.documents))
    dialog.notes.setText(data.notes)
    dialog.check_now()
    assert dialog.save_button.isEnabled(), dialog.findings_label.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def _button(dialog, text):
    from PySide6.QtWidgets import QPushButton

    return next(b for b in dialog.findChildren(QPushButton) if b.text() == text)


def test_one_applicant_from_application_to_member(qtbot, monkeypatch, page, session, sample):
    league = session.league
    people = member_ids(league, sample.branch_id)
    steps = path(people)
    steps["cultivation"] = StepInput(D(2025, 7, 1), documents=("培养考察记录",))  # 8 h of 团课

    def new_applicant(dialog):
        for key, value in applicant_values().items():
            dialog.set_value(key, value)
        dialog.check_now()
        assert dialog.values()["birth_date"] == "2008-05-10"  # read from the ID
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    drive(monkeypatch, applicant_form.ApplicantDialog, new_applicant)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    applicant_id = rs.list_applicants(league)[0].id
    card = page.card(applicant_id)
    assert card is not None and "提交入团申请书" in card.next_label.text()
    assert "1 人" in page.stage_columns[0].header.text()

    for code in ORDER:
        card = page.card(applicant_id)
        assert card is not None, code
        drive(
            monkeypatch,
            recruit_step.RecruitStepDialog,
            lambda dialog, c=code: (
                dialog.code == c or pytest.fail(dialog.code),
                fill_step(qtbot, dialog, steps[c]),
            ),
        )
        qtbot.mouseClick(card.next_button, Qt.MouseButton.LeftButton)
        assert code in rs.get_applicant(league, applicant_id).steps, code

    assert page.card(applicant_id) is None  # all 15 done: off the board
    applicant = rs.get_applicant(league, applicant_id)
    assert applicant.status == "admitted"
    member = members.get_member(league, applicant.member_id)
    assert member.name == "林小青" and member.joined_on == "2025-08"
    assert member.development_no == applicant.development_no
    assert member.development_no.startswith("2025") and len(member.development_no) == 12
    assert rs.tuanke_hours(league, applicant_id) == 8


def _at(league, branch_id, until):
    applicant = rs.create_applicant(league, branch_id, applicant_values(), today=TODAY)
    people = member_ids(league, branch_id)
    for code in ORDER[: ORDER.index(until)]:
        rs.record_step(league, applicant.id, code, path(people)[code], today=TODAY)
    return applicant.id, people


def test_an_error_keeps_save_disabled_and_a_warning_needs_a_reason(qtbot, session, sample):
    league = session.league
    applicant_id, people = _at(league, sample.branch_id, "talk")
    dialog = recruit_step.RecruitStepDialog(league, applicant_id, "talk", today=TODAY)
    qtbot.addWidget(dialog)
    assert "应在 2025-04-03 前完成" in dialog.hint.text()
    dialog.check_now()
    assert not dialog.save_button.isEnabled()
    assert "请填写相关人员" in dialog.findings_label.text()  # red: nobody chosen yet
    dialog.set_people([people["张伟"]])
    dialog.date_edit.setDate(qdate(D(2025, 4, 10)))
    dialog.check_now()
    assert "谈话应在2025-04-03前进行，已晚7天" in dialog.findings_label.text()
    assert dialog.reason.isVisible() or not dialog.isVisible()
    assert not dialog.save_button.isEnabled()
    dialog.reason.setPlainText("申请人请假返乡")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert rs.get_applicant(league, applicant_id).steps["talk"].record.reason == "申请人请假返乡"


def test_a_notice_not_over_is_shown_in_words(qtbot, session, sample):
    league = session.league
    applicant_id, people = _at(league, sample.branch_id, "contacts")
    dialog = recruit_step.RecruitStepDialog(league, applicant_id, "contacts", today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.date_edit.date() == qdate(D(2025, 4, 18))  # the earliest day by default
    dialog.date_edit.setDate(qdate(D(2025, 4, 16)))
    dialog.set_people([people["张伟"], people["王芳"]])
    dialog.check_now()
    text = dialog.findings_label.text()
    assert "公示期为2025-04-11至2025-04-17" in text and "最早2025-04-18" in text
    assert not dialog.save_button.isEnabled()


def test_board_marks_overdue_and_timeline_lists_every_step(
    qtbot, monkeypatch, page, session, sample
):
    league = session.league
    applicant_id, _people = _at(league, sample.branch_id, "talk")
    session.notify_data_changed()
    card = page.card(applicant_id)
    assert "截止 2025-04-03" in card.date_label.text() and "已逾期" in card.date_label.text()
    assert "逾期 1 人" in page.summary.text()
    seen = {}

    def look(dialog):
        seen["rows"] = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
        seen["first"] = dialog.table.item(0, 2).text()
        seen["next"] = dialog.table.item(1, 7).text()
        dialog.accept()

    drive(monkeypatch, recruit_timeline.TimelineDialog, look)
    qtbot.mouseClick(card.timeline_button, Qt.MouseButton.LeftButton)
    assert len(seen["rows"]) == 15 and seen["rows"][10] == "支部大会讨论"
    assert seen["first"] == "2025-03-03" and seen["next"] == "下一步"


def test_the_timeline_shows_each_notice_from_its_first_to_its_last_day(qtbot, session, sample):
    league = session.league
    applicant_id, _people = _at(league, sample.branch_id, "introducers")
    dialog = recruit_timeline.TimelineDialog(session, applicant_id, today=TODAY)
    qtbot.addWidget(dialog)
    rows = {
        dialog.table.item(r, 1).text(): dialog.table.item(r, 4).text()
        for r in range(dialog.table.rowCount())
    }
    assert rows["确定入团积极分子"] == (
        "支部委员会 应到4 实到4；公示2025-04-11至2025-04-17（5个工作日）"
    )
    assert rows["公示发展对象"] == "公示2025-07-16至2025-07-22（5个工作日）"
    assert rows["公示新团员"] == ""  # not recorded yet


def test_withdrawal_from_the_timeline(qtbot, monkeypatch, session, sample):
    league = session.league
    applicant_id, _people = _at(league, sample.branch_id, "talk")

    def close(dialog):
        dialog.reason.setPlainText("本人书面申请撤回")
        dialog.save()

    drive(monkeypatch, recruit_timeline.CloseDialog, close)
    timeline = recruit_timeline.TimelineDialog(session, applicant_id, today=TODAY)
    qtbot.addWidget(timeline)
    qtbot.mouseClick(timeline.withdraw_button, Qt.MouseButton.LeftButton)
    assert rs.get_applicant(league, applicant_id).status == "withdrawn"
    assert not timeline.next_button.isEnabled()
    assert "本人书面申请撤回" in timeline.summary.text()


def test_print_actions_write_and_open_files(qtbot, page, session, sample, opened, messages):
    league = session.league
    applicant_id, _people = _at(league, sample.branch_id, "general_meeting")
    page.print_actions["notice2"].trigger()
    page.print_actions["ballot"].trigger()
    page.print_actions["list"].trigger()
    page.print_actions["xlsx"].trigger()
    page.print_record(applicant_id)
    assert [p.suffix for p in opened] == [".pdf", ".pdf", ".pdf", ".xlsx", ".pdf"]
    assert all(p.stat().st_size > 1000 for p in opened)
    page.print_actions["notice3"].trigger()  # nobody admitted yet
    assert messages and "没有可公示的人员" in messages[-1]


def test_rule_settings_are_saved(qtbot, monkeypatch, page, session, sample):
    def edit(dialog):
        dialog.cultivation.setValue(6)
        dialog.quota.setValue(3)
        dialog.holidays.setPlainText("2030-10-01\n2030-10-02")
        dialog.save()

    drive(monkeypatch, recruit_rules.RecruitRulesDialog, edit)
    qtbot.mouseClick(page.rules_button, Qt.MouseButton.LeftButton)
    league = session.league
    assert rs.load_rules(league).cultivation_months == 6
    assert rs.quotas(league, sample.branch_id) == {2025: 3}
    assert D(2030, 10, 2) in rs.load_holidays(league).holidays


def test_bad_holiday_dates_are_refused(qtbot, session, sample):
    dialog = recruit_rules.RecruitRulesDialog(
        session.league, branch_id=sample.branch_id, today=TODAY
    )
    qtbot.addWidget(dialog)
    dialog.holidays.setPlainText("2030-13-01")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "2030-13-01" in dialog.problem.text()


def test_attached_file_is_kept_and_counts_as_the_documents(qtbot, session, sample, tmp_path):
    league = session.league
    applicant_id, _people = _at(league, sample.branch_id, "cultivation")
    dialog = recruit_step.RecruitStepDialog(league, applicant_id, "cultivation", today=TODAY)
    qtbot.addWidget(dialog)
    dialog.hours.setValue(8)
    dialog.check_now()
    assert "请填写材料" in dialog.findings_label.text()
    scan = tmp_path / "培养考察记录.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    dialog.attach_path(str(scan))
    dialog.check_now()
    assert dialog.save_button.isEnabled(), dialog.findings_label.text()
    assert [d["title"] for d in rs.documents(league, applicant_id)] == ["培养考察记录"]


def test_a_failed_admission_is_shown_and_nothing_saved(qtbot, session, sample):
    league = session.league
    applicant_id, _people = _at(league, sample.branch_id, "approval")
    values = {
        **applicant_values(),
        "political_status": "共青团员",
        "joined_on": "2025-08",
        "development_no": "202500000099",
    }
    members.create_member(league, sample.branch_id, values, today=TODAY)
    dialog = recruit_step.RecruitStepDialog(league, applicant_id, "approval", today=TODAY)
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(qdate(D(2025, 8, 20)))
    dialog.check_now()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "公民身份号码" in dialog.findings_label.text()
    assert "approval" not in rs.get_applicant(league, applicant_id).steps

"""会议记录 and a recorded meeting's sign-in sheet read back from the PDF."""

import dataclasses
import datetime as dt

from leaguedesk.core.quorum import AT_LEAST_TWO_THIRDS, QuorumRules
from leaguedesk.printing.meeting_signin import render_meeting_signin
from leaguedesk.printing.minutes import render_minutes
from leaguedesk.services import meetings as ms
from leaguedesk.services.meeting_records import Guest, MeetingDraft, ResolutionEntry
from tests.printing import pdftools
from tests.sample_branch import BRANCH_FULL, FIRST_GROUP, PINYIN_ORDER

STATUSES = {"赵磊": "病假", "陈静": "迟到", "曾小凡": "无故缺席"}


def record(league, sample, statuses=STATUSES, **changes):
    entries = ms.default_attendance(league, sample.branch_id, "支部大会")
    entries = tuple(
        dataclasses.replace(
            e, status=statuses.get(e.name, "出席"), note="发烧" if e.name == "赵磊" else ""
        )
        for e in entries
    )
    draft = MeetingDraft(
        kind="支部大会",
        date=dt.date(2026, 12, 1),
        start_time="19:00",
        end_time="20:30",
        place="教学楼A301",
        topics="讨论接收新团员",
        chair_name="张伟",
        recorder_name="李娜",
        agenda="传达文件精神\n讨论王小明同志的入团申请",
        minutes="王芳（组织委员）：介绍了王小明同志的培养考察情况。",
        attendance=entries,
        guests=(Guest("孙老师", "党支部代表"),),
        resolutions=(ResolutionEntry("同意接收王小明同志为团员", "发展团员", 5, 1, 0),),
    )
    meeting_id = ms.record_meeting(league, sample.branch_id, dataclasses.replace(draft, **changes))
    return ms.get_meeting(league, meeting_id)


def minutes_text(tmp_path, meeting, rules=None):
    rules = rules or QuorumRules()
    pdf = tmp_path / "minutes.pdf"
    result = render_minutes(meeting, meeting.assess(rules), pdf, printed_on=dt.date(2026, 12, 2))
    pages = pdftools.pages(pdf)
    assert result.pages == len(pages)
    return pdf, [pdftools.squeeze(p) for p in pages]


def test_minutes_carry_every_particular_of_the_meeting(tmp_path, league, sample):
    _, (page,) = minutes_text(tmp_path, record(league, sample))
    assert f"{BRANCH_FULL}支部大会会议记录" in page
    for text in (
        "会议类型支部大会",
        "2026年12月1日（星期二）19:00—20:30",
        "会议地点教学楼A301",
        "主持人张伟",
        "记录人李娜",
        "议题讨论接收新团员",
        "应到人数8人",
        "实到人数6人（其中迟到1人）",
        "赵磊（病假，发烧）",
        "曾小凡（无故缺席）",
        "孙老师（党支部代表）",
        "陈静（迟到）",
        "1.传达文件精神",
        "王芳（组织委员）",
        "主持人（签名）",
        "记录人（签名）",
        "第1页/共1页",
    ):
        assert text in page, text
    assert "符合法定人数" in page


def test_resolutions_show_votes_and_whether_they_count(tmp_path, league, sample):
    _, (page,) = minutes_text(tmp_path, record(league, sample))
    assert "同意接收王小明同志为团员发展团员510通过" in page


def test_below_quorum_resolutions_are_printed_as_void(tmp_path, league, sample):
    away = dict.fromkeys(PINYIN_ORDER[:4], "事假")
    _, (page,) = minutes_text(
        tmp_path,
        record(league, sample, statuses=away, resolutions=(ResolutionEntry("通过计划", yes=4),)),
    )
    assert "不足法定人数，本次会议决议无效" in page
    assert "票数通过" in page and "不足法定人数，无效" in page


def test_the_file_rules_decide_the_quorum_printed(tmp_path, league, sample):
    meeting = record(
        league, sample, statuses={"赵磊": "事假", "陈静": "事假", "单丽": "事假"}, resolutions=()
    )
    rules = QuorumRules().with_attendance("支部大会", AT_LEAST_TWO_THIRDS)
    _, (page,) = minutes_text(tmp_path, meeting, rules)
    assert "须不少于三分之二到会（至少6人）" in page


def test_long_minutes_run_onto_more_pages_with_a_heading(tmp_path, league, sample):
    points = "\n".join(f"第{n}位发言人：" + "结合学习和工作实际谈了体会。" * 6 for n in range(60))
    pdf, pages = minutes_text(tmp_path, record(league, sample, minutes=points))
    assert len(pages) > 2
    assert all("支部大会会议记录（续）" in page for page in pages[1:])
    assert "记录人（签名）" in pages[-1]
    png = pdftools.render_png(pdf, tmp_path / "page", page=2)
    assert png.stat().st_size > 1000


def test_no_id_number_or_phone_is_printed(tmp_path, league, sample):
    _, pages = minutes_text(tmp_path, record(league, sample))
    for number in (*sample.id_numbers, *sample.phones):
        assert all(number not in page for page in pages)


def test_signin_from_a_recorded_meeting_lists_who_it_expected(tmp_path, league, sample):
    meeting = record(
        league,
        sample,
        kind="团小组会",
        group_id=sample.group_ids[0],
        attendance=None,
        resolutions=(),
    )
    people = ms.meeting_attendees(league, meeting.id)
    pdf = tmp_path / "signin.pdf"
    render_meeting_signin(meeting, people, pdf, printed_on=dt.date(2026, 11, 30))
    (page,) = [pdftools.squeeze(p) for p in pdftools.pages(pdf)]
    assert f"{BRANCH_FULL}第一团小组团小组会签到表" in page
    for text in (
        "议题：讨论接收新团员",
        "时间：2026年12月1日（星期二）19:00",
        "地点：教学楼A301",
        "主持人：张伟",
        "记录人：李娜",
        f"应到{len(FIRST_GROUP)}人",
    ):
        assert text in page
    rows = page.split("本人签名备注", 1)[1]
    assert sorted(FIRST_GROUP, key=rows.index) == [n for n in PINYIN_ORDER if n in FIRST_GROUP]
    for number in sample.id_numbers:
        assert number not in page


def test_signin_by_group_follows_the_groups_order(tmp_path, league, sample):
    meeting = record(league, sample, attendance=None, resolutions=())
    people = ms.meeting_attendees(league, meeting.id, "group")
    assert [p.group_name for p in people] == sorted(
        (p.group_name for p in people), key=lambda g: (g == "", g != "第一团小组")
    )
    pdf = tmp_path / "signin.pdf"
    render_meeting_signin(meeting, people, pdf, grouped=True)
    page = pdftools.squeeze(pdftools.pages(pdf)[0])
    assert page.index("第一团小组（4人）") < page.index("第二团小组（3人）")

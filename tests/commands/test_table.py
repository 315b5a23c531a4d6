"""Terminal tables line up when cells hold Chinese text."""

from leaguedesk.commands.table import display_width, pad, render


def test_chinese_characters_take_two_columns():
    assert display_width("张三") == 4
    assert display_width("ab张") == 4
    assert display_width("ＡＢ") == 4  # full-width letters
    assert display_width("e\u0301") == 1  # a combining accent takes no column


def test_pad_fills_to_display_width():
    assert pad("张三", 6) == "张三  "
    assert pad("12", 4, right=True) == "  12"


def test_columns_start_at_the_same_display_position_on_every_line():
    text = render(
        ["姓名", "手机号码"],
        [["欧阳娜娜", "13800138000"], ["王芳", "13900000000"], ["Li Lei", "13700000000"]],
    )
    lines = text.splitlines()
    starts = {display_width(line[: line.index("1")]) for line in lines[2:]}
    assert len(starts) == 1
    assert display_width(lines[0][: lines[0].index("手")]) == starts.pop()

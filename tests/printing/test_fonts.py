"""The printing font: the bundled CJK TrueType font, embedded as a subset; a clear error if none."""

import datetime as dt

import pytest

from leaguedesk.paths import resource_path
from leaguedesk.printing import fonts
from leaguedesk.printing.errors import PrintError, PrintProblem
from leaguedesk.printing.signin import SigninSpec, render_signin
from leaguedesk.services.attendees import Attendee
from tests.printing import pdftools


def test_bundled_font_comes_first():
    first = next(fonts.candidates())
    assert first == (resource_path("fonts", "wqy-microhei.ttc"), 0)


def test_font_is_registered_once_and_is_the_bundled_one():
    assert fonts.register_cjk_font() == fonts.FONT_NAME
    assert fonts.register_cjk_font() == fonts.FONT_NAME
    assert fonts.registered_font_path() == resource_path("fonts", "wqy-microhei.ttc")


def test_unreadable_candidates_are_skipped(tmp_path):
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font")
    font, path = fonts.load_cjk_font(
        [
            (tmp_path / "missing.ttc", 0),
            (broken, 0),
            (resource_path("fonts", "wqy-microhei.ttc"), 0),
        ]
    )
    assert path.name == "wqy-microhei.ttc"
    assert font.fontName == fonts.FONT_NAME


def test_no_usable_font_is_a_clear_error(tmp_path):
    with pytest.raises(PrintError) as caught:
        fonts.load_cjk_font([(tmp_path / "missing.ttc", 0)])
    assert caught.value.problem is PrintProblem.NO_CJK_FONT


def test_without_the_bundled_font_a_system_font_is_looked_for(monkeypatch, tmp_path):
    monkeypatch.setattr(fonts, "resource_path", lambda *parts: tmp_path / "gone.ttc")
    monkeypatch.setattr(fonts, "_system_candidates", lambda: iter([(tmp_path / "sys.ttc", 0)]))
    assert list(fonts.candidates()) == [(tmp_path / "sys.ttc", 0)]


def test_pdf_embeds_only_a_subset_of_the_font(tmp_path):
    pdf = tmp_path / "s.pdf"
    render_signin(
        SigninSpec("一班团支部", "支部大会", dt.date(2026, 12, 1)),
        [Attendee("张伟"), Attendee("李娜")],
        pdf,
    )
    listed = pdftools.fonts(pdf)
    assert listed, "no fonts listed"
    assert all(f["emb"] == "yes" and f["sub"] == "yes" for f in listed), listed
    assert all("WenQuanYi" in f["name"] for f in listed), listed
    assert not any("STSong" in f["name"] for f in listed)
    # The whole font is 5 MB; a one-page sheet must carry only its glyphs.
    assert pdf.stat().st_size < 150_000

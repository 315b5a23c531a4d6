"""Fixtures the GUI tests share: message boxes that return at once and window sessions over a
league file."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from leaguedesk.gui.session import Session
from leaguedesk.gui.tasks import TaskRunner

MESSAGE_KINDS = ("critical", "warning", "information", "question")


def _whole(kind: str, title: str, text: str) -> tuple[str, str, str]:
    return kind, title, text


@pytest.fixture
def record_message_boxes(monkeypatch) -> Callable[..., list]:
    """Modal message boxes would block an offscreen test: ``record_message_boxes(kinds, entry,
    reply)`` makes ``QMessageBox.<kind>`` return ``reply`` at once and returns the list each box
    adds ``entry(kind, title, text)`` to (by default the whole triple)."""

    def install(
        kinds: Iterable[str] = MESSAGE_KINDS,
        entry: Callable[[str, str, str], object] = _whole,
        reply: object = QMessageBox.StandardButton.Yes,
    ) -> list:
        shown: list = []

        def record(kind: str):
            def show(parent, title, text, *args, **kwargs):
                shown.append(entry(kind, title, text))
                return reply

            return show

        for kind in kinds:
            monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))
        return shown

    return install


@pytest.fixture
def make_session(tmp_path):
    """``make_session(league, branch_id=None)``: a window session over an open league file, with
    its settings in the test's folder and tasks run at once. Each lets go of its file at the end
    (the league fixture closes it)."""
    made: list[Session] = []

    def make(league, branch_id: int | None = None) -> Session:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        session = Session(settings, TaskRunner(synchronous=True))
        session.set_league(league)
        if branch_id is not None:
            session.set_branch(branch_id)
        made.append(session)
        return session

    yield make
    for session in made:
        session.league = None

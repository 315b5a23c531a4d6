"""Shared fixtures: an isolated data folder per test, fresh league files copied from a template,
and the sample branch."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# Without a display Qt aborts the whole run; offscreen makes GUI tests fail like any other test.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from leaguedesk.services import demo
from leaguedesk.storage import leaguefile
from leaguedesk.storage.leaguefile import LeagueFile
from tests.sample_branch import SampleBranch, add_sample_branch


@pytest.fixture(autouse=True)
def data_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own LEAGUEDESK_HOME: no test sees the real user folder or another's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("LEAGUEDESK_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def _templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("templates")
    empty = folder / "empty.leaguedb"
    with leaguefile.create(empty):
        pass
    sample = folder / "demo.leaguedb"
    with leaguefile.create(sample) as league:
        demo.generate(league, branches=3, members=60, seed=7)
    return {"empty": empty, "demo": sample}


def _copy(template: Path, target: Path) -> Path:
    shutil.copyfile(template, target)
    return target


@pytest.fixture
def league_path(tmp_path: Path, _templates: dict[str, Path]) -> Path:
    """A fresh, migrated, empty league file (not open)."""
    return _copy(_templates["empty"], tmp_path / "league.leaguedb")


@pytest.fixture
def demo_path(tmp_path: Path, _templates: dict[str, Path]) -> Path:
    """A fresh league file with 3 branches and 60 demo members (not open)."""
    return _copy(_templates["demo"], tmp_path / "demo.leaguedb")


@pytest.fixture
def league(league_path: Path) -> LeagueFile:
    opened = leaguefile.open_league(league_path)
    yield opened
    opened.close()


@pytest.fixture
def demo_league(demo_path: Path) -> LeagueFile:
    opened = leaguefile.open_league(demo_path)
    yield opened
    opened.close()


@pytest.fixture
def sample(league: LeagueFile) -> SampleBranch:
    """The sample branch (``tests.sample_branch``: known names, groups and posts) in ``league``."""
    return add_sample_branch(league)

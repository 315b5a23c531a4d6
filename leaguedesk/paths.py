"""Where LeagueDesk keeps its files: the data folder, the default league file, backups, resources.

``LEAGUEDESK_HOME`` replaces the per-user data folder (tests, portable installs, USB sticks).
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

from leaguedesk import APP_NAME

HOME_ENV = "LEAGUEDESK_HOME"
LEAGUE_SUFFIX = ".leaguedb"
DEFAULT_FILE_NAME = "团务" + LEAGUE_SUFFIX


def data_home() -> Path:
    """The folder holding the default league file, backups and settings."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=True))


def default_league_path() -> Path:
    return data_home() / DEFAULT_FILE_NAME


def backups_root() -> Path:
    return data_home() / "backups"


def backups_dir_for(league_path: Path) -> Path:
    """One backup folder per league file; the path hash keeps same-named files apart."""
    resolved = str(Path(league_path).resolve())
    digest = hashlib.sha1(resolved.encode("utf-8")).hexdigest()[:8]
    return backups_root() / f"{Path(league_path).stem}-{digest}"


def resource_path(*parts: str) -> Path:
    """A file under resources/, in a source checkout and in a PyInstaller bundle alike."""
    bundle = getattr(sys, "_MEIPASS", None)
    base = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return base.joinpath("resources", *parts)


def i18n_path(*parts: str) -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    base = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return base.joinpath("i18n", *parts)

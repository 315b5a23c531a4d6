"""A full disk and a read-only medium: a clear error, and the league file stays as it was.

Uses a tiny tmpfs mount, so these tests run only where mounting is allowed (root on Linux).
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from leaguedesk.storage import leaguefile
from leaguedesk.storage.errors import LeagueFileError, Problem

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs tmpfs")


@pytest.fixture
def small_disk(tmp_path):
    mount_point = tmp_path / "stick"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(mount_point)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def count_branches(path: Path) -> int:
    with leaguefile.open_league(path, readonly=True) as league:
        return league.db.execute("SELECT count(*) FROM branches").fetchone()[0]


def test_full_disk_rolls_back_and_says_so(small_disk, league_path, data_home):
    path = small_disk / "league.leaguedb"
    shutil.copyfile(league_path, path)
    with leaguefile.open_league(path, backups_dir=data_home / "b") as league:
        league.db.execute("INSERT INTO branches(name) VALUES ('一班团支部')")
        league.db.conn.commit()
        with pytest.raises(LeagueFileError) as caught, league.transaction() as db:
            for n in range(400):
                db.execute(
                    "INSERT INTO branches(name, contact) VALUES (?, ?)",
                    [f"支部{n}", "很长的联系方式" * 400],
                )
        assert caught.value.problem is Problem.DISK_FULL
    assert count_branches(path) == 1


def test_read_only_medium_is_refused_unchanged(small_disk, league_path):
    path = small_disk / "league.leaguedb"
    shutil.copyfile(league_path, path)
    before = path.read_bytes()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    with pytest.raises(LeagueFileError) as caught:
        leaguefile.open_league(path)
    assert caught.value.problem is Problem.READ_ONLY
    assert path.read_bytes() == before
    with leaguefile.open_league(path, readonly=True) as league:  # still readable
        assert league.db.execute("SELECT count(*) FROM branches").fetchone()[0] == 0

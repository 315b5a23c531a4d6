"""A LeagueDesk killed in the middle of an import leaves a valid file without a partial import."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from leaguedesk.core import idcard
from leaguedesk.services import organisation as org
from leaguedesk.storage import leaguefile
from tests.exchange.conftest import write_xlsx

ROOT = Path(__file__).resolve().parents[2]

# Applies the import and, with 400 of 1,000 rows written inside the transaction, says so and
# waits to be killed.
SCRIPT = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from leaguedesk.exchange.importing import apply_import, plan_import
    from leaguedesk.storage import leaguefile

    db, source, marker = map(Path, sys.argv[1:4])
    league = leaguefile.open_league(db)
    plan = plan_import(league, source, branch_id=1)

    def progress(done, total):
        if done >= 400:
            marker.write_text(str(done))
            time.sleep(60)

    apply_import(league, plan, progress=progress)
    print("finished")
""")


@pytest.mark.slow
@pytest.mark.skipif(os.name == "nt", reason="SIGKILL")
def test_killed_import_leaves_no_trace(tmp_path: Path, league_path: Path) -> None:
    with leaguefile.open_league(league_path) as league:
        org.create_branch(league, org.BranchFields(name="一班"))
    rows = [["姓名", "身份证号码"]]
    rows += [
        [f"团员{i}", idcard.make("440106", dt.date(1998, 1, 1) + dt.timedelta(days=i), 11)]
        for i in range(1000)
    ]
    source = write_xlsx(tmp_path / "big.xlsx", rows)
    marker = tmp_path / "halfway"
    proc = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(league_path), str(source), str(marker)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert proc.poll() is None, "the import process ended early"
            assert time.monotonic() < deadline, "the import never got halfway"
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    assert int(marker.read_text()) == 400

    leaguefile.inspect(league_path)  # header, identity and quick_check
    with leaguefile.open_league(league_path) as league:
        assert league.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert league.db.execute("SELECT count(*) FROM members").fetchone()[0] == 0
        assert league.db.execute("SELECT count(*) FROM member_history").fetchone()[0] == 0
        assert league.db.execute("SELECT count(*) FROM league_groups").fetchone()[0] == 0

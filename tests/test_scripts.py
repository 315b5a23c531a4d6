"""The maintenance scripts keep working as the code changes under them."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_screenshot_script_draws_every_screen(tmp_path):
    out = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LEAGUEDESK_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "scripts/screenshots.py", "--out", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    shots = sorted(p.name for p in out.glob("*.png"))
    kept = {p.name for p in (ROOT / "docs" / "screenshots").glob("*.png")}
    assert len(shots) >= 9 and "roster.png" in shots and set(shots) <= kept
    assert all((out / name).stat().st_size > 5000 for name in shots)

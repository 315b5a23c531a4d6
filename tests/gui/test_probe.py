"""The launch probe benchmarks/launch.py relies on: time to the first paint, then a clean exit."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_probe_reports_the_first_paint_and_quits(demo_path: Path) -> None:
    started = time.perf_counter_ns()
    result = subprocess.run(
        [sys.executable, "-m", "leaguedesk", "--db", str(demo_path)],
        cwd=ROOT,
        env=dict(os.environ, LEAGUEDESK_LAUNCH_PROBE=str(started), QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    wall_ms = (time.perf_counter_ns() - started) / 1e6
    assert result.returncode == 0, result.stderr
    found = re.search(r"launch-probe-ms: ([0-9.]+)", result.stdout)
    assert found, result.stdout
    assert 0 < float(found.group(1)) < wall_ms

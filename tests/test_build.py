"""The PyInstaller build (build.spec) builds, and the built program passes its smoke tests.

Takes about a minute and needs PyInstaller, so it runs only when asked for:
``LEAGUEDESK_BUILD_TEST=1 python -m pytest tests/test_build.py``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("LEAGUEDESK_BUILD_TEST") != "1",
        reason="builds the app with PyInstaller; set LEAGUEDESK_BUILD_TEST=1",
    ),
]


def test_build_and_smoke_test_the_bundle() -> None:
    pytest.importorskip("PyInstaller")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_app.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    tail = (result.stdout + result.stderr)[-4000:]
    assert result.returncode == 0, tail
    assert "smoke test 2 (reuses x.leaguedb): ok" in result.stdout, tail
    assert "smoke test 3 (--lang en, bundled font only): ok" in result.stdout, tail

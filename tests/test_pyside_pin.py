"""The PySide6 pin: 6.12.0 on CPython 3.11 loses a reference to None on every void-returning
call and aborts after a few thousand; the pin keeps 3.11 below 6.12, and the app survives."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent

# 10,000 loops of two void-returning calls: 20,000 calls, one process.
MANY_VOID_CALLS = """
import sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv[:1])
widget = QWidget()
before = sys.getrefcount(None)
for number in range(10_000):
    widget.setWindowTitle(f"团务通 {number}")
    QCoreApplication.processEvents()
lost = before - sys.getrefcount(None)
print(f"calls: 20000; references to None lost: {lost}")
sys.exit(0 if lost < 1000 else 3)
"""


@pytest.mark.slow
def test_twenty_thousand_void_calls_in_one_process() -> None:
    result = subprocess.run(
        [sys.executable, "-c", MANY_VOID_CALLS],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode == 0, (result.returncode, result.stdout, result.stderr[-2000:])
    assert "calls: 20000" in result.stdout


def _pyside_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = [Requirement(line) for line in project["dependencies"]]
    return [r for r in requirements if r.name.lower() == "pyside6"]


def _allowed(python: str) -> list[Requirement]:
    environment = {"python_version": python, "python_full_version": f"{python}.0"}
    return [r for r in _pyside_requirements() if r.marker is None or r.marker.evaluate(environment)]


def test_pyside_612_is_kept_off_python_311() -> None:
    for python in ("3.11",):
        applying = _allowed(python)
        assert applying, f"no PySide6 requirement applies on Python {python}"
        for requirement in applying:
            assert not requirement.specifier.contains("6.12.0"), requirement
            assert not requirement.specifier.contains("6.13.0"), requirement
            assert requirement.specifier.contains("6.11.3"), requirement


def test_newer_pythons_may_use_pyside_612() -> None:
    for python in ("3.12", "3.13"):
        applying = _allowed(python)
        assert applying, f"no PySide6 requirement applies on Python {python}"
        assert all(r.specifier.contains("6.12.0") for r in applying)

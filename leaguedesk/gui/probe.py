"""Launch timing for benchmarks/launch.py: time from process start to the window's first paint.

Set ``LEAGUEDESK_LAUNCH_PROBE`` to ``time.perf_counter_ns()`` taken just before starting the
process (a system-wide monotonic clock on Windows, macOS and Linux); the program then prints
``launch-probe-ms: <milliseconds>`` once the main window has painted, and quits.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "LEAGUEDESK_LAUNCH_PROBE"


class _FirstPaint(QObject):
    def __init__(self, started_ns: int):
        super().__init__()
        self.started_ns = started_ns
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            elapsed_ms = (time.perf_counter_ns() - self.started_ns) / 1e6
            print(f"launch-probe-ms: {elapsed_ms:.1f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def install(window: QWidget) -> bool:
    """Watch ``window`` for its first paint when the probe is asked for; True when installed.

    gui/app.py imports this module only when ``LEAGUEDESK_LAUNCH_PROBE`` is set.
    """
    value = os.environ.get(ENV)
    if not value:
        return False
    probe = _FirstPaint(int(value))
    probe.setParent(window)
    window.installEventFilter(probe)
    return True

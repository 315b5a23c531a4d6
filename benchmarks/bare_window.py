"""The yardstick for benchmarks/launch.py: a bare PySide6 program, a QMainWindow with one table.

Prints ``launch-probe-ms: <ms>`` at the window's first paint, measured from the
``LEAGUEDESK_LAUNCH_PROBE`` timestamp (``time.perf_counter_ns()`` before the process started),
then quits — the same probe LeagueDesk uses.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem


class FirstPaint(QObject):
    def __init__(self, started_ns: int):
        super().__init__()
        self.started_ns = started_ns
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            print(
                f"launch-probe-ms: {(time.perf_counter_ns() - self.started_ns) / 1e6:.1f}",
                flush=True,
            )
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    table = QTableWidget(50, 5)
    for row in range(50):
        for column in range(5):
            table.setItem(row, column, QTableWidgetItem(f"{row},{column}"))
    window.setCentralWidget(table)
    window.resize(1200, 780)
    probe = FirstPaint(int(os.environ["LEAGUEDESK_LAUNCH_PROBE"]))
    window.installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

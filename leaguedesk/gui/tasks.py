"""Long work off the UI thread: one small runner over QThreadPool with progress, result and error.

Workers must not touch widgets; they report through signals that Qt delivers on the main thread.
Tests set ``synchronous=True`` to run the work inline.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """Raised inside a task when the user pressed Cancel."""


class TaskHandle(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the work's return value
    failed = Signal(object)  # the exception
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Called by the work between steps: stops it when the user cancelled."""
        if self._cancel.is_set():
            raise Cancelled

    def report(self, done: int, total: int) -> None:
        self.check()
        self.progress.emit(done, total)


class _Runnable(QRunnable):
    def __init__(self, handle: TaskHandle, work: Callable[[TaskHandle], Any]):
        super().__init__()
        self.handle = handle
        self.work = work

    def run(self) -> None:
        _execute(self.handle, self.work)


def _execute(handle: TaskHandle, work: Callable[[TaskHandle], Any]) -> None:
    try:
        result = work(handle)
    except Cancelled:
        handle.cancelled.emit()
    except Exception as exc:
        exc.formatted_traceback = traceback.format_exc()  # type: ignore[attr-defined]
        handle.failed.emit(exc)
    else:
        handle.finished.emit(result)


class TaskRunner:
    def __init__(self, *, synchronous: bool = False, pool: QThreadPool | None = None):
        self.synchronous = synchronous
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[TaskHandle] = set()

    def start(
        self,
        work: Callable[[TaskHandle], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
    ) -> TaskHandle:
        handle = TaskHandle()
        self._running.add(handle)
        for signal, slot in (
            (handle.finished, on_done),
            (handle.failed, on_error),
            (handle.progress, on_progress),
            (handle.cancelled, on_cancel),
        ):
            if slot is not None:
                signal.connect(slot)
        for signal in (handle.finished, handle.failed, handle.cancelled):
            signal.connect(lambda *_args, h=handle: self._running.discard(h))
        if self.synchronous:
            _execute(handle, work)
        else:
            self.pool.start(_Runnable(handle, work))
        return handle

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)

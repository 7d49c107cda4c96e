"""Quiet work off the window's thread: no dialog, the window keeps responding, and the result
is handed to the window's thread when it is ready.

``Background(parent).run(work, done)`` calls ``work()`` in a thread of its own and then
``done(result)`` on the window's thread. Only the newest job counts: a result that arrives
after a newer job was started (the user changed a filter again, another database was opened)
is dropped. The work must not touch widgets and reaches the database through
``Database.worker_session()`` only. With ``tasks.SYNCHRONOUS`` (the tests) the work runs at
once in the calling thread. Long work the user waits for, with progress and Cancel, is
``tasks.run_task``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from werkplaats_desktop.ui import tasks

log = logging.getLogger(__name__)


class Background(QObject):
    _finished = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._generation = 0
        self._pending: dict[int, tuple[Callable[[Any], None],
                                       Callable[[BaseException], None] | None]] = {}
        self._finished.connect(self._deliver)

    @property
    def busy(self) -> bool:
        """A job was started whose result has not been delivered yet."""
        return self._generation in self._pending

    def run(self, work: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[BaseException], None] | None = None) -> None:
        self._generation += 1
        generation = self._generation
        self._pending = {generation: (done, failed)}  # older jobs will be dropped
        if tasks.SYNCHRONOUS:
            self._work(generation, work)
            return
        threading.Thread(target=self._work, args=(generation, work), daemon=True,
                         name="werkplaats-achtergrond").start()

    def forget(self) -> None:
        """Drop the result of the job that is running (e.g. the database is being closed)."""
        self._generation += 1
        self._pending.clear()

    def _work(self, generation: int, work: Callable[[], Any]) -> None:
        result: Any = None
        error: BaseException | None = None
        try:
            result = work()
        except BaseException as exc:  # handed to the window's thread
            error = exc
        try:
            self._finished.emit(generation, result, error)
        except RuntimeError:  # the window (and this object) is gone: nobody to tell
            pass

    @Slot(int, object, object)
    def _deliver(self, generation: int, result: Any, error: BaseException | None) -> None:
        callbacks = self._pending.pop(generation, None)
        if callbacks is None or generation != self._generation:
            return
        done, failed = callbacks
        if error is None:
            done(result)
        elif failed is not None:
            failed(error)
        else:
            log.error("Achtergrondtaak mislukt", exc_info=error)

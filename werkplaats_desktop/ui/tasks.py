"""Long work off the window's thread, with a progress dialog and a Cancel button.

``run_task(parent, title, work)`` calls ``work(progress)`` in a worker thread, shows a modal
progress dialog that follows ``progress.report(...)``, and returns what ``work`` returned
(or raises what it raised: ``services.progress.Cancelled`` when the work stopped because
the user pressed Cancel). The window stays
responsive meanwhile. The work must not touch widgets, and must reach the database through
``Database.worker_session()`` (its own connection), never through the window's connection.

Tests set ``SYNCHRONOUS = True`` (the fixture in tests/conftest.py does) so that the work runs
in the calling thread and results are there when the call returns.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from werkplaats_desktop.services.progress import Progress

T = TypeVar("T")

SYNCHRONOUS = False


class _Worker(QObject):
    progressed = Signal(int, int, str)
    done = Signal()

    def __init__(self, work: Callable[[Progress], Any]):
        super().__init__()
        self.work = work
        self.result: Any = None
        self.error: BaseException | None = None
        self.cancel = threading.Event()

    def run(self) -> None:
        progress = Progress(on_report=lambda d, t, m: self.progressed.emit(d, t, m),
                            cancel_requested=self.cancel.is_set)
        try:
            self.result = self.work(progress)
        except BaseException as exc:  # handed to the caller on the window's thread
            self.error = exc
        finally:
            self.done.emit()


class _ProgressShower(QObject):
    """Lives on the window's thread and shows the worker's reports in the dialog."""

    def __init__(self, dialog: QProgressDialog):
        super().__init__()
        self.dialog = dialog

    @Slot(int, int, str)
    def show_progress(self, done: int, total: int, message: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if message:
            self.dialog.setLabelText(message)


def run_task(parent: QWidget | None, title: str, work: Callable[[Progress], T],
             *, cancellable: bool = True) -> T:
    if SYNCHRONOUS:
        return work(Progress())
    dialog = QProgressDialog(title, QCoreApplication.translate("Taak", "Annuleren"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    worker = _Worker(work)
    thread = QThread()
    worker.moveToThread(thread)
    loop = QEventLoop()
    # A QObject of this (the window's) thread receives the reports: a queued signal runs in
    # the receiver's thread, and only a QObject has one (a plain function would run on the
    # worker's thread and touch the dialog from there).
    shower = _ProgressShower(dialog)
    worker.progressed.connect(shower.show_progress, Qt.ConnectionType.QueuedConnection)
    worker.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(worker.cancel.set)
    thread.started.connect(worker.run)
    thread.start()
    loop.exec()
    thread.quit()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    # A cancel that came after the work was done changes nothing: the result stands.
    return worker.result  # type: ignore[no-any-return]

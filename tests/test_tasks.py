"""Long work in a real worker thread: results, errors, cancel, and the progress dialog is only
touched on the window's thread (tests elsewhere run the work synchronously)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QProgressDialog
from pytestqt.qtbot import QtBot

from werkplaats_desktop.services.progress import Cancelled, Progress
from werkplaats_desktop.ui import tasks


@pytest.fixture
def threaded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)


def test_work_runs_off_the_window_thread_and_reports_on_it(
        qtbot: QtBot, threaded: None, monkeypatch: pytest.MonkeyPatch) -> None:
    main = QCoreApplication.instance().thread()  # type: ignore[union-attr]
    seen: list[tuple[int, bool]] = []
    original = QProgressDialog.setValue

    def set_value(self: QProgressDialog, value: int) -> None:
        seen.append((value, QThread.currentThread() is main))
        original(self, value)

    monkeypatch.setattr(QProgressDialog, "setValue", set_value)
    worker_threads = []

    def work(progress: Progress) -> str:
        worker_threads.append(QThread.currentThread() is main)
        for i in range(5):
            progress.report(i, 5, f"stap {i}")
            time.sleep(0.02)
        return "klaar"

    assert tasks.run_task(None, "Werk", work) == "klaar"
    assert worker_threads == [False]
    assert seen and all(on_main for _v, on_main in seen)


def test_an_error_in_the_work_reaches_the_caller(qtbot: QtBot, threaded: None) -> None:
    def work(progress: Progress) -> None:
        raise ValueError("kapot")

    with pytest.raises(ValueError, match="kapot"):
        tasks.run_task(None, "Werk", work)


def test_cancel_stops_the_work_where_it_checks(qtbot: QtBot, threaded: None,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    def work(progress: Progress) -> None:
        for _ in range(200):
            progress.check()
            time.sleep(0.01)

    def press_cancel_soon(self: QProgressDialog, *args: object) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(50, self.canceled.emit)  # as a click on Annuleren does

    monkeypatch.setattr(QProgressDialog, "setWindowTitle", press_cancel_soon)
    with pytest.raises(Cancelled):
        tasks.run_task(None, "Werk", work)

"""Promise 11: an unexpected error shows a Dutch dialog with copyable details, is written to a
rotating log in the user log folder, and the program keeps running without losing saved work.
"""

from __future__ import annotations

import logging.handlers
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.factories import small_werkplaats
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import PartnerType
from werkplaats_desktop.locations import user_log_dir
from werkplaats_desktop.store import orm
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.ui import errors
from werkplaats_desktop.ui.main_window import MainWindow


@pytest.fixture
def reporter(monkeypatch: pytest.MonkeyPatch) -> Iterator[errors.ErrorReporter]:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    yield errors.install_error_handling(app)
    if errors._reporter is not None and errors._reporter.dialog is not None:
        errors._reporter.dialog.close()
    errors.uninstall_logging()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_details_logs_them_and_the_program_goes_on(
        qtbot: QtBot, db_path: Path, reporter: errors.ErrorReporter) -> None:
    db = Database.open(db_path)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    saved = small_werkplaats(window.services)  # saved before the error

    def broken_slot() -> None:
        with window.db.write("Half werk") as s:  # an edit under way when the error strikes
            s.add(orm.Meta(sleutel="half", waarde="werk"))
            s.flush()
            raise RuntimeError("kapotte knop")

    action = QAction("Kapot", window)
    action.triggered.connect(broken_slot)
    window.menu("extra").addAction(action)
    action.trigger()

    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    dialog = reporter.dialog
    assert dialog is not None
    assert "Er ging iets onverwachts mis" in dialog.message.text()
    assert "Wat u al had opgeslagen, blijft bewaard" in dialog.message.text()
    assert str(errors.log_path()) in dialog.message.text()
    details = dialog.details.toPlainText()
    assert "RuntimeError: kapotte knop" in details and "broken_slot" in details
    dialog.copy_button.click()
    assert "RuntimeError: kapotte knop" in QGuiApplication.clipboard().text()

    log = errors.log_path()
    assert log.parent == user_log_dir()
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError: kapotte knop" in text

    # the program goes on: what was saved is there, the half edit is not, new edits work
    assert [w.naam for w in window.services.werkplaatsen.all()] == [saved.werkplaats.naam]
    assert window.services.activiteiten.all()[0].titel == saved.activiteit.titel
    with window.db.read() as s:
        assert s.get(orm.Meta, "half") is None
    window.services.partners.create(m.Partner(naam="Na de fout", type=PartnerType.OVERIG))
    assert window.services.partners.count() == 3
    assert window.isVisible()

    action.trigger()  # a second error joins the open dialog instead of stacking another
    qtbot.waitUntil(lambda: dialog.details.toPlainText().count("kapotte knop") == 2)
    assert reporter.dialog is dialog
    window.close()
    db.close()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_background_thread_is_shown_on_the_window_thread(
        qtbot: QtBot, reporter: errors.ErrorReporter) -> None:
    def work() -> None:
        raise ValueError("fout in een achtergrondtaak")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert reporter.dialog is not None
    assert "ValueError: fout in een achtergrondtaak" in reporter.dialog.details.toPlainText()


def test_the_log_file_rotates(reporter: errors.ErrorReporter) -> None:
    handler = errors._handler
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert handler.maxBytes == errors.LOG_MAX_BYTES and handler.backupCount == errors.LOG_BACKUPS
    for _ in range(errors.LOG_MAX_BYTES // 900 + 50):
        logging.getLogger("werkplaats_desktop.test").warning("x" * 900)
    assert errors.log_path().with_name(errors.LOG_FILE + ".1").exists()
    assert errors.log_path().stat().st_size < errors.LOG_MAX_BYTES

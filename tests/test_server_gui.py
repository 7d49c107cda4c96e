"""The window on a shared PostgreSQL database: it opens (asking for a password when libpq has
none), shows other users' changes, offers "Opnieuw laden" after a conflict, and says that
backups are the server's."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.factories import small_werkplaats
from tests.test_gui_entry import type_into
from tests.windows import shown_window
from werkplaats_desktop.services import Services
from werkplaats_desktop.store import Database
from werkplaats_desktop.ui import server as ui_server
from werkplaats_desktop.ui.forms.dialog import RecordDialog
from werkplaats_desktop.ui.main_window import MainWindow
from werkplaats_desktop.ui.safety.feature import SafetyFeature


@pytest.fixture
def shared(pg_server: Any, pg_template: str) -> Iterator[tuple[Any, str]]:
    name = pg_server.new_database(pg_template)
    yield pg_server, name
    pg_server.drop_database(name)


@pytest.fixture
def window(qtbot: QtBot, shared: tuple[Any, str]) -> Iterator[MainWindow]:
    server, name = shared
    db = ui_server.open_server(server.target(name))
    assert db is not None
    small_werkplaats(Services(db))
    with shown_window(db) as w:
        yield w


def test_the_window_opens_on_a_server_and_names_it(window: MainWindow,
                                                  shared: tuple[Any, str]) -> None:
    _server, name = shared
    assert window.db.is_server
    assert f"{name} op " in window.windowTitle()
    assert name in window.status_label.text()


def test_a_password_is_asked_when_the_server_wants_one(
        shared: tuple[Any, str], monkeypatch: pytest.MonkeyPatch) -> None:
    server, name = shared
    # the test server trusts its socket; here the store says what libpq says without a
    # password ("no password supplied") until the dialog gave the right one
    target = server.target(name, "pw")
    from werkplaats_desktop.store import ServerUnavailable

    calls: list[str | None] = []
    real_open = Database.open

    def needs_password(t: Any, **kw: Any) -> Database:
        calls.append(t.password)
        if t.password != "geheim":
            raise ServerUnavailable("Inloggen mislukt", needs_password=True)
        return real_open(server.target(name), **kw)

    monkeypatch.setattr(Database, "open", staticmethod(needs_password))
    asked: list[str] = []

    def get_text(parent: Any, title: str, label: str, echo: Any) -> tuple[str, bool]:
        asked.append(label)
        return "geheim", True

    monkeypatch.setattr(ui_server.QInputDialog, "getText", staticmethod(get_text))
    db = ui_server.open_server(target)
    assert db is not None and db.is_server
    db.close()
    assert calls == [None, "geheim"] and "pw" in asked[0]
    assert "geheim" not in repr(target.with_password("geheim"))  # never shown


def test_other_users_changes_appear(qtbot: QtBot, window: MainWindow,
                                    shared: tuple[Any, str]) -> None:
    server, name = shared
    page = window.show_page("project")
    before = page.model.rowCount()
    with Database.open(server.target(name)) as other:
        services = Services(other)
        wp = services.werkplaatsen.all()[0]
        window.remote.poll()  # listening from now on
        services.projecten.create(type(services.projecten.all()[0])(
            werkplaats_id=wp.id, naam="Project van een collega"))
    # the server's notification may arrive a moment after the commit: the window polls every
    # few seconds, the test until it is there
    def arrived() -> bool:
        window.remote.poll()
        return page.model.rowCount() == before + 1

    qtbot.waitUntil(arrived, timeout=10_000)


def test_a_conflict_offers_to_reload(qtbot: QtBot, window: MainWindow, shared: tuple[Any, str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    server, name = shared
    project = window.services.projecten.all()[0]
    dialog = RecordDialog(window.services, "project", project, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    with Database.open(server.target(name)) as other:  # a colleague saves first
        svc = Services(other).projecten
        svc.update(dataclasses.replace(svc.get(project.id), naam="Naam van de collega"))
    monkeypatch.setattr(ui_server, "ask_reload", lambda parent: True)
    monkeypatch.setattr("werkplaats_desktop.ui.forms.dialog.ask_reload", lambda parent: True)
    type_into(qtbot, dialog.fields["naam"], "Mijn naam")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # not saved
    assert dialog.fields["naam"].value() == "Naam van de collega"  # reloaded
    type_into(qtbot, dialog.fields["naam"], "Mijn naam")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert window.services.projecten.get(project.id).naam == "Mijn naam"


def test_backups_are_the_servers(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """Backup maken on a shared database makes one with pg_dump (as ``werkplaats backup``);
    restoring stays the server administrator's, and the window says so."""
    import subprocess

    from werkplaats_desktop.store import pg_backup

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text, *a: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: told.append(text))
    safety = window.findChild(SafetyFeature)
    assert safety is not None
    made = safety.make_server_backup()
    assert made is not None and made.suffix == ".dump" and made.stat().st_size > 1000
    assert told == []
    said = window.statusBar().currentMessage()
    assert said.startswith("Backup gemaakt met pg_dump: ") and str(made) in said
    listed = subprocess.run([str(pg_backup.candidates("pg_restore")[0]), "--list", str(made)],
                            capture_output=True, text=True, check=True).stdout
    assert "TABLE DATA public project" in listed
    # without pg_dump: why, and what the server's administrator does instead
    monkeypatch.setattr(pg_backup, "candidates", lambda name="pg_dump": [])
    assert safety.make_backup() is None
    assert len(told) == 1 and "pg_dump van PostgreSQL is niet gevonden" in told[0]
    assert "Backups daarvan maakt de server" in told[0]
    told.clear()
    safety.choose_and_restore()
    assert told and "PostgreSQL-server" in told[0] and "pg_dump" in told[0]
    assert safety.backup_on_close() is None and safety.backup_if_due() is None


@pytest.mark.qt_no_exception_capture
def test_a_server_restart_is_said_quietly_and_the_next_save_works(
        qtbot: QtBot, window: MainWindow, shared: tuple[Any, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A restart of the server is nobody's mistake: no dialog in the window (the user did
    nothing), a line in the status bar while it is away and when it is back, and the first
    save afterwards works."""
    import sys
    import threading

    import psycopg
    from PySide6.QtWidgets import QApplication

    from tests.test_server_reconnect import cut_off
    from werkplaats_desktop.store import pg
    from werkplaats_desktop.ui import errors

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    reporter = errors.install_error_handling(app)
    server, name = shared
    window.remote.timer.stop()  # the test polls itself
    try:
        window.remote.poll()  # listening
        real_connect = pg.connect

        def refused(*_a: Any, **_k: Any) -> Any:
            raise psycopg.OperationalError(
                'connection to server at "127.0.0.1" failed: Connection refused')

        monkeypatch.setattr(pg, "connect", refused)  # the server is stopped ...
        assert cut_off(server, name) >= 2
        for _poll in range(3):
            window.remote.poll()
            qtbot.wait(10)
        said = window.statusBar().currentMessage()
        assert said.startswith("De verbinding met de server") and "verbroken" in said
        monkeypatch.setattr(pg, "connect", real_connect)  # ... and started again

        def back() -> bool:
            window.remote.poll()
            return "hersteld" in window.statusBar().currentMessage()

        qtbot.waitUntil(back, timeout=10_000)
        # the first save after the restart works, typed into the form
        project = window.services.projecten.all()[0]
        dialog = RecordDialog(window.services, "project", project, parent=window)
        qtbot.addWidget(dialog)
        dialog.show()
        type_into(qtbot, dialog.fields["naam"], "Na de herstart")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        assert window.services.projecten.get(project.id).naam == "Na de herstart"
        qtbot.wait(50)  # (a queued notice would be shown by now)
        assert reporter.notice is None and reporter.dialog is None
    finally:
        errors.uninstall_logging()

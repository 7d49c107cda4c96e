"""A real password login on a shared database: the test server asks one role
(tests/pg_server.PASSWORD_ROLE) for its password over TCP (pg_hba ``scram-sha-256``).

The commands take the password from PGPASSWORD or ~/.pgpass (libpq's own places); without
either they stop with the Dutch login message; the window asks in a dialog (the real
QLineEdit, typed into) and writes the password nowhere.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit
from pytestqt.qtbot import QtBot

from werkplaats_desktop.cli.main import main as cli_main
from werkplaats_desktop.locations import user_log_dir
from werkplaats_desktop.store import Database, parse_target

#: what a Dutch user types (an accent, a quote): never found in any file afterwards
PASSWORD = "Geheim-ë'2026"


@pytest.fixture
def login(pg_server: Any, pg_template: str, tmp_path: Path,
          monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Any, str, str]]:
    """(server, database name, TCP URL of the password role), with no password anywhere libpq
    looks (PGPASSWORD unset, HOME an empty folder)."""
    name = pg_server.new_database(pg_template)
    pg_server.password_role(PASSWORD, name)
    home = tmp_path / "thuis"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for var in ("PGPASSWORD", "PGPASSFILE", "PGSERVICEFILE", "PGSERVICE"):
        monkeypatch.delenv(var, raising=False)
    yield pg_server, name, pg_server.tcp_url(name)
    pg_server.drop_database(name)


def test_commands_log_in_with_pgpassword(login: tuple[Any, str, str],
                                         monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    _server, name, url = login
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    assert cli_main(["info", "--db", url]) == 0
    assert cli_main(["check", "--db", url]) == 0
    out = capsys.readouterr().out
    assert f"{name} op 127.0.0.1:" in out and "is in orde" in out
    monkeypatch.setenv("PGPASSWORD", "fout")  # and the server really checks it
    assert cli_main(["info", "--db", url]) == 1
    assert "is mislukt: het wachtwoord is onjuist" in capsys.readouterr().err


def test_commands_log_in_with_pgpass(login: tuple[Any, str, str],
                                     capsys: pytest.CaptureFixture[str]) -> None:
    server, name, url = login
    pgpass = Path(os.environ["HOME"]) / ".pgpass"
    escaped = PASSWORD.replace("\\", "\\\\").replace(":", "\\:")
    pgpass.write_text(f"127.0.0.1:{server.port}:{name}:wachtwoordrol:{escaped}\n")
    pgpass.chmod(0o600)
    assert cli_main(["info", "--db", url]) == 0
    assert cli_main(["stats", "--db", url]) == 0
    capsys.readouterr()


def test_without_a_password_a_command_stops_with_the_dutch_login_message(
        login: tuple[Any, str, str], capsys: pytest.CaptureFixture[str]) -> None:
    _server, name, url = login
    assert cli_main(["info", "--db", url]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"werkplaats: Inloggen op de database {name} op 127.0.0.1:")
    assert "als 'wachtwoordrol' is mislukt: er is geen wachtwoord gegeven." in err
    assert "Geef het wachtwoord met PGPASSWORD of in ~/.pgpass" in err
    assert "Traceback" not in err


def type_text(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Key presses for ``text``: QTest types ASCII only, so a letter such as 'ë' goes as the
    key event a keyboard layout with that letter sends (its text, no key code)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(edit, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, edit, Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)


def _answer_password_dialog(qtbot: QtBot, typed: list[str], echo: list[Any]) -> None:
    """When the password dialog is up: type the password into its line edit, press Enter."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)  # not shown yet
            return
        edit = dialog.findChild(QLineEdit)
        assert edit is not None
        echo.append(edit.echoMode())
        typed.append(dialog.labelText())
        type_text(qtbot, edit, PASSWORD)
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)


def files_containing(folders: list[Path], secret: str) -> list[Path]:
    needles = [secret.encode(enc) for enc in ("utf-8", "utf-16-le", "latin-1")]
    found = []
    for folder in folders:
        for path in folder.rglob("*") if folder.exists() else []:
            if path.is_file() and any(n in path.read_bytes() for n in needles):
                found.append(path)
    return found


def test_the_window_asks_for_the_password_and_writes_it_nowhere(
        qtbot: QtBot, login: tuple[Any, str, str], tmp_path: Path,
        _user_data_dir: Path) -> None:
    from werkplaats_desktop.ui import server as ui_server
    from werkplaats_desktop.ui.errors import install_error_handling, log
    from werkplaats_desktop.ui.main_window import MainWindow

    _server, name, url = login
    install_error_handling(QApplication.instance())  # the log file, as the program has it
    typed: list[str] = []
    echo: list[Any] = []
    _answer_password_dialog(qtbot, typed, echo)
    target = parse_target(url)
    db = ui_server.open_server(target)  # type: ignore[arg-type]
    assert db is not None and db.is_server, "the typed password did not log in"
    assert typed and "wachtwoordrol" in typed[0] and name in typed[0]
    assert echo == [QLineEdit.EchoMode.Password]  # shown as dots
    try:
        window = MainWindow(db)
        qtbot.addWidget(window)
        window.show()
        assert name in window.windowTitle()
        log.info("venster geopend op %s", db.display_name)  # something in the log file
        window.close()  # writes its settings
    finally:
        db.close()
    QSettings().sync()
    settings_file = Path(QSettings().fileName())
    assert settings_file.is_file()
    home = Path(os.environ["HOME"])
    assert (user_log_dir() / "werkplaats.log").is_file()
    folders = [settings_file.parent, _user_data_dir, user_log_dir(), home, tmp_path]
    assert files_containing(folders, PASSWORD) == []
    assert PASSWORD not in repr(db.server) and PASSWORD not in str(db.server)


def test_a_wrong_password_in_the_window_is_asked_again(
        qtbot: QtBot, login: tuple[Any, str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Typed wrong once, then right: the dialog comes back and the second one logs in."""
    from werkplaats_desktop.ui import server as ui_server

    _server, _name, url = login
    answers = iter(["verkeerd", PASSWORD])
    asked: list[str] = []
    real = QInputDialog.getText

    def typed_by_user(*args: Any) -> tuple[str, bool]:
        answer = next(answers)

        def type_it() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, QInputDialog):
                QTimer.singleShot(20, type_it)
                return
            asked.append(dialog.labelText())
            edit = dialog.findChild(QLineEdit)
            type_text(qtbot, edit, answer)
            qtbot.keyClick(edit, Qt.Key.Key_Return)

        QTimer.singleShot(0, type_it)
        return real(*args)  # type: ignore[no-any-return]

    monkeypatch.setattr(ui_server.QInputDialog, "getText", staticmethod(typed_by_user))
    db = ui_server.open_server(parse_target(url))  # type: ignore[arg-type]
    assert db is not None
    db.close()
    assert len(asked) == 2
    assert isinstance(db, Database)
    # the second time the dialog says why it asks again; the first time it does not
    assert "onjuist" not in asked[0]
    assert asked[1].startswith("Het wachtwoord is onjuist (of deze inlognaam bestaat niet). "
                               "Probeer het opnieuw.\n\nWachtwoord voor wachtwoordrol (")

"""Promises 3, 4, 6, 8, 9 and 12 in the window: Bestand > Backup maken and Herstellen uit
backup, Extra > Database controleren and Backupmap, automatic backups, and what opening a file
tells the user (in use elsewhere, damaged, newer, on a synced folder)."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.damage import damage
from tests.factories import small_werkplaats
from werkplaats_desktop.services import Services
from werkplaats_desktop.store import BackgroundCheck, SchemaError
from werkplaats_desktop.store.backups import BackupSet
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.store.filecopy import verify
from werkplaats_desktop.ui.main_window import MainWindow
from werkplaats_desktop.ui.opening import format_when, open_database
from werkplaats_desktop.ui.safety.dialogs import LocationDialog, RestoreDialog
from werkplaats_desktop.ui.safety.feature import SafetyFeature
from werkplaats_desktop.ui.settings import Settings


@dataclass
class Boxes:
    """Every message box the code shows: (kind, text). ``answers`` are used in order: a
    StandardButton for ``question``, a button text for a box that is exec()'d."""

    shown: list[tuple[str, str]] = field(default_factory=list)
    answers: list[Any] = field(default_factory=list)

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, text in self.shown if kind is None or k == kind]


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    recorded = Boxes()

    def static(kind: str, result: QMessageBox.StandardButton) -> Any:
        def show(_parent: Any, _title: str, text: str, *_args: Any, **_kw: Any) -> Any:
            recorded.shown.append((kind, text))
            return result
        return show

    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, static(kind, QMessageBox.StandardButton.Ok))

    def question(_parent: Any, _title: str, text: str, *_args: Any, **_kw: Any) -> Any:
        recorded.shown.append(("question", text))
        return recorded.answers.pop(0) if recorded.answers else QMessageBox.StandardButton.Yes

    def exec_box(box: QMessageBox) -> int:
        recorded.shown.append(("box", f"{box.text()}\n{box.informativeText()}"))
        wanted = recorded.answers.pop(0)
        for button in box.buttons():
            if button.text().replace("&", "") == wanted:
                button.click()
                return 0
        raise AssertionError(f"no button {wanted!r} in {[b.text() for b in box.buttons()]}")

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    return recorded


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def window(qtbot: QtBot, db_path: Path) -> Iterator[MainWindow]:
    db = Database.open(db_path)
    small_werkplaats(Services(db))
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.db.close()


def feature(window: MainWindow) -> SafetyFeature:
    found = window.findChild(SafetyFeature)
    assert found is not None
    return found


def backups_of(window: MainWindow) -> BackupSet:
    return BackupSet(window.db.path, Settings().backup_root)


def menu_texts(window: MainWindow, name: str) -> list[str]:
    return [a.text().replace("&", "") for a in window.menu(name).actions()]


def test_the_menus_offer_backup_restore_check_and_the_backup_folder(window: MainWindow) -> None:
    file_menu = menu_texts(window, "bestand")
    assert file_menu.index("Backup maken") < file_menu.index("Afsluiten")
    assert "Herstellen uit backup…" in file_menu
    assert {"Database controleren", "Backupmap…"} <= set(menu_texts(window, "extra"))


def test_backup_maken_makes_a_verified_backup(window: MainWindow, boxes: Boxes) -> None:
    feature(window).backup_action.trigger()
    (made,) = backups_of(window).all()
    verify(made.path)
    assert made.reason == "handmatig"
    assert str(made.path) in window.statusBar().currentMessage()
    assert boxes.shown == []


def test_herstellen_lists_dates_verifies_and_backs_up_the_current_file_first(
        window: MainWindow, boxes: Boxes, qtbot: QtBot) -> None:
    safety = feature(window)
    safety.clock = lambda: datetime(2026, 3, 2, 10, 15)
    older = safety.make_backup()
    assert older is not None
    safety.clock = datetime.now
    small_werkplaats(window.services, naam="Werkplaats van na de backup")
    window.show_page("werkplaats")  # lists refresh when shown; Overzicht is the first page
    assert window.pages["werkplaats"].model.rowCount() == 2
    old_db = window.db
    seen: list[str] = []

    def choose_in_dialog() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, RestoreDialog) and w.isVisible())
        try:
            seen.extend(dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount()))
            dialog.table.selectRow(0)
            dialog.restore_button.click()
        finally:
            if dialog.isVisible():
                dialog.reject()  # never leave a modal dialog behind

    QTimer.singleShot(0, choose_in_dialog)
    safety.restore_action.trigger()

    assert seen == [format_when(datetime(2026, 3, 2, 10, 15))]
    assert "terugzetten" in boxes.texts("question")[0]
    assert window.db is not old_db and old_db.closed and not window.db.closed
    assert [w.naam for w in window.services.werkplaatsen.all()] == ["Wmo-werkplaats Utrecht"]
    assert window.pages["werkplaats"].model.rowCount() == 1
    (before_restore,) = [b for b in backups_of(window).all() if b.reason == "voor-herstel"]
    conn = sqlite3.connect(before_restore.path)
    assert conn.execute("SELECT count(*) FROM werkplaats").fetchone() == (2,)
    conn.close()
    assert str(before_restore.path) in boxes.texts("information")[-1]
    # the file stays locked by this window throughout
    with pytest.raises(Exception, match="al geopend"):
        Database.open(window.db.path)


def test_a_damaged_backup_is_not_restored(window: MainWindow, boxes: Boxes) -> None:
    safety = feature(window)
    chosen = safety.make_backup()
    assert chosen is not None
    damage(chosen.path, "tabelwortel")
    db = window.db
    assert safety.restore(chosen) is False
    assert "niet teruggezet" in boxes.texts("critical")[0]
    assert window.db is db and not db.closed
    assert [b.reason for b in backups_of(window).all()] == ["handmatig"]


def test_database_controleren_gives_a_readable_result(window: MainWindow, boxes: Boxes) -> None:
    feature(window).check_action.trigger()
    assert "is in orde" in boxes.texts("information")[0]
    conn = sqlite3.connect(window.db.path)  # a tool without foreign keys breaks a reference
    conn.execute("UPDATE activiteit SET project_id = 9999")
    conn.commit()
    conn.close()
    feature(window).check_action.trigger()
    report = boxes.texts("warning")[0]
    assert "heeft problemen" in report and "Verbroken verwijzingen (1)" in report
    assert "tabel activiteit" in report


def test_a_backup_is_made_on_close_when_something_changed(
        qtbot: QtBot, db_path: Path, boxes: Boxes) -> None:
    db = Database.open(db_path)
    first = MainWindow(db)
    backups = backups_of(first)
    feature(first).backup_action.trigger()
    first.close()  # nothing changed since that backup: closing adds none
    assert [b.reason for b in backups.all()] == ["handmatig"]
    second = MainWindow(db)
    small_werkplaats(second.services)
    second.close()
    assert [b.reason for b in backups.all()] == ["bij-afsluiten", "handmatig"]
    newest = backups.newest()
    assert newest is not None
    verify(newest.path)
    conn = sqlite3.connect(newest.path)
    assert conn.execute("SELECT count(*) FROM werkplaats").fetchone() == (1,)
    conn.close()
    db.close()
    # closed windows are not handed to qtbot: closing a main window twice is not supported


def test_a_backup_is_made_at_most_daily_while_the_program_runs(window: MainWindow) -> None:
    safety = feature(window)
    assert safety.timer.isActive() and safety.timer.interval() == 60 * 60 * 1000
    now = datetime(2026, 3, 2, 9, 0)
    safety.clock = lambda: now
    assert safety.backup_if_due() is not None  # no backup yet
    for hours in (1, 5, 23):  # the hourly checks of that day make none
        now = datetime(2026, 3, 2, 9, 0) + timedelta(hours=hours)
        safety.timer.timeout.emit()
    assert len(backups_of(window).all()) == 1
    now = datetime(2026, 3, 3, 9, 0)
    safety.timer.timeout.emit()
    assert [b.when for b in backups_of(window).all()] == [datetime(2026, 3, 3, 9, 0),
                                                           datetime(2026, 3, 2, 9, 0)]


def test_the_backup_folder_is_shown_and_changeable(
        window: MainWindow, tmp_path: Path, qtbot: QtBot) -> None:
    dialog = LocationDialog(window.db.path, window)
    qtbot.addWidget(dialog)
    assert str(backups_of(window).folder) in dialog.label.text()
    elsewhere = tmp_path / "usb-stick"
    dialog.set_root(elsewhere)
    assert str(elsewhere) in dialog.label.text()
    assert Settings().backup_root == elsewhere
    made = feature(window).make_backup()
    assert made is not None and made.path.parent.parent == elsewhere
    dialog.use_standard()
    assert Settings().backup_root != elsewhere


# --- opening a file ---------------------------------------------------------------------------


def test_opening_a_file_that_is_open_elsewhere_says_so_and_opens_nothing(
        db_path: Path, boxes: Boxes) -> None:
    with Database.open(db_path):
        before = digest(db_path)
        assert open_database(db_path) is None
    (message,) = boxes.texts("critical")
    assert "al geopend in een ander venster of programma" in message
    assert digest(db_path) == before


def _backups_at(path: Path, *moments: datetime) -> BackupSet:
    for moment in moments:
        BackupSet(path, Settings().backup_root, clock=lambda m=moment: m).make("automatisch")
    return BackupSet(path, Settings().backup_root)


def test_a_damaged_file_is_kept_aside_and_the_newest_sound_backup_offered(
        demo_path: Path, boxes: Boxes) -> None:
    backups = _backups_at(demo_path, datetime(2026, 2, 27, 17, 0), datetime(2026, 3, 2, 17, 0))
    damage(backups.newest().path, "tabelblad")  # type: ignore[union-attr]
    with Database.open(demo_path) as db:
        small_werkplaats(Services(db), naam="Na de laatste goede backup")
    damage(demo_path, "tabelblad")
    damaged = demo_path.read_bytes()
    boxes.answers.append("Backup terugzetten")
    db = open_database(demo_path)
    assert db is not None
    try:
        offer = boxes.texts("box")[0]
        assert "is beschadigd" in offer and "Er is niets in geschreven" in offer
        assert format_when(datetime(2026, 2, 27, 17, 0)) in offer  # the newest *sound* one
        (kept,) = (backups.folder / "beschadigd").iterdir()
        assert kept.read_bytes() == damaged and str(kept) in offer
        assert Services(db).werkplaatsen.count() == 14  # as in the backup
        assert format_when(datetime(2026, 2, 27, 17, 0)) in boxes.texts("information")[0]
    finally:
        db.close()


def test_a_damaged_file_is_not_touched_when_the_user_declines(
        demo_path: Path, boxes: Boxes) -> None:
    _backups_at(demo_path, datetime(2026, 3, 2, 17, 0))
    damage(demo_path, "indexblad")
    before = digest(demo_path)
    boxes.answers.append("Niet openen")
    assert open_database(demo_path) is None
    assert digest(demo_path) == before


def test_a_damaged_file_without_backups_is_refused_with_a_message(
        demo_path: Path, boxes: Boxes) -> None:
    damage(demo_path, "afgekapt")
    before = digest(demo_path)
    assert open_database(demo_path) is None
    (message,) = boxes.texts("critical")
    assert "is beschadigd" in message and "geen goede backup" in message
    assert digest(demo_path) == before


def test_a_newer_file_is_refused_with_a_clear_message(db_path: Path, boxes: Boxes) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_toekomst'")
    conn.commit()
    conn.close()
    before = digest(db_path)
    assert open_database(db_path) is None
    (message,) = boxes.texts("critical")
    assert "nieuwere versie van Werkplaats Desktop" in message
    assert "Installeer de nieuwste versie" in message
    assert digest(db_path) == before


def test_a_file_in_a_synced_folder_is_opened_with_a_warning(
        tmp_path: Path, db_path: Path, boxes: Boxes) -> None:
    synced = tmp_path / "OneDrive - Hogeschool Utrecht" / "Documenten" / "werkplaats.sqlite"
    synced.parent.mkdir(parents=True)
    db_path.rename(synced)
    db = open_database(synced)
    assert db is not None
    db.close()
    (warning,) = boxes.texts("warning")
    assert "door OneDrive wordt gesynchroniseerd" in warning


def test_persoonsgegevens_verwijderen_forgets_the_chosen_person(
        window: MainWindow, boxes: Boxes, qtbot: QtBot) -> None:
    from werkplaats_desktop.domain import model as m
    from werkplaats_desktop.ui.safety.forget import ForgetPersonDialog

    window.services.personen.create(m.Persoon(naam="Ans Andersen", email="ans@voorbeeld.nl"))
    window.services.personen.create(m.Persoon(naam="Bert Bakker"))
    assert window.services.undo_label() is not None
    dialog = ForgetPersonDialog(window.services, window)
    qtbot.addWidget(dialog)
    dialog.search.setText("ans@")
    visible = [dialog.list.item(r) for r in range(dialog.list.count())
               if not dialog.list.item(r).isHidden()]
    assert [i.text() for i in visible] == ["Ans Andersen  <ans@voorbeeld.nl>"]
    visible[0].setSelected(True)
    dialog.forget_button.click()
    assert "Alle gegevens van Ans Andersen verwijderen?" in boxes.texts("question")[0]
    assert dialog.forgotten is not None
    assert [p.naam for p in window.services.personen.all()] == ["Bert Bakker"]
    assert window.services.undo_label() is None
    assert "Persoonsgegevens verwijderen…" in menu_texts(window, "extra")


def test_a_file_checked_in_the_background_at_start_gets_the_same_answers(
        qapp: QApplication, demo_path: Path, db_path: Path, boxes: Boxes) -> None:
    """At start the program checks the file in a thread while the window is made
    (``store.BackgroundCheck``): a damaged file, a file open elsewhere and a sound file are
    answered exactly as when opened in one go."""
    _backups_at(demo_path, datetime(2026, 3, 2, 17, 0))
    damage(demo_path, "indexblad")
    before = digest(demo_path)
    boxes.answers.append("Niet openen")
    assert open_database(demo_path, early=BackgroundCheck(demo_path)) is None
    assert "is beschadigd" in boxes.texts("box")[0]
    assert digest(demo_path) == before

    with Database.open(db_path):
        assert open_database(db_path, early=BackgroundCheck(db_path)) is None
    assert "al geopend in een ander venster of programma" in boxes.texts("critical")[-1]

    db = open_database(db_path, early=BackgroundCheck(db_path))
    assert db is not None
    try:  # it holds the lock the check took: a second window is refused
        with pytest.raises(SchemaError, match="al geopend"):
            Database.open(db_path)
    finally:
        db.close()
    Database.open(db_path).close()  # and lets go of it when closed

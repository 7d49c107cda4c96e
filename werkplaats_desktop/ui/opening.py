"""Opening a database file from the GUI: the program's checks, told to the user in Dutch.

Used at start-up and by Bestand > Openen / Nieuw. Returns the open database, or None when the
file cannot be opened (the user has been told why; the file is unchanged):

* another program or window has the file open → say so, open nothing;
* the file is damaged → it is not written to; a byte-for-byte copy is kept aside in the
  backup folder and the newest backup that passes the integrity check is offered, with its
  date; only when the user agrees is it restored (``store/backups.restore``);
* the file is from a newer version, or not ours → say so;
* the file is on a network share or in a synced folder → warn, then open it anyway.

At start-up (``start=True``) every refusal is also written to stderr, and without a screen to
show a dialog on (Qt's ``offscreen`` or ``minimal`` platform) no dialog is shown at all: the
program would wait for a click nobody can give. :func:`open_database` then returns None and
the program exits with a non-zero code (``app.main``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from werkplaats_desktop import APP_NAME
from werkplaats_desktop.domain.messages import message_of
from werkplaats_desktop.store import (
    BackgroundCheck,
    Backup,
    BackupError,
    BackupSet,
    Database,
    DatabaseCorrupt,
    SchemaError,
    acquire,
    assess,
    keep_aside,
    restore,
)
from werkplaats_desktop.ui.i18n import translate
from werkplaats_desktop.ui.settings import Settings


def format_when(when: datetime) -> str:
    """``24 november 2026 om 10:15`` in the program's language."""
    # (PySide6's stubs before 6.12 do not list QDateTime(datetime), which it accepts)
    return QLocale().toString(QDateTime(when),  # type: ignore[call-overload,unused-ignore]
                              translate("Openen", "d MMMM yyyy 'om' HH:mm"))


#: Qt platforms without a screen: a modal dialog there waits forever
HEADLESS_PLATFORMS = ("offscreen", "minimal")


def headless() -> bool:
    return QGuiApplication.platformName() in HEADLESS_PLATFORMS


class _Teller:
    """Tells the user: a dialog, and at start-up also stderr (only stderr without a screen)."""

    def __init__(self, start: bool):
        self.start = start
        self.quiet = start and headless()

    def __call__(self, show: Callable[..., object], parent: QWidget | None, text: str) -> None:
        if self.start:
            print(f"{APP_NAME}: {text}", file=sys.stderr, flush=True)
        if not self.quiet:
            show(parent, APP_NAME, text)


def open_database(path: Path, parent: QWidget | None = None, *, start: bool = False,
                  early: BackgroundCheck | None = None) -> Database | None:
    """Open ``path`` with the checks the user is told about (see module docstring).
    ``early``: the checks of this file, started in the background at program start."""
    tell = _Teller(start)
    backups = BackupSet(path, Settings().backup_root)
    risk = assess(path)
    if risk is not None:
        tell(QMessageBox.warning, parent,
             translate("Locatie", risk.template).format(what=risk.what))
    try:
        if early is not None and early.path == path:
            return Database.open(path, backup_dir=backups.folder, lock=early.result(),
                                 checked=True)
        return Database.open(path, backup_dir=backups.folder)
    except DatabaseCorrupt as exc:
        return _damaged(path, exc, backups, parent, tell)
    except SchemaError as exc:  # in use elsewhere, newer version, not ours, failed upgrade
        tell(QMessageBox.critical, parent, message_of(exc, translate))
        return None


def _damaged(path: Path, exc: DatabaseCorrupt, backups: BackupSet,
             parent: QWidget | None, tell: _Teller | None = None) -> Database | None:
    tell = tell or _Teller(False)
    try:
        kept = str(keep_aside(path, backups.folder))
    except OSError as error:
        kept = translate("Openen", "(geen kopie: %1)").replace("%1", str(error))
    newest = backups.newest_sound()
    told = translate(
        "Openen", "'%1' is beschadigd en is niet geopend. Er is niets in geschreven; een kopie "
                  "staat in %2.\n\nWat SQLite vond: %3").replace("%1", path.name) \
        .replace("%2", kept).replace("%3", exc.problems[0] if exc.problems else str(exc))
    if newest is None:
        tell(QMessageBox.critical, parent, told + "\n\n" + translate(
            "Openen", "Er is geen goede backup van dit bestand gevonden in %1.")
            .replace("%1", str(backups.folder)))
        return None
    offer = translate(
        "Openen", "De nieuwste goede backup is van %1. Wilt u die terugzetten? Wat u daarna nog "
                  "hebt gewijzigd, staat alleen in het beschadigde bestand.").replace(
        "%1", format_when(newest.when))
    if tell.quiet:  # no screen to ask on: say what the window would offer, open nothing
        tell(QMessageBox.critical, parent, told + "\n\n" + offer + " " + translate(
            "Openen", "Start Werkplaats Desktop op een bureaublad om die vraag te "
                      "beantwoorden."))
        return None
    if tell.start:
        print(f"{APP_NAME}: {told}", file=sys.stderr, flush=True)
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, told, parent=parent)
    box.setInformativeText(offer)
    yes = box.addButton(translate("Openen", "Backup &terugzetten"),
                        QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Openen", "&Niet openen"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes)
    box.exec()
    if box.clickedButton() is not yes:
        return None
    return restore_and_open(path, newest, backups, parent)


def restore_and_open(path: Path, chosen: Backup, backups: BackupSet,
                     parent: QWidget | None) -> Database | None:
    """Restore ``chosen`` over the (closed) file at ``path`` and open it."""
    try:
        lock = acquire(path)
    except SchemaError as exc:
        QMessageBox.critical(parent, APP_NAME, message_of(exc, translate))
        return None
    try:
        restore(backups, chosen, save_current=False)  # the damaged file was kept aside
    except (BackupError, OSError) as exc:
        lock.release()
        QMessageBox.critical(parent, APP_NAME, translate(
            "Openen", "De backup is niet teruggezet: %1").replace("%1", str(exc)))
        return None
    try:
        db = Database.open(path, backup_dir=backups.folder, lock=lock)
    except SchemaError as exc:
        QMessageBox.critical(parent, APP_NAME, message_of(exc, translate))
        return None
    QMessageBox.information(parent, APP_NAME, translate(
        "Openen", "De backup van %1 is teruggezet.").replace("%1", format_when(chosen.when)))
    return db

"""Opening a database file from the GUI: the program's checks, told to the user in Dutch.

Used at start-up and by Bestand > Openen / Nieuw. Returns the open database, or None when the
file cannot be opened (the user has been told why; the file is unchanged):

* another program or window has the file open → say so, open nothing;
* the file is damaged → it is not written to; a byte-for-byte copy is kept aside in the
  backup folder and the newest backup that passes the integrity check is offered, with its
  date; only when the user agrees is it restored (``store/backups.restore``);
* the file is from a newer version, or not ours → say so;
* the file is on a network share or in a synced folder → warn, then open it anyway.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from werkplaats_desktop import APP_NAME
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
    return QLocale().toString(QDateTime(when), translate("Openen", "d MMMM yyyy 'om' HH:mm"))


def open_database(path: Path, parent: QWidget | None = None,
                  early: BackgroundCheck | None = None) -> Database | None:
    """``early``: the checks of this file, started in the background at program start."""
    backups = BackupSet(path, Settings().backup_root)
    risk = assess(path)
    if risk is not None:
        QMessageBox.warning(parent, APP_NAME,
                            translate("Locatie", risk.template).format(what=risk.what))
    try:
        if early is not None and early.path == path:
            return Database.open(path, backup_dir=backups.folder, lock=early.result(),
                                 checked=True)
        return Database.open(path, backup_dir=backups.folder)
    except DatabaseCorrupt as exc:
        return _damaged(path, exc, backups, parent)
    except SchemaError as exc:  # in use elsewhere, newer version, not ours, failed upgrade
        QMessageBox.critical(parent, APP_NAME, str(exc))
        return None


def _damaged(path: Path, exc: DatabaseCorrupt, backups: BackupSet,
             parent: QWidget | None) -> Database | None:
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
        QMessageBox.critical(parent, APP_NAME, told + "\n\n" + translate(
            "Openen", "Er is geen goede backup van dit bestand gevonden in %1.")
            .replace("%1", str(backups.folder)))
        return None
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, told, parent=parent)
    box.setInformativeText(translate(
        "Openen", "De nieuwste goede backup is van %1. Wilt u die terugzetten? Wat u daarna nog "
                  "hebt gewijzigd, staat alleen in het beschadigde bestand.").replace(
        "%1", format_when(newest.when)))
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
        QMessageBox.critical(parent, APP_NAME, str(exc))
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
        QMessageBox.critical(parent, APP_NAME, str(exc))
        return None
    QMessageBox.information(parent, APP_NAME, translate(
        "Openen", "De backup van %1 is teruggezet.").replace("%1", format_when(chosen.when)))
    return db

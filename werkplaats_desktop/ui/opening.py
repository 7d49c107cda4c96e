"""Opening a database file from the GUI: the program's checks, told to the user in Dutch.

Used at start-up and by Bestand > Openen / Nieuw. Returns the open database, or None when the
file cannot be opened (the user has been told why; the file is unchanged)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from werkplaats_desktop import APP_NAME
from werkplaats_desktop.locations import default_backup_dir
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.store.migrate import SchemaError


def open_database(path: Path, parent: QWidget | None = None) -> Database | None:
    try:
        return Database.open(path, backup_dir=default_backup_dir())
    except SchemaError as exc:
        QMessageBox.critical(parent, APP_NAME, str(exc))
        return None

"""Where backups go: the user's choice (QSettings), or the standard folder.

(Could join ``ui/settings.Settings`` as a typed property; kept here so that the safety branch
does not edit that module.)

Only the backup *root* is stored; each database has its own folder inside it
(``store/backups.folder_for``). The command line (no Qt) always uses the standard folder
unless ``--naar`` is given.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from werkplaats_desktop.locations import default_backup_dir

KEY_BACKUP_ROOT = "gegevensveiligheid/backupmap"


def _settings() -> QSettings:
    # the same store as ui/settings.py (organisation and application name set in app.main)
    return QSettings()


def backup_root() -> Path:
    value = _settings().value(KEY_BACKUP_ROOT, "", type=str)
    return Path(str(value)) if value else default_backup_dir()


def set_backup_root(folder: Path | None) -> None:
    """Store ``folder`` as the backup root; None returns to the standard folder."""
    settings = _settings()
    if folder is None:
        settings.remove(KEY_BACKUP_ROOT)
    else:
        settings.setValue(KEY_BACKUP_ROOT, str(folder))
    settings.sync()

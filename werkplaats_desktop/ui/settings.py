"""The program's settings: typed, with their defaults, in one place (QSettings underneath).

Window layout, splitters, column choices and widths, last and recent files, language, the
folders last used for exports and reports, the hourly rate of the dashboard, and where backups
go. Nothing else in the program reads or writes QSettings. Tests get a settings file of their
own (tests/conftest.py points QSettings at a temporary folder).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from werkplaats_desktop.locations import default_backup_dir
from werkplaats_desktop.ui.i18n import DEFAULT_LANGUAGE, LANGUAGES

MAX_RECENT = 8


class Settings:
    def __init__(self, qsettings: QSettings | None = None):
        self.q = qsettings or QSettings()

    # language

    @property
    def language(self) -> str:
        value = str(self.q.value("taal", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self.q.setValue("taal", value if value in LANGUAGES else DEFAULT_LANGUAGE)

    # files

    @property
    def last_file(self) -> Path | None:
        value = self.q.value("bestanden/laatste", "")
        return Path(str(value)) if value else None

    def recent_files(self) -> list[Path]:
        values = self.q.value("bestanden/recent", []) or []
        if isinstance(values, str):
            values = [values]
        return [Path(str(v)) for v in values if v]  # type: ignore[attr-defined]

    def remember_file(self, path: Path) -> None:
        path = path.resolve()
        recent = [p for p in self.recent_files() if p != path]
        self.q.setValue("bestanden/recent", [str(p) for p in [path, *recent][:MAX_RECENT]])
        self.q.setValue("bestanden/laatste", str(path))

    # folders last used (default: the documents folder)

    CHARTS = "dashboard/exportmap"
    REPORTS = "dashboard/rapportmap"
    EXPORTS = "uitwisseling/exportmap"

    def folder(self, purpose: str) -> Path:
        """The folder last used for ``purpose`` (:attr:`CHARTS`, :attr:`REPORTS`,
        :attr:`EXPORTS`) while it exists, else the documents folder, else the home folder
        (never the folder the program was started from)."""
        value = self.q.value(purpose, "")
        if value and Path(str(value)).is_dir():
            return Path(str(value))
        return documents_folder()

    def set_folder(self, purpose: str, folder: Path) -> None:
        self.q.setValue(purpose, str(folder))

    # the dashboard

    def uurtarief(self, default: Decimal) -> Decimal:
        """Euros per partner hour (hours in kind valued in money)."""
        try:
            value = Decimal(str(self.q.value("dashboard/uurtarief", str(default))))
        except InvalidOperation:
            return default
        return value if value >= 0 else default

    def set_uurtarief(self, value: Decimal) -> None:
        self.q.setValue("dashboard/uurtarief", f"{value:.2f}")

    # backups: only the root is stored; each database has its own folder inside it
    # (store/backups.folder_for). The command line always uses the standard folder.

    @property
    def backup_root(self) -> Path:
        value = self.q.value("gegevensveiligheid/backupmap", "", type=str)
        return Path(str(value)) if value else default_backup_dir()

    @backup_root.setter
    def backup_root(self, folder: Path | None) -> None:
        """None returns to the standard folder."""
        if folder is None:
            self.q.remove("gegevensveiligheid/backupmap")
        else:
            self.q.setValue("gegevensveiligheid/backupmap", str(folder))
        self.q.sync()

    # layout

    def geometry(self, name: str) -> QByteArray | None:
        value = self.q.value(f"venster/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self.q.setValue(f"venster/{name}", value)

    def hidden_columns(self, list_key: str) -> list[str] | None:
        """Columns the user hid in a list; None when never chosen (the list's default)."""
        value = self.q.value(f"lijsten/{list_key}/verborgen")
        if value is None:
            return None
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value]

    def set_hidden_columns(self, list_key: str, keys: list[str]) -> None:
        # an empty list is stored as "" (QSettings cannot tell an empty list from none)
        self.q.setValue(f"lijsten/{list_key}/verborgen", keys or "")

    def column_widths(self, list_key: str) -> dict[str, int]:
        value = self.q.value(f"lijsten/{list_key}/breedtes", {}) or {}
        return {str(k): int(v) for k, v in dict(value).items()}  # type: ignore[call-overload]

    def set_column_widths(self, list_key: str, widths: dict[str, int]) -> None:
        self.q.setValue(f"lijsten/{list_key}/breedtes", widths)

    def sync(self) -> None:
        self.q.sync()


def documents_folder() -> Path:
    """The user's documents folder when it exists (a new account may have none yet),
    otherwise the home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()

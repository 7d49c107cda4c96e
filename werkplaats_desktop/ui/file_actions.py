"""Bestand > Nieuwe database, Openen, Recente bestanden, Opslaan als kopie: switching the
window to another database file and copying the open one. Plugs into the window through the
:class:`~werkplaats_desktop.ui.page.Host` protocol, like the other features."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.store import BackupError, copy_database
from werkplaats_desktop.ui.page import Host

DB_FILTER = QT_TRANSLATE_NOOP(
    "FileActions", "Werkplaats-database (*.sqlite *.db);;Alle bestanden (*)"
)


class FileActions(QObject):
    def __init__(self, host: Host):
        super().__init__(host.widget())
        self.host = host
        menu = host.menu("bestand")
        menu.addAction(
            self.tr("&Nieuwe database…"), QKeySequence("Ctrl+Shift+N"), self.new_database
        )
        menu.addAction(
            self.tr("&Openen…"),
            QKeySequence(QKeySequence.StandardKey.Open),
            self.open_database_dialog,
        )
        self.demo_action = menu.addAction(self.tr("&Voorbeelddatabase openen"), self.open_demo)
        self.demo_action.setToolTip(self.tr(
            "De voorbeelddatabase met de veertien Wmo-werkplaatsen uit 'Uit de steigers' "
            "(los van uw eigen bestand)"))
        self.recent_menu: QMenu = menu.addMenu(self.tr("&Recente bestanden"))
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        menu.addAction(self.tr("Opslaan als &kopie…"), QKeySequence("Ctrl+Shift+S"), self.save_copy)
        menu.addSeparator()

    @property
    def _parent(self) -> QWidget:
        return self.host.widget()

    def open_path(self, path: Path) -> bool:
        from werkplaats_desktop.ui.opening import open_database

        db = open_database(path, self._parent)
        if db is None:
            return False
        self.host.set_database(db)
        return True

    def open_demo(self) -> bool:
        """Bestand > Voorbeelddatabase openen: the demo (made on first use, never over the
        user's own file), in this window."""
        from werkplaats_desktop.ui.demo_file import demo_database

        path = demo_database()
        if path.resolve() == self.host.db.path.resolve():
            return True
        return self.open_path(path)

    def open_database_dialog(self) -> None:
        name, _f = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Database openen"),
            str(self.host.db.path.parent),
            self.tr(DB_FILTER),
        )
        if name:
            self.open_path(Path(name))

    def new_database(self) -> None:
        name, _f = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Nieuwe database"),
            str(self.host.db.path.parent / "werkplaats.sqlite"),
            self.tr(DB_FILTER),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix == "":
            path = path.with_suffix(".sqlite")
        if path.exists():
            QMessageBox.warning(
                self._parent,
                self.tr("Nieuwe database"),
                self.tr(
                    "%1 bestaat al. Kies een nieuwe naam; een bestaande "
                    "database wordt nooit overschreven."
                ).replace("%1", str(path)),
            )
            return
        self.open_path(path)

    def save_copy(self) -> None:
        db = self.host.db
        name, _f = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Opslaan als kopie"),
            str(db.path.with_name(db.path.stem + "-kopie.sqlite")),
            self.tr(DB_FILTER),
        )
        if not name:
            return
        target = Path(name)
        if target.resolve() == db.path.resolve():
            QMessageBox.warning(
                self._parent,
                self.tr("Opslaan als kopie"),
                self.tr("Kies een ander bestand dan de open database."),
            )
            return
        from werkplaats_desktop.ui.tasks import run_task

        try:
            run_task(
                self._parent,
                self.tr("Kopie maken…"),
                lambda _p: copy_database(db.path, target),
                cancellable=False,
            )
        except BackupError as exc:
            QMessageBox.critical(self._parent, self.tr("Opslaan als kopie"), str(exc))
            return
        self.host.show_status(self.tr("Kopie opgeslagen: %1").replace("%1", str(target)))

    def fill_recent(self) -> None:
        self.recent_menu.clear()
        current = self.host.db.path.resolve()
        for path in self.host.settings.recent_files():
            action = self.recent_menu.addAction(str(path))
            action.setEnabled(path.exists() and path != current)
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(geen)")).setEnabled(False)


def install(host: Host) -> FileActions:
    return FileActions(host)

"""Data safety in the main window: menu actions and automatic backups.

* Bestand > Backup maken: a verified backup now, into the open database's backup folder.
* Bestand > Herstellen uit backup…: lists the backups with their dates; the chosen one is
  verified and copied next to the file, the current file is backed up, and only then is the
  file replaced and opened again (``window.set_database``).
* Extra > Database controleren: integrity and foreign-key check with a readable result.
* Extra > Backupmap…: shows where the backups go and lets the user change it.
* Extra > Persoonsgegevens verwijderen…: forget a contact person everywhere at once.
* Automatic backups: when the window closes (if anything changed since the newest backup, or
  that backup is more than a day old), and while the program runs, at most daily: an hourly
  check makes one when the newest is a day old.

Slow work (copying and checking a large file) runs through ``run_task``. The database is only
closed for the moment the file is swapped, keeping its lock (no other program can slip in).
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from werkplaats_desktop import APP_NAME
from werkplaats_desktop.store import (
    Backup,
    BackupError,
    BackupSet,
    CheckResult,
    Database,
    SchemaError,
    full_check,
    prepare_restore,
    server_check,
)
from werkplaats_desktop.ui.i18n import translate
from werkplaats_desktop.ui.opening import format_when
from werkplaats_desktop.ui.page import Host
from werkplaats_desktop.ui.safety.dialogs import LocationDialog, RestoreDialog
from werkplaats_desktop.ui.safety.forget import ForgetPersonDialog
from werkplaats_desktop.ui.server import backups_are_the_servers
from werkplaats_desktop.ui.tasks import run_task

log = logging.getLogger(__name__)

#: How often the running program looks whether the daily backup is due.
CHECK_INTERVAL_MS = 60 * 60 * 1000
#: The first look, shortly after start (not during start-up itself).
FIRST_CHECK_MS = 2 * 60 * 1000


class SafetyFeature(QObject):
    def __init__(self, host: Host):
        window = host.widget()
        super().__init__(window)
        # weakly: the window holds our close callback, and a reference back would keep a
        # closed window alive until the garbage collector runs
        self._host = weakref.ref(host)
        self.setObjectName("gegevensveiligheid")
        self.clock: Callable[[], datetime] = datetime.now

        self.backup_action = QAction(self.tr("&Backup maken"), window)
        self.backup_action.triggered.connect(self.make_backup)
        self.restore_action = QAction(self.tr("&Herstellen uit backup…"), window)
        self.restore_action.triggered.connect(self.choose_and_restore)
        for action in (self.backup_action, self.restore_action):
            host.menu("bestand").addAction(action)  # Afsluiten follows (_finish_menus)

        self.check_action = QAction(self.tr("Database &controleren"), window)
        self.check_action.triggered.connect(self.check_database)
        self.location_action = QAction(self.tr("&Backupmap…"), window)
        self.location_action.triggered.connect(self.show_location)
        self.forget_action = QAction(self.tr("&Persoonsgegevens verwijderen…"), window)
        self.forget_action.triggered.connect(self.forget_person)
        host.menu("extra").addAction(self.check_action)
        host.menu("extra").addAction(self.location_action)
        host.menu("extra").addAction(self.forget_action)

        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.backup_if_due)
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self, self.backup_if_due)
        host.on_close(self._closing)

    # --- backups ----------------------------------------------------------------------------

    @property
    def host(self) -> Host:
        host = self._host()
        assert host is not None
        return host

    @property
    def window(self) -> QWidget:
        """The parent of the dialogs."""
        return self.host.widget()

    @property
    def db(self) -> Database:
        return self.host.db

    def backups(self) -> BackupSet:
        return BackupSet(self.db.path, self.host.settings.backup_root, clock=self.clock)

    def _make(self, reason: str, title: str) -> Backup:
        backups = self.backups()
        return run_task(self.window, title, lambda _progress: backups.make(reason),
                        cancellable=False)

    def make_backup(self) -> Backup | None:
        if self.db.is_server:
            self.make_server_backup()
            return None
        try:
            backup = self._make("handmatig", self.tr("Backup maken…"))
        except (BackupError, OSError) as exc:
            QMessageBox.warning(self.window, APP_NAME,
                                self.tr("Er is geen backup gemaakt: %1").replace("%1", str(exc)))
            return None
        self.host.show_status(
            self.tr("Backup gemaakt: %1").replace("%1", str(backup.path)), 10_000)
        return backup

    def make_server_backup(self) -> Path | None:
        """Bestand > Backup maken on a shared database: a copy with the server's own tool,
        pg_dump (store/pg_backup.py, as ``werkplaats backup --db postgresql://...``), in the
        standard backup folder. Without pg_dump, or when it fails: why, and what the server's
        administrator does instead (backups_are_the_servers)."""
        from werkplaats_desktop.locations import default_backup_dir
        from werkplaats_desktop.store import (
            DumpError,
            dump_server,
            server_backup_folder,
            server_dump_name,
            size_text,
        )

        target = self.db.server
        assert target is not None
        out = server_backup_folder(target, default_backup_dir()) / server_dump_name(target)
        try:
            result = run_task(self.window, self.tr("Backup maken met pg_dump…"),
                              lambda _progress: dump_server(target, out), cancellable=False)
        except DumpError as exc:
            backups_are_the_servers(self.window, self.db, str(exc))
            return None
        self.host.show_status(self.tr("Backup gemaakt met pg_dump: %1 (%2)")
                              .replace("%1", str(result.path))
                              .replace("%2", size_text(result.size)), 10_000)
        return result.path

    def backup_if_due(self) -> Backup | None:
        """The daily automatic backup: made only when the newest is a day old, and not while
        a dialog or long task has the window's attention (it is tried again an hour later)."""
        if (self.db.closed or self.db.is_server
                or QApplication.activeModalWidget() is not None
                or not self.backups().due()):
            return None
        try:
            backup = self._make("automatisch", self.tr("Automatische backup…"))
        except (BackupError, OSError) as exc:
            log.warning("Automatische backup mislukt: %s", exc)
            self.host.show_status(  # stays until the next message: the user must see it
                self.tr("De automatische backup is mislukt: %1").replace("%1", str(exc)), 0)
            return None
        log.info("Automatische backup: %s", backup.path)
        return backup

    def _closing(self) -> None:
        self.backup_on_close()

    def backup_on_close(self) -> Backup | None:
        if self.db.closed or self.db.is_server:  # a server's backups are the server's
            return None
        backups = self.backups()
        if not (backups.changed_since_newest() or backups.due()):
            return None
        try:
            return self._make("bij-afsluiten", self.tr("Backup maken bij het afsluiten…"))
        except (BackupError, OSError) as exc:
            log.warning("Backup bij afsluiten mislukt: %s", exc)
            QMessageBox.warning(self.window, APP_NAME, self.tr(
                "Bij het afsluiten kon geen backup worden gemaakt: %1\nUw gegevens zelf zijn "
                "opgeslagen.").replace("%1", str(exc)))
            return None

    # --- restore ----------------------------------------------------------------------------

    def choose_and_restore(self) -> None:
        if self.db.is_server:
            backups_are_the_servers(self.window, self.db)
            return
        dialog = RestoreDialog(self.backups(), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.restore(dialog.chosen)

    def restore(self, chosen: Backup, *, confirm: bool = True) -> bool:
        """Restore ``chosen`` over the open database; True when it was restored."""
        if confirm and QMessageBox.question(
                self.window, APP_NAME, self.tr(
                    "De backup van %1 terugzetten?\n\nDe huidige database wordt eerst zelf als "
                    "backup bewaard; daarna vervangt de gekozen backup hem.")
                .replace("%1", format_when(chosen.when))) != QMessageBox.StandardButton.Yes:
            return False
        backups = self.backups()
        try:
            prepared = run_task(self.window, self.tr("Backup controleren…"),
                                lambda _progress: prepare_restore(backups, chosen),
                                cancellable=False)
        except (BackupError, OSError) as exc:
            QMessageBox.critical(self.window, APP_NAME, self.tr(
                "De backup is niet teruggezet; er is niets gewijzigd.\n\n%1")
                .replace("%1", str(exc)))
            return False
        path = self.db.path
        lock = self.db.close(keep_lock=True)
        error: Exception | None = None
        try:
            report = prepared.complete()
        except OSError as exc:  # the file could not be replaced: the old one is still there
            error = exc
        try:
            new_db = Database.open(path, backup_dir=backups.folder, lock=lock)
        except SchemaError as exc:
            QMessageBox.critical(self.window, APP_NAME, str(exc))
            self.host.close()
            return False
        self.host.set_database(new_db)
        if error is not None:
            QMessageBox.critical(self.window, APP_NAME, self.tr(
                "De backup is niet teruggezet: %1").replace("%1", str(error)))
            return False
        saved = report.previous or report.kept_aside
        QMessageBox.information(self.window, APP_NAME, self.tr(
            "De backup van %1 is teruggezet.\n\nDe database zoals hij was, is bewaard als:\n%2")
            .replace("%1", format_when(chosen.when)).replace("%2", str(saved)))
        return True

    # --- check and location -----------------------------------------------------------------

    def check_database(self) -> CheckResult:
        path, root = self.db.path, self.host.settings.backup_root
        server = self.db.server
        if server is not None:  # schema revision, references, records per werkplaats
            check: Any = lambda _progress: server_check(server)  # noqa: E731
        else:
            check = lambda _progress: full_check(path, root)  # noqa: E731
        result = run_task(self.window, self.tr("Database controleren…"), check,
                          cancellable=False)
        show = QMessageBox.information if result.sound else QMessageBox.warning
        show(self.window, self.tr("Database controleren"),
             result.report(translate, format_when))
        return result

    def show_location(self) -> None:
        if self.db.is_server:
            backups_are_the_servers(self.window, self.db)
            return
        LocationDialog(self.db.path, self.window).exec()

    def forget_person(self) -> None:
        dialog = ForgetPersonDialog(self.host.services, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.forgotten is not None:
            self.host.show_status(self.tr("De persoonsgegevens zijn verwijderd."),
                                                10_000)


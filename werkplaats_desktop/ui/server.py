"""The window on a shared database (PostgreSQL): opening with a password, other users'
changes, conflicts, and what a server does instead of our backups.

* Opening: the password comes from libpq's usual places (PGPASSWORD, ~/.pgpass). When the
  server asks for one and there is none, a dialog asks; the password stays in memory for this
  session only and is never written anywhere (not in the settings either).
* Other users' changes: a timer asks the database every few seconds what other sessions
  changed (PostgreSQL LISTEN/NOTIFY, store/pg.py); the pages that show those tables refresh as
  after one's own change. Chosen over "refresh when the window gets the focus" because two
  people often work side by side on one screen each, and a list that silently stays old while
  you look at it is exactly what makes people type things twice. NOTIFY costs nothing while
  nothing changes, and the poll does not block (no thread needed).
* A save refused because someone else saved first: the form shows both values at each field
  and offers "Opnieuw laden" (take the stored record, then change it again).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from werkplaats_desktop import APP_NAME
from werkplaats_desktop.store import Database, SchemaError, ServerTarget
from werkplaats_desktop.ui.i18n import translate

#: how often the window asks for other users' changes
POLL_MS = 3000


def open_server(target: ServerTarget, parent: QWidget | None = None) -> Database | None:
    """Open the server database, asking for a password when libpq has none. None when it
    cannot be opened (the user was told why)."""
    from werkplaats_desktop.store import ServerUnavailable

    attempt = target
    for _tries in range(3):
        try:
            return Database.open(attempt)
        except ServerUnavailable as exc:
            if not exc.needs_password:
                QMessageBox.critical(parent, APP_NAME, str(exc))
                return None
            prompt = translate("Server", "Wachtwoord voor %1 (%2):") \
                .replace("%1", target.user or "").replace("%2", target.name)
            if attempt.password is not None:  # the one typed before was refused: say so
                prompt = translate("Server", "Het wachtwoord is onjuist (of deze inlognaam "
                                             "bestaat niet). Probeer het opnieuw.") \
                    + "\n\n" + prompt
            password, ok = QInputDialog.getText(parent, APP_NAME, prompt,
                                                QLineEdit.EchoMode.Password)
            if not ok:
                return None
            attempt = target.with_password(password)
        except SchemaError as exc:
            QMessageBox.critical(parent, APP_NAME, str(exc))
            return None
    QMessageBox.critical(parent, APP_NAME, translate(
        "Server", "Inloggen op %1 is drie keer mislukt.").replace("%1", target.name))
    return None


def backups_are_the_servers(parent: QWidget | None, db: Database,
                            failed: str | None = None) -> None:
    """Bestand > Herstellen on a server database, or Backup maken when pg_dump could not make
    one (``failed``: its Dutch reason, said first)."""
    show = QMessageBox.warning if failed else QMessageBox.information
    show(parent, APP_NAME, (failed + "\n\n" if failed else "") + translate(
        "Server", "Deze database staat op een PostgreSQL-server (%1). Backups daarvan maakt de "
                  "server, niet dit programma: vraag de beheerder of er dagelijks een backup "
                  "wordt gemaakt (pg_dump), en hoe lang die bewaard blijft.\n\nEen eigen kopie "
                  "van uw gegevens maakt u met Bestand > Exporteren (volledige export).")
        .replace("%1", db.display_name)
        + ("\n\n" + translate("Server", "Een backup maken kan met:") + "\n"
           + db.server.pg_dump_command() if db.server is not None else ""))


def ask_reload(parent: QWidget | None) -> bool:
    """A save was refused because someone else saved first: reload? (True: yes)."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, translate(
        "Server", "Iemand anders heeft deze gegevens opgeslagen nadat u ze opende. Bij elk "
                  "veld staat wat er nu is opgeslagen en wat u gaf; er is niets van u "
                  "opgeslagen.\n\nMet Opnieuw laden ziet u de opgeslagen gegevens en past u uw "
                  "wijziging opnieuw toe."), parent=parent)
    reload = box.addButton(translate("Server", "Opnieuw laden"),
                           QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Server", "Terug naar het formulier"),
                  QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is reload


class RemoteWatcher(QObject):
    """Polls ``database()`` for other users' changes (only a server database has them), and
    says in the status bar when the server is out of reach and when it is back: a restart of
    the server is not an error of the user's, so no dialog (store/database.py, _revive: the
    first action after it works on a new connection)."""

    def __init__(self, database: object, status: Callable[[str, int], None] | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._database = database  # a callable returning the window's current Database
        self._status = status or (lambda _text, _msecs: None)
        #: the server was out of reach at the last poll (said once, not every poll)
        self.lost = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> None:
        from werkplaats_desktop.store import RECONNECTED

        db = self._database()  # type: ignore[operator]
        if db is None or not db.is_server or db.closed:
            return
        try:
            change = db.poll_remote_changes()
        except Exception:  # the server is away (restarting, no network): try again later
            change = None
            lost = True
        else:
            lost = db.cut_off
        if lost and not self.lost:
            self._status(translate(
                "Server", "De verbinding met de server %1 is verbroken; het programma probeert "
                          "het om de paar seconden opnieuw. Wat u had opgeslagen, blijft "
                          "bewaard.").replace("%1", db.display_name), 0)
        elif change is not None and change.label == RECONNECTED:
            self._status(translate(
                "Server", "De verbinding met de server is hersteld; alles is opnieuw gelezen."),
                8000)
        self.lost = lost

"""Unexpected errors: written to a log file, shown in Dutch with copyable details, and the
program keeps running.

:func:`install_error_handling` (called once from ``app.main``) routes every exception that no
code caught — in a slot, an event handler, a Python thread — to :class:`ErrorReporter`:

* the traceback goes to ``werkplaats.log`` in the user log folder
  (``locations.user_log_dir()``), rotated at 1 MB with 5 old files kept;
* a dialog says in Dutch what happened, that saved work is safe, and shows the details in a
  read-only text box with a "Kopiëren" button, for a bug report;
* the event loop goes on. Nothing saved is lost: every change is its own transaction
  (``Database.write``), so an error in the middle of one rolls back only that change.

Several errors in a row go into the dialog that is already open instead of stacking dialogs.

Not bugs, and therefore not shown as one: a right the login lacks on a shared database, or a
server that cannot be reached (any more). Those get a plain Dutch message
(:meth:`ErrorReporter._present_notice`, text from ``store/pg_errors.explain``) that says what
was not allowed and who may do it, without a traceback; the details still go to the log.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from werkplaats_desktop import APP_NAME, __version__
from werkplaats_desktop.locations import user_log_dir

LOG_FILE = "werkplaats.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5

log = logging.getLogger("werkplaats_desktop")

_handler: logging.Handler | None = None
_reporter: ErrorReporter | None = None


def log_path() -> Path:
    return user_log_dir() / LOG_FILE


def install_logging(level: int = logging.INFO) -> Path:
    """Send the program's log to the rotating log file (again after the folder changed)."""
    global _handler
    path = log_path()
    if _handler is not None and getattr(_handler, "baseFilename", None) == str(path):
        return path
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True)
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(_handler)
    root.setLevel(min(root.level or level, level))
    return path


def uninstall_logging() -> None:
    """Stop writing to the log file (tests; the program keeps it until it ends)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None


class ErrorDialog(QDialog):
    """The message for an unexpected error, with its details to copy."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("foutvenster")
        self.setWindowTitle(self.tr("Onverwachte fout — %1").replace("%1", APP_NAME))
        self.message = QLabel(self.tr(
            "<b>Er ging iets onverwachts mis.</b><br><br>"
            "Het programma werkt gewoon door. Wat u al had opgeslagen, blijft bewaard; de "
            "handeling die u net deed, is misschien niet (helemaal) uitgevoerd. Controleer "
            "die en probeer het zo nodig opnieuw.<br><br>"
            "Wilt u het probleem melden? Stuur dan de gegevens hieronder mee (knop "
            "Kopiëren). Ze staan ook in het logbestand:<br>%1").replace(
            "%1", str(log_path())))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit()
        self.details.setObjectName("foutdetails")
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("&Kopiëren"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Sluiten"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def add(self, details: str) -> None:
        old = self.details.toPlainText()
        self.details.setPlainText(f"{old}\n\n{details}" if old else details)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


class ErrorReporter(QObject):
    """Receives uncaught exceptions from any thread and shows them on the window's thread."""

    _show = Signal(str)
    _tell = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.dialog: ErrorDialog | None = None
        #: the message shown for a refused right or an unreachable server (not a crash)
        self.notice: QMessageBox | None = None
        self._show.connect(self._present, Qt.ConnectionType.QueuedConnection)
        self._tell.connect(self._present_notice, Qt.ConnectionType.QueuedConnection)

    def handle(self, exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        from werkplaats_desktop.store import explain_server_error

        told = explain_server_error(exc)
        if told is not None:  # a shared database refused a right, or its server went away
            log.warning("Geweigerd of niet bereikbaar: %s\n%s", told, text.rstrip())
            self._tell.emit(told)
            return
        log.error("Onverwachte fout\n%s", text.rstrip())
        details = (f"{APP_NAME} {__version__}, Python {sys.version.split()[0]}, "
                   f"{sys.platform}\n{text}")
        self._show.emit(details)

    def _present(self, details: str) -> None:
        if self.dialog is None or not self.dialog.isVisible():
            parent = QApplication.activeWindow()
            self.dialog = ErrorDialog(parent)
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.destroyed.connect(self._forget_dialog)
        self.dialog.add(details)
        self.dialog.show()
        self.dialog.raise_()

    def _forget_dialog(self) -> None:
        self.dialog = None

    def _present_notice(self, text: str) -> None:
        """A Dutch sentence of store/pg_errors.py, without a traceback: not a bug."""
        if self.notice is not None and self.notice.isVisible():
            if text not in self.notice.text():
                self.notice.setText(f"{self.notice.text()}\n\n{text}")
            return
        self.notice = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text,
                                  QMessageBox.StandardButton.Ok, QApplication.activeWindow())
        self.notice.setObjectName("servermelding")
        self.notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.notice.destroyed.connect(self._forget_notice)
        self.notice.show()

    def _forget_notice(self) -> None:
        self.notice = None


def _qt_message(mode: QtMsgType, _context: object, message: str) -> None:
    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING}.get(mode, logging.ERROR)
    logging.getLogger("qt").log(level, "%s", message)


def install_error_handling(app: QApplication) -> ErrorReporter:
    """Log to the rotating file and show uncaught exceptions; safe to call again."""
    global _reporter
    install_logging()
    if _reporter is None:
        _reporter = ErrorReporter(app)
        qInstallMessageHandler(_qt_message)
    reporter = _reporter
    sys.excepthook = reporter.handle
    threading.excepthook = lambda args: reporter.handle(
        args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)
    log.info("%s %s gestart", APP_NAME, __version__)
    return reporter

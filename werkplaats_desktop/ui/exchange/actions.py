"""The two menu actions and what they do: ask, run the work in the background with a progress
bar and Cancel (``ui/tasks.run_task``), tell the result. Everything else is a call into
``werkplaats_desktop.exchange``."""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from werkplaats_desktop.exchange.export import VOLLEDIG, ExportOptions, ExportResult, export
from werkplaats_desktop.exchange.files import ExportError
from werkplaats_desktop.exchange.importer import import_files
from werkplaats_desktop.exchange.merge import merge_partners
from werkplaats_desktop.exchange.report import ImportReport, Merge
from werkplaats_desktop.exchange.targets import extension_problem
from werkplaats_desktop.services.progress import Cancelled
from werkplaats_desktop.ui.exchange.export_dialog import ExportDialog
from werkplaats_desktop.ui.exchange.import_dialog import ImportDialog
from werkplaats_desktop.ui.exchange.report_dialog import ReportDialog
from werkplaats_desktop.ui.i18n import translate
from werkplaats_desktop.ui.tasks import run_task

if TYPE_CHECKING:
    from werkplaats_desktop.ui.main_window import MainWindow


def _documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class ExchangeActions(QObject):
    """Lives as long as the window (its child); always works on the window's current
    database, also after Bestand > Openen switched it."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        # weakly: the window owns this object; a strong reference back would keep a closed
        # window alive until the garbage collector happens to run
        self._window = weakref.ref(window)
        self.export_action = QAction(self.tr("&Exporteren…"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setStatusTip(
            self.tr("Exporteer het landelijk overzicht of de hele database als CSV")
        )
        self.export_action.triggered.connect(self.export)
        self.import_action = QAction(self.tr("&Importeren…"), window)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setStatusTip(self.tr("Lees exports van werkplaatsen in"))
        self.import_action.triggered.connect(self.import_)
        menu = window.menu("bestand")
        before = getattr(window, "quit_action", None)
        if before is not None and before in menu.actions():
            menu.insertAction(before, self.export_action)
            menu.insertAction(before, self.import_action)
            menu.insertSeparator(before)
        else:  # the window adds Afsluiten after the features (QMenu collapses separators)
            menu.addSeparator()
            menu.addAction(self.export_action)
            menu.addAction(self.import_action)
        self.last_report: ImportReport | None = None

    @property
    def window(self) -> MainWindow:
        window = self._window()
        assert window is not None
        return window

    # --- the questions (tests replace these) ------------------------------------------------

    def ask_export(self) -> tuple[ExportOptions, Path] | None:
        dialog = ExportDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        options = dialog.options()
        pattern = (
            self.tr("ZIP-bestand (*.zip)")
            if options.soort == VOLLEDIG
            else self.tr("CSV-bestand (*.csv)")
        )
        name, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export opslaan als"),
            str(_documents() / dialog.suggested_name()),
            pattern,
        )
        return (options, Path(name)) if name else None

    def ask_import(self) -> list[Path]:
        dialog = ImportDialog(self.window, _documents())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        return dialog.paths()

    def show_report(self, dialog: ReportDialog) -> None:
        dialog.exec()

    # --- the work --------------------------------------------------------------------------

    def export(self) -> ExportResult | None:
        asked = self.ask_export()
        if asked is None:
            return None
        options, target = asked
        wrong = extension_problem(options.soort, target)
        if wrong is not None:  # (typed over the file dialog's filter)
            QMessageBox.warning(self.window, self.tr("Exporteren"), wrong.text(translate))
            return None
        db = self.window.db
        try:
            result = run_task(
                self.window,
                self.tr("Exporteren"),
                lambda progress: export(db, target, options, progress),
            )
        except Cancelled:
            self.window.statusBar().showMessage(
                self.tr("Export afgebroken; er is niets geschreven."), 8000
            )
            return None
        except ExportError as exc:
            QMessageBox.warning(self.window, self.tr("Exporteren"), exc.text(translate))
            return None
        rows = sum(result.rows.values())
        QMessageBox.information(
            self.window,
            self.tr("Exporteren"),
            self.tr("De export is opgeslagen in %1 (%2 rijen).")
            .replace("%1", str(target))
            .replace("%2", str(rows)),
        )
        return result

    def import_(self) -> ImportReport | None:
        paths = self.ask_import()
        if not paths:
            return None
        db = self.window.db
        try:
            report = run_task(
                self.window,
                self.tr("Importeren"),
                lambda progress: import_files(db, paths, progress),
            )
        except Cancelled:
            self.window.statusBar().showMessage(
                self.tr("Import afgebroken; er is niets gewijzigd."), 8000
            )
            return None
        if report.written:
            db.external_change(
                self.tr("Import: %1").replace("%1", ", ".join(report.bestanden)), report.tables
            )
        self.last_report = report
        self.show_report(ReportDialog(report, self.window, self.merge))
        return report

    def merge(self, chosen: list[Merge]) -> int:
        pairs = [(m.lokaal_id, m.nieuw_id) for m in chosen if m.nieuw_id is not None]
        return merge_partners(self.window.db, pairs, self.tr("Partners samengevoegd"))

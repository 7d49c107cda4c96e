"""The two menu actions and what they do: ask, run the work in the background with a progress
bar and Cancel (``ui/tasks.run_task``), tell the result. Everything else is a call into
``werkplaats_desktop.exchange``."""

from __future__ import annotations

import weakref
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from werkplaats_desktop.exchange.files import ExportError
from werkplaats_desktop.exchange.report import OUDERE_EXPORT, ImportReport, Merge, Problem
from werkplaats_desktop.exchange.targets import extension_problem
from werkplaats_desktop.services.progress import Cancelled, Progress
from werkplaats_desktop.store import Database
from werkplaats_desktop.ui.exchange.import_dialog import ImportDialog
from werkplaats_desktop.ui.exchange.report_dialog import ReportDialog
from werkplaats_desktop.ui.i18n import aantal, translate
from werkplaats_desktop.ui.page import Host
from werkplaats_desktop.ui.settings import Settings
from werkplaats_desktop.ui.tasks import run_task

if TYPE_CHECKING:
    from werkplaats_desktop.exchange.export import ExportOptions, ExportResult

# The export, import and merge code (with openpyxl and numpy: ~0.3 s) is imported when the
# user first exports or imports, not at every start of the window.


def _documents() -> Path:
    return Settings().folder(Settings.EXPORTS)


class ExchangeActions(QObject):
    """Lives as long as the window (its child); always works on the window's current
    database, also after Bestand > Openen switched it."""

    def __init__(self, host: Host):
        window = host.widget()
        super().__init__(window)
        # weakly: the window owns this object; a strong reference back would keep a closed
        # window alive until the garbage collector happens to run
        self._host = weakref.ref(host)
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
        menu = host.menu("bestand")  # the window adds Afsluiten after the features
        menu.addSeparator()
        menu.addAction(self.export_action)
        menu.addAction(self.import_action)
        self.last_report: ImportReport | None = None

    @property
    def host(self) -> Host:
        host = self._host()
        assert host is not None
        return host

    @property
    def window(self) -> QWidget:
        """The parent of the dialogs."""
        return self.host.widget()

    # --- the questions (tests replace these) ------------------------------------------------

    def ask_export(self) -> tuple[ExportOptions, Path] | None:
        from werkplaats_desktop.exchange.export import VOLLEDIG
        from werkplaats_desktop.ui.exchange.export_dialog import ExportDialog

        dialog = ExportDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        options = dialog.options()
        if options.soort == VOLLEDIG:
            pattern = self.tr("ZIP-bestand (*.zip)")
        elif options.excel:
            pattern = self.tr("Excel-werkmap (*.xlsx)")
        else:
            pattern = self.tr("CSV-bestand (*.csv)")
        services = self.host.services
        own = services.info.eigen_werkplaats_id()
        code = services.werkplaatsen.get(own).code if own is not None else None
        name, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export opslaan als"),
            str(_documents() / dialog.suggested_name(code)),
            pattern,
        )
        if not name:
            return None
        Settings().set_folder(Settings.EXPORTS, Path(name).parent)
        return options, Path(name)

    def ask_import(self) -> list[Path]:
        dialog = ImportDialog(self.window, _documents())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        return dialog.paths()

    def show_report(self, dialog: ReportDialog) -> None:
        dialog.exec()

    def confirm_older(self, report: ImportReport) -> bool:
        """An export is older than the one read before: read it anyway? (Default: no.)"""
        details = "\n\n".join(p.format(translate) for p in report.errors
                                if p.template == OUDERE_EXPORT)
        answer = QMessageBox.question(
            self.window,
            self.tr("Oudere export"),
            self.tr("%1\n\nToch inlezen? Wat sindsdien is veranderd, gaat dan terug naar de "
                    "oudere stand.").replace("%1", details),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

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
        from werkplaats_desktop.exchange.export import export

        db = self.host.db
        try:
            result = run_task(
                self.window,
                self.tr("Exporteren"),
                lambda progress: export(db, target, options, progress),
            )
        except Cancelled:
            self.host.show_status(
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
            self.tr("De export is opgeslagen in %1 (%2).")
            .replace("%1", str(target))
            .replace("%2", aantal(rows, "rij")),
        )
        return result

    def import_(self) -> ImportReport | None:
        paths = self.ask_import()
        if not paths:
            return None
        db = self.host.db
        allow_older = allow_removals = False
        while True:
            try:
                report = run_task(
                    self.window,
                    self.tr("Importeren"),
                    partial(self._import_work, db, paths, allow_older, allow_removals),
                )
            except Cancelled:
                self.host.show_status(
                    self.tr("Import afgebroken; er is niets gewijzigd."), 8000
                )
                return None
            if not report.only_questions:
                break
            # what the user may confirm, one question at a time; nothing is written before
            if not allow_older and any(p.template == OUDERE_EXPORT for p in report.errors):
                if not self.confirm_older(report):
                    break
                allow_older = True
                continue
            removals = report.removals
            if allow_removals or removals is None or not self.confirm_removals(removals):
                break
            allow_removals = True
        if report.written:
            db.external_change(
                self.tr("Import: %1").replace("%1", ", ".join(report.bestanden)), report.tables
            )
        self.last_report = report
        self.show_report(ReportDialog(report, self.window, self.merge))
        return report

    @staticmethod
    def _import_work(db: Database, paths: list[Path], allow_older: bool,
                     allow_removals: bool, progress: Progress) -> ImportReport:
        from werkplaats_desktop.exchange.importer import import_files

        return import_files(db, paths, progress, allow_older, allow_removals)

    def confirm_removals(self, question: Problem) -> bool:
        """Ask before an import removes records that are here (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Importeren"),
                          question.format(translate) + "\n\n" + self.tr(
                              "Er is nog niets gewijzigd. Wilt u het bestand inlezen?"),
                          parent=self.window)
        go = box.addButton(self.tr("&Inlezen en verwijderen"),
                           QMessageBox.ButtonRole.AcceptRole)
        stop = box.addButton(self.tr("&Niet inlezen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stop)  # the safe choice is the default
        box.exec()
        return box.clickedButton() is go

    def merge(self, chosen: list[Merge]) -> int:
        pairs = [(m.lokaal_id, m.nieuw_id) for m in chosen if m.nieuw_id is not None]
        from werkplaats_desktop.exchange.merge import merge_partners

        return merge_partners(self.host.db, pairs, self.tr("Partners samengevoegd"))

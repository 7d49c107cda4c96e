"""Extra → Jaarrapportage…: choose a year and a file, then the PDF and CSV files are made in
the background (``ui.tasks.run_task``, cancellable, nothing written when cancelled)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from werkplaats_desktop.reports import ReportResult, make_report
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.dashboard import DashboardFilter
from werkplaats_desktop.services.progress import Cancelled, Progress
from werkplaats_desktop.ui.i18n import translate
from werkplaats_desktop.ui.settings import Settings
from werkplaats_desktop.ui.tasks import run_task


@dataclass(frozen=True)
class ReportRequest:
    """What the Overzicht hands over: where it is, its data and its filter."""

    parent: QWidget
    services: Services
    #: the Overzicht's filter, any years
    base: DashboardFilter
    uurtarief: Decimal
    #: the year shown (the default), and the years with activities
    jaar: int | None
    with_output: list[int]


class YearDialog(QDialog):
    def __init__(self, years: list[int], default: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Jaarrapportage"))
        self.year = QComboBox()
        for y in years:
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(max(self.year.findData(default), 0))
        explanation = QLabel(self.tr(
            "Een PDF met de feiten en cijfers en alle grafieken van het gekozen jaar, en "
            "dezelfde cijfers als CSV-bestanden. De filters van het overzicht (werkplaatsen, "
            "thema, O, partnertype, uurtarief) gelden ook voor het rapport."))
        explanation.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(explanation)
        form.addRow(self.tr("Jaar:"), self.year)
        form.addRow(buttons)

    def chosen(self) -> int:
        return int(self.year.currentData())


def ask(req: ReportRequest) -> tuple[int, Path] | None:
    """The year and the PDF file, or None when the user cancels."""
    page = req.parent
    title = translate("Jaarrapportage", "Jaarrapportage")
    years = req.services.dashboard.years()
    if not years:
        QMessageBox.information(page, title, translate(
            "Jaarrapportage", "Er zijn nog geen gegevens om over te rapporteren."))
        return None
    with_output = req.with_output
    default = req.jaar or (with_output[-1] if with_output else years[-1])
    dialog = YearDialog(years, default, page)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    jaar = dialog.chosen()
    folder = Settings().folder(Settings.REPORTS)
    suggested = translate("Jaarrapportage", "Jaarrapportage %1.pdf").replace("%1", str(jaar))
    name, _ = QFileDialog.getSaveFileName(
        page, translate("Jaarrapportage", "Jaarrapportage opslaan"), str(folder / suggested),
        translate("Jaarrapportage", "PDF-document (*.pdf)"))
    if not name:
        return None
    path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
    Settings().set_folder(Settings.REPORTS, path.parent)
    return jaar, path


def run_report(req: ReportRequest, jaar: int, path: Path) -> ReportResult | None:
    """Make the report in the background and tell the user where it is."""
    page, base, rate, db = req.parent, req.base, req.uurtarief, req.services.db

    def work(progress: Progress) -> ReportResult:
        with db.worker_session() as s:
            return make_report(s, path, jaar, base, uurtarief=rate, tx=translate,
                               progress=progress)

    title = translate("Jaarrapportage", "Jaarrapportage")
    try:
        result = run_task(page, translate("Jaarrapportage", "Jaarrapportage %1 maken")
                          .replace("%1", str(jaar)), work)
    except Cancelled:
        QMessageBox.information(page, title, translate(
            "Jaarrapportage", "Afgebroken; er is niets geschreven."))
        return None
    except OSError as exc:
        QMessageBox.warning(page, title, translate(
            "Jaarrapportage", "De jaarrapportage kon niet worden opgeslagen: %1")
            .replace("%1", exc.strerror or str(exc)))
        return None
    QMessageBox.information(page, title, translate(
        "Jaarrapportage",
        "De jaarrapportage is opgeslagen:\n%1\n\nDe cijfers staan als CSV-bestanden in de map:\n%2")
        .replace("%1", str(result.pdf)).replace("%2", str(result.csv_dir)))
    return result


def make_report_interactively(req: ReportRequest) -> ReportResult | None:
    choice = ask(req)
    if choice is None:
        return None
    return run_report(req, *choice)

"""The choices of an export: which kind, which profile, with or without personal data."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from werkplaats_desktop.exchange.export import LANDELIJK, VOLLEDIG, ExportOptions
from werkplaats_desktop.exchange.profiles import EXCEL_NL, PROFILES
from werkplaats_desktop.ui.i18n import translate


class ExportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exporteren"))
        self.landelijk = QRadioButton(
            self.tr(
                "Landelijk overzicht: één CSV-bestand met een rij per activiteit en per product"
            )
        )
        self.volledig = QRadioButton(
            self.tr(
                "Volledige export: een ZIP-bestand met alles, om in een andere database in te lezen"
            )
        )
        self.excel = QRadioButton(
            self.tr(
                "Landelijk overzicht als Excel-werkmap (.xlsx), om te lezen en te filteren"
            )
        )
        self.landelijk.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.landelijk)
        kinds.addButton(self.excel)
        kinds.addButton(self.volledig)
        self.profiel = QComboBox()
        for key, profile in PROFILES.items():
            self.profiel.addItem(translate("Uitwisseling", profile.label), key)
        self.profiel.setCurrentIndex(self.profiel.findData(EXCEL_NL.key))
        self.profiel.setAccessibleName(self.tr("Profiel"))
        self.uitleg = QLabel()
        self.uitleg.setWordWrap(True)
        self.uitleg.setObjectName("uitleg")
        self.persoonsgegevens = QCheckBox(
            self.tr(
                "Persoonsgegevens meenemen: namen, e-mailadressen en telefoonnummers van "
                "contactpersonen"
            )
        )
        self.privacy = QLabel(self.tr("Het landelijk overzicht bevat nooit persoonsgegevens."))
        self.privacy.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Exporteren…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Profiel:"), self.profiel)
        form.addRow("", self.uitleg)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Wat wilt u exporteren?")))
        layout.addWidget(self.landelijk)
        layout.addWidget(self.excel)
        layout.addWidget(self.volledig)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.persoonsgegevens)
        layout.addWidget(self.privacy)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.landelijk.toggled.connect(self._update)
        self.excel.toggled.connect(self._update)
        self.profiel.currentIndexChanged.connect(self._update)
        self._update()
        self.resize(640, 360)

    def _update(self) -> None:
        full = self.volledig.isChecked()
        self.profiel.setEnabled(not self.excel.isChecked())
        self.persoonsgegevens.setEnabled(full)
        if not full:
            self.persoonsgegevens.setChecked(False)
        self.privacy.setVisible(not full)
        if self.excel.isChecked():
            self.uitleg.setText(
                self.tr(
                    "Nederlandse kolomkoppen, namen in plaats van codes, echte datums en getallen, "
                    "een vaste kopregel en een filter. Inlezen in een database gaat met het "
                    "CSV-bestand of de volledige export."
                )
            )
        elif self.profiel.currentData() == EXCEL_NL.key:
            self.uitleg.setText(
                self.tr(
                    "Opent goed in Excel met Nederlandse instellingen: "
                    "puntkomma's tussen de velden, een decimale komma."
                )
            )
        else:
            self.uitleg.setText(
                self.tr("Voor andere programma's: komma's tussen de velden, een decimale punt.")
            )

    def options(self) -> ExportOptions:
        return ExportOptions(
            soort=VOLLEDIG if self.volledig.isChecked() else LANDELIJK,
            profiel=PROFILES[self.profiel.currentData()],
            persoonsgegevens=self.persoonsgegevens.isChecked(),
            excel=self.excel.isChecked(),
        )

    def suggested_name(self, eigen: str | None = None) -> str:
        """The file name offered; ``eigen``: the code of the file's own werkplaats, so that
        the fourteen files the landelijk overleg gets have fourteen names."""
        today = date.today().isoformat()
        if eigen:
            today = f"{eigen.lower()}-{today}"
        if self.volledig.isChecked():
            return self.tr("werkplaats-export-%1.zip").replace("%1", today)
        if self.excel.isChecked():
            return self.tr("landelijk-overzicht-%1.xlsx").replace("%1", today)
        return self.tr("landelijk-overzicht-%1.csv").replace("%1", today)

"""Extra > Jaar afsluiten… and Jaar heropenen…: choose the werkplaats and the year (and, when
closing, ingediend or definitief; when reopening, the reason for the log). The work is
``services.years``; a refusal is shown in the dialog, which stays open."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from werkplaats_desktop.domain.enums import JaarStatus
from werkplaats_desktop.domain.validation import MAX_JAAR, MIN_JAAR
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.years import JaarstatusError
from werkplaats_desktop.ui.i18n import enum_label, translate

CLOSE, REOPEN = "afsluiten", "heropenen"


class YearStatusDialog(QDialog):
    def __init__(self, services: Services, mode: str, parent: QWidget | None = None,
                 werkplaats_id: int | None = None, jaar: int | None = None):
        super().__init__(parent)
        self.services, self.mode = services, mode
        closing = mode == CLOSE
        self.setWindowTitle(self.tr("Jaar afsluiten") if closing else self.tr("Jaar heropenen"))
        self.werkplaats = QComboBox()
        self.werkplaats.setAccessibleName(self.tr("Werkplaats"))
        eigen = services.info.eigen_werkplaats_id()
        for choice in services.reference.options("werkplaats"):
            if eigen is None or choice.key == eigen:
                self.werkplaats.addItem(choice.label, choice.key)
        wanted = werkplaats_id if werkplaats_id is not None else eigen
        if wanted is not None and self.werkplaats.findData(wanted) >= 0:
            self.werkplaats.setCurrentIndex(self.werkplaats.findData(wanted))
        self.jaar = QSpinBox()
        self.jaar.setRange(MIN_JAAR, MAX_JAAR)
        self.jaar.setGroupSeparatorShown(False)
        self.jaar.setAccessibleName(self.tr("Jaar"))
        years = services.reference.years()
        self.jaar.setValue(jaar if jaar is not None else (years[0] if years else 2015))
        self.now = QLabel()
        self.now.setObjectName("veldbijschrift")
        self.ingediend = QRadioButton(self.tr("Ingediend: aangeleverd bij het landelijk overleg"))
        self.definitief = QRadioButton(self.tr("Definitief: vastgesteld"))
        self.definitief.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.ingediend)
        group.addButton(self.definitief)
        self.reden = QLineEdit()
        self.reden.setAccessibleName(self.tr("Reden"))
        self.reden.setPlaceholderText(
            self.tr("bijvoorbeeld: correctie van het bereik na de audit") if not closing
            else self.tr("optioneel"))
        self.error = QLabel()
        self.error.setObjectName("foutmelding")
        self.error.setWordWrap(True)
        self.error.hide()
        uitleg = QLabel(
            self.tr("Een afgesloten jaar is alleen-lezen: activiteiten, producten, bijdragen en "
                    "subsidies van die werkplaats in dat jaar kunnen niet meer worden gewijzigd, "
                    "toegevoegd of verwijderd, tot het jaar wordt heropend. De export neemt de "
                    "status mee naar het landelijk overzicht.") if closing else
            self.tr("Heropenen zet het jaar terug op concept, zodat de gegevens weer kunnen "
                    "worden gewijzigd. Het wordt met de reden vastgelegd in het logboek."))
        uitleg.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Werkplaats:"), self.werkplaats)
        form.addRow(self.tr("Jaar:"), self.jaar)
        form.addRow("", self.now)
        if closing:
            statuses = QWidget()
            status = QVBoxLayout(statuses)
            status.setContentsMargins(0, 0, 0, 0)
            status.addWidget(self.ingediend)
            status.addWidget(self.definitief)
            form.addRow(self.tr("Nieuwe status:"), statuses)
        form.addRow(self.tr("Reden:"), self.reden)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Jaar afsluiten") if closing else self.tr("Jaar heropenen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(uitleg)
        layout.addLayout(form)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.werkplaats.currentIndexChanged.connect(self._show_status)
        self.jaar.valueChanged.connect(self._show_status)
        self._show_status()
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.resize(600, self.sizeHint().height())

    def _show_status(self) -> None:
        wid = self.werkplaats.currentData()
        if wid is None:
            self.now.setText(self.tr("Er is nog geen werkplaats."))
            self.ok.setEnabled(False)
            return
        status = self.services.years.status(int(wid), self.jaar.value())
        self.now.setText(self.tr("Nu: %1").replace("%1", enum_label(status).lower()))
        self.ok.setEnabled(True)

    def chosen_status(self) -> JaarStatus:
        return JaarStatus.INGEDIEND if self.ingediend.isChecked() else JaarStatus.DEFINITIEF

    def save(self) -> None:
        wid = self.werkplaats.currentData()
        try:
            if self.mode == CLOSE:
                self.services.years.close(wid, self.jaar.value(), self.chosen_status(),
                                          self.reden.text())
            else:
                self.services.years.reopen(wid, self.jaar.value(), self.reden.text())
        except JaarstatusError as exc:
            params = {k: (translate("Keuzelijst", v.capitalize()).lower()
                          if k == "status" and isinstance(v, str) else v)
                      for k, v in exc.params.items()}
            self.error.setText(translate("Jaarstatus", exc.template).format(**params))
            self.error.show()
            return
        self.accept()

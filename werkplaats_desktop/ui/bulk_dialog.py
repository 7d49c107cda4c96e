"""Bulk edit: set a theme, a status or an O on all selected rows at once (one undo step)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from werkplaats_desktop.domain.enums import AgendaStatus, O, ProjectStatus
from werkplaats_desktop.domain.validation import ValidationError
from werkplaats_desktop.services import Services, bulk
from werkplaats_desktop.services.records import NotFound
from werkplaats_desktop.ui.i18n import aantal, enum_label, translate


class BulkEditDialog(QDialog):
    def __init__(
        self,
        services: Services,
        key: str,
        ids: Sequence[int],
        actions: Sequence[str],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.services = services
        self.key = key
        self.ids = list(ids)
        self.setWindowTitle(translate("Bulk", "Bulk bewerken"))
        self.what = QComboBox()
        self.what.setAccessibleName(translate("Bulk", "Wat wilt u wijzigen"))
        texts = {
            "thema": translate("Bulk", "Thema toevoegen"),
            "status": translate("Bulk", "Status wijzigen"),
            "o": translate("Bulk", "O wijzigen"),
        }
        for action in actions:
            self.what.addItem(texts[action], action)
        self.value = QComboBox()
        self.value.setAccessibleName(translate("Bulk", "Nieuwe waarde"))
        self.value.setMinimumContentsLength(30)
        self.what.currentIndexChanged.connect(lambda _i: self._fill_values())
        form = QFormLayout()
        form.addRow(translate("Bulk", "Wijzigen"), self.what)
        form.addRow(translate("Bulk", "Nieuwe waarde"), self.value)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate("Bulk", "Geldt voor %1; in één keer ongedaan te maken.").replace(
                    "%1", aantal(len(self.ids), "geselecteerde rij"))
            )
        )
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._fill_values()

    def _fill_values(self) -> None:
        self.value.clear()
        action = self.what.currentData()
        if action == "thema":
            for c in self.services.reference.themas(alleen_actief=True):
                self.value.addItem(c.label, c.key)
        elif action == "status":
            enum_cls = AgendaStatus if self.key == "kennisagenda" else ProjectStatus
            for s in enum_cls:
                self.value.addItem(enum_label(s), s)
        elif action == "o":
            for o in O:
                self.value.addItem(enum_label(o), o)

    def apply(self) -> None:
        action, value = self.what.currentData(), self.value.currentData()
        svc = self.services.records(self.key)
        try:
            if action == "thema":
                bulk.add_theme(svc, self.ids, value)
            elif action == "status":
                bulk.set_status(svc, self.ids, value)
            elif action == "o":
                bulk.set_o(svc, self.ids, value)
        except (ValidationError, NotFound) as exc:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                translate("Bulk", "Niets gewijzigd: %1").replace("%1", str(exc)),
            )
            return
        self.accept()

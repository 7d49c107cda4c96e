"""Bulk edit: set a theme, a status or an O on all selected rows at once (one undo step)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from werkplaats_desktop.domain.enums import AgendaStatus, O, ProjectStatus
from werkplaats_desktop.domain.validation import ValidationError
from werkplaats_desktop.services import Services, bulk
from werkplaats_desktop.services.records import NotFound
from werkplaats_desktop.ui.i18n import aantal, enum_label, translate
from werkplaats_desktop.ui.mnemonics import label_widgets


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
        #: how many records the edit changed (None until it is applied)
        self.changed: int | None = None
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
        labels = [QLabel(translate("Bulk", "Wijzigen")), QLabel(translate("Bulk", "Nieuwe waarde"))]
        for label, field in zip(labels, (self.what, self.value), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("Bulk", "&Toepassen"))
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(translate("Bulk", "&Annuleren"))
        label_widgets(labels, [self.ok_button, self.cancel_button])
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
                self.changed = bulk.add_theme(svc, self.ids, value)
            elif action == "status":
                self.changed = bulk.set_status(svc, self.ids, value)
            elif action == "o":
                value = O(value)  # Qt hands the enum back as its text
                others = bulk.other_kinds(svc, self.ids, value)
                kind: str | None = None
                if others:
                    ask = OtherKindsDialog(self.services, value, len(others), self)
                    if not ask.exec():
                        return  # nothing changed: the user goes back to the choice
                    kind = ask.kind()
                self.changed = bulk.set_o(svc, self.ids, value, kind)
        except (ValidationError, NotFound) as exc:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                translate("Bulk", "Niets gewijzigd: %1").replace("%1", str(exc)),
            )
            return
        self.accept()


class OtherKindsDialog(QDialog):
    """A bulk O change meets activities whose kind belongs to the old O: choose a kind of the
    new O for them, or leave those activities as they are. Never cleared silently."""

    def __init__(self, services: Services, o: O, count: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Bulk", "Soort activiteit"))
        question = QLabel(translate(
            "Bulk", "%1 van de gekozen activiteiten hebben een soort die niet bij %2 hoort. "
            "Wat wilt u met die activiteiten doen?").replace("%1", str(count))
            .replace("%2", enum_label(o)))
        question.setWordWrap(True)
        self.choose = QRadioButton(translate("Bulk", "Een nieuwe &soort geven:"))
        self.kinds = QComboBox()
        self.kinds.setAccessibleName(translate("Bulk", "Nieuwe soort"))
        for c in services.reference.subtypes(str(o)):
            self.kinds.addItem(translate("Keuzelijst", c.label), c.key)
        self.leave = QRadioButton(translate("Bulk", "Die activiteiten &laten zoals ze zijn"))
        self.choose.setChecked(True)
        self.choose.toggled.connect(self.kinds.setEnabled)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("Bulk", "&Toepassen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("Bulk", "&Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.choose)
        row.addWidget(self.kinds, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(row)
        layout.addWidget(self.leave)
        layout.addWidget(buttons)

    def kind(self) -> str | None:
        """The kind chosen for those activities; None: leave them as they are."""
        return self.kinds.currentData() if self.choose.isChecked() else None

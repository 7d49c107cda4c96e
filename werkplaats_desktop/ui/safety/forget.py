"""Extra > Persoonsgegevens verwijderen…: choose a contact person and forget them everywhere
(``services/privacy.forget_person``), after a confirmation that says what it does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from werkplaats_desktop.services import Services
from werkplaats_desktop.services.privacy import Forgotten, forget_person


class ForgetPersonDialog(QDialog):
    """Lists the contact persons; :meth:`forget_selected` forgets the chosen one."""

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Persoonsgegevens verwijderen"))
        self.services = services
        self.forgotten: Forgotten | None = None
        intro = QLabel(self.tr(
            "Kies de contactpersoon wiens gegevens u wilt verwijderen. De persoon verdwijnt "
            "overal tegelijk: uit de lijst met personen, uit de rollen in werkplaatsen en uit "
            "elk veld dat naar hem of haar verwijst. Een import van een oudere export brengt "
            "de persoon niet terug. Dit kan niet ongedaan worden gemaakt."))
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoeken op naam of e-mailadres…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setObjectName("personen")
        for person in sorted(services.personen.all(), key=lambda p: p.naam.lower()):
            text = person.naam + (f"  <{person.email}>" if person.email else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.list.addItem(item)
        buttons = QDialogButtonBox()
        self.forget_button = buttons.addButton(self.tr("&Verwijderen…"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        self.forget_button.clicked.connect(self.forget_selected)
        cancel.clicked.connect(self.reject)
        self.list.itemSelectionChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self._update()
        self.resize(520, 460)

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def _update(self) -> None:
        self.forget_button.setEnabled(bool(self.list.selectedItems()))

    def forget_selected(self) -> None:
        items = self.list.selectedItems()
        if not items:
            return
        person_id = int(items[0].data(Qt.ItemDataRole.UserRole))
        name = self.services.personen.get(person_id).naam
        answer = QMessageBox.question(self, self.windowTitle(), self.tr(
            "Alle gegevens van %1 verwijderen?\n\nDe geschiedenis van Ongedaan maken wordt "
            "gewist, zodat ook die de persoon niet terugbrengt. Backups van vóór nu bevatten "
            "de persoon nog tot ze worden opgeruimd (zie de handleiding, Gegevensveiligheid).")
            .replace("%1", name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.forgotten = forget_person(self.services.db, person_id)
        self.accept()

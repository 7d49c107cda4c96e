"""What the Overzicht says when the file holds nothing yet: what to do first, instead of
twelve tiles of 0 and empty charts."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from werkplaats_desktop.services import Services
from werkplaats_desktop.ui.i18n import translate


def is_empty(services: Services) -> bool:
    """Nothing to show: no werkplaats, activity or product in the file at all."""
    counts = services.info.counts()
    return not (counts["werkplaatsen"] or counts["activiteiten"] or counts["producten"])


class EmptyNote(QFrame):
    """The next steps for a new file, with buttons to the lists where they are taken."""

    def __init__(self, open_list: object, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("melding")
        self.open_list = open_list
        title = QLabel(translate("Dashboard", "Dit overzicht is nog leeg."))
        title.setObjectName("leegtitel")
        steps = QLabel(translate(
            "Dashboard",
            "Zo vult u het:<ol><li>Leg onder <b>Werkplaats</b> uw werkplaats vast.</li>"
            "<li>Voeg onder <b>Partners en bijdragen</b> de partners toe.</li>"
            "<li>Leg onder <b>Projecten</b> en <b>Activiteiten</b> vast wat u doet.</li></ol>"
            "Dan telt dit overzicht uw activiteiten en producten per thema, jaar, provincie "
            "en gemeente. Eerst rondkijken? Kies <b>Bestand &gt; Voorbeelddatabase "
            "openen</b>."))
        steps.setWordWrap(True)
        self.werkplaats_button = QPushButton(translate("Dashboard", "Naar Werkplaats"))
        self.werkplaats_button.clicked.connect(lambda: self._open("werkplaats"))
        self.activiteit_button = QPushButton(translate("Dashboard", "Naar Activiteiten"))
        self.activiteit_button.clicked.connect(lambda: self._open("activiteit"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.werkplaats_button)
        buttons.addWidget(self.activiteit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(steps)
        layout.addLayout(buttons)
        self.setAccessibleName(title.text())
        self.hide()

    def _open(self, key: str) -> None:
        self.open_list(key, {})  # type: ignore[operator]

    def update_for(self, services: Services) -> None:
        self.setVisible(is_empty(services))

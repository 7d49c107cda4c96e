"""What the Overzicht says when the file holds nothing to count yet: what to do next, instead
of twelve tiles of 0 and empty charts.

After the setup (the file has its own werkplaats) the next steps are a first project, a first
activity and the partners, each a button that opens its form. Without an own werkplaats (the
welcome page was passed by, an older file) the note offers the setup and, for a national
overview, reading the exports of the werkplaatsen (an import; a file with its own werkplaats
reads none). The buttons call :attr:`EmptyNote.take_step` (set by the welcome feature,
``ui/welcome.py``); without it they open the list they are about.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from werkplaats_desktop.services import Services
from werkplaats_desktop.ui.i18n import translate


def is_empty(services: Services) -> bool:
    """Nothing to count: no activity or product in the file at all."""
    counts = services.info.counts()
    return not (counts["activiteiten"] or counts["producten"])


class EmptyNote(QFrame):
    """The next steps for a new file, with buttons that take them."""

    def __init__(self, open_list: object, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("melding")
        self.open_list = open_list
        #: takes a step: "project", "activiteit", "partner" (a new record of that kind),
        #: "instellen" (the setup), "importeren" (Bestand > Importeren)
        self.take_step: Callable[[str], object] | None = None
        self.title = QLabel(translate("Dashboard", "Dit overzicht is nog leeg."))
        self.title.setObjectName("leegtitel")
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for step, text in (
                ("project", translate("Dashboard", "Nieuw project…")),
                ("activiteit", translate("Dashboard", "Nieuwe activiteit…")),
                ("partner", translate("Dashboard", "Nieuwe partner…")),
                ("instellen", translate("Dashboard", "Mijn werkplaats instellen…")),
                ("importeren", translate("Dashboard", "Exports importeren…")),
                ("werkplaats", translate("Dashboard", "Naar Werkplaats")),
                ("activiteiten", translate("Dashboard", "Naar Activiteiten"))):
            button = QPushButton(text)
            button.setAccessibleName(text.rstrip("…"))
            button.clicked.connect(lambda _c=False, s=step: self._take(s))
            self.buttons[step] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.steps)
        layout.addLayout(row)
        self.setAccessibleName(self.title.text())
        self.hide()

    def _take(self, step: str) -> None:
        lists = {"werkplaats": "werkplaats", "activiteiten": "activiteit"}
        if step in lists or self.take_step is None:
            self.open_list(lists.get(step, step), {})  # type: ignore[operator]
        else:
            self.take_step(step)

    def update_for(self, services: Services) -> None:
        empty = is_empty(services)
        self.setVisible(empty)
        if not empty:
            return
        own = services.info.eigen_werkplaats_naam()
        if own:
            self.steps.setText(translate(
                "Dashboard",
                "Uw werkplaats <b>%1</b> staat klaar. Zo gaat u verder:<ol>"
                "<li>Leg een <b>project</b> vast: een praktijk waarin u met partners "
                "samenwerkt.</li><li>Leg de eerste <b>activiteit</b> vast, in een van de vier "
                "O's: onderzoek, ontwikkeling, onderwijs of ondersteuning.</li><li>Voeg de "
                "<b>partners</b> toe, met hun bijdragen.</li></ol>Dan telt dit overzicht uw "
                "activiteiten en producten per thema, jaar, provincie en gemeente.")
                .replace("%1", own.replace("&", "&amp;").replace("<", "&lt;")))
            shown = {"project", "activiteit", "partner"}
        else:
            self.steps.setText(translate(
                "Dashboard",
                "Zo vult u het:<ol><li>Stel uw werkplaats in: kies uw werkplaats uit de "
                "landelijke lijst of geef een nieuwe.</li><li>Leg onder <b>Projecten</b> en "
                "<b>Activiteiten</b> vast wat u doet.</li></ol>Maakt u een landelijk "
                "overzicht? Lees dan de exports van de werkplaatsen in. Eerst rondkijken? "
                "Kies <b>Bestand &gt; Voorbeelddatabase openen</b>."))
            shown = ({"instellen", "importeren"} if self.take_step is not None
                     else {"werkplaats", "activiteiten"})
            if not services.info.can_set_up():
                shown.discard("instellen")
        for step, button in self.buttons.items():
            button.setVisible(step in shown)

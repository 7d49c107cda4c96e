"""The "Feiten en cijfers" tiles: one number per fact, like Movisie's factsheet. Each tile's
tooltip says exactly what it counts (``FEITEN_LABELS``); its name follows the number ("1
praktijk", "2 praktijken"). Colours come from the palette, so a dark or high-contrast theme
stays readable."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from werkplaats_desktop.domain.numbers import fmt_int
from werkplaats_desktop.domain.plurals import noun
from werkplaats_desktop.services.dashboard import FEITEN_LABELS, Feiten
from werkplaats_desktop.services.dashboard.model import FEITEN_NOUNS
from werkplaats_desktop.ui.i18n import aantal, translate
from werkplaats_desktop.ui.style import accent

#: facts shown inside the Gemeenten tile instead of as tiles of their own
_INSIDE = {"gemeenten_g4", "gemeenten_g32"}
COLUMNS = 6



def tile_style(palette: QPalette) -> str:
    return f"""
QFrame#tegel {{ background: palette(alternate-base); border: 1px solid palette(mid);
               border-radius: 6px; }}
QLabel#tegelgetal {{ font-size: 15pt; font-weight: 600; color: {accent(palette)}; }}
QLabel#tegelnaam {{ font-size: 9pt; color: palette(window-text); }}
"""


def fmt(n: int) -> str:
    return fmt_int(n)  # 1.419 in Dutch, 1,419 in English


class Tile(QFrame):
    """A number with its name; what exactly is counted is the tooltip."""

    def __init__(self, key: str, label: str, explanation: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.label = label
        self.explanation = explanation
        self.setObjectName("tegel")
        self.number = QLabel("–")
        self.number.setObjectName("tegelgetal")
        self.name = QLabel(label)
        self.name.setObjectName("tegelnaam")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 3, 10, 4)
        layout.setSpacing(0)
        for w in (self.number, self.name):
            w.setAlignment(Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(w)
        self.set_tip("")
        self.setAccessibleName(label)

    def set_tip(self, extra: str) -> None:
        self.setToolTip(f"<b>{self.label}</b>: {self.explanation}." + (
            f"<br>{extra}" if extra else ""))

    def set_count(self, n: int, name: str | None = None) -> None:
        self.number.setText(fmt(n))
        if name is not None:
            self.name.setText(name)
        self.setAccessibleName(f"{self.name.text()}: {fmt(n)}")
        self.setAccessibleDescription(self.explanation)


class FeitenTiles(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet(tile_style(self.palette()))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.tiles: dict[str, Tile] = {}
        shown = [f for f in FEITEN_LABELS if f[0] not in _INSIDE]
        for i, (key, label, uitleg) in enumerate(shown):
            tile = Tile(key, translate("Dashboard", label), translate("Dashboard", uitleg))
            self.tiles[key] = tile
            grid.addWidget(tile, i // COLUMNS, i % COLUMNS)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.setStyleSheet(tile_style(self.palette()))

    def set_feiten(self, feiten: Feiten, partners_in_file: int | None = None) -> None:
        """Show ``feiten``; ``partners_in_file`` (every partner record, as the status bar
        counts them) lets the Partners tile say how its count relates to that one."""
        for key, tile in self.tiles.items():
            n = getattr(feiten, key)
            name = noun(n, FEITEN_NOUNS[key], translate) if key in FEITEN_NOUNS else None
            tile.set_count(n, name[:1].upper() + name[1:] if name else None)
        g4, g32 = fmt(feiten.gemeenten_g4), fmt(feiten.gemeenten_g32)
        gemeenten = self.tiles["gemeenten"]
        gemeenten.name.setText(
            self.tr("%1 (%2 G4, %3 G32)").replace("%1", gemeenten.name.text())
            .replace("%2", g4).replace("%3", g32))
        if partners_in_file is not None:
            apart = partners_in_file - feiten.partners
            self.tiles["partners"].set_tip(self.tr(
                "Het bestand bevat %1 (de statusbalk telt die); %2 daarvan nemen in deze "
                "selectie niet deel.").replace("%1", aantal(partners_in_file, "partner"))
                .replace("%2", fmt(apart)) if apart else self.tr(
                "Alle %1 in het bestand nemen in deze selectie deel.").replace(
                "%1", aantal(partners_in_file, "partner")))

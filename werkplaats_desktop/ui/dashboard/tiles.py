"""The "Feiten en cijfers" tiles: one number per fact, like Movisie's factsheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from werkplaats_desktop.domain.numbers import fmt_int
from werkplaats_desktop.services.dashboard import FEITEN_LABELS, Feiten
from werkplaats_desktop.ui.i18n import translate

#: facts shown inside the Gemeenten tile instead of as tiles of their own
_INSIDE = {"gemeenten_g4", "gemeenten_g32"}
COLUMNS = 6

TILE_STYLE = """
QFrame#tegel { background: #f3f5f7; border: 1px solid #dde3e8; border-radius: 6px; }
QLabel#tegelgetal { font-size: 15pt; font-weight: 600; color: #0b5c8a; }
QLabel#tegelnaam { font-size: 9pt; color: #1d2a33; }
"""


def fmt(n: int) -> str:
    return fmt_int(n)  # 1.419 in Dutch, 1,419 in English


class Tile(QFrame):
    """A number with its name; what exactly is counted is the tooltip."""

    def __init__(self, key: str, label: str, explanation: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
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
        self.setToolTip(f"{label}: {explanation}")
        self.setAccessibleName(label)


class FeitenTiles(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet(TILE_STYLE)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.tiles: dict[str, Tile] = {}
        shown = [f for f in FEITEN_LABELS if f[0] not in _INSIDE]
        for i, (key, label, uitleg) in enumerate(shown):
            tile = Tile(key, translate("Dashboard", label), translate("Dashboard", uitleg))
            self.tiles[key] = tile
            grid.addWidget(tile, i // COLUMNS, i % COLUMNS)

    def set_feiten(self, feiten: Feiten) -> None:
        for key, tile in self.tiles.items():
            tile.number.setText(fmt(getattr(feiten, key)))
        self.tiles["gemeenten"].name.setText(
            self.tr("Gemeenten (%1 G4, %2 G32)").replace("%1", fmt(feiten.gemeenten_g4))
            .replace("%2", fmt(feiten.gemeenten_g32)))

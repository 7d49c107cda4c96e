"""Bestand > Exporteren… and Bestand > Importeren…: the exchange with the landelijk overleg and
other werkplaatsen in the window (the work itself is in ``werkplaats_desktop.exchange``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from werkplaats_desktop.ui.exchange.actions import ExchangeActions

if TYPE_CHECKING:
    from werkplaats_desktop.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    ExchangeActions(window)

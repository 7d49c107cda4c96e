"""Bestand > Exporteren… and Bestand > Importeren…: the exchange with the landelijk overleg and
other werkplaatsen in the window (the work itself is in ``werkplaats_desktop.exchange``)."""

from __future__ import annotations

from werkplaats_desktop.ui.exchange.actions import ExchangeActions
from werkplaats_desktop.ui.page import Host


def install(window: Host) -> ExchangeActions:
    return ExchangeActions(window)

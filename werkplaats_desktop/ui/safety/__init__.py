"""Data safety in the GUI: backups, restore, integrity check, backup folder, forgetting a
person (see feature.py). Kept light: ``ui/opening.py`` uses ``settings`` from here."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from werkplaats_desktop.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    from werkplaats_desktop.ui.safety.feature import SafetyFeature

    SafetyFeature(window)

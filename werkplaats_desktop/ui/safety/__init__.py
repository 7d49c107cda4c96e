"""Data safety in the GUI: backups, restore, integrity check, backup folder, forgetting a
person (see feature.py). Kept light: ``ui/opening.py`` uses ``settings`` from here."""

from __future__ import annotations

from werkplaats_desktop.ui.page import Host


def install(window: Host) -> None:
    from werkplaats_desktop.ui.safety.feature import SafetyFeature

    SafetyFeature(window)

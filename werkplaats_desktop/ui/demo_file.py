"""The demo database for the window: made on first use (a few seconds, with a progress
dialog) in the user data folder, never over the user's own file. Used by ``--demo`` and by
Bestand > Voorbeelddatabase openen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from werkplaats_desktop.locations import demo_database_path


def demo_database() -> Path:
    """The demo database, built on first use."""
    path = demo_database_path()
    if not path.exists():
        from werkplaats_desktop.demo.builder import build_demo
        from werkplaats_desktop.ui.tasks import run_task

        path.parent.mkdir(parents=True, exist_ok=True)
        title = QCoreApplication.translate("Start", "Voorbeelddatabase maken…")
        run_task(None, title, lambda progress: build_demo(path, progress=progress),
                 cancellable=False)
    return path

"""The features that plug into the main window, each through ``install(window)``.

A feature (exchange, backups, dashboard, ...) lives in its own module under ``ui/`` and adds
its menu actions and pages with the main window's extension interface (``window.menu(name)``,
``window.add_page(...)``, ``window.open_list(...)``, ``window.on_close(...)``). Adding a
feature is one line here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from werkplaats_desktop.ui.main_window import MainWindow


def _features() -> list[Callable[[MainWindow], None]]:
    from werkplaats_desktop.ui import dashboard, exchange, safety

    return [safety.install, exchange.install, dashboard.install]


def install_features(window: MainWindow) -> None:
    for install in _features():
        install(window)

"""The features that plug into the main window, each through ``install(host)``.

A feature (file actions, data safety, exchange, dashboard, year status) lives in its own
module under ``ui/`` and adds its menu actions and pages through the window's
:class:`~werkplaats_desktop.ui.page.Host` protocol only (``host.menu(name)``,
``host.add_page(...)``, ``host.open_list(...)``, ``host.on_close(...)``). Adding a feature is
one line here; the order is the order of their menu entries.
"""

from __future__ import annotations

from werkplaats_desktop.ui import dashboard, exchange, file_actions, safety, welcome, years
from werkplaats_desktop.ui.file_actions import FileActions
from werkplaats_desktop.ui.page import Host


def install_features(host: Host) -> FileActions:
    """Install every feature; returns the file actions (tests and the window use them)."""
    files = file_actions.install(host)
    safety.install(host)
    exchanges = exchange.install(host)
    overview = dashboard.install(host)
    years.install(host)
    # last: the welcome page of a new file uses the others (demo, import, the Overzicht)
    welcome.install(host, files, exchanges.import_, overview)
    return files

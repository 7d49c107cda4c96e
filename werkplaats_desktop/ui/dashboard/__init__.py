"""The dashboard feature: the page "Overzicht" (first in the navigation), the page
"Draaitabel" after it, and Extra → Jaarrapportage…. See README, "Dashboard"."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction

from werkplaats_desktop.ui.dashboard.page import DashboardPage
from werkplaats_desktop.ui.i18n import translate

if TYPE_CHECKING:
    from werkplaats_desktop.ui.main_window import MainWindow


def install(window: MainWindow) -> DashboardPage:
    # a weak reference: the page lives inside the window and must not keep it alive
    window_ref = weakref.ref(window)

    def open_list(key: str, filters: dict[str, Any]) -> None:
        w = window_ref()
        if w is not None:
            w.open_list(key, filters)

    def show_status(text: str) -> None:
        w = window_ref()
        if w is not None:
            w.statusBar().showMessage(text, 15_000)

    page = DashboardPage(window.services, open_list)
    page.show_status = show_status
    window.add_page("overzicht", page, translate("DashboardPage", "Overzicht"), index=0)
    from werkplaats_desktop.ui import draaitabel

    draaitabel.install(window, index=1)  # after the Overzicht, with the same filters
    window.show_page("overzicht")
    action = QAction(translate("DashboardPage", "&Jaarrapportage…"), window)
    action.setStatusTip(translate("DashboardPage",
                                  "Een PDF en CSV-bestanden met de cijfers van één jaar"))
    action.triggered.connect(page.make_report)
    window.menu("extra").addAction(action)
    page.report_action = action  # type: ignore[attr-defined]
    return page

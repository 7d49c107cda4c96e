"""The dashboard feature: the page "Overzicht" (first in the navigation), the page
"Draaitabel" after it, and Extra → Jaarrapportage…. See README, "Dashboard"."""

from __future__ import annotations

import weakref
from typing import Any

from PySide6.QtGui import QAction

from werkplaats_desktop.ui.dashboard.page import DashboardPage
from werkplaats_desktop.ui.i18n import translate
from werkplaats_desktop.ui.page import Host


def install(host: Host) -> DashboardPage:
    # a weak reference: the page lives inside the window and must not keep it alive
    host_ref = weakref.ref(host)

    def open_list(key: str, filters: dict[str, Any]) -> None:
        h = host_ref()
        if h is not None:
            h.open_list(key, filters)

    def show_status(text: str) -> None:
        h = host_ref()
        if h is not None:
            h.show_status(text, 15_000)

    page = DashboardPage(host.services, open_list)
    page.show_status = show_status
    host.add_page("overzicht", page, translate("DashboardPage", "Overzicht"), index=0)
    from werkplaats_desktop.ui import draaitabel

    draaitabel.install(host, index=1)  # after the Overzicht, with the same filters
    host.show_page("overzicht")
    action = QAction(translate("DashboardPage", "&Jaarrapportage…"), host.widget())
    action.setStatusTip(translate("DashboardPage",
                                  "Een PDF en CSV-bestanden met de cijfers van één jaar"))
    action.triggered.connect(page.make_report)
    host.menu("extra").addAction(action)
    page.report_action = action
    return page

"""The draaitabel feature: the page "Draaitabel" (after the Overzicht in the navigation).
Installed by ``ui.dashboard.install``, next to the page whose filters it shares."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any

from werkplaats_desktop.ui.draaitabel.page import DraaitabelPage
from werkplaats_desktop.ui.i18n import translate

if TYPE_CHECKING:
    from werkplaats_desktop.ui.main_window import MainWindow


def install(window: MainWindow, index: int) -> DraaitabelPage:
    window_ref = weakref.ref(window)  # the page lives inside the window: no cycle

    def open_list(key: str, filters: dict[str, Any]) -> None:
        w = window_ref()
        if w is not None:
            w.open_list(key, filters)

    def show_status(text: str) -> None:
        w = window_ref()
        if w is not None:
            w.statusBar().showMessage(text, 15_000)

    page = DraaitabelPage(window.services, open_list)
    page.show_status = show_status
    window.add_page("draaitabel", page, translate("DraaitabelPage", "Draaitabel"), index=index)
    return page

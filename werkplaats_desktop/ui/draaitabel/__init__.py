"""The draaitabel feature: the page "Draaitabel" (after the Overzicht in the navigation).
Installed by ``ui.dashboard.install``, next to the page whose filters it shares."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any

from werkplaats_desktop.ui.i18n import translate
from werkplaats_desktop.ui.page import Host

if TYPE_CHECKING:
    from werkplaats_desktop.ui.draaitabel.page import DraaitabelPage


def install(host: Host, index: int) -> None:
    """Add the page, made when it is first shown (it reads the window's services then)."""
    host_ref = weakref.ref(host)  # the page lives inside the window: no cycle

    def open_list(key: str, filters: dict[str, Any]) -> None:
        h = host_ref()
        if h is not None:
            h.open_list(key, filters)

    def show_status(text: str) -> None:
        h = host_ref()
        if h is not None:
            h.show_status(text, 15_000)

    def make() -> DraaitabelPage:
        from werkplaats_desktop.ui.draaitabel.page import DraaitabelPage

        h = host_ref()
        assert h is not None  # (the window makes its pages)
        page = DraaitabelPage(h.services, open_list)
        page.show_status = show_status
        return page

    host.add_page("draaitabel", make, translate("DraaitabelPage", "Draaitabel"), index=index)

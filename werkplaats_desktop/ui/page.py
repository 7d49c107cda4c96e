"""The contract between the main window and its pages, and between it and the features.

A :class:`Page` is a widget in the navigation. The window tells it when it shows another
database (:meth:`Page.set_services`) and when a change touched one of the tables it shows
(:meth:`Page.on_change`, only then: :attr:`Page.tables`). A page may be added as a maker and
made when it is first shown (``Host.add_page``): it then starts from the window's current
services, and until then nothing is told to it. A page that lists records also offers
the record actions of the Bewerken menu (:meth:`Page.record_actions`).

A feature (dashboard, exchange, safety: ``ui/features.py``) plugs into the window through the
:class:`Host` protocol only, so it does not depend on the main window's class (and the window
does not import the features' modules at the top: no import circle).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtWidgets import QMenu, QWidget

from werkplaats_desktop.services import Services
from werkplaats_desktop.store import Change, Database
from werkplaats_desktop.ui.settings import Settings


class RecordActions(Protocol):
    """What the Bewerken menu and the toolbar do on a page with a list of records."""

    key: str

    def new_record(self) -> object: ...
    def edit_selected(self) -> object: ...
    def delete_selected(self) -> object: ...
    def selected_ids(self) -> list[int]: ...
    def focus_search(self) -> None: ...
    def clear_filters(self) -> None: ...


class Page(QWidget):
    """A page of the navigation. Subclasses set :attr:`tables` and override what they need."""

    #: the tables whose changes this page shows (empty: none)
    tables: frozenset[str] = frozenset()

    def set_services(self, services: Services) -> None:
        """Another database is open: show its data (the old one's ids mean nothing now)."""

    def on_change(self, change: Change) -> None:
        """A committed change touched :attr:`tables`."""

    def record_actions(self) -> RecordActions | None:
        return None


class Host(Protocol):
    """What a feature may use of the window."""

    @property
    def services(self) -> Services: ...
    @property
    def db(self) -> Database: ...
    @property
    def settings(self) -> Settings: ...

    def widget(self) -> QWidget:
        """The window, as the parent of a feature's dialogs."""
        ...

    def menu(self, name: str) -> QMenu: ...
    def add_page(self, key: str, page: Page | Callable[[], Page], label: str,
                 index: int | None = None) -> None:
        """Add a page to the navigation; a maker (``lambda: SomePage(...)``) is called when
        the page is first shown or looked up, and the page it makes reads the window's
        services then (a page that does not exist is not told about changes)."""
        ...
    def show_page(self, key: str) -> Page: ...
    def open_list(self, key: str, filters: dict[str, Any]) -> None: ...
    def on_close(self, callback: Callable[[], None]) -> None: ...
    def set_database(self, db: Database) -> None: ...
    def set_cover(self, widget: QWidget | None) -> None:
        """Show ``widget`` instead of the navigation and pages (None: the pages again)."""
        ...

    def cover(self) -> QWidget | None: ...
    def watch(self, callback: Callable[[Change | None], None]) -> None:
        """``callback(None)`` when a database is shown, ``callback(change)`` after a change."""
        ...

    def show_status(self, text: str, msecs: int = 8000) -> None: ...
    def close(self) -> bool: ...

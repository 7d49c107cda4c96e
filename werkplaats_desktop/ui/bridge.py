"""The core announces each committed change with a plain callback; this turns it into one Qt
signal on the window's thread, from which tables and dashboards decide to refresh."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal

from werkplaats_desktop.store import Change, Database


class ChangeBridge(QObject):
    changed = Signal(object)  # a store.database.Change

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        # Auto connection: direct on the window's thread, queued from a worker thread.
        self._relay.connect(self.changed.emit, Qt.ConnectionType.AutoConnection)
        self._unsubscribe: Callable[[], None] | None = db.subscribe(self._on_change)

    _relay = Signal(object)

    def _on_change(self, change: Change) -> None:
        self._relay.emit(change)

    def detach(self) -> None:
        """Stop listening (safe to call more than once, e.g. when a window is closed twice)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

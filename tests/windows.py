"""The program's main window on a database, for GUI tests: shown at a laptop's size, closed
and its database closed afterwards, also when the test fails."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from werkplaats_desktop.store import Database
from werkplaats_desktop.ui.main_window import MainWindow


@contextmanager
def shown_window(db: Database) -> Iterator[MainWindow]:
    window = MainWindow(db)
    window.resize(1366, 768)
    window.show()
    try:
        yield window
    finally:
        window.close()
        window.deleteLater()
        db.close()

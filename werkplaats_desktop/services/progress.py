"""Progress and cancellation for long work (imports, exports, reports, backups), without Qt.

A long operation takes a :class:`Progress`, calls :meth:`Progress.report` now and then and
:meth:`Progress.check` at points where stopping is safe (before its final commit); the GUI
connects it to a progress bar with a Cancel button, the command line to nothing or to stderr.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


class Cancelled(Exception):
    """The user stopped the operation; nothing it would have written has been written."""

    def __init__(self, message: str = "Afgebroken; er is niets gewijzigd.") -> None:
        super().__init__(message)


@dataclass
class Progress:
    on_report: Callable[[int, int, str], None] | None = None
    cancel_requested: Callable[[], bool] | None = None

    def report(self, done: int, total: int, message: str = "") -> None:
        if self.on_report is not None:
            self.on_report(done, total, message)

    def check(self) -> None:
        if self.cancel_requested is not None and self.cancel_requested():
            raise Cancelled()


#: for callers that want neither reports nor cancellation
SILENT = Progress()

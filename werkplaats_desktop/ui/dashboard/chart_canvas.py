"""The matplotlib canvas of a chart on the Overzicht (imported when a chart is first drawn:
this module loads matplotlib's Qt backend)."""

from __future__ import annotations

from typing import Protocol

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication


class ChartPanel(Protocol):
    """What the canvas asks of its panel (``chart_panel.ChartPanel``)."""

    focused: int

    def key(self, event: QKeyEvent) -> bool: ...
    def focus_target(self, index: int) -> None: ...
    def clear_focus_mark(self) -> None: ...


class ChartCanvas(FigureCanvasQTAgg):
    """The canvas of a chart on a scrolling page: the wheel scrolls the page (matplotlib would
    keep it), and the keys walk the chart (see :class:`ChartPanel`)."""

    def __init__(self, figure: Figure, panel: ChartPanel):
        super().__init__(figure)
        self.panel = panel
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """To the scroll area around the page (matplotlib would keep it)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if parent is None:
            event.ignore()
            return
        QApplication.sendEvent(parent.viewport(), event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.panel.key(event):
            event.ignore()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            self.panel.focus_target(max(self.panel.focused, 0))

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.panel.clear_focus_mark()

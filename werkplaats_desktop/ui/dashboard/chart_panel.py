"""One chart on the Overzicht: a matplotlib canvas with hover texts, click-through to the
matching list, and "Opslaan als…" (PNG, SVG, PDF).

The panel is made with a quiet placeholder, without matplotlib; matplotlib's Qt backend is
imported when the panel first shows a figure, so that the window's first frame never waits
for it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QEnterEvent, QImage, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from werkplaats_desktop.charts import ChartSpec
from werkplaats_desktop.ui.i18n import translate
from werkplaats_desktop.ui.settings import Settings

if TYPE_CHECKING:
    from matplotlib.backend_bases import MouseEvent, PickEvent
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

OpenList = Callable[[str, dict[str, Any]], None]


class ChartPanel(QFrame):
    def __init__(self, spec: ChartSpec, open_list: OpenList, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        self.open_list = open_list
        self.kind = "activiteit"
        self.setObjectName("grafiekpaneel")
        self.canvas: FigureCanvasQTAgg | None = None
        self._pending: Callable[[], Figure] | None = None
        #: a picture is shown (no canvas yet), and of which figure (None: the picture kept
        #: from the last start), see show_picture
        self._picture = False
        self._picture_of: Figure | None = None
        self._build_timer = QTimer(self)  # dies with the panel, unlike a bare singleShot
        self._build_timer.setSingleShot(True)
        self._build_timer.setInterval(0)
        self._build_timer.timeout.connect(self.ensure_built)
        self._last_pick: object = None
        self.save_button = QPushButton(self.tr("Opslaan als…"))
        self.save_button.setToolTip(self.tr("Deze grafiek opslaan als PNG, SVG of PDF"))
        self.save_button.clicked.connect(self.ask_export)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self.placeholder = QLabel(self.tr("Grafiek wordt gemaakt…"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # a picture shown in it must not change the layout: it is drawn for this place
        self.placeholder.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.placeholder.setMinimumHeight(int(spec.size[1] * 100))
        self._layout.addWidget(self.placeholder, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        self._layout.addLayout(bottom)
        self.setMinimumHeight(int(spec.size[1] * 100) + 40)
        self.setAccessibleName(translate("Grafiek", spec.label))

    @property
    def figure(self) -> Figure | None:
        self.ensure_built()
        return self.canvas.figure if self.canvas is not None else None

    @property
    def drawn(self) -> bool:
        """The panel shows its chart: drawn in its canvas, or as the picture made in the
        background (the canvas comes when the chart is pointed at or used)."""
        if self._picture:
            return True
        return self.canvas is not None and not self.canvas.figure.stale

    def show_picture(self, fig: Figure | None, picture: QImage, kind: str) -> None:
        """Show ``picture``, ``fig`` drawn at this panel's size off the window's thread, at
        once; the figure gets its (interactive) canvas when the mouse comes over the chart,
        the panel is resized, or the chart is saved: drawing a canvas takes the window's
        thread a few hundred milliseconds. Without ``fig``: the picture kept from the last
        start (``pictures.py``), until the figure arrives."""
        self.kind = kind
        self._pending = None
        self._picture_of = fig
        self._picture = True
        pixmap = QPixmap.fromImage(picture)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        target = self.canvas if self.canvas is not None else self.placeholder
        if target is not self.placeholder:  # an older chart: the picture takes its place
            self._layout.replaceWidget(target, self.placeholder)
            target.hide()
            target.deleteLater()
            self.canvas = None
        self.placeholder.setPixmap(pixmap)
        self.placeholder.show()

    def picture_size(self) -> tuple[int, int, float]:
        """Width and height (pixels) and pixel ratio a picture must have to fill the chart's
        place as its canvas would."""
        size = self.placeholder.size()
        return size.width(), max(size.height(), int(self.spec.size[1] * 100)), \
            self.devicePixelRatioF()

    def enterEvent(self, event: QEnterEvent) -> None:
        super().enterEvent(event)
        self.interactive()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        pixmap = self.placeholder.pixmap()
        if self._picture and not pixmap.isNull():
            drawn = pixmap.deviceIndependentSize()
            place = self.placeholder.size()
            if abs(drawn.width() - place.width()) > 2 or abs(drawn.height() - place.height()) > 2:
                self.interactive()  # the picture was drawn for another size

    def interactive(self) -> None:
        """Replace the picture by the canvas of its figure (hover texts, clicks)."""
        fig, self._picture_of = self._picture_of, None
        if fig is not None:
            self._picture = False
            self.placeholder.setPixmap(QPixmap())
            self.show_figure(fig, self.kind)

    def set_builder(self, builder: Callable[[], Figure], kind: str) -> None:
        """Show the figure ``builder`` makes, when the panel is first painted: charts that
        are scrolled out of view cost nothing until they are looked at."""
        self.kind = kind
        self._pending = builder
        self._picture_of = None
        self._picture = False
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._pending is not None:
            self._build_timer.start()  # not while painting

    def ensure_built(self) -> None:
        self.interactive()
        builder, self._pending = self._pending, None
        if builder is not None:
            self.show_figure(builder(), self.kind)

    @property
    def pending(self) -> bool:
        return self._pending is not None

    def show_figure(self, fig: Figure, kind: str) -> None:
        """Show ``fig`` in a new canvas (a canvas belongs to one figure)."""
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        self.kind = kind
        self._pending = None
        self._picture_of = None
        self._picture = False
        canvas = FigureCanvasQTAgg(fig)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        canvas.setMinimumHeight(int(self.spec.size[1] * 100))
        canvas.mpl_connect("pick_event", self._on_pick)
        canvas.mpl_connect("motion_notify_event", self._on_motion)
        canvas.setMouseTracking(True)
        old = self.canvas if self.canvas is not None else self.placeholder
        self._layout.replaceWidget(old, canvas)
        old.hide()
        if old is not self.placeholder:
            old.deleteLater()
        self.canvas = canvas

    # --- interaction -------------------------------------------------------------------------

    def _on_pick(self, event: PickEvent) -> None:
        from werkplaats_desktop.charts.base import drill_of

        if event.mouseevent is self._last_pick:  # one click, one list
            return
        target = drill_of(event.artist)
        if target is not None:
            self._last_pick = event.mouseevent
            self.open_list(*target)

    def _on_motion(self, event: MouseEvent) -> None:
        from werkplaats_desktop.charts.base import drill_of, tip_of, tipped

        assert self.canvas is not None
        text = ""
        clickable = False
        if event.inaxes is not None:
            for artist in sorted(tipped(self.canvas.figure), key=lambda a: -a.get_zorder()):
                hit, info = artist.contains(event)
                if hit:
                    index = info.get("ind", [None])[0] if isinstance(info, dict) else None
                    text = tip_of(artist, None if index is None else int(index))
                    clickable = drill_of(artist) is not None
                    break
        self.canvas.setCursor(Qt.CursorShape.PointingHandCursor if clickable
                              else Qt.CursorShape.ArrowCursor)
        if text:
            hint = self.tr("klik voor de lijst") if clickable else ""
            QToolTip.showText(self.canvas.mapToGlobal(_position(self.canvas, event)),
                              text + (f"\n{hint}" if hint else ""), self.canvas)
        else:
            QToolTip.hideText()

    # --- export ------------------------------------------------------------------------------

    def default_name(self) -> str:
        label = translate("Grafiek", self.spec.label).lower().replace(" ", "-")
        return f"{label}-{self.kind}" if self.spec.per_kind else label

    def ask_export(self) -> Path | None:
        from werkplaats_desktop.charts.export import FORMATS

        folder = Settings().folder(Settings.CHARTS)
        filters = ";;".join(f"{translate('Grafiek', desc)} (*{suffix})"
                            for suffix, (_fmt, desc) in FORMATS.items())
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Grafiek opslaan"), str(folder / f"{self.default_name()}.png"),
            filters)
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in FORMATS:  # take the suffix of the chosen type
            suffix = next((s for s in FORMATS if f"*{s}" in chosen), ".png")
            path = path.with_name(path.name + suffix)
        Settings().set_folder(Settings.CHARTS, path.parent)
        return self.export(path)

    def export(self, path: Path) -> Path:
        from werkplaats_desktop.charts.export import save_figure

        fig = self.figure
        assert fig is not None
        return save_figure(fig, path)


def _position(canvas: FigureCanvasQTAgg, event: MouseEvent) -> QPoint:
    """The mouse position in the canvas's widget coordinates (matplotlib counts from below,
    in physical pixels)."""
    ratio = canvas.device_pixel_ratio or 1
    return QPoint(int(event.x / ratio), int(canvas.height() - event.y / ratio))

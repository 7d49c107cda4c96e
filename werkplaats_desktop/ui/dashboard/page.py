"""The page "Overzicht": filter bar, Feiten-en-cijfers tiles and the charts.

The page is laid out at once, without matplotlib and without figures: the tiles say "–" and
each chart's place says it is being made, so the window's first frame shows the page it will
be. When the page is shown, the figures are computed on a connection of their own in the
background (``ui/background.py``; the window keeps responding), and the chart code
(matplotlib) is loaded there too; when they arrive the tiles are filled and the charts in view
are drawn (the others when they are scrolled into view). Afterwards every change to the
database refreshes the page (at once when it is shown, otherwise when it is next shown).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QImage, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from werkplaats_desktop.charts import CHARTS, build, chart
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.dashboard import (
    REGEL_THEMAS,
    TABLES,
    DashboardData,
    DashboardFilter,
    DashboardService,
)
from werkplaats_desktop.store import Change, ChangeKind
from werkplaats_desktop.ui.background import Background
from werkplaats_desktop.ui.dashboard import pictures
from werkplaats_desktop.ui.dashboard.chart_panel import ChartPanel, OpenList
from werkplaats_desktop.ui.dashboard.filter_bar import FilterBar
from werkplaats_desktop.ui.dashboard.tiles import FeitenTiles
from werkplaats_desktop.ui.i18n import translate
from werkplaats_desktop.ui.page import Page
from werkplaats_desktop.ui.settings import Settings

if TYPE_CHECKING:
    from matplotlib.figure import Figure

log = logging.getLogger(__name__)

REFRESH_DELAY_MS = 150
#: (row, column) of each chart in the grid
POSITIONS = {"thema": (0, 0), "kaart": (0, 1), "jaar": (1, 0), "gemeente": (1, 1),
             "partners": (2, 0), "cofinanciering": (2, 1)}


#: a chart's place: width and height in pixels, and the screen's pixel ratio
Place = tuple[int, int, float]


@dataclass(frozen=True)
class Arrival:
    """What the background hands to the page: the figures, and the charts in view made and
    drawn as pictures (for output counted as ``kind``)."""

    data: DashboardData
    kind: str
    charts: dict[str, tuple[Figure, QImage]]


def figures(service: DashboardService, f: DashboardFilter, rate: Decimal, kind: str,
            in_view: dict[str, Place], names: dict[str, str | None]) -> Arrival:
    """Off the window's thread: the figures (on a connection of their own), then the chart
    code (matplotlib), and the charts in view made and drawn at the size of their place, so
    that the window's thread only has to show the pictures; the pictures are kept for the
    next start under ``names`` (``pictures.py``)."""
    data = service.data_on_worker(f, rate)
    import matplotlib.backends.backend_qtagg  # noqa: F401 - the canvas the window will use

    charts = {key: picture(build(key, data, kind, translate, chart(key).size), place)
              for key, place in in_view.items()}
    for key, (_fig, image) in charts.items():
        pictures.store(names.get(key), image)
    return Arrival(data, kind, charts)


def picture(fig: Figure, place: Place) -> tuple[Figure, QImage]:
    """``fig`` drawn by Agg as the canvas would draw it in ``place``."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    width, height, ratio = place
    dpi = fig.dpi
    fig.set_size_inches(width / dpi, height / dpi)
    fig.dpi = dpi * ratio  # sharp on a screen with a pixel ratio, as the canvas draws
    agg = FigureCanvasAgg(fig)
    agg.draw()
    buffer = agg.buffer_rgba()
    image = QImage(bytes(buffer), buffer.shape[1], buffer.shape[0],
                   QImage.Format.Format_RGBA8888).copy()
    fig.dpi = dpi
    return fig, image


class DashboardPage(Page):
    tables = TABLES

    def __init__(self, services: Services, open_list: OpenList, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.open_list = open_list
        self.data: DashboardData | None = None
        self.report_action: QAction | None = None
        self.panels: dict[str, ChartPanel] = {}
        self._dirty = True
        self._choices_dirty = False
        self._loader = Background(self)
        self.title = QLabel(self.tr("Overzicht"))
        self.title.setObjectName("paginatitel")
        self.status = QLabel(self.tr("De cijfers worden berekend…"))
        self.status.setObjectName("telregel")
        self.filters = FilterBar(services)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self._content(), 1)

        self._timer = QTimer(self)  # dies with the page: no deferred work on a window gone
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.filters.changed.connect(self._timer.start)
        self.filters.kindChanged.connect(self.redraw_output)
        self.filters.report.clicked.connect(self.make_report)

    def _content(self) -> QScrollArea:
        """Tiles, the counting rule and a place per chart: no figures, no matplotlib yet."""
        content = QWidget()
        outer = QVBoxLayout(content)
        outer.setContentsMargins(0, 0, 6, 0)
        self.tiles = FeitenTiles()
        outer.addWidget(self.tiles)
        self.note = QLabel(translate("Dashboard", REGEL_THEMAS) + " " + self.tr(
            "Klik op een balk, een provincie of 'zonder gemeente' voor de lijst van die "
            "activiteiten of producten; een product telt bij de gemeente en de O van zijn "
            "activiteit."))
        self.note.setWordWrap(True)
        self.note.setObjectName("telregel")
        outer.addWidget(self.note)
        grid = QGridLayout()
        grid.setSpacing(8)
        for spec in CHARTS:
            panel = ChartPanel(spec, self.open_list)
            self.panels[spec.key] = panel
            grid.addWidget(panel, *POSITIONS[spec.key])
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        outer.addLayout(grid)
        outer.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        self.scroll_area = scroll
        return scroll

    @property
    def built(self) -> bool:
        """The figures have arrived and the charts have their builders."""
        return self.data is not None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()  # in the background: the page is painted meanwhile

    # --- filling ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """New figures for the current filters (all aggregates in one go, in the background).
        A hidden page only notes that it is out of date and refreshes when it is shown."""
        self._timer.stop()
        if not self.isVisible():
            self._dirty = True
            return
        if self._choices_dirty:  # new years, themes or werkplaatsen to choose from
            self.filters.reload_choices()
            self._choices_dirty = False
        self._dirty = False
        self.status.show()
        f, rate, kind = self.filters.filter(), self.filters.rate(), self.filters.output_kind()
        in_view = self.charts_in_view()
        language = Settings().language
        names = {k: pictures.key(self.services.db.path, f, rate, kind, language, k, place)
                 for k, place in in_view.items()}
        for k, name in names.items():  # drawn last time for exactly this: shown at once
            kept = pictures.load(name)
            if kept is not None:
                self.panels[k].show_picture(None, kept, kind)
        self._loader.run(partial(figures, self.services.dashboard, f, rate, kind, in_view,
                                 names), self._arrived, self._failed)

    def charts_in_view(self) -> dict[str, Place]:
        """The charts the user sees now (the first row before the page is laid out), with
        the size of their place."""
        viewport = self.scroll_area.viewport().rect().translated(
            0, self.scroll_area.verticalScrollBar().value())
        seen = [k for k, p in self.panels.items()
                if p.geometry().isValid() and p.geometry().intersects(viewport)]
        keys = seen or [k for k, (row, _column) in POSITIONS.items() if row == 0]
        return {k: self.panels[k].picture_size() for k in keys}

    def _arrived(self, arrival: Arrival) -> None:
        self.data = arrival.data
        self.status.hide()
        self.tiles.set_feiten(arrival.data.feiten)
        self._draw(all_charts=True)
        if arrival.kind == self.filters.output_kind():
            for key, (fig, image) in arrival.charts.items():  # made and drawn already
                self.panels[key].show_picture(fig, image, arrival.kind)

    def _failed(self, error: BaseException) -> None:
        self.status.hide()
        self._dirty = True
        if self.services.db.closed:  # the window closed or switched files meanwhile
            return
        raise error  # the program's error handling shows and logs it

    def redraw_output(self) -> None:
        """Activities or products: the same figures, other charts."""
        if self.data is not None:
            self._draw(all_charts=False)

    def _draw(self, all_charts: bool) -> None:
        data = self.data
        assert data is not None
        kind = self.filters.output_kind()
        for spec in CHARTS:
            if all_charts or spec.per_kind:
                self.panels[spec.key].set_builder(
                    partial(build, spec.key, data, kind, translate, spec.size), kind)

    def on_change(self, change: Change) -> None:
        """A change touched the figures: refresh now when shown, otherwise when next shown
        (edits elsewhere stay cheap)."""
        self._choices_dirty = True
        if self.isVisible():
            self._timer.start()
        else:
            self._dirty = True

    def set_services(self, services: Services) -> None:
        """Another database: its own werkplaatsen, themes and years, so no filters carried."""
        self._loader.forget()
        self.services = services
        self.filters.services = services
        self.filters.clear()
        self.on_change(Change("", TABLES, ChangeKind.EXTERNAL))

    # --- the yearly report -----------------------------------------------------------------

    def make_report(self) -> Any:
        from werkplaats_desktop.ui.dashboard.report import ReportRequest, make_report_interactively

        f = self.filters.filter()
        with_output = ([r.key for r in self.data.activiteiten.per_jaar if r.total]
                       if self.data is not None else [])
        return make_report_interactively(ReportRequest(
            self, self.services, f.with_years(None, None), self.filters.rate(), f.jaar_tot,
            with_output))

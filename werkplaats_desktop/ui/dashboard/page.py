"""The page "Overzicht": filter bar, Feiten-en-cijfers tiles and the charts.

When the page is shown, its figures are computed on a connection of their own in the
background (``ui/background.py``; the window keeps responding and the page says quietly that
the figures are being computed), and the chart code (matplotlib) is loaded there too. When
they arrive, the tiles and chart panels are made (the first time) and filled; a chart is drawn
when it is first painted. Afterwards every change to the database refreshes the page (at once
when it is shown, otherwise when it is next shown).

A chart's pixels are kept when it is first drawn (``pictures.py``); when the page is shown
again on the same data (the next start), the charts in view show those pictures at once, before
matplotlib is loaded or a figure is computed, until the charts themselves are drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from werkplaats_desktop.services import Services
from werkplaats_desktop.services.dashboard import (
    REGEL_THEMAS,
    TABLES,
    DashboardData,
    DashboardFilter,
    DashboardService,
)
from werkplaats_desktop.services.dashboard.chart_tables import chart_table
from werkplaats_desktop.store import Change, ChangeKind, data_version
from werkplaats_desktop.ui.background import Background
from werkplaats_desktop.ui.dashboard import pictures
from werkplaats_desktop.ui.dashboard.empty_note import EmptyNote
from werkplaats_desktop.ui.dashboard.filter_bar import FilterBar
from werkplaats_desktop.ui.dashboard.tiles import FeitenTiles
from werkplaats_desktop.ui.i18n import translate
from werkplaats_desktop.ui.page import Page
from werkplaats_desktop.ui.settings import Settings

if TYPE_CHECKING:
    from werkplaats_desktop.charts.context import ChartContext
    from werkplaats_desktop.ui.dashboard.chart_panel import ChartPanel, OpenList

REFRESH_DELAY_MS = 150


def figures(service: DashboardService, f: DashboardFilter, rate: Any) -> DashboardData:
    """Off the window's thread: the figures (on a connection of their own), then the chart
    code, so that neither keeps the window waiting."""
    data = service.data_on_worker(f, rate)
    import werkplaats_desktop.ui.dashboard.chart_canvas  # noqa: F401 - matplotlib, its canvas
    from werkplaats_desktop.charts import CHARTS

    for spec in CHARTS:
        spec.build  # noqa: B018 - imports the chart's code
    return data

#: (row, column) of each chart in the grid
POSITIONS = {"thema": (0, 0), "kaart": (0, 1), "jaar": (1, 0), "gemeente": (1, 1),
             "partners": (2, 0), "cofinanciering": (2, 1)}


class DashboardPage(Page):
    tables = TABLES

    def __init__(self, services: Services, open_list: OpenList, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.open_list = open_list
        self.data: DashboardData | None = None
        self.report_action: QAction | None = None
        self.panels: dict[str, ChartPanel] = {}
        #: shows a message in the window's status bar (set by ``install``)
        self.show_status: Callable[[str], None] | None = None
        self._dirty = True
        self._choices_dirty = False
        #: what the figures being computed (or shown) belong to: the file's data version,
        #: filter and rate (the name of their pictures, with the output kind)
        self._asked: tuple[Any, DashboardFilter, Any] | None = None
        self._shown_for: tuple[Any, DashboardFilter, Any] | None = None
        self._loader = Background(self)
        self.title = QLabel(self.tr("Overzicht"))
        self.title.setObjectName("paginatitel")
        self.status = QLabel(self.tr("De cijfers worden berekend…"))
        self.status.setObjectName("telregel")
        self.status.hide()
        self.filters = FilterBar(services)
        self.loading = QLabel(self.tr("De cijfers worden berekend…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.loading)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        self.empty_note = EmptyNote(open_list)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.filters)
        layout.addWidget(self.stack, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        # on show: one event-loop turn later, so that the page is laid out (and painted)
        # before the figures are asked for; child timers die with the page
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(0)
        self._show_timer.timeout.connect(self.refresh)
        self.filters.changed.connect(self._timer.start)
        self.filters.kindChanged.connect(self.redraw_output)
        self.filters.report.clicked.connect(self.make_report)

    @property
    def built(self) -> bool:
        """The figures have arrived and the charts have their builders."""
        return bool(self.panels) and self.data is not None

    # --- building (first show) -------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            # the next steps of a new file at once (a count), the figures in the background
            self.empty_note.update_for(self.services)
            if not self.panels and pictures.any_kept(self.picture_name()):
                self.build_charts()  # the charts drawn last time are shown (refresh)
            self._show_timer.start()  # in the background: the page is painted meanwhile

    def build_charts(self) -> None:
        """Make the tiles and chart panels (imports matplotlib, done by :func:`figures`
        in the background before this runs)."""
        if self.panels:
            return
        from werkplaats_desktop.charts import CHARTS
        from werkplaats_desktop.ui.dashboard.chart_panel import ChartPanel

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
            panel = ChartPanel(spec, self.open_list, self.chart_context)
            panel.saved.connect(self._saved)
            panel.pictured.connect(partial(self._keep_picture, spec.key))
            self.panels[spec.key] = panel
            # as tall as its chart, at the top of its row (no stretched empty charts)
            grid.addWidget(panel, *POSITIONS[spec.key], Qt.AlignmentFlag.AlignTop)
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
        self.stack.addWidget(scroll)
        self.stack.setCurrentWidget(scroll)

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
        self.empty_note.update_for(self.services)
        self._asked = self._data_key()
        self._show_kept_pictures()
        self.status.setVisible(bool(self.panels))  # (the first time the page says it)
        self._loader.run(partial(figures, self.services.dashboard, self.filters.filter(),
                                 self.filters.rate()), self._arrived, self._failed)

    def _arrived(self, data: DashboardData) -> None:
        self.status.hide()
        self.build_charts()
        self._shown_for = self._asked
        self.data = data
        self.empty_note.update_for(self.services)
        self.tiles.set_feiten(data.feiten, self.services.partners.count())
        self._draw(all_charts=True)

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
        from werkplaats_desktop.charts import CHARTS, build

        data = self.data
        assert data is not None
        kind = self.filters.output_kind()
        for spec in CHARTS:
            if all_charts or spec.per_kind:
                self.panels[spec.key].set_builder(
                    partial(build, spec.key, data, kind, translate),
                    kind, chart_table(spec.key, data, kind))

    # --- the pictures of the charts (pictures.py) ----------------------------------------------

    def _data_key(self) -> tuple[Any, DashboardFilter, Any] | None:
        db = self.services.db
        if db.is_server:
            return None
        version = data_version(db.path)
        if version is None:
            return None
        return version, self.filters.filter(), self.filters.rate()

    def picture_name(self, key: tuple[Any, DashboardFilter, Any] | None = None,
                     kind: str | None = None) -> str | None:
        """The name of the pictures of the charts for ``key`` (default: the data as they are
        now, with the filters as they are) and output ``kind``."""
        key = key if key is not None else self._data_key()
        if key is None:
            return None
        version, f, rate = key
        return pictures.stem(self.services.db.path, f, rate,
                             kind or self.filters.output_kind(), Settings().language, version)

    def charts_in_view(self) -> list[str]:
        """The charts the user sees now (the first row before the page is laid out)."""
        if not self.panels:
            return []
        viewport = self.scroll_area.viewport().rect().translated(
            0, self.scroll_area.verticalScrollBar().value())
        seen = [k for k, p in self.panels.items()
                if p.geometry().isValid() and p.geometry().intersects(viewport)]
        return seen or [k for k, (row, _column) in POSITIONS.items() if row == 0]

    def _show_kept_pictures(self) -> None:
        """The charts in view that have no chart yet show their picture of these data, when
        one was kept."""
        name = self.picture_name(self._asked)
        if name is None:
            return
        for key in self.charts_in_view():
            panel = self.panels[key]
            if panel.canvas is None and not panel.picture_shown:
                image = pictures.load(name, key, panel.chart_width(),
                                      panel.devicePixelRatioF())
                if image is not None:
                    panel.show_picture(image)

    def _keep_picture(self, key: str, image: Any) -> None:
        """A chart was drawn from the figures shown: keep its pixels for the next start."""
        if self._shown_for is None or self._asked != self._shown_for:
            return  # newer figures are coming
        panel = self.panels[key]
        name = self.picture_name(self._shown_for, panel.kind)
        pictures.store(name, key, panel.built_width, image.devicePixelRatio(), image)

    def chart_context(self) -> ChartContext:
        """What an exported chart says about itself: the filter in words, the database."""
        from werkplaats_desktop.charts.context import ChartContext

        words = self.services.dashboard.describe(self.filters.filter(), translate)
        return ChartContext(words.line(), self.services.db.path.name)

    def _saved(self, path: Path) -> None:
        csv = path.with_suffix(".csv")
        text = self.tr("Grafiek opgeslagen: %1").replace("%1", str(path))
        if csv.exists():
            text += " " + self.tr("(de cijfers: %1)").replace("%1", csv.name)
        if self.show_status is not None:
            self.show_status(text)

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
